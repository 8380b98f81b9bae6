c     A bare SAVE (every local SAVE'd) in routines with adjustable dummies
c     X(N), A(LDA,*) and an automatic array W(N), which it does not apply
c     to, and a counter ICOUNT that only implicit typing declares, after
c     the SAVE, and that it does apply to (trial s16: refused, then the
c     counter restarted at every call).
      PROGRAM BSAVE
      DOUBLE PRECISION X(4), A(5, 3), F
      INTEGER I, J
      DO 10 I = 1, 4
         X(I) = 0.5D0*I - 1.0D0
 10   CONTINUE
      DO 20 J = 1, 3
         DO 20 I = 1, 5
            A(I, J) = DBLE(I + 2*J)/7.0D0
 20   CONTINUE
      DO 30 I = 1, 3
         CALL ACC(I, 4, X, 5, A, F)
         PRINT *, I, F
 30   CONTINUE
      END

      SUBROUTINE ACC(IFIRST, N, X, LDA, A, F)
      INTEGER IFIRST, N, LDA
      DOUBLE PRECISION X(N), A(LDA, *), F, W(N), TOTAL
      SAVE
      IF (IFIRST .EQ. 1) THEN
         ICOUNT = 0
         TOTAL = 0.0D0
      ENDIF
      DO 10 I = 1, N
         W(I) = X(I)*A(I, MOD(I, 3) + 1)
 10   CONTINUE
      ICOUNT = ICOUNT + 1
      TOTAL = TOTAL + W(1) + W(N)
      F = TOTAL/ICOUNT
      END
