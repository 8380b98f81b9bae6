! stad: --head 'trig(y)/(x)'
! SIN, COS and TAN of active arguments, alone, in products and composed.
subroutine trig(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(3)
  y(1) = sin(x(1)) * cos(x(2))
  y(2) = tan(0.5d0 * x(3)) + sin(x(1) * x(2))
  y(3) = cos(tan(0.4d0 * x(1))) * x(3)
end subroutine trig
