! A name with no declaration under IMPLICIT NONE.
subroutine area(r, a)
  implicit none
  real(8), intent(in) :: r
  real(8), intent(out) :: a
  a = pi * r * r
end subroutine area
