! stad: --head 'f(y)/(x, m)' --set n=6
! SUM and PRODUCT of whole arrays, sections, expressions, with MASK= and along DIM=, inside a
! loop whose iterations overwrite what the next reads, and in a DO WHILE condition.
subroutine f(n, x, m, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), m(3, 4)
  real(8), intent(out) :: y
  real(8) :: t(n), c(4), r(3)
  integer :: i, k
  t = x
  y = 0
  do i = 1, 3
    t(i:) = t(i:) * 0.5d0 + sum(t(1:i)**2) / n
    y = y + product(1 + 0.1d0 * t(i:i+2)) + sum(t, mask = t > 0.6d0)
  end do
  c = sum(m * m, dim = 1)
  r = product(1 + m(:, 2:3), 2)
  y = y + sum(c * x(1:4)) + sum(r) + sum(m(2, :) * c, mask = m(1, :) < 1.2d0)
  k = 1
  do while (sum(x(1:k)) < 2)
    y = y + x(k) * sum(m(:, k))
    k = k + 1
  end do
end subroutine f
