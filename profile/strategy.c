/*
 * strategy.c — choosing which checkpoints to switch, from the single-site predictions, and
 * checking every choice against the exact predicted peak of all the switches made so far.
 *
 * Both strategies take free wins first (time gained at no peak cost). If the peak is over the
 * budget they then switch whatever lowers it at the least time per byte saved, until it fits.
 * Then they take time gains while the predicted peak stays within the budget: gain-first the
 * largest gain first, memory-careful the largest gain per byte of added peak first. Times of
 * switches add up; peaks do not (two switches can overlap their windows), which is why each
 * candidate is checked with prof_predict_set against everything already chosen.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "prof_int.h"
#include "srt_size.h"

/* ---------------------------------------------------------------- parsing */

int prof_parse_strategy(const char *s, ProfStrategy *out)
{
	if (!strcmp(s, "gain-first"))
		*out = PROF_GAIN_FIRST;
	else if (!strcmp(s, "memory-careful"))
		*out = PROF_MEMORY_CAREFUL;
	else if (!strcmp(s, "optimal"))
		*out = PROF_OPTIMAL;
	else
		return -1;
	return 0;
}

const char *prof_strategy_name(ProfStrategy s)
{
	return s == PROF_MEMORY_CAREFUL ? "memory-careful" : s == PROF_OPTIMAL ? "optimal" : "gain-first";
}

/* A size (runtime/srt_size.h: the grammar every size of stad has), or a multiple of the
 * default's peak (`x`) or of the all-off peak (`off`). */
int prof_parse_budget(const char *s, uint64_t ref_peak, uint64_t off_peak, uint64_t *out)
{
	SrtSizeText t;
	if (srt_size_split(s, &t) != 0)
		return -1;
	const SrtSizeUnit *u = srt_size_unit(&t);
	uint64_t mult = 1;
	if (u)
		for (unsigned i = 0; i < u->power; i++)
			mult *= u->base;
	else if (t.nunit == 1 && tolower((unsigned char)t.unit[0]) == 'x')
		mult = ref_peak;
	else if (t.nunit == 3 && !strncasecmp(t.unit, "off", 3))
		mult = off_peak;
	else
		return -1;
	return srt_size_times(&t, mult, out);
}

/* ---------------------------------------------------------------- plans */

/* Gain per byte of added peak: a gain that adds nothing is worth infinitely much, no gain
 * nothing at all. */
static double gain_per_byte(const ProfPrediction *p)
{
	if (p->dtime_s >= 0)
		return -1e300;
	if (p->dpeak <= 0)
		return 1e300;
	return -p->dtime_s / (double)p->dpeak;
}

static int cmp_double(double a, double b)
{
	return a < b ? -1 : a > b;
}

enum { KEY_GAIN, KEY_REPAIR };

/* Order of two sites: key KEY_REPAIR = least time per byte of peak saved; KEY_GAIN = the
 * strategy's (gain-first: largest gain; memory-careful: largest gain per byte added). */
static int cmp_sites(const ProfPrediction *x, const ProfPrediction *y, ProfStrategy s, int key)
{
	int c = 0;
	if (key == KEY_REPAIR)
		c = cmp_double(x->dtime_s / (double)-x->dpeak, y->dtime_s / (double)-y->dpeak);
	else if (s == PROF_MEMORY_CAREFUL)
		c = cmp_double(gain_per_byte(y), gain_per_byte(x));
	if (!c)
		c = cmp_double(x->dtime_s, y->dtime_s); /* largest gain first */
	if (!c)
		c = x->site < y->site ? -1 : x->site > y->site;
	return c;
}

