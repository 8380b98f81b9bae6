! stad: --head 'head(y)/(x)'
! ERROR STOP in a routine the head calls is refused like STOP: there is no adjoint of ending
! the program.
subroutine guard(a)
  implicit none
  real(8), intent(in) :: a
  if (a > 1.0d6) error stop 'input out of range'
end subroutine guard

subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  call guard(x)
  y = x * x
end subroutine head
