! Array intrinsics stad does not lower are refused by name, located (UNPACK, FINDLOC, ...).
subroutine s(a, b, l)
  real(8) a(4), b(2, 2)
  logical l(2, 2)
  b = unpack(a, l, b)
end subroutine s
