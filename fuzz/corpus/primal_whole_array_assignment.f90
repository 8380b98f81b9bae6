! Whole-array assignment: scalars broadcast, elemental intrinsics, other lower bounds.
program wa
  implicit none
  real(8) :: a(3,2), b(0:2,2), c(3,2)
  integer :: i, j
  do j = 1, 2
    do i = 1, 3
      b(i-1,j) = i + 10*j
    end do
  end do
  a = 0.5d0
  c = 2.0d0 * b + sin(a) - 1
  a = a + c
  print *, a(1,1), a(3,2), c(2,1)
end program wa
