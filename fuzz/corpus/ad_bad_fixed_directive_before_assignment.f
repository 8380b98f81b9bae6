c stad: --head 'fhead(y)/(x)'
c     Fixed form: a c$AD NOCHECKPOINT directive before an assignment
c     instead of a CALL.
      SUBROUTINE FHEAD(X, Y)
      DOUBLE PRECISION X, Y
c$AD NOCHECKPOINT
      Y = X * X
      END
