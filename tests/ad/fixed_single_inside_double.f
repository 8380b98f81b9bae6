C stad: --head 'satcost(f)/(x)' --set n=5
C     Single-precision physics inside a DOUBLE PRECISION cost (old models): REAL temporaries and
C     a REAL array carry the derivative, so tangent and adjoint agree only to single precision;
C     stad check must say so and judge at that precision (it reported MISMATCH before).
      SUBROUTINE SATCOST(N, X, F)
      INTEGER N, I
      DOUBLE PRECISION X(N), F
      REAL T, Q(20)
      F = 0.0D0
      DO 10 I = 1, N
         T = X(I)
         Q(I) = 6.112*EXP(17.67*T/(T + 243.5))
         F = F + DBLE(Q(I))*X(I)
   10 CONTINUE
      CALL SCALE(N, Q, F)
      END

      SUBROUTINE SCALE(N, Q, F)
      INTEGER N, I
      REAL Q(N)
      DOUBLE PRECISION F
      DO 20 I = 1, N
         F = F + 0.5D0*Q(I)**2
   20 CONTINUE
      END
