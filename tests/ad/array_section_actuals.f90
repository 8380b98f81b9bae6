! stad: --head 'f(y)/(x)' --set n=8
! Sections passed to F77 explicit-shape dummies: contiguous ones (a column, a tail) as their
! first element, non-contiguous ones (a row, a strided section) through a temporary copied in
! and back (INTENT(IN): in only; INTENT(OUT): out only), inside a loop: every configuration of
! the call sites gives the same derivative.
subroutine relax(m, v, c)
  implicit none
  integer, intent(in) :: m
  real(8), intent(inout) :: v(m)
  real(8), intent(in) :: c
  integer :: i
  do i = 2, m
    v(i) = v(i) + c * v(i - 1) * v(i)
  end do
end subroutine relax

subroutine norm(m, v, s)
  implicit none
  integer, intent(in) :: m
  real(8), intent(in) :: v(m)
  real(8), intent(out) :: s
  s = sum(v * v)
end subroutine norm

subroutine put(m, v, s)
  implicit none
  integer, intent(in) :: m
  real(8), intent(out) :: v(m)
  real(8), intent(in) :: s
  integer :: i
  v = s * [(dble(i), i = 1, m)]
end subroutine put

subroutine f(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: q(4, 3), u(n), s
  integer :: k
  u = x
  q = 0.5d0
  q(:, 1) = x(1:4)
  q(1, :) = x(n-2:n)
  do k = 1, 2
    call relax(4, q(:, k + 1), 0.1d0 * k)
    call relax(3, q(k, :), 0.2d0)
    call relax(n - 2, u(3:), 0.05d0)
    call relax(4, u(1:n:2), 0.3d0)
  end do
  call norm(3, q(2, :), s)
  call put(2, q(3, 2:3), s)
  call put(3, u(n:1:-3), s * 0.1d0)
  y = sum(q * q) + sum(u) + s
end subroutine f
