! stad: --head 'h(y)/(x)' --lib no_such_file.lib
! A --lib file that cannot be read.
subroutine h(x, y)
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  y = x
end subroutine h
