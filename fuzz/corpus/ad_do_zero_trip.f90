! stad: --head 'zerotrip(y)/(x)' --set n=4 --set m=6
! Zero-trip loops: constant bounds the wrong way round, bounds from arguments (m > n), and a
! negative step with an upper bound below the lower. Their bodies must not run in either
! sweep; the loops around them do.
subroutine zerotrip(n, m, x, y)
  implicit none
  integer, intent(in) :: n, m
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y(2)
  integer :: i
  y(1) = x(1)
  y(2) = x(2) * x(3)
  do i = 5, 1
    y(1) = y(1) * 100.0d0
  end do
  do i = m, n
    y(2) = y(2) + x(i)
  end do
  do i = 1, n
    y(1) = y(1) * x(i)
  end do
  do i = 1, n, -1
    y(2) = 0.0d0
  end do
  y(2) = y(2) + y(1)
end subroutine zerotrip
