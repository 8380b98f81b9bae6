/*
 * search.c — the predicted optimum over the whole configuration space of one profile: every
 * call site on or off and every BINOMIAL-CKP loop's snapshot count, the fastest configuration
 * whose exact predicted peak fits the budget.
 *
 * Times add up over sites (model.c: each switched instance's own saving or cost), peaks do not
 * (windows overlap; one exact pass per set). So the configurations are enumerated in order of
 * predicted time, best first, and the first whose exact peak fits is the optimum on the model.
 * Each site is a group of options sorted by time (a call site: as now or switched; a binomial
 * loop: its snapshot counts); a configuration is one option per group, and its time is the
 * fastest configuration's plus the penalties of the options taken. Enumerating sums of sorted
 * penalties in order is the k-best-subsets walk (groups sorted by their first penalty; from a
 * state whose last non-zero group is j: take group j+1's first option; move group j's first
 * option to group j+1; take group j's next option), which reaches every configuration exactly
 * once, each after its parent, with a penalty never below its parent's, through a heap.
 * Binomial loops add their revolve memory (the snapshots held times one snapshot's size) on
 * top of the tape peak, as the measurement does.
 *
 * The walk stops at the wanted number of candidates or after max_evals exact peaks; then the
 * best found so far is returned and `complete` says whether the first one is proven best. When
 * it is not, the gain-first walk from the current configuration (feasible_ascent) adds its
 * result, so an unproven search is never worse than the greedy one on the model.
 *
 * With the tape term (byte_cost > 0: a peak above the profiled one costs time, prof_byte_cost)
 * times no longer add up, but the term never lowers a time, so the walk is a branch and bound:
 * feasible configurations are kept sorted by their time with the term, and the walk goes on
 * until the additive time of the next one (a lower bound of its time) is no better than the
 * wanted-th kept.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ckp_revolve.h"
#include "prof_int.h"

enum { MAXOPT = 40 };

typedef struct Opt {
	double dt;     /* predicted time change, corrected to the plain build */
	double dt_raw; /* as the profiled build measured or estimated it */
	int flip;      /* call site: switched */
	int snaps;     /* binomial loop: snapshot count (0: as now) */
	int64_t dpeak; /* binomial loop: change of the revolve memory */
} Opt;

typedef struct Group {
	size_t site;
	int binomial;
	int nopt;
	Opt opt[MAXOPT]; /* sorted by dt */
	double pen1;     /* penalty of option 1 (groups are sorted by it) */
} Group;

typedef struct State {
	double pen;
	int last;     /* last group with a non-zero option, -1 for the root */
	uint32_t vec; /* offset of its option vector in the pool */
} State;

typedef struct Walk {
	Group *g;
	int ng;
	unsigned char *pool; /* option vectors, ng bytes each */
	size_t npool, cappool;
	State *heap;
	size_t nheap, capheap;
	unsigned char *lowest; /* option vector of the lowest peak seen */
	double scale;          /* measured seconds per profile second (ProfSearch.time_scale) */
} Walk;

static int cmp_group(const void *a, const void *b)
{
	double x = ((const Group *)a)->pen1, y = ((const Group *)b)->pen1;
	return x < y ? -1 : x > y;
}

static int cmp_opt(const void *a, const void *b)
{
	double x = ((const Opt *)a)->dt, y = ((const Opt *)b)->dt;
	return x < y ? -1 : x > y;
}

static unsigned char *vec(Walk *w, uint32_t off)
{
	return w->pool + (size_t)off * (size_t)w->ng;
}

/* Adds an option vector copied from src (NULL: zeros); its offset, or UINT32_MAX on OOM. */
static uint32_t new_vec(Walk *w, const unsigned char *src)
{
	if (w->npool == w->cappool) {
		size_t c = w->cappool ? 2 * w->cappool : 256;
		unsigned char *p = realloc(w->pool, c * (size_t)(w->ng ? w->ng : 1));
		if (!p || c >= UINT32_MAX)
			return UINT32_MAX;
		w->pool = p;
		w->cappool = c;
	}
	uint32_t off = (uint32_t)w->npool++;
	if (w->ng) {
		if (src)
			memmove(vec(w, off), src, (size_t)w->ng);
		else
			memset(vec(w, off), 0, (size_t)w->ng);
	}
	return off;
}

