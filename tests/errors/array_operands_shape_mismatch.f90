! The operands of an elemental operation must conform: rank 1 sections of 3 and 4 elements.
subroutine s(a, b, c)
  real(8) a(10), b(10), c(10)
  c(1:3) = a(1:3) * b(1:4)
end subroutine s
