/*
 * model.c — the cost model: what switching call-site checkpoints would do to the run time and
 * to the peak tape size, predicted from one profile. profile/MODEL.md derives it with a worked
 * example; this is the short version.
 *
 * Peak. Each dynamic instance i (see prof_int.h) keeps something on the tape from the end of
 * its forward part to the start of its backward part (its window W): its snapshot when on, what
 * its callee's forward sweep left when off. Its contribution is
 *     contrib_i = snap_i                       when on,
 *                 tape_i + sum of the changes  when off
 *                 of its children whose windows span its turn,
 * so after a switch every event in W_i moves by delta_i = new contrib_i - old contrib_i, and
 * these moves add up over nested instances. Besides moving, the callee's forward sweep moves in
 * time: switched off, it runs in the forward part (at the tape size where the snapshot was
 * written, A_i) instead of inside the adjoint (at B_i); switched on, the other way round, and
 * the snapshot write / primal run / snapshot read appear (A_i + snap_i, B_i + snap_i). Where an
 * event lands does not matter for a maximum, only its new tape size, so one pass over the
 * events in their recorded order computes every event's new size as
 *     new base of the half of the body it is in + (old size - old base) + active child moves,
 * and the predicted peak is the maximum of the new high-water marks. The one case where a new
 * base is not known yet when its events go by is a callee forward sweep moved from the forward
 * part into the adjoint (switching on): its events are kept relative to that base (an
 * "anchor") and their maximum is placed when the base becomes known, at BWD_BEGIN.
 *
 * Time. Switching off saves each instance's measured snapshot write + primal run + snapshot
 * read. Switching on costs a primal run, estimated as primal_factor × the measured forward
 * sweep of the callee (the factor is measured on the checkpointed instances of the same
 * profile, where both are known), plus snapshot write and read at the measured bandwidths.
 */
#include <stdlib.h>
#include <string.h>

#include "prof_int.h"

/* A tape size in the predicted timeline: absolute (anchor = PROF_NOINST), or relative to the
 * not-yet-known new base of the adjoint of instance `anchor`. */
typedef struct Val {
	int64_t off;
	uint32_t anchor;
} Val;

/* The part of the timeline the sweep is in: the root, a half of an instance's body, or its
 * snapshot machinery (write + primal run, or read). */
typedef struct Frame {
	Val base;      /* new tape size at the frame's base */
	int64_t orig;  /* old tape size at the frame's base */
	int64_t shift; /* sum of the deltas of children whose windows are open here */
	int dropped;   /* machinery that the prediction removes: its events do not count */
} Frame;

typedef struct Sweep {
	const ProfData *d;
	const uint8_t *fl;    /* per site: switched (instance i's state after: on_i ^ fl[site_i]) */
	int64_t *childsum;    /* per instance, zero between passes: deltas of its spanning children */
	int64_t *delta;       /* per instance: change of its contribution inside its window */
	int64_t *newc;        /* per instance: new contribution */
	int64_t *saved;       /* per off instance: frame shift at FWD_END, restored at BWD_BEGIN */
	int64_t *maxrel;      /* per instance: maximum of the values anchored to it */
	Val *aprime, *bprime; /* per instance: new sizes A_i, B_i */
	Frame *f;
	size_t nf, capf;
	int64_t peak;
	/* bodies summarised (see "Bodies" below) */
	struct Memo *memo; /* per summarised instance */
	size_t nmemo;
	uint32_t *memo_of; /* per instance: its Memo, or PROF_NOINST */
	uint32_t *byend;   /* the Memos by the last instance below them, descending; outer first */
	uint64_t flipbits; /* the switched sites below 64 */
	struct Rec *rec;   /* bodies being recorded, innermost last */
	size_t nrec, caprec;
	uint64_t visited; /* events the sweeps went through */
} Sweep;

/* Bodies. The events of an instance checkpointed in the profile lie in one stretch,
 * ADJ_BEGIN..ADJ_END, and their new sizes are the new base of the body's half they are in plus
 * what depends only on the switches of the sites below it (its descendants' states, deltas and
 * frames). So the maximum of each half relative to its base is a function of those switches
 * alone: a long body's is kept per set of them (MEMO_KEYS at a time), and a pass that meets the
 * body again with the same switches below places the two maxima on the new bases and jumps to
 * ADJ_END instead of going through its events. A search evaluates hundreds of configurations
 * that differ above such bodies (bgc: 240 bodies of `ecosystem` hold 44 million events under 5
 * sites); only bodies whose sites below are all below 64 and whose bases are not anchored are
 * kept. Exact: the same maxima a pass through the events finds (tests/profile/test_model_sim). */
