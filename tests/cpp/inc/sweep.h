C     sweep.h: a fragment of executable code, with its own pragma
c$AD NOCHECKPOINT
      CALL RELAX(N, U)
