c     The Fortran 77 specific intrinsic names: DSIN DCOS DTAN DASIN
c     DACOS DATAN DATAN2 DSINH DCOSH DTANH DEXP DLOG DLOG10 DSQRT DABS
c     DSIGN DMOD DMAX1 DMIN1 DINT IDINT IDNINT (double precision),
c     ALOG ALOG10 AMAX1 AMIN1 AMOD FLOAT IFIX SNGL (real, at values
c     where single precision is exact), IABS ISIGN MAX0 MIN0.
      PROGRAM SPECIF
      DOUBLE PRECISION X, Y
      REAL R, S
      INTEGER I, J
      X = 0.6D0
      Y = -1.7D0
      PRINT *, DSIN(X), DCOS(X), DTAN(X)
      PRINT *, DASIN(X), DACOS(X), DATAN(Y), DATAN2(Y, X)
      PRINT *, DSINH(X), DCOSH(X), DTANH(Y)
      PRINT *, DEXP(Y), DLOG(X), DLOG10(X), DSQRT(X)
      PRINT *, DABS(Y), DSIGN(X, Y), DMOD(Y, X), DINT(Y)
      PRINT *, DMAX1(X, Y), DMIN1(X, Y, 0.1D0), IDINT(Y), IDNINT(Y)
      R = 8.0
      S = -2.5
      PRINT *, DBLE(ALOG(1.0)), DBLE(ALOG10(R*12.5)), DBLE(AMAX1(R, S))
      PRINT *, DBLE(AMIN1(R, S, 3.0)), DBLE(AMOD(R, S)), DBLE(SNGL(X))
      I = -7
      J = 3
      PRINT *, DBLE(FLOAT(I)), IFIX(S), IABS(I), ISIGN(J, I)
      PRINT *, MAX0(I, J, 0), MIN0(I, J)
      END
