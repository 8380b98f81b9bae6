! stad: --head 'specific(y)/(x)'
! The double precision specific names: DSIN DCOS DTAN DASIN DACOS DATAN DATAN2 DSINH DCOSH
! DTANH DEXP DLOG DLOG10 DSQRT DABS DSIGN DMAX1 DMIN1 DMOD, and IDINT/IDNINT for indices.
subroutine specific(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(5)
  integer :: i, j
  y(1) = dsin(x(1)) + dcos(x(2)) * dtan(0.5d0 * x(3))
  y(2) = dasin(0.5d0 * x(1)) * dacos(0.5d0 * x(2)) + datan(x(3)) + datan2(x(1), x(2))
  y(3) = dsinh(x(1)) - dcosh(x(2)) + dtanh(x(3)) + dexp(x(1) * x(2))
  y(4) = dlog(x(1)) + dlog10(x(2)) * dsqrt(x(3)) + dabs(x(1) - 2.0d0)
  i = idint(x(1) + 1.0d0)
  j = idnint(x(2) + 2.2d0)
  y(5) = dsign(x(3), x(1)) + dmax1(x(1), x(2), 1.7d0) * dmin1(x(3), 0.2d0, x(2)) &
       + dmod(x(i), 0.35d0) + dble(j) * x(3)
end subroutine specific
