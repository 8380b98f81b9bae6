! stad: --head 'exprargs(y)/(x)'
! Actual arguments that are expressions (active and passive), constants and array elements
! with computed subscripts: the callee may read them but never write them.
subroutine comb(a, b, c, r)
  implicit none
  real(8), intent(in) :: a, b, c
  real(8), intent(out) :: r
  r = a * b + sin(c)
end subroutine comb

subroutine exprargs(x, y)
  implicit none
  real(8), intent(in) :: x(4)
  real(8), intent(out) :: y(2)
  integer :: k
  k = 2
  call comb(x(1) * x(2), 2.0d0, exp(x(3)), y(1))
  call comb(y(1) + 1.0d0, x(k + 2), x(2 * k - 1) * 0.5d0, y(2))
end subroutine exprargs
