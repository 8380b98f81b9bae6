! stad: --head 'mm2(y)/(x)'
! MAX and MIN with two arguments: both active, one passive constant, nested.
subroutine mm2(x, y)
  implicit none
  real(8), intent(in) :: x(4)
  real(8), intent(out) :: y(4)
  y(1) = max(x(1), x(2) + 0.05d0)
  y(2) = min(x(3), 2.0d0 * x(4))
  y(3) = max(x(1) * x(3), 3.0d0) + min(x(2), 0.0d0)
  y(4) = min(max(x(1), 2.0d0 - x(2)), x(3) + x(4))
end subroutine mm2
