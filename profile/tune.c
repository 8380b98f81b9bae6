/*
 * tune.c — the decisions of `stad tune`, without processes or files: which configuration to
 * measure next from the current one's profile, whether to keep what was measured, and which
 * measurement is the best. cli/tune.c runs the builds and the measurements around these.
 *
 * One step of the greedy loop looks at two kinds of moves and takes the one predicted to gain
 * more:
 *   - a call-site switch, the first of the strategy's plan (strategy.c) not tried before, with
 *     the profiled build's prediction corrected to the plain build (each switched instance's
 *     three measured intervals end with an event the plain build does not record);
 *   - a BINOMIAL-CKP loop's snapshot count doubled or halved: time from the exact forward-step
 *     counts (a forward step costs the loop's time over N + 3L, a turn about three steps),
 *     memory from the size of one snapshot (the revolve bytes of the current run over the
 *     snapshots it held).
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ckp_revolve.h"
#include "prof_int.h"

/* ---------------------------------------------------------------- configurations */

static size_t nbits(const char *config)
{
	return strcspn(config, "|");
}

int prof_config_snaps(const char *config, size_t site)
{
	const char *q = strchr(config, '|');
	int v = 0;
	for (; q && *q; q = strchr(q + 1, ',')) {
		unsigned long s;
		int count;
		if (sscanf(q + 1, "%lu=%d", &s, &count) == 2 && s == site)
			v = count;
	}
	return v;
}

char *prof_config_with_snaps(const char *config, size_t nsites, size_t site, int snaps)
{
	size_t nb = nbits(config), cap = strlen(config) + 48;
	char *out = malloc(cap);
	if (!out)
		return NULL;
	(void)nsites;
	size_t k = (size_t)snprintf(out, cap, "%.*s", (int)nb, config);
	int first = 1, done = 0;
	const char *q = config[nb] == '|' ? config + nb : NULL;
	for (; q && *q; q = strchr(q + 1, ',')) {
		unsigned long s;
		int count;
		if (sscanf(q + 1, "%lu=%d", &s, &count) != 2)
			continue;
		if (!done && s >= site) {
			if (snaps > 0)
				k += (size_t)snprintf(out + k, cap - k, "%s%zu=%d", first ? "|" : ",", site, snaps), first = 0;
			done = 1;
		}
		if (s == site)
			continue;
		k += (size_t)snprintf(out + k, cap - k, "%s%lu=%d", first ? "|" : ",", s, count);
		first = 0;
	}
	if (!done && snaps > 0)
		snprintf(out + k, cap - k, "%s%zu=%d", first ? "|" : ",", site, snaps);
	return out;
}

char *prof_config_flip(const char *config, size_t site)
{
	char *out = strdup(config);
	if (out && site < nbits(out))
		out[site] = out[site] == '1' ? '0' : '1';
	return out;
}

void prof_config_random(uint64_t *state, char *bits, size_t nsites)
{
	uint64_t s = *state;
	for (size_t i = 0; i < nsites; i++) {
		s ^= s << 13;
		s ^= s >> 7;
		s ^= s << 17;
		bits[i] = (s >> 11) & 1 ? '1' : '0';
	}
	bits[nsites] = 0;
	*state = s;
}

/* ---------------------------------------------------------------- measurements */

int prof_meas_pareto(const ProfMeas *m, size_t n, size_t i)
{
	for (size_t j = 0; j < n; j++)
		if (j != i && m[j].time_s <= m[i].time_s && m[j].peak <= m[i].peak &&
		    (m[j].time_s < m[i].time_s || m[j].peak < m[i].peak))
			return 0;
	return 1;
}

const ProfMeas *prof_meas_best(const ProfMeas *m, size_t n, const ProfMeas *base, uint64_t budget)
{
	const ProfMeas *best = base;
	for (size_t i = 0; i < n; i++)
		if (m[i].kind == PROF_MEAS_TUNING && m[i].peak <= budget && (best->peak > budget || m[i].time_s < best->time_s))
			best = &m[i];
	return best;
}

/* ---------------------------------------------------------------- moves */

void prof_move_free(ProfMove *m)
{
	free(m->config);
	m->config = NULL;
}

