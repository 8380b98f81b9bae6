c stad: --head 'top(f)/(x a)' --set n=4 --set lda=5 --set a=3
c     A bare SAVE in a callee with adjustable dummies and an automatic
c     array (which it does not apply to): its SAVE'd table is filled on
c     the first call only (DATA'd flag), so the function is the same at
c     every call and differences can check it.
      SUBROUTINE TOP(N, X, LDA, A, F)
      INTEGER N, LDA
      DOUBLE PRECISION X(N), A(LDA, *), F, G
      CALL ACC(N, X, LDA, A, F)
      CALL ACC(N, X, LDA, A, G)
      F = F*G
      END

      SUBROUTINE ACC(N, X, LDA, A, F)
      INTEGER N, LDA
      DOUBLE PRECISION X(N), A(LDA, *), F, W(N), TAB(3)
      LOGICAL FIRST
      DATA FIRST /.TRUE./
      SAVE
      IF (FIRST) THEN
         DO 5 K = 1, 3
            TAB(K) = 1.0D0/K
 5       CONTINUE
         FIRST = .FALSE.
      ENDIF
      DO 10 I = 1, N
         W(I) = SIN(X(I))*A(I, MOD(I, 3) + 1)*TAB(MOD(I, 3) + 1)
 10   CONTINUE
      F = 0.0D0
      DO 20 I = 1, N
         F = F + W(I)*X(N + 1 - I)
 20   CONTINUE
      END
