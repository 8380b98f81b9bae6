! Fixture of run_cpp_cli.sh: #ifdef in a .f90 file: refused unless --cpp.
subroutine s(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
#ifdef SQUARE
  y = x * x
#else
  y = x + x
#endif
end subroutine s
