c stad: --head 'relax(e)/(u)' --set n=5 --lib external/blas_fortran.lib --link external/blas.f
c     Routines without source written in Fortran (external/blas.f: the
c     reference DAXPY and DDOT, and their hand-written tangents and
c     adjoints), linked by gfortran's names (`fortran` in the --lib
c     file), called from fixed-form code on the columns of a matrix.
      SUBROUTINE SWEEP(N, U, W)
      INTEGER N, J
      DOUBLE PRECISION U(N, 3), W
      DO 10 J = 2, 3
         CALL DAXPY(N, W, U(1, J-1), 1, U(1, J), 1)
   10 CONTINUE
      END

      SUBROUTINE RELAX(N, U, E)
      INTEGER N, K
      DOUBLE PRECISION U(N, 3), E, W, DDOT
      EXTERNAL DDOT
      W = 0.25D0
      DO 20 K = 1, 3
         CALL SWEEP(N, U, W)
         W = W*DDOT(N, U(1, 1), 1, U(1, 3), 1)/(1.0D0 + W*W)
   20 CONTINUE
      E = DDOT(3*N, U, 1, U, 1) + W
      END
