! A PARAMETER whose folded value does not fit in INTEGER (4 bytes). Pending: today stad accepts
! it and emits `const int n = 2147483648;`. Wanted: a located error such as "integer overflow
! in the value of PARAMETER 'n'", like the one for a too-large literal.
program p
  integer, parameter :: n = 2147483647 + 1
  print *, n
end program p
