! stad: --head 'branches(y)/(x)' --set n=5
! A computed GO TO chooses the formula of each step (with a call in one branch and an index
! out of range that falls through), an arithmetic IF on an active value picks the sign.
subroutine scale(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: b
  b = b * (1.0d0 + 0.25d0 * cos(a))
end subroutine scale

subroutine branches(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  integer :: i
  real(8) :: t
  y = 1.0d0
  do i = 1, n
    go to (10, 20, 30) mod(i, 4) + 1
    y = y - x(i) * 0.5d0
    goto 40
10  y = y + x(i) ** 2
    goto 40
20  call scale(x(i), y)
30  y = y * (1.0d0 + 0.1d0 * x(i))
40  continue
  end do
  do i = 1, n
    t = x(i) - 1.0d0 + 0.3d0 * dble(i - 3)
    if (t) 50, 60, 70
50  y = y - t * x(i)
    goto 80
60  y = y + 100.0d0
    goto 80
70  y = y + t * t * x(i)
80  continue
  end do
end subroutine branches
