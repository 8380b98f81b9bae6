C     DO WHILE in fixed form, closed by END DO and by a labelled CONTINUE.
      SUBROUTINE DW(X, N)
      INTEGER N, K
      DOUBLE PRECISION X
      K = 0
      DO WHILE (X .GT. 1.0D0)
         X = X/2
         K = K + 1
      END DO
      DO 10 WHILE (K .GT. 0)
         K = K - 1
   10 CONTINUE
      N = K
      END
