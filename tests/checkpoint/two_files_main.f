C     A model in two files (trial s16): stad calls gives each site's file
C     with its line, and says why a call whose snapshot needs an
C     assumed-size array is forced off.
      SUBROUTINE SOLVE2(N, A, B, F)
      INTEGER N
      DOUBLE PRECISION A(N, N), B(N), F
      CALL SCALE(N, A, N, B)
      CALL SCALE(N, A, N, B)
      F = B(1) + B(N)
      END
