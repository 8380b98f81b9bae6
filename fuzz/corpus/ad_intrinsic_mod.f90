! stad: --head 'rmod(y)/(x)'
! Real MOD with an active dividend, an active divisor, and a negative dividend; integer MOD
! choosing which element is used.
subroutine rmod(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(3)
  integer :: k
  y(1) = mod(x(1), 0.3d0) * x(2)
  y(2) = mod(3.0d0 * x(2), x(3))
  y(3) = mod(-x(3) * x(1), 0.7d0)
  k = mod(7, 3) + 1
  y(3) = y(3) + x(k)
end subroutine rmod
