C     Program units in fixed form: a main program, a SUBROUTINE, typed FUNCTIONs
C     (REAL*8 FUNCTION, DOUBLE PRECISION FUNCTION) and plain END statements.
      PROGRAM UNITS
      DOUBLE PRECISION X, Y, TWICE, HALF
      EXTERNAL TWICE, HALF
      X = 3.0D0
      CALL SHOW(X)
      Y = TWICE(X) + HALF(X)
      PRINT *, Y
      END

      SUBROUTINE SHOW(X)
      DOUBLE PRECISION X
      PRINT *, X
      RETURN
      END

      REAL*8 FUNCTION TWICE(X)
      REAL*8 X
      TWICE = 2*X
      END

      DOUBLE PRECISION FUNCTION HALF(X)
      DOUBLE PRECISION X
      HALF = X/2
      END FUNCTION HALF
