! stad: --head 'f(y)/(x, m)' --set n=7
! MAXVAL and MINVAL (whole, sections, expressions, MASK=, DIM=): the derivative flows to the
! element chosen; MAXLOC and MINLOC give integer positions (no derivative) used as subscripts.
! The search loops need no adjoint of their own.
subroutine f(n, x, m, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), m(3, 4)
  real(8), intent(out) :: y
  real(8) :: v(4), w(3)
  integer :: i, p(2)
  y = maxval(x) - 2 * minval(x(2:n-1)) + maxval(sin(3 * x), mask = x < 1.3d0)
  y = y + minval(m * x(1)) * maxval(m(2:3, :))
  v = maxval(m, dim = 1)
  w = minval(m + 1, 2)
  y = y + sum(v * w(1)) + w(2) * w(3)
  i = maxloc(x, 1)
  p = minloc(m)
  y = y + x(i) * m(p(1), p(2)) + x(minloc(x(2:n), 1) + 1) ** 2
end subroutine f
