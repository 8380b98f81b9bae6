! Assignment to an INTENT(IN) argument.
subroutine bump(x, y)
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  x = x + 1.0d0
  y = x
end subroutine bump
