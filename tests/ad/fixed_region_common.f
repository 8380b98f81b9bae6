C stad: --head 'relax(f)/(x)' --set n=12 --set nit=4
C     A checkpointed region of two calls, a NOCHECKPOINT call, COMMON state.
      SUBROUTINE RELAX(N, NIT, X, F)
      INTEGER N, NIT, I, IT
      DOUBLE PRECISION X(N), F, W(100)
      COMMON /WORK/ W
      DO 10 I = 1, N
         W(I) = X(I)
   10 CONTINUE
      DO 30 IT = 1, NIT
C$AD CHECKPOINT-START
         CALL SMOOTH(N)
         CALL SMOOTH(N)
C$AD CHECKPOINT-END
C$AD NOCHECKPOINT
         CALL SCALE(N, 0.97D0)
   30 CONTINUE
      F = 0.D0
      DO 40 I = 1, N
         F = F + W(I)**3
   40 CONTINUE
      END
      SUBROUTINE SMOOTH(N)
      INTEGER N, I
      DOUBLE PRECISION W(100), T(100)
      COMMON /WORK/ W
      DO 10 I = 1, N
         T(I) = W(I)
   10 CONTINUE
      DO 20 I = 2, N-1
         W(I) = 0.25D0*T(I-1) + 0.5D0*T(I) + 0.25D0*T(I+1)
     &        + 0.1D0*DSIN(T(I))
   20 CONTINUE
      END
      SUBROUTINE SCALE(N, A)
      INTEGER N, I
      DOUBLE PRECISION A, W(100)
      COMMON /WORK/ W
      DO 10 I = 1, N
         W(I) = A * W(I) * DEXP(-0.01D0 * W(I))
   10 CONTINUE
      END
