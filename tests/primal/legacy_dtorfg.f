c flags: -I../../benchmarks/legacy
c     The legacy F77 kernel benchmarks/legacy/dtorfg.f (INCLUDEd) run as
c     a program: every task of DTORFG ('XS', 'F', 'G', 'FG', a bad
c     size and an unknown task, which set TASK to an error message),
c     then the steepest-descent driver DTCOST for two values of c.
      PROGRAM LEGDT
      INTEGER NX, NY, N, K
      PARAMETER (NX = 5, NY = 4, N = NX*NY)
      DOUBLE PRECISION X(N), G(N), XP(N), F, C, GSUM
      CHARACTER*60 TASK
      C = 5.0D0
      TASK = 'XS'
      CALL DTORFG(NX, NY, X, F, G, TASK, C)
      PRINT *, 'xs', X(1), X(7), X(N)
      TASK = 'F'
      CALL DTORFG(NX, NY, X, F, G, TASK, C)
      PRINT *, 'f ', F
      F = 0.0D0
      TASK = 'G'
      CALL DTORFG(NX, NY, X, F, G, TASK, C)
      GSUM = 0.0D0
      DO 10 K = 1, N
   10 GSUM = GSUM + G(K)*DBLE(K)
      PRINT *, 'g ', F, G(1), G(8), GSUM
      TASK = 'FG'
      CALL DTORFG(NX, NY, X, F, G, TASK, C)
      PRINT *, 'fg', F, G(N)
      TASK = 'FG'
      CALL DTORFG(0, NY, X, F, G, TASK, C)
      PRINT *, TASK(1:32), LEN_TRIM(TASK)
      TASK = 'HESS'
      CALL DTORFG(NX, NY, X, F, G, TASK, C)
      PRINT *, TASK(1:20)
      DO 20 K = 1, N
         XP(K) = 0.01D0*SIN(0.3D0*DBLE(K))
   20 CONTINUE
      CALL DTCOST(NX, NY, XP, C, F)
      PRINT *, 'cost', F
      CALL DTCOST(NX, NY, XP, 2.0D0*C, F)
      PRINT *, 'cost', F
      END

      INCLUDE 'dtorfg.f'
