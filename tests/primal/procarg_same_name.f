C     A procedure passed to a dummy of the same name (CALL HYBRD(FCN, ...) into SUBROUTINE
C     HYBRD(FCN, ...): the commonest F77 form, refused before), and a dummy named like another
C     external routine: EULER must call what it is passed.
      PROGRAM SAMENM
      DOUBLE PRECISION A, F, G2
      A = 0.7D0
      CALL SIM(A, F)
      PRINT *, F
      CALL APPLY2(A, G2)
      PRINT *, G2
      END

      SUBROUTINE SIM(A, F)
      DOUBLE PRECISION A, F, Y(2)
      EXTERNAL RHS, RHS2
      Y(1) = A
      Y(2) = 1.0D0
      CALL EULER(RHS2, Y, 10)
      F = Y(1) + 2.0D0*Y(2)
      CALL EULER(RHS, Y, 10)
      F = F*Y(1)
      END

      SUBROUTINE RHS(Y, DY)
      DOUBLE PRECISION Y(2), DY(2)
      DY(1) = Y(2)
      DY(2) = -Y(1)
      END

      SUBROUTINE RHS2(Y, DY)
      DOUBLE PRECISION Y(2), DY(2)
      DY(1) = Y(1)*Y(2)
      DY(2) = -Y(1)**2
      END

      SUBROUTINE EULER(RHS, Y, N)
      EXTERNAL RHS
      DOUBLE PRECISION Y(2), DY(2)
      INTEGER N, K
      DO 10 K = 1, N
         CALL RHS(Y, DY)
         Y(1) = Y(1) + 0.05D0*DY(1)
         Y(2) = Y(2) + 0.05D0*DY(2)
   10 CONTINUE
      END

      SUBROUTINE APPLY2(A, F)
      DOUBLE PRECISION A, F
      EXTERNAL G
      CALL APPLY(G, A, F)
      END

      DOUBLE PRECISION FUNCTION G(X)
      DOUBLE PRECISION X
      G = X**3
      END

      SUBROUTINE APPLY(G, A, F)
      DOUBLE PRECISION G, A, F
      EXTERNAL G
      F = G(A) + G(2*A)
      END
