C     Fixed form: ELSE IF (...) THEN NAME with the name on a continuation line after a
C     full line (THEN in columns 69-72): blanks are not separators in fixed form, so the
C     statement reads THENCHK, which is THEN CHK.
      SUBROUTINE NAMED(X, K)
      INTEGER K
      DOUBLE PRECISION X
      CHK: IF (K .GT. 1) THEN
         X = 1.0D0
      ELSE IF (K .EQ. 0 .AND. X .GT. 2.0D0 .AND. X .LT. 9.5D0)      THEN
     &CHK
         X = 2.0D0
      END IF CHK
      END
