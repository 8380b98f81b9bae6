/*
 * testutil.h — what the profile tests share: check macros, and a stream builder that writes
 * events by hand while it keeps the tape size, the clock and the high-water mark, so that a
 * test reads like the adjoint run it stands for:
 *
 *     sb_push(&b, 200);                 the caller pushes 200 bytes
 *     sb_ev(&b, PROF_SNAP_WRITE_BEGIN, s);
 *     sb_push(&b, 100);                 the snapshot
 *     sb_evv(&b, PROF_SNAP_WRITE_END, s, 100);
 */
#ifndef STAD_PROF_TESTUTIL_H
#define STAD_PROF_TESTUTIL_H

#include <stdint.h>
#include <stdio.h>

#include "prof.h"

extern int tu_failures;
extern int tu_checks;

#define CHECK(cond)                                                                                                              \
	do {                                                                                                                     \
		tu_checks++;                                                                                                     \
		if (!(cond)) {                                                                                                   \
			tu_failures++;                                                                                           \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);                                 \
		}                                                                                                                \
	} while (0)

#define CHECK_U64(got, want)                                                                                                     \
	do {                                                                                                                     \
		unsigned long long g_ = (unsigned long long)(got), w_ = (unsigned long long)(want);                              \
		tu_checks++;                                                                                                     \
		if (g_ != w_) {                                                                                                  \
			tu_failures++;                                                                                           \
			fprintf(stderr, "%s:%d: %s is %llu, expected %llu\n", __FILE__, __LINE__, #got, g_, w_);                 \
		}                                                                                                                \
	} while (0)

/* |got - want| <= 1e-15 s + 1e-9 relative */
#define CHECK_TIME(got, want)                                                                                                    \
	do {                                                                                                                     \
		double g_ = (got), w_ = (want), e_ = g_ - w_;                                                                    \
		tu_checks++;                                                                                                     \
		if ((e_ < 0 ? -e_ : e_) > 1e-15 + 1e-9 * (w_ < 0 ? -w_ : w_)) {                                                  \
			tu_failures++;                                                                                           \
			fprintf(stderr, "%s:%d: %s is %.12g, expected %.12g\n", __FILE__, __LINE__, #got, g_, w_);               \
		}                                                                                                                \
	} while (0)

int tu_done(const char *name); /* prints a summary; the exit status */

/* Stream builder. Every event advances the clock by `step` ns (default 10) unless
 * sb_time/sb_work moved it; the hwm of an event is the largest tape size since the previous
 * event (pushes and spikes included). */
typedef struct SB {
	ProfWriter *w;
	uint32_t top; /* the pseudo-site of the head routine (= number of sites) */
	int64_t tape, hwm;
	uint64_t time, step;
	int worked; /* sb_work since the last event */
} SB;

void sb_init(SB *b);
uint32_t sb_site(SB *b, const char *id, int on); /* call before the first event */
void sb_push(SB *b, int64_t n);                  /* n < 0 pops */
void sb_spike(SB *b, int64_t n);                 /* pushes n and pops it between two events */
void sb_work(SB *b, uint64_t ns);                /* time passes */
void sb_ev(SB *b, int kind, uint32_t site);
void sb_evv(SB *b, int kind, uint32_t site, uint64_t value);
/* Reads the stream back (asserting it is valid) and frees the writer. */
ProfData *sb_read(SB *b);
/* Reads the stream back, expecting an error; returns it (static buffer) and frees the writer. */
const char *sb_read_error(SB *b);

/* Single-site predictions of d into a malloc'ed array. */
ProfPrediction *tu_predict(const ProfData *d);

#endif
