! Array constructors [ ... ] and (/ ... /): scalars, expressions, sections and whole arrays as
! values, implied DO (nested, negative step, a trip count from a variable), into whole arrays
! and sections (strided, a column, a row), a constructor reading the array it is assigned to,
! constructors inside expressions and as arguments of SUM, MAXVAL, COUNT, DOT_PRODUCT, ANY,
! and printed.
program array_constructors
  implicit none
  integer, parameter :: n = 6
  real(8) :: a(n), b(2 * n), c(3, 2)
  real :: r(4)
  integer :: i, j, k(3), m
  a = [1d0, 2d0, 3d0, 4d0, 5d0, 6d0]
  print *, a
  a = (/ (0.5d0 * i * i, i = 1, n) /)
  print *, a
  b = [a, a(n:1:-1)]
  print *, b
  b(1:2*n:2) = [(a(i) + i, i = 1, n)]
  print *, b
  c = 0
  c(:, 1) = [a(1), sum(a), maxval(a)]
  c(2, :) = (/ -1d0, -2d0 /)
  print *, c
  k = [(i * 2, i = 3, 1, -1)]
  print *, k
  m = 2
  b(1:m * 3) = [((a(i) * j, i = 1, m), j = 1, 3)]
  print *, b
  a = [a(n), a(1:n-1)]
  print *, a
  a(2:4) = [a(3), a(1), a(2)] * 2
  print *, a
  print *, sum([a(1), 2d0, a(3)]), maxval([(a(i) - i, i = 1, n)]), sum([(a(i), i = 1, m)]), size([1, 2, 3])
  print *, dot_product([1d0, 2d0], a(1:2)), [1, 2] + [10, 20], any([a > 100, .true.])
  r = [1.0, 2.5, -1.0, 0.5]
  print *, r, count([(mod(i, 3) == 0, i = 1, 20)]), minval([(r(i) * i, i = 4, 1, -1)])
  print *, [(i, i = 1, 0)], [(a(i), i = 2, n, 2)], [b(1:3), [a(1), a(2)]]
end program array_constructors
