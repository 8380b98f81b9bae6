c     RETURN and STOP in fixed form: RETURN from inside a labelled DO
c     loop in a function and in a subroutine, a RETURN at the end,
c     and STOP in the main program after the last output.
      PROGRAM RETSTP
      DOUBLE PRECISION A(8), T
      INTEGER IFIND, I, K
      EXTERNAL IFIND
      DO 10 I = 1, 8
         A(I) = DBLE(I*I) - 10.5D0
   10 CONTINUE
      PRINT *, IFIND(A, 8, 0.0D0), IFIND(A, 8, 60.0D0)
      T = 0.0D0
      CALL ACCUM(A, 8, 20.0D0, T, K)
      PRINT *, T, K
      IF (T .GT. 0.0D0) STOP
      PRINT *, -1
      END

      INTEGER FUNCTION IFIND(A, N, V)
      INTEGER N, I
      DOUBLE PRECISION A(N), V
      IFIND = 0
      DO 10 I = 1, N
         IF (A(I) .GT. V) THEN
            IFIND = I
            RETURN
         ENDIF
   10 CONTINUE
      RETURN
      END

      SUBROUTINE ACCUM(A, N, CAP, T, K)
      INTEGER N, K
      DOUBLE PRECISION A(N), CAP, T
      DO 10 K = 1, N
         IF (T + A(K) .GT. CAP) RETURN
         T = T + A(K)
   10 CONTINUE
      END
