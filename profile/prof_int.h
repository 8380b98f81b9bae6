/*
 * prof_int.h — what the profile module's own files share and nothing else sees: the ProfData
 * layout and the dynamic instances the reader rebuilds from the event stream.
 */
#ifndef STAD_PROF_INT_H
#define STAD_PROF_INT_H

#include "prof.h"

#define PROF_NOINST UINT32_MAX

/* One dynamic instance of a call site: one execution of CALL Q at site s, with its forward
 * part (in the caller's forward sweep) and its backward part (in the caller's backward sweep).
 *   on:  F = SNAP_WRITE_BEGIN..SNAP_WRITE_END PRIMAL_BEGIN..PRIMAL_END
 *        R = SNAP_READ_BEGIN..SNAP_READ_END ADJ_BEGIN .. TURN .. ADJ_END
 *   off: F = FWD_BEGIN..FWD_END          R = BWD_BEGIN..BWD_END
 * Its body is Q's adjoint: forward half (ADJ_BEGIN..TURN or the FWD window) and backward half
 * (TURN..ADJ_END or the BWD window). Instances are numbered in the order their forward part
 * begins, so a parent always has a smaller number than its children. */
typedef struct ProfInst {
	uint32_t site;
	uint32_t parent;    /* instance whose body holds this one's forward part, or PROF_NOINST */
	uint8_t on;         /* state in the profiled build */
	uint8_t spans_turn; /* F in the parent's forward half and R in its backward half */
	int64_t snap;       /* snapshot bytes (measured when on; FWD_BEGIN's value when off) */
	int64_t tape;       /* bytes the callee's forward sweep leaves on the tape */
	uint64_t t_write;   /* ns: snapshot write (on) */
	uint64_t t_primal;  /* ns: primal run (on) */
	uint64_t t_read;    /* ns: snapshot read (on) */
	uint64_t t_fwd;     /* ns: callee's forward sweep (ADJ_BEGIN..TURN, or the FWD window) */
} ProfInst;

struct ProfData {
	char *name; /* file name for messages */
	size_t nsites;
	ProfSite *sites;
	char *idbuf;     /* storage of the site ids */
	uint64_t *ninst; /* per site: dynamic instances */
	size_t nevents;
	ProfEvent *events;
	uint32_t *ev_inst; /* per event: the instance it is a boundary (or TURN) of, or PROF_NOINST */
	size_t ninsts;
	ProfInst *insts;
	uint64_t peak; /* max hwm over the events */
	uint64_t trailer_peak;
	uint64_t total_ns;
};

/* A BINOMIAL-CKP loop in a profile (site k): its snapshot count S, steps L, forward steps N and
 * time T over all its instances. 0 when it did not run. */
int prof_binomial_facts(const ProfData *d, size_t k, uint64_t *S, uint64_t *L, uint64_t *N, double *T, uint64_t *inst);
/* Snapshots revolve holds at most for L steps with S allowed: the last step needs none. */
uint64_t prof_binomial_held(uint64_t S, uint64_t L);

/* The exact peak of many sets of switches on one profile without reallocating (search.c):
 * flip[site] != 0 switches the site (binomial loops ignored). 0, or -1 when out of memory. */
typedef struct ProfPeakEval ProfPeakEval;
ProfPeakEval *prof_peak_eval_new(const ProfData *d); /* NULL when out of memory */
/* The same, summarising the checkpointed bodies of at least memo_min events (model.c, "Bodies";
 * 0: none) after their first pass with a set of switches below them; prof_peak_eval_new takes
 * PROF_MEMO_MIN. Tests take 1, so that every body is summarised. */
#define PROF_MEMO_MIN 1024
ProfPeakEval *prof_peak_eval_new_memo(const ProfData *d, size_t memo_min);
/* Events and instances the evaluations went through so far (a summarised body: none). */
uint64_t prof_peak_eval_visited(const ProfPeakEval *e);
int prof_peak_eval(ProfPeakEval *e, const int *flip, uint64_t *peak);
void prof_peak_eval_free(ProfPeakEval *e);

/* The profile's unsigned LEB128 (PROFILE_FORMAT.md), one codec for the reader, the writer and
 * the merge (the runtime's recorder has its own, in the runtime library). prof_uv_get reads at
 * buf[*pos] (< len), advancing *pos: 0, -1 when the buffer ends inside it, -2 past 64 bits.
 * prof_uv_put writes at most 10 bytes into out and returns how many. */
int prof_uv_get(const unsigned char *buf, size_t len, size_t *pos, uint64_t *out);
size_t prof_uv_put(unsigned char out[10], uint64_t v);

#endif /* STAD_PROF_INT_H */
