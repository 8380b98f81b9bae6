! CSHIFT, EOSHIFT (with and without BOUNDARY, along DIM), SPREAD (every DIM), RESHAPE (constant
! SHAPE, from a section and to rank 3) and PACK (array and scalar masks), alone and inside
! expressions, of sections and expressions, assigned to the array they read; SPREAD of a
! scalar; CSHIFT and EOSHIFT of sections whose extents are not known on entry (a stride -1 from a
! variable, bounds from a loop's index).
program array_data_movement
  implicit none
  integer, parameter :: n = 6
  real(8) :: a(n), b(n), q(3, 4), r(4, 3), s(2, 3, 2), w(2 * n), z(n, 2)
  integer :: i, j, k, m(n)
  logical :: l(n)
  do i = 1, n
    a(i) = i * 1.5d0 - 4
    m(i) = i * i
  end do
  do j = 1, 4
    do i = 1, 3
      q(i, j) = 10 * i + j
    end do
  end do
  b = cshift(a, 2)
  print *, b
  b = cshift(a, -1) + 2 * cshift(a(n:1:-1), shift=8)
  print *, b
  a = cshift(a, 1)
  print *, a
  print *, cshift(q, 1, 2)
  print *, cshift(q, -1, dim=1)
  k = 3
  b = eoshift(a, k)
  print *, b
  b = eoshift(a, -2, 9.5d0)
  print *, b
  print *, eoshift(q, 1, dim=2)
  print *, eoshift(m, shift=-1, boundary=-7)
  z = spread(a, 2, 2)
  print *, z
  print *, spread(a(1:3), 1, 3)
  print *, sum(spread(q(:, 2), dim=2, ncopies=n - 3))
  r = reshape(q, [4, 3])
  print *, r
  s = reshape([a, b] * 2, (/ 2, 3, 2 /))
  print *, s
  w(1:n) = a
  w(n + 1:) = b
  q = reshape(w, [3, 4]) + q
  print *, q
  l = a > 0
  print *, size(pack(a, l)), pack(a, l)
  b = 0
  b(1:count(a < 1)) = pack(a, a < 1)
  print *, b
  print *, pack(q, q > 20)
  print *, sum(pack(m, .true.)), pack(m, m > 10)
  print *, spread(a(2) * 2, 1, 4), sum(spread(k, 1, n))
  z(:, 1) = spread(1.5d0, dim=1, ncopies=n) + a
  k = n - 1
  z(:, 2) = 0
  z(1:k, 2) = cshift(z(k:1:-1, 1), -1) + eoshift(a(k:1:-1), 2)
  print *, z
  do i = 1, n
    print *, i, cshift(a(i:1:-1), 1), eoshift(a(1:i), -1, 7d0)
  end do
end program array_data_movement
