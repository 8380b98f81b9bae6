/*
 * revolve.c — binomial checkpointing (Griewank & Walther's "revolve") for BINOMIAL-CKP loops:
 * an online schedule that tells the generated loop, one action at a time, when to store a
 * snapshot, restore one, run steps forward, or run a step's adjoint. The protocol is in
 * stad_rt.h.
 *
 * The schedule. Let F(l, s) be the fewest forward steps needed to reverse l steps when the
 * state at the first of them is stored and s snapshot slots may be in use (that one included).
 * F(1, s) = 0 (run the step taped, then its adjoint), and for l >= 2
 *     F(l, s) = min over 1 <= j < l of  j + F(l-j, s-1) + F(j, s):
 * advance j steps, store a snapshot there, reverse the last l-j steps with the slots left,
 * free that snapshot, restore the first one, reverse the first j steps. Griewank showed
 * F(l, s) = r*l - beta(s+1, r-1) with beta(s, r) = C(s+r, s) and r the smallest integer with
 * beta(s, r) >= l, and that this is the optimum over all schedules.
 *
 * Which j: F(., s) is convex with slope r(m, s) between m-1 and m, so the sum above is convex
 * in j and its minimum is where the marginal cost of a longer first part, 1 + r(j, s), stops
 * being at most the marginal saving on the second part, r(l-j+1, s-1). Working that out with
 * Pascal's rule beta(s, r) = beta(s, r-1) + beta(s-1, r) gives the largest optimal j:
 *     j = min(beta(s, r-1), l - beta(s-1, r-1)),   r = r(l, s),
 * (j = l-1 when s = 1). The state machine below keeps the stored snapshots as a stack
 * ch[0..top] of step numbers; slot i holds ch[i]. Each call does O(r) integer work.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "srt_int.h"

typedef struct RvSlot {
	unsigned char *buf;
	size_t len, cap;
	size_t rpos; /* read position for srt_revolve_restore */
} RvSlot;

enum { RV_START = -1, RV_TRUNCATED = -2 }; /* internal values of `action` */

struct SrtRevolve {
	long nsteps;  /* L (reduced by srt_revolve_truncate) */
	int nsnaps;   /* S */
	long capo;    /* step of the state in memory after the last action */
	long oldcapo; /* ADVANCE: first step run */
	long fine;    /* steps capo..fine-1 remain to be reversed; fine-1 is next to turn */
	int top;      /* index of the topmost stored snapshot (-1: none) */
	long *ch;     /* ch[i]: step stored in slot i */
	int nslots;
	RvSlot *slots;
	int action; /* last action returned (or RV_START / RV_TRUNCATED) */
	int slot;   /* slot of the last TAKESHOT / RESTORE */
	int turned; /* a turn has been returned */
	long nfwd;  /* steps run by ADVANCE actions */
};

#define RV_SAT (ULLONG_MAX / 4)

/* x*y/z for an exact quotient, saturating at RV_SAT. */
static unsigned long long rv_muldiv(unsigned long long x, unsigned long long y, unsigned long long z)
{
	unsigned long long q = x / z, rem = x % z, hi, lo;
	if (x >= RV_SAT)
		return RV_SAT;
	if (q && y > RV_SAT / q)
		return RV_SAT;
	hi = q * y;
	if (rem && y > ULLONG_MAX / rem)
		return RV_SAT;
	lo = rem * y / z;
	return hi > RV_SAT - lo ? RV_SAT : hi + lo;
}

/* Length of the next ADVANCE when steps capo..capo+l-1 (l >= 2) remain, the state at capo is
 * stored, and s slots (that one included) may be used. See the comment at the top. */
