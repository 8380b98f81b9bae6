/*
 * driver_c.c -- C driver of the nlswave benchmark for the code stad generates (see ../driver.h).
 * Same input as main.f90: a0(i,j) = exp(-((i - 52.0d0) / 10.0d0)**2) + 0.05d0 * cos(2 * pi * i / nx),
 * direction dir(i,j) = cos(0.37d0 * i + 0.11d0 * j * j) (i = 1..128, j = 1..1).
 *
 *   cc -O2 -std=c99 nlswave.c driver_c.c [-DSTAD_ADJOINT] $(stad config --cflags --libs)
 *   ./a.out [NREP]
 * or, timing gfortran's primal with the same driver:
 *   gfortran -O2 -c nlswave.f90 && cc -O2 -std=c99 -DBENCH_GFORTRAN -c driver_c.c &&
 *   gfortran -o a.out nlswave.o driver_c.o
 */
#include "../driver.h"

#include <math.h>

enum { NX = 128, NY = 1 };

#if defined STAD_ADJOINT
void nls_cost_b(double *x, double *xb, double *cost, double *costb);
#elif defined BENCH_GFORTRAN
void nls_cost_(double *x, double *cost); /* compiled by gfortran from nlswave.f90 */
#define nls_cost nls_cost_
#else
void nls_cost(double *x, double *cost);
#endif

int main(int argc, char **argv)
{
	static double x[NX * NY], dir[NX * NY];
	const double pi = bench_pi;
	int i, j;

	for (j = 1; j <= NY; j++) {
		for (i = 1; i <= NX; i++) {
			x[(i - 1) + NX * (j - 1)] = exp(-((i - 52.0) / 10.0) * ((i - 52.0) / 10.0)) + 0.05 * cos(2 * pi * i / NX);
			dir[(i - 1) + NX * (j - 1)] = cos(0.37 * i + 0.11 * j * j);
		}
	}
#ifdef STAD_ADJOINT
	return bench_run("nlswave", argc, argv, x, dir, NX * NY, NULL, nls_cost_b);
#else
	return bench_run("nlswave", argc, argv, x, dir, NX * NY, nls_cost, NULL);
#endif
}
