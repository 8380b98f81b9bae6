! A variable declared with DIMENSION only, and so without a type under IMPLICIT NONE, and an
! undeclared one: one error each, and none for their uses as subscripts and DO variables.
subroutine sweep(x, y)
  implicit none
  real(8), intent(in) :: x(6)
  real(8), intent(out) :: y(6)
  dimension w(6)
  do i = 1, 6
    y(i) = x(7 - i)
  end do
  w = y
  y(i - 1) = w(i - 2) + x(i)
end subroutine
