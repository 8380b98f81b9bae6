! MATMUL of rank 2 x rank 2, rank 2 x rank 1 and rank 1 x rank 2, of sections and of a
! transposed section, with integer and mixed kinds; MATMUL into a section of one of its own
! arguments (through a temporary); TRANSPOSE inside expressions.
program array_matmul_transpose
  implicit none
  real(8) :: m(3, 4), p(4, 2), c(3, 2), v(4), w(3), z(2)
  real :: r(2, 2)
  integer :: i, j, ki(2, 2), kv(2)
  do j = 1, 4
    do i = 1, 3
      m(i, j) = sin(i + 2.5d0 * j)
    end do
  end do
  do j = 1, 2
    do i = 1, 4
      p(i, j) = i - j * 0.5d0
    end do
  end do
  v = (/ 1d0, -2d0, 0.5d0, 3d0 /)
  c = matmul(m, p)
  w = matmul(m, v)
  z = matmul(v, p)
  print *, c, w, z
  c(:, 1) = matmul(m(:, 2:3), p(1:2, 2))
  print *, c
  p(1:2, :) = matmul(transpose(c(2:3, :)), p(3:4, :))
  print *, p
  m(:, 1:2) = matmul(m(:, 1:3), m(:, 2:3))
  print *, m
  m = transpose(transpose(m)) * 2
  print *, m
  ki(:, 1) = (/ 1, 2 /)
  ki(:, 2) = (/ -3, 4 /)
  kv = matmul(ki, (/ 3, -1 /))
  r = matmul(real(ki), transpose(real(ki)))
  print *, kv, r
end program array_matmul_transpose
