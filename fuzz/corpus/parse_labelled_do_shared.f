C     Labelled DO loops: several loops sharing one terminal statement, terminal
C     statements that are not CONTINUE (an assignment, a logical IF), the comma form
C     DO 10, I = ..., labels anywhere in columns 1-5.
      SUBROUTINE LDO(A, N, S)
      INTEGER N, I, J
      DOUBLE PRECISION A(N, N), S
      DO 10 J = 1, N
      DO 10 I = 1, N
   10 A(I, J) = DBLE(I + J)
      S = 0
      DO 20, I = 1, N
         S = S + A(I, I)
20    IF (S .GT. 100) S = 100
      DO 30 J = 1, N
         DO 30 I = J, N, 2
            S = S - A(I, J)
 30         CONTINUE
      DO 40 I = N, 1, -1
   40 S = S + 1
      END
