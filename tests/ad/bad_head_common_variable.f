C stad: --head 'cost(fc)/(t0)'
C     --head names variables of a COMMON block (an argument-less cost routine, MITgcm style): the
C     error says they are COMMON variables and how to make a head of them.
      SUBROUTINE COST
      DOUBLE PRECISION T0(3), FC
      COMMON /STATE/ T0, FC
      INTEGER I
      FC = 0.0D0
      DO 10 I = 1, 3
         FC = FC + T0(I)**2
   10 CONTINUE
      END
