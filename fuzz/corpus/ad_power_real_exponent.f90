! stad: --head 'powreal(y)/(x)'
! ** with real exponents: constant exponents, an active exponent, an active base and
! exponent, and a constant base.
subroutine powreal(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(4)
  y(1) = x(1)**2.5d0 + x(2)**0.5d0
  y(2) = 2.0d0**x(3)
  y(3) = x(1)**x(2)
  y(4) = (x(2) + x(3))**(0.3d0 * x(1)) * x(3)**1.5
end subroutine powreal