enum { MEMO_KEYS = 8 };
typedef struct Memo {
	size_t end;           /* event index of the body's ADJ_END */
	uint32_t inst;        /* the instance */
	uint32_t first, last; /* the instances below it (numbered in one run; first > last: none) */
	uint64_t mask;        /* sites of the instances below */
	int nkeys, next;
	uint64_t key[MEMO_KEYS];
	int64_t fwd[MEMO_KEYS], bwd[MEMO_KEYS]; /* maxima relative to the halves' bases; INT64_MIN: none */
	int64_t cs[MEMO_KEYS];                  /* the instance's childsum */
	int64_t cs_now;                         /* its childsum in the pass under way */
} Memo;

static int newon(const Sweep *s, uint32_t i)
{
	return s->d->insts[i].on ^ s->fl[s->d->insts[i].site];
}

/* The key of memo m in this pass, and its entry for that key, or -1. */
static int memo_hit(const Sweep *s, const Memo *m)
{
	uint64_t key = s->flipbits & m->mask;
	for (int k = 0; k < m->nkeys; k++)
		if (m->key[k] == key)
			return k;
	return -1;
}
typedef struct Rec {
	uint32_t memo;
	int bwd; /* in the backward half */
	uint64_t key;
	int64_t base_f, base_b;
	int64_t max_f, max_b; /* absolute maxima of the halves so far */
} Rec;

/* Sizes are added with wrap-around: a well-formed file with absurd sizes (a snapshot of 2^62
 * bytes) gives absurd predictions, never undefined behaviour. */
static int64_t add(int64_t a, int64_t b)
{
	return (int64_t)((uint64_t)a + (uint64_t)b);
}
static int64_t sub(int64_t a, int64_t b)
{
	return (int64_t)((uint64_t)a - (uint64_t)b);
}

static Val value(const Frame *f, uint64_t size)
{
	return (Val){add(add(f->base.off, sub((int64_t)size, f->orig)), f->shift), f->base.anchor};
}

/* An absolute size: into the innermost body being recorded, or the peak. */
static void absolute(Sweep *s, int64_t v)
{
	if (s->nrec) {
		Rec *r = &s->rec[s->nrec - 1];
		int64_t *m = r->bwd ? &r->max_b : &r->max_f;
		if (v > *m)
			*m = v;
	} else if (v > s->peak) {
		s->peak = v;
	}
}

static void candidate(Sweep *s, Val v)
{
	if (v.anchor == PROF_NOINST) {
		absolute(s, v.off);
	} else if (v.off > s->maxrel[v.anchor]) {
		s->maxrel[v.anchor] = v.off;
	}
}

static void count_hwm(Sweep *s, const ProfEvent *ev)
{
	const Frame *f = &s->f[s->nf - 1];
	if (!f->dropped)
		candidate(s, value(f, ev->hwm));
}

static int push(Sweep *s, Frame fr)
{
	if (s->nf == s->capf) {
		size_t c = s->capf ? 2 * s->capf : 64;
		Frame *q = realloc(s->f, c * sizeof *q);
		if (!q)
			return -1;
		s->f = q;
		s->capf = c;
	}
	s->f[s->nf++] = fr;
	return 0;
}

/* Contribution of instance k from its children's (in s->childsum), which is left zero. */
static void contribution(Sweep *s, size_t k)
{
	const ProfInst *in = &s->d->insts[k];
	int64_t tape_new = add(in->tape, s->childsum[k]);
	s->visited++;
	int64_t old = in->on ? in->snap : in->tape;
	if (s->memo_of && s->memo_of[k] != PROF_NOINST)
		s->memo[s->memo_of[k]].cs_now = s->childsum[k];
	s->childsum[k] = 0;
	s->newc[k] = newon(s, (uint32_t)k) ? in->snap : tape_new;
	s->delta[k] = sub(s->newc[k], old);
	if (in->parent != PROF_NOINST && in->spans_turn)
		s->childsum[in->parent] = add(s->childsum[in->parent], s->delta[k]);
}

