! REAL() and DBLE() around double precision values: the primal rounds to single precision, the
! derivatives do not, in either mode, so tangent and adjoint agree to double precision (found by
! tests/gen). Finite differences of the rounded primal are a staircase: the check calls them
! inconclusive, not wrong.
subroutine h(x, f)
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: f
  f = sin(dble(real(x(1) * x(2)))) + real(x(1)) * x(2) + x(1) * dble(real(x(2)**2))
end subroutine h
