/* opts.h: options, and the number of sweeps (through a nested #include) */
#include "sweeps.h"
