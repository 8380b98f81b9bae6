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

/* FP-LOOP adjoints (fploop.c): runs, their iterations, the most in one run, runs that stopped
 * unconverged (cap or NaN), and of all runs those the test stopped and those the cap stopped. */
typedef struct SrtFpCounters {
	uint64_t runs, iterations, max_iterations, unconverged;
	uint64_t converged, capped; /* runs the adjoint's test stopped; runs the cap stopped */
} SrtFpCounters;
extern SrtFpCounters srt_fp_counters_;

/* LINEAR-SOLVE solves (fploop.c): the primal solver's runs (forward sweep, FP-LOOP adjoint
 * steps) and the adjoint's, with the calls of apply= they made; the solves FP-LOOP adjoint steps
 * did not run again (kept: the last primal step's solution taken). */
typedef struct SrtLsCounters {
	uint64_t primal_solves, primal_applies, adjoint_solves, adjoint_applies, adjoint_max_applies, kept;
} SrtLsCounters;
extern SrtLsCounters srt_ls_counters_;

/* The tape's spill file (spill.c): traffic and time the main thread waited for the disk. */
typedef struct SrtSpillStats {
	uint64_t write_bytes, read_bytes, wait_ns;
	uint64_t resident_peak; /* the most tape memory held at once (chunk buffers) */
} SrtSpillStats;
extern SrtSpillStats srt_spill_stats_;

/* One I/O job at a time: post waits for the previous one, then hands buf[0..n) to the thread
 * (written to or read from offset off of the spill file). A written buffer goes back to the
 * buffer pool when the job is collected; a failed read leaves zeros. Both return -1 after a
 * sticky SRT_ERR_IO. wait collects the job in flight, if any. */
int srt_io_post_(unsigned char *buf, size_t n, uint64_t off, int write);
int srt_io_wait_(void);

/* Chunk buffers of the current chunk size: from the pool, else (may_grow) a new one; NULL if
 * neither. put returns one to the pool, free releases it, drain frees the pool (after the job
 * in flight), count is how many exist (in chunks, the pool and in flight). */
unsigned char *srt_buf_get_(size_t cap, int may_grow);
void srt_buf_put_(void *buf);
void srt_buf_free_(void *buf);
void srt_buf_drain_(void);
int srt_buf_count_(void);

void srt_prof_reset_(void);   /* profile.c: drop events, restart the clock */
void srt_prof_at_exit_(void); /* profile.c: write $STAD_PROFILE if anything is unwritten */
uint64_t srt_clock_ns_(void); /* monotonic clock in ns */

/* Writes a file atomically: fn(FILE *, ctx) writes PATH.tmp, which is then renamed to PATH.
 * Returns 0, or -1 with errno kept (PATH.tmp removed). A PATH that exists and is not a regular
 * file (/dev/null, a FIFO) is written into instead, never replaced. */
typedef int (*SrtWriteFn)(void *file, void *ctx);
int srt_write_atomic_(const char *path, SrtWriteFn fn, void *ctx);

#endif /* STAD_SRT_INT_H */
