/*
 * stad_rt.h — the run-time library linked into the C code that stad generates (libstad_rt).
 *
 * It holds what an adjoint program needs while it runs:
 *   - the tape: one typed LIFO of bytes in chunks, with inline push/pop on the hot path,
 *     exact current size, peak and traffic (bytes pushed), and a high-water mark since the
 *     last profile event;
 *   - call-site snapshots, pushed on the same tape between srt_snap_write_begin/end;
 *   - the profile recorder (events of runtime/PROFILE_FORMAT.md, written at exit);
 *   - run statistics ($STAD_STATS) and the binomial (revolve) driver for BINOMIAL-CKP loops.
 *
 * The header is C99 (and C++) clean: generated code is compiled with -std=c99 -Wall -Wextra.
 * The library never calls exit() and never writes to stdout. Errors (out of memory, tape
 * underflow, misuse) are sticky: the first one is reported on stderr as
 * "stad runtime: error: ...", srt_error() returns its code afterwards, and the program goes on
 * (an underflowing pop yields zeros, a push that cannot get memory is dropped). Set the
 * environment variable STAD_RT_ABORT=1 to abort() right after the message instead.
 * Thread-unsafe by design: one tape per process.
 */
#ifndef STAD_RT_H
#define STAD_RT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ setup, errors */

/* Reads the environment and registers the at-exit writer of $STAD_STATS and $STAD_PROFILE.
 * Idempotent; also done lazily on the first tape chunk, site registration or revolve object. */
void srt_init(void);

/* Clears the tape, peak, traffic, snapshot and forward-step counters, the sticky error, and the
 * recorded profile events (the registered sites stay, the profile clock restarts). For drivers
 * that run the adjoint several times in one process. The tape's chunks are kept for reuse. */
void srt_reset(void);

typedef enum SrtError {
	SRT_OK = 0,
	SRT_ERR_NOMEM,     /* out of memory: a push was dropped or a buffer could not grow */
	SRT_ERR_UNDERFLOW, /* pop from an empty tape: zeros were returned */
	SRT_ERR_USAGE,     /* a call out of protocol (bad site, unbalanced snapshot, ...) */
	SRT_ERR_IO         /* the stats or profile file could not be written */
} SrtError;

int srt_error(void);                 /* first error since start / srt_reset (SRT_OK if none) */
const char *srt_error_message(void); /* its message ("" if none) */

/* ------------------------------------------------------------------ tape */

/* Hot-path state of the tape, shared with the inline functions below. Not for direct use. */
typedef struct SrtTapeHot {
	unsigned char *top;  /* next free byte in the current chunk */
	unsigned char *base; /* first byte of the current chunk */
	unsigned char *end;  /* one past the last byte of the current chunk */
	size_t bytes;        /* current tape size in bytes */
	size_t hwm;          /* high-water mark since the last profile event (>= bytes) */
	size_t traffic;      /* total bytes pushed */
	size_t peak;         /* peak folded in at each profile event; see srt_tape_peak() */
} SrtTapeHot;

extern SrtTapeHot srt_tape_hot_;
void srt_push_slow_(const void *p, size_t n); /* chunk boundary or first chunk */
void srt_pop_slow_(void *p, size_t n);        /* chunk boundary or underflow */

/* A NULL p (an ALLOCATABLE array of no element, or one not allocated on a path its status
 * rules out) goes to the slow path, which pushes nothing for no bytes: the inline memcpy never
 * sees a NULL pointer, of which gcc -O2 -Wall warns (-Wnonnull) where it cannot see the path dead. */
static inline void srt_push_block(const void *p, size_t nbytes)
{
	SrtTapeHot *t = &srt_tape_hot_;
	if (p && (size_t)(t->end - t->top) >= nbytes) {
		memcpy(t->top, p, nbytes);
		t->top += nbytes;
		t->bytes += nbytes;
		t->traffic += nbytes;
		if (t->bytes > t->hwm)
			t->hwm = t->bytes;
	} else {
		srt_push_slow_(p, nbytes);
	}
}

