c stad: --head 'lbl(s)/(x)' --set n=4
c     Fixed form labelled DO loops: nested loops ending on separate
c     CONTINUE statements, a negative step, and a loop ending on an
c     assignment instead of CONTINUE.
      SUBROUTINE LBL(N, X, S)
      INTEGER N
      DOUBLE PRECISION X(N), S
      INTEGER I, J
      S = 0.0D0
      DO 20 I = 1, N
         DO 10 J = I, N
            S = S + X(I) * X(J) * 0.25D0
   10    CONTINUE
   20 CONTINUE
      DO 30 I = N, 1, -2
   30 S = S * (1.0D0 + 0.1D0 * SIN(X(I)))
      END
