c stad: --head 'f77(s)/(x)' --set n=5
c     An F77 kernel: DO loops ended by an assignment, nested loops sharing
c     their terminal CONTINUE with a jump to it from the inner loop, an
c     arithmetic IF, a computed GO TO and a convergence loop of IF and
c     GO TO around a call.
      SUBROUTINE RELAX(A, R)
      DOUBLE PRECISION A, R
      R = R - 0.3D0 * (R * R - A)
      END

      SUBROUTINE F77(N, X, S)
      INTEGER N, I, J, K
      DOUBLE PRECISION X(N), S, R
      S = 0.0D0
      DO 10 I = 1, N
   10 S = S + X(I) * DBLE(I)
      DO 20 I = 1, N
         DO 20 J = 1, N
            IF (MOD(I, 2) .EQ. 0) GO TO 20
            S = S + X(I) * X(J) * 0.01D0
   20 CONTINUE
      DO 40 I = 1, N
         IF (X(I) - 1.0D0 + 0.2D0 * DBLE(I - 3)) 30, 40, 35
   30    S = S - X(I)
         GOTO 40
   35    S = S * (1.0D0 + 0.05D0 * X(I))
   40 CONTINUE
      DO 60 I = 1, N
         K = MOD(I, 3) + 1
         GO TO (51, 52, 53), K
   51    S = S + X(I)
         GO TO 60
   52    S = S * X(I)
         GO TO 60
   53    CALL RELAX(X(I), S)
   60 CONTINUE
      R = 1.0D0
      K = 0
   70 CALL RELAX(X(1) + 1.0D0, R)
      K = K + 1
      IF (K .LT. 200 .AND. ABS(R * R - X(1) - 1.0D0) .GT. 1.0D-12)
     &   GOTO 70
      S = S + R
      END
