! An array intrinsic's keyword must be one of its argument names.
subroutine s(a, x)
  real(8) a(10), x
  x = sum(a, dimension = 1)
end subroutine s
