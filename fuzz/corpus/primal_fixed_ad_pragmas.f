c     stad directives in fixed form: c$AD, C$AD and !$AD comment lines
c     before CALLs and around a fragment are accepted and ignored in
c     primal mode.
      PROGRAM FPRAGM
      DOUBLE PRECISION U(3), E
      INTEGER I
      U(1) = 1.0D0
      U(2) = 0.5D0
      U(3) = -0.25D0
C$AD BINOMIAL-CKP 10 3 1
      DO 10 I = 1, 10
c$AD NOCHECKPOINT
         CALL RELAX(U, 3)
   10 CONTINUE
!$AD CHECKPOINT-START
      E = U(1)**2 + U(2)**2 + U(3)**2
!$AD CHECKPOINT-END
      PRINT *, U(1), U(2), U(3), E
      END

      SUBROUTINE RELAX(U, N)
      INTEGER N, I
      DOUBLE PRECISION U(N), T
      T = U(N)
      DO 10 I = N, 2, -1
         U(I) = 0.5D0*(U(I) + U(I-1))
   10 CONTINUE
      U(1) = 0.5D0*(U(1) + T)
      END
