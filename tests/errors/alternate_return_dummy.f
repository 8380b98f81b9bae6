C     A routine with alternate returns that no call gives labels to (the head, say): one located
C     error at the routine, saying what to write instead.
      SUBROUTINE CHKPOS(A, *)
      DOUBLE PRECISION A
      IF (A .LT. 0.D0) RETURN 1
      A = A + 1
      END
