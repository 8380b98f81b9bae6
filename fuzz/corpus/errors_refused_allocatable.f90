! ALLOCATABLE arrays are outside the subset.
subroutine work(n, s)
  integer, intent(in) :: n
  real(8), intent(out) :: s
  real(8), allocatable :: t(:)
  s = 0.0d0
end subroutine work
