C     BLOCK DATA gives COMMON /CF/ its values; the head reads them. No routine calls BLOCK DATA,
C     so pruning to the head's call tree dropped it and the head read zeros (its tangent, adjoint
C     and differences all agreed, on the wrong function).
      BLOCK DATA COEFS
      DOUBLE PRECISION A, B
      COMMON /CF/ A, B
      DATA A, B / 2.0D0, 3.0D0 /
      END

      SUBROUTINE USECF(X, F)
      DOUBLE PRECISION X, F
      DOUBLE PRECISION A, B
      COMMON /CF/ A, B
      F = A*X + B*X**2
      END
