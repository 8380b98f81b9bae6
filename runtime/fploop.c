/*
 * fploop.c — the adjoint iteration of an !$AD FP-LOOP (ad/reverse.c, bwd_fploop): the
 * generated code runs one step's adjoint at the converged state again and again; after each
 * step it hands the largest |adjoint| of the loop's state to srt_fp_test, which says whether
 * to go on. The first value is the adjoint that came in; the iteration has converged when
 * the step's increment is at most tol times it, or when the state's adjoint moves so little,
 * falling so fast, that it cannot move by more than that any more (an element a step only reads
 * keeps a nonzero adjoint); it stops unconverged at the cap (or on a NaN/Inf). Loops may nest (a step may contain an FP-LOOP): a stack of records.
 * Also the statistics of !$AD LINEAR-SOLVE calls (srt_ls_*, below).
 */
#include "srt_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct FpRec {
	const char *file; /* the loop's Fortran file and line */
	int line;
	double tol;
	int cap;
	int iter; /* -1 before the first test */
	double n0;
	int converged, capped;
	/* the state's adjoint at the last test, element by element, and how much it moved: an
	 * element a step only reads (a halo) gains at each step and does not fall, so the run
	 * also stops when the moves fall fast enough that what they may still add is within tol */
	double *prev;
	size_t nprev, cap_prev, cur;
	double move, last_move, last_rho;
} FpRec;

static FpRec *fp_stack;
static int fp_n, fp_cap;
static double fp_norm; /* what srt_fp_norm_* gathered since the last reset */
SrtFpCounters srt_fp_counters_;

void srt_fp_begin(const char *file, int line, double tol, int cap)
{
	if (fp_n == fp_cap) {
		int c = fp_cap ? fp_cap * 2 : 8;
		FpRec *v = realloc(fp_stack, sizeof *v * (size_t)c);
		if (!v) {
			srt_fail_(SRT_ERR_NOMEM, "out of memory for an FP-LOOP adjoint");
			return;
		}
		fp_stack = v;
		fp_cap = c;
	}
	FpRec *R = &fp_stack[fp_n++];
	R->file = file;
	R->line = line;
	R->tol = tol > 0 ? tol : SRT_FP_TOL;
	R->cap = cap > 0 ? cap : SRT_FP_MAXITER;
	R->iter = -1;
	R->n0 = 0;
	R->converged = R->capped = 0;
	R->prev = NULL;
	R->nprev = R->cap_prev = R->cur = 0;
	R->move = R->last_move = 0;
	R->last_rho = 1;
}

/* Element k of the state's adjoint is x: its move since the last test, then kept. */
static void fp_track(double x)
{
	if (!fp_n)
		return;
	FpRec *R = &fp_stack[fp_n - 1];
	size_t k = R->cur++;
	if (k >= R->cap_prev) {
		size_t c = R->cap_prev ? 2 * R->cap_prev : 1024;
		while (c <= k)
			c *= 2;
		double *v = realloc(R->prev, sizeof *v * c);
		if (!v) {
			srt_fail_(SRT_ERR_NOMEM, "out of memory for an FP-LOOP adjoint");
			return;
		}
		R->prev = v;
		R->cap_prev = c;
	}
	if (k < R->nprev) {
		double d = fabs(x - R->prev[k]);
		if (!(d <= R->move))
			R->move = d;
	} else {
		R->nprev = k + 1;
	}
	R->prev[k] = x;
}

void srt_fp_norm_reset(void)
{
	fp_norm = 0;
	if (fp_n) {
		fp_stack[fp_n - 1].cur = 0;
		fp_stack[fp_n - 1].move = 0;
	}
}

void srt_fp_norm_d(const void *p, size_t bytes)
{
	const double *x = p;
	double m = fp_norm;
	for (size_t i = 0; i < bytes / sizeof *x; i++) {
		double a = fabs(x[i]);
		if (!(a <= m)) /* NaN propagates */
			m = a;
		fp_track(x[i]);
	}
	fp_norm = m;
}

void srt_fp_norm_f(const void *p, size_t bytes)
{
	const float *x = p;
	double m = fp_norm;
	for (size_t i = 0; i < bytes / sizeof *x; i++) {
		double a = fabs((double)x[i]);
		if (!(a <= m))
			m = a;
		fp_track((double)x[i]);
	}
	fp_norm = m;
}

