! stad: --head 'leave(s)/(x)' --set n=12
! EXIT on a condition on active data: the trip count depends on the inputs.
subroutine leave(n, x, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: s
  integer :: i
  s = 0
  do i = 1, n
    s = s + x(i) * x(i)
    if (s > 4.0d0) exit
    s = s * (1.0d0 + 0.1d0 * sin(x(i)))
  end do
end subroutine leave
