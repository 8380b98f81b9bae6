C     A GO TO from an outer loop to the CONTINUE it shares with an inner
C     loop enters the inner loop's range: not Fortran (F77 included), and
C     gfortran runs more inner iterations when the stale J is below 3.
      SUBROUTINE SHR(N, X, F)
      IMPLICIT DOUBLE PRECISION (A-H,O-Z)
      DIMENSION X(N)
      F = 0.D0
      J = 0
      DO 50 K = 1, N
         IF (X(K) .LT. 1.D0) GO TO 50
         DO 50 J = 1, 3
            IF (J .EQ. 2 .AND. X(K) .GT. 1.4D0) GO TO 50
            F = F + X(K)**J
   50 CONTINUE
      END
