! stad: --head 'h(y)/(x)'
! Whole-array assignments whose right-hand side reads elements of the array assigned: Fortran
! evaluates the whole right-hand side first, so y = y + y(1) adds the old y(1) everywhere
! (found by tests/gen).
subroutine h(x, y)
  implicit none
  real(8), intent(in) :: x(4)
  real(8), intent(out) :: y(4)
  real(8) :: z(2, 2)
  y = x
  y = y * y(1) + sin(y(4))
  z(1, 1) = x(2)
  z(2, 1) = x(3)
  z(1, 2) = x(4)
  z(2, 2) = x(1)
  z = z / z(2, 2) + z(1, 2) * z
  y(1) = y(1) + z(1, 1) * z(2, 1)
  y(2) = y(2) * z(2, 2) - z(1, 2)
end subroutine h
