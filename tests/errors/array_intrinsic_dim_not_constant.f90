! The DIM argument of a reduction must be an integer constant (the rank of the result depends
! on it).
subroutine s(m, v, k)
  integer k
  real(8) m(3, 3), v(3)
  v = sum(m, dim = k)
end subroutine s
