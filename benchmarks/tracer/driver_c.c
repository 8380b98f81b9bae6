/*
 * driver_c.c -- C driver of the tracer benchmark for the code stad generates (see ../driver.h).
 * Same input as main.f90: c0(i,j) = 1.0d0 + 0.8d0 * exp(-((i - 22.0d0)**2 + (j - 32.0d0)**2) / 40.0d0) + 0.1d0 * sin(2 * pi * j / ny),
 * direction dir(i,j) = cos(0.37d0 * i + 0.11d0 * j * j) (i = 1..64, j = 1..64).
 *
 *   cc -O2 -std=c99 tracer.c driver_c.c [-DSTAD_ADJOINT] $(stad config --cflags --libs)
 *   ./a.out [NREP]
 * or, timing gfortran's primal with the same driver:
 *   gfortran -O2 -c tracer.f90 && cc -O2 -std=c99 -DBENCH_GFORTRAN -c driver_c.c &&
 *   gfortran -o a.out tracer.o driver_c.o
 */
#include "../driver.h"

#include <math.h>

enum { NX = 64, NY = 64 };

#if defined STAD_ADJOINT
void tracer_cost_b(double *x, double *xb, double *cost, double *costb);
#elif defined BENCH_GFORTRAN
void tracer_cost_(double *x, double *cost); /* compiled by gfortran from tracer.f90 */
#define tracer_cost tracer_cost_
#else
void tracer_cost(double *x, double *cost);
#endif

int main(int argc, char **argv)
{
	static double x[NX * NY], dir[NX * NY];
	const double pi = bench_pi;
	int i, j;

	for (j = 1; j <= NY; j++) {
		for (i = 1; i <= NX; i++) {
			x[(i - 1) + NX * (j - 1)] = 1.0 + 0.8 * exp(-((i - 22.0) * (i - 22.0) + (j - 32.0) * (j - 32.0)) / 40.0) + 0.1 * sin(2 * pi * j / NY);
			dir[(i - 1) + NX * (j - 1)] = cos(0.37 * i + 0.11 * j * j);
		}
	}
#ifdef STAD_ADJOINT
	return bench_run("tracer", argc, argv, x, dir, NX * NY, NULL, tracer_cost_b);
#else
	return bench_run("tracer", argc, argv, x, dir, NX * NY, tracer_cost, NULL);
#endif
}