static int heap_push(Walk *w, State s)
{
	if (w->nheap == w->capheap) {
		size_t c = w->capheap ? 2 * w->capheap : 256;
		State *h = realloc(w->heap, c * sizeof *h);
		if (!h)
			return -1;
		w->heap = h;
		w->capheap = c;
	}
	size_t i = w->nheap++;
	while (i > 0 && w->heap[(i - 1) / 2].pen > s.pen) {
		w->heap[i] = w->heap[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	w->heap[i] = s;
	return 0;
}

static State heap_pop(Walk *w)
{
	State top = w->heap[0], x = w->heap[--w->nheap];
	size_t i = 0;
	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= w->nheap)
			break;
		if (c + 1 < w->nheap && w->heap[c + 1].pen < w->heap[c].pen)
			c++;
		if (w->heap[c].pen >= x.pen)
			break;
		w->heap[i] = w->heap[c];
		i = c;
	}
	if (w->nheap)
		w->heap[i] = x;
	return top;
}

/* A successor of s: option vector of s with group j set to option k and group j0 (if >= 0)
 * reset to 0. */
static int successor(Walk *w, const State *s, int j0, int j, int k)
{
	uint32_t off = new_vec(w, vec(w, s->vec)); /* may move the pool: s->vec is an offset */
	if (off == UINT32_MAX)
		return -1;
	unsigned char *v = vec(w, off);
	double pen = s->pen;
	if (j0 >= 0) {
		pen -= w->g[j0].opt[v[j0]].dt - w->g[j0].opt[0].dt;
		v[j0] = 0;
	}
	pen -= w->g[j].opt[v[j]].dt - w->g[j].opt[0].dt;
	v[j] = (unsigned char)k;
	pen += w->g[j].opt[k].dt - w->g[j].opt[0].dt;
	return heap_push(w, (State){pen < s->pen ? s->pen : pen, j, off});
}

int prof_binomial_facts(const ProfData *d, size_t k, uint64_t *S, uint64_t *L, uint64_t *N, double *T, uint64_t *inst)
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

uint64_t prof_binomial_held(uint64_t S, uint64_t L)
{
	uint64_t most = L > 1 ? L - 1 : L;
	return S < most ? S : most;
}

/* The groups: call sites that ran, binomial loops that ran with revolve memory measured. */
static int make_groups(const ProfData *d, const ProfPrediction *pred, const ProfMeas *cur, size_t nsites, double ev_cost,
                       const unsigned char *fixed, Group *g)
{
	int ng = 0;
	for (size_t s = 0; s < d->nsites && s < nsites; s++) {
		if (fixed && fixed[s])
			continue; /* kept as in cur */
		Group *x = &g[ng];
		memset(x, 0, sizeof *x);
		x->site = s;
		if (d->sites[s].kind == PROF_SITE_CALL) {
			if (!pred[s].toggleable || pred[s].ninstances == 0)
				continue;
			double corr = 3 * ev_cost * (double)pred[s].ninstances;
			x->opt[0] = (Opt){0, 0, 0, 0, 0};
			x->opt[1] = (Opt){pred[s].dtime_s + (pred[s].on ? corr : 0), pred[s].dtime_s, 1, 0, 0};
			x->nopt = 2;
		} else {
			uint64_t S, L, N, inst;
			double T;
			if (!prof_binomial_facts(d, s, &S, &L, &N, &T, &inst) || !cur->rv_peak)
				continue;
			double tadv = T / ((double)N + 3.0 * (double)L * (double)inst);
			uint64_t held = prof_binomial_held(S, L), slot = held ? cur->rv_peak / held : 0;
			x->binomial = 1;
			x->opt[x->nopt++] = (Opt){0, 0, 0, 0, 0};
			for (uint64_t S2 = 1; x->nopt < MAXOPT; S2 *= 2) {
				uint64_t s2 = S2 >= L ? L : S2; /* L snapshots store every step */
				if (s2 != S) {
					double dt = (ckp_binomial_steps_d((long)L, (long)s2) * (double)inst - (double)N) * tadv;
					int64_t dp = ((int64_t)prof_binomial_held(s2, L) - (int64_t)held) * (int64_t)slot;
					x->opt[x->nopt++] = (Opt){dt, dt, 0, (int)s2, dp};
				}
				if (S2 >= L)
					break;
			}
		}
		qsort(x->opt, (size_t)x->nopt, sizeof x->opt[0], cmp_opt);
		x->pen1 = x->opt[1].dt - x->opt[0].dt;
		ng++;
	}
	qsort(g, (size_t)ng, sizeof *g, cmp_group);
	return ng;
}

