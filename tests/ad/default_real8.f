c stad: --head 'r8(f)/(x)' --set n=4 --default-real-8
c     A model built with gfortran -fdefault-real-8 -fdefault-double-8
c     (stad --default-real-8): REAL and implicitly typed reals, a REAL
c     COMMON, constants without a D exponent and the default-real specific
c     intrinsics (FLOAT, ALOG, AMAX1) are all REAL(8), derivatives included.
      SUBROUTINE R8(N, X, F)
      REAL X(N), F
      COMMON /PAR/ C, W(2)
      C = 0.1
      W(1) = 1.5
      W(2) = 0.25
      F = 0.
      DO 10 I = 1, N
         CALL TERM(X(I), T)
   10 F = F + T * FLOAT(I)
      F = F + ALOG(1. + X(1)**2)
     &      + AMAX1(X(2), -9.) * SQRT(ABS(X(3)) + 1.)
      END

      SUBROUTINE TERM(XI, T)
      COMMON /PAR/ C, W(2)
      T = W(1) * SIN(XI) + C * XI**3 + W(2) * EXP(-XI)
      END
