c stad: --head 'fali(y)/(x)'
c     Fixed form: a COMMON variable passed as an argument to a routine
c     that also reads it through the COMMON block (read aliasing: the
c     routine writes only its other argument).
      SUBROUTINE FALI(X, Y)
      DOUBLE PRECISION X(2), Y
      DOUBLE PRECISION C
      COMMON /CALI/ C
      C = X(1)
      Y = X(2)
      CALL FUSE(C, Y)
      C = C * Y
      CALL FUSE(C, Y)
      END

      SUBROUTINE FUSE(A, R)
      DOUBLE PRECISION A, R
      DOUBLE PRECISION C
      COMMON /CALI/ C
      R = R * A + SIN(C * R)
      END
