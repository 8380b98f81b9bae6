! A vector subscript (an integer array as a subscript) is refused, located, with what to write:
! one error per reference, none from what uses it (SUM of it, an assignment to it; s17 trial B).
subroutine s(x, idx, y)
  real(8) x(10), y
  integer idx(3)
  x(idx) = 1
  x(idx) = x(idx) * 2
  y = sum(x([2, 2, 3])**2)
end subroutine s
