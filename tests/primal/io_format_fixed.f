C     Fixed form: FORMAT statements continued over lines, Hollerith (nH) text, blanks inside
C     edit descriptors, WRITE (6, label) and PRINT label of F77 codes.
C     output: exact
      PROGRAM IOFIX
      INTEGER I, N
      DOUBLE PRECISION X(4)
      N = 4
      DO 10 I = 1, N
         X(I) = 0.5D0 * I * I
   10 CONTINUE
      WRITE (6, 100) N, (X(I), I = 1, N)
  100 FORMAT (1X, 'N =', I3, 5X, 'X =',
     &        4F 8.3)
      PRINT 200, X(N)
  200 FORMAT (12H LAST VALUE:, 1P, E 12.4)
      WRITE (6, 300)
  300 FORMAT (/1X, 'DONE')
      END
