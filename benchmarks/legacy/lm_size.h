! lm_size.h -- grid and run length of lmodel.F90; -DLM_NX=.. -DLM_NY=.. -DLM_NT=.. override.
#ifndef LM_NX
#define LM_NX 6
#endif
#ifndef LM_NY
#define LM_NY 5
#endif
#ifndef LM_NT
#define LM_NT 4
#endif
