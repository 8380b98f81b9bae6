! The specific names of the complex intrinsics: DCMPLX, CDEXP/ZLOG/CDSQRT/CDSIN/ZCOS/DCONJG,
! CDABS/ZABS/DIMAG/DREAL for COMPLEX(8), CEXP/CSQRT/CSIN/CCOS/CABS for COMPLEX (CLOG of a
! COMPLEX(4) value is left out: it differs from gfortran's by 2 ulps, see the README).
program t7
  implicit none
  complex(8) :: z
  complex :: s
  z = dcmplx(0.3d0, -1.2d0)
  s = (0.5, 0.75)
  print *, cdexp(z), zlog(z), cdsqrt(z), cdsin(z), zcos(z), dconjg(z)
  print *, cdabs(z), zabs(z), dimag(z), dreal(z)
  print *, cexp(s), csqrt(s), csin(s), ccos(s), cabs(s)
end program t7
