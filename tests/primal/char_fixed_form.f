C     CHARACTER in F77 style: CHARACTER*n, name*n entities, CHARACTER*(*) dummies, DATA for a
C     string, a task switch tested with .EQ. and .NE. on substrings, LLT/LGT, INDEX.
      PROGRAM MAIN
      DOUBLE PRECISION X, F
      CHARACTER*60 TASK
      CHARACTER*4 CSAVE, WORD*10
      INTEGER IT
      DATA CSAVE /'NONE'/
      X = 1.25D0
      F = 0.0D0
      TASK = 'START'
      DO 10 IT = 1, 6
         CALL SETULB(X, F, TASK, CSAVE)
         IF (TASK(1:2) .EQ. 'FG') THEN
            F = F + X*X
         ELSE IF (TASK(1:5) .EQ. 'NEW_X') THEN
            X = X - 0.1D0*F
         ELSE IF (TASK(1:4) .EQ. 'CONV') THEN
            GO TO 20
         END IF
   10 CONTINUE
   20 CONTINUE
      WORD = 'abc' // CSAVE
      PRINT *, X, F, IT, INDEX(WORD, 'NEW'), LEN(WORD), LEN_TRIM(WORD)
      IF (LLT(WORD, 'abd') .AND. LGT(WORD, 'ab')) PRINT *, 1
      END
      SUBROUTINE SETULB(X, F, TASK, CSAVE)
      DOUBLE PRECISION X, F
      CHARACTER*(*) TASK
      CHARACTER*4 CSAVE
      IF (TASK(1:5) .EQ. 'START') THEN
         TASK = 'FG_START'
      ELSE IF (TASK(1:2) .EQ. 'FG') THEN
         TASK = 'NEW_X'
      ELSE IF (F .GT. 3.0D0) THEN
         TASK = 'CONVERGENCE'
      ELSE
         TASK = 'FG_LNSRCH'
      END IF
      IF (TASK(1:2) .NE. 'FG') CSAVE = TASK(1:4)
      END
