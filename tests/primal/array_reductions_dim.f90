! Reductions along DIM= of a rank-2 array, assigned to rank-1 arrays and sections: SUM,
! PRODUCT, MAXVAL, MINVAL (with MASK=), ANY, COUNT; a reduction along DIM of the array
! assigned itself (through a temporary).
program array_reductions_dim
  implicit none
  real(8) :: m(3, 4), v(4), w(3), s(4, 4)
  integer :: i, j, c(3)
  logical :: l(4)
  do j = 1, 4
    do i = 1, 3
      m(i, j) = sin(i + 2.5d0 * j)
    end do
  end do
  v = sum(m, dim = 1)
  w = sum(m, dim = 2)
  print *, v, w
  v = maxval(m, dim = 1)
  w = minval(m, 2)
  print *, v, w
  w = product(m(:, 1:2), dim = 2)
  v = sum(m, dim = 1, mask = m > 0)
  print *, w, v
  l = any(m > 0.5d0, dim = 1)
  c = count(m > 0, dim = 2)
  print *, l, c
  do j = 1, 4
    do i = 1, 4
      s(i, j) = i * j - 3
    end do
  end do
  s(1, :) = sum(s, dim = 1)
  c = maxval(s(2:4, :), 2)
  s(2:4, 2) = c - s(2:4, 2)
  print *, s
end program array_reductions_dim
