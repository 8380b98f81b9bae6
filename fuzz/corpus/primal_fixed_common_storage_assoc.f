c     Storage association through COMMON: two routines declare the
c     same named block with different local names for the same
c     positions (the block is a sequence of storage units, the names
c     are local); writing through one name is seen through the other.
      PROGRAM STOASS
      DOUBLE PRECISION ALPHA, BETA, V(4)
      INTEGER NITER
      COMMON /CFG/ ALPHA, BETA, V, NITER
      INTEGER I
      ALPHA = 0.75D0
      BETA = -2.0D0
      DO 10 I = 1, 4
         V(I) = DBLE(I)*0.5D0
   10 CONTINUE
      NITER = 3
      CALL WORKER
      PRINT *, ALPHA, BETA, NITER
      PRINT *, V(1), V(2), V(3), V(4)
      CALL OTHER
      PRINT *, ALPHA, BETA, NITER
      END

      SUBROUTINE WORKER
c     the same block with other names
      DOUBLE PRECISION A, B, W(4)
      INTEGER N
      COMMON /CFG/ A, B, W, N
      INTEGER I, K
      DO 20 K = 1, N
         DO 10 I = 1, 4
            W(I) = A*W(I) + B/DBLE(I + K)
   10    CONTINUE
   20 CONTINUE
      A = A*2.0D0
      N = N + 1
      END

      SUBROUTINE OTHER
      DOUBLE PRECISION P, Q, Z(4)
      INTEGER M
      COMMON /CFG/ P, Q, Z, M
      Q = P + Z(4)
      M = M*10
      END
