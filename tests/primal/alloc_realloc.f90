! Automatic (re)allocation on whole-array assignment (Fortran 2003, gfortran's default): an
! unallocated array, another shape in a loop, rank 2, the bounds kept when the shape stays, the
! lower bound of a whole-array right-hand side, a constructor.
program r
  implicit none
  real(8), allocatable :: a(:), b(:, :), c(:)
  real(8) :: x(6), m(2, 3)
  integer :: k
  x = [1d0, 2d0, 3d0, 4d0, 5d0, 6d0]
  m = reshape(x, [2, 3])
  a = x
  print *, size(a), lbound(a), a
  a = x(2:4) * 2
  print *, size(a), lbound(a), a
  do k = 1, 4
    a = sin(x(1:k)) + k
    print *, size(a), sum(a)
  end do
  b = m
  print *, shape(b), sum(b)
  b = transpose(m)
  print *, shape(b), b(3, 2)
  allocate(c(0:5))
  c = x
  print *, lbound(c), ubound(c), c(0)
  c = x(1:3)
  print *, lbound(c), ubound(c), c(1)
  c = [a, 7d0]
  print *, size(c), c
end program
