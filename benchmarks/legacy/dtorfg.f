c stad: --head 'dtcost(f)/(xp, c)' --set nx=4 --set ny=3
c     dtorfg.f -- a legacy F77 kernel in the style of the MINPACK-2 and
c     CUTE test problems: the elastic-plastic torsion energy on an
c     nx x ny interior grid of the unit square (piecewise-linear
c     elements on a triangulation, zero boundary values),
c        f(v) = 1/2 int |grad v|**2 - c int v,
c     evaluated by DTORFG with a CHARACTER*60 task switch ('F', 'G',
c     'FG', 'XS'), grid spacings in COMMON, constants in DATA, loops
c     built from GO TO and an arithmetic IF; and DTCOST, a driver that
c     takes a few steepest-descent steps from the standard starting
c     point plus a perturbation xp, each with a backtracking line
c     search written with GO TO (task 'FG' per step), and returns the
c     final f. Algorithm settings come from a COMMON block set by
c     BLOCK DATA. Head: dtcost(f)/(xp, c); any nx, ny (--set).
      BLOCK DATA DTDATA
      INTEGER NIT, MAXLS
      DOUBLE PRECISION ALPHA0, SHRINK, GAMMA
      COMMON /DTOPT/ ALPHA0, SHRINK, GAMMA, NIT, MAXLS
      DATA ALPHA0, SHRINK, GAMMA /4.0D0, 0.5D0, 1.0D-4/
      DATA NIT, MAXLS /4, 30/
      END

      SUBROUTINE DTORFG(NX, NY, X, F, FGRAD, TASK, C)
      INTEGER NX, NY
      DOUBLE PRECISION F, C
      DOUBLE PRECISION X(NX*NY), FGRAD(NX*NY)
      CHARACTER*60 TASK
      DOUBLE PRECISION HX, HY, AREA
      COMMON /DTGRID/ HX, HY, AREA
      LOGICAL FEVAL, GEVAL
      INTEGER I, J, K
      DOUBLE PRECISION DVDX, DVDY, FL, FU, FLIN, V, VB, VL, VR, VT
      DOUBLE PRECISION CDIV, ZERO, ONE, THREE, P5
      DATA ZERO, ONE, THREE, P5 /0.0D0, 1.0D0, 3.0D0, 0.5D0/
c
      IF (NX .LE. 0 .OR. NY .LE. 0) THEN
         TASK = 'ERROR: NX AND NY MUST BE .GT. 0'
         RETURN
      END IF
      HX = ONE/DBLE(NX + 1)
      HY = ONE/DBLE(NY + 1)
      AREA = P5*HX*HY
      CDIV = C/THREE
c
c     The standard starting point: the distance to the boundary.
c
      IF (TASK(1:2) .EQ. 'XS') THEN
         DO 20 J = 1, NY
            DO 10 I = 1, NX
               K = (J - 1)*NX + I
               X(K) = MIN(DBLE(MIN(I, NX - I + 1))*HX,
     &                    DBLE(MIN(J, NY - J + 1))*HY)
   10       CONTINUE
   20    CONTINUE
         RETURN
      END IF
c
      FEVAL = TASK .EQ. 'F' .OR. TASK .EQ. 'FG'
      GEVAL = TASK .EQ. 'G' .OR. TASK .EQ. 'FG'
      IF (.NOT. (FEVAL .OR. GEVAL)) THEN
         TASK = 'ERROR: UNKNOWN TASK'
         RETURN
      END IF
      IF (FEVAL) THEN
         FL = ZERO
         FU = ZERO
         FLIN = ZERO
      END IF
      IF (GEVAL) THEN
         DO 30 K = 1, NX*NY
            FGRAD(K) = ZERO
   30    CONTINUE
      END IF
c
c     Lower triangles: the vertex (i,j) and its right and top
c     neighbours, for i = 0..nx, j = 0..ny (a GO TO loop over j).
c
      J = 0
   40 CONTINUE
      DO 50 I = 0, NX
         V = ZERO
         VR = ZERO
         VT = ZERO
         K = (J - 1)*NX + I
         IF (I .GE. 1 .AND. J .GE. 1) V = X(K)
         IF (I .LT. NX .AND. J .GE. 1) VR = X(K + 1)
         IF (I .GE. 1 .AND. J .LT. NY) VT = X(K + NX)
         DVDX = (VR - V)/HX
         DVDY = (VT - V)/HY
         IF (FEVAL) THEN
            FL = FL + DVDX**2 + DVDY**2
            FLIN = FLIN + V + VR + VT
         END IF
         IF (.NOT. GEVAL) GO TO 50
         IF (I .GE. 1 .AND. J .GE. 1) FGRAD(K) = FGRAD(K)
     &      - DVDX/HX - DVDY/HY - CDIV
         IF (I .LT. NX .AND. J .GE. 1) FGRAD(K + 1) = FGRAD(K + 1)
     &      + DVDX/HX - CDIV
         IF (I .GE. 1 .AND. J .LT. NY) FGRAD(K + NX) = FGRAD(K + NX)
     &      + DVDY/HY - CDIV
   50 CONTINUE
      J = J + 1
      IF (J - NY) 40, 40, 60
