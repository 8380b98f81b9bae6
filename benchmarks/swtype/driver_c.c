/*
 * driver_c.c -- C driver of the swtype benchmark for the code stad generates (see ../driver.h).
 * Same input as main.f90: h0(i,j) = 400.0d0 + 5.0d0 * exp(-((i - 20.0d0)**2 + (j - 22.0d0)**2) / 40.0d0),
 * direction dir(i,j) = cos(0.37d0 * i + 0.11d0 * j * j) (i = 1..48, j = 1..40).
 *
 *   cc -O2 -std=c99 swtype.c driver_c.c [-DSTAD_ADJOINT] $(stad config --cflags --libs)
 *   ./a.out [NREP]
 * or, timing gfortran's primal with the same driver:
 *   gfortran -O2 -c swtype.f90 && cc -O2 -std=c99 -DBENCH_GFORTRAN -c driver_c.c &&
 *   gfortran -o a.out swtype.o driver_c.o
 */
#include "../driver.h"

#include <math.h>

enum { NX = 48, NY = 40 };

#if defined STAD_ADJOINT
void sw_cost_b(double *x, double *xb, double *cost, double *costb);
#elif defined BENCH_GFORTRAN
void sw_cost_(double *x, double *cost); /* compiled by gfortran from swtype.f90 */
#define sw_cost sw_cost_
#else
void sw_cost(double *x, double *cost);
#endif

int main(int argc, char **argv)
{
	static double x[NX * NY], dir[NX * NY];
	const double pi = bench_pi;
	int i, j;

	for (j = 1; j <= NY; j++) {
		for (i = 1; i <= NX; i++) {
			x[(i - 1) + NX * (j - 1)] = 400.0 + 5.0 * exp(-((i - 20.0) * (i - 20.0) + (j - 22.0) * (j - 22.0)) / 40.0);
			dir[(i - 1) + NX * (j - 1)] = cos(0.37 * i + 0.11 * j * j);
		}
	}
#ifdef STAD_ADJOINT
	return bench_run("swtype", argc, argv, x, dir, NX * NY, NULL, sw_cost_b);
#else
	return bench_run("swtype", argc, argv, x, dir, NX * NY, sw_cost, NULL);
#endif
}
