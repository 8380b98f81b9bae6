! stad: --head 'leave(s)/(x)' --set n=12
! EXIT on a condition on active data: the trip count depends on the inputs; EXIT from an
! inner loop leaves only that loop.
subroutine leave(n, x, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: s
  integer :: i, j
  s = 0
  do i = 1, n
    s = s + x(i) * x(i)
    if (s > 4.0d0) exit
  end do
  do i = 1, 3
    do j = 1, n
      if (j > i + 1) exit
      s = s + 0.1d0 * sin(s * x(j))
    end do
  end do
end subroutine leave