/* The configuration of option vector v, and its predicted time and peak. */
static char *config_of(const Walk *w, const unsigned char *v, const ProfMeas *cur)
{
	char *c = strdup(cur->config);
	for (int j = 0; c && j < w->ng; j++) {
		const Opt *o = &w->g[j].opt[v[j]];
		if (o->flip) {
			c[w->g[j].site] = c[w->g[j].site] == '1' ? '0' : '1';
		} else if (o->snaps) {
			char *n = prof_config_with_snaps(c, 0, w->g[j].site, o->snaps);
			free(c);
			c = n;
		}
	}
	return c;
}

/* The time change of the root, every group's first option: the fastest configuration's. */
static double root_dt(const Walk *w)
{
	double dt = 0;
	for (int k = 0; k < w->ng; k++)
		dt += w->g[k].opt[0].dt;
	return dt;
}

/* Predicted time and peak of option vector v. 0, or -1 when out of memory. */
static int evaluate(const Walk *w, const ProfData *d, ProfPeakEval *ev, int *flip, const unsigned char *v, const ProfMeas *cur,
                    double total, double *time_s, uint64_t *peak)
{
	double dt = 0;
	int64_t dp = 0;
	memset(flip, 0, (d->nsites + 1) * sizeof *flip);
	for (int k = 0; k < w->ng; k++) {
		const Opt *o = &w->g[k].opt[v[k]];
		dt += o->dt;
		dp += o->dpeak;
		if (o->flip)
			flip[w->g[k].site] = 1;
	}
	uint64_t tape;
	if (prof_peak_eval(ev, flip, &tape))
		return -1;
	*peak = (uint64_t)((int64_t)(tape + cur->rv_peak) + dp);
	/* the floor's share is of the plain run (total: prof_plain_total), so with the corrected dt */
	*time_s = prof_predicted_time(cur->time_s, total, w->scale, dt, dt);
	return 0;
}

/* Nothing fits: from the lowest peak the walk saw, change one option at a time while the peak
 * goes down (the largest drop first), so that the configuration reported is a local minimum. */
static int lowest_descent(Walk *w, const ProfData *d, ProfPeakEval *ev, int *flip, const ProfMeas *cur, double total, size_t maxe,
                          ProfSearch *s)
{
	unsigned char *v = w->lowest;
	if (!s->lowest.config)
		return 0;
	for (int round = 0;
	     round < 4 * w->ng + 4 && s->nevals < maxe && (double)prof_peak_eval_visited(ev) < 2 * PROF_SEARCH_WORK; round++) {
		int bj = -1, bk = 0;
		uint64_t bpeak = s->lowest.pred_peak;
		double bt = s->lowest.pred_time_s;
		for (int j = 0; j < w->ng; j++) {
			int was = v[j];
			for (int k = 0; k < w->g[j].nopt; k++) {
				if (k == was)
					continue;
				double t;
				uint64_t peak;
				v[j] = (unsigned char)k;
				if (evaluate(w, d, ev, flip, v, cur, total, &t, &peak))
					return -1;
				s->nevals++;
				if (peak < bpeak || (peak == bpeak && t < bt && bj >= 0)) {
					bpeak = peak;
					bt = t;
					bj = j;
					bk = k;
				}
			}
			v[j] = (unsigned char)was;
		}
		if (bj < 0)
			break;
		v[bj] = (unsigned char)bk;
		char *c = config_of(w, v, cur);
		if (!c)
			return -1;
		free(s->lowest.config);
		s->lowest = (ProfCand){c, bt, bpeak};
		if (bpeak <= s->budget)
			break; /* found one that fits after all: the caller sees it in lowest */
	}
	return 0;
}

static int excluded(const ProfSearch *s, const char *config, const ProfMeas *cur)
{
	if (!strcmp(config, cur->config))
		return 1;
	for (size_t i = 0; i < s->nexclude; i++)
		if (!strcmp(s->exclude[i], config))
			return 1;
	return 0;
}

/* A candidate that fits, in the list kept by time (the last of want + 1 drops out). Takes c. */
static void keep_candidate(ProfSearch *s, size_t want, char *c, double tf, uint64_t peak)
{
	size_t at = s->ncand;
	while (at > 0 && s->cand[at - 1].pred_time_s > tf)
		at--;
	if (at >= want) {
		free(c);
		return;
	}
	if (s->ncand == want)
		free(s->cand[--s->ncand].config);
	memmove(&s->cand[at + 1], &s->cand[at], (s->ncand - at) * sizeof *s->cand);
	s->cand[at] = (ProfCand){c, tf, peak};
	s->ncand++;
}

typedef struct Move {
	int j, k;
	double gain; /* predicted time change of taking option k in group j (negative: faster) */
} Move;

static int cmp_move(const void *a, const void *b)
{
	const Move *x = a, *y = b;
	return (x->gain > y->gain) - (x->gain < y->gain);
}

