c     Fortran is case-insensitive: lower-case F77 code, one variable
c     spelled xval, XVAL and Xval, a subroutine declared in upper
c     case and called in lower case, keywords in mixed case.
      program lowcas
      double precision xval, Yv
      integer Ncount
      xval = 1.25d0
      XVAL = Xval*2.0D0
      Ncount = 0
      Do 10 ncount = 1, 3
         yv = XVAL + dble(NCOUNT)
         call Adder(YV, xVal)
   10 Continue
      Print *, xval, YV, nCount
      End

      SUBROUTINE ADDER(A, B)
      DOUBLE PRECISION A, B
      b = b + 0.5D0*A
      END
