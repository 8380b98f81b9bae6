! A kernel whose best checkpoint choices are clear-cut: `expensive` does much arithmetic and
! leaves little on the tape (switching its checkpoint off saves a costly recomputation), while
! `wide` leaves a lot on the tape for little work.
module heavy_params
  implicit none
  integer, parameter :: n = 200, nt = 40, nwork = 400
end module heavy_params

subroutine expensive(x, y)
  use heavy_params
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
  use heavy_params
  implicit none
  real(8), intent(inout) :: x(n)
  real(8), intent(in) :: y(n)
  integer :: i
  do i = 1, n
    x(i) = 0.9d0 * x(i) + 0.1d0 * tanh(y(i))
  end do
end subroutine wide

subroutine heavy(x0, cost)
  use heavy_params
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
end subroutine heavy
