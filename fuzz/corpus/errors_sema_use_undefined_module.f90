! USE of a module that none of the given files defines.
subroutine step(x)
  use constants
  implicit none
  real(8), intent(inout) :: x
  x = 2.0d0 * x
end subroutine step
