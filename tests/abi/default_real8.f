! stad: --head 'r8(f)/(x)' --default-real-8
c     A model built with gfortran -fdefault-real-8 -fdefault-double-8 and
c     translated with --default-real-8: the REAL members of /PARS/ are 8
c     bytes on both sides, so K and D after them are where the C reads them
c     (without the option the C read C as 4 bytes and K at the wrong offset).
      SUBROUTINE R8(X, F)
      REAL X(2), F, C, W
      DOUBLE PRECISION D
      INTEGER K
      COMMON /PARS/ C, W, K, D
      W = X(1)*X(2) + C*0.1
      F = W**2 + D*FLOAT(K)*X(2) + ALOG(1.5 + X(1)**2)
      END
