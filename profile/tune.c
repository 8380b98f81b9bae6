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
#include <math.h>
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
	if (m[i].timed_out)
		return 0;
	for (size_t j = 0; j < n; j++)
		if (j != i && !m[j].timed_out && m[j].time_s <= m[i].time_s && m[j].peak <= m[i].peak &&
		    (m[j].time_s < m[i].time_s || m[j].peak < m[i].peak))
			return 0;
	return 1;
}

const ProfMeas *prof_meas_best(const ProfMeas *m, size_t n, const ProfMeas *base, uint64_t budget)
{
	const ProfMeas *best = base && base->peak <= budget ? base : NULL;
	for (size_t i = 0; i < n; i++)
		if (m[i].kind == PROF_MEAS_TUNING && !m[i].timed_out && m[i].peak <= budget &&
		    (!best || m[i].time_s < best->time_s))
			best = &m[i];
	return best;
}

const ProfMeas *prof_meas_lowest(const ProfMeas *m, size_t n)
{
	const ProfMeas *low = NULL;
	for (size_t i = 0; i < n; i++)
		if (m[i].kind == PROF_MEAS_TUNING && !m[i].timed_out &&
		    (!low || m[i].peak < low->peak || (m[i].peak == low->peak && m[i].time_s < low->time_s)))
			low = &m[i];
	return low;
}

static int cmp_double(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;
	return a < b ? -1 : a > b;
}

/* Median and interquartile half-range (relative) of v[0..n-1] (sorted in place). */
static double median_spread(double *v, size_t n, double *spread)
{
	qsort(v, n, sizeof *v, cmp_double);
	double med = n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
	double q1 = v[n / 4], q3 = v[(3 * n) / 4 < n ? (3 * n) / 4 : n - 1];
	*spread = med > 0 ? 0.5 * (q3 - q1) / med : 0;
	return med;
}

void prof_compare(const double *a, const double *b, size_t n, ProfCompare *out)
{
	double *x = malloc(2 * n * sizeof *x), sa = 0, sb = 0;
	size_t wins = 0, losses = 0;
	memset(out, 0, sizeof *out);
	if (!x || n == 0) {
		free(x);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		x[i] = a[i];
		x[n + i] = b[i];
		wins += b[i] < a[i];
		losses += b[i] > a[i];
	}
	out->a_s = median_spread(x, n, &sa);
	out->b_s = median_spread(x + n, n, &sb);
	free(x);
	out->noise = sa > sb ? sa : sb;
	if (out->noise < 0.01)
		out->noise = 0.01;
	out->ratio = out->b_s > 0 ? out->a_s / out->b_s : 1;
	if (out->ratio > 1 + 2 * out->noise && 4 * wins >= 3 * n)
		out->verdict = 1;
	else if (out->ratio < 1 / (1 + 2 * out->noise) && 4 * losses >= 3 * n)
		out->verdict = -1;
}

/* ---------------------------------------------------------------- moves */

void prof_move_free(ProfMove *m)
{
	free(m->config);
	free(m->from);
	m->config = m->from = NULL;
}

/* The largest site index a configuration's snapshot counts name, plus one. */
static size_t snap_sites(const char *config)
{
	size_t n = 0;
	for (const char *q = strchr(config, '|'); q && *q; q = strchr(q + 1, ',')) {
		unsigned long s;
		int count;
		if (sscanf(q + 1, "%lu=%d", &s, &count) == 2 && s + 1 > n)
			n = s + 1;
	}
	return n;
}

char *prof_move_text(const ProfMove *m, const char *const *ids)
{
	size_t nb = nbits(m->config), ns = snap_sites(m->config), nf = snap_sites(m->from), cap = 64, k = 0;
	if (nf > ns)
		ns = nf;
	for (size_t i = 0; i < nb || i < ns; i++)
		cap += strlen(ids[i]) + 32;
	char *s = malloc(cap);
	if (!s)
		return NULL;
	s[0] = 0;
	for (size_t i = 0; i < nb || i < ns; i++) {
		int a = prof_config_snaps(m->from, i), b = prof_config_snaps(m->config, i);
		if (i < nb && m->from[i] != m->config[i])
			k += (size_t)snprintf(s + k, cap - k, "%s%s %s", k ? ", " : "", ids[i],
			                      m->config[i] == '1' ? "on" : "off");
		else if (a != b)
			k += (size_t)snprintf(s + k, cap - k, "%s%s snapshots %d", k ? ", " : "", ids[i], b);
	}
	return s;
}

