! stad: --head 'skip(s)/(x)' --set n=10
! CYCLE on active and passive conditions: skipped iterations must contribute nothing in the
! adjoint either.
subroutine skip(n, x, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: s(2)
  integer :: i
  s(1) = 0
  s(2) = 1
  do i = 1, n
    if (mod(i, 3) == 0) cycle
    s(1) = s(1) + exp(0.5d0 * x(i))
    if (x(i) > 1.0d0) cycle
    s(2) = s(2) * x(i) + s(1) * 0.1d0
  end do
end subroutine skip
