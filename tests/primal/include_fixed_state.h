C     include_fixed_state.h: the COMMON block of the model state
      DOUBLE PRECISION T(NX)
      INTEGER NSTEP
      COMMON /STATE/ T, NSTEP
