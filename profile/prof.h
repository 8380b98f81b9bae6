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
#include <stdio.h>

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
 * in the profile, but not a toggle (always on); or a call site forced off (its snapshot would
 * need an assumed-size array, or the callee draws random numbers): not a toggle, always off. */
typedef enum ProfSiteKind { PROF_SITE_CALL = 0, PROF_SITE_BINOMIAL = 1, PROF_SITE_FIXED = 2 } ProfSiteKind;

typedef struct ProfSite {
	const char *id; /* "caller:callee#k" */
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

/* One profile out of n (1..9) profiles of runs of one profiled build with one input: the same
 * events, each time step the median of the runs' steps there (a time slice lost to another process
 * in one run is dropped; merge.c). Written to out atomically. 0, or -1 with "what" in err when the
 * files are not such runs (another header, event, count or peak) or cannot be read or written. */
int prof_merge_median(const char *const *paths, int n, const char *out, char *err, size_t errlen);

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
	int fixed;           /* a fixed call site (PROF_SITE_FIXED): always on, or always off (a call
	                        site forced off: its snapshot cannot be taken) */
	uint64_t ninstances; /* dynamic instances */
	double dtime_s;      /* predicted change of the run time; negative = faster */
	int time_estimated;  /* 1 when dtime_s rests on ProfCalib estimates (switching on) */
	uint64_t peak;       /* predicted peak tape bytes after the switch */
	uint64_t cur_peak;   /* measured peak */
	int64_t dpeak;       /* peak - cur_peak */
	uint64_t snap_bytes; /* snapshot bytes, summed over the instances */
	uint64_t snap_max;   /* the largest snapshot of one instance */
	uint64_t tape_max;   /* the most one instance's callee forward sweep leaves on the tape */
	uint64_t tape_bytes; /* what the callee's forward sweeps leave on the tape, summed over the instances */
} ProfPrediction;

/* Fills out[0 .. prof_nsites(d)-1]. Returns 0, or -1 when out of memory. */
int prof_predict(const ProfData *d, ProfPrediction *out);
/* The same without the peaks (peak and dpeak left at the profile's): no pass over the events;
 * what the search needs (it computes the peaks of whole configurations). */
int prof_predict_times(const ProfData *d, ProfPrediction *out);
/* Predicts flipping the sites with flip[site] != 0 all at once: the time change is the sum of
 * the single-site changes, the peak is exact (one pass over the timeline). 0 or -1. */
int prof_predict_set(const ProfData *d, const int *flip, double *time_s, uint64_t *peak);

/* ---------------------------------------------------------------- strategies */

/* gain-first and memory-careful are greedy (prof_plan); optimal searches the whole
 * configuration space on the model (prof_search; stad tune only). */
typedef enum ProfStrategy { PROF_GAIN_FIRST, PROF_MEMORY_CAREFUL, PROF_OPTIMAL } ProfStrategy;

#define PROF_NO_BUDGET UINT64_MAX

/* "64MiB", "1.5GiB", "100000", "2x" (times ref_peak, the default configuration's peak),
 * "0.5off" (times off_peak, the peak with every call site off). K/M/G/T and KiB/MiB/GiB/TiB are
 * powers of 1024, KB/MB/GB/TB powers of 1000, B or nothing bytes; a space may precede the unit.
 * Returns 0, or -1 for anything else (negative, empty, overflow, junk). */
int prof_parse_budget(const char *s, uint64_t ref_peak, uint64_t off_peak, uint64_t *out);
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

/* ---------------------------------------------------------------- tuning (tune.c) */

/* The decisions of `stad tune`, as pure functions: measurements and a profile in, the next
 * configuration out. cli/tune.c only builds, runs and writes files around them.
 *
 * A configuration is a string: one '0' or '1' per site in the site table's order (a binomial
 * loop's character is ignored), then, when BINOMIAL-CKP loops run with another snapshot count
 * than their directive's, "|site=count,site=count" in increasing site order: exactly what a
 * --dynamic-sites build reads from $STAD_SITES and $STAD_SNAPS. */

/* What a measurement was made for (its code in the measurement cache). */
typedef enum ProfMeasKind { PROF_MEAS_TUNING = 0, PROF_MEAS_RANDOM = 1, PROF_MEAS_EXHAUSTIVE = 2 } ProfMeasKind;

