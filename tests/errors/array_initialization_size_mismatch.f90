! An initial value must have as many values as the array has elements.
program p
  real(8) :: a(4) = [1d0, 2d0, 3d0]
  print *, a
end program p
