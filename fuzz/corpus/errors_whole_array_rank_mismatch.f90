! Whole-array assignment needs arrays of the same rank on both sides.
subroutine copy(x, y, n)
  integer, intent(in) :: n
  real(8), intent(out) :: x(n)
  real(8), intent(in) :: y(n, 2)
  x = y
end subroutine copy