/* Contributions of instances hi down to lo, children before parents (a parent's number is
 * smaller than its children's). The instances below a summarised body whose switches below are
 * those of an entry are skipped, its childsum taken from the entry: the sweep jumps over the
 * body, unless its bases are anchored (then contributions_of does them after all). */
static void contributions_range(Sweep *s, size_t lo, size_t hi, int skip)
{
	size_t mi = 0;
	for (size_t k = hi + 1; k-- > lo;) {
		int skipped = 0;
		while (skip && mi < s->nmemo && s->memo[s->byend[mi]].last > k)
			mi++;
		for (; skip && mi < s->nmemo && s->memo[s->byend[mi]].last == k; mi++) {
			Memo *m = &s->memo[s->byend[mi]];
			int h = m->first <= m->last ? memo_hit(s, m) : -1;
			if (h >= 0) {
				s->childsum[m->inst] = add(s->childsum[m->inst], m->cs[h]);
				k = m->first;
				skipped = 1;
				break;
			}
		}
		if (!skipped)
			contribution(s, k);
	}
}

static void contributions(Sweep *s)
{
	if (s->d->ninsts)
		contributions_range(s, 0, s->d->ninsts - 1, s->nmemo > 0);
}

/* A summarised body met with anchored bases: the contributions below it, skipped before. */
static void contributions_of(Sweep *s, const Memo *m)
{
	if (m->first > m->last)
		return;
	int64_t keep = s->childsum[m->inst];
	contributions_range(s, m->first, m->last, 0);
	s->childsum[m->inst] = keep; /* (its own was taken from the entry) */
}

