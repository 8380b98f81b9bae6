! stad: --head 'angle(phi)/(x, y)'
! ATAN2 in the first, second and fourth quadrants, both arguments active, and with one
! argument passive (away from the branch cut on the negative x axis); arguments scaled to
! 1e-160 and 1e160, where y*y + x*x underflows or overflows but the angle's derivative in the
! unscaled x, y is of size 1 (the partials were Inf and 0 there before they were scaled), and
! the origin, where the partials are taken as 0.
subroutine angle(x, y, phi)
  implicit none
  real(8), intent(in) :: x(2), y(2)
  real(8), intent(out) :: phi(7)
  phi(1) = atan2(y(1), x(1))
  phi(2) = atan2(y(2), -x(2))
  phi(3) = atan2(-y(1) * y(2), x(1) + x(2))
  phi(4) = atan2(2.0d0, x(1) * y(2)) + atan2(x(2), 3.0d0)
  phi(5) = atan2(1d-160 * y(1), 1d-160 * x(2))
  phi(6) = atan2(1d160 * y(2), -1d160 * x(1)) + atan2(1d-170 * x(1), 2d-170)
  phi(7) = atan2(0d0 * y(1), 0d0 * x(1)) + x(2)
end subroutine angle
