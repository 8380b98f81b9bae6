! RETURN with a value outside a routine with * dummies (alternate returns) is refused where it is.
subroutine s(a)
  real(8) :: a
  a = 1
  if (a > 0) return 1
end subroutine s
