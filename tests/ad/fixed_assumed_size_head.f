C stad: --head 'fcn(f)/(x)' --set n=4 --set rpar=3
C An F77 objective of the optimization-collection style: IMPLICIT DOUBLE PRECISION, an assumed-size
C work array RPAR(*) in the head (stad check sizes it from --set rpar=3), PARAMETERs, a DO
C loop ended by a labelled CONTINUE, specific intrinsic names (DSIGN, DABS, DMAX1, DLOG10, DMOD)
C and the F77/F2008 ones (DIM, AMOD, ANINT, DPROD, TANH, ASIN), a GOTO in a loop.
      SUBROUTINE FCN(N, X, F, RPAR)
      IMPLICIT DOUBLE PRECISION (A-H,O-Z)
      DIMENSION X(N), RPAR(*)
      PARAMETER (ZERO=0.0D0, ONE=1.0D0)
      F = ZERO
      DO 10 I = 1, N-1
         T1 = X(I+1) - X(I)**2
         T2 = ONE - X(I)
         F = F + RPAR(1)*T1**2 + T2**2
   10 CONTINUE
      F = F + DSIGN(ONE, X(1))*DABS(X(N)) + DMAX1(X(1), X(2), ZERO)
      F = F + ATAN2(X(1), X(2)) + SINH(X(1)) + DLOG10(ONE + X(2)**2)
      F = F + DIM(X(1), X(2)) + AMOD(1.5, 0.7) + DMOD(X(1), 0.3D0)
      F = F + ANINT(X(1)) * DPROD(1.5, 2.0) + TANH(X(2))
     &   + ASIN(0.3D0*X(1))
      CALL SUB2(N, X, F)
      RETURN
      END
      SUBROUTINE SUB2(N, X, F)
      DOUBLE PRECISION X(N), F, S
      INTEGER N, I
      S = 0.0D0
      DO I = 1, N
        IF (X(I) .GT. 0.5D0) GOTO 20
        S = S + X(I)**3
   20   CONTINUE
      END DO
      F = F + S
      F = F * 1.0D0
      END
