! An ALLOCATABLE module array of a derived type (with a COMPLEX component) through a USE
! rename: WHERE on a component array, MAXLOC, reallocation by a reversed section of itself.
module um
  implicit none
  type pt
    real(8) :: x
    complex(8) :: z
  end type
  type(pt), allocatable :: cloud(:)
end module
program ur
  use um, only: c => cloud, pt
  implicit none
  integer :: i
  allocate(c(0:3))
  do i = 0, 3
    c(i)%x = i
    c(i)%z = cmplx(i, -i, kind=8)
  end do
  where (c%x > 1) c%x = -c%x
  print *, allocated(c), size(c), c%x, maxloc(c%x), sum(real(c%z))
  c = c(3:1:-1)
  print *, lbound(c), c%x, aimag(c(2)%z)
  deallocate(c)
  print *, allocated(c)
end program
