/*
 * prof.h — the profile module (prefix prof_): reads the binary profile that a profiled adjoint
 * writes (runtime/PROFILE_FORMAT.md), rebuilds every dynamic instance of every call site from
 * the event stream, predicts what switching each site's checkpoint would do to the run time
 * and to the peak tape size, ranks the switches by a strategy, and implements `stad profile`.
 *
 * The cost model is described, with a worked example, in profile/MODEL.md. In short: the
 * predicted peak is the maximum over the measured event timeline of the tape size adjusted
 * for the switched sites (exact, not a bound), switching a checkpoint off saves the measured
 * snapshot write + primal run + snapshot read, and switching one on costs an estimate of them.
 *
 * The toggle-table reader/writer has its own header, prof_table.h.
 */
#ifndef STAD_PROF_H
#define STAD_PROF_H

#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------- events and sites */

/* Event kinds of PROFILE_FORMAT.md version 1: name, code, shape (window begin, window end or
 * point). One row per kind. */
#define PROF_EVENT_KINDS(X)                                                                                                      \
	X(SNAP_WRITE_BEGIN, 1, PROF_SHAPE_BEGIN)                                                                                 \
	X(SNAP_WRITE_END, 2, PROF_SHAPE_END)                                                                                     \
	X(PRIMAL_BEGIN, 3, PROF_SHAPE_BEGIN)                                                                                     \
	X(PRIMAL_END, 4, PROF_SHAPE_END)                                                                                         \
	X(SNAP_READ_BEGIN, 5, PROF_SHAPE_BEGIN)                                                                                  \
	X(SNAP_READ_END, 6, PROF_SHAPE_END)                                                                                      \
	X(ADJ_BEGIN, 7, PROF_SHAPE_BEGIN)                                                                                        \
	X(ADJ_END, 8, PROF_SHAPE_END)                                                                                            \
	X(FWD_BEGIN, 9, PROF_SHAPE_BEGIN)                                                                                        \
	X(FWD_END, 10, PROF_SHAPE_END)                                                                                           \
	X(BWD_BEGIN, 11, PROF_SHAPE_BEGIN)                                                                                       \
	X(BWD_END, 12, PROF_SHAPE_END)                                                                                           \
	X(TURN, 13, PROF_SHAPE_POINT)                                                                                            \
	X(BIN_BEGIN, 14, PROF_SHAPE_BEGIN)                                                                                       \
	X(BIN_END, 15, PROF_SHAPE_END)                                                                                           \
	X(BIN_STEP, 16, PROF_SHAPE_POINT)

typedef enum ProfShape { PROF_SHAPE_POINT, PROF_SHAPE_BEGIN, PROF_SHAPE_END } ProfShape;

typedef enum ProfEventKind {
#define PROF_X(name, code, shape) PROF_##name = code,
	PROF_EVENT_KINDS(PROF_X)
#undef PROF_X
	        PROF_NKINDS /* one past the last code */
} ProfEventKind;

const char *prof_event_name(int kind); /* "SNAP_WRITE_BEGIN", or "?" for an unknown code */

/* A fixed call site is a call of a routine without source: a checkpointed call like any other
 * in the profile, but not a toggle (always on). */
typedef enum ProfSiteKind { PROF_SITE_CALL = 0, PROF_SITE_BINOMIAL = 1, PROF_SITE_FIXED = 2 } ProfSiteKind;

typedef struct ProfSite {
	const char *id; /* "caller:line:callee" */
	int kind;       /* ProfSiteKind */
	int on;         /* checkpointed in the profiled build */
} ProfSite;

/* One event with absolute values (the file stores deltas). */
typedef struct ProfEvent {
	uint64_t time_ns; /* since the profile start */
	uint64_t tape;    /* tape bytes at the event */
	uint64_t hwm;     /* tape high-water mark since the previous event (>= tape) */
	uint64_t value;   /* kind-specific; meaningful when has_value */
	uint32_t site;    /* index into the site table; nsites = the head routine (top level) */
	uint8_t kind;     /* ProfEventKind */
	uint8_t has_value;
} ProfEvent;

