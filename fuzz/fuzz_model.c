/*
 * fuzz_model.c — libFuzzer target for the cost model, with an exact oracle.
 *
 * The input bytes are decoded (like sim_random, but every choice read from the input, so the
 * fuzzer's mutations move the program) into a small adjoint program for the simulator of
 * tests/profile/sim.c: routines of pushes, transient spikes and calls, call sites with snapshot
 * sizes, loops and bounded recursion. The simulator runs it in every on/off configuration of
 * its sites and writes each run's profile; then, for every configuration's profile, the model
 * must predict exactly the peak that the simulator measured for every other configuration
 * (prof_predict for single switches, prof_predict_set for every set), as MODEL.md promises, and
 * both strategies must plan without failing. A mismatch aborts: a finding in profile/model.c.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "prof.h"
#include "sim.h"

#include "fuzz_frontend.h"

typedef struct Bytes {
	const uint8_t *p;
	size_t n, i;
} Bytes;

/* The next choice in [0, k): one input byte (0 when the input is used up). */
static uint32_t pick(Bytes *b, uint32_t k)
{
	uint32_t v = b->i < b->n ? b->p[b->i++] : 0;
	return k ? v % k : 0;
}

/* sim_random's shapes, read from the input. */
static void decode(SimProg *p, Bytes *b)
{
	memset(p, 0, sizeof *p);
	p->nr = 2 + (int)pick(b, SIM_MAXROUTINES - 1);
	p->turn_top = (int)pick(b, 2);
	int nsites_max = 1 + (int)pick(b, 6);
	for (int q = 0; q < p->nr; q++) {
		SimRoutine *r = &p->r[q];
		r->nitems = 1 + (int)pick(b, 5);
		for (int i = 0; i < r->nitems; i++) {
			SimItem *it = &r->items[i];
			uint32_t k = pick(b, 10);
			if (k < 4 || p->ns >= nsites_max) {
				it->op = SIM_PUSH;
				it->n = (int64_t)pick(b, 256) * 2;
			} else if (k < 5) {
				it->op = SIM_SPIKE;
				it->n = (int64_t)pick(b, 256) * 6;
			} else {
				SimSite *s = &p->s[p->ns];
				int back = pick(b, 4) == 0;
				if (q + 1 < p->nr && !back) {
					s->callee = q + 1 + (int)pick(b, (uint32_t)(p->nr - q - 1));
					s->limit = 0;
				} else {
					s->callee = (int)pick(b, (uint32_t)q + 1);
					s->limit = 1 + (int)pick(b, 2);
				}
				s->snap = pick(b, 120);
				it->op = SIM_CALL;
				it->site = p->ns++;
				it->n = pick(b, 60);
				it->reps = 1 + (pick(b, 3) == 0 ? (int)pick(b, 3) : 0);
			}
		}
	}
}

static void fail(const char *what, int c, int f, unsigned long long got, unsigned long long want)
{
	fprintf(stderr, "fuzz_model: %s: configuration %d, flips %d: %llu, measured %llu\n", what, c, f, got, want);
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Bytes b = {data, size, 0};
	SimProg prog;
	decode(&prog, &b);
	int ns = prog.ns, nc = 1 << ns;
	uint64_t peak[1 << SIM_MAXSITES];
	ProfData *d[1 << SIM_MAXSITES] = {0};
	for (int c = 0; c < nc; c++) {
		int on[SIM_MAXSITES];
		SimResult r;
		char err[512];
		for (int s = 0; s < ns; s++)
			on[s] = (c >> s) & 1;
		if (sim_run(&prog, on, &r))
			abort();
		d[c] = prof_read_mem(r.img, r.len, "sim.prof", err, sizeof err);
		free(r.img);
		if (!d[c]) {
			fprintf(stderr, "fuzz_model: the reader refuses a simulated profile: %s\n", err);
			abort();
		}
		peak[c] = r.peak;
		if (prof_peak(d[c]) != r.peak)
			fail("measured peak", c, 0, prof_peak(d[c]), r.peak);
	}
	for (int c = 0; c < nc; c++) {
		size_t n = prof_nsites(d[c]);
		ProfPrediction *pr = calloc(n + 1, sizeof *pr);
		if (!pr || prof_predict(d[c], pr) != 0)
			abort();
		for (int s = 0; s < ns && (size_t)s < n; s++)
			if (pr[s].peak != peak[c ^ (1 << s)])
				fail("predicted peak of one switch", c, 1 << s, pr[s].peak, peak[c ^ (1 << s)]);
		ProfStrategy st[2];
		prof_parse_strategy("gain-first", &st[0]);
		prof_parse_strategy("memory-careful", &st[1]);
		for (int k = 0; k < 2; k++) {
			ProfPlan plan;
			if (prof_plan(d[c], pr, st[k], peak[c] + peak[c] / 2, &plan) != 0)
				abort();
			prof_plan_free(&plan);
		}
		free(pr);
		for (int f = 0; f < nc; f++) {
			int flip[SIM_MAXSITES];
			double t;
			uint64_t pk;
			for (int s = 0; s < ns; s++)
				flip[s] = (f >> s) & 1;
			if (prof_predict_set(d[c], flip, &t, &pk) != 0)
				abort();
			if (pk != peak[c ^ f])
				fail("predicted peak of a set of switches", c, f, pk, peak[c ^ f]);
		}
	}
	for (int c = 0; c < nc; c++)
		prof_free(d[c]);
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0; /* nothing to silence: the model prints nothing, and a finding's message must show */
}
