c     Names that are also keywords, in fixed form: variables called
c     DATA, RESULT, LEN, SAVE, STOP, CALL and EXIT, and a subroutine
c     argument called RETURN; statements starting with such a name
c     are assignments.
      PROGRAM KWNAME
      DOUBLE PRECISION DATA(3), RESULT, SAVE
      INTEGER LEN, STOP, CALL, EXIT, I
      LEN = 3
      DO 10 I = 1, LEN
         DATA(I) = 0.5D0*DBLE(I) + 0.25D0
   10 CONTINUE
      RESULT = DATA(1) + DATA(2)*DATA(3)
      SAVE = RESULT/DBLE(LEN)
      STOP = LEN*2
      CALL = STOP + 1
      EXIT = CALL - LEN
      CALL TWICE(SAVE, RESULT)
      PRINT *, RESULT, SAVE
      PRINT *, LEN, STOP, CALL, EXIT
      END

      SUBROUTINE TWICE(X, RETURN)
      DOUBLE PRECISION X, RETURN
      RETURN = 2.0D0*X + RETURN
      RETURN
      END
