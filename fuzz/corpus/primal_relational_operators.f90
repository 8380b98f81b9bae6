! Relational operators in both spellings (.LT. <, .LE. <=, .GT. >, .GE. >=, .EQ. ==, .NE. /=),
! on integers, on reals, and mixing an integer with a real (the integer is converted); the
! results printed as logicals and used to count.
program relational_operators
  implicit none
  integer :: i, j, n
  real(8) :: x, y

  i = 3
  j = 5
  print *, i .lt. j, i < j, i .le. j, i <= j, i .gt. j, i > j, i .ge. j, i >= j
  print *, i .eq. j, i == j, i .ne. j, i /= j, i .EQ. 3, i .Ne. 3

  x = 2.5d0
  y = 2.5d0
  print *, x .lt. y, x < y, x .le. y, x <= y, x .gt. y, x > y, x .ge. y, x >= y, x .eq. y, x /= y

  ! an integer compared with a real
  print *, i < x, i > x, 2 == 2.0d0, j .ge. 5.0d0, 7 / 2 == 3.5d0, 7 / 2.0d0 == 3.5d0

  n = 0
  do i = -3, 3
    x = 0.5d0 * i
    if (x .gt. -1.0d0 .and. x .le. 1.0d0) n = n + 1
    if (i .ne. 0 .and. i /= 2) n = n + 10
    if (x >= 1.0d0 .or. x .lt. -1.0d0) n = n + 100
  end do
  print *, n
end program relational_operators
