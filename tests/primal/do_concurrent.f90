! DO CONCURRENT as the DO loops it stands for: one index, two indices with a stride and a
! mask, CYCLE (to the next iteration of the innermost index), a construct name; an index is
! local to the construct (the variable i outside keeps its value 7).
program p
  implicit none
  integer, parameter :: n = 5
  real(8) :: x(n), y(n), z(3, n)
  integer :: i, j, k
  x = [(0.3d0*i - 0.5d0, i = 1, n)]
  z = 0
  i = 7
  do concurrent (i = 1:n)
    y(i) = sin(x(i))
  end do
  do concurrent (k = 1:3, j = 1:n:2, x(j) > 0.2d0)
    z(k, j) = x(j)*k
  end do
  outer: do concurrent (j = n:1:-1)
    if (j == 2) cycle outer
    y(j) = y(j) + j
  end do outer
  print *, i, y
  print *, z
end program p
