c stad: --head 'cost(f)/(x)'
c     The output F's adjoint would be FB, but FB is a local of COST: the
c     header says which argument fb0 is (trial A F3).
      SUBROUTINE COST(X, F)
      DOUBLE PRECISION X, F, FB
      FB = 2.D0*X
      F = FB*X
      END
