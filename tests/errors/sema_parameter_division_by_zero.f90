! Division by zero in a PARAMETER is named as such.
program p
  integer, parameter :: n = 1 / 0
  print *, n
end program p
