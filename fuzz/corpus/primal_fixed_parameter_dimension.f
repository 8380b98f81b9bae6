c     PARAMETER and DIMENSION statements in fixed form: integer and
c     double precision PARAMETERs (several in one statement, one
c     defined from another), arrays whose bounds are PARAMETER
c     expressions (also lower bounds), the DIMENSION statement, and a
c     type declaration with the dimension in it.
      PROGRAM PARDIM
      INTEGER N, M, NM
      DOUBLE PRECISION H, PI
      PARAMETER (N = 4, M = N + 2)
      PARAMETER (NM = N*M, H = 1.0D0/N)
      PARAMETER (PI = 3.14159265358979D0)
      DOUBLE PRECISION A, B, W(NM)
      DIMENSION A(N, M), B(0:N, -1:M-2)
      INTEGER I, J, K
      DO 20 J = 1, M
         DO 10 I = 1, N
            A(I,J) = SIN(PI*H*DBLE(I)) + COS(H*DBLE(I*J))
   10    CONTINUE
   20 CONTINUE
      DO 40 J = -1, M - 2
         DO 30 I = 0, N
            B(I,J) = H*DBLE(I) - DBLE(J)
   30    CONTINUE
   40 CONTINUE
      K = 0
      DO 60 J = 1, M
         DO 50 I = 1, N
            K = K + 1
            W(K) = A(I,J) + B(I, J - 2)
   50    CONTINUE
   60 CONTINUE
      PRINT *, N, M, NM, H
      PRINT *, A(1,1), A(N,M), B(0,-1), B(N,M-2)
      PRINT *, W(1), W(NM/2), W(NM)
      END
