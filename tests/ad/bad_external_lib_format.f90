! stad: --head 'h(y)/(x)' --lib bad_external_lib_format.lib
! Mistakes in a --lib file: each is located in the library file, and nothing is generated.
subroutine h(x, y)
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  y = x
end subroutine h
