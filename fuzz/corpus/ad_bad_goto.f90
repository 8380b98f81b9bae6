! stad: --head 'head(y)/(x)'
! GOTO is outside the subset.
subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  y = x * x
  if (y > 1.0d0) goto 10
  y = 2.0d0 * y
10 continue
end subroutine head