/* The walk stopped at its limit before proving anything (its evaluations went to fast
 * configurations just over the budget, the neighbours of the fastest): from the current
 * configuration, when it fits, take single changes in order of predicted gain while the exact
 * peak stays within the budget, until a pass changes nothing — the gain-first walk on the
 * model. Its result joins the candidates, so the search never reports the current
 * configuration as best when a change that fits is predicted to help (s17 trial: a 1.7x
 * gain from sites that change no peak was missed). */
static int feasible_ascent(Walk *w, const ProfData *d, ProfPeakEval *ev, int *flip, const ProfMeas *cur, double total,
                           size_t want, ProfSearch *s)
{
	unsigned char *v = calloc((size_t)w->ng + 1, 1);
	Move *mv = calloc((size_t)w->ng * MAXOPT + 1, sizeof *mv);
	int rc = -1;
	if (!v || !mv)
		goto out;
	for (int j = 0; j < w->ng; j++)
		for (int k = 0; k < w->g[j].nopt; k++)
			if (!w->g[j].opt[k].flip && !w->g[j].opt[k].snaps)
				v[j] = (unsigned char)k; /* as now */
	double t;
	uint64_t peak;
	if (evaluate(w, d, ev, flip, v, cur, total, &t, &peak))
		goto out;
	s->nevals++;
	double bt = prof_with_tape_term(t, s->byte_cost, peak, cur->peak), t0 = bt;
	if (peak > s->budget) {
		rc = 0;
		goto out;
	}
	for (int pass = 0; pass < 8; pass++) {
		int nm = 0, changed = 0;
		for (int j = 0; j < w->ng; j++)
			for (int k = 0; k < w->g[j].nopt; k++) {
				double gain = w->g[j].opt[k].dt - w->g[j].opt[v[j]].dt;
				if (k != v[j] && gain < 0)
					mv[nm++] = (Move){j, k, gain};
			}
		qsort(mv, (size_t)nm, sizeof *mv, cmp_move);
		for (int m = 0; m < nm; m++) {
			int j = mv[m].j, was = v[j];
			if (w->g[j].opt[mv[m].k].dt >= w->g[j].opt[was].dt)
				continue; /* the group moved earlier in this pass */
			v[j] = (unsigned char)mv[m].k;
			if (evaluate(w, d, ev, flip, v, cur, total, &t, &peak))
				goto out;
			s->nevals++;
			double tf = prof_with_tape_term(t, s->byte_cost, peak, cur->peak);
			if (peak <= s->budget && tf < bt) {
				bt = tf;
				changed = 1;
			} else {
				v[j] = (unsigned char)was;
			}
		}
		if (!changed)
			break;
	}
	if (bt < t0) {
		char *c = config_of(w, v, cur);
		if (!c)
			goto out;
		if (excluded(s, c, cur))
			free(c);
		else {
			/* the peak of v as it ends: evaluate once more (v may have been reverted last) */
			if (evaluate(w, d, ev, flip, v, cur, total, &t, &peak)) {
				free(c);
				goto out;
			}
			int dup = 0;
			for (size_t i = 0; i < s->ncand && !dup; i++)
				dup = !strcmp(s->cand[i].config, c);
			if (dup)
				free(c);
			else
				keep_candidate(s, want, c, prof_with_tape_term(t, s->byte_cost, peak, cur->peak), peak);
		}
	}
	rc = 0;
out:
	free(v);
	free(mv);
	return rc;
}

void prof_search_free(ProfSearch *s)
{
	for (size_t i = 0; i < s->ncand; i++)
		free(s->cand[i].config);
	free(s->cand);
	free(s->lowest.config);
	s->cand = NULL;
	s->lowest.config = NULL;
	s->ncand = 0;
}

double prof_predicted_time(double cur_t, double total_s, double scale, double dt, double dt_raw)
{
	double t = cur_t + (scale > 0 ? scale : 1) * dt;
	/* what the profile says remains of the run, as a fraction of the measured time: never
	 * less, so never negative */
	double floor = total_s > 0 ? cur_t * (total_s + dt_raw) / total_s : 0;
	if (t < floor)
		t = floor;
	return t < 0 ? 0 : t;
}

/* The default limit of work: PROF_SEARCH_WORK events visited, after the first 8 peaks. */
static int over_work(const ProfSearch *s, const ProfPeakEval *ev)
{
	return !s->max_evals && s->nevals >= 8 && (double)prof_peak_eval_visited(ev) > PROF_SEARCH_WORK;
}

