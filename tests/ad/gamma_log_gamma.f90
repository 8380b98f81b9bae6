! stad: --head 'gam(f)/(x)'
! GAMMA and LOG_GAMMA (trial s16: refused): GAMMA' = GAMMA psi, LOG_GAMMA' = psi, psi from the
! generated code's own digamma (libm has none); arguments small and large, negative (between
! the poles: GAMMA < 0 and LOG_GAMMA = log|GAMMA|), an array, the GNU names DGAMMA and DLGAMA.
subroutine gam(x, f)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: f(5)
  real(8) :: v(3)
  f(1) = gamma(x(1)) * x(2) + gamma(0.1d0 * x(3))
  f(2) = log_gamma(25d0 * x(2)) - log_gamma(x(1) * x(3))
  f(3) = gamma(-x(1) - 0.2d0) + log_gamma(-2.1d0 - x(2))
  v = log_gamma(x + 3d0)
  f(4) = sum(v * x)
  f(5) = dgamma(x(3) + 7d0) * 1d-3 + dlgama(x(1))
end subroutine gam
