! stad: --head 'cost(f)/(x)' --set n=5
! Module ALLOCATABLE state, the common pattern: an init routine allocates it (when not yet
! allocated: it stays allocated between calls), a time step reads and updates it (a call site in
! every checkpoint configuration: its snapshot holds the state), and a work array of the module
! is allocated and freed by the head itself. The calls of init and of the routine that frees
! the work array are always split (their sites are forced off).
module alloc_state
  implicit none
  real(8), allocatable :: u(:), work(:, :)
contains
  subroutine init(n, x)
    integer, intent(in) :: n
    real(8), intent(in) :: x(n)
    if (.not. allocated(u)) allocate(u(0:n + 1))
    u(0) = 0
    u(n + 1) = 0
    u(1:n) = x
  end subroutine
  subroutine step(n, dt)
    integer, intent(in) :: n
    real(8), intent(in) :: dt
    integer :: i
    do i = 1, n
      work(i, 1) = u(i - 1) - 2 * u(i) + u(i + 1)
    end do
    u(1:n) = u(1:n) + dt * sin(work(1:n, 1)) * u(1:n)
    work(1:n, 2) = work(1:n, 2) + u(1:n) ** 2
  end subroutine
  subroutine release()
    deallocate(work)
  end subroutine
end module

subroutine cost(n, x, f)
  use alloc_state
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  integer :: k
  call init(n, x)
  allocate(work(n, 2))
  work(:, 2) = 0
  do k = 1, 4
    call step(n, 0.1d0)
  end do
  f = sum(u(1:n) * work(1:n, 2))
  call release()
end subroutine
