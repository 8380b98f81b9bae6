! stad: --head 'search(s)/(x)' --set n=8
! Early RETURN from inside loops: in a callee (from a nested loop, on an active condition)
! and in the head itself.
subroutine accum(n, x, t)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(inout) :: t
  integer :: i, j
  do i = 1, n
    do j = 1, 2
      t = t + x(i) * dble(j) * 0.25d0
      if (t > 3.0d0) return
    end do
  end do
  t = t * 2.0d0
end subroutine accum

subroutine search(n, x, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: s
  integer :: i
  s = 0
  call accum(n, x, s)
  do i = 1, n
    s = s + cos(x(i)) * s * 0.1d0
    if (s > 5.0d0) return
  end do
  s = -s
end subroutine search