typedef struct ProfMeas {
	char *config;     /* malloc'ed */
	double time_s;    /* median of the repeated runs (tuning) or one run (random, exhaustive) */
	uint64_t peak;    /* tape + revolve snapshots */
	int kind;         /* ProfMeasKind */
	uint64_t rv_peak; /* of which revolve snapshots */
	int has_pred;     /* 1: pred_time_s and pred_peak hold its prediction (made before it was measured) */
	double pred_time_s;
	uint64_t pred_peak;
	int timed_out;     /* killed at tune's time limit: time_s is the limit, peak unknown (UINT64_MAX) */
	double anchor_s;   /* the default's time measured next to a random or exhaustive point, or the
	                    * configuration a move was predicted from next to the move; 0: none */
	double lo_s, hi_s; /* the fastest and slowest of its runs when it was run more than once; 0: not known */
	double other_s;    /* the median of its runs by the other clock (wall time when measured in CPU time,
	                    * CPU time when in wall time), of the whole process per call; 0: not known */
	int nruns;         /* runs its median is of (0: not known) */
} ProfMeas;

/* A distribution-free interval on the median of x[0..n-1] (sorted in place): the order
 * statistics x(j) and x(n+1-j), j the largest rank whose interval covers the median with
 * probability at least 95 % (binomial with p = 1/2); with fewer than 6 values no such j exists
 * and the interval is the whole range. Returns its coverage (0 when n is 0). */
double prof_median_interval(double *x, size_t n, double *lo, double *hi);
/* 1 when a measurement of runs x[0..n-1] needs another run: fewer than cap runs, and its interval
 * on the median (prof_median_interval) wider than tol times the median, or fewer than 6 runs
 * (no 95 % interval yet) when tol > 0. x is sorted in place. */
int prof_repeat_more(double *x, size_t n, double tol, size_t cap);

/* The time-prediction error of the measurements with has_pred: the median and the largest of
 * |predicted - measured| / measured into *median, *max, and how many predicted peaks were
 * exact into *nexact. Returns how many measurements had a prediction. */
size_t prof_meas_errors(const ProfMeas *m, size_t n, double *median, double *max, size_t *nexact);

/* A configuration with its prediction. */
typedef struct ProfCand {
	char *config; /* malloc'ed */
	double pred_time_s;
	uint64_t pred_peak; /* tape + revolve snapshots */
} ProfCand;

/* The snapshot count a configuration gives binomial site `site`, or 0 (the directive's). */
int prof_config_snaps(const char *config, size_t site);
/* config with site's snapshot count set to snaps (the other sites' counts kept), malloc'ed. */
char *prof_config_with_snaps(const char *config, size_t nsites, size_t site, int snaps);
/* config with call site `site` switched, malloc'ed. */
char *prof_config_flip(const char *config, size_t site);
/* The n-th pseudo-random configuration of nsites switches (xorshift from a fixed seed, state
 * kept in *state), into bits[0..nsites]. */
void prof_config_random(uint64_t *state, char *bits, size_t nsites);

/* 1 if m[i] is on the Pareto front of m[0..n-1] (no other point is as fast and as small and
 * better in one of the two). */
int prof_meas_pareto(const ProfMeas *m, size_t n, size_t i);
/* The fastest tuning measurement within the budget (base first among equals), or NULL when
 * none fits; random and exhaustive points, measured once each, are for the plane only. */
const ProfMeas *prof_meas_best(const ProfMeas *m, size_t n, const ProfMeas *base, uint64_t budget);
/* The tuning measurement with the lowest peak (the fastest among equal peaks). */
const ProfMeas *prof_meas_lowest(const ProfMeas *m, size_t n);

/* A switch, a snapshot count, or several changes at once (the optimal strategy's jumps, or
 * the greedy strategy's repairs of a peak over the budget). */
/* Two configurations timed side by side in n interleaved rounds (a[i] and b[i] in round i). */
typedef struct ProfCompare {
	double a_s, b_s; /* medians */
	double ratio;    /* a_s / b_s: > 1 when b is faster */
	double noise;    /* relative spread: the larger of the two interquartile half-ranges over
	                    the median, at least 1 % */
	int verdict;     /* 1 b faster, -1 b slower, 0 the difference is within the noise */
} ProfCompare;
/* b is faster when the ratio exceeds 1 + 2 noise and b won at least 3/4 of the rounds; the
 * converse for slower; anything else is within the noise. n >= 1. */
