! stad: --head 'angle(phi)/(x, y)'
! ATAN2 in the first, second and fourth quadrants, both arguments active, and with one
! argument passive (away from the branch cut on the negative x axis).
subroutine angle(x, y, phi)
  implicit none
  real(8), intent(in) :: x(2), y(2)
  real(8), intent(out) :: phi(4)
  phi(1) = atan2(y(1), x(1))
  phi(2) = atan2(y(2), -x(2))
  phi(3) = atan2(-y(1) * y(2), x(1) + x(2))
  phi(4) = atan2(2.0d0, x(1) * y(2)) + atan2(x(2), 3.0d0)
end subroutine angle
