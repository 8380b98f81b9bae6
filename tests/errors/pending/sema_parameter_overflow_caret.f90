! INTEGER overflow inside a PARAMETER expression. Pending: the error is right, but its caret
! is on the whole expression (its top-level operator, the `/` in column 44: fold_param reports
! at e->loc) instead of on the operation that overflows (the `*` in column 40).
program p
  integer, parameter :: n = 2147483647 * 2 / 2
  print *, n
end program p
