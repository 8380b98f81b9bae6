c     Storage association through COMMON with different shapes: one
c     routine sees the block as an array, another as scalars and a
c     smaller array, a third as a 2-D array (all DOUBLE PRECISION, so
c     every position has the same type in every view): one storage
c     array, each routine's subscripts linearized with its bounds.
      PROGRAM COMSHP
      DOUBLE PRECISION C(6)
      COMMON /BLK/ C
      INTEGER I
      DO 10 I = 1, 6
         C(I) = 1.0D0/DBLE(I)
   10 CONTINUE
      CALL SCALRS
      PRINT *, C(1), C(2), C(3), C(4), C(5), C(6)
      CALL TWOD
      PRINT *, C(1), C(2), C(3), C(4), C(5), C(6)
      END

      SUBROUTINE SCALRS
      DOUBLE PRECISION X, Y, R(4)
      COMMON /BLK/ X, Y, R
      X = X + Y
      R(4) = R(1) - X
      END

      SUBROUTINE TWOD
      DOUBLE PRECISION G(2,3)
      COMMON /BLK/ G
      INTEGER I, J
      DO 20 J = 1, 3
         DO 10 I = 1, 2
            G(I,J) = G(I,J)*DBLE(10*I + J)
   10    CONTINUE
   20 CONTINUE
      END
