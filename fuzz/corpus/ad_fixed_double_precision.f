c stad: --head 'dprec(f)/(a, b)'
c     Fixed form, DOUBLE PRECISION declarations and D exponents, a
c     continuation line, and a typed F77 external function.
      SUBROUTINE DPREC(A, B, F)
      DOUBLE PRECISION A, B, F
      DOUBLE PRECISION RAT
      EXTERNAL RAT
      F = 1.5D0 * A**2 - 2.5D-1 * B * A
     &    + RAT(A, B) * 1.0D+0
      END

      DOUBLE PRECISION FUNCTION RAT(P, Q)
      DOUBLE PRECISION P, Q
      RAT = (P + Q) / (1.0D0 + P * Q)
      END
