/*
 * driver_c.c -- C driver of the two legacy kernels for the code stad generates (see ../driver.h
 * and ../../RESULTS.md "legacy"). Default: dtorfg.f, head dtcost(f)/(xp) on a 64 x 64 grid,
 * c = 5 (passive here), xp(k) = 0.01 sin(0.3 k). With -DLEGACY_LM: lmodel.F90, head
 * lm_cost(cost)/(t0) built with -DLM_NX=64 -DLM_NY=64 (the sizes must match), kap = 0.2
 * (passive here), t0(i,j) = 0.5 + 0.3 exp(-((i-20)**2 + (j-30)**2)/50).
 * Direction dir(k) = cos(0.37 k) for both.
 *
 *   stad diff dtorfg.f --head 'dtcost(f)/(xp, c)' --set nx=64 --set ny=64 --mode primal -o dt.c
 *   cc -O2 -std=c99 dt.c driver_c.c [-DSTAD_ADJOINT] $(stad config --cflags --libs)
 * or, timing gfortran's primal with the same driver:
 *   gfortran -O2 -c dtorfg.f && cc -O2 -std=c99 -DBENCH_GFORTRAN -c driver_c.c &&
 *   gfortran -o a.out dtorfg.o driver_c.o
 */
#include "../driver.h"

#include <math.h>

#ifndef LM_NX
#define LM_NX 64
#endif
#ifndef LM_NY
#define LM_NY 64
#endif
enum { NX = LM_NX, NY = LM_NY };

#ifdef BENCH_GFORTRAN
#define dtcost dtcost_
#define lm_cost lm_cost_
#endif
void dtcost(int *nx, int *ny, double *xp, double *c, double *f);
void dtcost_b(int *nx, int *ny, double *xp, double *xpb, double *c, double *cb, double *f, double *fb);
void lm_cost(double *t0, double *kap, double *cost);
void lm_cost_b(double *t0, double *t0b, double *kap, double *kapb, double *cost, double *costb);

#ifdef LEGACY_LM
static const char *model = "lmodel";
static void primal(double *x, double *cost)
{
	double kap = 0.2;
	lm_cost(x, &kap, cost);
}
#ifdef STAD_ADJOINT
static void adjoint(double *x, double *xb, double *cost, double *costb)
{
	double kap = 0.2, kapb = 0.0;
	lm_cost_b(x, xb, &kap, &kapb, cost, costb);
}
#endif
#else
static const char *model = "dtorfg";
static void primal(double *x, double *cost)
{
	int nx = NX, ny = NY;
	double c = 5.0;
	dtcost(&nx, &ny, x, &c, cost);
}
#ifdef STAD_ADJOINT
static void adjoint(double *x, double *xb, double *cost, double *costb)
{
	int nx = NX, ny = NY;
	double c = 5.0, cb = 0.0;
	dtcost_b(&nx, &ny, x, xb, &c, &cb, cost, costb);
}
#endif
#endif

int main(int argc, char **argv)
{
	static double x[NX * NY], dir[NX * NY];
	int i, j, k;

	for (j = 1; j <= NY; j++) {
		for (i = 1; i <= NX; i++) {
			k = (i - 1) + NX * (j - 1);
#ifdef LEGACY_LM
			x[k] = 0.5 + 0.3 * exp(-((i - 20.0) * (i - 20.0) + (j - 30.0) * (j - 30.0)) / 50.0);
#else
			x[k] = 0.01 * sin(0.3 * (k + 1));
#endif
			dir[k] = cos(0.37 * (k + 1));
		}
	}
#ifdef STAD_ADJOINT
	return bench_run(model, argc, argv, x, dir, NX * NY, NULL, adjoint);
#else
	return bench_run(model, argc, argv, x, dir, NX * NY, primal, NULL);
#endif
}
