/*
 * header_c99.c — stad_rt.h as generated code sees it: compiled as C99 with -Wall -Wextra
 * -Wpedantic -Werror (see CMakeLists.txt), every inline function used once, plus a tiny
 * adjoint in the shape stad emits (push in the forward sweep, pop in the backward sweep).
 */
#include "stad_rt.h"

#include <stdio.h>

/* y = sin-free toy: y = x*x, overwriting x; the forward sweep saves x. */
static void square_fwd(double *x)
{
	srt_push_d(*x);
	*x = *x * *x;
}
static void square_bwd(double *x, double *xb)
{
	/* x = x*x: xb = 2*x*xb with the saved x */
	*x = srt_pop_d();
	*xb = 2.0 * *x * *xb;
}

int main(void)
{
	double x = 3.0, xb = 1.0;
	float f = 1.5f;
	int i = 42;
	char blk[3] = {1, 2, 3};
	srt_init();
	srt_push_f(f);
	srt_push_i(i);
	srt_push_block(blk, sizeof blk);
	square_fwd(&x);
	square_bwd(&x, &xb);
	srt_pop_block(blk, sizeof blk);
	if (srt_pop_i() != 42 || srt_pop_f() != 1.5f || xb != 6.0 || blk[2] != 3 || srt_tape_bytes() != 0 ||
	    srt_tape_peak() != 19 || srt_tape_traffic() != 19) {
		fprintf(stderr, "header_c99: wrong values\n");
		return 1;
	}
	printf("header_c99: ok\n");
	return 0;
}
