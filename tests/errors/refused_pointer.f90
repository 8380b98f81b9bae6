! POINTER variables are outside the subset: one error at the POINTER, with what to write
! instead, and none for the pointer assignment that follows.
subroutine alias(x)
  real(8), intent(inout), target :: x
  real(8), pointer :: p
  p => x
  x = 1.0d0
end subroutine alias
