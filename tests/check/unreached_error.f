C     A head and, in the same file, a routine it never calls with an ENTRY
C     (refused): stad check warns once (not once per translation) and says
C     what the ignored error is.
      SUBROUTINE SQR(X, F)
      DOUBLE PRECISION X, F
      F = X*X
      END

      SUBROUTINE DIAGS(X)
      DOUBLE PRECISION X
      X = 0.D0
      ENTRY DIAGPR(X)
      X = X + 1.D0
      END