char *prof_move_text(const ProfMove *m, const char *id)
{
	size_t n = strlen(id) + 40;
	char *s = malloc(n);
	if (!s)
		return NULL;
	if (m->kind == PROF_MOVE_SNAPS)
		snprintf(s, n, "%s snapshots %d", id, m->snaps);
	else
		snprintf(s, n, "%s %s", id, m->to_on ? "on" : "off");
	return s;
}

void prof_tuner_init(ProfTuner *t, size_t nsites, ProfStrategy s, uint64_t budget, double min_gain)
{
	memset(t, 0, sizeof *t);
	t->nsites = nsites;
	t->strategy = s;
	t->budget = budget;
	t->min_gain = min_gain;
}

void prof_tuner_free(ProfTuner *t)
{
	for (size_t i = 0; i < t->nvisited; i++)
		free(t->visited[i]);
	free(t->visited);
	t->visited = NULL;
	t->nvisited = t->capvisited = 0;
}

static int visited(const ProfTuner *t, const char *config)
{
	for (size_t v = 0; v < t->nvisited; v++)
		if (!strcmp(t->visited[v], config))
			return 1;
	return 0;
}

static int visit(ProfTuner *t, const char *config)
{
	if (t->nvisited == t->capvisited) {
		size_t c = t->capvisited ? 2 * t->capvisited : 16;
		char **v = realloc(t->visited, c * sizeof *v);
		if (!v)
			return -1;
		t->visited = v;
		t->capvisited = c;
	}
	if (!(t->visited[t->nvisited] = strdup(config)))
		return -1;
	t->nvisited++;
	return 0;
}

double prof_event_cost(const ProfData *d, double prof_time_s, double time_s)
{
	if (!d || prof_time_s <= 0 || d->nevents == 0)
		return 0;
	double c = (prof_time_s - time_s) / (double)d->nevents;
	return c < 0 ? 0 : c > 200e-9 ? 200e-9 : c;
}

int prof_tune_keep(const ProfTuner *t, const ProfMeas *cur, const ProfMeas *m)
{
	int over = cur->peak > t->budget;
	return (m->time_s < cur->time_s && m->peak <= t->budget) || (over && m->peak < cur->peak);
}

/* A binomial loop in the profile: its snapshot count S, steps L, forward steps N and time T
 * (all instances), instances. 0 when it did not run. */
static int binomial_facts(const ProfData *d, size_t k, uint64_t *S, uint64_t *L, uint64_t *N, double *T, uint64_t *inst)
{
	double tb = 0;
	*S = *L = *N = *inst = 0;
	*T = 0;
	for (size_t e = 0; e < d->nevents; e++) {
		const ProfEvent *ev = &d->events[e];
		if (ev->site != k)
			continue;
		if (ev->kind == PROF_BIN_BEGIN) {
			*S = ev->value;
			tb = (double)ev->time_ns;
			(*inst)++;
		} else if (ev->kind == PROF_BIN_STEP) {
			*L = ev->value;
		} else if (ev->kind == PROF_BIN_END) {
			*N += ev->value;
			*T += ((double)ev->time_ns - tb) * 1e-9;
		}
	}
	return *inst && *S && *L;
}

