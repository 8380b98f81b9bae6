C     One variable given to two dummies where the callee assigns one of them, with no INTENT
C     (F77): refused like the INTENT(OUT) case, also when the assignment is in a routine the
C     callee passes the dummy to, and when one actual is the whole array and the other a part of
C     it. Read-only sharing, distinct elements (a work array's partitions) and an internal
C     procedure's host association stay accepted (tests/ad/internal_element_actual.f90).
      SUBROUTINE ALIASD(N, X, W, Y)
      INTEGER N
      DOUBLE PRECISION X, W(*), Y, DOTW
      CALL SQ(X, X)
      CALL VIA(X, X)
      CALL SCAL(N, W, W(1))
      CALL SCAL(N, W(N+1), W(1))
      CALL SQ(W(1), W(2))
      Y = DOTW(N, W, W) + X
      END
      SUBROUTINE SQ(A, B)
      DOUBLE PRECISION A, B
      B = A*A
      END
      SUBROUTINE VIA(A, B)
      DOUBLE PRECISION A, B
      CALL SQ(A, B)
      END
      SUBROUTINE SCAL(N, V, S)
      INTEGER N, I
      DOUBLE PRECISION V(N), S
      DO 10 I = 1, N
         V(I) = V(I)*S
   10 CONTINUE
      END
      DOUBLE PRECISION FUNCTION DOTW(N, U, V)
      INTEGER N, I
      DOUBLE PRECISION U(N), V(N)
      DOTW = 0
      DO 20 I = 1, N
         DOTW = DOTW + U(I)*V(I)
   20 CONTINUE
      END
