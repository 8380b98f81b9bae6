! One subscript on an array of rank 2. Pending: today the message says "1 subscripts are
! given" (plural); wanted "1 subscript is given", as for argument counts.
subroutine corner(a, n, c)
  integer, intent(in) :: n
  real(8), intent(in) :: a(n, n)
  real(8), intent(out) :: c
  c = a(1)
end subroutine corner