void prof_compare(const double *a, const double *b, size_t n, ProfCompare *out);

typedef enum ProfMoveKind { PROF_MOVE_SWITCH, PROF_MOVE_SNAPS, PROF_MOVE_SET } ProfMoveKind;

/* One step of the tuning loop. */
typedef struct ProfMove {
	int kind;     /* ProfMoveKind */
	size_t site;  /* the call site switched, or the binomial loop whose count changes */
	int to_on;    /* PROF_MOVE_SWITCH: the new state */
	int snaps;    /* PROF_MOVE_SNAPS: the new snapshot count */
	char *from;   /* the configuration before the move (malloc'ed) */
	char *config; /* the configuration after the move (malloc'ed; prof_move_free) */
	double pred_time_s;
	uint64_t pred_peak;
} ProfMove;

void prof_move_free(ProfMove *m);
/* Every change from m->from to m->config, ", " between: "ID on", "ID off", "ID snapshots N"
 * (malloc'ed), with ids[site] the site ids: the `change` of report.json. */
char *prof_move_text(const ProfMove *m, const char *const *ids);

/* The two fitted terms of the time model, by least squares over measurements: the residual r
 * (measured − cur − scale × dt_raw, measured seconds) against the peak's growth over the profiled
 * configuration's (x_peak, bytes, 0 when it does not grow) and the recorded events removed
 * (x_rec = nrec). Sums, so that one measurement can be taken out again (weight −1: leave one out). */
typedef struct ProfFit {
	double n, pp, pe, ee, rp, re, rr;
} ProfFit;
/* Adds a measurement of residual r with weight w (tune: 1/t², relative residuals); w < 0 takes
 * one added with -w out again (leave one out). n counts the measurements. */
void prof_fit_add(ProfFit *f, double r, double x_peak, double x_rec, double w);
/* The coefficients: byte_cost (s per byte, 0..1e-8) and rec_cost (s per event, 0..PROF_REC_COST_MAX)
 * of least squared residual, both never negative (the joint fit with three measurements or more,
 * else each alone); rec_cost is prior_rec when the measurements do not constrain it. */
void prof_fit_solve(const ProfFit *f, double prior_rec, double *rec_cost, double *byte_cost);

/* The greedy loop's state: what it was asked and which configurations it tried. */
typedef struct ProfTuner {
	size_t nsites;
	ProfStrategy strategy;
	uint64_t budget;   /* PROF_NO_BUDGET for none */
	double min_gain;   /* smallest predicted gain worth a move, as a fraction of the run time */
	double ev_cost;    /* profile seconds one event costs (prof_event_cost / time_scale) */
	double time_scale; /* measured seconds per profile second (prof_time_scale); 0: 1 */
	double byte_cost;  /* the tape term (prof_fit_solve); 0: none */
	ProfFit fit;       /* the tape term and the recording cost fitted over the loop's moves */
	double rec_cost;   /* measured s per recorded event a switch removes (fitted; prior rec_cost0) */
	double rec_cost0;  /* its prior: ev_cost × time_scale when the loop starts (prof_tune_loop) */
	char **visited;    /* configurations the loop has chosen */
	int undone;        /* moves measured and undone since the last one kept */
	int max_undone;    /* optimal: stop after this many (0: 3) */
	int none_fits;     /* set when no configuration is predicted within the budget */
	ProfCand lowest;   /* then: the lowest predicted peak found */
	size_t nevals;     /* exact peaks the searches computed */
	int complete;      /* optimal: the last search proved its candidate best on the model */
	size_t nvisited, capvisited;
} ProfTuner;

void prof_tuner_init(ProfTuner *t, size_t nsites, ProfStrategy s, uint64_t budget, double min_gain);
void prof_tuner_free(ProfTuner *t);
/* What one profile event costs, from the profiled run's time and the plain run's time of the
 * same configuration: (prof_time - time) / events, clamped to [0, 200 ns]; 0 when unknown. */
