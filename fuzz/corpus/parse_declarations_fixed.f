C     F77 declarations: IMPLICIT with letter ranges, DIMENSION, PARAMETER, COMMON with
C     several blocks in one statement and blank common, EXTERNAL with a typed function,
C     SAVE.
      SUBROUTINE DECLS(A, N)
      IMPLICIT DOUBLE PRECISION (A-H, O-Z)
      IMPLICIT INTEGER (I-N)
      PARAMETER (NMAX = 10, NTWO = 2*NMAX)
      DIMENSION A(N), W(NMAX, NTWO)
      COMMON /BLK1/ X, Y /BLK2/ Z, /BLK3/ V(3)
      COMMON // P, Q(2)
      COMMON R
      EXTERNAL FUNC
      DOUBLE PRECISION FUNC
      SAVE W
      SAVE /BLK1/
      W(1, 1) = FUNC(A(1)) + X + Y + Z + V(1) + P + Q(2) + R
      A(N) = W(1, 1)
      END

      DOUBLE PRECISION FUNCTION FUNC(X)
      DOUBLE PRECISION X
      FUNC = X*X
      END
