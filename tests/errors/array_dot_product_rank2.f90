! DOT_PRODUCT takes two rank-1 arrays.
subroutine s(a, x)
  real(8) a(3, 3), x
  x = dot_product(a, a)
end subroutine s
