c     DATA for a COMMON variable belongs in BLOCK DATA: in a subroutine it is refused, with
c     where to put it.
      SUBROUTINE INIT(X)
      DOUBLE PRECISION X, C
      COMMON /BLK/ C
      DATA C /1.0D0/
      X = X * C
      END
