! stad: --head 'mm5(y)/(x)'
! MAX and MIN with five arguments mixing active values, passive values and constants.
subroutine mm5(x, y)
  implicit none
  real(8), intent(in) :: x(5)
  real(8), intent(out) :: y(3)
  real(8) :: c
  c = 0.25d0
  y(1) = max(x(1), x(2), x(3), x(4), x(5))
  y(2) = min(x(1), x(2), x(3), x(4), x(5))
  y(3) = max(c, x(1) * x(2), -1.0d0, x(3) + 3.0d0, 2.0d0 * c) &
       + min(9.0d0, x(4) * x(5), c * 40.0d0, x(1) + 8.0d0, 10.0d0)
end subroutine mm5