/* ---------------------------------------------------------------- reading */

typedef struct ProfData ProfData;

/* Reads and checks a profile: format (magic, version, varints, site indices, trailer, event
 * count, tape never negative) and structure (windows nest, every call's forward part is
 * reversed once, in LIFO order, by the matching backward part; see MODEL.md). On failure
 * returns NULL and puts "FILE: what, at byte N" into err. */
ProfData *prof_read(const char *path, char *err, size_t errlen);
/* The same on a file image in memory; `name` stands for FILE in messages. */
ProfData *prof_read_mem(const void *buf, size_t len, const char *name, char *err, size_t errlen);
void prof_free(ProfData *d);

size_t prof_nsites(const ProfData *d);
const ProfSite *prof_site(const ProfData *d, size_t i);
size_t prof_site_find(const ProfData *d, const char *id); /* index, or PROF_NONE */
size_t prof_nevents(const ProfData *d);
const ProfEvent *prof_event(const ProfData *d, size_t i);
uint64_t prof_ninstances(const ProfData *d, size_t site); /* dynamic instances of a site */
uint64_t prof_peak(const ProfData *d);                    /* measured peak: max hwm over the events */
uint64_t prof_total_time_ns(const ProfData *d);           /* from the trailer */

#define PROF_NONE ((size_t)-1)

/* ---------------------------------------------------------------- writing (for tests) */

/* Builds a profile file image event by event with absolute values; the writer encodes the
 * deltas. It does not check the structure, so tests can write broken streams too. */
typedef struct ProfWriter ProfWriter;

ProfWriter *prof_writer_new(void);
void prof_writer_free(ProfWriter *w);
/* Adds a site; returns its index. kind: ProfSiteKind. */
uint32_t prof_writer_site(ProfWriter *w, const char *id, int kind, int on);
/* An event at absolute time (non-decreasing), tape size, and high-water mark since the
 * previous event (a hwm below the tape size is taken as the tape size). */
void prof_writer_event(ProfWriter *w, int kind, uint32_t site, uint64_t time_ns, int64_t tape, uint64_t hwm);
void prof_writer_event_v(ProfWriter *w, int kind, uint32_t site, uint64_t time_ns, int64_t tape, uint64_t hwm, uint64_t value);
/* Overrides what the trailer says (to test the reader's checks); not called = the truth. */
void prof_writer_trailer(ProfWriter *w, uint64_t nevents, uint64_t peak, uint64_t total_ns);
/* The file image (malloc'ed, caller frees), or NULL when out of memory. */
unsigned char *prof_writer_finish(ProfWriter *w, size_t *len);
/* Writes the image to path; 0 or -1. */
int prof_writer_save(ProfWriter *w, const char *path);

/* ---------------------------------------------------------------- cost model */

/* What the model assumes where the profile cannot tell (switching a site on). */
typedef struct ProfCalib {
	double primal_factor;   /* t(primal run) ≈ factor × t(forward sweep of the callee) */
	double write_bps;       /* snapshot write bandwidth, bytes per second */
	double read_bps;        /* snapshot read bandwidth, bytes per second */
	uint64_t ninstances_on; /* checkpointed instances the three numbers were measured on */
	int from_profile;       /* 1: measured in this profile; 0: the defaults below */
} ProfCalib;

#define PROF_DEFAULT_PRIMAL_FACTOR 1.0
#define PROF_DEFAULT_BPS 4.0e9 /* 4 GB/s, a memcpy-like rate, when nothing was measured */

void prof_calibration(const ProfData *d, ProfCalib *out);

/* Prediction for switching one site alone (on → off, or off → on). */
typedef struct ProfPrediction {
	size_t site;         /* index in the profile's site table */
	const char *id;      /* the site id (owned by the ProfData) */
	int on;              /* state in the profiled build */
	int toggleable;      /* 0 for binomial loops and fixed calls: they have no on/off switch */
	int fixed;           /* a fixed call site (PROF_SITE_FIXED): always on */
	uint64_t ninstances; /* dynamic instances */
	double dtime_s;      /* predicted change of the run time; negative = faster */
	int time_estimated;  /* 1 when dtime_s rests on ProfCalib estimates (switching on) */
	uint64_t peak;       /* predicted peak tape bytes after the switch */
	uint64_t cur_peak;   /* measured peak */
	int64_t dpeak;       /* peak - cur_peak */
	uint64_t snap_bytes; /* snapshot bytes, summed over the instances */
	uint64_t snap_max;   /* the largest snapshot of one instance */
	uint64_t tape_max;   /* the most one instance's callee forward sweep leaves on the tape */
} ProfPrediction;