/* One pass over the events; s->peak = the predicted peak. */
static int sweep(Sweep *s)
{
	const ProfData *d = s->d;
	s->nf = 0;
	s->peak = 0;
	if (push(s, (Frame){{0, PROF_NOINST}, 0, 0, 0}))
		return -1;
	s->nrec = 0;
	for (size_t e = 0; e < d->nevents; e++) {
		const ProfEvent *ev = &d->events[e];
		s->visited++;
		uint32_t i = d->ev_inst[e];
		Frame *top = &s->f[s->nf - 1], fr;
		if (i == PROF_NOINST) {
			count_hwm(s, ev);
			continue;
		}
		const ProfInst *in = &d->insts[i];
		int on = newon(s, i);
		switch (ev->kind) {
		case PROF_SNAP_WRITE_BEGIN: /* caller's code before it; then the machinery */
			count_hwm(s, ev);
			s->aprime[i] = value(top, ev->tape);
			if (push(s, (Frame){s->aprime[i], (int64_t)ev->tape, 0, !on}))
				return -1;
			break;
		case PROF_SNAP_WRITE_END:
		case PROF_PRIMAL_BEGIN:
		case PROF_SNAP_READ_END:
			count_hwm(s, ev);
			if (ev->kind == PROF_SNAP_READ_END)
				s->nf--;
			break;
		case PROF_PRIMAL_END: /* the window opens */
			count_hwm(s, ev);
			s->nf--;
			s->f[s->nf - 1].shift = add(s->f[s->nf - 1].shift, s->delta[i]);
			break;
		case PROF_SNAP_READ_BEGIN: /* still in the window; then it closes */
			count_hwm(s, ev);
			s->bprime[i] = value(top, ev->tape);
			s->bprime[i].off = sub(s->bprime[i].off, s->newc[i]);
			top->shift = sub(top->shift, s->delta[i]);
			if (push(s, (Frame){s->bprime[i], sub((int64_t)ev->tape, in->snap), 0, !on}))
				return -1;
			break;
		case PROF_ADJ_BEGIN: { /* the callee's forward sweep: here if on, in F if off */
			Val base = on ? s->bprime[i] : s->aprime[i];
			uint32_t m = s->memo_of ? s->memo_of[i] : PROF_NOINST;
			if (m != PROF_NOINST && (base.anchor != PROF_NOINST || s->bprime[i].anchor != PROF_NOINST)) {
				if (memo_hit(s, &s->memo[m]) >= 0)
					contributions_of(s, &s->memo[m]); /* skipped by contributions() */
				m = PROF_NOINST;
			}
			if (m != PROF_NOINST) {
				Memo *mo = &s->memo[m];
				uint64_t key = s->flipbits & mo->mask;
				int hit = memo_hit(s, mo);
				if (hit >= 0) { /* the body summarised: its maxima on the new bases */
					if (mo->fwd[hit] != INT64_MIN)
						absolute(s, add(base.off, mo->fwd[hit]));
					if (mo->bwd[hit] != INT64_MIN)
						absolute(s, add(s->bprime[i].off, mo->bwd[hit]));
					e = mo->end;
					break;
				}
				if (s->nrec == s->caprec) {
					size_t c = s->caprec ? 2 * s->caprec : 16;
					Rec *q = realloc(s->rec, c * sizeof *q);
					if (!q)
						return -1;
					s->rec = q;
					s->caprec = c;
				}
				s->rec[s->nrec++] = (Rec){m, 0, key, base.off, s->bprime[i].off, INT64_MIN, INT64_MIN};
			}
			if (push(s, (Frame){base, (int64_t)ev->tape, 0, 0}))
				return -1;
			count_hwm(s, ev);
			break;
		}
		case PROF_TURN: /* the callee's backward sweep stays where it is */
			count_hwm(s, ev);
			fr = *top;
			*top = (Frame){s->bprime[i], fr.orig, fr.shift, 0};
			if (s->nrec && s->memo_of[i] == s->rec[s->nrec - 1].memo)
				s->rec[s->nrec - 1].bwd = 1;
			break;
		case PROF_ADJ_END:
		case PROF_BWD_END:
			count_hwm(s, ev);
			s->nf--;
			if (ev->kind == PROF_ADJ_END && s->nrec && s->memo_of[i] == s->rec[s->nrec - 1].memo) {
				Rec r = s->rec[--s->nrec];
				Memo *mo = &s->memo[r.memo];
				int k = mo->nkeys < MEMO_KEYS ? mo->nkeys++ : mo->next++ % MEMO_KEYS;
				mo->key[k] = r.key;
				mo->fwd[k] = r.max_f == INT64_MIN ? INT64_MIN : sub(r.max_f, r.base_f);
				mo->bwd[k] = r.max_b == INT64_MIN ? INT64_MIN : sub(r.max_b, r.base_b);
				mo->cs[k] = mo->cs_now;
				if (r.max_f != INT64_MIN)
					absolute(s, r.max_f);
				if (r.max_b != INT64_MIN)
					absolute(s, r.max_b);
			}
			break;
		case PROF_FWD_BEGIN:
			count_hwm(s, ev);
			s->aprime[i] = value(top, ev->tape);
			if (on) {
				/* switched on: the snapshot is written here, the primal runs on top of it, and
				 * the callee's forward sweep moves into the adjoint, whose base is not known
				 * until BWD_BEGIN */
				candidate(s, (Val){add(s->aprime[i].off, in->snap), s->aprime[i].anchor});
				s->maxrel[i] = INT64_MIN;
				fr = (Frame){{0, i}, (int64_t)ev->tape, 0, 0};
			} else {
				fr = (Frame){s->aprime[i], (int64_t)ev->tape, 0, 0};
			}
			if (push(s, fr))
				return -1;
			break;
		case PROF_FWD_END:
			count_hwm(s, ev);
			s->saved[i] = top->shift;
			s->nf--;
			s->f[s->nf - 1].shift = add(s->f[s->nf - 1].shift, s->delta[i]);
			break;
		case PROF_BWD_BEGIN:
			count_hwm(s, ev);
			s->bprime[i] = value(top, ev->tape);
			s->bprime[i].off = sub(s->bprime[i].off, s->newc[i]);
			top->shift = sub(top->shift, s->delta[i]);
			if (on && s->maxrel[i] != INT64_MIN)
				candidate(s, (Val){add(s->bprime[i].off, s->maxrel[i]), s->bprime[i].anchor});
			if (push(s, (Frame){s->bprime[i], sub((int64_t)ev->tape, in->tape), s->saved[i], 0}))
				return -1;
			break;
		default: /* a TURN or point event attributed to nothing: counted above */ count_hwm(s, ev); break;
		}
	}
	return 0;
}

typedef struct Work {
	Sweep s;
	uint8_t *fl;
} Work;

static void work_free(Work *w)
{
	free(w->s.memo);
	free(w->s.memo_of);
	free(w->s.rec);
	free(w->s.delta);
	free(w->s.newc);
	free(w->s.saved);
	free(w->s.maxrel);
	free(w->s.aprime);
	free(w->s.bprime);
	free(w->s.f);
	free(w->fl);
	free(w->s.childsum);
	free(w->s.byend);
}

