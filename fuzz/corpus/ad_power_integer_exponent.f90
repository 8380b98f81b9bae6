! stad: --head 'powint(y)/(x)' --set n=3
! ** with integer exponents: constants 0, 1, 2, 3, 4, an integer argument, an integer
! expression, and -x**2 (the power binds tighter than the unary minus).
subroutine powint(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y(4)
  y(1) = x(1)**2 + x(2)**3 + x(1)**1 + x(2)**0
  y(2) = (x(1) + x(2))**4 - x(1)**2
  y(3) = x(2)**n * x(1)**(n - 1)
  y(4) = (x(1) * x(2))**(2 * n - 3)
end subroutine powint
