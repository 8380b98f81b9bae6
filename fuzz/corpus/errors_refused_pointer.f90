! POINTER variables are outside the subset.
subroutine alias(x)
  real(8), intent(inout) :: x
  real(8), pointer :: p
  x = 1.0d0
end subroutine alias
