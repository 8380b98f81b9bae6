! Two subroutines with one name; the message points at the second and names the first.
subroutine half(x)
  real(8), intent(inout) :: x
  x = 0.5d0 * x
end subroutine half
subroutine half(x)
  real(8), intent(inout) :: x
  x = x / 2.0d0
end subroutine half
