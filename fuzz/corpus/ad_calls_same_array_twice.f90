! stad: --head 'twoviews(s)/(x)' --set n=4
! The same array passed to two read-only dummies of one routine (legal Fortran: neither is
! written); the adjoint must add both contributions to the one derivative array.
subroutine wdot(n, a, b, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: a(n), b(n)
  real(8), intent(out) :: s
  integer :: i
  s = 0
  do i = 1, n
    s = s + a(i) * sin(b(i))
  end do
end subroutine wdot

subroutine twoviews(n, x, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: s
  call wdot(n, x, x, s)
end subroutine twoviews
