C     An F77 main program without a PROGRAM statement.
      X = 2.0
      Y = X*X
      PRINT *, Y
      END
