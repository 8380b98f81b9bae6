C     Columns 73 and beyond are ignored in fixed form (old card sequence numbers).
      SUBROUTINE COL73(X, Y)
      DOUBLE PRECISION X, Y
      Y = 2.0D0                                                         12345678
      X = 1.0D0 + Y                                                     THIS TEXT IS IN COLUMNS 73-80 AND IGNORED
      END                                                               SEQ00040
