C     An F77 work array passed on as WK(*): the call site mid:leaf#1 is
C     forced off (its snapshot would need WK, whose size is assumed). The
C     profiled adjoint (stad tune, stad profile) announces no snapshot size
C     for it and lists it as a fixed site, not a toggle (trial A F5: this
C     was "internal error: the backend reported 1 problems").
      SUBROUTINE TOP(X, F)
      INTEGER N
      PARAMETER (N = 40)
      DOUBLE PRECISION X(N), F, W(100)
      W(1) = 1.D0
      W(N) = 2.D0
      CALL MID(N, X, W)
      F = W(1) + W(N)
      END

      SUBROUTINE MID(N, X, WK)
      DOUBLE PRECISION X(N), WK(*)
      CALL LEAF(N, X, WK)
      END

      SUBROUTINE LEAF(N, X, Y)
      DOUBLE PRECISION X(N), Y(*)
      DO 10 I = 1, N
   10 Y(I) = Y(I)*X(I) + X(I)**2
      END
