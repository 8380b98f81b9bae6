! COMPLEX is outside the subset.
subroutine rot(x)
  real(8), intent(inout) :: x
  complex :: z
  x = 2.0d0 * x
end subroutine rot
