! What stays out of ALLOCATABLE arrays, refused where it is written: an array that is not
! ALLOCATABLE passed to an ALLOCATABLE dummy, SAVE'd allocatable locals, explicit bounds on an allocatable, STAT=,
! ALLOCATE of a non-allocatable, a missing bound, and an array of another rank assigned to a
! whole allocatable.
subroutine work(n, d, s)
  integer, intent(in) :: n
  real(8), allocatable, intent(inout) :: d(:)
  real(8), intent(out) :: s
  real(8), allocatable, save :: keep(:)
  real(8), allocatable :: fixed(4)
  real(8), allocatable :: t(:), u(:)
  real(8) :: v(3), q(2, 2)
  integer :: ierr
  allocate(t(n), stat=ierr)
  allocate(v(3))
  allocate(u(n, n))
  t = q
  s = 0.0d0
end subroutine work

program main
  real(8) :: s, d(3)
  call work(3, d, s)
end program
