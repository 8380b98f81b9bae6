C stad: --head 'poly(y)/(x)'
C     DATA constants used in active code: polynomial coefficients and a weight table.
      SUBROUTINE POLY(X, Y)
      DOUBLE PRECISION X, Y, COEF(4), W
      INTEGER K
      DATA COEF /1.0D0, -0.5D0, 0.25D0, 0.125D0/, W /2.0D0/
      Y = 0.0D0
      DO 10 K = 4, 1, -1
         Y = Y * X + W * COEF(K)
   10 CONTINUE
      END
