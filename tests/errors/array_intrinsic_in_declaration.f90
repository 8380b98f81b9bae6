! A reduction needs statements of its own, so it cannot appear in a declaration (SIZE, LBOUND
! and UBOUND can).
subroutine s(a, n)
  integer n
  integer a(n)
  real(8) t(sum(a))
  t(1) = 0
end subroutine s
