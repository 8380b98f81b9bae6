C     A fixed-form line that goes past column 72: the syntax error says why.
      SUBROUTINE S(N, W, T)
      INTEGER N, I
      DOUBLE PRECISION W(N), T(N)
      DO 20 I = 2, N-1
         W(I) = 0.25D0*T(I-1) + 0.5D0*T(I) + 0.25D0*T(I+1) + 0.1D0*DSIN(T(I))
   20 CONTINUE
      END
