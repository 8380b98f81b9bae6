/*
 * tune_search.c -- the cost of `stad tune`'s search on one profile, without measuring anything:
 * reads the profile, times one exact peak (nothing switched; every site off) and one search for
 * the fastest configuration within a budget (default: 2x the profile's peak), as stad tune makes
 * it, in CPU time. The profile of a tune folder is DIR/profiles/CONFIG.prof.
 *
 *   cc -O2 -Iprofile benchmarks/tune_search.c build/profile/libstad_prof.a \
 *       build/checkpoint/libstad_ckp.a -lgmp -lm -o tune_search
 *   ./tune_search PROFILE [BUDGET_BYTES]
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "prof_int.h"

static double cpu(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

int main(int argc, char **argv)
{
	char err[512];
	if (argc < 2) {
		fprintf(stderr, "usage: tune_search PROFILE [BUDGET_BYTES]\n");
		return 2;
	}
	double c0 = cpu();
	ProfData *d = prof_read(argv[1], err, sizeof err);
	if (!d) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	double c1 = cpu();
	printf("read          %.2f s CPU: %zu events, %zu instances, %zu sites, peak %llu B\n", c1 - c0, d->nevents, d->ninsts,
	       d->nsites, (unsigned long long)d->peak);
	ProfPeakEval *ev = prof_peak_eval_new(d);
	int *flip = calloc(d->nsites + 1, sizeof *flip);
	uint64_t pk;
	if (!ev || !flip)
		return 1;
	c0 = cpu();
	prof_peak_eval(ev, flip, &pk);
	printf("one peak      %.3f s CPU (nothing switched: %llu B)\n", cpu() - c0, (unsigned long long)pk);
	for (size_t s = 0; s < d->nsites; s++)
		flip[s] = d->sites[s].on;
	c0 = cpu();
	prof_peak_eval(ev, flip, &pk);
	printf("one peak      %.3f s CPU (every site off: %llu B)\n", cpu() - c0, (unsigned long long)pk);
	ProfMeas cur = {0};
	cur.config = calloc(d->nsites + 1, 1);
	for (size_t s = 0; s < d->nsites; s++)
		cur.config[s] = d->sites[s].on ? '1' : '0';
	cur.time_s = 1.0; /* times below are relative to the profiled configuration's */
	cur.peak = d->peak;
	ProfSearch s = {.nsites = d->nsites, .budget = argc > 2 ? strtoull(argv[2], NULL, 10) : 2 * d->peak, .want = 1};
	c0 = cpu();
	int rc = prof_search(d, &cur, &s);
	printf("search        %.2f s CPU, rc %d: %zu exact peaks, %s; budget %llu B: %s", cpu() - c0, rc, s.nevals,
	       s.complete ? "proven" : "stopped at its limit", (unsigned long long)s.budget,
	       s.ncand ? "best " : "nothing found\n");
	if (s.ncand)
		printf("%s, %.4f of the profiled time, %llu B\n", s.cand[0].config, s.cand[0].pred_time_s,
		       (unsigned long long)s.cand[0].pred_peak);
	prof_search_free(&s);
	prof_peak_eval_free(ev);
	free(flip);
	free(cur.config);
	prof_free(d);
	return 0;
}
