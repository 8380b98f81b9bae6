! Array intrinsics stad does not lower are refused by name, located (RESHAPE, SPREAD, PACK,
! CSHIFT, EOSHIFT, ...).
subroutine s(a, b)
  real(8) a(4), b(2, 2)
  b = reshape(a, (/ 2, 2 /))
end subroutine s
