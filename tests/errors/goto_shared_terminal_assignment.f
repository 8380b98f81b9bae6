C     A GO TO from an outer loop to the statement that ends it and an inner
C     loop together: only a CONTINUE there means "end the outer iteration".
      SUBROUTINE SHARE(A, N, S)
      INTEGER N, I, J
      DOUBLE PRECISION A(N), S
      DO 10 I = 1, N
         IF (A(I) .LT. 0.0D0) GO TO 10
         DO 10 J = 1, N
   10 S = S + A(I) * A(J)
      END
