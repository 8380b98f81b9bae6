! stad: --head 'f(y)/(x)' --set n=5
! Array constructors of active values: scalars and expressions, sections, implied DO (nested,
! reversed), a constructor reading the array assigned (through a temporary), constructors in
! expressions and as the arguments of SUM, MAXVAL and DOT_PRODUCT, a PARAMETER array of
! weights, and type-specs `[real(8) :: 1, x(1)]`, `(/ double precision :: ... /)`.
subroutine f(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  integer, parameter :: dp = kind(1d0)
  real(8), parameter :: w(3) = [real(dp) :: 1 / 4.0, 0.5, 0.25d0]
  real(8) :: t(2 * n), u(3), v(6)
  integer :: i, j
  t = [x, (x(i) * x(n + 1 - i), i = n, 1, -1)]
  u = [x(1) * x(2), sin(x(3)), sum(x)]
  v = [((x(i) * j + x(j), i = 1, 2), j = 1, 3)]
  t(1:n) = [t(n), t(1:n-1)] * w(2)
  u = u * [w(1), 2 * w(2), w(3)] + w
  y = sum(t) + dot_product(u, [x(2), x(1), x(3)]) + maxval([(v(i) * x(i), i = 1, 6)])
  y = y + sum([(t(i)**2, i = 1, 2 * n, 3)]) + minval([u, v(2:3)])
  u = [real(8) :: 1, x(1), (x(i) * i, i = 2, 2)] + (/ double precision :: 2, [integer :: 3, 4.5] /)
  y = y + sum(u * u)
end subroutine f
