! stad: --head 'head(y)/(x)'
! STOP in differentiated code (the head): there is no adjoint of stopping the program.
subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  y = x * x
  if (y > 100.0d0) stop
end subroutine head
