C     IF chains in fixed form, with the condition continued on the next line.
      SUBROUTINE IFS(X, Y)
      DOUBLE PRECISION X, Y
      IF (X .GT. 0.0D0 .AND.
     &    Y .GT. 0.0D0) THEN
         Y = X
      ELSE IF (X .LT. 0.0D0) THEN
         Y = -X
      ELSEIF (X .EQ. 0.0D0) THEN
         Y = 0
      ELSE
         Y = 1
      ENDIF
      IF (Y .GT. 1.0D1) Y = 1.0D1
      END
