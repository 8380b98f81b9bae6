C     cpp_mitgcm_SIZE.h: the grid size and time stepping (as MITgcm's SIZE.h)
      INTEGER sNx, nTimeSteps
      DOUBLE PRECISION deltaT, uVel, diffKh
      PARAMETER ( sNx = 8, nTimeSteps = 4 )
      PARAMETER ( deltaT = 0.1D0, uVel = 0.7D0, diffKh = 0.05D0 )
