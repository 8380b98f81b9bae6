! stad: --head 'wonly(y)/(x)'
! A callee that overwrites module variables without reading them (a scalar, and one element
! of an array), while the caller's adjoint still needs their old values from before the call.
module wstate
  implicit none
  real(8) :: g, v(3)
end module wstate

subroutine setg(a)
  use wstate
  implicit none
  real(8), intent(in) :: a
  g = 3.0d0 * a
  v(2) = a * a
end subroutine setg

subroutine wonly(x, y)
  use wstate
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y
  g = x(1) * x(1)
  v(1) = x(2)
  v(2) = x(1) + x(2)
  v(3) = 0.5d0
  y = g * x(2) + sin(v(2)) * v(1)
  call setg(x(2))
  y = y + g * v(2) + v(3)
end subroutine wonly
