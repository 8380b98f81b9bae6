c output: exact
c     F77 statement order that gfortran -std=legacy takes: FORMAT among the
c     declarations (before a statement function too), DATA after executable
c     statements, old-style initialisation in type statements.
      PROGRAM LORDER
      IMPLICIT DOUBLE PRECISION (A-H,O-Z)
  100 FORMAT (' F = ', F12.6)
      PARAMETER (N = 4)
      DIMENSION X(N), Y(N)
  110 FORMAT (' K = ', I4, ' S = ', A)
      DOUBLE PRECISION C /2.5D0/, D(3) /1.D0, 2.D0, 3.D0/,
     &                 E(4) /4*0.5D0/
      INTEGER*4 K /2/
      CHARACTER*3 S /'abc'/
      SQ(A) = A*A + C2
      DO 10 I = 1, N
         X(I) = DBLE(I) * 0.25D0
         Y(I) = SQ(X(I)) + E(I)
   10 CONTINUE
      DATA C2 /3.D0/
      F = C*X(1) + D(K)*X(N) + Y(2)
      WRITE (6, 100) F
      WRITE (6, 110) K, S
      DATA (Y(I), I = 1, 2) /2*1.D0/
      END