/* Pops nbytes pushed by srt_push_block (or by several pushes: the tape is a byte stream). */
static inline void srt_pop_block(void *p, size_t nbytes)
{
	SrtTapeHot *t = &srt_tape_hot_;
	if (p && (size_t)(t->top - t->base) >= nbytes) { /* NULL: as srt_push_block */
		t->top -= nbytes;
		t->bytes -= nbytes;
		memcpy(p, t->top, nbytes);
	} else {
		srt_pop_slow_(p, nbytes);
	}
}

static inline void srt_push_d(double x)
{
	srt_push_block(&x, sizeof x);
}
static inline void srt_push_f(float x)
{
	srt_push_block(&x, sizeof x);
}
static inline void srt_push_i(int x)
{
	srt_push_block(&x, sizeof x);
}
static inline void srt_push_l(int64_t x) /* INTEGER(8) */
{
	srt_push_block(&x, sizeof x);
}

static inline double srt_pop_d(void)
{
	double x;
	srt_pop_block(&x, sizeof x);
	return x;
}

static inline float srt_pop_f(void)
{
	float x;
	srt_pop_block(&x, sizeof x);
	return x;
}

static inline int srt_pop_i(void)
{
	int x;
	srt_pop_block(&x, sizeof x);
	return x;
}

static inline int64_t srt_pop_l(void)
{
	int64_t x;
	srt_pop_block(&x, sizeof x);
	return x;
}

static inline size_t srt_tape_bytes(void)
{
	return srt_tape_hot_.bytes;
} /* current size */
static inline size_t srt_tape_traffic(void)
{
	return srt_tape_hot_.traffic;
}
size_t srt_tape_peak(void); /* largest size since start / srt_reset */

/* Chunks emptied by pops stay allocated for the next pushes (also across srt_reset), so a
 * process keeps its peak tape memory; this frees the chunks above the current one. */
void srt_tape_trim(void);

/* Size of the chunks allocated from now on (default 1 MiB, at least 16 bytes). Only while the
 * tape is empty (then its chunks are released); returns 0, or -1 if the tape is not empty. */
int srt_tape_set_chunk_bytes(size_t nbytes);

/* Tapes larger than memory: at most `bytes` of chunk memory (but at least three chunks) hold
 * the top of the tape; the chunks below go to a temporary file and come back when the backward
 * sweep reaches them, written behind and read ahead by an I/O thread (the file is in
 * $STAD_TAPE_DIR, else $TMPDIR, else /tmp, and unlinked at once). 0 = no limit (the default).
 * Set from $STAD_TAPE_LIMIT (e.g. 4GiB) by srt_init. Only while the tape is empty (its chunks
 * are released); returns 0, or -1 if the tape is not empty. Pushes and pops are unchanged;
 * a chunk boundary may wait for the disk. With a limit the stats file adds tape_limit_bytes,
 * tape_memory_peak_bytes, spill_write_bytes, spill_read_bytes and spill_wait_ns (time the
 * program waited for the file). */
int srt_tape_set_limit(size_t bytes);

/* ------------------------------------------------------------------ call-site snapshots */

/* A snapshot of call site `site` is a series of srt_push_block calls between write_begin and
 * write_end, read back by srt_pop_block calls (in reverse order) between read_begin and
 * read_end. write_end adds the bytes pushed to the snapshot_bytes statistic and counts one
 * snapshot. When profiling is on these four functions record the SNAP_WRITE_BEGIN,
 * SNAP_WRITE_END (value = snapshot bytes), SNAP_READ_BEGIN and SNAP_READ_END events
 * themselves: generated code must not record those kinds with srt_prof_event. */
void srt_snap_write_begin(int site);
void srt_snap_write_end(int site);
void srt_snap_read_begin(int site);
void srt_snap_read_end(int site);

