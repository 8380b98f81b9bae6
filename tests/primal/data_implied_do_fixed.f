C     DATA WITH IMPLIED DO IN FIXED FORM, CARD-DECK STYLE: SEQUENCE     DID00010
C     NUMBERS IN COLUMNS 73-80, A CONTINUATION LINE INSIDE THE LIST,    DID00020
C     NESTED LOOPS, A STEP, REPEAT COUNTS, MIXED WITH PLAIN OBJECTS.    DID00030
      PROGRAM DIDO                                                      DID00040
      DOUBLE PRECISION C(5), A(2,3), P(10), S                           DID00050
      INTEGER I, J, K(4)                                                DID00060
      DATA (C(I), I=1,5) /2*1.5D0, 3*0.25D0/                            DID00070
      DATA ((A(I,J), I=1,2), J=1,3) /6*0.0/, S /1.D0/                   DID00080
      DATA (P(I), I=1,9,2), (P(I), I=10,2,-2) /5*1.D0,                  DID00090
     &     5*2.D0/, (K(I),I=1,4)/1,2,3,4/                               DID00100
      A(2,3) = S                                                        DID00110
      PRINT *, C                                                        DID00120
      PRINT *, A                                                        DID00130
      PRINT *, P, K                                                     DID00140
      END                                                               DID00150
