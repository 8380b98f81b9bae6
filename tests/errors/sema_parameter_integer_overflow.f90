! A PARAMETER whose folded value does not fit in INTEGER (4 bytes) is refused, with the caret
! on the operation that overflows.
program p
  integer, parameter :: n = 2147483647 + 1
  print *, n
end program p
