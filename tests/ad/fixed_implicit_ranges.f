c stad: --head 'fimpr(f)/(x)' --set n=4
c     Derivatives of F77 code typed by IMPLICIT letter ranges: IMPLICIT
c     DOUBLE PRECISION (A-H, O-Z) in the head, IMPLICIT REAL*8 (A-H,O-Z)
c     with IMPLICIT INTEGER (I-N) in a callee, a function typed by the
c     rule and named by EXTERNAL, intrinsics named by INTRINSIC, and a
c     SAVE'd local reset on every call.
      SUBROUTINE FIMPR(N, X, F)
      IMPLICIT DOUBLE PRECISION (A-H, O-Z)
      DIMENSION X(N)
      EXTERNAL PHI
      INTRINSIC DSQRT, DEXP
      SAVE ACC
      ACC = 0.0D0
      DO 10 I = 1, N
         ACC = ACC + PHI(X(I), I)*DSQRT(1.0D0 + X(I)**2)
   10 CONTINUE
      CALL MIX(N, X, ACC, F)
      F = F + DEXP(-ACC/N)
      END

      DOUBLE PRECISION FUNCTION PHI(Y, K)
      IMPLICIT REAL*8 (A-H,O-Z)
      IMPLICIT INTEGER (I-N)
      PHI = Y
      TERM = Y
      DO 20 J = 2, K
         TERM = TERM*Y/J
         PHI = PHI + TERM
   20 CONTINUE
      END

      SUBROUTINE MIX(N, X, A, B)
      IMPLICIT REAL*8 (A-H, O-Z)
      DIMENSION X(N)
      B = A
      DO 30 M = 1, N - 1
         B = B + X(M)*X(M + 1)*A
   30 CONTINUE
      END