/* ------------------------------------------------------------------ statistics */

/* Writes "peak_tape_bytes N", "tape_traffic_bytes N", "snapshot_bytes N", "snapshot_count N"
 * and "forward_steps N", one a line. snapshot_* count call-site snapshots and revolve
 * TAKESHOTs (bytes stored); forward_steps counts the steps run by revolve ADVANCE actions.
 * The same is written at exit to $STAD_STATS when that is set. Atomic (PATH.tmp, rename).
 * Returns 0, or -1 (sticky SRT_ERR_IO). */
int srt_stats_write(const char *path);
uint64_t srt_snapshot_bytes(void);
uint64_t srt_snapshot_count(void);
uint64_t srt_forward_steps(void);

/* ------------------------------------------------------------------ profile recorder */

/* Event kinds of runtime/PROFILE_FORMAT.md (version 1). */
typedef enum SrtEventKind {
	SRT_EV_SNAP_WRITE_BEGIN = 1,
	SRT_EV_SNAP_WRITE_END = 2, /* value: snapshot bytes written */
	SRT_EV_PRIMAL_BEGIN = 3,   /* duplicated primal run of a checkpointed call */
	SRT_EV_PRIMAL_END = 4,
	SRT_EV_SNAP_READ_BEGIN = 5,
	SRT_EV_SNAP_READ_END = 6,
	SRT_EV_ADJ_BEGIN = 7, /* Q_b of a checkpointed call, backward sweep */
	SRT_EV_ADJ_END = 8,
	SRT_EV_FWD_BEGIN = 9, /* value: bytes the snapshot would take were the site on */
	SRT_EV_FWD_END = 10,
	SRT_EV_BWD_BEGIN = 11,
	SRT_EV_BWD_END = 12,
	SRT_EV_TURN = 13,
	SRT_EV_BIN_BEGIN = 14, /* value: snapshot count of the binomial loop */
	SRT_EV_BIN_END = 15,   /* value: forward steps executed */
	SRT_EV_BIN_STEP = 16
} SrtEventKind;

/* kinds[] of srt_prof_register_sites: a call site, a BINOMIAL-CKP loop, a call of a routine without
 * source (always checkpointed, not a toggle) */
enum { SRT_SITE_CALL = 0, SRT_SITE_BINOMIAL = 1, SRT_SITE_FIXED = 2 };

/* Turns profiling on: nsites sites with ids ("step:27:rhs"), kinds (SRT_SITE_*; NULL = all
 * call sites) and checkpointed flags (NULL = all on). Site nsites is the pseudo-site of the
 * head routine. The profile clock starts here. Registering the same table again is a no-op
 * (events keep accumulating, e.g. when the head routine is called several times); a different
 * table replaces the old one and drops its events. The profile is written at exit to
 * $STAD_PROFILE (default "stad.prof") unless srt_prof_write already wrote everything. */
void srt_prof_register_sites(int nsites, const char *const *ids, const int *kinds, const int *checkpointed);

/* Records one event (ignored unless sites are registered). */
void srt_prof_event(int kind, int site);
void srt_prof_event_v(int kind, int site, uint64_t value);

int srt_prof_active(void);       /* 1 once sites are registered */
uint64_t srt_prof_nevents(void); /* events recorded so far */

/* Writes the profile recorded so far (atomically: PATH.tmp, then rename). 0 or -1. */
int srt_prof_write(const char *path);

/* ------------------------------------------------------------------ binomial checkpointing */

