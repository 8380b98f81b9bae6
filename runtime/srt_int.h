/*
 * srt_int.h — what the runtime's own files share and nothing else sees: the sticky error, the
 * run counters behind $STAD_STATS, the profile hooks used by snapshots, and the monotonic clock.
 */
#ifndef STAD_SRT_INT_H
#define STAD_SRT_INT_H

#include <stdint.h>

#include "stad_rt.h"

/* Records the first error (code + printf-style message), prints it once on stderr, and aborts
 * if STAD_RT_ABORT is set to something other than "0". Later errors are only counted. */
void srt_fail_(int code, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 2, 3)))
#endif
        ;

/* Run counters (stats file). */
typedef struct SrtCounters {
	uint64_t snapshot_bytes; /* bytes written by call-site snapshots and revolve TAKESHOTs */
	uint64_t snapshot_count;
	uint64_t forward_steps; /* steps run by revolve ADVANCE actions */
	uint64_t revolve_bytes; /* bytes held in revolve slots now */
	uint64_t revolve_peak;  /* the most ever held */
} SrtCounters;

extern SrtCounters srt_counters_;

void srt_prof_reset_(void);   /* profile.c: drop events, restart the clock */
void srt_prof_at_exit_(void); /* profile.c: write $STAD_PROFILE if anything is unwritten */
uint64_t srt_clock_ns_(void); /* monotonic clock in ns */

/* Writes a file atomically: fn(FILE *, ctx) writes PATH.tmp, which is then renamed to PATH.
 * Returns 0, or -1 with errno kept (PATH.tmp removed). */
typedef int (*SrtWriteFn)(void *file, void *ctx);
int srt_write_atomic_(const char *path, SrtWriteFn fn, void *ctx);

#endif /* STAD_SRT_INT_H */
