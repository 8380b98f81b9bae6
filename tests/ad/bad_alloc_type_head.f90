! stad: --head 'f(y)/(p)'
! The head's ALLOCATABLE array of structures: its caller has no convention for it (the head's
! arrays are allocated by its caller): one error naming the array, not one per component.
module hm
  implicit none
  type point
    real(8) :: x, v(3)
  end type
contains
  subroutine f(p, y)
    type(point), allocatable, intent(in) :: p(:)
    real(8), intent(out) :: y
    y = sum(p%x) + sum(p(1)%v)
  end subroutine
end module
