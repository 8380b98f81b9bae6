! heavy_callee.f90 made small (a run of ~5 ms) for the --jobs tests: switching `expensive` off is
! clearly the best move (it saves a costly recomputation), and nothing after it helps; `wide`
! is cheap either way.
module clear_params
  implicit none
  integer, parameter :: n = 100, nt = 10, nwork = 200
end module clear_params

subroutine expensive(x, y)
  use clear_params
  implicit none
  real(8), intent(in) :: x(n)
  real(8), intent(inout) :: y(n)
  integer :: i, k
  real(8) :: s
  do i = 1, n
    s = x(i)
    do k = 1, nwork
      s = sin(s) + 0.5d0 * cos(s)
    end do
    y(i) = y(i) + 0.01d0 * s
  end do
end subroutine expensive

subroutine wide(x, y)
  use clear_params
  implicit none
  real(8), intent(inout) :: x(n)
  real(8), intent(in) :: y(n)
  integer :: i
  do i = 1, n
    x(i) = 0.9d0 * x(i) + 0.1d0 * tanh(y(i))
  end do
end subroutine wide

subroutine clear(x0, cost)
  use clear_params
  implicit none
  real(8), intent(in) :: x0(n)
  real(8), intent(out) :: cost
  real(8) :: x(n), y(n)
  integer :: i, t
  do i = 1, n
    x(i) = x0(i)
    y(i) = 0.0d0
  end do
  do t = 1, nt
    call expensive(x, y)
    call wide(x, y)
  end do
  cost = 0.0d0
  do i = 1, n
    cost = cost + x(i)**2 + y(i)**2
  end do
end subroutine clear
