! stad: --head 'f(y)/(s)'
! The head's dummy of a type with an ALLOCATABLE component is refused: its caller (a driver, a
! C program) has no convention for allocating it. Pass the array to the head instead.
module mm
  implicit none
  type st
    real(8), allocatable :: u(:)
  end type
end module

subroutine f(s, y)
  use mm
  implicit none
  type(st), intent(in) :: s
  real(8), intent(out) :: y
  y = sum(s%u**2)
end subroutine
