! stad: --head 'mixed(y)/(x)' --set n=5
! Calls mixing active and passive arguments: integer sizes and flags, a passive real
! coefficient array computed from integers, and an integer result from the callee.
subroutine weigh(n, mode, w, x, y, cnt)
  implicit none
  integer, intent(in) :: n, mode
  real(8), intent(in) :: w(n), x(n)
  real(8), intent(inout) :: y
  integer, intent(out) :: cnt
  integer :: i
  cnt = 0
  do i = 1, n
    if (mode == 1) then
      y = y + w(i) * x(i)**2
    else
      y = y * (1.0d0 + w(i) * x(i))
    end if
    cnt = cnt + 1
  end do
end subroutine weigh

subroutine mixed(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: w(n)
  integer :: i, c1, c2
  do i = 1, n
    w(i) = 1.0d0 / dble(i)
  end do
  y = 0
  call weigh(n, 1, w, x, y, c1)
  call weigh(n, 2, w, x, y, c2)
  y = y + dble(c1 + c2)
end subroutine mixed
