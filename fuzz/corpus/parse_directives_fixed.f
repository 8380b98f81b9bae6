C     !$AD directives in fixed form: C$AD, c$AD, *$AD and !$AD in column 1.
      SUBROUTINE DRIVER(X)
      DOUBLE PRECISION X
C$AD NOCHECKPOINT
      CALL STEP(X)
c$ad checkpoint
      CALL STEP(X)
*$AD CHECKPOINT-START
      CALL STEP(X)
!$AD CHECKPOINT-END
      CALL STEP(X)
      END

      SUBROUTINE STEP(X)
      DOUBLE PRECISION X
      X = X*0.5D0
      END
