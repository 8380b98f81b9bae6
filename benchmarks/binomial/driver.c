/*
 * driver.c -- C driver of benchmarks/binomial/ocean_long.f90's adjoint (see run.sh).
 * Input as ../ocean/driver_c.c on the 32 x 32 grid: theta0(i,j) = 12 + 4 cos(2 pi (j-1/2)/ny)
 * + 1.5 sin(2 pi (i-1/2)/nx) sin(4 pi (j-1/2)/ny); costb = 1.
 *
 *   cc -O2 -std=c99 -c X.c $(stad config --cflags); cc -O2 -std=c99 driver.c X.o $(stad config --cflags --libs)
 *   ./a.out [NREP [GRADFILE]]
 *
 * Self-contained (no ../driver.h). Times NREP calls of ocean_cost_b (default 3; no warm-up call;
 * the tape statistics are reset before each call, so $STAD_STATS holds the last call's), prints
 * "cost C", "times_s ...", "time_median_s T", and writes the gradient of the last call to
 * GRADFILE (%.17g, one a line).
 */
#define _POSIX_C_SOURCE 200809L
#include "stad_rt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { NX = 32, NY = 32, MAXREP = 100 };

void ocean_cost_b(double *theta0, double *theta0b, double *cost, double *costb);

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	static double x0[NX * NY], x[NX * NY], xb[NX * NY];
	const double pi = 3.141592653589793;
	double t[MAXREP], s[MAXREP], cost = 0.0, costb, t0;
	int nrep = argc > 1 ? atoi(argv[1]) : 3, r, i, j;

	if (nrep < 1)
		nrep = 1;
	if (nrep > MAXREP)
		nrep = MAXREP;
	for (j = 1; j <= NY; j++)
		for (i = 1; i <= NX; i++)
			x0[(i - 1) + NX * (j - 1)] = 12.0 + 4.0 * cos(2.0 * pi * ((double)j - 0.5) / NY) +
			        1.5 * sin(2.0 * pi * ((double)i - 0.5) / NX) * sin(4.0 * pi * ((double)j - 0.5) / NY);
	for (r = 0; r < nrep; r++) {
		memcpy(x, x0, sizeof x);
		memset(xb, 0, sizeof xb);
		cost = 0.0;
		costb = 1.0;
		srt_reset();
		t0 = now();
		ocean_cost_b(x, xb, &cost, &costb);
		t[r] = now() - t0;
	}
	printf("cost %.17g\ntimes_s", cost);
	for (r = 0; r < nrep; r++)
		printf(" %.6f", t[r]);
	memcpy(s, t, (size_t)nrep * sizeof *s);
	qsort(s, (size_t)nrep, sizeof *s, cmp);
	printf("\ntime_median_s %.6f\n", nrep % 2 ? s[nrep / 2] : 0.5 * (s[nrep / 2 - 1] + s[nrep / 2]));
	if (argc > 2) {
		FILE *f = fopen(argv[2], "w");
		if (!f) {
			perror(argv[2]);
			return 1;
		}
		for (i = 0; i < NX * NY; i++)
			fprintf(f, "%.17g\n", xb[i]);
		fclose(f);
	}
	if (srt_error() != SRT_OK) {
		fprintf(stderr, "driver: stad runtime error: %s\n", srt_error_message());
		return 1;
	}
	return 0;
}
