c     COMMON blocks shared by several routines: a named block with
c     scalars and an array set up by one routine and used by others,
c     a second named block, and blank COMMON; the main program reads
c     the values the subroutines left there.
      PROGRAM COMBLK
      DOUBLE PRECISION DT, VISC, U(6), TIME
      INTEGER NSTEP
      COMMON /PARAMS/ DT, VISC
      COMMON /STATE/ U, TIME, NSTEP
      DOUBLE PRECISION WORK(3)
      COMMON WORK
      INTEGER K
      CALL SETUP
      DO 10 K = 1, 5
         CALL STEP
   10 CONTINUE
      PRINT *, NSTEP, TIME
      PRINT *, U(1), U(3), U(6)
      CALL DIAG
      PRINT *, WORK(1), WORK(2), WORK(3)
      END

      SUBROUTINE SETUP
      DOUBLE PRECISION DT, VISC, U(6), TIME
      INTEGER NSTEP, I
      COMMON /PARAMS/ DT, VISC
      COMMON /STATE/ U, TIME, NSTEP
      DT = 0.05D0
      VISC = 0.4D0
      DO 10 I = 1, 6
         U(I) = SIN(0.5D0*DBLE(I))
   10 CONTINUE
      TIME = 0.0D0
      NSTEP = 0
      END

      SUBROUTINE STEP
      DOUBLE PRECISION DT, VISC, U(6), TIME
      INTEGER NSTEP, I
      COMMON /PARAMS/ DT, VISC
      COMMON /STATE/ U, TIME, NSTEP
      DOUBLE PRECISION UN(6)
      DO 10 I = 2, 5
         UN(I) = U(I) + DT*VISC*(U(I-1) - 2.0D0*U(I) + U(I+1))
   10 CONTINUE
      DO 20 I = 2, 5
         U(I) = UN(I)
   20 CONTINUE
      TIME = TIME + DT
      NSTEP = NSTEP + 1
      END

      SUBROUTINE DIAG
      DOUBLE PRECISION U(6), TIME
      INTEGER NSTEP, I
      COMMON /STATE/ U, TIME, NSTEP
      DOUBLE PRECISION WORK(3)
      COMMON // WORK
      WORK(1) = 0.0D0
      WORK(2) = U(1)
      WORK(3) = U(1)
      DO 10 I = 1, 6
         WORK(1) = WORK(1) + U(I)/6.0D0
         WORK(2) = MAX(WORK(2), U(I))
         WORK(3) = MIN(WORK(3), U(I))
   10 CONTINUE
      WORK(1) = WORK(1)*DBLE(NSTEP)
      END
