! COMPLEX scalars: literals (mixed kinds), CMPLX with KIND, + - * / (Smith's division, as
! libgcc's, checked on COMPLEX(4) where it differs from the textbook formula), mixed
! real/integer/complex operands, ** (constant integer, negative, complex and real exponents),
! REAL/AIMAG/DBLE/ABS/CONJG/EXP/LOG/SQRT/SIN/COS, == and /=, and gfortran's values on the
! branch cuts: SQRT of -4 with +0 and -0 imaginary parts, SQRT(0), LOG(-1).
program t1
  implicit none
  integer, parameter :: dp = kind(1.0d0)
  complex(dp) :: z, w, u(4)
  complex :: s
  real(dp) :: x
  integer :: i
  z = (1.5d0, -2.0d0)
  w = cmplx(0.3d0, 0.7d0, kind=dp)
  s = (1.0, 2.0)
  x = 0.25d0
  print *, z*w, z/w, z+w, z-w
  print *, abs(z), real(z), aimag(z), dble(w)
  print *, conjg(z), exp(z), log(z), sqrt(z)
  print *, sin(w), cos(w), z**3, z**(-2), z**w, z**x
  print *, s*s, real(s/(3.0, -1.0), 8), aimag(s/(3.0, -1.0)), abs(s)
  print *, z == w, z /= w, z == z
  do i = 1, 4
    u(i) = cmplx(i, -i, kind=dp) * w
  end do
  u = u * z + x
  print *, sum(u), dot_product(u, u), sum(abs(u))
  z = z * w + z
  print *, z
  print *, sqrt((-4d0, 0d0)), sqrt((-4d0, -0d0)), sqrt((0d0, 0d0)), log((-1d0, 0d0))
  print *, 2*z, z*2, x*z - 1, 1/z, -z
end program t1
