! Automatic reallocation whose right-hand side reads the array itself (computed into a
! temporary first): appending in a loop, a section, a reversed section, TRANSPOSE and MATMUL.
program r
  implicit none
  real(8), allocatable :: a(:), m(:, :)
  real(8) :: x(6)
  integer :: k
  x = [1d0, 2d0, 3d0, 4d0, 5d0, 6d0]
  a = x(1:2)
  do k = 3, 6
    a = [a, x(k) * 2]
    print *, size(a), sum(a)
  end do
  a = a(2:) * 0.5d0
  print *, size(a), lbound(a), a
  a = a(size(a):1:-1) + a
  print *, a
  m = reshape(x, [2, 3])
  m = transpose(m)
  print *, shape(m), m
  m = matmul(m, transpose(m))
  print *, shape(m), m
end program
