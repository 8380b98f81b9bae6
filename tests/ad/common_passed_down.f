c stad: --head 'zc(y)/(x)'
C     A COMMON array passed down two levels to a routine that also reads the block by name:
C     its dummy kept `restrict` and the -O2 primal gave 6.870 against gfortran's 9.774 (review
C     s17; the direct call was fixed with the trial's finding). What a dummy may be is followed
C     through the callers' dummies (frontend/sema_alias.c).
      SUBROUTINE ZC(X, Y)
      DOUBLE PRECISION X(3), Y, G(3)
      COMMON /B/ G
      INTEGER I
      DO 10 I = 1, 3
         G(I) = X(I)
   10 CONTINUE
      CALL MID(G)
      Y = G(1) + G(2) + G(3)
      END
      SUBROUTINE MID(W)
      DOUBLE PRECISION W(3)
      CALL UPD(W)
      END
      SUBROUTINE UPD(A)
      DOUBLE PRECISION A(3), G(3)
      COMMON /B/ G
      INTEGER I
      DO 10 I = 1, 3
         A(I) = A(I)*G(1) + G(3)
   10 CONTINUE
      END