/*
 * Griewank–Walther binomial checkpointing ("revolve") for a loop of nsteps time steps with at
 * most nsnaps snapshots held at once. Steps are numbered 0..nsteps-1 (loop index =
 * firststep + step); the state "at step k" is the state before step k runs. The schedule
 * executes the minimal number of forward steps, r*L - C(S+r, S+1) with r the smallest integer
 * such that C(S+r, S) >= L (L = nsteps, S = nsnaps).
 *
 * The generated code loops:
 *
 *     SrtRevolve *rv = srt_revolve_new(nsteps, nsnaps);
 *     for (;;) {
 *         int act = srt_revolve_next(rv);
 *         if (act == SRT_RV_TAKESHOT)   store the state with srt_revolve_store(rv, slot, ...)
 *         else if (act == SRT_RV_RESTORE)  read it with srt_revolve_restore(rv, slot, ...)
 *         else if (act == SRT_RV_ADVANCE)  run steps oldcapo .. capo-1, primal only
 *         else if (act == SRT_RV_FIRSTURN || act == SRT_RV_YOUTURN)
 *                                      run step capo with taping, then its adjoint
 *         else break;                  TERMINATE (done) or ERROR (srt_error() says why)
 *     }
 *     srt_revolve_free(rv);
 *
 * with slot = srt_revolve_slot(rv), capo = srt_revolve_capo(rv), oldcapo =
 * srt_revolve_oldcapo(rv). Protocol, action by action:
 *   TAKESHOT  the state in memory is the state at step capo; store it into `slot` with one or
 *             more srt_revolve_store calls (the slot was emptied by this action). The first
 *             action is always TAKESHOT of step 0 into slot 0 (unless nsteps == 0).
 *   RESTORE   set the state to the one stored in `slot` (state at step capo) with
 *             srt_revolve_restore calls, same pieces in the same order as stored.
 *   ADVANCE   the state is at step oldcapo; run the primal steps oldcapo..capo-1 (no taping).
 *   FIRSTURN  the state is at step capo = nsteps-1: run that last step taped, then its adjoint
 *             (the adjoint of the loop starts here: its incoming adjoints are those of the
 *             loop's outputs). YOUTURN: the same for step capo < nsteps-1, whose adjoint input
 *             is the output of the previous turn. After a turn the state in memory is stale:
 *             the next action is RESTORE or TERMINATE.
 *   TERMINATE the adjoint of steps nsteps-1 .. 0 is complete (one turn per step, in reverse).
 *   ERROR     misuse (nsnaps < 1 with nsteps >= 1, negative nsteps, bad truncate).
 * Slot indices are in 0 .. min(nsnaps, nsteps)-1; slots behave as a stack.
 *
 * Loops whose trip count is only bounded by nsteps (DO WHILE, EXIT): two ways.
 *  (a) Count first: save the state, run the loop primal-only counting the steps n, restore
 *      the state, then srt_revolve_new(n, nsnaps). Costs n extra steps, schedule optimal.
 *  (b) Truncate on the fly: srt_revolve_new(bound, nsnaps); when the loop ends during an
 *      ADVANCE after running steps oldcapo..k-1 (oldcapo <= k <= capo), or when the step of
 *      FIRSTURN (k = capo) is not to run, call srt_revolve_truncate(rv, k) and go on calling
 *      srt_revolve_next: the state in memory is the loop's final state, and the schedule
 *      reverses steps k-1..0 with the snapshots already taken (correct, not always optimal).
 *      Only before the first turn has run.
 * Revolve snapshots live in runtime buffers, not on the tape; their bytes are counted in
 * snapshot_bytes and the forward steps of ADVANCE actions in forward_steps.
 */
typedef struct SrtRevolve SrtRevolve;

typedef enum SrtRevolveAction {
	SRT_RV_TAKESHOT,
	SRT_RV_RESTORE,
	SRT_RV_ADVANCE,
	SRT_RV_FIRSTURN,
	SRT_RV_YOUTURN,
	SRT_RV_TERMINATE,
	SRT_RV_ERROR
} SrtRevolveAction;

