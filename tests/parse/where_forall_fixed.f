C     WHERE and FORALL in fixed form, where blanks do not separate words:
C     WHERE(M), ELSEWHERE, ENDWHERE, FORALL(...) and ENDFORALL glued.
      SUBROUTINE S(N, A, B)
      INTEGER N, I
      DOUBLE PRECISION A(N), B(N)
      WHERE(A .GT. 0) A = 1
      WHERE(A .GT. 0)
         A = 2
      ELSEWHERE(B .GT. 0)
         A = 3
      ELSEWHERE
         A = 4
      ENDWHERE
      FORALL(I = 1:N) B(I) =
     &   A(I) * 2
      FORALL(I = 1:N, A(I) .GT. 1)
         B(I) = A(I)
      ENDFORALL
      END
