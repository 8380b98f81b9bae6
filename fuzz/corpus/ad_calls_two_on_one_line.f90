! stad: --head 'twice(y)/(x)'
! Two calls of one routine on one source line (statements separated by ';'): their site ids
! must be distinct and usable in a toggle table.
subroutine bump(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: b
  b = b * a + sin(b)
end subroutine bump

subroutine twice(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  y = x
  call bump(x, y); call bump(x, y)
end subroutine twice