/* Insertion sort: a few hundred sites at most, and it needs the strategy as context. */
static void sort_sites(size_t *v, size_t n, const ProfPrediction *pred, ProfStrategy s, int key)
{
	for (size_t i = 1; i < n; i++) {
		size_t x = v[i], j = i;
		for (; j > 0 && cmp_sites(&pred[x], &pred[v[j - 1]], s, key) < 0; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

void prof_plan_free(ProfPlan *p)
{
	free(p->order);
	free(p->flip);
	free(p->reason);
	memset(p, 0, sizeof *p);
}

/* Switches site s on top of the plan so far and keeps it if the predicted peak of everything
 * chosen is at most limit. 0, or -1 when out of memory. */
static int try_switch(const ProfData *d, ProfPlan *p, size_t *norder, size_t s, uint64_t limit, ProfReason why)
{
	double t;
	uint64_t peak;
	p->flip[s] = 1;
	if (prof_predict_set(d, p->flip, &t, &peak))
		return -1;
	if (peak > limit) {
		p->flip[s] = 0;
		return 0;
	}
	p->reason[s] = (int)why;
	p->order[(*norder)++] = s;
	p->nflips++;
	p->peak = peak;
	p->dtime_s = t;
	return 0;
}

static int runnable(const ProfPrediction *p)
{
	return p->toggleable && p->ninstances > 0;
}

int prof_plan(const ProfData *d, const ProfPrediction *pred, ProfStrategy strat, uint64_t budget, ProfPlan *out)
{
	size_t n = d->nsites, m = n ? n : 1, ncand, norder = 0;
	size_t *cand = malloc(m * sizeof *cand);
	memset(out, 0, sizeof *out);
	out->nsites = n;
	out->budget = budget;
	out->order = malloc(m * sizeof *out->order);
	out->flip = calloc(m, sizeof *out->flip);
	out->reason = calloc(m, sizeof *out->reason);
	if (!cand || !out->order || !out->flip || !out->reason)
		goto oom;
	out->peak = d->peak;

	/* 1. free wins, largest gain first; they may not push the peak over the budget */
	ncand = 0;
	for (size_t s = 0; s < n; s++)
		if (runnable(&pred[s]) && pred[s].dtime_s < 0 && pred[s].dpeak <= 0)
			cand[ncand++] = s;
	sort_sites(cand, ncand, pred, PROF_GAIN_FIRST, KEY_GAIN);
	for (size_t k = 0; k < ncand; k++)
		if (try_switch(d, out, &norder, cand[k], out->peak > budget ? out->peak : budget, PROF_FREE))
			goto oom;

	/* 2. over budget: lower the peak at the least time per byte saved, until it fits */
	if (out->peak > budget) {
		ncand = 0;
		for (size_t s = 0; s < n; s++)
			if (runnable(&pred[s]) && !out->flip[s] && pred[s].dpeak < 0)
				cand[ncand++] = s;
		sort_sites(cand, ncand, pred, strat, KEY_REPAIR);
		for (size_t k = 0; k < ncand && out->peak > budget; k++)
			if (try_switch(d, out, &norder, cand[k], out->peak - 1, PROF_REPAIR))
				goto oom;
	}

	/* 3. time gains that keep the peak within the budget (or no worse, if still over) */
	ncand = 0;
	for (size_t s = 0; s < n; s++)
		if (runnable(&pred[s]) && !out->flip[s] && pred[s].dtime_s < 0)
			cand[ncand++] = s;
	sort_sites(cand, ncand, pred, strat, KEY_GAIN);
	for (size_t k = 0; k < ncand; k++)
		if (try_switch(d, out, &norder, cand[k], out->peak > budget ? out->peak : budget, PROF_GAIN))
			goto oom;

	/* the rest in the strategy's order; sites that never ran and binomial loops last */
	ncand = 0;
	for (size_t s = 0; s < n; s++)
		if (!out->flip[s] && runnable(&pred[s]))
			cand[ncand++] = s;
	sort_sites(cand, ncand, pred, strat, KEY_GAIN);
	for (size_t k = 0; k < ncand; k++)
		out->order[norder++] = cand[k];
	for (size_t s = 0; s < n; s++)
		if (!out->flip[s] && !runnable(&pred[s]))
			out->order[norder++] = s;
	free(cand);
	return 0;
oom:
	free(cand);
	prof_plan_free(out);
	return -1;
}
