! The file ends inside a SUBROUTINE: its END statement is missing.
subroutine twice(x, y)
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  y = 2.0d0 * x
