/*
 * test_tune.c — the decisions of `stad tune` (profile/tune.c) run against the simulator
 * (sim.h) instead of real programs: the simulator stands for the build and the measurement,
 * prof_tune_next chooses, prof_tune_keep decides. For every program (hand-made and random) and
 * several budgets and strategies, the loop must stop, never choose a configuration twice,
 * predict every measured peak exactly and, when a checkpointed site is switched off, the
 * measured time exactly; what it keeps is never slower than what it had within the budget.
 * Also: configuration strings, the `change` text of report.json, the best measurement, Pareto
 * points, the snapshot-count move of a BINOMIAL-CKP loop on a hand-built profile.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "sim.h"
#include "testutil.h"

static int nloops, nmoves;

/* The simulator's "measurement" of a configuration, and its profile. */
static ProfData *measure(const SimProg *p, const char *config, ProfMeas *m)
{
	int on[SIM_MAXSITES];
	SimResult r;
	char err[512];
	for (int s = 0; s < p->ns; s++)
		on[s] = config[s] == '1';
	if (sim_run(p, on, &r)) {
		fprintf(stderr, "out of memory\n");
		exit(1);
	}
	ProfData *d = prof_read_mem(r.img, r.len, "sim", err, sizeof err);
	free(r.img);
	if (!d) {
		fprintf(stderr, "sim profile: %s\n", err);
		exit(1);
	}
	memset(m, 0, sizeof *m);
	m->config = strdup(config);
	m->time_s = 1e-9 * (double)r.time_ns;
	m->peak = r.peak;
	return d;
}

/* The greedy loop on program p from the all-on configuration. */
static void run_loop(const SimProg *p, ProfStrategy strat, uint64_t budget, const char *name)
{
	char cfg[SIM_MAXSITES + 1];
	memset(cfg, '1', (size_t)p->ns);
	cfg[p->ns] = 0;
	ProfMeas cur;
	ProfData *d = measure(p, cfg, &cur);
	ProfTuner t;
	prof_tuner_init(&t, (size_t)p->ns, strat, budget, 0.0);
	int maxit = 4 * p->ns + 8, it, failures = tu_failures;
	for (it = 0; it < maxit; it++) {
		ProfMove mv;
		int r = prof_tune_next(&t, d, &cur, &mv);
		CHECK(r >= 0);
		if (r <= 0)
			break;
		nmoves++;
		CHECK(mv.kind == PROF_MOVE_SWITCH);
		CHECK(mv.site < (size_t)p->ns);
		CHECK(strlen(mv.config) == (size_t)p->ns);
		CHECK(mv.to_on == (mv.config[mv.site] == '1'));
		CHECK(mv.to_on != (cur.config[mv.site] == '1'));
		/* chosen once: the tuner remembers it (the last one visited is this one) */
		for (size_t v = 0; v + 1 < t.nvisited; v++)
			CHECK(strcmp(t.visited[v], mv.config) != 0);
		char *text = prof_move_text(&mv, "caller:3:q");
		CHECK(!strcmp(text, mv.to_on ? "caller:3:q on" : "caller:3:q off"));
		free(text);
		ProfMeas m;
		ProfData *dm = measure(p, mv.config, &m);
		CHECK_U64(mv.pred_peak, m.peak);
		if (!mv.to_on)
			CHECK_TIME(mv.pred_time_s, m.time_s);
		if (prof_tune_keep(&t, &cur, &m)) {
			CHECK((m.time_s < cur.time_s && m.peak <= budget) || (cur.peak > budget && m.peak < cur.peak));
			free(cur.config);
			prof_free(d);
			cur = m;
			d = dm;
		} else {
			CHECK(!((m.time_s < cur.time_s && m.peak <= budget) || (cur.peak > budget && m.peak < cur.peak)));
			free(m.config);
			prof_free(dm);
		}
	}
	CHECK(it < maxit); /* it stopped by itself */
	if (tu_failures > failures)
		fprintf(stderr, "  in %s, budget %llu, %s\n", name, (unsigned long long)budget, prof_strategy_name(strat));
	nloops++;
	free(cur.config);
	prof_free(d);
	prof_tuner_free(&t);
}

static void loops(const SimProg *p, const char *name)
{
	char cfg[SIM_MAXSITES + 1];
	memset(cfg, '1', (size_t)p->ns);
	cfg[p->ns] = 0;
	ProfMeas base;
	prof_free(measure(p, cfg, &base));
	const uint64_t budgets[] = {PROF_NO_BUDGET, base.peak, base.peak / 2, base.peak * 2};
	for (int s = 0; s < 2; s++)
		for (size_t b = 0; b < sizeof budgets / sizeof budgets[0]; b++)
			run_loop(p, (ProfStrategy)s, budgets[b], name);
	free(base.config);
}

