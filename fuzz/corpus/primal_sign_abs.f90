! SIGN (integer and real, negative second argument, zero second argument) and ABS (integer,
! REAL(8), REAL), with the specific names ISIGN, DSIGN, IABS, DABS.
program sign_abs
  implicit none
  integer :: i, j
  real(8) :: x, y
  real :: r

  i = 5
  j = -3
  print *, sign(i, j), sign(i, -j), sign(-i, j), sign(-i, -j), sign(i, 0)
  print *, isign(i, j), isign(j, i), iabs(j), abs(j), abs(i)

  x = 2.75d0
  y = -0.5d0
  print *, sign(x, y), sign(x, -y), sign(-x, y), sign(-x, -y), sign(x, 0.0d0)
  print *, dsign(x, y), dsign(1.0d0, -1.0d-300), abs(y), dabs(y), abs(-x)

  r = -1.25
  print *, dble(abs(r)), dble(sign(3.0, r)), dble(sign(r, 1.0))

  ! abs of an expression and sign used as a step
  do i = -2, 2
    x = abs(0.5d0 * i - 0.25d0) + sign(0.125d0, dble(i))
    print *, i, x
  end do
end program sign_abs
