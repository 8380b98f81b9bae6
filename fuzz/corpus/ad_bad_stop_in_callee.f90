! stad: --head 'head(y)/(x)'
! STOP in a routine the head calls is differentiated code too.
subroutine sq(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(out) :: b
  b = a * a
  if (b > 1.0d6) stop 'overflow'
end subroutine sq

subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  call sq(x, y)
end subroutine head
