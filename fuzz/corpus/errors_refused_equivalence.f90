! EQUIVALENCE is outside the subset.
subroutine overlay(y)
  real(8), intent(out) :: y
  real(8) :: a, b
  equivalence (a, b)
  a = 1.0d0
  y = b
end subroutine overlay
