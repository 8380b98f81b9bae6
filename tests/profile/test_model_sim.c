/*
 * test_model_sim.c — the cost model against the simulator (sim.h), exhaustively: for every
 * program (hand-made ones and a few hundred random ones with loops, recursion, spikes and
 * nested calls), for every on/off state of its call sites, the profile of that run must
 * predict, for every set of switches, exactly the peak that the simulator measures for the
 * switched run; and when only checkpointed sites are switched off, exactly the time it takes.
 */
#include <stdlib.h>
#include <string.h>

#include "prof_int.h"
#include "sim.h"
#include "testutil.h"

static int nprogs, nconfigs, npredictions;

static void check_program(const SimProg *p, const char *name)
{
	int ns = p->ns, nc = 1 << ns;
	uint64_t *peak = malloc((size_t)nc * sizeof *peak), *time = malloc((size_t)nc * sizeof *time);
	ProfData **d = calloc((size_t)nc, sizeof *d);
	int failures_before = tu_failures;
	for (int c = 0; c < nc; c++) {
		int on[SIM_MAXSITES];
		SimResult r;
		char err[512];
		for (int s = 0; s < ns; s++)
			on[s] = (c >> s) & 1;
		if (sim_run(p, on, &r)) {
			fprintf(stderr, "out of memory\n");
			exit(1);
		}
		d[c] = prof_read_mem(r.img, r.len, name, err, sizeof err);
		free(r.img);
		if (!d[c]) {
			fprintf(stderr, "%s, config %d: %s\n", name, c, err);
			tu_failures++;
			goto out;
		}
		peak[c] = r.peak;
		time[c] = r.time_ns;
		CHECK_U64(prof_peak(d[c]), peak[c]);
	}
	nprogs++;
	for (int c = 0; c < nc; c++) {
		/* one evaluator with every checkpointed body summarised, over the sets of switches
		 * forward and back (each body met again with switches below it that it has seen, and
		 * with others): the peaks of a pass through every event */
		ProfPeakEval *ev = prof_peak_eval_new_memo(d[c], 1);
		CHECK(ev != NULL);
		for (int r = 0; ev && r < 3 * nc; r++) {
			int f = r < nc ? r : r < 2 * nc ? 2 * nc - 1 - r : (r * 7) % nc, flip[SIM_MAXSITES];
			uint64_t pk;
			for (int s = 0; s < ns; s++)
				flip[s] = (f >> s) & 1;
			CHECK(prof_peak_eval(ev, flip, &pk) == 0);
			CHECK_U64(pk, peak[c ^ f]);
			npredictions++;
		}
		prof_peak_eval_free(ev);
		ProfPrediction *pr = tu_predict(d[c]);
		nconfigs++;
		for (int s = 0; s < ns; s++)
			CHECK_U64(pr[s].peak, peak[c ^ (1 << s)]);
		free(pr);
		for (int f = 0; f < nc; f++) {
			int flip[SIM_MAXSITES];
			double t;
			uint64_t pk;
			for (int s = 0; s < ns; s++)
				flip[s] = (f >> s) & 1;
			CHECK(prof_predict_set(d[c], flip, &t, &pk) == 0);
			CHECK_U64(pk, peak[c ^ f]);
			if ((f & c) == f) /* only checkpointed sites switched off: the time is exact */
				CHECK_TIME(t, 1e-9 * ((double)time[c ^ f] - (double)time[c]));
			npredictions++;
		}
		if (tu_failures > failures_before + 20) {
			fprintf(stderr, "%s: too many failures, stopping\n", name);
			break;
		}
	}
out:
	for (int c = 0; c < nc; c++)
		prof_free(d[c]);
	free(d);
	free(peak);
	free(time);
}

/* P: push 100; CALL Q (a); push 50.  Q: push 200; CALL R (b); push 30.  R: push 400. */
static void prog_nested(SimProg *p)
{
	memset(p, 0, sizeof *p);
	p->nr = 3;
	p->ns = 2;
	p->s[0] = (SimSite){1, 10, 0};
	p->s[1] = (SimSite){2, 20, 0};
	p->r[0] = (SimRoutine){{{SIM_PUSH, 100, 0, 0}, {SIM_CALL, 0, 0, 1}, {SIM_PUSH, 50, 0, 0}}, 3};
	p->r[1] = (SimRoutine){{{SIM_PUSH, 200, 0, 0}, {SIM_CALL, 0, 1, 1}, {SIM_PUSH, 30, 0, 0}}, 3};
	p->r[2] = (SimRoutine){{{SIM_PUSH, 400, 0, 0}, {SIM_SPIKE, 900, 0, 0}}, 2};
}

/* Recursion: Q calls itself at site r up to 3 deep, inside a loop of 2 calls from P at site a,
 * and calls S at site c; the same site's instances nest inside each other's bodies. */
static void prog_recursive(SimProg *p)
{
	memset(p, 0, sizeof *p);
	p->nr = 3;
	p->ns = 3;
	p->s[0] = (SimSite){1, 15, 0}; /* a: P -> Q */
	p->s[1] = (SimSite){1, 25, 3}; /* r: Q -> Q, at most 3 open */
	p->s[2] = (SimSite){2, 5, 0};  /* c: Q -> S */
	p->r[0] = (SimRoutine){{{SIM_PUSH, 40, 0, 0}, {SIM_CALL, 7, 0, 2}, {SIM_PUSH, 9, 0, 0}}, 3};
	p->r[1] = (SimRoutine){{{SIM_PUSH, 60, 0, 0}, {SIM_CALL, 3, 1, 1}, {SIM_CALL, 2, 2, 2}, {SIM_PUSH, 11, 0, 0}}, 4};
	p->r[2] = (SimRoutine){{{SIM_PUSH, 130, 0, 0}, {SIM_SPIKE, 200, 0, 0}}, 2};
}

int main(void)
{
	SimProg p;
	prog_nested(&p);
	check_program(&p, "nested");
	p.turn_top = 1;
	check_program(&p, "nested, TURN at the pseudo-site");
	prog_recursive(&p);
	check_program(&p, "recursive");
	uint64_t seed = 12345;
	for (int i = 0; i < 400; i++) {
		char name[32];
		snprintf(name, sizeof name, "random %d", i);
		sim_random(&p, &seed);
		check_program(&p, name);
	}
	printf("%d programs, %d profiles, %d set predictions\n", nprogs, nconfigs, npredictions);
	return tu_done("test_model_sim");
}