typedef struct ByEnd {
	uint32_t last, first, memo;
} ByEnd;

static int cmp_byend(const void *a, const void *b)
{
	const ByEnd *x = a, *y = b;
	if (x->last != y->last)
		return x->last > y->last ? -1 : 1;
	return (x->first > y->first) - (x->first < y->first); /* the outer body first */
}

/* byend: by the last instance below, descending; of two ending at the same one, the outer. */
static int sort_byend(Sweep *s)
{
	ByEnd *k = malloc(s->nmemo * sizeof *k);
	if (!k)
		return -1;
	for (size_t m = 0; m < s->nmemo; m++)
		k[m] = (ByEnd){s->memo[m].last, s->memo[m].first, (uint32_t)m};
	qsort(k, s->nmemo, sizeof *k, cmp_byend);
	for (size_t m = 0; m < s->nmemo; m++)
		s->byend[m] = k[m].memo;
	free(k);
	return 0;
}

/* The bodies of at least min_events events whose sites below are all below 64 get a Memo.
 * One pass with a stack of the open bodies: an event of another instance than the innermost
 * body's adds its site to that body's set, a closed body's set joins its parent's. */
static int memo_init(Work *w, const ProfData *d, size_t min_events)
{
	typedef struct Open {
		size_t begin;
		uint32_t inst;
		int bad;
		uint64_t mask;
		uint32_t first, last; /* instances whose forward part begins in it */
	} Open;
	Open *st = NULL;
	size_t nst = 0, capst = 0, nmemo = 0, capmemo = 0;
	Sweep *s = &w->s;
	for (size_t e = 0; e < d->nevents; e++) {
		uint32_t i = d->ev_inst[e];
		if (i == PROF_NOINST)
			continue;
		uint32_t site = d->insts[i].site;
		uint8_t k = d->events[e].kind;
		if (nst && st[nst - 1].inst != i) {
			if (site < 64)
				st[nst - 1].mask |= (uint64_t)1 << site;
			else
				st[nst - 1].bad = 1;
			if (k == PROF_SNAP_WRITE_BEGIN || k == PROF_FWD_BEGIN) {
				if (i < st[nst - 1].first)
					st[nst - 1].first = i;
				if (st[nst - 1].last == PROF_NOINST || i > st[nst - 1].last)
					st[nst - 1].last = i;
			}
		}
		if (k == PROF_ADJ_BEGIN) {
			if (nst == capst) {
				size_t c = capst ? 2 * capst : 16;
				Open *q = realloc(st, c * sizeof *q);
				if (!q)
					goto oom;
				st = q;
				capst = c;
			}
			st[nst++] = (Open){e, i, 0, 0, PROF_NOINST, PROF_NOINST};
		} else if (k == PROF_ADJ_END && nst && st[nst - 1].inst == i) {
			Open o = st[--nst];
			if (nst) {
				Open *p = &st[nst - 1];
				p->mask |= o.mask;
				p->bad |= o.bad;
				if (o.first != PROF_NOINST && o.first < p->first)
					p->first = o.first;
				if (o.last != PROF_NOINST && (p->last == PROF_NOINST || o.last > p->last))
					p->last = o.last;
			}
			if (o.bad || e - o.begin < min_events)
				continue;
			if (!s->memo_of) {
				if (!(s->memo_of = malloc(d->ninsts * sizeof *s->memo_of)))
					goto oom;
				memset(s->memo_of, 0xff, d->ninsts * sizeof *s->memo_of); /* PROF_NOINST */
			}
			if (nmemo == capmemo) {
				size_t c = capmemo ? 2 * capmemo : 16;
				Memo *q = realloc(s->memo, c * sizeof *q);
				if (!q)
					goto oom;
				s->memo = q;
				capmemo = c;
			}
			/* none below: an empty range */
			s->memo[nmemo] = (Memo){.end = e,
			                        .inst = i,
			                        .first = o.first == PROF_NOINST ? 1 : o.first,
			                        .last = o.first == PROF_NOINST ? 0 : o.last,
			                        .mask = o.mask};
			s->memo_of[i] = (uint32_t)nmemo++;
		}
	}
	free(st);
	s->nmemo = nmemo;
	if (nmemo) {
		if (!(s->byend = malloc(nmemo * sizeof *s->byend)))
			return -1;
		if (sort_byend(s))
			return -1;
	}
	return 0;
oom:
	free(st);
	return -1;
}

