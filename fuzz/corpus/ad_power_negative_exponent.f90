! stad: --head 'powneg(y)/(x)' --set k=2
! ** with negative exponents: integer constants, a negated integer argument, and real
! negative exponents.
subroutine powneg(k, x, y)
  implicit none
  integer, intent(in) :: k
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y(3)
  y(1) = x(1)**(-2) + x(2)**(-1)
  y(2) = (x(1) + x(2))**(-k) * x(1)
  y(3) = x(2)**(-1.5d0) - x(1)**(-0.5d0)
end subroutine powneg
