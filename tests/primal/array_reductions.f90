! Reductions to a scalar, as gfortran computes them: SUM, PRODUCT, MAXVAL, MINVAL of whole
! arrays, sections and expressions, with MASK= (keyword or positional), integer arrays, other
! lower bounds; MAXLOC/MINLOC (the first extreme element on ties, positions counted from 1,
! with DIM= on rank 1 and MASK=); DOT_PRODUCT; ANY, ALL, COUNT; empty sections (SUM 0,
! PRODUCT 1, MAXVAL -HUGE, MAXLOC 0); reductions inside loops and conditions.
program array_reductions
  implicit none
  integer, parameter :: n = 6
  real(8) :: a(n), b(0:n-1), m(3, 4), e(0), t(5)
  integer :: i, j, k(n)
  do i = 1, n
    a(i) = sin(1.7d0 * i) * 3
    b(i-1) = cos(0.9d0 * i)
    k(i) = mod(7 * i, 5) - 2
  end do
  do j = 1, 4
    do i = 1, 3
      m(i, j) = sin(i + 2.5d0 * j)
    end do
  end do
  print *, sum(a), sum(a(2:5)), sum(m), sum(m(2, :)), sum(a, mask = a > 0), sum(a, a < 0)
  print *, product(a(1:4)), product(k + 3), maxval(a), minval(b), maxval(k), minval(m(:, 2:3))
  print *, maxval(a, mask = a < 1), minval(a, a > -1), maxloc(a), minloc(m), maxloc(k, dim = 1)
  print *, maxloc(a, mask = a < 0), minloc(b(1:4)), minloc(b, 1)
  print *, dot_product(a, b), dot_product(k, k), dot_product(a(1:3), b(3:5))
  print *, any(a > 2), all(a > -3), count(a > 0), any(k == 5), count(m > 0)
  print *, sum(e), maxval(e), minval(e), product(e), count(e > 0), any(e > 0), all(e > 0), maxloc(e)
  t = (/ 1d0, 3d0, 2d0, 3d0, 0d0 /)
  print *, maxloc(t), minloc(t(2:5)), maxval(t), maxloc(t(5:1:-1))
  do i = 1, 3
    t(i) = sum(m(i, 1:3) * m(:, 1)) + maxval(m(:i, 1)) - minval(a(i:))
  end do
  print *, t
  j = 1
  do while (sum(a(1:j)**2) < 8)
    j = j + 1
  end do
  print *, j
  print *, sum(a * b) / size(a) + minval(abs(a - 1))
end program array_reductions
