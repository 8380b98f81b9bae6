! stad: --head 'stepped(s)/(x)' --set n=10
! DO with a step: every third element, then even elements, then a step that overshoots the
! upper bound.
subroutine stepped(n, x, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: s(3)
  integer :: i
  s(1) = 0
  s(2) = 0
  s(3) = 0
  do i = 1, n, 3
    s(1) = s(1) + x(i) * x(i)
  end do
  do i = 2, n, 2
    s(2) = s(2) * 0.5d0 + sin(x(i))
  end do
  do i = 3, n + 4, 4
    s(3) = s(3) + x(min(i, n)) * s(1)
  end do
end subroutine stepped
