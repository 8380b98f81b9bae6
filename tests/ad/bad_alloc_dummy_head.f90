! stad: --head 'cost(f)/(a)'
! The head's arrays are allocated by its caller (a driver or the user's program), which has no
! convention for an ALLOCATABLE dummy: refused at the dummy.
subroutine cost(a, f)
  real(8), allocatable, intent(inout) :: a(:)
  real(8), intent(out) :: f
  f = sum(a * a)
end subroutine
