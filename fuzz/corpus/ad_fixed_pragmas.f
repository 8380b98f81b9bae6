c stad: --head 'fprag(y)/(x)'
c     Fixed form checkpoint pragmas in both comment spellings (c$AD
c     and C$AD) before CALLs in a labelled loop.
      SUBROUTINE FPRAG(X, Y)
      DOUBLE PRECISION X(3), Y
      INTEGER I
      Y = 1.0D0
      DO 10 I = 1, 3
c$AD NOCHECKPOINT
         CALL FUPD(X(I), Y)
C$AD CHECKPOINT
         CALL FUPD(X(I) * Y, Y)
   10 CONTINUE
      END

      SUBROUTINE FUPD(A, B)
      DOUBLE PRECISION A, B
      B = B * 0.5D0 + A * A * 0.25D0
      END
