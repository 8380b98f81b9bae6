c     Fixed form reads only columns 1-72: columns 73-80 held card
c     sequence numbers, which the compiler must ignore (here they
c     would otherwise be syntax errors or change values).
      PROGRAM COLS                                                      COLS0010
      DOUBLE PRECISION X, Y                                             COLS0020
      INTEGER I                                                         COLS0030
      X = 1.5D0                                                         1.0D0
      Y = 2.0D0*X + 0.25D0                                              *100
      DO 10 I = 1, 3                                                    COLS0060
         Y = Y + DBLE(I)*X                                              COLS0070
   10 CONTINUE                                                          COLS0080
      PRINT *, X,                                                       COLS0090
     &         Y                                                        COLS0100
      END                                                               COLS0110
