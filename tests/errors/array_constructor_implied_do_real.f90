! The variable of an implied DO must be an integer.
subroutine s(a)
  real(8) a(3), x
  a = [(x, x = 1, 3)]
end subroutine s
