! stad: --head 'shrink(s)/(x)' --set n=6
! The bounds and step of a DO are evaluated once: changing the variables they came from
! inside the body changes nothing about the trip count.
subroutine shrink(n, x, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: s
  integer :: i, m, k
  m = n
  k = 1
  s = 0
  do i = 1, m, k
    m = m - 1
    k = k + 2
    s = s * x(i) + cos(x(i))
  end do
  s = s + dble(m + k)
end subroutine shrink
