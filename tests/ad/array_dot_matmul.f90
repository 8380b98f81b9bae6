! stad: --head 'f(y)/(a, b, v)' --set n=3
! DOT_PRODUCT, MATMUL (rank 2 x rank 2, rank 2 x rank 1, rank 1 x rank 2, of sections, into
! one of its own arguments) and TRANSPOSE; the adjoints are loops of the same shape.
subroutine f(n, a, b, v, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: a(n, n), b(n, 2), v(n)
  real(8), intent(out) :: y
  real(8) :: c(n, 2), w(n), z(2), s(n, n)
  c = matmul(a, b)
  w = matmul(a, v) + matmul(transpose(a), v)
  z = matmul(v, b)
  s = a
  s(:, 1:2) = matmul(s, c) * 0.1d0
  s = matmul(s, transpose(a(:, 1:n)))
  y = dot_product(w, v) + dot_product(z, z) + sum(c * c) + dot_product(s(:, 2), s(3, :))
end subroutine f
