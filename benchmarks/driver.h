/*
 * driver.h -- the part shared by the C drivers of the benchmark models (<model>/driver_c.c).
 *
 * Each driver sets the same inputs as the model's Fortran driver (main.f90), then times the
 * stad-generated primal, or with -DSTAD_ADJOINT the generated adjoint, and prints one
 * "key value" line per result, which benchmarks/run.sh reads:
 *
 *   model ocean                    mode primal|adjoint
 *   cost 1.7391550951762591e+00    the head's cost (%.17g); for the adjoint, what its cost
 *                                  argument holds on exit (it is 0 on entry)
 *   grad_sum S  grad_dot_dir D     adjoint only: sum of the gradient, and gradient . dir
 *                                  (dir = the fixed direction of main.f90, so D can be checked
 *                                  against its central differences); $BENCH_GRAD=FILE also
 *                                  writes the whole gradient to FILE
 *   time_median_s T  time_min_s T  over NREP timed calls (argv[1], default 5), after one
 *   times_s t1 t2 ...              untimed warm-up call
 *   cpu_median_s T  cpu_min_s T    the same calls timed with the process CPU clock
 *
 * Timing: clock_gettime(CLOCK_MONOTONIC) around the call of the head only, and
 * CLOCK_PROCESS_CPUTIME_ID beside it: on a shared machine the wall time also counts the time
 * the process waited for a core, the CPU time does not. The adjoint is called on fresh inputs
 * every time: the input is copied from the pristine array, its adjoint zeroed, costb = 1, and
 * the tape statistics reset (srt_reset), all outside the timed region. With $STAD_STATS set,
 * the runtime writes the statistics of the last call at exit.
 *
 * A driver built with -DBENCH_GFORTRAN calls the gfortran-compiled head instead (M_cost_,
 * the same by-address convention), so that gfortran's primal is timed by the same code;
 * with -DBENCH_HAND, the hand-written adjoint (ocean/ocean_adj.f90, ocean only).
 * C99 + POSIX clock_gettime.
 */
#ifndef BENCH_DRIVER_H
#define BENCH_DRIVER_H

#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef STAD_ADJOINT
#include "stad_rt.h"
#endif

#define BENCH_MAXREP 100

static const double bench_pi = 3.141592653589793;

static double bench_clock(clockid_t id)
{
	struct timespec ts;
	clock_gettime(id, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int bench_nrep(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 5;
	if (n < 1)
		n = 1;
	if (n > BENCH_MAXREP)
		n = BENCH_MAXREP;
	return n;
}

static int bench_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* Prints "PREFIXs" with the times in call order, then PREFIX_median_s and PREFIX_min_s. */
static void bench_report_times(const char *prefix, const double *t, int n)
{
	double s[BENCH_MAXREP];
	int k;
	printf("%ss", prefix);
	for (k = 0; k < n; k++)
		printf(" %.6f", t[k]);
	printf("\n");
	memcpy(s, t, (size_t)n * sizeof *s);
	qsort(s, (size_t)n, sizeof *s, bench_cmp);
	printf("%s_median_s %.6f\n", prefix, n % 2 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]));
	printf("%s_min_s %.6f\n", prefix, s[0]);
}

/*
 * Prints the sum of the gradient g[0..n) and its dot product with dir; with $BENCH_GRAD set,
 * also writes the whole gradient to that file, one %.17g value a line (compare.sh compares
 * gradients entry by entry).
 */
static void bench_report_grad(const double *g, const double *dir, int n)
{
	double sum = 0.0, dot = 0.0;
	const char *path = getenv("BENCH_GRAD");
	int k;
	if (path && *path) {
		FILE *f = fopen(path, "w");
		if (!f) {
			perror(path);
		} else {
			for (k = 0; k < n; k++)
				fprintf(f, "%.17g\n", g[k]);
			fclose(f);
		}
	}
	for (k = 0; k < n; k++) {
		sum += g[k];
		dot += g[k] * dir[k];
	}
	printf("grad_sum %.17g\n", sum);
	printf("grad_dot_dir %.17g\n", dot);
}

/*
 * Runs the benchmark of a head with n inputs x0 (kept pristine) and fixed direction dir:
 * primal(x, &cost) or adjoint(x, xb, &cost, &costb).
 */
typedef void (*BenchPrimal)(double *x, double *cost);
typedef void (*BenchAdjoint)(double *x, double *xb, double *cost, double *costb);

static int bench_run(const char *model, int argc, char **argv, const double *x0, const double *dir, int n, BenchPrimal primal,
                     BenchAdjoint adjoint)
{
	int nrep = bench_nrep(argc, argv), r;
	double t[BENCH_MAXREP], c[BENCH_MAXREP], cost = 0.0, costb, t0, c0;
	double *x = malloc((size_t)n * sizeof *x);
	double *xb = malloc((size_t)n * sizeof *xb);
	if (!x || !xb) {
		fprintf(stderr, "driver: out of memory\n");
		return 1;
	}
	printf("model %s\n", model);
	printf("mode %s\n", adjoint ? "adjoint" : "primal");
	for (r = -1; r < nrep; r++) { /* r = -1: warm-up, not timed */
		memcpy(x, x0, (size_t)n * sizeof *x);
		memset(xb, 0, (size_t)n * sizeof *xb);
		cost = 0.0;
		costb = 1.0;
		if (adjoint) {
#ifdef STAD_ADJOINT
			srt_reset();
#endif
			c0 = bench_clock(CLOCK_PROCESS_CPUTIME_ID);
			t0 = bench_clock(CLOCK_MONOTONIC);
			adjoint(x, xb, &cost, &costb);
		} else {
			c0 = bench_clock(CLOCK_PROCESS_CPUTIME_ID);
			t0 = bench_clock(CLOCK_MONOTONIC);
			primal(x, &cost);
		}
		if (r >= 0) {
			t[r] = bench_clock(CLOCK_MONOTONIC) - t0;
			c[r] = bench_clock(CLOCK_PROCESS_CPUTIME_ID) - c0;
		}
	}
	printf("cost %.17g\n", cost);
	if (adjoint)
		bench_report_grad(xb, dir, n);
	bench_report_times("time", t, nrep);
	bench_report_times("cpu", c, nrep);
#ifdef STAD_ADJOINT
	if (srt_error() != SRT_OK) {
		fprintf(stderr, "driver: stad runtime error: %s\n", srt_error_message());
		free(x);
		free(xb);
		return 1;
	}
#endif
	free(x);
	free(xb);
	return 0;
}

#endif /* BENCH_DRIVER_H */
