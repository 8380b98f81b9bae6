! Module ALLOCATABLE arrays: allocated in one routine, used by another, freed by a third,
! then allocated again with other bounds; ALLOCATED, LBOUND/UBOUND of them from the program.
module state
  implicit none
  real(8), allocatable :: u(:), v(:, :)
  integer :: n
contains
  subroutine init(m)
    integer, intent(in) :: m
    integer :: i
    n = m
    allocate(u(n), v(0:n, 2))
    do i = 1, n
      u(i) = i
    end do
    v = 0
  end subroutine
  subroutine step(dt)
    real(8), intent(in) :: dt
    u(2:n) = u(2:n) + dt * u(1:n-1)
    v(1:n, 1) = v(1:n, 1) + u
    v(0, 2) = sum(u)
  end subroutine
  subroutine finish()
    deallocate(u, v)
  end subroutine
end module

program alloc_module
  use state
  implicit none
  integer :: k
  print *, allocated(u)
  call init(4)
  print *, allocated(u), size(u), lbound(v, 1), ubound(v, 1)
  do k = 1, 3
    call step(0.5d0)
  end do
  print *, u
  print *, v
  call finish()
  print *, allocated(u), allocated(v)
  call init(2)
  call step(1.0d0)
  print *, u, sum(v)
end program