/* Fills out[0 .. prof_nsites(d)-1]. Returns 0, or -1 when out of memory. */
int prof_predict(const ProfData *d, ProfPrediction *out);
/* Predicts flipping the sites with flip[site] != 0 all at once: the time change is the sum of
 * the single-site changes, the peak is exact (one pass over the timeline). 0 or -1. */
int prof_predict_set(const ProfData *d, const int *flip, double *time_s, uint64_t *peak);

/* ---------------------------------------------------------------- strategies */

typedef enum ProfStrategy { PROF_GAIN_FIRST, PROF_MEMORY_CAREFUL } ProfStrategy;

#define PROF_NO_BUDGET UINT64_MAX

/* "64MiB", "1.5GiB", "100000", "2x" (times ref_peak). K/M/G/T and KiB/MiB/GiB/TiB are powers
 * of 1024, KB/MB/GB/TB powers of 1000, B or nothing bytes; a space may precede the unit.
 * Returns 0, or -1 for anything else (negative, empty, overflow, junk). */
int prof_parse_budget(const char *s, uint64_t ref_peak, uint64_t *out);
int prof_parse_strategy(const char *s, ProfStrategy *out); /* 0 or -1 */
const char *prof_strategy_name(ProfStrategy s);

/* Why a site is in a plan's suggestion. */
typedef enum ProfReason {
	PROF_KEEP,   /* not suggested */
	PROF_FREE,   /* time gain at no peak cost */
	PROF_REPAIR, /* the peak is over budget: reduces it at the least time per byte */
	PROF_GAIN    /* time gain that keeps the predicted peak within the budget */
} ProfReason;

typedef struct ProfPlan {
	size_t nsites;
	size_t *order; /* site indices in the strategy's order: suggested first */
	int *flip;     /* per site: 1 if the plan switches it */
	int *reason;   /* per site: ProfReason */
	size_t nflips;
	double dtime_s; /* predicted time change of all the switches together */
	uint64_t peak;  /* predicted peak of all the switches together (exact) */
	uint64_t budget;
} ProfPlan;

/* Chooses switches: free wins first (largest gain first), then, if the peak is over the
 * budget, peak reductions by least time per byte until it fits, then time gains in the
 * strategy's order (gain-first: largest gain; memory-careful: largest gain per byte of added
 * peak), each kept only if the predicted peak of everything chosen so far fits the budget.
 * pred: from prof_predict. Returns 0, or -1 when out of memory. */
int prof_plan(const ProfData *d, const ProfPrediction *pred, ProfStrategy s, uint64_t budget, ProfPlan *out);
void prof_plan_free(ProfPlan *p);

/* ---------------------------------------------------------------- the command */

/* `stad profile` once its options are parsed (cli/commands.c): reads the profile, predicts every
 * switch, plans by the strategy within the budget, prints a table (or JSON) and, with
 * write_table, writes the suggested switches merged into `table`'s entries. */
typedef struct ProfCmd {
	const char *profile;     /* the profile to read */
	const char *table;       /* the toggle table the profiled build used, or NULL */
	const char *budget;      /* peak tape allowed (prof_parse_budget against the profile's peak), or NULL */
	ProfStrategy strategy;   /* how to order the switches */
	const char *write_table; /* where to write the suggested table, or NULL */
	int json;                /* print JSON instead of a table */
} ProfCmd;
/* Returns the exit status: 0, 1 (user error: unreadable or corrupt files, a table stad did not
 * write), 2 (a budget that overflows with the profile's peak). */
int prof_cmd_profile(const ProfCmd *c);

#endif /* STAD_PROF_H */
