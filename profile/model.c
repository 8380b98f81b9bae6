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
	const uint8_t *newon; /* per instance: state after the switches */
	int64_t *delta;       /* per instance: change of its contribution inside its window */
	int64_t *newc;        /* per instance: new contribution */
	int64_t *saved;       /* per off instance: frame shift at FWD_END, restored at BWD_BEGIN */
	int64_t *maxrel;      /* per instance: maximum of the values anchored to it */
	Val *aprime, *bprime; /* per instance: new sizes A_i, B_i */
	Frame *f;
	size_t nf, capf;
	int64_t peak;
} Sweep;

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

static void candidate(Sweep *s, Val v)
{
	if (v.anchor == PROF_NOINST) {
		if (v.off > s->peak)
			s->peak = v.off;
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

/* Contributions, children before parents (a parent's number is smaller than its children's). */
static void contributions(Sweep *s)
{
	const ProfData *d = s->d;
	int64_t *childsum = s->saved; /* borrowed: the sweep overwrites it before reading it */
	memset(childsum, 0, d->ninsts * sizeof *childsum);
	for (size_t k = d->ninsts; k-- > 0;) {
		const ProfInst *in = &d->insts[k];
		int64_t tape_new = add(in->tape, childsum[k]);
		int64_t old = in->on ? in->snap : in->tape;
		s->newc[k] = s->newon[k] ? in->snap : tape_new;
		s->delta[k] = sub(s->newc[k], old);
		if (in->parent != PROF_NOINST && in->spans_turn)
			childsum[in->parent] = add(childsum[in->parent], s->delta[k]);
	}
}

/* One pass over the events; s->peak = the predicted peak. */
static int sweep(Sweep *s)
{
	const ProfData *d = s->d;
	s->nf = 0;
	s->peak = 0;
	if (push(s, (Frame){{0, PROF_NOINST}, 0, 0, 0}))
		return -1;
	for (size_t e = 0; e < d->nevents; e++) {
		const ProfEvent *ev = &d->events[e];
		uint32_t i = d->ev_inst[e];
		Frame *top = &s->f[s->nf - 1], fr;
		if (i == PROF_NOINST) {
			count_hwm(s, ev);
			continue;
		}
		const ProfInst *in = &d->insts[i];
		int on = s->newon[i];
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
		case PROF_ADJ_BEGIN: /* the callee's forward sweep: here if on, in F if off */
			if (push(s, (Frame){on ? s->bprime[i] : s->aprime[i], (int64_t)ev->tape, 0, 0}))
				return -1;
			count_hwm(s, ev);
			break;
		case PROF_TURN: /* the callee's backward sweep stays where it is */
			count_hwm(s, ev);
			fr = *top;
			*top = (Frame){s->bprime[i], fr.orig, fr.shift, 0};
			break;
		case PROF_ADJ_END:
		case PROF_BWD_END:
			count_hwm(s, ev);
			s->nf--;
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
	uint8_t *newon;
} Work;

static void work_free(Work *w)
{
	free(w->s.delta);
	free(w->s.newc);
	free(w->s.saved);
	free(w->s.maxrel);
	free(w->s.aprime);
	free(w->s.bprime);
	free(w->s.f);
	free(w->newon);
}

static int work_init(Work *w, const ProfData *d)
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
	w->newon = malloc(n);
	w->s.newon = w->newon;
	if (!w->s.delta || !w->s.newc || !w->s.saved || !w->s.maxrel || !w->s.aprime || !w->s.bprime || !w->newon) {
		work_free(w);
		return -1;
	}
	return 0;
}

/* Predicted peak with flip[site] switched (flip NULL: nothing switched). */
static int peak_with(Work *w, const int *flip, uint64_t *peak)
{
	const ProfData *d = w->s.d;
	for (size_t k = 0; k < d->ninsts; k++)
		w->newon[k] = (uint8_t)(d->insts[k].on ^ (flip && flip[d->insts[k].site] ? 1 : 0));
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
	ProfPeakEval *e = calloc(1, sizeof *e);
	if (!e)
		return NULL;
	e->f = calloc(d->nsites ? d->nsites : 1, sizeof *e->f);
	if (!e->f || work_init(&e->w, d)) {
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

int prof_predict(const ProfData *d, ProfPrediction *out)
{
	Work w;
	ProfCalib c;
	int *flip = calloc(d->nsites ? d->nsites : 1, sizeof *flip);
	if (!flip || work_init(&w, d)) {
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
	if (!f || work_init(&w, d)) {
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
