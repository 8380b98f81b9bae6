c flags: -fdefault-real-8 -fdefault-double-8
c     A model built with gfortran -fdefault-real-8 -fdefault-double-8
c     (stad --default-real-8): REAL, COMPLEX, implicit reals, constants
c     without a D exponent and the default-real specific intrinsics are
c     8 bytes; REAL*4 stays 4; DOUBLE PRECISION stays 8.
      PROGRAM R8
      REAL A, B(3)
      REAL*4 S4
      DOUBLE PRECISION D
      COMPLEX Z
      INTEGER I, K
      COMMON /BLK/ A, B, K
      A = 0.1
      K = 3
      DO 10 I = 1, 3
   10 B(I) = A * FLOAT(I) + 1.0E-12
      X = 1.0 / 3.0
      S4 = 0.1
      D = 0.1
      Z = (0.1, 0.2) * (1.0, 3.0)
      CALL SUB(Y)
      PRINT *, A, B
      PRINT *, X, Y, S4, D
      PRINT *, REAL(Z), AIMAG(Z)
      PRINT *, ALOG(A), AMAX1(A, 0.05), SQRT(2.0), REAL(K) / 7.0
      PRINT *, SNGL(D) * 3.0, EXP(1.0)
c     CMPLX without KIND is default complex, 8-byte parts (its
c     temporaries were float: review at stop 18)
      Z = CMPLX(X, A) * (0.2, -0.4)
      PRINT *, REAL(Z), AIMAG(Z), ABS(CMPLX(X, B(2)) * Z)
c     REAL(x, 4) rounds to 4 bytes whatever the default (review)
      S4 = REAL(X, 4) * 0.3
      PRINT *, S4, REAL(A, KIND=4) * 0.3, REAL(D, 4) + X
      END

      SUBROUTINE SUB(Y)
      COMMON /BLK/ A, B(3), K
      Y = A + B(K) * 0.3
      END
