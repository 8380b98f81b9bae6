C     cpp_mitgcm_OPTIONS.h: compile-time options (as MITgcm's CPP_OPTIONS.h)
#undef ALLOW_NONHYDROSTATIC
#ifndef ALLOW_DIFFUSION
#define ALLOW_ADVECTION_ONLY
#endif
