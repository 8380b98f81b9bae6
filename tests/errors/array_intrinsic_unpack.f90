! UNPACK takes a VECTOR of rank 1, a logical MASK array and a FIELD that is a scalar or conforms
! to MASK; what is not so is refused, located. Array intrinsics stad does not lower stay refused
! by name (FINDLOC, ...).
subroutine s(a, b, l)
  real(8) a(4), b(2, 2), c(3)
  logical l(2, 2)
  b = unpack(b, l, b)
  b = unpack(a, l, c)
  b = unpack(a, .true., b)
  b = unpack(a, l, .true.)
  a(1) = findloc(a, 1d0)
end subroutine s
