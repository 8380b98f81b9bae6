c stad: --head 'model(cost)/(u0, par)'
c     F77-style model whose COMMON blocks are laid out differently in
c     different routines (storage association): INIT fills /FLD/ as
c     U(100), STEP views it as U2(10,10), SMOOTH as two halves
c     H1(50), H2(50), EDGE as the prefix ROW(10); /CTL/ is NSTEP,
c     ALPHA(2) in one routine and IPAR(1), A1, A2 in another (each
c     position keeps its type). STEP runs in a time loop; the
c     checkpointed calls write the block.
      SUBROUTINE MODEL(U0, PAR, COST)
      DOUBLE PRECISION U0(100), PAR(2), COST
      INTEGER NSTEP
      DOUBLE PRECISION ALPHA(2)
      COMMON /CTL/ NSTEP, ALPHA
      INTEGER K
      NSTEP = 3
      ALPHA(1) = PAR(1)
      ALPHA(2) = 0.1D0*PAR(2)
      CALL INIT(U0)
      DO 10 K = 1, NSTEP
C$AD CHECKPOINT
         CALL STEP
         CALL EDGE
   10 CONTINUE
      CALL SMOOTH
      CALL FCOST(COST)
      END

      SUBROUTINE INIT(U0)
      DOUBLE PRECISION U0(100)
      DOUBLE PRECISION U(100)
      COMMON /FLD/ U
      INTEGER I
      DO 10 I = 1, 100
         U(I) = U0(I)*(1.0D0 + 0.01D0*I)
   10 CONTINUE
      END

      SUBROUTINE STEP
      DOUBLE PRECISION U2(10,10), T(10,10)
      COMMON /FLD/ U2
      INTEGER IPAR(1)
      DOUBLE PRECISION A1, A2
      COMMON /CTL/ IPAR, A1, A2
      INTEGER I, J
      DO 20 J = 2, 9
         DO 10 I = 2, 9
            T(I,J) = U2(I,J) + A1*(U2(I-1,J) + U2(I+1,J)
     &           + U2(I,J-1) + U2(I,J+1) - 4.0D0*U2(I,J))
     &           - A2*U2(I,J)**2
   10    CONTINUE
   20 CONTINUE
      DO 40 J = 2, 9
         DO 30 I = 2, 9
            U2(I,J) = T(I,J)
   30    CONTINUE
   40 CONTINUE
      END

      SUBROUTINE EDGE
      DOUBLE PRECISION ROW(10)
      COMMON /FLD/ ROW
      INTEGER I
      DO 10 I = 2, 9
         ROW(I) = 0.5D0*(ROW(I) + SIN(ROW(I-1)))
   10 CONTINUE
      END

      SUBROUTINE SMOOTH
      DOUBLE PRECISION H1(50), H2(50)
      COMMON /FLD/ H1, H2
      INTEGER I
      DO 10 I = 1, 50
         H2(I) = H2(I) + 0.25D0*H1(51 - I)*H2(I)
   10 CONTINUE
      END

      SUBROUTINE FCOST(C)
      DOUBLE PRECISION C
      DOUBLE PRECISION U(100)
      COMMON /FLD/ U
      INTEGER I
      C = 0.0D0
      DO 10 I = 1, 100
         C = C + U(I)**2*DBLE(I)
   10 CONTINUE
      END
