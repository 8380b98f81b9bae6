! An expression with an opening parenthesis that is never closed.
subroutine scale(x, y)
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  y = 2.0d0 * (x + 1.0d0
end subroutine scale
