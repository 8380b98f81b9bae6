c     IF in fixed form: block IF with .GT. .LT. .EQ. .NE. .GE. .LE.,
c     ELSE IF and ELSE, ENDIF and END IF, logical IF with an
c     assignment and a CALL, nested block IFs inside a labelled DO.
      PROGRAM FIFORM
      DOUBLE PRECISION X, Y
      INTEGER I, N
      N = 0
      DO 10 I = -3, 3
         X = 0.5D0*DBLE(I)
         IF (X .LT. -1.0D0) THEN
            Y = -1.0D0
         ELSE IF (X .LE. 0.0D0) THEN
            Y = X*X
         ELSE IF (X .EQ. 0.5D0) THEN
            Y = 100.0D0
         ELSE
            Y = SQRT(X)
         ENDIF
         IF (I .NE. 0) N = N + I*I
         IF (Y .GE. 1.0D0) CALL BUMP(N)
         IF (I .GT. 1) THEN
            IF (MOD(I, 2) .EQ. 0) THEN
               N = N + 1000
            END IF
         END IF
         PRINT *, I, X, Y
   10 CONTINUE
      PRINT *, N
      END

      SUBROUTINE BUMP(N)
      INTEGER N
      N = N + 100
      END
