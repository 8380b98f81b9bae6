/*
 * sim.c — the adjoint-run simulator of sim.h. It is written from DESIGN §4 directly and
 * shares nothing with profile/model.c, so that agreement between the two means something.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "prof.h"
#include "sim.h"

typedef struct Run {
	const SimProg *p;
	const int *on;
	ProfWriter *w;
	int64_t tape, hwm, peak;
	uint64_t time;
	int active[SIM_MAXROUTINES];
	uint32_t top;
} Run;

static void push(Run *r, int64_t n)
{
	r->tape += n;
	if (r->tape > r->hwm)
		r->hwm = r->tape;
	if (r->tape > r->peak)
		r->peak = r->tape;
}

static void spike(Run *r, int64_t n)
{
	if (r->tape + n > r->hwm)
		r->hwm = r->tape + n;
	if (r->tape + n > r->peak)
		r->peak = r->tape + n;
}

static void ev(Run *r, int kind, int site, int has_value, uint64_t value)
{
	uint64_t hwm = (uint64_t)(r->hwm > r->tape ? r->hwm : r->tape);
	if (has_value)
		prof_writer_event_v(r->w, kind, (uint32_t)site, r->time, r->tape, hwm, value);
	else
		prof_writer_event(r->w, kind, (uint32_t)site, r->time, r->tape, hwm);
	r->hwm = r->tape; /* the recorder resets the high-water mark at every event */
}

static int may_call(Run *r, const SimSite *s)
{
	return s->limit == 0 || r->active[s->callee] < s->limit;
}

static void primal(Run *r, int routine);
static void fwd(Run *r, int routine);
static void bwd(Run *r, int routine);

/* plain primal: the work without the pushes, no events */
static void primal(Run *r, int routine)
{
	const SimRoutine *q = &r->p->r[routine];
	r->active[routine]++;
	for (int i = 0; i < q->nitems; i++) {
		const SimItem *it = &q->items[i];
		if (it->op == SIM_PUSH)
			r->time += (uint64_t)it->n;
		else if (it->op == SIM_CALL && may_call(r, &r->p->s[it->site]))
			for (int k = 0; k < it->reps; k++) {
				r->time += (uint64_t)it->n;
				primal(r, r->p->s[it->site].callee);
			}
	}
	r->active[routine]--;
}

static void call_fwd(Run *r, const SimItem *it)
{
	const SimSite *s = &r->p->s[it->site];
	if (r->on[it->site]) {
		/* joint: snapshot, then the plain primal */
		ev(r, PROF_SNAP_WRITE_BEGIN, it->site, 0, 0);
		push(r, s->snap);
		r->time += (uint64_t)s->snap;
		ev(r, PROF_SNAP_WRITE_END, it->site, 1, (uint64_t)s->snap);
		ev(r, PROF_PRIMAL_BEGIN, it->site, 0, 0);
		primal(r, s->callee);
		ev(r, PROF_PRIMAL_END, it->site, 0, 0);
	} else {
		/* split: the callee's forward sweep, its tape stays */
		ev(r, PROF_FWD_BEGIN, it->site, 1, (uint64_t)s->snap);
		fwd(r, s->callee);
		ev(r, PROF_FWD_END, it->site, 0, 0);
	}
}

static void call_bwd(Run *r, const SimItem *it)
{
	const SimSite *s = &r->p->s[it->site];
	if (r->on[it->site]) {
		ev(r, PROF_SNAP_READ_BEGIN, it->site, 0, 0);
		push(r, -s->snap);
		r->time += (uint64_t)s->snap;
		ev(r, PROF_SNAP_READ_END, it->site, 0, 0);
		ev(r, PROF_ADJ_BEGIN, it->site, 0, 0);
		fwd(r, s->callee);
		ev(r, PROF_TURN, r->p->turn_top ? (int)r->top : it->site, 0, 0);
		bwd(r, s->callee);
		ev(r, PROF_ADJ_END, it->site, 0, 0);
	} else {
		ev(r, PROF_BWD_BEGIN, it->site, 0, 0);
		bwd(r, s->callee);
		ev(r, PROF_BWD_END, it->site, 0, 0);
	}
}

