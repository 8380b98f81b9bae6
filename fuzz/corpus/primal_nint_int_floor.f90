! Real-to-integer conversions on negative values and halves: NINT rounds halves away from zero
! (nint(-2.5d0) is -3), INT truncates toward zero, FLOOR rounds down; a value just below 0.5
! (NINT must not be floor(x + 0.5)); and the specific names IDNINT, IDINT, IFIX, AINT, DINT.
program nint_int_floor
  implicit none
  real(8) :: x
  real :: r
  integer :: i

  do i = -6, 6
    x = 0.5d0 * i
    print *, x, nint(x), int(x), floor(x)
  end do

  x = -2.7d0
  print *, nint(x), int(x), floor(x), idnint(x), idint(x)
  x = 2.7d0
  print *, nint(x), int(x), floor(x), idnint(x), idint(x)

  x = 0.49999999999999994d0
  print *, nint(x), nint(-x), floor(-x), int(-x)

  r = -3.5
  print *, nint(r), int(r), floor(r), ifix(r), nint(-r)
  r = 7.49
  print *, nint(r), int(r), floor(r), ifix(r)

  x = -8.75d0
  print *, aint(x), dint(-x), aint(2.5d0), dble(aint(-0.5))
  print *, int(1.0d9 + 0.5d0), nint(-1.0d9 - 0.5d0), floor(-1.0d-300)
end program nint_int_floor
