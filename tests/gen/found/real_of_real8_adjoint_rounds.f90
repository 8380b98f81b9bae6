! stad: --head 'h(f)/(x)'
! Found by tests/gen (seed 1100002, stad main 6bf938f, after the fix of the known REAL() bug):
! REAL(x) of a real(8) x. The tangent no longer rounds the derivative, but the adjoint now does:
!     tempb = (double)(float)((*fb) * cos((double)(float)(x[0] * x[1])));
! so tangent and adjoint differ by ~1e-9 relative:
!     stad check real_of_real8_adjoint_rounds.f90 --head 'h(f)/(x)'
!     x  f  7.63893791812161327e-02  7.63893794805572263e-02  ...  adj-tan 3.9e-09
! (the finite differences of the single-precision staircase are meaningless; the MISMATCH
! against them is not the point). The adjoint of REAL(x) should be plain xb += yb.
subroutine h(x, f)
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: f
  f = sin(dble(real(x(1) * x(2))))
end subroutine h
