! Two elements of one array given to dummies whose sizes make them overlap by sequence
! association (b(2) is a(1) = w(3)), one assigned: refused (the adjoint was wrong in every
! configuration: 4.04e-02 against 6.07e-02, review at stop 18). w(1), w(n+1) stays accepted.
subroutine f(a, b)
  real(8) :: a(1), b(2)
  b(2) = b(2)*0.5d0 + a(1)**2
end subroutine
subroutine h(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y
  real(8) :: w(3)
  w = x
  call f(w(3), w(2))
  y = sum(w**2)
end subroutine
