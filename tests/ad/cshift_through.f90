! stad: --head 'f(y)/(x, w)' --set n=5
! CSHIFT read through in elementwise assignments (no copy): periodic neighbours along both
! dimensions of the array assigned (`u = u + cshift(u, 1) ...`, a temporary for the right side),
! `u = cshift(u, 1)` itself, a shift by a variable, a negative shift larger than the extent, a
! whole section and an expression as argument, another array assigned; CSHIFT and EOSHIFT with a DIM known at run time.
subroutine f(n, x, w, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), w(n)
  real(8), intent(out) :: y
  real(8) :: u(n, 3), v(n, 3), a(n), b(n)
  integer :: j, k, d, t
  do j = 1, 3
    u(:, j) = x * j + 0.1d0 * w
    v(:, j) = w * (4 - j)
  end do
  k = n / 2 + 1
  do t = 1, 2
    u = u + 0.1d0 * (cshift(u, 1, dim=1) + cshift(u, -1, dim=1) + cshift(u, 1, dim=2) + cshift(u, -1, 2) &
                     - 4 * u) - 0.01d0 * u**3
  end do
  v = v * cshift(u, k, 1) + cshift(v, -7, 2)
  u = cshift(u, 1)
  a = x
  b = w * cshift(a(:), k) + cshift(x * w, -1)
  a = cshift(a, k) * b
  do d = 1, 2
    v = v + 0.5d0 * cshift(u, d - 3, d) * eoshift(u, d, 0.25d0, d)
  end do
  y = sum(u * u) + sum(v * u) + sum(a * b)
end subroutine f