int srt_fp_test(void)
{
	if (!fp_n) {
		srt_fail_(SRT_ERR_USAGE, "srt_fp_test outside an FP-LOOP adjoint");
		return 0;
	}
	FpRec *R = &fp_stack[fp_n - 1];
	double n = fp_norm;
	if (R->iter < 0) {
		R->iter = 0;
		R->n0 = n;
		if (n == 0) { /* nothing comes in: nothing to iterate */
			R->converged = 1;
			return 0;
		}
		if (!isfinite(n))
			return 0;
		return 1;
	}
	R->iter++;
	if (n <= R->tol * R->n0) {
		R->converged = 1;
		return 0;
	}
	if (!isfinite(n))
		return 0;
	/* the moves fall by rho a step: what they may still add is at most move rho / (1 - rho);
	 * rho is the larger of the last two ratios (one step's dip is not a rate) */
	double r = R->last_move > 0 ? R->move / R->last_move : 1, rho = r > R->last_rho ? r : R->last_rho;
	R->last_move = R->move;
	R->last_rho = r;
	if (R->iter >= 3 && rho < 0.99 && R->move * rho <= R->tol * R->n0 * (1 - rho)) {
		R->converged = 1;
		return 0;
	}
	if (R->iter >= R->cap) {
		R->capped = 1;
		return 0;
	}
	return 1;
}

int srt_fp_end(void)
{
	if (!fp_n) {
		srt_fail_(SRT_ERR_USAGE, "srt_fp_end outside an FP-LOOP adjoint");
		return 0;
	}
	FpRec *R = &fp_stack[--fp_n];
	free(R->prev);
	R->prev = NULL;
	int it = R->iter < 0 ? 0 : R->iter;
	srt_fp_counters_.runs++;
	srt_fp_counters_.iterations += (uint64_t)it;
	if ((uint64_t)it > srt_fp_counters_.max_iterations)
		srt_fp_counters_.max_iterations = (uint64_t)it;
	srt_fp_counters_.converged += (uint64_t)R->converged;
	srt_fp_counters_.capped += (uint64_t)R->capped;
	if (!R->converged) {
		if (!srt_fp_counters_.unconverged)
			fprintf(stderr,
			        "stad runtime: warning: the adjoint of the FP-LOOP at %s%s%d did not converge in %d "
			        "iterations (tol %g): its gradient is not accurate\n",
			        R->file && *R->file ? R->file : "line", R->file && *R->file ? ":" : " ", R->line, it, R->tol);
		srt_fp_counters_.unconverged++;
	}
	return it;
}

/* ---------------------------------------------------------------- LINEAR-SOLVE statistics
 *
 * Each solve a LINEAR-SOLVE site runs (the primal's in the forward sweep, again in an FP-LOOP's
 * adjoint steps, and the adjoint's A^T solve in the backward sweep) is bracketed by
 * srt_ls_begin/srt_ls_end; the primal apply= routine calls srt_ls_apply, which counts the calls
 * of the innermost solve running (about one per iteration of the solver). An FP-LOOP's adjoint
 * step that takes the last primal solution instead of solving brackets that copy (kind 2). */
enum { LS_DEPTH = 16 };
static int ls_kind[LS_DEPTH];
static uint64_t ls_calls[LS_DEPTH];
static int ls_n;
SrtLsCounters srt_ls_counters_;

void srt_ls_begin(int adjoint)
{
	if (ls_n < LS_DEPTH) {
		ls_kind[ls_n] = adjoint;
		ls_calls[ls_n] = 0;
	}
	ls_n++;
}

void srt_ls_apply(void)
{
	if (ls_n > 0 && ls_n <= LS_DEPTH)
		ls_calls[ls_n - 1]++;
}

void srt_ls_end(void)
{
	if (ls_n <= 0) {
		srt_fail_(SRT_ERR_USAGE, "srt_ls_end outside a LINEAR-SOLVE solve");
		return;
	}
	if (--ls_n >= LS_DEPTH)
		return;
	uint64_t c = ls_calls[ls_n];
	if (ls_kind[ls_n] == 2) {
		srt_ls_counters_.kept++;
	} else if (ls_kind[ls_n]) {
		srt_ls_counters_.adjoint_solves++;
		srt_ls_counters_.adjoint_applies += c;
		if (c > srt_ls_counters_.adjoint_max_applies)
			srt_ls_counters_.adjoint_max_applies = c;
	} else {
		srt_ls_counters_.primal_solves++;
		srt_ls_counters_.primal_applies += c;
	}
}
