c     DO WHILE ... END DO in fixed form (a Fortran 90 form that F77
c     codes use), with EXIT and CYCLE inside a labelled DO as well.
      PROGRAM FDOWHL
      DOUBLE PRECISION X, S
      INTEGER I, N
      X = 100.0D0
      N = 0
      DO WHILE (X .GT. 1.0D0)
         X = SQRT(X) - 0.5D0
         N = N + 1
      END DO
      PRINT *, N, X
      S = 0.0D0
      DO 10 I = 1, 50
         IF (MOD(I, 3) .EQ. 0) CYCLE
         IF (S .GT. 20.0D0) EXIT
         S = S + DBLE(I)*0.25D0
   10 CONTINUE
      PRINT *, I, S
      END
