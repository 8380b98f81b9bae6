C     A head whose first call differs from the others (SAVE'd flag set by DATA): the finite
C     differences' two steps agree with each other but not with tangent and adjoint, which were
C     taken at the first call. The check warns that the head changes its state and says
C     'inconclusive' (exit 0), not MISMATCH (s17 trial B).
      SUBROUTINE FIRSTC(X, Y)
      DOUBLE PRECISION X(3), Y
      DOUBLE PRECISION W(3), SCAL
      LOGICAL FIRST
      SAVE W, FIRST
      DATA W /1.0D0, 2.0D0, 3.0D0/, FIRST /.TRUE./
      IF (FIRST) THEN
         SCAL = 2.0D0
         FIRST = .FALSE.
      ELSE
         SCAL = 1.0D0
      ENDIF
      Y = SCAL*(W(1)*X(1)**2 + W(2)*X(2)*X(3) + W(3)*SIN(X(3)))
      END
