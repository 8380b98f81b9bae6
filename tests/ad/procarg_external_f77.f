c stad: --head 'osc(yend, q)/(p y0)' --nocheckpoint simp
C     Procedure arguments, F77 style: an integrator takes its right-hand side as an EXTERNAL
C     dummy and passes it on to its step routine; a quadrature takes a DOUBLE PRECISION
C     function dummy and is given two different functions (two copies); a routine CALLs its
C     dummy without declaring it EXTERNAL. Each copy (euler__rhs, step__rhs, simp__fa,
C     simp__fb, twice__rhs) is a routine with call sites of its own; --nocheckpoint SIMP names
C     both copies of SIMP (it named none, s16).
      SUBROUTINE RHS(T, Y, DY, P)
      DOUBLE PRECISION T, Y(2), DY(2), P
      DY(1) = Y(2)
      DY(2) = -P*Y(1) - 0.1D0*Y(2) + DSIN(T)
      END
      SUBROUTINE STEP(F, N, H, T, Y, P)
      EXTERNAL F
      INTEGER N, I
      DOUBLE PRECISION H, T, Y(N), P, DY(10)
      CALL F(T, Y, DY, P)
      DO 10 I = 1, N
         Y(I) = Y(I) + H*DY(I)
   10 CONTINUE
      END
      SUBROUTINE EULER(F, N, NSTEP, H, Y, P)
      EXTERNAL F
      INTEGER N, NSTEP, K
      DOUBLE PRECISION H, Y(N), P, T
      T = 0.D0
      DO 20 K = 1, NSTEP
         CALL STEP(F, N, H, T, Y, P)
         T = T + H
   20 CONTINUE
      END
      SUBROUTINE TWICE(G, Y, P)
      DOUBLE PRECISION Y(2), P, DY(2)
      CALL G(0.5D0, Y, DY, P)
      Y(1) = Y(1) + DY(1)*DY(2)
      END
      DOUBLE PRECISION FUNCTION FA(X, P)
      DOUBLE PRECISION X, P
      FA = DEXP(-P*X*X)
      END
      DOUBLE PRECISION FUNCTION FB(X, P)
      DOUBLE PRECISION X, P
      FB = X/(1.D0 + P*X*X)
      END
      DOUBLE PRECISION FUNCTION SIMP(F, A, B, P, N)
      DOUBLE PRECISION F, A, B, P, H, S
      EXTERNAL F
      INTEGER N, I
      H = (B - A)/N
      S = F(A, P) + F(B, P)
      DO 30 I = 1, N - 1
         S = S + (3 + (-1)**I)*F(A + I*H, P)
   30 CONTINUE
      SIMP = S*H/3.D0
      END
      SUBROUTINE OSC(P, Y0, YEND, Q)
      DOUBLE PRECISION P, Y0(2), YEND(2), Q, SIMP, FA, FB
      EXTERNAL RHS, FA, FB
      YEND(1) = Y0(1)
      YEND(2) = Y0(2)
      CALL EULER(RHS, 2, 20, 0.05D0, YEND, P)
      CALL TWICE(RHS, YEND, P)
      Q = SIMP(FA, 0.D0, 1.D0, P, 8)*Y0(1)
     &  + SIMP(FB, 0.D0, 2.D0, P*P, 6)
      END
