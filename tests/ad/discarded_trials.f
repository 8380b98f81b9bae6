C stad: --head 'trials(f)/(x)' --set n=4 --nan-safe
C Trial values thrown away when they are not numbers (a failed Newton step kept the old value,
C a line search backing off from an overflowed cost): SQRT, LOG and a real power of a negative
C number, an overflowing EXP, a division by zero. The value is dead, so its adjoint weight is 0,
C and the backward sweep multiplied that 0 by the NaN or infinite partial: a NaN adjoint where
C tangent and finite differences agree (s18 trial A F11). An increment whose weight is exactly 0
C adds nothing (ad/diffexpr.c).
      SUBROUTINE TRIALS(N, X, F)
      INTEGER N, I
      DOUBLE PRECISION X(N), F, G
      F = 0.D0
      DO 10 I = 1, N
         CALL TRIAL(X(I), G)
         F = F + G*X(I)
   10 CONTINUE
      END

      SUBROUTINE TRIAL(X, F)
      DOUBLE PRECISION X, F, T, W, R
      T = DSQRT(X - 2.D0)
      IF (T .EQ. T) THEN
         F = T
      ELSE
         F = X*X
      END IF
      T = DLOG(X - 5.D0) + (X - 3.D0)**1.5D0
      IF (T .EQ. T) F = F + T
      T = DEXP(1.D3/X)
      IF (T .LE. 1.D300) THEN
         F = F + T
      ELSE
         F = F + 3.D0*X
      END IF
      W = X
      R = (X + 1.D0)/(X - W)
      IF (ABS(R) .LT. 1.D10) THEN
         F = F + R
      ELSE
         F = F + DSIN(X)
      END IF
      END
