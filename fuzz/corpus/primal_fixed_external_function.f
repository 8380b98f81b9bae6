c     F77-style external functions: a typed declaration plus an
c     EXTERNAL statement (DOUBLE PRECISION F / EXTERNAL F), REAL*8
c     with EXTERNAL, an INTEGER function, a function typed only by the
c     implicit rule (called through a DOUBLE PRECISION conversion),
c     and functions calling functions.
      PROGRAM EXTFUN
      DOUBLE PRECISION F, X, Y
      EXTERNAL F
      REAL*8 G
      EXTERNAL G
      INTEGER ICUBE
      EXTERNAL ICUBE
      X = 0.8D0
      Y = F(X) + G(X, 2)
      PRINT *, F(X), G(X, 2), Y
      PRINT *, ICUBE(3), ICUBE(-2), F(G(X, ICUBE(1)))
      PRINT *, DBLE(HALF(5.0))
      END

      DOUBLE PRECISION FUNCTION F(X)
      DOUBLE PRECISION X
      F = X*X - 0.5D0*X + 1.0D0
      END

      REAL*8 FUNCTION G(X, N)
      REAL*8 X
      INTEGER N
      DOUBLE PRECISION F
      EXTERNAL F
      G = F(X)**N - X
      RETURN
      END

      INTEGER FUNCTION ICUBE(K)
      INTEGER K
      ICUBE = K*K*K
      END

      FUNCTION HALF(V)
      HALF = V/2.0
      END
