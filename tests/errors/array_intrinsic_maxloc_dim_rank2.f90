! MAXLOC and MINLOC with DIM= are supported on rank-1 arrays only.
subroutine s(m, k)
  real(8) m(3, 3)
  integer k(3)
  k = maxloc(m, dim = 2)
end subroutine s
