c stad: --head 'lord(f)/(x)' --set n=4
c     F77 statement order gfortran -std=legacy takes, in a differentiated
c     routine: a FORMAT among the declarations and before a statement
c     function, old-style initialisation in type statements (C, D, K) and
c     a DATA statement after the executable statements that read C2.
      SUBROUTINE LORD(N, X, F)
      IMPLICIT DOUBLE PRECISION (A-H,O-Z)
  100 FORMAT (' F = ', F12.6)
      DIMENSION X(N)
      DOUBLE PRECISION C /2.5D0/, D(3) /1.D0, 2.D0, 3.D0/
      INTEGER K /2/
      SQ(A) = A*A + C2*A
      F = 0.D0
      DO 10 I = 1, N
         F = F + SQ(X(I)) * D(MOD(I, 3) + 1)
   10 CONTINUE
      F = F + C*X(1)*X(K)
      DATA C2 /3.D0/
      END
