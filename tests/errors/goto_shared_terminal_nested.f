C     A jump to a shared DO terminal from a loop nested inside the outer loop: refused, and CYCLE
C     is not offered (it would go on with the nested loop; review at stop 18).
      SUBROUTINE H(X, Y)
      DOUBLE PRECISION X(3), Y
      INTEGER I, J, K
      Y = 0
      DO 10 I = 1, 3
        DO 5 K = 1, 2
          IF (K .EQ. I) GO TO 10
    5   CONTINUE
      DO 10 J = 1, 3
        Y = Y + X(I)*X(J)
   10 CONTINUE
      END
