C     Procedure arguments (F77): an integrator given its right-hand side as an EXTERNAL dummy,
C     passed on to its step routine; a quadrature given two different function dummies; a
C     routine that CALLs its dummy without EXTERNAL; the same routine given the same procedure
C     from two callers (one copy). stad specialises each routine for the procedures passed.
      PROGRAM PROCA
      DOUBLE PRECISION P, Y0(2), YEND(2), Q, Y(2)
      EXTERNAL RHS, RHS2
      P = 1.3D0
      Y0(1) = 0.4D0
      Y0(2) = -0.2D0
      CALL OSC(P, Y0, YEND, Q)
      WRITE(*,*) YEND(1), YEND(2), Q
      Y(1) = 1.D0
      Y(2) = 0.5D0
      CALL EULER(RHS2, 2, 10, 0.1D0, Y, P)
      WRITE(*,*) Y(1), Y(2)
      CALL EULER(RHS, 2, 10, 0.1D0, Y, P)
      WRITE(*,*) Y(1), Y(2)
      END
      SUBROUTINE RHS2(T, Y, DY, P)
      DOUBLE PRECISION T, Y(2), DY(2), P
      DY(1) = -P*Y(1)*Y(2)
      DY(2) = Y(1) - T
      END
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
