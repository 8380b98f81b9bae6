C     DATA statements: scalars, whole arrays, elements, repeat counts, logicals, SAVE semantics.
      PROGRAM DTEST
      DOUBLE PRECISION A(3), B, C(2,2), S
      INTEGER N, I
      LOGICAL FIRST
      DATA A /1.0D0, 2.5D0, -3.0D0/, B /0.5D0/
      DATA N /3/, FIRST /.TRUE./
      DATA C(1,1), C(2,1) /1.5D0, 7.0D0/, C(1,2), C(2,2) /2*0.25D0/
      S = 0.0D0
      DO 10 I = 1, N
         S = S + A(I) * B
   10 CONTINUE
      PRINT *, S, C(1,1), C(2,1), C(2,2), FIRST
      CALL TICK
      CALL TICK
      END
      SUBROUTINE TICK
      INTEGER K
      DATA K /10/
      K = K + 1
      PRINT *, K
      END
