C     A REAL DO variable (deleted in F2008; gfortran accepts it with a warning): one located
C     error saying how to write it, not one more per REAL bound.
      SUBROUTINE RDO(X, Y)
      DOUBLE PRECISION X, Y, R
      Y = 0
      DO 10 R = 0.0D0, 1.0D0, 0.25D0
         Y = Y + R*X
   10 CONTINUE
      END
