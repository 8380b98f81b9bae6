C     cpp_mitgcm_FIELDS.h: the model state in a COMMON block
      DOUBLE PRECISION theta(sNx), gT(sNx)
      COMMON /DYNVARS_R/ theta, gT
