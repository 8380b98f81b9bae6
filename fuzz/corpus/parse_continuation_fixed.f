C     Fixed-form continuation: any character but blank or zero in column 6, comment
C     lines between continuation lines, a string continued across lines, a name split
C     at column 72 (a full line joins the next one directly).
      SUBROUTINE CONT(ALPHA, BETA, GAMMA)
      DOUBLE PRECISION ALPHA, BETA, GAMMA, XXXBETA
      ALPHA = BETA +
     1        GAMMA
      BETA = ALPHA *
C     a comment between continuation lines
     +       GAMMA
     $       + 1.0D0
      GAMMA = ALPHA + BETA + ALPHA + BETA + ALPHA + BETA + ALPHA + XXXBE
     &TA
      PRINT *, 'a string continued
     & on the next line'
      END
