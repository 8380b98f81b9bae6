C     A CARD DECK WITH SEQUENCE NUMBERS IN COLUMNS 73-80 AND A SYNTAX   SEQ00010
C     ERROR: THE ERROR DOES NOT BLAME THE LINE LENGTH (THE SEQUENCE     SEQ00020
C     FIELD IS NOT CODE CUT OFF).                                       SEQ00030
      SUBROUTINE S(N, W, T)                                             SEQ00040
      INTEGER N, I                                                      SEQ00050
      DOUBLE PRECISION W(N), T(N)                                       SEQ00060
      DO 20 I = 2, N-1                                                  SEQ00070
         W(I) = 0.25D0*(T(I-1) + T(I+1)                                 SEQ00080
   20 CONTINUE                                                          SEQ00090
      END                                                               SEQ00100
