! stad: --head 'g(y)/(x)'
! A function with an IF, called inside an expression: canon makes it a subroutine and hoists
! the call out of the expression.
function ramp(x)
  implicit none
  real(8), intent(in) :: x
  real(8) :: ramp
  if (x > 0d0) then
    ramp = x
  else
    ramp = 0.01d0 * x
  end if
end function ramp

subroutine g(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  real(8) :: ramp
  y = ramp(x * x) + exp(x)
end subroutine g
