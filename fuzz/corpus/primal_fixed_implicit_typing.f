c     Implicit typing in a Fortran 77 program: names starting with I-N
c     are INTEGER, others REAL (single precision); dummy arguments and
c     function results typed by the same rule; a DOUBLE PRECISION
c     declaration overriding the rule for one name.
      PROGRAM FIMPL
      DOUBLE PRECISION DSUM
      N = 5
      X = 0.5
      DSUM = 0.0D0
      DO 10 I = 1, N
         Y = X*FLOAT(I)
         DSUM = DSUM + Y
   10 CONTINUE
      K = N/2
      AREA = TRI(3.0, 4.0)
      PRINT *, N, K, I, DSUM
      PRINT *, DBLE(Y), DBLE(AREA), LEN2(N)
      END

      FUNCTION TRI(B, H)
      TRI = 0.5*B*H
      END

      FUNCTION LEN2(M)
      LEN2 = M*M + 1
      END
