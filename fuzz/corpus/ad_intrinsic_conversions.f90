! stad: --head 'conv(y)/(x)'
! REAL, DBLE, INT, NINT and FLOOR used in active code: DBLE of an active value passes the
! derivative through, the integer conversions of active values are piecewise constant.
subroutine conv(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(4)
  integer :: k, m, j
  k = floor(4.0d0 * x(1))
  m = nint(3.0d0 * x(2))
  j = int(-2.5d0 * x(3))
  y(1) = dble(x(1)) * dble(x(2)) + x(3) * dble(k)
  y(2) = x(2) * real(m) + real(j) * x(1)
  y(3) = dble(k + m + j) * x(3)**2
  y(4) = x(1) * int(7.9d0 * x(2)) + nint(x(3) * 10.0d0) * dble(x(2))
end subroutine conv