double prof_event_cost(const ProfData *d, double prof_time_s, double time_s);
/* What recording one event costs as the profile's own clock saw it: the median gap between two
 * events with no code between them (SNAP_WRITE_END → PRIMAL_BEGIN, SNAP_READ_END → ADJ_BEGIN of
 * the same checkpointed call), in profile seconds; 0 when the profile has no checkpointed call.
 * The run-wide average (prof_event_cost) also counts what the recorder does between events
 * (buffer flushes, the file), which the windows a switch removes do not contain. */
double prof_event_gap(const ProfData *d);
/* The next move from configuration cur (measured; d its profile): the strategy's plan of
 * switches (predicted times corrected by t->ev_cost, three events per instance), or a binomial
 * loop's snapshot count doubled or halved, whichever gains more; a gain below min_gain × the
 * time is no reason to move (bringing the peak within the budget is). Configurations already
 * chosen are not chosen again; the move's is added to them. Returns 1 and fills *out, 0 when
 * nothing is predicted to help, -1 when out of memory. */
int prof_tune_next(ProfTuner *t, const ProfData *d, const ProfMeas *cur, ProfMove *out);
/* 1 if the loop keeps measurement m over cur: faster within the budget, or, while cur is over
 * the budget, a lower peak. Counts the moves undone in a row. */
int prof_tune_keep(ProfTuner *t, const ProfMeas *cur, const ProfMeas *m);

/* What the tuning loop asks of its caller, which owns the processes and files (cli/tune.c) or
 * stands for them (tests/profile: the simulator). */
typedef struct ProfTuneIO {
	void *ctx;
	/* config measured (kept by the caller until the loop ends); NULL after reporting. base: the
	 * configuration it was predicted from, which the caller may run between config's runs and
	 * give as the result's anchor_s (the loop then predicts and decides from it) */
	ProfMeas *(*measure)(void *ctx, const char *config, const char *base);
	/* the measurement of a configuration measure gave before */
	const ProfMeas *(*measured)(void *ctx, const char *config);
	/* config's profile (NULL: none; the loop frees it), and the profiled run's time as its file
	 * says (prof_time_scale) */
	ProfData *(*profile)(void *ctx, const char *config, double *file_time);
	/* after move number iter (from 1): its measurement m and whether the loop keeps it; takes
	 * mv over (prof_move_free) */
	void (*moved)(void *ctx, int iter, ProfMove *mv, const ProfMeas *m, int kept);
} ProfTuneIO;

/* The tuning loop: from configuration start (measured) and its profile d (taken over, with
 * file_time), at most maxit times: a move chosen (prof_tune_next, with t->ev_cost the fitted
 * recording cost t->rec_cost over the time scale), measured, the tape term and the recording
 * cost fitted again with it (t->fit, t->byte_cost, t->rec_cost: the measured time less the
 * profile's scaled change against its peak's growth over the profiled configuration's and the
 * events it stops recording; a move that switches sites on is no data point), kept or undone
 * (prof_tune_keep), and, when kept, the new configuration profiled. The recording cost's prior
 * t->rec_cost0 is t->ev_cost (as the caller set it) times the start's time scale. Returns 1 when the loop
 * stopped by itself (nothing else predicted to help, or t->none_fits), 0 after maxit moves or
 * without a profile, -1 out of memory, -2 when a measurement failed (reported by the caller). */
int prof_tune_loop(ProfTuner *t, const ProfTuneIO *io, const char *start, ProfData *d, double file_time, int maxit);

/* ---------------------------------------------------------------- tune's report (report.c) */

/* One step of the loop: the move it chose, what it measured, whether it was kept. */
typedef struct ProfTuneStep {
	ProfMove move;
	double meas_time;
	uint64_t meas_peak;
	int accepted;
} ProfTuneStep;

/* What report.json and plot.svg show: the command's options, the loop's state, every
 * measurement, and the comparison re-measured at the end. */
