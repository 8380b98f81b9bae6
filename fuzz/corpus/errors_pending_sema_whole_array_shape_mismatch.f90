! Whole-array assignment between arrays of constant, different shapes. Pending: today stad
! accepts it and the generated loops run over c's shape (2,3), so they read d(1:2,1:3) from a
! 3x2 array: d[7] of a double d[6] (out of bounds). Wanted: a located error such as
! "the shapes of 'c' (2,3) and 'd' (3,2) do not conform".
program p
  real(8) :: c(2,3), d(3,2)
  d = 1.0d0
  c = d
  print *, c(2,3)
end program p
