! A subscript count that differs from the rank (one subscript: singular).
subroutine corner(a, n, c)
  integer, intent(in) :: n
  real(8), intent(in) :: a(n, n)
  real(8), intent(out) :: c
  c = a(1)
end subroutine corner
