! stad: --head 'fx(f)/(x)'
c     Fixed form, blank COMMON (gfortran's __BLNK__, its derivative /BLANK_B/) declared in
c     another order than the block's, with an integer the caller sets first: W is active (the
c     caller weights its final value and reads the tangent of it), V and INT are passive.
      SUBROUTINE SETW(X)
      DOUBLE PRECISION X(2), W, V
      INTEGER INT
      COMMON INT, W, V
      W = X(1)*X(2) + V
      END

      SUBROUTINE FX(X, F)
      DOUBLE PRECISION X(2), F, W, V
      INTEGER INT
      COMMON INT, W, V
      CALL SETW(X)
      F = W**2 + V*INT*X(2)
      END
