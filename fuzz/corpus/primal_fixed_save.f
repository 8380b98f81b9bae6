c     SAVE in fixed form: a SAVE statement naming a scalar and an
c     array, kept from one call to the next; the first call (IFIRST
c     = 1) initialises them, so no initial value is assumed.
      PROGRAM FSAVE
      INTEGER I, NC
      DOUBLE PRECISION AVG
      DO 10 I = 1, 6
         CALL TRACK(I, DBLE(I)*0.75D0 - 1.0D0, AVG, NC)
         PRINT *, I, NC, AVG
   10 CONTINUE
      END

      SUBROUTINE TRACK(IFIRST, X, AVG, NC)
      INTEGER IFIRST, NC
      DOUBLE PRECISION X, AVG
      INTEGER NCALL
      DOUBLE PRECISION LAST(3)
      SAVE NCALL, LAST
      IF (IFIRST .EQ. 1) THEN
         NCALL = 0
         LAST(1) = 0.0D0
         LAST(2) = 0.0D0
         LAST(3) = 0.0D0
      ENDIF
      NCALL = NCALL + 1
      LAST(3) = LAST(2)
      LAST(2) = LAST(1)
      LAST(1) = X
      AVG = (LAST(1) + LAST(2) + LAST(3))/3.0D0
      NC = NCALL
      END
