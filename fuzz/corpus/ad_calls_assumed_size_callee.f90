! stad: --head 'blasish(s)/(x, y)' --set n=6
! An F77-style callee with assumed-size dummies (x(*)), called with whole arrays and with an
! offset element (the tail of the array).
subroutine ddot2(n, x, y, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(*), y(*)
  real(8), intent(out) :: s
  integer :: i
  s = 0
  do i = 1, n
    s = s + x(i) * y(i)
  end do
end subroutine ddot2

subroutine blasish(n, x, y, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), y(n)
  real(8), intent(out) :: s
  real(8) :: t
  call ddot2(n, x, y, s)
  call ddot2(n - 2, x(3), x, t)
  s = s * t
end subroutine blasish
