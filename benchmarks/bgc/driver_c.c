/*
 * driver_c.c -- C driver of the bgc benchmark for the code stad generates (see ../driver.h).
 * Same input as main.f90: kpar = (1.2, 0.6, 40, 0.9, 0.8, 0.05, 0.25, 0.1), direction
 * dir(m) = kpar(m) cos(1.3 m).
 *
 *   cc -O2 -std=c99 bgc.c driver_c.c [-DSTAD_ADJOINT] $(stad config --cflags --libs)
 *   ./a.out [NREP]
 * or, timing gfortran's primal with the same driver:
 *   gfortran -O2 -c bgc.f90 && cc -O2 -std=c99 -DBENCH_GFORTRAN -c driver_c.c &&
 *   gfortran -o a.out bgc.o driver_c.o
 */
#include "../driver.h"

#include <math.h>

enum { NPAR = 8 };

#if defined STAD_ADJOINT
void bgc_cost_b(double *kpar, double *kparb, double *cost, double *costb);
#elif defined BENCH_GFORTRAN
void bgc_cost_(double *kpar, double *cost); /* compiled by gfortran from bgc.f90 */
#define bgc_cost bgc_cost_
#else
void bgc_cost(double *kpar, double *cost);
#endif

int main(int argc, char **argv)
{
	static const double kpar[NPAR] = {1.2, 0.6, 40.0, 0.9, 0.8, 0.05, 0.25, 0.1};
	double dir[NPAR];
	int m;

	for (m = 1; m <= NPAR; m++)
		dir[m - 1] = kpar[m - 1] * cos(1.3 * m);
#ifdef STAD_ADJOINT
	return bench_run("bgc", argc, argv, kpar, dir, NPAR, NULL, bgc_cost_b);
#else
	return bench_run("bgc", argc, argv, kpar, dir, NPAR, bgc_cost, NULL);
#endif
}
