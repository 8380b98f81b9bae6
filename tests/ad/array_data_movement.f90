! stad: --head 'f(y)/(x, w)' --set n=6
! CSHIFT, EOSHIFT (an active BOUNDARY), SPREAD, RESHAPE and PACK of active arrays, assigned to
! the array they read and inside expressions: their derivatives move the same way, and the
! adjoint is the transpose (elements read twice or dropped). SPREAD of a scalar, CSHIFT and
! EOSHIFT of sections whose extents are not known on entry (a negative stride from n, bounds from
! a loop's index: trial s16, refused). NCOPIES a dummy an element's subscript reads (s18).
subroutine f(n, x, w, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), w(n)
  real(8), intent(out) :: y
  real(8) :: a(n), b(n), q(3, 4), z(n, 2), p(2 * n)
  integer :: k, i
  real(8) :: c(n, 3)
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
  c(:, 1) = spread(x(2) * w(1), 1, n) + x
  c(:, 2) = cshift(c(n:1:-1, 1), -1) * w
  c(:, 3) = eoshift(c(n:1:-1, 2), 2, boundary=x(1)) + spread(y, 1, n)
  do i = 2, n - 1
    c(1:i, 1) = c(1:i, 1) + cshift(c(i:1:-1, 3), 1) * x(i)
  end do
  y = y + sum(c * c)
  ! NCOPIES n, which the element x(n) reads: an element's subscript is not changed (s18: refused
  ! as 'a variable the routine may change')
  y = y + w(n) * sum(spread(x(n), 1, n) * w)
  call grow()
  y = y + sum(c(:, 1) * x)
contains
  ! NCOPIES the host's INTENT(IN) n, in an internal procedure (s18: refused)
  subroutine grow()
    c(1:n, 1) = 0.5d0 * c(1:n, 1) + spread(y * w(2), 1, n)
  end subroutine grow
end subroutine f
