! lm_options.h -- physics options of lmodel.F90 (MITgcm-style: a package is compiled in when its
! ALLOW_ macro is defined). Diffusion is always on here; -DLM_ALLOW_REACTION adds the nonlinear
! sink and -DLM_ALLOW_RELAX the relaxation to a reference field.
#define LM_ALLOW_DIFFUSION

