/*
 * ocean_adolc.cpp -- the ocean model's gradient by ADOL-C (operator overloading, taping), for
 * benchmarks/compare.sh. The model is stad's primal C of ocean.f90 turned into adouble code by
 * to_adouble.sh (compare.sh writes it as ocean_adouble.cpp and compiles this file with -I to it);
 * ocean/driver_c.c built with -DBENCH_ADOLC calls ocean_cost_adolc as its adjoint.
 *
 * One call = what a user of ADOL-C does to get the gradient at a new point:
 *   BENCH_ADOLC_MODE=tape (default): trace_on(tag, keep=1); mark theta0 independent (<<=); run
 *     the model on adoubles; mark cost dependent (>>=); trace_off(); fos_reverse(tag, 1, n, 1,
 *     x_bar). Taping and the reverse sweep are both timed.
 *   BENCH_ADOLC_MODE=replay: the tape is written once (first call, the driver's untimed warm-up);
 *     each call runs zos_forward(tag, keep=1) at the new point (the cost) and fos_reverse (what
 *     gradient() does; valid here: the model has no branch on an active value).
 * With $STAD_STATS set, writes "peak_tape_bytes B" there (the tape's operations, locations and
 * values plus the Taylor stack kept for the reverse sweep, from tapestats) and the counts.
 */
#include "ocean_adouble.cpp"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { TAG = 1, NX = 64, NY = 64, N = NX * NY };

static void write_stats(void)
{
	size_t st[STAT_SIZE];
	const char *path = getenv("STAD_STATS");
	FILE *f;
	if (!path || !*path)
		return;
	tapestats(TAG, st);
	f = fopen(path, "w");
	if (!f)
		return;
	fprintf(f, "peak_tape_bytes %zu\n",
	        st[NUM_OPERATIONS] * sizeof(unsigned char) + st[NUM_LOCATIONS] * sizeof(locint) +
	                st[NUM_VALUES] * sizeof(double) + st[TAY_STACK_SIZE] * sizeof(double));
	fprintf(f, "adolc_operations %zu\nadolc_locations %zu\nadolc_values %zu\nadolc_taylor_stack %zu\n", st[NUM_OPERATIONS],
	        st[NUM_LOCATIONS], st[NUM_VALUES], st[TAY_STACK_SIZE]);
	fclose(f);
}

static void tape(const double *x, double *cost)
{
	adouble *ax = new adouble[N];
	adouble ac;
	int k;
	trace_on(TAG, 1);
	for (k = 0; k < N; k++)
		ax[k] <<= x[k];
	ocean_cost(ax, &ac);
	ac >>= *cost;
	trace_off();
	delete[] ax;
}

extern "C" void ocean_cost_adolc(double *x, double *xb, double *cost, double *costb)
{
	static int taped = 0;
	const char *mode = getenv("BENCH_ADOLC_MODE");
	if (mode && strcmp(mode, "replay") == 0) {
		if (!taped) {
			tape(x, cost);
			write_stats();
			taped = 1;
		}
		zos_forward(TAG, 1, N, 1, x, cost);
		fos_reverse(TAG, 1, N, costb, xb);
		return;
	}
	tape(x, cost);
	fos_reverse(TAG, 1, N, costb, xb);
	write_stats();
}
