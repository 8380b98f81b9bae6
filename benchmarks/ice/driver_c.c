/*
 * driver_c.c -- C driver of the ice benchmark for the code stad generates (see ../driver.h).
 * Same input as main.f90: fric(i,j) = 0.5 + 0.5 (1 - sin(pi (j-1/2)/ny))
 * + 0.1 cos(2 pi (i-1/2)/nx) + 0.05 sin(0.3 i + 0.2 j), direction dir(i,j) = cos(0.37 i + 0.11 j^2).
 *
 *   cc -O2 -std=c99 ice.c driver_c.c [-DSTAD_ADJOINT] $(stad config --cflags --libs)
 *   ./a.out [NREP]
 * or, timing gfortran's primal with the same driver:
 *   gfortran -O2 -c ice.f90 && cc -O2 -std=c99 -DBENCH_GFORTRAN -c driver_c.c &&
 *   gfortran -o a.out ice.o driver_c.o
 */
#include "../driver.h"

#include <math.h>

enum { NX = 64, NY = 32 };

#if defined STAD_ADJOINT
void ice_cost_b(double *fric, double *fricb, double *cost, double *costb);
#elif defined BENCH_GFORTRAN
void ice_cost_(double *fric, double *cost); /* compiled by gfortran from ice.f90 */
#define ice_cost ice_cost_
#else
void ice_cost(double *fric, double *cost);
#endif

int main(int argc, char **argv)
{
	static double fric[NX * NY], dir[NX * NY];
	int i, j;

	for (j = 1; j <= NY; j++) {
		for (i = 1; i <= NX; i++) {
			fric[(i - 1) + NX * (j - 1)] = 0.5 + 0.5 * (1.0 - sin(bench_pi * ((double)j - 0.5) / NY)) +
			        0.1 * cos(2.0 * bench_pi * ((double)i - 0.5) / NX) + 0.05 * sin(0.3 * i + 0.2 * j);
			dir[(i - 1) + NX * (j - 1)] = cos(0.37 * i + 0.11 * j * j);
		}
	}
#ifdef STAD_ADJOINT
	return bench_run("ice", argc, argv, fric, dir, NX * NY, NULL, ice_cost_b);
#else
	return bench_run("ice", argc, argv, fric, dir, NX * NY, ice_cost, NULL);
#endif
}
