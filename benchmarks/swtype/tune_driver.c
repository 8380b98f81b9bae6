/*
 * tune_driver.c -- the driver for `stad tune --driver` on swtype: main.f90's input (a 400 m
 * layer with a 5 m bump), where tune's own driver gives every input a random value in
 * [0.5, 1.5] (a 1 m deep basin), one untimed warm-up call, then one timed call of the adjoint
 * (fresh adjoint inputs, tape statistics reset), printed as `stad_time_s`; $STAD_GRAD gets the
 * gradient, which tune compares between configurations.
 *
 *   stad tune benchmarks/swtype/swtype.f90 --head 'sw_cost(cost)/(h0)' \
 *       --driver benchmarks/swtype/tune_driver.c ...
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "stad_rt.h"

void sw_cost_b(double *h0, double *h0b, double *cost, double *costb);

enum { NX = 48, NY = 40 };

int main(void)
{
	static double h0[NX * NY], x[NX * NY], xb[NX * NY];
	double cost = 0, costb = 1;
	uint64_t t0 = 0, t1 = 0;
	int i, j, k, r;

	for (j = 1; j <= NY; j++)
		for (i = 1; i <= NX; i++)
			h0[(i - 1) + NX * (j - 1)] =
			        400.0 + 5.0 * exp(-((i - 20.0) * (i - 20.0) + (j - 22.0) * (j - 22.0)) / 40.0);
	for (r = 0; r < 2; r++) {
		for (k = 0; k < NX * NY; k++) {
			x[k] = h0[k];
			xb[k] = 0;
		}
		cost = 0;
		costb = 1;
		srt_reset();
		t0 = srt_clock_ns();
		sw_cost_b(x, xb, &cost, &costb);
		t1 = srt_clock_ns();
	}
	printf("stad_time_s %.9f\n", (double)(t1 - t0) * 1e-9);
	const char *g = getenv("STAD_GRAD");
	FILE *gf = g ? fopen(g, "w") : NULL;
	for (k = 0; gf && k < NX * NY; k++)
		fprintf(gf, "%.17g\n", xb[k]);
	if (gf)
		fclose(gf);
	return 0;
}
