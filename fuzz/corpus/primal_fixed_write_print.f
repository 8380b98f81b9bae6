c     Output statements in fixed form: PRINT * and WRITE(*,*) with
c     integers, double precision values, logicals and strings.
      PROGRAM FWRITE
      INTEGER I
      DOUBLE PRECISION X
      LOGICAL L
      I = -12
      X = 0.2D0*DBLE(I)
      L = X .LT. -2.0D0
      PRINT *, I, X, L
      WRITE(*,*) 'values', I*I, X*X, .NOT. L
      WRITE (*, *) X/7.0D0
      PRINT *, 'done'
      END
