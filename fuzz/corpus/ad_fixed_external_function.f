c stad: --head 'fext(s)/(x)' --set n=5
c     Fixed form: an external FUNCTION declared by type in the caller
c     (DOUBLE PRECISION F, without EXTERNAL) used in a loop and in
c     a nested call, and an implicitly typed INTEGER function.
      SUBROUTINE FEXT(N, X, S)
      INTEGER N
      DOUBLE PRECISION X(N), S, GAUSS
      S = 0.0D0
      DO 10 I = 1, N
         S = S + GAUSS(X(I)) * X(IPICK(I, N))
   10 CONTINUE
      S = GAUSS(S * 0.1D0)
      END

      DOUBLE PRECISION FUNCTION GAUSS(Z)
      DOUBLE PRECISION Z
      GAUSS = EXP(-Z * Z)
      END

      FUNCTION IPICK(I, N)
      INTEGER I, N
      IPICK = N + 1 - I
      END
