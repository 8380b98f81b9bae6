! The KIND argument of SIZE, LBOUND, UBOUND, SHAPE and COUNT is not supported.
subroutine s(a, n)
  real(8) a(10)
  integer n
  n = size(a, kind = 4)
end subroutine s