static int work_init(Work *w, const ProfData *d, size_t memo_min)
{
	size_t n = d->ninsts ? d->ninsts : 1;
	memset(w, 0, sizeof *w);
	w->s.d = d;
	w->s.delta = malloc(n * sizeof *w->s.delta);
	w->s.newc = malloc(n * sizeof *w->s.newc);
	w->s.saved = malloc(n * sizeof *w->s.saved);
	w->s.maxrel = malloc(n * sizeof *w->s.maxrel);
	w->s.aprime = malloc(n * sizeof *w->s.aprime);
	w->s.bprime = malloc(n * sizeof *w->s.bprime);
	w->fl = calloc(d->nsites + 1, 1);
	w->s.fl = w->fl;
	w->s.childsum = calloc(n, sizeof *w->s.childsum);
	if (!w->s.delta || !w->s.newc || !w->s.saved || !w->s.maxrel || !w->s.aprime || !w->s.bprime || !w->fl ||
	    !w->s.childsum || (memo_min && memo_init(w, d, memo_min))) {
		work_free(w);
		return -1;
	}
	return 0;
}

/* Predicted peak with flip[site] switched (flip NULL: nothing switched). */
static int peak_with(Work *w, const int *flip, uint64_t *peak)
{
	const ProfData *d = w->s.d;
	for (size_t k = 0; k < d->nsites; k++)
		w->fl[k] = (uint8_t)(flip && flip[k] ? 1 : 0);
	w->s.flipbits = 0;
	for (size_t k = 0; flip && k < d->nsites && k < 64; k++)
		if (flip[k])
			w->s.flipbits |= (uint64_t)1 << k;
	contributions(&w->s);
	if (sweep(&w->s))
		return -1;
	*peak = w->s.peak > 0 ? (uint64_t)w->s.peak : 0;
	return 0;
}

/* The reusable evaluator of search.c: one Work for many sets of switches. */
struct ProfPeakEval {
	Work w;
	int *f;
};

ProfPeakEval *prof_peak_eval_new(const ProfData *d)
{
	return prof_peak_eval_new_memo(d, PROF_MEMO_MIN);
}

ProfPeakEval *prof_peak_eval_new_memo(const ProfData *d, size_t memo_min)
{
	ProfPeakEval *e = calloc(1, sizeof *e);
	if (!e)
		return NULL;
	e->f = calloc(d->nsites ? d->nsites : 1, sizeof *e->f);
	if (!e->f || work_init(&e->w, d, memo_min)) {
		free(e->f);
		free(e);
		return NULL;
	}
	return e;
}

int prof_peak_eval(ProfPeakEval *e, const int *flip, uint64_t *peak)
{
	const ProfData *d = e->w.s.d;
	for (size_t s = 0; s < d->nsites; s++) /* binomial loops have no switch */
		e->f[s] = flip[s] && d->sites[s].kind == PROF_SITE_CALL;
	return peak_with(&e->w, e->f, peak);
}

uint64_t prof_peak_eval_visited(const ProfPeakEval *e)
{
	return e->w.s.visited;
}

void prof_peak_eval_free(ProfPeakEval *e)
{
	if (!e)
		return;
	work_free(&e->w);
	free(e->f);
	free(e);
}

/* ---------------------------------------------------------------- time */

void prof_calibration(const ProfData *d, ProfCalib *out)
{
	double primal = 0, fwd = 0, snap = 0, wr = 0, rd = 0;
	uint64_t n = 0;
	for (size_t k = 0; k < d->ninsts; k++) {
		const ProfInst *in = &d->insts[k];
		if (!in->on)
			continue;
		n++;
		primal += (double)in->t_primal;
		fwd += (double)in->t_fwd;
		snap += (double)(in->snap > 0 ? in->snap : 0);
		wr += (double)in->t_write;
		rd += (double)in->t_read;
	}
	out->ninstances_on = n;
	out->from_profile = n > 0;
	out->primal_factor = PROF_DEFAULT_PRIMAL_FACTOR;
	out->write_bps = out->read_bps = PROF_DEFAULT_BPS;
	/* A primal run does the forward sweep's work without the pushes, so the factor is at most
	 * 1; a larger measured ratio is clock noise on tiny calls. */
	if (n > 0 && fwd > 0)
		out->primal_factor = primal / fwd < 1.0 ? primal / fwd : 1.0;
	if (n > 0 && snap > 0 && wr > 0)
		out->write_bps = snap / (wr * 1e-9);
	if (n > 0 && snap > 0 && rd > 0)
		out->read_bps = snap / (rd * 1e-9);
}

