c     Fixed-form continuation: any character other than blank or zero in column 6
c     continues the previous line (here &, 1, 2, +, $, *, a letter); a statement continued
c     over several lines (split between tokens), a continued CALL and a continued IF
c     condition.
      PROGRAM CONTIN
      DOUBLE PRECISION A, B, C, TOTAL
      INTEGER I
      A = 1.25D0 +
     &    2.5D0
      B = A*3.0D0
     1    - 0.5D0
     2    + A*A
     +    - 1.0D0/A
      C = 0.000123456D0
     $    * 2.0D0
      TOTAL = A + B + C + A*B + B*C + C*A + A*A + B*B + C*C + A*B*C
     *      + (A - B)*(B - C) + 1.0D0/A + 1.0D0/B + SQRT(A) + SQRT(B)
     X      + 2.0D0
      PRINT *, A, B, C
      PRINT *, TOTAL
      CALL ADDTO(TOTAL,
     &           A,
     &           3)
      PRINT *, TOTAL
      DO 10 I = 1, 4
         IF (I .GT. 1 .AND.
     &       I .LT. 4) THEN
            TOTAL = TOTAL - I*A
         ENDIF
   10 CONTINUE
      PRINT *, TOTAL
      END

      SUBROUTINE ADDTO(T, X, N)
      DOUBLE PRECISION T, X
      INTEGER N
      T = T + X*
     &DBLE(N)
      END
