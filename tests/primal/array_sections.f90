! Array sections on both sides of assignments: lo:hi, omitted bounds, strides, negative
! strides, ranks 1 to 3, other lower bounds, scalars broadcast, elemental intrinsics on
! sections (sin, max with a scalar, merge), sections of one array into another.
program array_sections
  implicit none
  integer, parameter :: n = 9
  real(8) :: a(n), b(0:n+1), c(4, 5), d(-1:2, 0:2, 3), e(n)
  integer :: i, j, k, m
  do i = 1, n
    a(i) = 1.5d0 * i - 4
  end do
  do i = 0, n + 1
    b(i) = cos(0.3d0 * i)
  end do
  do j = 1, 5
    do i = 1, 4
      c(i, j) = i - 2 * j + 0.25d0
    end do
  end do
  do k = 1, 3
    do j = 0, 2
      do i = -1, 2
        d(i, j, k) = i + 10 * j + 100 * k
      end do
    end do
  end do
  m = n - 2
  e = 0
  e(2:m+1) = 0.5d0 * b(1:m) + 0.25d0 * b(3:m+2)
  print *, e
  e(:3) = a(n-2:)
  e(n:n-2:-1) = a(1:3) * 2
  print *, e
  e(1:n:3) = -1
  e(2:n:4) = sin(a(1:n:5)) + max(a(3:4), 0d0)
  print *, e
  e = merge(a, e, a > 0)
  print *, e
  c(2, :) = c(1, :) + c(3, :) * c(4, :)
  c(:, 5) = sqrt(abs(c(:, 1))) + 1
  c(1:4:3, 2:4) = 2 * c(2:3, 1:3)
  print *, c
  d(:, 1, :) = d(:, 0, :) - d(:, 2, :)
  d(2, :, 2:3) = 0.5d0
  d(0:1, 2, 1) = d(-1:0, 0, 3) * d(1:2, 1, 2)
  print *, d
  print *, a(2:n-1:2), c(3, 2:4), d(-1, :, 3)
end program array_sections