SrtRevolve *srt_revolve_new(long nsteps, int nsnaps);                    /* NULL only when out of memory */
int srt_revolve_next(SrtRevolve *r);                                     /* the next SrtRevolveAction */
long srt_revolve_capo(const SrtRevolve *r);                              /* step of the state after this action */
long srt_revolve_oldcapo(const SrtRevolve *r);                           /* ADVANCE: first step to run */
int srt_revolve_slot(const SrtRevolve *r);                               /* TAKESHOT/RESTORE: slot index */
long srt_revolve_steps(const SrtRevolve *r);                             /* nsteps (after any truncate) */
long srt_revolve_forward_steps(const SrtRevolve *r);                     /* steps run by ADVANCE so far */
int srt_revolve_store(SrtRevolve *r, int slot, const void *p, size_t n); /* 0 or -1 */
int srt_revolve_restore(SrtRevolve *r, int slot, void *p, size_t n);     /* 0 or -1 */
int srt_revolve_truncate(SrtRevolve *r, long nsteps_done);               /* 0 or -1 */
void srt_revolve_free(SrtRevolve *r);

/* Revolve schedules by integer handle, for generated BINOMIAL-CKP loops: open, then next
 * (an action) with capo/oldcapo; store/restore use the slot of the current action; close
 * returns the forward steps the schedule ran. */
int srt_rv_open(int nsteps, int nsnaps);
/* The same for the BINOMIAL-CKP loop that is profile site `site`: the snapshot count may be
 * replaced at run time by $STAD_SNAPS ("site=count,..."); records BIN_BEGIN (snapshots) and
 * BIN_STEP (steps) events, and close records BIN_END (forward steps). */
int srt_rv_open_site(int nsteps, int nsnaps, int site);
int srt_rv_next(int h);
int srt_rv_capo(int h);
int srt_rv_oldcapo(int h);
int srt_rv_close(int h);
void srt_rv_store(int h, const void *p, size_t n);
void srt_rv_restore(int h, void *p, size_t n);

/* The adjoint of an !$AD FP-LOOP (two-phase, Christianson 1994; ad/reverse.c): begin with the
 * loop's source file (a constant string) and line, the relative tolerance and the iteration cap (0: SRT_FP_TOL,
 * SRT_FP_MAXITER); after each adjoint step, reset, add the state's adjoints (norm_d/norm_f over
 * n bytes of doubles/floats: the largest |value|), then test: 1 while it should iterate on.
 * end returns the iterations run; runs, iterations and unconverged runs go to $STAD_STATS. */
#define SRT_FP_TOL 1e-12
#define SRT_FP_MAXITER 1000
void srt_fp_begin(const char *file, int line, double tol, int cap);
void srt_fp_norm_reset(void);
void srt_fp_norm_d(const void *p, size_t n);
void srt_fp_norm_f(const void *p, size_t n);
int srt_fp_test(void);
int srt_fp_end(void);

/* A !$AD LINEAR-SOLVE solve (ad/reverse.c): begin (0: the primal solver's run, 1: the adjoint's
 * A^T solve, 2: an FP-LOOP adjoint step's copy of the kept solution) and end around the
 * solver's call; apply at the top of the primal apply= routine. Solves and apply= calls go to
 * $STAD_STATS. */
void srt_ls_begin(int adjoint);
void srt_ls_apply(void);
void srt_ls_end(void);

/* ---------------------------------------------------------------- run-time site states */

/* Adjoints built for tuning (`stad tune`) decide at run time whether each call site is
 * checkpointed. srt_sites_init sets the n states from defaults[], then from the environment
 * variable STAD_SITES when it is set: one character per site, '1' on and '0' off (a string of
 * another length is reported once and ignored). Returns the states array (for profiling). */
const int *srt_sites_init(int n, const int *defaults);
extern unsigned char *srt_site_state_;
static inline int srt_site_on(int site)
{
	return srt_site_state_ ? srt_site_state_[site] : 1;
}

/* A clock in nanoseconds for drivers timing a run: the monotonic clock the profile uses, or the
 * process's CPU time when the environment variable STAD_CLOCK is "cpu". */
uint64_t srt_clock_ns(void);

#ifdef __cplusplus
}
#endif

#endif /* STAD_RT_H */
