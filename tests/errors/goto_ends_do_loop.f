C     A GO TO cannot be the statement that ends a DO loop (as gfortran says).
      SUBROUTINE ENDGO(A, N)
      INTEGER N, I
      DOUBLE PRECISION A(N)
      DO 10 I = 1, N
         A(I) = A(I) + 1.0D0
   10 IF (A(I) .GT. 5.0D0) 20, 20, 20
   20 CONTINUE
      END
