! Statement functions used wrongly, each refused where it is used: a reference with too many
! arguments, an INTEGER actual for a REAL(8) dummy, one that refers to itself, and one written
! after the first executable statement (then it is an assignment to an element of an array
! that does not exist).
subroutine statement_function_errors(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  real(8) :: f, g, h, t
  f(t) = t**2 + 1.0d0
  g(t) = g(t) * 2.0d0
  y = f(x, x) + f(2) + g(x)
  h(t) = t + 1.0d0
end subroutine statement_function_errors
