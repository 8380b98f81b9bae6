! An initial value must be a constant expression.
subroutine s(n)
  integer n
  real(8) :: a(2) = [1d0, 2d0 * n]
  a(1) = 0
end subroutine s
