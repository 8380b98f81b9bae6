! Whole-array assignment reading elements of the array it assigns: the right-hand side is
! evaluated in full before any element is stored (found by tests/gen).
program p
  implicit none
  real(8) :: y(3), z(2, 2)
  y(1) = 1
  y(2) = 2
  y(3) = 3
  y = y + y(1)
  print *, y(1), y(2), y(3)
  z(1, 1) = 1
  z(2, 1) = 2
  z(1, 2) = 3
  z(2, 2) = 4
  z = z * z(2, 2) - z(1, 1)
  print *, z(1, 1), z(2, 1), z(1, 2), z(2, 2)
end program p
