! Mixed INTEGER / REAL / REAL(8) arithmetic and the conversions the compiler inserts: integer
! operands promoted inside real expressions, real values truncated when assigned to integers,
! single-precision literals (no d0) assigned to doubles keep single precision (x = 0.1 gives
! 0.100000001490116...), a REAL times a REAL(8) is computed in double, and the explicit
! conversions REAL, DBLE, INT.
program mixed_arithmetic
  implicit none
  integer :: i, j, k
  real :: r, s
  real(8) :: x, y, z

  x = 0.1                  ! single-precision literal: 0.100000001490116...
  y = 0.1d0
  z = 0.1_8
  print *, x, y, z
  print *, x - y

  i = 7
  j = 2
  x = i / j                ! integer division, then converted: 3.0
  y = dble(i) / j          ! 3.5
  z = real(i) / j          ! single-precision 3.5, exact
  print *, x, y, z

  r = 1.0 / 3.0            ! single precision
  x = r                    ! widened: 0.3333333432674408
  y = 1.0d0 / 3.0d0
  print *, x, y, dble(r) * 3.0d0

  s = 3.0
  x = s * 0.1d0            ! REAL * REAL(8): s widened first
  y = s * 0.1              ! REAL * REAL: single precision product, then widened
  print *, x, y

  ! assignment to an integer truncates toward zero
  i = 2.99d0
  j = -2.99d0
  k = 7.5 / 2
  print *, i, j, k

  ! an integer expression in a double expression, and a double in an integer context
  i = 5
  x = i * 0.5d0 + i / 2 + dble(i) / 4
  print *, x
  k = int(x * 10.0d0) + 3 * int(-x)
  print *, k

  ! REAL() of a double rounds to single precision
  y = real(0.1d0)
  z = dble(real(1.0d0 / 7.0d0))
  print *, y, z
  x = 1.0e0 + 1.0d-10      ! single-precision 1.0 promoted, the sum is double
  print *, x
end program mixed_arithmetic
