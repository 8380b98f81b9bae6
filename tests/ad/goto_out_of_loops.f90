! stad: --head 'search(y)/(x)' --set n=6
! Forward GO TOs out of DO loops: out of one loop to the statement after it, out of two
! nested loops at once past statements that are then skipped, and out of a DO WHILE; calls
! in the loops. Which iteration leaves depends on integers, so the derivative is smooth.
subroutine accumulate(a, s)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: s
  s = s + a * a * sin(a)
end subroutine accumulate

subroutine search(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: s
  integer :: i, j, k
  s = 0.0d0
  do i = 1, n
    call accumulate(x(i), s)
    if (i == n - 2) goto 10
  end do
10 y = s * x(n)
  do i = 1, n
    do j = 1, n
      s = s + x(i) * x(j) * 0.1d0
      if (i + j == 7) go to 20
      call accumulate(x(j) * 0.5d0, s)
    end do
  end do
  s = -s
  y = y * 100.0d0
20 y = y + s * dble(i * 10 + j)
  k = 0
  do while (k < 10)
    k = k + 1
    y = y * 0.9d0 + x(k)
    if (k >= 4) goto 30
    call accumulate(y * 0.1d0, y)
  end do
  y = 0.0d0
30 y = y + 1.0d0
end subroutine search
