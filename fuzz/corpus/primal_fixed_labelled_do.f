c     Labelled DO loops in fixed form: DO 10 I = ... / 10 CONTINUE, nested labelled loops
c     with distinct labels, a labelled loop with a step, a negative step and a zero-trip
c     loop, the optional comma after the label, labels in any of columns 1-5, and the loop
c     variable after each loop.
      PROGRAM LABDO
      INTEGER I, J, N, ICNT
      DOUBLE PRECISION S, A(5,4)
      N = 5
      DO 20 J = 1, 4
         DO 10 I = 1, N
            A(I,J) = DBLE(I) + 0.1D0*DBLE(J)
   10    CONTINUE
   20 CONTINUE
      S = 0.0D0
      DO 30 J = 1, 4
      DO 25 I = J, N, 2
         S = S + A(I,J)
25    CONTINUE
30    CONTINUE
      PRINT *, S, I, J
      ICNT = 0
      DO 40, I = 10, 1, -3
         ICNT = ICNT + I
 40   CONTINUE
      PRINT *, ICNT, I
      DO 50 I = N, 1
         ICNT = -1
50    CONTINUE
      PRINT *, ICNT, I
      S = 1.0D0
      DO 100 I = 1, 3
         DO 90 J = 1, I
            S = S*1.5D0 - 0.25D0*J
   90    CONTINUE
  100 CONTINUE
      PRINT *, S, I, J
      END