/* Fills the move from cur to config (taken over): its kind from what differs. 0 or -1. */
static int move_to(ProfMove *out, const char *cur, char *config)
{
	size_t nb = nbits(config), nsw = 0, nsn = 0, first = (size_t)-1, ns = snap_sites(config), nf = snap_sites(cur);
	out->config = config;
	if (!(out->from = strdup(cur)))
		return -1;
	for (size_t i = 0; i < nb || i < ns || i < nf; i++) {
		int sw = i < nb && cur[i] != config[i], sn = prof_config_snaps(cur, i) != prof_config_snaps(config, i);
		nsw += (size_t)sw;
		nsn += (size_t)sn;
		if ((sw || sn) && first == (size_t)-1)
			first = i;
	}
	out->site = first == (size_t)-1 ? 0 : first;
	out->kind = nsw + nsn > 1 ? PROF_MOVE_SET : nsn ? PROF_MOVE_SNAPS : PROF_MOVE_SWITCH;
	out->to_on = out->kind == PROF_MOVE_SWITCH && config[out->site] == '1';
	out->snaps = out->kind == PROF_MOVE_SNAPS ? prof_config_snaps(config, out->site) : 0;
	return 0;
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
	free(t->lowest.config);
	t->lowest.config = NULL;
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

static int cmp_dbl(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

double prof_median_interval(double *x, size_t n, double *lo, double *hi)
{
	*lo = *hi = 0;
	if (n == 0)
		return 0;
	qsort(x, n, sizeof *x, cmp_dbl);
	/* P(fewer than j of n values below the median) = P(B < j), B binomial(n, 1/2); the interval
	 * [x(j), x(n+1-j)] misses the median with probability 2 P(B < j) */
	double pk = ldexp(1.0, -(int)(n < 1000 ? n : 1000)), cdf = 0, cover = 1 - 2 * pk;
	size_t j = 1;
	for (size_t k = 0; k + 1 < (n + 1) / 2; k++) {
		cdf += pk;                                   /* P(B <= k) */
		pk = pk * (double)(n - k) / (double)(k + 1); /* P(B = k + 1) */
		if (1 - 2 * (cdf + pk) < 0.95)
			break;
		j = k + 2;
		cover = 1 - 2 * (cdf + pk);
	}
	*lo = x[j - 1];
	*hi = x[n - j];
	return cover;
}

int prof_repeat_more(double *x, size_t n, double tol, size_t cap)
{
	if (n >= cap || tol <= 0)
		return 0;
	if (n < 6)
		return 1;
	double lo, hi;
	prof_median_interval(x, n, &lo, &hi);
	double med = n % 2 ? x[n / 2] : 0.5 * (x[n / 2 - 1] + x[n / 2]);
	return hi - lo > tol * med;
}

size_t prof_meas_errors(const ProfMeas *m, size_t n, double *median, double *max, size_t *nexact)
{
	double *e = malloc((n + 1) * sizeof *e);
	size_t k = 0;
	*median = *max = 0;
	*nexact = 0;
	for (size_t i = 0; e && i < n; i++) {
		if (!m[i].has_pred || m[i].timed_out)
			continue;
		double t = m[i].time_s > 1e-12 ? m[i].time_s : 1e-12;
		e[k++] = fabs(m[i].pred_time_s - m[i].time_s) / t;
		*nexact += m[i].pred_peak == m[i].peak;
	}
	if (k) {
		qsort(e, k, sizeof *e, cmp_dbl);
		*median = k % 2 ? e[k / 2] : 0.5 * (e[k / 2 - 1] + e[k / 2]);
		*max = e[k - 1];
	}
	free(e);
	return k;
}

double prof_event_gap(const ProfData *d)
{
	enum { MAXGAPS = 100000 }; /* enough for a median */
	double *g = malloc(MAXGAPS * sizeof *g);
	size_t n = 0;
	for (size_t e = 1; g && e < d->nevents && n < MAXGAPS; e++) {
		const ProfEvent *a = &d->events[e - 1], *b = &d->events[e];
		if (a->site == b->site &&
		    ((a->kind == PROF_SNAP_WRITE_END && b->kind == PROF_PRIMAL_BEGIN) ||
		     (a->kind == PROF_SNAP_READ_END && b->kind == PROF_ADJ_BEGIN)))
			g[n++] = 1e-9 * (double)(b->time_ns - a->time_ns);
	}
	double m = 0;
	if (n) {
		qsort(g, n, sizeof *g, cmp_dbl);
		m = n % 2 ? g[n / 2] : 0.5 * (g[n / 2 - 1] + g[n / 2]);
	}
	free(g);
	return m;
}

double prof_time_scale(const ProfData *d, double prof_time_s)
{
	double total = d ? 1e-9 * (double)d->total_ns : 0;
	if (total <= 0 || prof_time_s <= 0)
		return 1;
	double k = prof_time_s / total;
	return k < 0.05 ? 0.05 : k > 20 ? 20 : k;
}

/* The call sites config switches against cur (binomial loops' counts aside), as prof_predict_set
 * takes them: a calloc'ed array, or NULL when out of memory. */
static int *config_flips(const ProfData *d, const ProfMeas *cur, const char *config)
{
	int *flip = calloc(d->nsites + 1, sizeof *flip);
	if (!flip)
		return NULL;
	size_t n = strcspn(cur->config, "|");
	for (size_t s = 0; s < d->nsites && s < n && config[s] && config[s] != '|'; s++)
		flip[s] = config[s] != cur->config[s] && d->sites[s].kind == PROF_SITE_CALL;
	return flip;
}

int prof_predict_config(const ProfData *d, const ProfMeas *cur, const char *config, double ev_cost, double scale, double *time_s,
                        uint64_t *peak)
{
	int *flip = config_flips(d, cur, config);
	if (!flip)
		return -1;
	double dt_raw;
	uint64_t tape;
	int rc = prof_predict_set(d, flip, &dt_raw, &tape);
	/* the recording the removed windows held (prof_predict_parts) */
	double dt = dt_raw;
	for (size_t k = 0; k < d->ninsts; k++)
		if (flip[d->insts[k].site] && d->insts[k].on)
			dt += 3 * ev_cost;
	free(flip);
	if (rc)
		return -1;
	*peak = tape + cur->rv_peak;
	*time_s = prof_predicted_time(cur->time_s, prof_plain_total(d, ev_cost), scale, dt, dt);
	return 0;
}

double prof_plain_total(const ProfData *d, double ev_cost)
{
	double total = 1e-9 * (double)d->total_ns, rec = ev_cost > 0 ? ev_cost * (double)d->nevents : 0;
	/* a fit that says recording was more than 90 % of the profile is noise, not a measurement */
	return rec > 0.9 * total ? 0.1 * total : total - rec;
}

int prof_predict_parts(const ProfData *d, const ProfMeas *cur, const char *config, ProfParts *p)
{
	int *flip = config_flips(d, cur, config);
	if (!flip)
		return -1;
	uint64_t tape;
	int rc = prof_predict_set(d, flip, &p->dt_raw, &tape);
	p->nrec = 0;
	p->non = 0;
	for (size_t k = 0; k < d->ninsts; k++)
		if (flip[d->insts[k].site]) {
			/* a switch off removes windows that held the recording of at least their three
			 * events; the cost of a switch on is estimated from rates (MODEL.md §5), which
			 * hold none to take off */
			p->nrec += d->insts[k].on ? 3 : 0;
			p->non += !d->insts[k].on;
		}
	free(flip);
	if (rc)
		return -1;
	p->peak = tape + cur->rv_peak;
	return 0;
}

double prof_time_of_parts(const ProfData *d, const ProfMeas *cur, const ProfParts *p, double scale, double rec_cost,
                          double byte_cost)
{
	double k = scale > 0 ? scale : 1, ev = rec_cost / k, dt = p->dt_raw + ev * p->nrec;
	return prof_with_tape_term(prof_predicted_time(cur->time_s, prof_plain_total(d, ev), k, dt, dt), byte_cost, p->peak,
	                           cur->peak);
}

/* The weight of a measurement of time t in the fits: 1/t², so that the squares summed are of
 * relative residuals, as the errors tune reports (and a run's noise grows with its length). */
static double rel_weight(double t)
{
	return t > 0 ? 1 / (t * t) : 0;
}

void prof_fit_add(ProfFit *f, double r, double x_peak, double x_rec, double w)
{
	f->n += w > 0 ? 1 : w < 0 ? -1 : 0; /* a count: weights only scale the squares */
	f->pp += w * x_peak * x_peak;
	f->pe += w * x_peak * x_rec;
	f->ee += w * x_rec * x_rec;
	f->rp += w * r * x_peak;
	f->re += w * r * x_rec;
	f->rr += w * r * r;
}

/* The residual sum of squares of coefficients (b, c) from the sums. */
static double fit_sse(const ProfFit *f, double b, double c)
{
	return f->rr - 2 * (b * f->rp + c * f->re) + b * b * f->pp + 2 * b * c * f->pe + c * c * f->ee;
}

void prof_fit_solve(const ProfFit *f, double prior_rec, double *rec_cost, double *byte_cost)
{
	/* the unconstrained term: the prior, and the tape term on what it leaves */
	if (f->n < 2 || f->ee <= 0) {
		*rec_cost = prior_rec;
		*byte_cost = prof_byte_cost(f->rp - prior_rec * f->pe, f->pp);
		return;
	}
	/* candidates: the joint fit (3 measurements or more), each term alone with the other at
	 * zero, and no term; each clamped into its bounds; the one of least squared residual */
	double cand[4][2] = {{0, f->re / f->ee}, {f->pp > 0 ? f->rp / f->pp : 0, 0}, {0, 0}, {0, 0}};
	int nc = 3;
	double det = f->pp * f->ee - f->pe * f->pe;
	if (f->n >= 3 && f->pp > 0 && det > 1e-9 * f->pp * f->ee) {
		cand[nc][0] = (f->rp * f->ee - f->re * f->pe) / det;
		cand[nc][1] = (f->re * f->pp - f->rp * f->pe) / det;
		nc++;
	}
	double best_b = 0, best_c = 0, best = INFINITY;
	for (int i = 0; i < nc; i++) {
		double b = fmin(fmax(cand[i][0], 0), 1e-8), c = fmin(fmax(cand[i][1], 0), PROF_REC_COST_MAX);
		double e = fit_sse(f, b, c);
		if (e < best) {
			best = e;
			best_b = b;
			best_c = c;
		}
	}
	*rec_cost = best_c;
	*byte_cost = best_b;
}

double prof_byte_cost(double sum_rx, double sum_xx)
{
	double c = sum_xx > 0 ? sum_rx / sum_xx : 0;
	return c < 0 ? 0 : c > 1e-8 ? 1e-8 : c;
}

double prof_with_tape_term(double t, double byte_cost, uint64_t peak, uint64_t cur_peak)
{
	return peak > cur_peak ? t + byte_cost * (double)(peak - cur_peak) : t;
}

int prof_tune_keep(ProfTuner *t, const ProfMeas *cur, const ProfMeas *m)
{
	int over = cur->peak > t->budget;
	int keep = (m->time_s < cur->time_s && m->peak <= t->budget) || (over && m->peak < cur->peak);
	t->undone = keep ? 0 : t->undone + 1;
	return keep;
}

static void none_fits(ProfTuner *t, const char *config, double time_s, uint64_t peak)
{
	t->none_fits = 1;
	free(t->lowest.config);
	t->lowest = (ProfCand){strdup(config), time_s, peak};
}

/* Predicted times closer than TIE of the current run are a tie, decided by the smaller peak;
 * the search keeps the TIE_WANT fastest configurations to choose from. */
#define TIE 0.02
enum { TIE_WANT = 16 };

/* The optimal strategy: the best configuration on the model that was not tried yet (among near
 * ties, the smallest peak). */
static int next_optimal(ProfTuner *t, const ProfData *d, const ProfMeas *cur, ProfMove *out)
{
	int max_undone = t->max_undone > 0 ? t->max_undone : 3;
	if (t->undone >= max_undone)
		return 0; /* the best predictions were measured and none was faster */
	ProfSearch s = {.nsites = t->nsites,
	                .budget = t->budget,
	                .ev_cost = t->ev_cost,
	                .time_scale = t->time_scale,
	                .byte_cost = t->byte_cost,
	                .want = TIE_WANT,
	                .exclude = t->visited,
	                .nexclude = t->nvisited};
	if (prof_search(d, cur, &s))
		return -1;
	t->nevals += s.nevals;
	t->complete = s.complete;
	if (s.ncand == 0 && !s.complete && cur->peak <= t->budget) {
		/* the walk, best predicted time first, stopped before any configuration within the budget:
		 * a site whose switch alone exceeds it can rank every configuration that has it first
		 * (lake: one site +36 MB against a 4.8 MB budget, 2^41 configurations ahead of the
		 * others). Search again with such sites kept as they are: a narrower space, not proven
		 * optimal over the whole one. */
		ProfPrediction *pred = calloc(d->nsites + 1, sizeof *pred);
		unsigned char *fixed = calloc(d->nsites + 1, 1);
		if (!pred || !fixed || prof_predict(d, pred)) {
			free(pred);
			free(fixed);
			prof_search_free(&s);
			return -1;
		}
		int nfixed = 0;
		for (size_t k = 0; k < d->nsites; k++)
			if (pred[k].toggleable && pred[k].ninstances && pred[k].peak + cur->rv_peak > t->budget)
				nfixed += fixed[k] = 1;
		free(pred);
		if (nfixed) {
			prof_search_free(&s);
			s.fixed = fixed;
			if (prof_search(d, cur, &s)) {
				free(fixed);
				return -1;
			}
			t->nevals += s.nevals;
			t->complete = 0;
		}
		free(fixed);
		s.fixed = NULL;
	}
	int rc = 0;
	/* among the predictions within TIE of the run of the fastest, the smallest peak: a difference
	 * the model cannot resolve is no reason to spend memory (a legacy model: two configurations
	 * predicted 1 % apart, measured alike, one with twice the other's peak) */
	size_t k = 0;
	for (size_t j = 1; j < s.ncand; j++)
		if (s.cand[j].pred_time_s <= s.cand[0].pred_time_s + TIE * cur->time_s &&
		    s.cand[j].pred_peak < s.cand[k].pred_peak)
			k = j;
	if (s.ncand == 0) {
		if (cur->peak > t->budget && s.lowest.config)
			none_fits(t, s.lowest.config, s.lowest.pred_time_s, s.lowest.pred_peak);
	} else if (cur->peak > t->budget || s.cand[k].pred_time_s < cur->time_s * (1 - t->min_gain)) {
		if (move_to(out, cur->config, s.cand[k].config))
			rc = -1;
		else
			rc = 1;
		s.cand[k].config = NULL;
		out->pred_time_s = s.cand[k].pred_time_s;
		out->pred_peak = s.cand[k].pred_peak;
	}
	prof_search_free(&s);
	if (rc == 1 && visit(t, out->config)) {
		prof_move_free(out);
		return -1;
	}
	return rc;
}

/* The greedy strategies over the budget: every switch the plan makes to bring the peak within
 * it, at once (each one alone would be a configuration predicted over the budget, not to be
 * measured). 1 a move, 0 none fits. */
static int repair_set(ProfTuner *t, const ProfData *d, const ProfMeas *cur, const ProfPlan *plan, ProfMove *out)
{
	char *c = strdup(cur->config);
	if (!c)
		return -1;
	for (size_t s = 0; s < plan->nsites && s < t->nsites; s++)
		if (plan->flip[s] && (plan->reason[s] == PROF_FREE || plan->reason[s] == PROF_REPAIR))
			c[s] = c[s] == '1' ? '0' : '1';
	double tt;
	uint64_t tape;
	int *flip = calloc(d->nsites + 1, sizeof *flip);
	if (!flip) {
		free(c);
		return -1;
	}
	for (size_t s = 0; s < d->nsites && s < t->nsites; s++)
		flip[s] = c[s] != cur->config[s];
	int rc = prof_predict_set(d, flip, &tt, &tape);
	free(flip);
	if (rc) {
		free(c);
		return -1;
	}
	uint64_t peak = tape + cur->rv_peak;
	double time_s = prof_with_tape_term(prof_predicted_time(cur->time_s, 1e-9 * (double)d->total_ns, t->time_scale, tt, tt),
	                                    t->byte_cost, peak, cur->peak);
	if (peak > t->budget || !strcmp(c, cur->config) || visited(t, c)) {
		none_fits(t, c, time_s, peak);
		free(c);
		return 0;
	}
	if (move_to(out, cur->config, c))
		return -1;
	out->pred_time_s = time_s;
	out->pred_peak = peak;
	if (visit(t, out->config)) {
		prof_move_free(out);
		return -1;
	}
	return 1;
}

int prof_tune_next(ProfTuner *t, const ProfData *d, const ProfMeas *cur, ProfMove *out)
{
	size_t ns = d->nsites, n = t->nsites;
	double cur_t = cur->time_s;
	uint64_t cur_p = cur->peak, rv = cur->rv_peak;
	memset(out, 0, sizeof *out);
	if (t->strategy == PROF_OPTIMAL)
		return next_optimal(t, d, cur, out);
	ProfPrediction *pred = calloc(ns + 1, sizeof *pred);
	ProfPlan plan;
	/* the profile knows the tape; revolve snapshots come on top of it */
	uint64_t tape_budget = t->budget == PROF_NO_BUDGET ? PROF_NO_BUDGET : t->budget > rv ? t->budget - rv : 0;
	if (!pred || prof_predict(d, pred) != 0 || prof_plan(d, pred, t->strategy, tape_budget, &plan) != 0) {
		free(pred);
		return -1;
	}
	if (cur_p > t->budget) {
		int r = repair_set(t, d, cur, &plan, out);
		prof_plan_free(&plan);
		free(pred);
		return r;
	}
	/* the profiled build's prediction, corrected to the plain build */
	for (size_t k = 0; k < ns; k++)
		if (pred[k].on)
			pred[k].dtime_s += 3 * t->ev_cost * (double)pred[k].ninstances;
	long choice = -1;
	for (size_t k = 0; k < plan.nsites && choice < 0; k++) {
		size_t s = plan.order[k];
		if (!plan.flip[s] || s >= n)
			continue;
		/* a gain below the measurement's noise is no reason to move (repairs excepted) */
		if (plan.reason[s] != PROF_REPAIR && -pred[s].dtime_s < t->min_gain * cur_t)
			continue;
		/* alone, it must fit too: a configuration predicted over the budget is not measured */
		if (pred[s].peak > tape_budget)
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
		if (d->sites[k].kind != PROF_SITE_BINOMIAL || !prof_binomial_facts(d, k, &S, &L, &N, &T, &inst))
			continue;
		double tadv = T / ((double)N + 3.0 * (double)L * (double)inst);
		uint64_t held = prof_binomial_held(S, L), slot = cur->rv_peak && held ? cur->rv_peak / held : 0;
		uint64_t cand[2] = {S * 2, S / 2};
		for (int c = 0; c < 2; c++) {
			uint64_t S2 = cand[c];
			if (S2 < 1 || S2 == S || (S2 > L && S >= L))
				continue;
			double N2 = ckp_binomial_steps_d((long)L, (long)S2) * (double)inst;
			double dt = (N2 - (double)N) * tadv;
			int64_t dp = ((int64_t)prof_binomial_held(S2, L) - (int64_t)held) * (int64_t)slot;
			uint64_t np = (uint64_t)((int64_t)cur_p + dp);
			int ok = -dt >= t->min_gain * cur_t && np <= t->budget;
			char *key = ok ? prof_config_with_snaps(cur->config, n, k, (int)S2) : NULL;
			if (ok && (!key || visited(t, key)))
				ok = 0;
			free(key);
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
		char *c = prof_config_with_snaps(cur->config, n, (size_t)bsite, bsnaps);
		if (!c || move_to(out, cur->config, c))
			goto oom;
		out->pred_time_s = prof_predicted_time(cur_t, 1e-9 * (double)d->total_ns, t->time_scale, bdt, bdt);
		out->pred_peak = bpeak;
	} else if (choice >= 0) {
		char *c = prof_config_flip(cur->config, (size_t)choice);
		if (!c || move_to(out, cur->config, c))
			goto oom;
		/* dtime_s is corrected; the raw one is the profile's own */
		out->pred_peak = pred[choice].peak + rv;
		out->pred_time_s = prof_with_tape_term(prof_predicted_time(cur_t, prof_plain_total(d, t->ev_cost), t->time_scale,
		                                                           pred[choice].dtime_s, pred[choice].dtime_s),
		                                       t->byte_cost, out->pred_peak, cur_p);
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

int prof_tune_loop(ProfTuner *t, const ProfTuneIO *io, const char *start, ProfData *d, double file_time, int maxit)
{
	char *cur = strdup(start);
	int rc = cur ? 0 : -1;
	/* the recording cost in measured seconds, refitted with every move measured (prof_fit_solve) */
	if (d) {
		t->time_scale = prof_time_scale(d, file_time);
		t->rec_cost = t->rec_cost0 = t->ev_cost * (t->time_scale > 0 ? t->time_scale : 1);
	}
	for (int iter = 1; d && cur && iter <= maxit; iter++) {
		ProfMove mv;
		t->time_scale = prof_time_scale(d, file_time);
		t->ev_cost = t->rec_cost / (t->time_scale > 0 ? t->time_scale : 1);
		int r = prof_tune_next(t, d, io->measured(io->ctx, cur), &mv);
		if (r <= 0) {
			rc = r < 0 ? -1 : 1;
			break;
		}
		ProfMeas *m = io->measure(io->ctx, mv.config, cur);
		if (!m) {
			prof_move_free(&mv);
			rc = -2;
			break;
		}
		/* cur measured next to the move (anchor_s): the prediction, the fit and the decision
		 * from it rather than from cur's measurement under an earlier load, which stretches
		 * both alike (the prediction scaled by the anchor's ratio to cur's time) */
		ProfMeas from = *io->measured(io->ctx, cur);
		if (m->anchor_s > 0 && from.time_s > 0) {
			mv.pred_time_s *= m->anchor_s / from.time_s;
			from.time_s = m->anchor_s;
		}
		if (!m->has_pred) {
			m->has_pred = 1;
			m->pred_time_s = mv.pred_time_s;
			m->pred_peak = mv.pred_peak;
		}
		/* the tape term and the recording cost, fitted again with this move: its time against
		 * the profile's change, its peak's growth and the events it stops recording (a move
		 * that switches sites on adds the estimate of their primal runs: not a data point) */
		ProfParts pp;
		if (!m->timed_out && !strchr(mv.config, '|') && prof_predict_parts(d, &from, mv.config, &pp) == 0 && !pp.non) {
			double k = t->time_scale > 0 ? t->time_scale : 1;
			prof_fit_add(&t->fit, m->time_s - from.time_s - k * pp.dt_raw,
			             pp.peak > from.peak ? (double)(pp.peak - from.peak) : 0, pp.nrec, rel_weight(m->time_s));
			prof_fit_solve(&t->fit, t->rec_cost0, &t->rec_cost, &t->byte_cost);
		}
		int kept = prof_tune_keep(t, &from, m);
		char *next = kept ? strdup(mv.config) : NULL;
		io->moved(io->ctx, iter, &mv, m, kept);
		if (kept) {
			free(cur);
			cur = next;
			prof_free(d);
			d = cur ? io->profile(io->ctx, cur, &file_time) : NULL;
			rc = cur ? rc : -1;
		}
	}
	prof_free(d);
	free(cur);
	return rc;
}

/* The terms fitted to the points in use (fit[i], but skip): the recording cost and the tape term
 * of least summed relative error of the predictions themselves (prof_time_of_parts, floor
 * included), by a grid over both (rec 0-200 ns in 5 ns steps, tape 0 and 1e-12-1e-8 s/B in
 * quarter decades), then a pattern search around the best. Least squares on the residuals was
 * tried first: the points are single runs (or medians of few) at a load of 5, and the floor
 * bends the model the residuals assume; on lake at 2x it fitted 45-61 ns per event against a
 * prior of 35 and made the median error 12-16 % where the prior gave 7-8 %. With fewer than two
 * points, least squares over the loop's moves (loop) as before. */
static double points_error(const ProfData *d, const ProfMeas *m, const ProfMeas *nearv, const ProfParts *pa, const char *fit,
                           size_t n, size_t skip, double scale, double c, double b)
{
	double e = 0;
	for (size_t i = 0; i < n; i++)
		if (fit[i] && i != skip && m[i].time_s > 0)
			e += fabs(prof_time_of_parts(d, &nearv[i], &pa[i], scale, c, b) - m[i].time_s) / m[i].time_s;
	return e;
}

static void fit_direct(const ProfData *d, const ProfMeas *m, const ProfMeas *nearv, const ProfParts *pa, const char *fit,
                       size_t n, size_t skip, double scale, double prior, const ProfFit *loop, double *rec_cost,
                       double *byte_cost)
{
	size_t np = 0;
	for (size_t i = 0; i < n; i++)
		np += fit[i] && i != skip;
	if (np < 2) {
		ProfFit f = loop ? *loop : (ProfFit){0};
		prof_fit_solve(&f, prior, rec_cost, byte_cost);
		return;
	}
	double bc = prior, bb = 0, best = points_error(d, m, nearv, pa, fit, n, skip, scale, prior, 0);
	for (int ic = 0; ic <= 40; ic++)
		for (int ib = -1; ib <= 16; ib++) {
			double c = ic * 5e-9, b = ib < 0 ? 0 : 1e-12 * pow(10, ib / 4.0);
			double e = points_error(d, m, nearv, pa, fit, n, skip, scale, c, b);
			if (e < best * (1 - 1e-9) - 1e-15) { /* ties keep the prior */
				best = e;
				bc = c;
				bb = b;
			}
		}
	double sc = 2.5e-9, sb = 0.5;
	for (int it = 0; it < 24; it++, sc *= 0.5, sb *= 0.5) {
		int moved = 1;
		for (int steps = 0; moved && steps < 40; steps++) {
			moved = 0;
			/* the eight neighbours: the terms trade off, so the diagonals too */
			for (int k = 0; k < 9; k++) {
				if (k == 4)
					continue;
				double up = bb > 0 ? bb * (1 + sb) : 1e-12 * sb;
				double c = bc + (k % 3 - 1) * sc, b = k / 3 == 0 ? bb * (1 - sb) : k / 3 == 1 ? bb : up;
				c = fmin(fmax(c, 0), PROF_REC_COST_MAX);
				b = fmin(fmax(b, 0), 1e-8);
				double e = points_error(d, m, nearv, pa, fit, n, skip, scale, c, b);
				if (e < best * (1 - 1e-9) - 1e-15) {
					best = e;
					bc = c;
					bb = b;
					moved = 1;
				}
			}
		}
	}
	*rec_cost = bc;
	*byte_cost = bb;
}

/* prof_predict_points once its arrays (n + 1 each, zeroed) are allocated. */
static void fit_points(const ProfData *d, ProfMeas *m, size_t n, const ProfMeas *base, double scale, double rec_cost0,
                       const ProfFit *loop, ProfParts *pa, ProfMeas *nearv, ProfMeas *prior, double *rs, double *xs, char *use,
                       double *rec_cost, double *byte_cost, double *err_prior)
{
	ProfFit allp = {0};      /* the recording cost held at rec_cost0 */
	char *fit = use + n + 1; /* in the fits: not timed out, no site switched on */
	for (size_t i = 0; i < n; i++) {
		ProfMeas *p = &m[i];
		if (p->has_pred || p == base || p->kind == PROF_MEAS_TUNING || strchr(p->config, '|'))
			continue;
		nearv[i] = *base; /* the default, measured next to it when it was */
		if (p->anchor_s > 0)
			nearv[i].time_s = p->anchor_s;
		if (prof_predict_parts(d, &nearv[i], p->config, &pa[i]) != 0)
			continue;
		use[i] = 1;
		xs[i] = pa[i].peak > base->peak ? (double)(pa[i].peak - base->peak) : 0;
		rs[i] = p->time_s - nearv[i].time_s - scale * pa[i].dt_raw;
		if (!p->timed_out && !pa[i].non) {
			fit[i] = 1;
			prof_fit_add(&allp, rs[i] - rec_cost0 * pa[i].nrec, xs[i], 0, rel_weight(p->time_s));
		}
	}
	fit_direct(d, m, nearv, pa, fit, n, n, scale, rec_cost0, loop, rec_cost, byte_cost); /* everything: reported */
	size_t nfit = 0;
	for (size_t i = 0; i < n; i++)
		nfit += fit[i];
	size_t nprior = 0;
	for (size_t i = 0; i < n; i++) {
		if (!use[i])
			continue;
		ProfMeas *p = &m[i];
		ProfFit fp = allp;
		if (fit[i])
			prof_fit_add(&fp, rs[i] - rec_cost0 * pa[i].nrec, xs[i], 0, -rel_weight(p->time_s));
		double c, b, bp, unused;
		/* leave one out; among hundreds of points one changes nothing but the time it takes */
		if (fit[i] && nfit <= 300)
			fit_direct(d, m, nearv, pa, fit, n, i, scale, rec_cost0, loop, &c, &b);
		else {
			c = *rec_cost;
			b = *byte_cost;
		}
		prof_fit_solve(&fp, rec_cost0, &unused, &bp);
		p->has_pred = 1;
		p->pred_peak = pa[i].peak;
		p->pred_time_s = prof_time_of_parts(d, &nearv[i], &pa[i], scale, c, b);
		prior[nprior] = *p;
		prior[nprior++].pred_time_s = prof_time_of_parts(d, &nearv[i], &pa[i], scale, rec_cost0, bp);
	}
	double mx;
	size_t nex;
	*err_prior = 0;
	prof_meas_errors(prior, nprior, err_prior, &mx, &nex);
}

int prof_predict_points(const ProfData *d, ProfMeas *m, size_t n, const ProfMeas *base, double scale, double rec_cost0,
                        const ProfFit *loop, double *rec_cost, double *byte_cost, double *err_prior)
{
	ProfParts *pa = calloc(n + 1, sizeof *pa);
	ProfMeas *nearv = calloc(n + 1, sizeof *nearv), *prior = calloc(n + 1, sizeof *prior);
	double *rs = calloc(n + 1, sizeof *rs), *xs = calloc(n + 1, sizeof *xs);
	char *use = calloc(2 * (n + 1), 1);
	int rc = !pa || !nearv || !prior || !rs || !xs || !use ? -1 : 0;
	if (rc == 0)
		fit_points(d, m, n, base, scale, rec_cost0, loop, pa, nearv, prior, rs, xs, use, rec_cost, byte_cost, err_prior);
	free(pa);
	free(nearv);
	free(prior);
	free(rs);
	free(xs);
	free(use);
	return rc;
}
