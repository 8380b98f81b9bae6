! stad: --head 'counts(s)/(x)' --set n=8
! A passive integer work array computed from active data (bucket counts), then used as
! weights and loop bounds in active code.
subroutine counts(n, x, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: s
  integer :: nb(3), i, b
  do b = 1, 3
    nb(b) = 0
  end do
  do i = 1, n
    b = min(3, int(2.0d0 * (x(i) - 0.5d0)) + 1)
    nb(b) = nb(b) + 1
  end do
  s = 0
  do b = 1, 3
    do i = 1, nb(b)
      s = s + dble(b) * x(i) * x(n + 1 - i)
    end do
  end do
end subroutine counts
