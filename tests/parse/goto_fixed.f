C     GO TO in fixed form: GOTO with the label glued (blanks do not separate
C     in fixed form), GO TO (...) K, arithmetic IF, a DO loop ended by a
C     labelled assignment, nested DOs sharing their CONTINUE with a GO TO it
C     from the inner loop, a loop made of IF and GO TO.
      SUBROUTINE FIXGO(A, N, K)
      INTEGER N, K, I, J
      DOUBLE PRECISION A(N)
      GOTO10
   10 GO TO (20, 30) K
   20 IF (A(1)) 30, 30, 40
   30 DO 35 I = 1, N
   35 A(I) = A(I) * 2.0D0
   40 DO 50 I = 1, N
         DO 50 J = 1, N
            IF (A(I) .LT. 0.0D0) GOTO 50
            A(J) = A(J) + 1.0D0
   50 CONTINUE
      I = 0
   60 I = I + 1
      IF (I .LT. N .AND. A(I) .LT. 5.0D0) GOTO 60
      SELECT CASE (I)
      CASE (1:2)
         K = 1
      CASE DEFAULT
         K = 2
      END SELECT
      END
