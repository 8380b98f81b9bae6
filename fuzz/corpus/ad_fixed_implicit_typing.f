c stad: --head 'impl(y)/(x)' --set n=4
c     Fixed form with implicit typing: the counters I and K (I-N are
c     INTEGER) and the default REAL R are not declared; R holds a
c     passive count; the active values are DOUBLE PRECISION.
      SUBROUTINE IMPL(N, X, Y)
      INTEGER N
      DOUBLE PRECISION X(N), Y
      DOUBLE PRECISION T
      K = 0
      Y = 0
      DO 10 I = 1, N
         K = K + I
         T = X(I) * DBLE(K)
         Y = Y + T * X(1)
   10 CONTINUE
      R = FLOAT(K)
      Y = Y / DBLE(R)
      END
