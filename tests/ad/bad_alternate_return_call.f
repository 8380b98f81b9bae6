c stad: --head 'alt(f)/(x)'
C     Alternate returns: one located error at the call, saying what to write instead (an
C     INTEGER argument the routine sets, tested after the call); none for the routine's *
C     dummy or its RETURN 1, and no warning that CHKPOS is not reached.
      SUBROUTINE CHKPOS(A, *, *)
      DOUBLE PRECISION A
      IF (A .LT. 0.D0) RETURN 1
      IF (A .GT. 1.D3) RETURN 2
      RETURN
      END
      SUBROUTINE ALT(X, F)
      DOUBLE PRECISION X, F
      F = X**2
      CALL CHKPOS(X, *100, *200)
      F = F + X
      RETURN
  100 F = -F
      RETURN
  200 F = 0
      END
