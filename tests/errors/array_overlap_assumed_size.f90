! A right-hand side that may overlap the section assigned in a way no loop direction makes
! safe needs a temporary shaped like the array: impossible when it has assumed size.
subroutine s(x, n)
  integer n
  real(8) x(*)
  x(2:n) = x(1:n-1) + x(3:n+1)
end subroutine s
