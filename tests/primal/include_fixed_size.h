C     include_fixed_size.h: sizes, and the model state (a nested include)
      INTEGER NX
      DOUBLE PRECISION KAPPA
      PARAMETER (NX = 5, KAPPA = 0.3D0)
      INCLUDE 'include_fixed_state.h'
