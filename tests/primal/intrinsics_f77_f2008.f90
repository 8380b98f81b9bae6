! DIM/IDIM/DDIM, ANINT/DNINT, CEILING (with KIND), ERF/ERFC/DERF, HYPOT, ASINH/ACOSH/ATANH,
! MODULO (integer and real, signed zeros as gfortran), ATAN(y, x), DPROD, DFLOAT, AMAX0/AMIN0/MAX1/MIN1
program intr
  implicit none
  real(8) :: x(6) = [-2.5d0, -0.7d0, 0.0d0, 0.3d0, 1.5d0, 2.5d0]
  real :: s = 1.5, t = 2.25
  integer :: i, k
  do i = 1, 6
    print *, anint(x(i)), dnint(x(i)), ceiling(x(i)), ceiling(x(i), 8), dim(x(i), 0.2d0), ddim(x(i), -1d0)
    print *, erf(x(i)), erfc(x(i)), derf(x(i)), hypot(x(i), 1.25d0), asinh(x(i)), atanh(x(i) / 3)
    print *, modulo(x(i), 1.1d0), modulo(x(i), -1.1d0), modulo(7 - 3*i, 4), modulo(7 - 3*i, -4), atan(x(i), 0.5d0)
    print *, acosh(2 + abs(x(i))), idim(i, 3), dfloat(i), amax0(i, 3, 2), max1(s*i, t), amin0(i, 2), min1(s, t)
  end do
  print *, dprod(s, t), dprod(0.1, 0.3), modulo(-3.0, 3.0), modulo(3.0, -3.0), modulo(0.0, -1.0)
  k = ceiling(-0.5)
  print *, k, anint(-0.5), anint(0.5), nint(2.5), erf(0.5)
end program
