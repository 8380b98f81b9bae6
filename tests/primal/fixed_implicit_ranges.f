c     IMPLICIT with letter ranges as old codes write it: IMPLICIT
c     DOUBLE PRECISION (A-H, O-Z) with the I-N rule kept, IMPLICIT
c     REAL*8 (A-H,O-Z) plus IMPLICIT INTEGER (I-N), several ranges and
c     a single letter (IMPLICIT LOGICAL (L), INTEGER*8 (K)), the rule
c     typing dummies, locals and function results; an explicit
c     declaration overrides it; INTRINSIC names intrinsics and EXTERNAL
c     (statement and attribute) names the user's functions.
      PROGRAM FIMPR
      IMPLICIT DOUBLE PRECISION (A-H, O-Z)
      LOGICAL LPOS
      INTRINSIC DSQRT, DEXP
      EXTERNAL POLY
      X = 0.5D0
      N = 4
      S = 0.0D0
      DO 10 I = 1, N
         S = S + DSQRT(X*I) + POLY(X, I)
   10 CONTINUE
      CALL SCALE2(S, T, LPOS)
      PRINT *, S, T, LPOS, N
      PRINT *, DEXP(-X), BIGSUM(3)
      END

      DOUBLE PRECISION FUNCTION POLY(X, K)
      IMPLICIT REAL*8 (A-H,O-Z)
      IMPLICIT INTEGER (I-N)
      POLY = 1.0D0
      TERM = 1.0D0
      DO 20 J = 1, K
         TERM = TERM*X
         POLY = POLY + TERM/J
   20 CONTINUE
      END

      SUBROUTINE SCALE2(A, B, LFLAG)
      IMPLICIT REAL*8 (A-H, O-Z), LOGICAL (L)
      REAL C
      C = 2.5
      B = A*C
      LFLAG = B .GT. A
      END

      FUNCTION BIGSUM(M)
      IMPLICIT DOUBLE PRECISION (B), INTEGER*8 (K)
      KTOT = 3000000000_8
      DO 30 K = 1, M
         KTOT = KTOT + K*1000000000
   30 CONTINUE
      BIGSUM = DBLE(KTOT)/1.0D9
      END
