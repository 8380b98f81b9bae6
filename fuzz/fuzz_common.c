/*
 * fuzz_common.c — what every fuzz target shares: throwing the tool's diagnostics away.
 */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz_frontend.h"

void fuzz_silence_diagnostics(void)
{
	if (getenv("STAD_FUZZ_VERBOSE"))
		return;
#if defined(__GLIBC__)
	/* Replace the FILE, not file descriptor 2: libFuzzer keeps its own copy of the original
	 * stderr stream and the sanitizers write to fd 2, so their reports still get out. */
	FILE *null = fopen("/dev/null", "w");
	if (null)
		stderr = null;
#else
		/* Elsewhere the C library's stderr may not be assignable; run libFuzzer with
	 * -close_fd_mask=2 instead, which keeps crash reports. */
#endif
}
