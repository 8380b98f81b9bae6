! Whole-array assignment between arrays of different shapes is refused.
program p
  real(8) :: c(2,3), d(3,2)
  d = 1.0d0
  c = d
  print *, c(2,3)
end program p