typedef struct ProfTuneReport {
	const char *head, *launcher; /* --head; --launcher or NULL */
	int jobs, clock_wall;
	const char *const *ids; /* the n site ids */
	int n;
	int calls;       /* adjoint calls per measured run */
	ProfTuner tuner; /* the loop's (strategy, searches, lowest predicted) */
	uint64_t budget; /* PROF_NO_BUDGET for none */
	const ProfMeas *m;
	int nm;
	const ProfTuneStep *it; /* the loop's moves */
	int nit;
	const ProfMeas *all_off; /* the all-off configuration's measurement, or NULL */
	uint64_t off_peak;       /* predicted peak with every call site off */
	ProfCompare cmp;         /* default and best re-measured side by side */
	double off_side_s;       /* all off re-measured with them; 0: not */
	double byte_cost;        /* the tape term fitted to every measurement */
	double ev_cost0, scale0; /* the default's profile: s per event, measured s per profile s */
	double rec_cost;         /* the recording cost fitted to every measurement, measured s per event */
	double rec_cost0;        /* its prior (the profile's gaps) */
	double err_prior;        /* the points' median time error with rec_cost0 (the cost not fitted) */
	double st_time;          /* the best configuration built from its table; -1: not run */
	uint64_t st_peak;
} ProfTuneReport;

/* report.json: best NULL when no configuration fits the budget; grad_ok 1 same gradient, 0 not,
 * -1 not checked. */
void prof_report_json(FILE *f, const ProfTuneReport *r, const ProfMeas *base, const ProfMeas *best, int grad_ok);
/* plot.svg: run time against peak, both on log scales; default, all off and best labelled. */
void prof_report_svg(FILE *f, const ProfTuneReport *r, const ProfMeas *base, const ProfMeas *best);

/* The measurements of m[0..n) no one predicted before they were measured (random and
 * exhaustive points: not the loop's, not base, not a BINOMIAL-CKP count) predicted from d,
 * base's profile (prof_predict_parts, prof_time_of_parts at time scale `scale`, from base's time
 * or the default's measured next to the point, anchor_s), with the tape term and the recording
 * cost fitted leave-one-out: to the loop's moves (loop: ProfTuner.fit, or NULL) and every other
 * point that switches nothing on, so a point's own measurement does not enter its prediction.
 * Sets their pred_time_s, pred_peak and has_pred. Into *rec_cost and *byte_cost the terms fitted
 * to everything (prior rec_cost0), into *err_prior the points' median time error with the
 * recording cost held at rec_cost0 (its tape term fitted alone, leave-one-out). 0, or -1 when
 * out of memory (nothing set). */
int prof_predict_points(const ProfData *d, ProfMeas *m, size_t n, const ProfMeas *base, double scale, double rec_cost0,
                        const ProfFit *loop, double *rec_cost, double *byte_cost, double *err_prior);

/* ---------------------------------------------------------------- the search (search.c) */

/* Exact peak evaluations a search makes by default: until they have gone through PROF_SEARCH_WORK
 * events and instances (a few seconds; the long bodies they meet again with the same switches
 * below are summarised, not gone through: model.c), at least 8 and at most PROF_SEARCH_EVALS. */
#define PROF_SEARCH_EVALS 20000
#define PROF_SEARCH_WORK 4e8

/* The predicted optimum over all configurations of one profile (every call site that ran on or
 * off, every BINOMIAL-CKP loop's snapshot count from 1 to its steps in powers of two): the
 * configurations in order of predicted time, the first `want` whose exact predicted peak fits
 * the budget, leaving out the current one and `exclude`. */
typedef struct ProfSearch {
	/* in */
	size_t nsites;
	uint64_t budget;
	double ev_cost;       /* profile seconds per event (prof_event_cost / time_scale) */
	double time_scale;    /* prof_time_scale; 0: 1 */
	size_t want;          /* candidates wanted (0: 1) */
	double byte_cost;     /* measured s per byte of peak above cur's (prof_byte_cost); 0: none */
	size_t max_evals;     /* exact peak evaluations allowed (0: from PROF_SEARCH_WORK) */
	char *const *exclude; /* configurations already measured or tried */
	size_t nexclude;
	const unsigned char *fixed; /* sites kept as in cur (fixed[site] != 0), or NULL */
	/* out */
	ProfCand *cand; /* best first, all predicted within the budget */
	size_t ncand;
	int complete;    /* 1: cand[0] is the optimum on the model (or, with no candidate, nothing fits) */
	size_t nevals;   /* exact peaks computed */
	ProfCand lowest; /* the lowest predicted peak found (a local minimum when nothing fits) */
} ProfSearch;

