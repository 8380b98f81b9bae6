c stad: --head 'fspec(y)/(x)'
c     Fixed form with F77 specific intrinsic names on DOUBLE PRECISION
c     arguments: DSIN DCOS DEXP DLOG DSQRT DABS DATAN DTANH DMAX1
c     DMIN1 DSIGN DMOD, and MAX0/MIN0/IDINT on integers.
      SUBROUTINE FSPEC(X, Y)
      DOUBLE PRECISION X(3), Y(3)
      INTEGER K
      Y(1) = DSIN(X(1)) * DCOS(X(2)) + DEXP(-X(3))
      Y(2) = DLOG(X(1) + X(2)) * DSQRT(X(3)) + DABS(X(1) - 3.0D0)
      Y(3) = DATAN(X(2)) + DTANH(X(3)) + DMAX1(X(1), X(2), X(3))
     &     * DMIN1(X(1), X(2)) + DSIGN(X(1), -1.0D0) + DMOD(X(2), 0.4D0)
      K = MAX0(1, MIN0(3, IDINT(X(3) * 2.0D0)))
      Y(3) = Y(3) + X(K)
      END
