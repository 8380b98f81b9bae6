! stad: --head 'goto_loops(y)/(x)' --set n=4
! Loops made of GO TO: a Newton iteration repeated until it converges (a call inside), a
! loop tested at its start, and one entered at its test. Their trip counts depend on the
! active values; the adjoint replays them backward.
subroutine newton_step(a, r)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: r
  r = 0.5d0 * (r + a / r)
end subroutine newton_step

subroutine goto_loops(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: r, t
  integer :: i, k
  y = 0.0d0
  do i = 1, n
    r = 1.0d0
    k = 0
10  call newton_step(x(i) + 2.0d0, r)
    k = k + 1
    if (k < 3 .or. abs(r * r - x(i) - 2.0d0) > 1.0d-10) goto 10
    y = y + r * dble(k)
  end do
  t = x(1) * 40.0d0
  k = 0
20 if (t < 1.0d0) goto 30
  t = t / (1.5d0 + 0.1d0 * x(2))
  k = k + 1
  goto 20
30 y = y + t * dble(k)
  t = x(3)
  goto 45
40 t = t * t + 0.5d0 * x(4)
45 if (t < 5.0d0) goto 40
  y = y + log(t)
end subroutine goto_loops