/* cur: the profiled configuration and its measurement. 0, or -1 when out of memory. */
int prof_search(const ProfData *d, const ProfMeas *cur, ProfSearch *s);
void prof_search_free(ProfSearch *s);
/* The predicted time of a change dt (profile seconds, corrected to the plain build; dt_raw as
 * profiled) of a run measured at cur_t whose profile lasted total_s: cur_t + scale dt, but never
 * below the share of the run the profile says remains, cur_t (total_s + dt_raw) / total_s, so
 * never negative. scale converts the profile's clock into the measurement's (prof_time_scale);
 * 0 is taken as 1. */
double prof_predicted_time(double cur_t, double total_s, double scale, double dt, double dt_raw);
/* Measured seconds per profile second: the profiled run's time as the measurement clock took it
 * (CPU time, say) over the profile's own total (monotonic time of the same run). On a loaded
 * machine the profile's wall-clock windows are stretched by the load of that moment; the ratio
 * brings them to the unit of the run they are added to. 1 when either is unknown; clamped to
 * [0.05, 20] (a ratio outside is a broken measurement, not a load). */
double prof_time_scale(const ProfData *d, double prof_time_s);
/* Predicted time and exact peak of configuration config (call sites as in cur->config, the
 * same snapshot counts) from d, the profile of cur: the time changes of the switched sites
 * added (corrected by ev_cost profile seconds per event, three per instance) and scaled, the
 * peak one exact pass plus cur's revolve snapshots. 0 or -1 (OOM). */
int prof_predict_config(const ProfData *d, const ProfMeas *cur, const char *config, double ev_cost, double scale, double *time_s,
                        uint64_t *peak);
/* The tape term: a configuration whose peak is larger than the profiled one's runs slower than
 * the sum of its switches says, by about byte_cost seconds per byte of the difference (a longer
 * tape leaves the caches: the pushes and pops of the callees switched off go to memory; the
 * profile of the shorter tape cannot show it). byte_cost is fitted to measurements, least squares
 * through zero: over measurements i, r_i the measured minus the predicted time without the term,
 * x_i the predicted peak's excess over the profiled configuration's (0 if none), from the sums
 * sum_rx = Σ r_i x_i and sum_xx = Σ x_i². 0 when nothing constrains it (sum_xx = 0), never
 * negative (a longer tape is not faster), at most 1e-8 s per byte. */
double prof_byte_cost(double sum_rx, double sum_xx);
/* The predicted time with the tape term: t + byte_cost * (peak - cur_peak) when the peak grows
 * (one-sided: the search's bound needs a term that never lowers a time, and on the benchmark
 * models the configurations below the profiled peak showed no such gain). */
double prof_with_tape_term(double t, double byte_cost, uint64_t peak, uint64_t cur_peak);
/* The profile's time less what recording its events cost (ev_cost profile seconds each), never
 * below a tenth of it: the run the windows of the profile are a share of, for the floor of
 * prof_predicted_time. */
double prof_plain_total(const ProfData *d, double ev_cost);

/* The parts of a prediction that do not depend on the fitted terms: the profile seconds the
 * switches change as profiled (dt_raw), the events whose recording they remove (nrec: three per
 * instance switched off, minus three per instance switched on), and the exact peak. */
typedef struct ProfParts {
	double dt_raw;
	double nrec;
	uint64_t peak; /* tape + cur's revolve snapshots */
	size_t non;    /* instances switched on (their time is an estimate: MODEL.md §5) */
} ProfParts;
/* The parts of configuration config against cur, d its profile. 0 or -1 (OOM). */
int prof_predict_parts(const ProfData *d, const ProfMeas *cur, const char *config, ProfParts *p);
/* The predicted time from the parts: cur + scale × dt_raw + rec_cost × nrec, never below the
 * share of the plain run the profile says remains (prof_plain_total with rec_cost / scale per
 * event), then the tape term (byte_cost). rec_cost is in measured seconds per recorded event. */
double prof_time_of_parts(const ProfData *d, const ProfMeas *cur, const ProfParts *p, double scale, double rec_cost,
                          double byte_cost);

/* The largest recording cost a fit may give, measured seconds per event (the recorder's own
 * run-wide average on the benchmark models is 5–50 ns of CPU; prof_event_cost's bound). */
#define PROF_REC_COST_MAX 200e-9

/* The exact predicted tape peak with every call site that ran switched off. 0 or -1 (OOM). */
int prof_peak_all_off(const ProfData *d, uint64_t *peak);

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
