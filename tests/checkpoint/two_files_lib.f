C     The library half of two_files_main.f: LINPACK style, A(LDA,*).
      SUBROUTINE SCALE(N, A, LDA, B)
      INTEGER N, LDA, I
      DOUBLE PRECISION A(LDA, *), B(N)
      DO 10 I = 1, N
         CALL DSC(N, A(1, I), B(I))
   10 CONTINUE
      END
      SUBROUTINE DSC(N, X, S)
      INTEGER N, I
      DOUBLE PRECISION X(*), S
      DO 20 I = 1, N
         S = S + X(I)*X(I)
         X(I) = 0.5D0*X(I)
   20 CONTINUE
      END
