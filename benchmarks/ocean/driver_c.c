/*
 * driver_c.c -- C driver of the ocean benchmark for the code stad generates (see ../driver.h).
 * Same input as main.f90: theta0(i,j) = 12 + 4 cos(2 pi (j-1/2)/ny)
 * + 1.5 sin(2 pi (i-1/2)/nx) sin(4 pi (j-1/2)/ny), direction dir(i,j) = cos(0.37 i + 0.11 j^2).
 *
 *   cc -O2 -std=c99 ocean.c driver_c.c [-DSTAD_ADJOINT] $(stad config --cflags --libs)
 *   ./a.out [NREP]
 * or, timing gfortran's primal with the same driver:
 *   gfortran -O2 -c ocean.f90 && cc -O2 -std=c99 -DBENCH_GFORTRAN -c driver_c.c &&
 *   gfortran -o a.out ocean.o driver_c.o
 * or the hand-written adjoint (ocean_adj.f90, compiled by gfortran):
 *   gfortran -O2 -c ocean.f90 ocean_adj.f90 && cc -O2 -std=c99 -DBENCH_HAND -c driver_c.c &&
 *   gfortran -o a.out ocean.o ocean_adj.o driver_c.o
 * or ADOL-C's gradient (../adolc/ocean_adolc.cpp; compare.sh builds it):
 *   cc -O2 -std=c99 -DBENCH_ADOLC -c driver_c.c && c++ -O2 -o a.out driver_c.o ocean_adolc.o -ladolc
 */
#include "../driver.h"

#include <math.h>

enum { NX = 64, NY = 64 };

#if defined BENCH_HAND
void ocean_cost_ad_(double *theta0, double *theta0b, double *cost, double *costb); /* ocean_adj.f90 */
#elif defined BENCH_ADOLC
void ocean_cost_adolc(double *theta0, double *theta0b, double *cost, double *costb); /* ../adolc */
#elif defined STAD_ADJOINT
void ocean_cost_b(double *theta0, double *theta0b, double *cost, double *costb);
#elif defined BENCH_GFORTRAN
void ocean_cost_(double *theta0, double *cost); /* compiled by gfortran from ocean.f90 */
#define ocean_cost ocean_cost_
#else
void ocean_cost(double *theta0, double *cost);
#endif

int main(int argc, char **argv)
{
	static double theta0[NX * NY], dir[NX * NY];
	int i, j;

	for (j = 1; j <= NY; j++) {
		for (i = 1; i <= NX; i++) {
			theta0[(i - 1) + NX * (j - 1)] = 12.0 + 4.0 * cos(2.0 * bench_pi * ((double)j - 0.5) / NY) +
			        1.5 * sin(2.0 * bench_pi * ((double)i - 0.5) / NX) * sin(4.0 * bench_pi * ((double)j - 0.5) / NY);
			dir[(i - 1) + NX * (j - 1)] = cos(0.37 * i + 0.11 * j * j);
		}
	}
#if defined BENCH_HAND
	return bench_run("ocean", argc, argv, theta0, dir, NX * NY, NULL, ocean_cost_ad_);
#elif defined BENCH_ADOLC
	return bench_run("ocean", argc, argv, theta0, dir, NX * NY, NULL, ocean_cost_adolc);
#elif defined STAD_ADJOINT
	return bench_run("ocean", argc, argv, theta0, dir, NX * NY, NULL, ocean_cost_b);
#else
	return bench_run("ocean", argc, argv, theta0, dir, NX * NY, ocean_cost, NULL);
#endif
}
