! stad: --head 'h(f)/(b)'
! A DIMENSION attribute with two constant extents, `dimension(2,3)`, is an array declaration,
! not a COMPLEX constant (found by tests/gen).
subroutine h(b, f)
  implicit none
  real(8), dimension(2,3) :: b
  integer, dimension(2, 3) :: m
  real(8), intent(out) :: f
  m = 2
  f = b(1,1)**2 + m(2,3) * b(2,3) * b(1,2)
end subroutine h
