! stad: --head 'mm3(y)/(x)'
! MAX and MIN with three arguments; the winner differs between the outputs.
subroutine mm3(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(4)
  y(1) = max(x(1), x(2), x(3))
  y(2) = min(x(1), x(2), x(3))
  y(3) = max(-x(1), 0.1d0 * x(2), -5.0d0) * x(3)
  y(4) = min(x(1) + 10.0d0, x(2) * x(3), 7.0d0)
end subroutine mm3
