! A vector subscript (an integer array as a subscript) is refused, located, with what to write.
subroutine s(x, idx)
  real(8) x(10)
  integer idx(3)
  x(idx) = 1
end subroutine s
