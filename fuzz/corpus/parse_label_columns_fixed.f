C     Labels anywhere in columns 1-5, a label on END DO and on ENDDO, a zero in
C     column 6 (not a continuation).
      SUBROUTINE LBL(N, S)
      INTEGER N, I, S
      S = 0
      DO 1 I = 1, N
    1 S = S + I
      DO 22 I = 1, N
         S = S + 1
22    END DO
      DO 333 I = 1, N
         S = S - 1
  333 ENDDO
     0S = S*2
      END
