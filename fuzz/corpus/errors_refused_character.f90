! CHARACTER variables are outside the subset (string literals in PRINT are fine).
subroutine label(x)
  real(8), intent(inout) :: x
  character(len=8) :: tag
  x = 2.0d0 * x
end subroutine label
