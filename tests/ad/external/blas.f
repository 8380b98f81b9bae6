c     blas.f -- DAXPY and DDOT of the reference BLAS (positive
c     increments), and their tangents and adjoints written by hand in
c     stad's calling convention: each argument with a derivative is
c     followed by it, a FUNCTION's result comes last (README: routines
c     without source).
      SUBROUTINE DAXPY(N, DA, DX, INCX, DY, INCY)
      INTEGER N, INCX, INCY, I
      DOUBLE PRECISION DA, DX(*), DY(*)
      DO 10 I = 1, N
         DY(1 + (I-1)*INCY) = DY(1 + (I-1)*INCY) + DA*DX(1 + (I-1)*INCX)
   10 CONTINUE
      END

      DOUBLE PRECISION FUNCTION DDOT(N, DX, INCX, DY, INCY)
      INTEGER N, INCX, INCY, I
      DOUBLE PRECISION DX(*), DY(*)
      DDOT = 0.0D0
      DO 10 I = 1, N
         DDOT = DDOT + DX(1 + (I-1)*INCX)*DY(1 + (I-1)*INCY)
   10 CONTINUE
      END

c     tangent: dyd = dad*dx + da*dxd + dyd, then dy = da*dx + dy
      SUBROUTINE DAXPY_D(N, DA, DAD, DX, DXD, INCX, DY, DYD, INCY)
      INTEGER N, INCX, INCY, I, KX, KY
      DOUBLE PRECISION DA, DAD, DX(*), DXD(*), DY(*), DYD(*)
      DO 10 I = 1, N
         KX = 1 + (I-1)*INCX
         KY = 1 + (I-1)*INCY
         DYD(KY) = DYD(KY) + DAD*DX(KX) + DA*DXD(KX)
         DY(KY) = DY(KY) + DA*DX(KX)
   10 CONTINUE
      END

c     adjoint: dab += dx.dyb, dxb += da*dyb; dyb stays; dy unchanged
      SUBROUTINE DAXPY_B(N, DA, DAB, DX, DXB, INCX, DY, DYB, INCY)
      INTEGER N, INCX, INCY, I, KX, KY
      DOUBLE PRECISION DA, DAB, DX(*), DXB(*), DY(*), DYB(*)
      DO 10 I = 1, N
         KX = 1 + (I-1)*INCX
         KY = 1 + (I-1)*INCY
         DAB = DAB + DX(KX)*DYB(KY)
         DXB(KX) = DXB(KX) + DA*DYB(KY)
   10 CONTINUE
      END

c     tangent of the function: its result and the result's tangent last
      SUBROUTINE DDOT_D(N, DX, DXD, INCX, DY, DYD, INCY, R, RD)
      INTEGER N, INCX, INCY, I, KX, KY
      DOUBLE PRECISION DX(*), DXD(*), DY(*), DYD(*), R, RD
      R = 0.0D0
      RD = 0.0D0
      DO 10 I = 1, N
         KX = 1 + (I-1)*INCX
         KY = 1 + (I-1)*INCY
         RD = RD + DXD(KX)*DY(KY) + DX(KX)*DYD(KY)
         R = R + DX(KX)*DY(KY)
   10 CONTINUE
      END

c     adjoint of the function: the result is an out argument, so RB is
c     zeroed
      SUBROUTINE DDOT_B(N, DX, DXB, INCX, DY, DYB, INCY, R, RB)
      INTEGER N, INCX, INCY, I, KX, KY
      DOUBLE PRECISION DX(*), DXB(*), DY(*), DYB(*), R, RB
      DO 10 I = 1, N
         KX = 1 + (I-1)*INCX
         KY = 1 + (I-1)*INCY
         DXB(KX) = DXB(KX) + RB*DY(KY)
         DYB(KY) = DYB(KY) + RB*DX(KX)
   10 CONTINUE
      RB = 0.0D0
      END
