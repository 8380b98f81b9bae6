/* driver.c — times one head built by stad (-DPRIMAL: the primal, else the adjoint): NREP calls
 * after a warm-up, the median of their process CPU times (the machine is shared: CPU time is
 * what the wall clock would show on an idle one); prints the cost and the gradient sum so that
 * the two forms can be compared. -DHEAD=heat_loops or heat_syntax. */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define CAT2(a, b) a##b
#define CAT(a, b) CAT2(a, b)
#ifdef PRIMAL
void HEAD(int *n, int *m, int *nt, double *u0, double *cost);
#else
void CAT(HEAD, _b)(int *n, int *m, int *nt, double *u0, double *u0b, double *cost, double *costb);
#endif

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return t.tv_sec + 1e-9 * t.tv_nsec;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 200, m = n, nt = argc > 2 ? atoi(argv[2]) : 40, nrep = 9;
	double *u0 = malloc(sizeof *u0 * (size_t)n * (size_t)m), *u0b = calloc((size_t)n * (size_t)m, sizeof *u0b);
	double cost = 0, costb, t[16], gsum = 0;
	for (int j = 0; j < m; j++)
		for (int i = 0; i < n; i++)
			u0[i + (size_t)n * j] = 0.5 + 0.4 * ((i * 7 + j * 13) % 17) / 17.0;
	for (int r = 0; r <= nrep; r++) {
		double t0 = now();
#ifdef PRIMAL
		HEAD(&n, &m, &nt, u0, &cost);
#else
		for (size_t k = 0; k < (size_t)n * (size_t)m; k++)
			u0b[k] = 0;
		costb = 1;
		CAT(HEAD, _b)(&n, &m, &nt, u0, u0b, &cost, &costb);
#endif
		if (r)
			t[r - 1] = now() - t0;
	}
#ifndef PRIMAL
	(void)costb;
	for (size_t k = 0; k < (size_t)n * (size_t)m; k++)
		gsum += u0b[k];
		/* the adjoint leaves the primal unspecified: run the primal part again for the cost */
#endif
	qsort(t, (size_t)nrep, sizeof *t, cmp);
	printf("cost %.15g gsum %.15g ms %.3f\n", cost, gsum, 1e3 * t[nrep / 2]);
	free(u0);
	free(u0b);
	return 0;
}