static void test_configs(void)
{
	CHECK(prof_config_snaps("0101", 2) == 0);
	CHECK(prof_config_snaps("0101|2=8,3=16", 2) == 8);
	CHECK(prof_config_snaps("0101|2=8,3=16", 3) == 16);
	char *c = prof_config_with_snaps("0101|1=4,3=16", 4, 2, 8);
	CHECK(!strcmp(c, "0101|1=4,2=8,3=16"));
	free(c);
	c = prof_config_with_snaps("0101|1=4,3=16", 4, 3, 2);
	CHECK(!strcmp(c, "0101|1=4,3=2"));
	free(c);
	c = prof_config_with_snaps("0101", 4, 0, 4);
	CHECK(!strcmp(c, "0101|0=4"));
	free(c);
	c = prof_config_flip("0101|0=4", 0);
	CHECK(!strcmp(c, "1101|0=4"));
	free(c);
	/* the random configurations of a run are the same in every run */
	uint64_t s1 = 7, s2 = 7;
	char a[9], b[9];
	prof_config_random(&s1, a, 8);
	prof_config_random(&s2, b, 8);
	CHECK(!strcmp(a, b) && strlen(a) == 8);
	prof_config_random(&s1, a, 8);
	CHECK(strspn(a, "01") == 8);
}

static void test_best(void)
{
	ProfMeas m[] = {{"11", 1.0, 100, PROF_MEAS_TUNING, 0},
	                {"01", 0.8, 150, PROF_MEAS_TUNING, 0},
	                {"00", 0.5, 300, PROF_MEAS_TUNING, 0},
	                {"10", 0.4, 120, PROF_MEAS_RANDOM, 0}};
	CHECK(prof_meas_best(m, 4, &m[0], PROF_NO_BUDGET) == &m[2]);
	CHECK(prof_meas_best(m, 4, &m[0], 200) == &m[1]);
	CHECK(prof_meas_best(m, 4, &m[0], 100) == &m[0]);
	/* the random point is faster within 200 but was measured once: not the best */
	CHECK(prof_meas_pareto(m, 4, 3));
	CHECK(prof_meas_pareto(m, 4, 0));
	CHECK(!prof_meas_pareto(m, 4, 1)); /* "10" is faster and smaller */
	CHECK(!prof_meas_pareto(m, 4, 2)); /* and than "00" */
}

/* A BINOMIAL-CKP loop (site 1, 100 steps, 4 snapshots, 400 forward steps recomputed in 1 ms)
 * next to a call site that gains nothing: the move doubles the snapshot count, its text names
 * the snapshots, the peak grows by 4 slots of the measured revolve memory / 4. */
static void test_binomial_move(void)
{
	SB b;
	sb_init(&b);
	uint32_t q = sb_site(&b, "p:3:q", 1);
	uint32_t bin = prof_writer_site(b.w, "p:7:binomial", PROF_SITE_BINOMIAL, 0);
	b.top = bin + 1;
	sb_push(&b, 100);
	sb_ev(&b, PROF_SNAP_WRITE_BEGIN, q);
	sb_push(&b, 8);
	sb_evv(&b, PROF_SNAP_WRITE_END, q, 8);
	sb_ev(&b, PROF_PRIMAL_BEGIN, q);
	sb_ev(&b, PROF_PRIMAL_END, q);
	sb_evv(&b, PROF_BIN_BEGIN, bin, 4);
	sb_evv(&b, PROF_BIN_STEP, bin, 100);
	sb_work(&b, 1000000);
	sb_evv(&b, PROF_BIN_END, bin, 400);
	sb_ev(&b, PROF_TURN, b.top);
	sb_ev(&b, PROF_SNAP_READ_BEGIN, q);
	sb_push(&b, -8);
	sb_ev(&b, PROF_SNAP_READ_END, q);
	sb_ev(&b, PROF_ADJ_BEGIN, q);
	sb_ev(&b, PROF_TURN, q);
	sb_ev(&b, PROF_ADJ_END, q);
	ProfData *d = sb_read(&b);
	ProfMeas cur = {"10", 0.01, 100 + 4000, PROF_MEAS_TUNING, 4000};
	ProfTuner t;
	prof_tuner_init(&t, 2, PROF_GAIN_FIRST, PROF_NO_BUDGET, 0.01);
	ProfMove mv;
	CHECK(prof_tune_next(&t, d, &cur, &mv) == 1);
	CHECK(mv.kind == PROF_MOVE_SNAPS);
	CHECK(mv.site == bin && mv.snaps == 8);
	CHECK(!strcmp(mv.config, "10|1=8"));
	CHECK_U64(mv.pred_peak, 100 + 8000);
	CHECK(mv.pred_time_s < cur.time_s);
	char *text = prof_move_text(&mv, "p:7:binomial");
	CHECK(!strcmp(text, "p:7:binomial snapshots 8"));
	free(text);
	prof_move_free(&mv);
	/* with a budget that 8 snapshots exceed, the count is not raised */
	prof_tuner_free(&t);
	prof_tuner_init(&t, 2, PROF_GAIN_FIRST, 5000, 0.01);
	int r = prof_tune_next(&t, d, &cur, &mv);
	CHECK(r == 0 || mv.kind != PROF_MOVE_SNAPS);
	if (r == 1)
		prof_move_free(&mv);
	prof_tuner_free(&t);
	prof_free(d);
}

int main(void)
{
	test_configs();
	test_best();
	test_binomial_move();
	SimProg p;
	uint64_t seed = 4242;
	for (int i = 0; i < 150; i++) {
		char name[32];
		snprintf(name, sizeof name, "random %d", i);
		sim_random(&p, &seed);
		loops(&p, name);
	}
	printf("%d tuning loops, %d moves\n", nloops, nmoves);
	return tu_done("test_tune");
}