static long rv_advance_len(long l, int s)
{
	unsigned long long b = 1, c = 1, bprev = 1, cprev = 1, r = 0, ul = (unsigned long long)l;
	if (s <= 1)
		return l - 1;
	while (b < ul) {
		bprev = b;
		cprev = c;
		r++;
		b = rv_muldiv(b, (unsigned long long)s + r, r);     /* beta(s, r) */
		c = rv_muldiv(c, (unsigned long long)s - 1 + r, r); /* beta(s-1, r) */
	}
	/* bprev = beta(s, r-1) < l; cprev = beta(s-1, r-1) <= bprev. */
	return (long)(bprev < ul - cprev ? bprev : ul - cprev);
}

SrtRevolve *srt_revolve_new(long nsteps, int nsnaps)
{
	SrtRevolve *r = calloc(1, sizeof *r);
	srt_init();
	if (!r) {
		srt_fail_(SRT_ERR_NOMEM, "out of memory creating a revolve schedule");
		return NULL;
	}
	r->nsteps = nsteps;
	r->nsnaps = nsnaps;
	r->top = -1;
	r->action = RV_START;
	r->slot = -1;
	if (nsteps > 0 && nsnaps >= 1) {
		r->nslots = (long)nsnaps < nsteps ? nsnaps : (int)nsteps;
		r->ch = calloc((size_t)r->nslots, sizeof *r->ch);
		r->slots = calloc((size_t)r->nslots, sizeof *r->slots);
		if (!r->ch || !r->slots) {
			srt_fail_(SRT_ERR_NOMEM,
			          "out of memory creating a revolve schedule with %d "
			          "snapshots",
			          nsnaps);
			srt_revolve_free(r);
			return NULL;
		}
	}
	return r;
}

void srt_revolve_free(SrtRevolve *r)
{
	if (!r)
		return;
	for (int i = 0; i < r->nslots && r->slots; i++)
		free(r->slots[i].buf);
	free(r->slots);
	free(r->ch);
	free(r);
}

static int rv_set(SrtRevolve *r, int action)
{
	return r->action = action;
}

static int rv_takeshot(SrtRevolve *r)
{
	r->top++;
	r->ch[r->top] = r->capo;
	r->slot = r->top;
	r->slots[r->top].len = 0;
	r->slots[r->top].rpos = 0;
	srt_counters_.snapshot_count++;
	return rv_set(r, SRT_RV_TAKESHOT);
}

/* After a turn or a truncation: drop the snapshot no longer needed, restore the top one. */
static int rv_restore_or_end(SrtRevolve *r)
{
	if (r->top >= 0 && r->ch[r->top] >= r->fine)
		r->top--;
	if (r->fine == 0)
		return rv_set(r, SRT_RV_TERMINATE);
	if (r->top < 0) { /* cannot happen: ch[0] = 0 < fine */
		srt_fail_(SRT_ERR_USAGE, "revolve: no snapshot to restore (internal error)");
		return rv_set(r, SRT_RV_ERROR);
	}
	r->capo = r->ch[r->top];
	r->slot = r->top;
	r->slots[r->top].rpos = 0;
	return rv_set(r, SRT_RV_RESTORE);
}

int srt_revolve_next(SrtRevolve *r)
{
	if (!r)
		return SRT_RV_ERROR;
	switch (r->action) {
	case SRT_RV_TERMINATE:
	case SRT_RV_ERROR: return r->action;
	case RV_START:
		if (r->nsteps == 0)
			return rv_set(r, SRT_RV_TERMINATE);
		if (r->nsteps < 0 || r->nsnaps < 1) {
			srt_fail_(SRT_ERR_USAGE, "revolve: bad schedule (%ld steps, %d snapshots)", r->nsteps, r->nsnaps);
			return rv_set(r, SRT_RV_ERROR);
		}
		r->capo = 0;
		r->fine = r->nsteps;
		return rv_takeshot(r);
	case SRT_RV_FIRSTURN:
	case SRT_RV_YOUTURN:
		r->fine = r->capo; /* step capo is reversed */
		return rv_restore_or_end(r);
	case RV_TRUNCATED: return rv_restore_or_end(r);
	default: /* after TAKESHOT, RESTORE, ADVANCE: the state is at capo */ break;
	}
	if (r->capo == r->fine - 1) {
		int act = r->turned ? SRT_RV_YOUTURN : SRT_RV_FIRSTURN;
		r->turned = 1;
		return rv_set(r, act);
	}
	if (r->ch[r->top] != r->capo)
		return rv_takeshot(r); /* free slot guaranteed: see rv_advance_len with s >= 2 */
	long j = rv_advance_len(r->fine - r->capo, r->nsnaps - r->top);
	r->oldcapo = r->capo;
	r->capo += j;
	r->nfwd += j;
	srt_counters_.forward_steps += (uint64_t)j;
	return rv_set(r, SRT_RV_ADVANCE);
}

