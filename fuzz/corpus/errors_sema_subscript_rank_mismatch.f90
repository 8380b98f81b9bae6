! Three subscripts on an array of rank 2.
subroutine corner(a, n, c)
  integer, intent(in) :: n
  real(8), intent(in) :: a(n, n)
  real(8), intent(out) :: c
  c = a(1, 1, 1)
end subroutine corner
