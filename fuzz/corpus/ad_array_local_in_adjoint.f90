! stad: --head 'locarr(y)/(x)'
! A local real array whose values the adjoint needs (w(1) and w(2) multiply each other).
subroutine locarr(x, y)
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y
  real(8) :: w(2)
  w(1) = x(1) * x(2)
  w(2) = sin(x(2))
  y = w(1) * w(2)
end subroutine locarr
