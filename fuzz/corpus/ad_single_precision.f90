! stad: --head 'single(y)/(x)'
! Default REAL (single precision) arguments and locals, with single-precision intrinsics
! and a DBLE round trip.
subroutine single(x, y)
  implicit none
  real, intent(in) :: x(2)
  real, intent(out) :: y(2)
  real :: t
  t = sin(x(1)) * x(2)
  y(1) = t * t + sqrt(x(2))
  y(2) = real(dble(x(1)) * 2.0d0) + exp(-t)
end subroutine single
