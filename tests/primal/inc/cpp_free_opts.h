/* cpp_free_opts.h (in tests/primal/inc): found through -I */
#define OFFSET 7
