C stad: --head 'fails(f)/(x)' --set n=3 --nan-safe
C A failed trial leaves NaN values that statements without a partial of their own that could be
C infinite or NaN read (U = T*X with T = SQRT(X - 2) NaN; a failed Newton iteration's every
C statement), and the code throws them away. Their adjoint weight is 0, and 0 * T is NaN: the
C default guard (discarded_trials) does not cover it, --nan-safe does, at a cost (README).
      SUBROUTINE FAILS(N, X, F)
      INTEGER N, I
      DOUBLE PRECISION X(N), F, G
      F = 0.D0
      DO 10 I = 1, N
         CALL TRIAL(X(I), G)
         F = F + G*X(I)
   10 CONTINUE
      END

      SUBROUTINE TRIAL(X, F)
      DOUBLE PRECISION X, F, T, U, V
      T = DSQRT(X - 2.D0)
      U = T*X
      V = U*U + 3.D0*U*X
      IF (V .EQ. V) THEN
         F = V
      ELSE
         F = X*X
      END IF
      END