int prof_tune_next(ProfTuner *t, const ProfData *d, const ProfMeas *cur, ProfMove *out)
{
	size_t ns = d->nsites, n = t->nsites;
	double cur_t = cur->time_s;
	uint64_t cur_p = cur->peak, rv = cur->rv_peak;
	memset(out, 0, sizeof *out);
	ProfPrediction *pred = calloc(ns + 1, sizeof *pred);
	ProfPlan plan;
	/* the profile knows the tape; revolve snapshots come on top of it */
	uint64_t tape_budget = t->budget == PROF_NO_BUDGET ? PROF_NO_BUDGET : t->budget > rv ? t->budget - rv : 0;
	if (!pred || prof_predict(d, pred) != 0 || prof_plan(d, pred, t->strategy, tape_budget, &plan) != 0) {
		free(pred);
		return -1;
	}
	/* the profiled build's prediction, corrected to the plain build */
	for (size_t k = 0; k < ns; k++)
		if (pred[k].on)
			pred[k].dtime_s += 3 * t->ev_cost * (double)pred[k].ninstances;
		else
			pred[k].dtime_s -= 3 * t->ev_cost * (double)pred[k].ninstances;
	long choice = -1;
	for (size_t k = 0; k < plan.nsites && choice < 0; k++) {
		size_t s = plan.order[k];
		if (!plan.flip[s] || s >= n)
			continue;
		/* a gain below the measurement's noise is no reason to move (repairs excepted) */
		if (plan.reason[s] != PROF_REPAIR && -pred[s].dtime_s < t->min_gain * cur_t)
			continue;
		char *nb = prof_config_flip(cur->config, s);
		if (!nb)
			goto oom;
		if (!visited(t, nb))
			choice = (long)s;
		free(nb);
	}
	/* BINOMIAL-CKP loops: twice or half the snapshots */
	long bsite = -1;
	int bsnaps = 0;
	double bdt = 0;
	uint64_t bpeak = 0;
	double cgain = choice >= 0 ? -pred[choice].dtime_s : 0;
	for (size_t k = 0; k < n && k < ns; k++) {
		uint64_t S, L, N, inst;
		double T;
		if (d->sites[k].kind != PROF_SITE_BINOMIAL || !binomial_facts(d, k, &S, &L, &N, &T, &inst))
			continue;
		double tadv = T / ((double)N + 3.0 * (double)L * (double)inst);
		uint64_t slot = cur->rv_peak ? cur->rv_peak / (S < L ? S : L) : 0;
		uint64_t cand[2] = {S * 2, S / 2};
		for (int c = 0; c < 2; c++) {
			uint64_t S2 = cand[c];
			if (S2 < 1 || S2 == S || (S2 > L && S >= L))
				continue;
			double N2 = ckp_binomial_steps_d((long)L, (long)S2) * (double)inst;
			double dt = (N2 - (double)N) * tadv;
			int64_t dp = ((int64_t)(S2 < L ? S2 : L) - (int64_t)(S < L ? S : L)) * (int64_t)slot;
			uint64_t np = (uint64_t)((int64_t)cur_p + dp);
			int ok = (-dt >= t->min_gain * cur_t && np <= t->budget) || (cur_p > t->budget && dp < 0);
			char key[4096];
			snprintf(key, sizeof key, "%.*s|%zu=%llu", (int)n, cur->config, k, (unsigned long long)S2);
			if (ok && visited(t, key))
				ok = 0;
			double score = t->strategy == PROF_MEMORY_CAREFUL && dp > 0 ? -dt / (double)dp : -dt;
			double best = t->strategy == PROF_MEMORY_CAREFUL && bpeak > cur_p ? -bdt / (double)(bpeak - cur_p) : -bdt;
			if (ok && (bsite < 0 || score > best)) {
				bsite = (long)k;
				bsnaps = (int)S2;
				bdt = dt;
				bpeak = np;
			}
		}
	}
	/* the step: a binomial loop's snapshot count, or one call site switched */
	int rc = 1;
	if (bsite >= 0 && (choice < 0 || -bdt > cgain)) {
		size_t m = strlen(cur->config) + 32;
		out->config = malloc(m);
		if (!out->config)
			goto oom;
		snprintf(out->config, m, "%.*s|%ld=%d", (int)n, cur->config, bsite, bsnaps);
		out->kind = PROF_MOVE_SNAPS;
		out->site = (size_t)bsite;
		out->snaps = bsnaps;
		out->pred_time_s = cur_t + bdt;
		out->pred_peak = bpeak;
	} else if (choice >= 0) {
		out->config = prof_config_flip(cur->config, (size_t)choice);
		if (!out->config)
			goto oom;
		out->kind = PROF_MOVE_SWITCH;
		out->site = (size_t)choice;
		out->to_on = out->config[choice] == '1';
		out->pred_time_s = cur_t + pred[choice].dtime_s;
		out->pred_peak = pred[choice].peak + rv;
	} else {
		rc = 0;
	}
	prof_plan_free(&plan);
	free(pred);
	if (rc == 1 && visit(t, out->config)) {
		prof_move_free(out);
		return -1;
	}
	return rc;
oom:
	prof_plan_free(&plan);
	free(pred);
	return -1;
}
