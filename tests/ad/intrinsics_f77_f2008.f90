! stad: --head 'spec(f)/(x, w)' --set n=6
! The intrinsics sema writes as others (DIM, DPROD, MODULO, ATAN(y, x), AMAX0, MAX1) and the
! ones with partials of their own (ERF, ERFC, HYPOT, ASINH, ACOSH, ATANH; ANINT and CEILING
! carry no derivative), in a routine called at two sites so that checkpoints matter.
subroutine term(n, x, w, k, f)
  implicit none
  integer, intent(in) :: n, k
  real(8), intent(in) :: x(n), w
  real(8), intent(inout) :: f
  integer :: i, j
  real(8) :: t
  do i = 1, n
    t = x(i) * w
    j = 1 + modulo(i + k, n)
    f = f + erf(t) * x(j) + 0.5d0 * erfc(0.3d0 * t) + hypot(t, x(j))
    f = f + asinh(t) * acosh(2.0d0 + t * t) + atanh(0.4d0 * tanh(t))
    f = f + dim(t, 0.1d0 * i) + ddim(x(j), -2d0) + modulo(t, 1.7d0) * 0.25d0
    f = f + atan(t, 1.5d0 + x(j) * x(j)) + dprod(real(t), 1.5) * 1d-2
    f = f + anint(3 * t) * t + ceiling(2 * t, 8) * x(j) + dfloat(max1(real(t), 0.5)) * w
    f = f + amax0(i, k, 2) * t + dnint(t) + idim(i, k) * x(j)
  end do
end subroutine

subroutine spec(n, x, w, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), w
  real(8), intent(out) :: f
  f = 0d0
  call term(n, x, w, 2, f)
  call term(n, x, 0.5d0 * w, 3, f)
end subroutine
