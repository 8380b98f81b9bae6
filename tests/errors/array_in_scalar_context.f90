! An array cannot stand where a scalar is needed: on the right of a scalar assignment, in an
! IF condition, as a DO bound.
subroutine s(x, y, n)
  integer n, i
  real(8) x(10), y
  y = x(2:3)
  if (x(1:2) > 0) y = 1
  do i = 1, x(1:2)
  end do
end subroutine s
