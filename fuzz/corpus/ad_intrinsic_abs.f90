! stad: --head 'absval(y)/(x)'
! ABS on both branches: of positive and of negative active values, and nested.
subroutine absval(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(3)
  y(1) = abs(x(1)) * x(2)
  y(2) = abs(x(2) - 3.0d0) + abs(-2.0d0 * x(3))
  y(3) = abs(x(1) * x(3) - 4.0d0) * abs(x(2) + 1.0d0)
end subroutine absval
