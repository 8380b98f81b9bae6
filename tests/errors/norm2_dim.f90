! NORM2(x) is supported; NORM2 with DIM is refused, located, with what to write instead.
subroutine norm2_dim(a, y)
  implicit none
  real(8), intent(in) :: a(3, 4)
  real(8), intent(out) :: y(4)
  y = norm2(a, dim=1)
end subroutine norm2_dim