c
c     Upper triangles: the vertex (i,j) and its left and bottom
c     neighbours, for i = 1..nx+1, j = 1..ny+1.
c
   60 CONTINUE
      DO 80 J = 1, NY + 1
         DO 70 I = 1, NX + 1
            V = ZERO
            VL = ZERO
            VB = ZERO
            K = (J - 1)*NX + I
            IF (I .LE. NX .AND. J .LE. NY) V = X(K)
            IF (I .GT. 1 .AND. J .LE. NY) VL = X(K - 1)
            IF (I .LE. NX .AND. J .GT. 1) VB = X(K - NX)
            DVDX = (V - VL)/HX
            DVDY = (V - VB)/HY
            IF (FEVAL) THEN
               FU = FU + DVDX**2 + DVDY**2
               FLIN = FLIN + V + VL + VB
            END IF
            IF (GEVAL) THEN
               IF (I .LE. NX .AND. J .LE. NY) FGRAD(K) = FGRAD(K)
     &            + DVDX/HX + DVDY/HY - CDIV
               IF (I .GT. 1 .AND. J .LE. NY) FGRAD(K - 1) =
     &            FGRAD(K - 1) - DVDX/HX - CDIV
               IF (I .LE. NX .AND. J .GT. 1) FGRAD(K - NX) =
     &            FGRAD(K - NX) - DVDY/HY - CDIV
            END IF
   70    CONTINUE
   80 CONTINUE
c
      IF (FEVAL) F = AREA*(P5*(FL + FU) - CDIV*FLIN)
      IF (GEVAL) THEN
         DO 90 K = 1, NX*NY
            FGRAD(K) = AREA*FGRAD(K)
   90    CONTINUE
      END IF
      END

      SUBROUTINE DTCOST(NX, NY, XP, C, F)
      INTEGER NX, NY
      DOUBLE PRECISION XP(NX*NY), C, F
      INTEGER NIT, MAXLS
      DOUBLE PRECISION ALPHA0, SHRINK, GAMMA
      COMMON /DTOPT/ ALPHA0, SHRINK, GAMMA, NIT, MAXLS
      DOUBLE PRECISION X(NX*NY), G(NX*NY), XT(NX*NY)
      CHARACTER*60 TASK
      INTEGER IT, K, N, NLS
      DOUBLE PRECISION ALPHA, FT, GG
c
      N = NX*NY
      TASK = 'XS'
      CALL DTORFG(NX, NY, X, F, G, TASK, C)
      DO 10 K = 1, N
   10 X(K) = X(K) + XP(K)
      IT = 0
c
c     One steepest-descent step: f and its gradient at x, then halve
c     the step until the sufficient-decrease test holds.
c
   20 CONTINUE
      TASK = 'FG'
      CALL DTORFG(NX, NY, X, F, G, TASK, C)
      IF (TASK(1:5) .EQ. 'ERROR') RETURN
      GG = 0.0D0
      DO 30 K = 1, N
         GG = GG + G(K)**2
   30 CONTINUE
      ALPHA = ALPHA0
      NLS = 0
   40 CONTINUE
      DO 50 K = 1, N
         XT(K) = X(K) - ALPHA*G(K)
   50 CONTINUE
      TASK = 'F'
      CALL DTORFG(NX, NY, XT, FT, G, TASK, C)
      NLS = NLS + 1
      IF (FT - (F - GAMMA*ALPHA*GG)) 60, 60, 55
   55 ALPHA = ALPHA*SHRINK
      IF (NLS .LT. MAXLS) GO TO 40
   60 CONTINUE
      DO 70 K = 1, N
         X(K) = XT(K)
   70 CONTINUE
      IT = IT + 1
      IF (IT .LT. NIT) GO TO 20
      TASK = 'F'
      CALL DTORFG(NX, NY, X, F, G, TASK, C)
      END
