C     STOP with and without a code, RETURN, CONTINUE.
      PROGRAM SR
      INTEGER K
      K = 2
      CALL SUB(K)
      IF (K .GT. 100) STOP 'too big'
      IF (K .LT. 0) STOP 1
      CONTINUE
      STOP
      END

      SUBROUTINE SUB(K)
      INTEGER K
      IF (K .EQ. 0) RETURN
      K = K*2
      RETURN
      END
