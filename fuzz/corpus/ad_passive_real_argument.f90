! stad: --head 'partial(y)/(x)'
! The head has a real argument that is neither independent nor dependent (c): it is read as a
! plain value; and a real output that is not named dependent (z).
subroutine partial(x, c, y, z)
  implicit none
  real(8), intent(in) :: x(2), c
  real(8), intent(out) :: y, z
  z = x(1) * c
  y = x(1) * x(2) + c * sin(x(2)) + z
end subroutine partial
