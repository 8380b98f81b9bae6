c stad: --head 'cost(f)/(x)' --set n=4 --link external/passive.c
c     Routines without source and without derivative effect, declared
c     by the pragma (fixed form, C$AD): a wall clock whose value only
c     measures (a subroutine and a FUNCTION), and a logger that reads
c     the active state (an assumed-size array: the pragma's routines
c     change no active variable, so it needs no saving). They run in
c     the primal and the forward sweep; what they write that earlier
c     adjoints read is saved and restored around them.
      SUBROUTINE STEP(N, X, TSUM)
      INTEGER N, I
      DOUBLE PRECISION X(*), TSUM, T0, T1, CPU_SECONDS
      T0 = CPU_SECONDS()
      DO 10 I = 1, N
         X(I) = X(I)*COS(X(I)) + 0.1D0
   10 CONTINUE
      CALL LOG_NORM(N, X)
      CALL WALL_TIME(T1)
      TSUM = TSUM + (T1 - T0)
      END

      SUBROUTINE COST(N, X, F)
      INTEGER N, K
      DOUBLE PRECISION X(N), F, Y(100), TSUM
C$AD EXTERNAL PASSIVE wall_time, log_norm, cpu_seconds
      DO 20 K = 1, N
         Y(K) = X(K)
   20 CONTINUE
      TSUM = 0
      DO 30 K = 1, 3
         CALL STEP(N, Y, TSUM)
   30 CONTINUE
      F = Y(1)**2 + Y(N)*Y(1)
      END
