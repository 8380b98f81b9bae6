! Overlapping constant sections of one array given to two dummies, one changed (INTENT(INOUT)):
! refused (the adjoint was 0.491 against 0.4267; review at stop 18).
subroutine f(a, b)
  real(8), intent(inout) :: a(2)
  real(8), intent(in) :: b(2)
  a(2) = a(2)*0.5d0 + b(1)**2
end subroutine
subroutine h(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y
  real(8) :: w(3)
  w = x
  call f(w(1:2), w(2:3))
  y = sum(w**2)
end subroutine