static void fwd(Run *r, int routine)
{
	const SimRoutine *q = &r->p->r[routine];
	r->active[routine]++;
	for (int i = 0; i < q->nitems; i++) {
		const SimItem *it = &q->items[i];
		if (it->op == SIM_PUSH) {
			push(r, it->n);
			r->time += 3 * (uint64_t)it->n;
		} else if (it->op == SIM_SPIKE) {
			spike(r, it->n);
		} else if (may_call(r, &r->p->s[it->site])) {
			for (int k = 0; k < it->reps; k++) {
				push(r, it->n);
				r->time += 3 * (uint64_t)it->n;
				call_fwd(r, it);
			}
		}
	}
	r->active[routine]--;
}

static void bwd(Run *r, int routine)
{
	const SimRoutine *q = &r->p->r[routine];
	r->active[routine]++;
	for (int i = q->nitems - 1; i >= 0; i--) {
		const SimItem *it = &q->items[i];
		if (it->op == SIM_PUSH) {
			push(r, -it->n);
			r->time += 2 * (uint64_t)it->n;
		} else if (it->op == SIM_SPIKE) {
			spike(r, it->n);
		} else if (may_call(r, &r->p->s[it->site])) {
			for (int k = 0; k < it->reps; k++) {
				call_bwd(r, it);
				push(r, -it->n);
				r->time += 2 * (uint64_t)it->n;
			}
		}
	}
	r->active[routine]--;
}

int sim_run(const SimProg *p, const int *on, SimResult *out)
{
	Run r;
	memset(&r, 0, sizeof r);
	r.p = p;
	r.on = on;
	r.w = prof_writer_new();
	if (!r.w)
		return -1;
	for (int s = 0; s < p->ns; s++) {
		char id[64];
		snprintf(id, sizeof id, "r%d:%d:r%d", 0, 10 + s, p->s[s].callee);
		prof_writer_site(r.w, id, PROF_SITE_CALL, on[s]);
	}
	r.top = (uint32_t)p->ns;
	fwd(&r, 0);
	ev(&r, PROF_TURN, (int)r.top, 0, 0);
	bwd(&r, 0);
	ev(&r, PROF_TURN, (int)r.top, 0, 0); /* a final point, so the time covers the whole run */
	out->peak = (uint64_t)r.peak;
	out->time_ns = r.time;
	out->img = prof_writer_finish(r.w, &out->len);
	prof_writer_free(r.w);
	return out->img ? 0 : -1;
}

/* ---------------------------------------------------------------- random programs */

static uint32_t rnd(uint64_t *s, uint32_t n)
{
	*s = *s * 6364136223846793005ull + 1442695040888963407ull;
	return (uint32_t)((*s >> 33) % n);
}

void sim_random(SimProg *p, uint64_t *seed)
{
	memset(p, 0, sizeof *p);
	p->nr = 2 + (int)rnd(seed, SIM_MAXROUTINES - 1);
	p->turn_top = (int)rnd(seed, 2);
	int nsites_max = 1 + (int)rnd(seed, 6);
	for (int q = 0; q < p->nr; q++) {
		SimRoutine *r = &p->r[q];
		r->nitems = 1 + (int)rnd(seed, 5);
		for (int i = 0; i < r->nitems; i++) {
			SimItem *it = &r->items[i];
			uint32_t k = rnd(seed, 10);
			if (k < 4 || p->ns >= nsites_max) {
				it->op = SIM_PUSH;
				it->n = rnd(seed, 400);
			} else if (k < 5) {
				it->op = SIM_SPIKE;
				it->n = rnd(seed, 1500);
			} else {
				/* a call: usually down the routine list; sometimes back up (recursion,
				 * bounded by a depth limit) */
				SimSite *s = &p->s[p->ns];
				int back = rnd(seed, 4) == 0;
				if (q + 1 < p->nr && !back) {
					s->callee = q + 1 + (int)rnd(seed, (uint32_t)(p->nr - q - 1));
					s->limit = 0;
				} else {
					s->callee = (int)rnd(seed, (uint32_t)q + 1);
					s->limit = 1 + (int)rnd(seed, 2);
				}
				s->snap = rnd(seed, 120);
				it->op = SIM_CALL;
				it->site = p->ns++;
				it->n = rnd(seed, 60);
				it->reps = 1 + (rnd(seed, 3) == 0 ? (int)rnd(seed, 3) : 0);
			}
		}
	}
}
