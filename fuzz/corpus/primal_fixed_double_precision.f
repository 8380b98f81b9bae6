c     Fixed-form double precision: DOUBLE PRECISION and REAL*8
c     declarations, D exponents, DBLE of integers and reals, REAL
c     variables mixed in, and the widening of single-precision
c     constants (0.1 without D0 is not 0.1D0).
      PROGRAM DBLPRC
      DOUBLE PRECISION A, B
      REAL*8 C, D(3)
      REAL S
      INTEGER I
      A = 1.0D0/3.0D0
      B = 1.0/3.0
      C = 0.1
      D(1) = 0.1D0
      D(2) = 1.5D-3
      D(3) = 2.0D+10
      PRINT *, A, B, C
      PRINT *, D(1), D(2), D(3)
      S = 0.7
      C = DBLE(S) + DBLE(3)
      D(1) = S*2.0D0
      D(2) = DBLE(S*2.0)
      I = 9
      D(3) = DSQRT(DBLE(I)) + 1.0D-1
      PRINT *, C, D(1), D(2), D(3)
      END
