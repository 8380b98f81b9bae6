! stad: --head 'h(y)/(x)' --lib bad_external_lib_deps.lib
! Dependencies a --lib file cannot state: of an output that is not written, on an input that is
! not read or not real, for a passive routine, on a name that is not an argument.
subroutine h(x, y)
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  y = x
end subroutine h