long srt_revolve_capo(const SrtRevolve *r)
{
	return r->capo;
}
long srt_revolve_oldcapo(const SrtRevolve *r)
{
	return r->oldcapo;
}
int srt_revolve_slot(const SrtRevolve *r)
{
	return r->slot;
}
long srt_revolve_steps(const SrtRevolve *r)
{
	return r->nsteps;
}
long srt_revolve_forward_steps(const SrtRevolve *r)
{
	return r->nfwd;
}

int srt_revolve_store(SrtRevolve *r, int slot, const void *p, size_t n)
{
	RvSlot *s;
	if (!r || slot < 0 || slot >= r->nslots) {
		srt_fail_(SRT_ERR_USAGE, "srt_revolve_store: bad slot %d", slot);
		return -1;
	}
	s = &r->slots[slot];
	if (n > s->cap - s->len) {
		size_t cap = s->cap ? s->cap : 64;
		while (cap - s->len < n) {
			if (cap > SIZE_MAX / 2) {
				cap = SIZE_MAX;
				break;
			}
			cap *= 2;
		}
		unsigned char *b = realloc(s->buf, cap);
		if (!b || cap - s->len < n) {
			if (b)
				s->buf = b;
			srt_fail_(SRT_ERR_NOMEM, "out of memory storing %zu bytes in revolve slot %d", n, slot);
			return -1;
		}
		s->buf = b;
		s->cap = cap;
	}
	if (n)
		memcpy(s->buf + s->len, p, n);
	s->len += n;
	srt_counters_.snapshot_bytes += n;
	return 0;
}

int srt_revolve_restore(SrtRevolve *r, int slot, void *p, size_t n)
{
	RvSlot *s;
	if (!r || slot < 0 || slot >= r->nslots) {
		srt_fail_(SRT_ERR_USAGE, "srt_revolve_restore: bad slot %d", slot);
		return -1;
	}
	s = &r->slots[slot];
	if (n > s->len - s->rpos) {
		memset(p, 0, n);
		srt_fail_(SRT_ERR_USAGE,
		          "srt_revolve_restore: reading %zu bytes past the %zu stored "
		          "in slot %d",
		          n, s->len, slot);
		return -1;
	}
	if (n)
		memcpy(p, s->buf + s->rpos, n);
	s->rpos += n;
	return 0;
}

int srt_revolve_truncate(SrtRevolve *r, long k)
{
	long lo;
	if (!r)
		return -1;
	lo = r->top >= 0 ? r->ch[r->top] : 0;
	if (r->action == SRT_RV_YOUTURN || (r->turned && r->action != SRT_RV_FIRSTURN) || r->action == RV_START ||
	    r->action == SRT_RV_TERMINATE || r->action == SRT_RV_ERROR || k < lo || k > r->capo) {
		srt_fail_(SRT_ERR_USAGE,
		          "srt_revolve_truncate(%ld): out of protocol (state at step "
		          "%ld)",
		          k, r->capo);
		r->action = SRT_RV_ERROR;
		return -1;
	}
	if (r->action == SRT_RV_ADVANCE) { /* steps k..capo-1 did not run */
		r->nfwd -= r->capo - k;
		srt_counters_.forward_steps -= (uint64_t)(r->capo - k);
	}
	r->turned = 0;
	r->nsteps = r->fine = r->capo = k;
	r->action = RV_TRUNCATED;
	return 0;
}
