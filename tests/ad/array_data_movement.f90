! stad: --head 'f(y)/(x, w)' --set n=6
! CSHIFT, EOSHIFT (an active BOUNDARY), SPREAD, RESHAPE and PACK of active arrays, assigned to
! the array they read and inside expressions: their derivatives move the same way, and the
! adjoint is the transpose (elements read twice or dropped).
subroutine f(n, x, w, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), w(n)
  real(8), intent(out) :: y
  real(8) :: a(n), b(n), q(3, 4), z(n, 2), p(2 * n)
  integer :: k
  a = x * w
  b = cshift(a, 2) * x + cshift(w, -1, 1)
  a = cshift(a, 1) + a * 0.5d0
  k = 2
  b = b + eoshift(a, k) + eoshift(b, -1, boundary=w(2))
  z = spread(a, 2, 2) * spread(b, dim=2, ncopies=2)
  p(1:n) = a
  p(n + 1:) = b
  q = reshape(p, [3, 4])
  q = q + reshape(z, [3, 4]) * 0.5d0
  p = 0
  p(1:count(q > 0)) = pack(q, q > 0)
  y = sum(q * q) + sum(z(:, 1) * z(:, 2)) + sum(p * p) + sum(pack(a, w > 0.3d0) ** 3)
end subroutine f