/* Predicted time change (s) of switching one instance. */
static double inst_dtime(const ProfInst *in, const ProfCalib *c)
{
	if (in->on)
		return -1e-9 * ((double)in->t_write + (double)in->t_primal + (double)in->t_read);
	double snap = (double)(in->snap > 0 ? in->snap : 0);
	return c->primal_factor * 1e-9 * (double)in->t_fwd + snap / c->write_bps + snap / c->read_bps;
}

/* ---------------------------------------------------------------- entry points */

static int predict(const ProfData *d, ProfPrediction *out, int peaks);

int prof_predict(const ProfData *d, ProfPrediction *out)
{
	return predict(d, out, 1);
}

int prof_predict_times(const ProfData *d, ProfPrediction *out)
{
	return predict(d, out, 0);
}

/* Every site's prediction; with peaks, one pass per site that ran (bodies summarised). */
static int predict(const ProfData *d, ProfPrediction *out, int peaks)
{
	Work w;
	ProfCalib c;
	int *flip = calloc(d->nsites ? d->nsites : 1, sizeof *flip);
	if (!flip || work_init(&w, d, peaks ? PROF_MEMO_MIN : 0)) {
		free(flip);
		return -1;
	}
	prof_calibration(d, &c);
	for (size_t s = 0; s < d->nsites; s++) {
		ProfPrediction *p = &out[s];
		memset(p, 0, sizeof *p);
		p->site = s;
		p->id = d->sites[s].id;
		p->on = d->sites[s].on;
		p->toggleable = d->sites[s].kind == PROF_SITE_CALL; /* not binomial loops, not fixed calls */
		p->fixed = d->sites[s].kind == PROF_SITE_FIXED;
		p->ninstances = d->ninst[s];
		p->cur_peak = p->peak = d->peak;
		p->time_estimated = p->toggleable && !p->on && p->ninstances > 0;
	}
	for (size_t k = 0; k < d->ninsts; k++) {
		const ProfInst *in = &d->insts[k];
		ProfPrediction *p = &out[in->site];
		uint64_t snap = in->snap > 0 ? (uint64_t)in->snap : 0;
		uint64_t tape = in->tape > 0 ? (uint64_t)in->tape : 0;
		p->dtime_s += inst_dtime(in, &c);
		p->snap_bytes += snap;
		p->tape_bytes += tape;
		if (snap > p->snap_max)
			p->snap_max = snap;
		if (tape > p->tape_max)
			p->tape_max = tape;
	}
	for (size_t s = 0; s < d->nsites; s++) {
		ProfPrediction *p = &out[s];
		if (!p->toggleable || p->ninstances == 0)
			continue;
		if (!peaks)
			continue;
		flip[s] = 1;
		if (peak_with(&w, flip, &p->peak)) {
			work_free(&w);
			free(flip);
			return -1;
		}
		flip[s] = 0;
		p->dpeak = (int64_t)p->peak - (int64_t)p->cur_peak;
	}
	work_free(&w);
	free(flip);
	return 0;
}

int prof_predict_set(const ProfData *d, const int *flip, double *time_s, uint64_t *peak)
{
	Work w;
	ProfCalib c;
	int *f = calloc(d->nsites ? d->nsites : 1, sizeof *f);
	if (!f || work_init(&w, d, 0)) { /* one pass: nothing to summarise for */
		free(f);
		return -1;
	}
	/* binomial loops and fixed calls have no switch */
	for (size_t s = 0; s < d->nsites; s++)
		f[s] = flip[s] && d->sites[s].kind == PROF_SITE_CALL;
	prof_calibration(d, &c);
	double t = 0;
	for (size_t k = 0; k < d->ninsts; k++)
		if (f[d->insts[k].site])
			t += inst_dtime(&d->insts[k], &c);
	int rc = peak_with(&w, f, peak);
	*time_s = t;
	work_free(&w);
	free(f);
	return rc;
}
