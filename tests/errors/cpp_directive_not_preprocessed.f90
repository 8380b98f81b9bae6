! A preprocessor directive in a .f90 file, which is not preprocessed: refused once, with the
! ways to have it preprocessed (.F90, or --cpp).
subroutine s(x)
  implicit none
  real(8), intent(inout) :: x
#ifdef TWICE
  x = 2 * x
#endif
end subroutine s
