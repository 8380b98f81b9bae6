! Exponential, logarithmic, hyperbolic and square-root intrinsics on REAL(8): EXP LOG LOG10
! SQRT SINH COSH TANH, their specific names DEXP DLOG DLOG10 DSQRT DSINH DCOSH DTANH, and the
! single-precision specific names ALOG and ALOG10 at arguments where they are exact.
program intrinsics_exp_log
  implicit none
  real(8) :: x
  real :: r
  integer :: i

  do i = -2, 3
    x = 0.7d0 * i + 0.05d0
    print *, x, exp(x), sinh(x), cosh(x), tanh(x)
  end do
  do i = 1, 5
    x = 0.3d0 * i * i
    print *, x, log(x), log10(x), sqrt(x)
  end do
  x = 1.75d0
  print *, dexp(x), dlog(x), dlog10(x), dsqrt(x), dsinh(x), dcosh(x), dtanh(x)
  print *, log(exp(2.5d0)), exp(log(2.5d0)), log10(1000.0d0), sqrt(2.0d0)**2
  print *, log(1.0d0), exp(0.0d0), sqrt(0.0d0), tanh(20.0d0), tanh(-20.0d0)

  ! single precision: natural and decimal logs of exact powers
  r = 1.0
  print *, dble(alog(r)), dble(alog10(100.0)), dble(alog10(0.001)), dble(log10(r * 1.0e4))
  r = 4.0
  print *, dble(sqrt(r)), dble(sqrt(r * 0.5625))
end program intrinsics_exp_log
