! Division by zero in a PARAMETER. Pending: today the message says "the value of PARAMETER 'n'
! is not a constant expression", which is not what is wrong; wanted "division by zero".
program p
  integer, parameter :: n = 1 / 0
  print *, n
end program p
