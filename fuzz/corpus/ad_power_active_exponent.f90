! stad: --head 'powact(y)/(x)'
! The smallest power with an active exponent: x(1)**x(2).
subroutine powact(x, y)
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y
  y = x(1)**x(2)
end subroutine powact
