C     Fixed-form statements outside the subset.
      SUBROUTINE OLD(X, N)
      DIMENSION X(N)
      CHARACTER*10 NAME
C     (DATA and READ are supported now)
C     (EQUIVALENCE is supported now)
C     (GO TO, computed GO TO and arithmetic IF are supported now)
   30 ASSIGN 40 TO K
      GO TO K, (30, 40)
   40 FORMAT (1X, F8.3)
      WRITE (6, 40) X(1)
C     (BACKSPACE is supported now)
      ENTRY NEW(X)
      PAUSE
      RETURN
      END
