C A trial value thrown away when it is not a number: without --nan-safe the adjoint is NaN
C where the tangent is finite, and stad check says what to do (run_check_nan.sh).
      SUBROUTINE DISC(X, F)
      DOUBLE PRECISION X, F, T
      T = DSQRT(X - 2.D0)
      IF (T .EQ. T) THEN
         F = T
      ELSE
         F = X*X
      END IF
      END
