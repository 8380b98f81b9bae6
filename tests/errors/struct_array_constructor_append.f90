! Appending to an ALLOCATABLE array of structures with an array constructor, p = [p, point(...)],
! is refused with what to write instead (it said "a structure of type 'point' can only be
! assigned a structure of that type or a constructor point(...)": a new user's trial).
module pts
  implicit none
  type point
    real(8) :: x, y
  end type
end module
subroutine hull(n, xs, f)
  use pts
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: xs(n)
  real(8), intent(out) :: f
  type(point), allocatable :: p(:)
  integer :: i
  allocate(p(0))
  do i = 1, n
    if (xs(i) > 0.7d0) p = [p, point(xs(i), xs(i)**2)]
  end do
  f = sum(p%x*p%y) + size(p)
end subroutine
