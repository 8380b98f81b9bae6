C     Keywords as names in fixed form, including the F77 favourites.
      PROGRAM KWF
      INTEGER IF, DO, END, GOTO, DATA, FORMAT, READ, REAL, ENDDO
      DOUBLE PRECISION CALL, PARAMETER(2), DIMENSION
      IF = 1
      DO = IF + 1
      END = DO * 2
      GOTO = END
      DATA = GOTO
      FORMAT = DATA
      READ = FORMAT
      REAL = READ
      ENDDO = REAL
      CALL = 1.5D0
      PARAMETER(1) = CALL
      PARAMETER(2) = 2*CALL
      DIMENSION = PARAMETER(1) + PARAMETER(2)
      IF (IF .EQ. 1) DO = 5
      DO 10 IF = 1, 3
         END = END + IF
   10 CONTINUE
      PRINT *, IF, DO, END, GOTO, DATA, FORMAT, READ, REAL, ENDDO
      PRINT *, CALL, DIMENSION
      END
