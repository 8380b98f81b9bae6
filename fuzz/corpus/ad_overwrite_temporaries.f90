! stad: --head 'temps(y)/(x)'
! One temporary reused for different quantities, each use reading the previous value, and
! a scalar that is incremented and then rescaled.
subroutine temps(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(2)
  real(8) :: t, u
  t = x(1) * x(2)
  u = sin(t)
  t = t + x(3)
  u = u * t
  t = exp(-t) * u
  u = u + t * t
  t = x(2) / t
  y(1) = t
  y(2) = u
  y(2) = y(2) * y(2) - y(1)
end subroutine temps
