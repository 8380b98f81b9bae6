c     An INCLUDE in fixed form whose file cannot be found.
      SUBROUTINE S(X)
      INCLUDE "NOSUCH.H"
      DOUBLE PRECISION X
      X = 2*X
      END
