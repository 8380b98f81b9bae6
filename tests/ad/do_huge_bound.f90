! stad: --head 'hugeloop(y)/(x)' --set n=4
! DO loops whose last value is within a step of HUGE (or of -HUGE-1 going down): i + step
! would overflow INTEGER, undefined behaviour in C (gcc -O2 made the loop run on: a MISMATCH,
! s17 trial B). The trip count is counted apart; a loop left by EXIT, a completed one up to
! HUGE(i), one down to -HUGE(i)-1, and an INTEGER(8) one with a step of 3.
subroutine hugeloop(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  integer :: i, k
  integer(8) :: j
  y = 0
  k = 0
  do i = huge(i) - 2, huge(i)
    k = k + 1
    y = y + x(k) * x(mod(k, n) + 1)
  end do
  do i = 1, huge(i)
    y = y + sin(x(i)) * i
    if (i >= n) exit
  end do
  do i = -huge(i) + 1, -huge(i) - 1, -1
    k = mod(k, n) + 1
    y = y * 0.5d0 + x(k)**2
  end do
  do j = huge(j) - 7, huge(j), 3
    k = mod(k, n) + 1
    y = y + cos(x(k)) * real(mod(j, 5_8), 8)
  end do
  y = y + mod(i, 7)
end subroutine
