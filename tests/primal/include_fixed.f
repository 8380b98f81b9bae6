c     INCLUDE in fixed form: a header with PARAMETERs and a COMMON block,
c     included by several routines (found in this file's folder), and a
c     header that itself includes another; both quote styles and cases.
      PROGRAM INCFIX
      INCLUDE 'include_fixed_size.h'
      INTEGER I
      DO 10 I = 1, NX
         T(I) = 1.0D0 + 0.25D0*I
   10 CONTINUE
      CALL STEP(0.5D0)
      CALL STEP(0.25D0)
      CALL REPORT
      END

      SUBROUTINE STEP(DT)
      include "include_fixed_size.h"
      DOUBLE PRECISION DT
      INTEGER I
      DO 20 I = 2, NX
         T(I) = T(I) - DT*KAPPA*(T(I) - T(I-1))
   20 CONTINUE
      NSTEP = NSTEP + 1
      END

      SUBROUTINE REPORT
      Include   'include_fixed_size.h'   ! the same header, a third time
      PRINT *, NSTEP, T(1), T(NX), KAPPA
      END
