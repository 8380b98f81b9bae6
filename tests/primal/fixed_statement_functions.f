c     Statement functions (F77) among the declarations: typed by a
c     declaration or by the implicit rule, dummies typed like the
c     unit's variables of the same name (and not the variables
c     themselves), one statement function using another, one reading
c     a variable of the unit and an array element, one with no
c     arguments, one of INTEGER type, actuals that are expressions,
c     elements and function references.
      PROGRAM FSTMTF
      DOUBLE PRECISION X, Y, A, B, Z, W(3), POLY, HYP, SCL, TWO
      INTEGER I, IDX, K
      DOUBLE PRECISION T
      POLY(X) = 1.0D0 + X*(0.5D0 + X*0.25D0)
      HYP(X, Y) = DSQRT(X*X + Y*Y)
      SCL(T) = POLY(T)*W(2) + HYP(T, A)
      TWO() = 2.0D0
      IDX(K) = MOD(K, 3) + 1
      X = 7.0D0
      A = 0.75D0
      W(1) = 1.0D0
      W(2) = 2.0D0
      W(3) = 3.0D0
      DO 10 I = 1, 4
         B = POLY(DBLE(I)*0.5D0) + HYP(A, W(IDX(I)))
         Z = SCL(B/10.0D0)*TWO() + X
         PRINT *, I, B, Z, IDX(I + 4)
   10 CONTINUE
      A = 2.0D0
      PRINT *, SCL(0.5D0), X, AREA(3.0)
      END

      REAL FUNCTION AREA(R)
      CIRC(Q) = PI*Q**2
      PI = 3.14159265
      AREA = CIRC(R) + CIRC(R/2.0)
      END
