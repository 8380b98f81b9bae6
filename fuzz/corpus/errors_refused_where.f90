! WHERE is outside the subset.
subroutine relu(x, n)
  integer, intent(in) :: n
  real(8), intent(inout) :: x(n)
  where (x < 0.0d0) x = 0.0d0
end subroutine relu
