c     BLOCK DATA initializing COMMON blocks that other routines lay out
c     differently: /FLD/ is U(12) in BLOCK DATA (DATA with a repeat
c     count and single elements), U2(3,4) in one routine and A, B(5),
c     C(6) in another; /PAR/ gives N and R(3) in BLOCK DATA, a prefix
c     N elsewhere and IV(1), X(3) in a third routine.
      BLOCK DATA INIFLD
      DOUBLE PRECISION U(12)
      INTEGER N
      DOUBLE PRECISION R(3)
      COMMON /FLD/ U
      COMMON /PAR/ N, R
      DATA U /4*1.0D0, 2.5D0, 7*0.5D0/
      DATA N /3/, R(2) /-2.0D0/
      END

      PROGRAM BDLAY
      DOUBLE PRECISION U2(3,4)
      COMMON /FLD/ U2
      INTEGER I, J
      CALL SHOW
      DO 20 J = 1, 4
         DO 10 I = 1, 3
            U2(I,J) = U2(I,J) + DBLE(I*J)
   10    CONTINUE
   20 CONTINUE
      CALL SPLIT
      CALL SHOW
      CALL PARS
      END

      SUBROUTINE SPLIT
      DOUBLE PRECISION A, B(5), C(6)
      COMMON /FLD/ A, B, C
      INTEGER K
      DO 10 K = 1, 5
         B(K) = B(K) - A*C(K)
   10 CONTINUE
      C(6) = A + B(5)
      END

      SUBROUTINE SHOW
      DOUBLE PRECISION U2(3,4)
      COMMON /FLD/ U2
      PRINT *, U2(1,1), U2(2,1), U2(3,1), U2(1,2), U2(2,2), U2(3,2)
      PRINT *, U2(1,3), U2(2,3), U2(3,3), U2(1,4), U2(2,4), U2(3,4)
      END

      SUBROUTINE PARS
      INTEGER N
      COMMON /PAR/ N
      PRINT *, N
      CALL PARS2
      END

      SUBROUTINE PARS2
      INTEGER IV(1)
      DOUBLE PRECISION X(3)
      COMMON /PAR/ IV, X
      PRINT *, IV(1), X(1), X(2), X(3)
      END
