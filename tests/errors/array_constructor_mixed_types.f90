! The values of an array constructor must have one type (Fortran: and kind).
subroutine s(a)
  real(8) a(2)
  a = [1d0, 2.0]
end subroutine s
