! stad: --head 'hyper(y)/(x)'
! SINH, COSH and TANH, alone and composed.
subroutine hyper(x, y)
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y(3)
  y(1) = sinh(x(1)) - cosh(x(2))
  y(2) = tanh(x(1) * x(2)) * cosh(0.5d0 * x(1))
  y(3) = tanh(sinh(x(2) - x(1)))
end subroutine hyper
