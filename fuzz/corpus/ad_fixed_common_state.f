c stad: --head 'fdrive(cost)/(u0)'
c     Fixed form: state in COMMON blocks written by one routine and
c     read and updated by others in a labelled time loop; a blank
c     COMMON for passive scratch.
      SUBROUTINE FDRIVE(U0, COST)
      DOUBLE PRECISION U0(5), COST
      DOUBLE PRECISION U(5), TIME
      COMMON /FSTATE/ U, TIME
      DOUBLE PRECISION DT
      COMMON /FPAR/ DT
      INTEGER K
      DT = 0.05D0
      CALL FINIT(U0)
      DO 20 K = 1, 4
         CALL FSTEP
   20 CONTINUE
      CALL FCOST(COST)
      END

      SUBROUTINE FINIT(U0)
      DOUBLE PRECISION U0(5)
      DOUBLE PRECISION U(5), TIME
      COMMON /FSTATE/ U, TIME
      INTEGER I
      DO 10 I = 1, 5
         U(I) = U0(I)
   10 CONTINUE
      TIME = 0.0D0
      END

      SUBROUTINE FSTEP
      DOUBLE PRECISION U(5), TIME
      COMMON /FSTATE/ U, TIME
      DOUBLE PRECISION DT
      COMMON /FPAR/ DT
      DOUBLE PRECISION W(5)
      COMMON W
      INTEGER I
      DO 10 I = 2, 4
         W(I) = U(I) + DT * (U(I-1) - 2.0D0*U(I) + U(I+1)) * U(I)
   10 CONTINUE
      DO 30 I = 2, 4
         U(I) = W(I)
   30 CONTINUE
      TIME = TIME + DT
      END

      SUBROUTINE FCOST(C)
      DOUBLE PRECISION C
      DOUBLE PRECISION U(5), TIME
      COMMON /FSTATE/ U, TIME
      INTEGER I
      C = 0.0D0
      DO 10 I = 1, 5
         C = C + U(I)**2 * TIME
   10 CONTINUE
      END
