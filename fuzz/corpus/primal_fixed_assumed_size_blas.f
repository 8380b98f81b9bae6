c     The Fortran 77 BLAS idiom: assumed-size dummies X(*) and
c     A(LDA,*), a leading dimension larger than the rows used, and
c     columns passed as A(1,J) (and a part of a column as A(I,J)) to
c     a routine that takes a vector with a stride.
      PROGRAM FBLAS
      INTEGER LDA, M, N
      PARAMETER (LDA = 5, M = 3, N = 4)
      DOUBLE PRECISION A(LDA, N), X(N), Y(M), DDOT
      EXTERNAL DDOT
      INTEGER I, J
      DO 20 J = 1, N
         X(J) = 1.0D0/DBLE(J)
         DO 10 I = 1, LDA
            A(I,J) = DBLE(I) - 0.5D0*DBLE(J)
   10    CONTINUE
   20 CONTINUE
      CALL DGEMV(M, N, A, LDA, X, Y)
      PRINT *, Y(1), Y(2), Y(3)
c     a row of A: stride LDA through the column-major storage
      PRINT *, DDOT(N, A(2,1), LDA, X, 1)
c     column 3 with itself, and the lower part of column 2
      PRINT *, DDOT(M, A(1,3), 1, A(1,3), 1), DDOT(2, A(2,2), 1, X, 1)
      CALL DSCAL(M, 2.0D0, A(1,N), 1)
      PRINT *, A(1,N), A(M,N), A(M+1,N)
      END

      SUBROUTINE DGEMV(M, N, A, LDA, X, Y)
      INTEGER M, N, LDA
      DOUBLE PRECISION A(LDA,*), X(*), Y(*)
      INTEGER I, J
      DO 10 I = 1, M
         Y(I) = 0.0D0
   10 CONTINUE
      DO 30 J = 1, N
         DO 20 I = 1, M
            Y(I) = Y(I) + A(I,J)*X(J)
   20    CONTINUE
   30 CONTINUE
      END

      DOUBLE PRECISION FUNCTION DDOT(N, DX, INCX, DY, INCY)
      INTEGER N, INCX, INCY
      DOUBLE PRECISION DX(*), DY(*)
      INTEGER I, IX, IY
      DDOT = 0.0D0
      IX = 1
      IY = 1
      DO 10 I = 1, N
         DDOT = DDOT + DX(IX)*DY(IY)
         IX = IX + INCX
         IY = IY + INCY
   10 CONTINUE
      END

      SUBROUTINE DSCAL(N, DA, DX, INCX)
      INTEGER N, INCX
      DOUBLE PRECISION DA, DX(*)
      INTEGER I
      DO 10 I = 1, N*INCX, INCX
         DX(I) = DA*DX(I)
   10 CONTINUE
      END
