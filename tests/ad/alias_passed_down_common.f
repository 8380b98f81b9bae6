c stad: --head 'mal(s)/(x)'
C     The F77 form of alias_passed_down_saved: a COMMON array passed as G(2) to LVL1, which
C     hands it on to LVL2; LVL2 reads /BLK/ by name while writing its dummy B (= G(2:3)), and
C     LVL1 writes A(1) after the call. With the call of LVL2 split (--default-nocheckpoint) TBR
C     saved nothing and the adjoint was wrong (s18 trial B, F13).
      SUBROUTINE LVL2(M, B)
      INTEGER M, I
      DOUBLE PRECISION B(M), G
      COMMON /BLK/ G(3)
      DO 10 I = 1, M
        B(I) = B(I)*0.5D0 + G(1)*G(I)
   10 CONTINUE
      END
      SUBROUTINE LVL1(M, A)
      INTEGER M
      DOUBLE PRECISION A(M)
      CALL LVL2(M, A)
      A(1) = A(1)*2
      END
      SUBROUTINE MAL(X, S)
      DOUBLE PRECISION X(3), S, G
      COMMON /BLK/ G(3)
      INTEGER I
      DO 5 I = 1, 3
        G(I) = X(I)
    5 CONTINUE
      CALL LVL1(2, G(2))
      S = G(1)**2 + G(2)**2 + G(3)**2
      END
