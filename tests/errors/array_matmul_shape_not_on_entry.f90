! MATMUL inside an expression goes through a temporary declared with its shape, which must be
! known on entry: a section with run-time bounds is refused (assign the MATMUL first).
subroutine s(a, v, w, k)
  integer k
  real(8) a(5, 5), v(5), w(5)
  w(1:k) = matmul(a(1:k, 1:k), v(1:k)) + 1
end subroutine s
