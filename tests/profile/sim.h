/*
 * sim.h — a tiny simulator of stad's adjoint runs, for testing the cost model against
 * "measurements": it executes a program of pushes, transient spikes and calls under a given
 * on/off state of every call site, exactly as DESIGN §4 describes (on: snapshot + primal in the
 * forward sweep, snapshot read + Q_b in the backward sweep; off: Q_fwd, then Q_bwd), and
 * records the profile events through ProfWriter.
 *
 * Time: a pushed byte costs 3 ns in a forward sweep, a popped byte 2 ns, a byte of primal work
 * 1 ns, a snapshot byte 1 ns to write and 1 ns to read; events take no time.
 */
#ifndef STAD_PROF_SIM_H
#define STAD_PROF_SIM_H

#include <stddef.h>
#include <stdint.h>

enum { SIM_PUSH, SIM_SPIKE, SIM_CALL };
enum { SIM_MAXITEMS = 8, SIM_MAXROUTINES = 6, SIM_MAXSITES = 8 };

typedef struct SimItem {
	int op;    /* SIM_PUSH, SIM_SPIKE, SIM_CALL */
	int64_t n; /* bytes pushed (SIM_PUSH, and before each call of a SIM_CALL), or of a spike */
	int site;  /* SIM_CALL: index into SimProg.sites */
	int reps;  /* SIM_CALL: DO i = 1, reps: push n; CALL */
} SimItem;

typedef struct SimSite {
	int callee; /* routine index */
	int64_t snap;
	int limit; /* the call runs only while fewer than `limit` activations of the callee are
	                open (bounds recursion); 0 = no limit */
} SimSite;

typedef struct SimRoutine {
	SimItem items[SIM_MAXITEMS];
	int nitems;
} SimRoutine;

typedef struct SimProg {
	SimRoutine r[SIM_MAXROUTINES]; /* r[0] is the head */
	int nr;
	SimSite s[SIM_MAXSITES];
	int ns;
	int turn_top; /* Q_b's TURN carries the head's pseudo-site instead of the call site */
} SimProg;

typedef struct SimResult {
	unsigned char *img; /* the profile file image (malloc'ed) */
	size_t len;
	uint64_t peak;    /* max tape size over the run */
	uint64_t time_ns; /* time of the last event */
} SimResult;

/* Runs the program with on[site] states; 0, or -1 when out of memory. */
int sim_run(const SimProg *p, const int *on, SimResult *out);

/* A random program from a seed (deterministic): up to 6 call sites, loops, recursion. */
void sim_random(SimProg *p, uint64_t *seed);

#endif
