! stad: --head 'head(y)/(x)' --nocheckpoint 'sq cube'
! --nocheckpoint names a routine (cube) that exists but is not called by the head.
subroutine sq(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(out) :: b
  b = a * a
end subroutine sq

subroutine cube(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(out) :: b
  b = a * a * a
end subroutine cube

subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  call sq(x, y)
end subroutine head
