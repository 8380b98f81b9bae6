! CSHIFT is refused by name, located.
subroutine s(a, b)
  real(8) a(4), b(4)
  b = cshift(a, 1) + a
end subroutine s
