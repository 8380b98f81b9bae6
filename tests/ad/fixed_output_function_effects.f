! stad: --head 'monit(f)/(x)' --set n=5
C     A diagnostic WRITE or PRINT whose items reference functions that change a
C     COMMON accumulator or their argument (trial s16): derivative code drops the
C     output but must keep the function references, in a plain list, an implied
C     DO, a FORMAT'ted WRITE and an internal WRITE.
      SUBROUTINE MONIT(N, X, F)
      INTEGER N, I
      DOUBLE PRECISION X(N), F, ACC, TOTAL, SQ, Y
      CHARACTER*20 LABEL
      COMMON /D/ ACC
      ACC = 1.0D0
      WRITE (6, 100) TOTAL(X, N)
 100  FORMAT (' TOTAL ', 1PE12.4)
      PRINT *, 'SQUARES', (SQ(X(I)), I = 1, N)
      Y = X(2)
      WRITE (LABEL, '(F10.4)') SQ(Y)
      F = ACC + Y*X(1)
      END
      DOUBLE PRECISION FUNCTION TOTAL(X, N)
      INTEGER N, I
      DOUBLE PRECISION X(N), ACC
      COMMON /D/ ACC
      TOTAL = 0.0D0
      DO 10 I = 1, N
         TOTAL = TOTAL + X(I)
 10   CONTINUE
      ACC = ACC*TOTAL
      END
      DOUBLE PRECISION FUNCTION SQ(Y)
      DOUBLE PRECISION Y, ACC
      COMMON /D/ ACC
      ACC = ACC + SIN(Y)
      Y = Y*Y
      SQ = Y
      END
