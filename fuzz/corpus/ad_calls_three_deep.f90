! stad: --head 'top(y)/(x)' --set n=4
! A call chain four routines long (top -> middle -> lower -> leaf), each level computing
! something of its own before and after its call.
subroutine leaf(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: b
  b = b * sin(a) + a**2
end subroutine leaf

subroutine lower(n, x, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(inout) :: s
  integer :: i
  do i = 1, n
    call leaf(x(i), s)
  end do
  s = sqrt(s)
end subroutine lower

subroutine middle(n, x, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: s
  s = x(1)
  call lower(n, x, s)
  s = s * x(n)
end subroutine middle

subroutine top(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: t
  call middle(n, x, t)
  y = exp(0.1d0 * t)
  call middle(n, x, t)
  y = y + t
end subroutine top
