! stad: --head 'literals(y)/(x)'
! Literal forms in active expressions: D and E exponents, _8 kinds, integer literals mixed
! with reals, a default-real literal promoted to double.
subroutine literals(x, y)
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y(2)
  y(1) = 1.5_8 * x(1) + 2.d-1 * x(2)**2 + 3 * x(1) * x(2)
  y(2) = 1.0e-1_8 * x(2) + 0.25 * x(1) + 1.25d+0 * x(1) / 2
end subroutine literals
