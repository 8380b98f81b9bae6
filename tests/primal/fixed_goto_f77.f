c     F77 control flow in fixed form: DO loops ended by an assignment and
c     by a logical IF, nested DO loops sharing one terminal CONTINUE with a
c     GO TO it from the inner loop (a jump from the outer one is refused), an
c     arithmetic IF, a computed GO TO, GOTO written in one word and a
c     search loop made of IF and GO TO.
      PROGRAM F77GO
      INTEGER I, J, K, N
      DOUBLE PRECISION A(6), S, T
      N = 6
      DO 10 I = 1, N
   10 A(I) = DBLE(I) * 1.5D0 - 4.0D0
      S = 0.0D0
      DO 20 I = 1, N
   20 IF (A(I) .GT. 0.0D0) S = S + A(I)
      PRINT *, S
      S = 0.0D0
      DO 30 I = 1, 4
         DO 30 J = 1, 3
            IF (MOD(I, 2) .EQ. 0) GO TO 30
            S = S + DBLE(I * J)
   30 CONTINUE
      PRINT *, S, I
      T = 0.0D0
      DO 50 I = 1, N
         IF (A(I)) 40, 50, 45
   40    T = T - A(I)
         GOTO 50
   45    T = T + 2.0D0 * A(I)
   50 CONTINUE
      PRINT *, T
      K = 0
      DO 70 I = 1, 7
         J = MOD(I, 3) + 1
         GOTO (61, 62, 63), J
   61    K = K + 1
         GO TO 70
   62    K = K + 10
         GO TO 70
   63    K = K + 100
   70 CONTINUE
      PRINT *, K
C     linear search with IF and GO TO
      I = 0
   80 I = I + 1
      IF (I .GT. N) GOTO 90
      IF (A(I) .LT. 2.0D0) GOTO 80
      PRINT *, 'found', I, A(I)
      GOTO 95
   90 PRINT *, 'not found'
   95 CONTINUE
      END
