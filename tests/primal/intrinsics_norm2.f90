! NORM2 of real arrays (REAL(8) and REAL, rank 1 and 2, a section, an expression): SQRT(SUM(x**2)),
! equal to gfortran's scaled sum to rounding; a local named SUM does not change what it means.
program norm2s
  implicit none
  real(8) :: x(5) = [3d0, -4d0, 12d0, 0.5d0, -1d-3], a(2, 3)
  real :: y(3) = [1.0, 2.0, 2.0]
  real(8) :: sum
  integer :: i, j
  do j = 1, 3
    do i = 1, 2
      a(i, j) = 0.1d0 * i - 0.3d0 * j
    end do
  end do
  sum = 7
  print *, norm2(x), norm2(y), norm2(a), norm2(x(2:4)), norm2(2 * x + 1), sum
end program
