C     BLOCK DATA gives COMMON blocks their initial values: a named one
C     and an unnamed one, scalars and arrays, DATA with repeats; the
C     routines read and update the blocks.
      BLOCK DATA PARAMS
      DOUBLE PRECISION ALPHA, COEF(4)
      INTEGER NSTEP
      COMMON /PARS/ ALPHA, COEF, NSTEP
      DATA ALPHA /0.25D0/, NSTEP /3/
      DATA COEF /1.0D0, 2*0.5D0, -1.5D0/
      END BLOCK DATA PARAMS

      BLOCKDATA
      DOUBLE PRECISION SCALE
      COMMON /SCL/ SCALE
      DATA SCALE /2.0D0/
      END

      SUBROUTINE STEP(X)
      DOUBLE PRECISION X, ALPHA, COEF(4)
      INTEGER NSTEP, I
      COMMON /PARS/ ALPHA, COEF, NSTEP
      DOUBLE PRECISION SCALE
      COMMON /SCL/ SCALE
      DO 10 I = 1, NSTEP
        X = X + ALPHA * COEF(I) * SIN(X) * SCALE
   10 CONTINUE
      ALPHA = ALPHA * 0.5D0
      END

      PROGRAM BLOCK_DATA
      DOUBLE PRECISION X
      X = 0.7D0
      CALL STEP(X)
      CALL STEP(X)
      PRINT *, X
      END