int prof_search(const ProfData *d, const ProfMeas *cur, ProfSearch *s)
{
	size_t n = s->nsites, want = s->want ? s->want : 1;
	/* each exact peak is a pass over the events not summarised (model.c, "Bodies") and the
	 * instances: the walk stops after PROF_SEARCH_WORK of them (at least 8 peaks) */
	size_t maxe = s->max_evals ? s->max_evals : PROF_SEARCH_EVALS;
	ProfPrediction *pred = calloc(d->nsites + 1, sizeof *pred);
	Group *g = calloc(d->nsites + 1, sizeof *g);
	int *flip = calloc(d->nsites + 1, sizeof *flip);
	ProfPeakEval *ev = prof_peak_eval_new(d);
	Walk w = {0};
	int rc = -1;
	s->cand = calloc(want, sizeof *s->cand);
	s->ncand = 0;
	s->complete = 0;
	s->nevals = 0;
	memset(&s->lowest, 0, sizeof s->lowest);
	if (!pred || !g || !flip || !ev || !s->cand || prof_predict_times(d, pred))
		goto out;
	w.g = g;
	w.scale = s->time_scale;
	w.ng = make_groups(d, pred, cur, n, s->ev_cost, s->fixed, g);
	double total = prof_plain_total(d, s->ev_cost);
	uint32_t root = new_vec(&w, NULL);
	if (root == UINT32_MAX || heap_push(&w, (State){0, -1, root}))
		goto out;
	if (!(w.lowest = calloc((size_t)w.ng + 1, 1)))
		goto out;
	double dt0 = root_dt(&w); /* the fastest configuration's time change: the root's */
	while (w.nheap && s->nevals < maxe && !over_work(s, ev)) {
		State st = heap_pop(&w);
		/* successors first: the vector pool may move */
		int j = st.last;
		if (j + 1 < w.ng && successor(&w, &st, -1, j + 1, 1))
			goto out;
		if (j >= 0 && vec(&w, st.vec)[j] == 1 && j + 1 < w.ng && successor(&w, &st, j, j + 1, 1))
			goto out;
		if (j >= 0 && vec(&w, st.vec)[j] + 1 < g[j].nopt && successor(&w, &st, -1, j, vec(&w, st.vec)[j] + 1))
			goto out;
		const unsigned char *v = vec(&w, st.vec);
		double t;
		uint64_t peak;
		if (evaluate(&w, d, ev, flip, v, cur, total, &t, &peak))
			goto out;
		s->nevals++;
		char *c = config_of(&w, v, cur);
		if (!c)
			goto out;
		if (!s->lowest.config || peak < s->lowest.pred_peak) {
			free(s->lowest.config);
			s->lowest = (ProfCand){strdup(c), t, peak};
			memcpy(w.lowest, v, (size_t)w.ng);
		}
		if (peak <= s->budget && !excluded(s, c, cur)) {
			/* insert by time with the term */
			keep_candidate(s, want, c, prof_with_tape_term(t, s->byte_cost, peak, cur->peak), peak);
		} else {
			free(c);
		}
		if (s->byte_cost <= 0) {
			/* times add up: the first feasible in time order is the optimum */
			if (s->ncand)
				s->complete = 1;
			if (s->ncand == want)
				break;
		} else if (s->ncand == want) {
			/* proven when every configuration not seen is at least as slow as the wanted-th
			 * kept: its additive time (without the floor, which only raises it) bounds it */
			double next = w.nheap ? cur->time_s + (w.scale > 0 ? w.scale : 1) * (dt0 + w.heap[0].pen) : 1e300;
			if (next >= s->cand[want - 1].pred_time_s) {
				s->complete = 1;
				break;
			}
		}
	}
	if (!w.nheap)
		s->complete = 1; /* everything was seen */
	if (!s->complete && feasible_ascent(&w, d, ev, flip, cur, total, want, s))
		goto out;
	if (s->ncand == 0 && lowest_descent(&w, d, ev, flip, cur, total, 2 * maxe, s))
		goto out;
	rc = 0;
out:
	if (rc)
		prof_search_free(s);
	free(w.pool);
	free(w.heap);
	free(w.lowest);
	prof_peak_eval_free(ev);
	free(flip);
	free(g);
	free(pred);
	return rc;
}

int prof_peak_all_off(const ProfData *d, uint64_t *peak)
{
	int *flip = calloc(d->nsites + 1, sizeof *flip);
	double t;
	if (!flip)
		return -1;
	for (size_t s = 0; s < d->nsites; s++)
		flip[s] = d->sites[s].on;
	int rc = prof_predict_set(d, flip, &t, peak);
	free(flip);
	return rc;
}
