c stad: --head 'step(x)/(x)'
c     BLOCK DATA gives COMMON blocks their initial values (named and unnamed units, DATA
c     with repeats); the differentiated routine reads them: the adjoint and tangent see
c     the values BLOCK DATA set.
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
      END

