/*
 * reader.c — reads a profile file (runtime/PROFILE_FORMAT.md, version 1) into a ProfData:
 * the site table, every event with absolute time, tape size and high-water mark, and the
 * dynamic call-site instances rebuilt from the event stream.
 *
 * Why the structure is checked here and not in the model: the model's one pass over the
 * timeline (model.c) trusts that windows nest and that every forward part is reversed once,
 * in LIFO order, inside the routine that made it. A stream that breaks that is a corrupt or
 * foreign file, so it is rejected with the byte offset of the offending event, like a bad
 * varint. Nothing in a file can make this reader crash or read out of bounds: every length
 * and count is checked against what is left of the file before it is used.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "prof_int.h"

static const struct {
	const char *name;
	int shape;
} kinds[PROF_NKINDS] = {[0] = {"?", PROF_SHAPE_POINT},
#define PROF_X(name, code, shape) [code] = {#name, shape},
                        PROF_EVENT_KINDS(PROF_X)
#undef PROF_X
};

const char *prof_event_name(int kind)
{
	return kind > 0 && kind < PROF_NKINDS ? kinds[kind].name : "?";
}

/* ---------------------------------------------------------------- reader state */

/* An open window: a BEGIN event waiting for its END. Bodies (ADJ, FWD, BWD of an instance)
 * hold the forward and backward halves of a callee's adjoint; machinery windows (snapshot
 * write, primal run, snapshot read) hold nothing of interest, and whatever happens inside
 * them is "opaque": checked for balance only. */
typedef struct Win {
	uint8_t kind;   /* the BEGIN kind */
	uint8_t opaque; /* a window inside machinery */
	uint8_t turned; /* ADJ: its TURN was seen */
	uint32_t site;
	uint32_t inst;
	size_t ev;        /* index of the BEGIN event */
	size_t pair_base; /* bodies: height of the pending stack when the body began */
} Win;

typedef struct Reader {
	const unsigned char *buf;
	size_t len, pos;
	const char *name;
	char *err;
	size_t errlen;
	ProfData *d;
	size_t capev, capevi, capinst, caph0, capfh;
	Win *win; /* open windows, innermost last */
	size_t nwin, capwin;
	uint32_t *pend; /* forward parts not yet reversed (LIFO) */
	size_t npend, cappend;
	uint64_t *h0;   /* per off instance: pending height at FWD_BEGIN */
	uint8_t *fhalf; /* per instance: half of the parent body holding F (0 fwd, 1 bwd) */
	int expect;     /* kind that must come next (PRIMAL_BEGIN, ADJ_BEGIN), or 0 */
	uint32_t expect_inst;
} Reader;

static int fail(Reader *r, size_t at, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 3, 4)))
#endif
        ;

static int fail(Reader *r, size_t at, const char *fmt, ...)
{
	char what[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	if (r->errlen)
		snprintf(r->err, r->errlen, "%s: %s, at byte %zu", r->name, what, at);
	return -1;
}

/* Grows *p (of *cap elements of size sz) to hold n; 0 or -1. */
static int grow(void **p, size_t *cap, size_t n, size_t sz)
{
	if (n <= *cap)
		return 0;
	size_t c = *cap ? *cap : 16;
	while (c < n) {
		if (c > ((size_t)-1 / 2) / sz)
			return -1;
		c *= 2;
	}
	void *q = realloc(*p, c * sz);
	if (!q)
		return -1;
	*p = q;
	*cap = c;
	return 0;
}

/* ---------------------------------------------------------------- low-level decoding */

static int get_bytes(Reader *r, size_t n, const unsigned char **out, const char *what)
{
	if (r->len - r->pos < n)
		return fail(r, r->pos, "truncated file: it ends inside %s", what);
	*out = r->buf + r->pos;
	r->pos += n;
	return 0;
}

/* Unsigned LEB128: at most 10 bytes, the tenth holding only bit 63. */
int prof_uv_get(const unsigned char *buf, size_t len, size_t *pos, uint64_t *out)
{
	uint64_t v = 0;
	for (unsigned shift = 0;; shift += 7) {
		if (*pos >= len)
			return -1;
		unsigned b = buf[(*pos)++];
		if (shift == 63 && b > 1)
			return -2;
		v |= (uint64_t)(b & 0x7f) << shift;
		if (!(b & 0x80))
			break;
	}
	*out = v;
	return 0;
}

static int get_uv(Reader *r, uint64_t *out, const char *what)
{
	size_t start = r->pos;
	int rc = prof_uv_get(r->buf, r->len, &r->pos, out);
	if (rc == -1)
		return fail(r, start, "truncated file: it ends inside %s", what);
	if (rc == -2)
		return fail(r, start, "varint overflow in %s (more than 64 bits)", what);
	return 0;
}

/* Zig-zag signed varint: 0, -1, 1, -2, ... = 0, 1, 2, 3, ... */
static int get_zz(Reader *r, int64_t *out, const char *what)
{
	uint64_t u;
	if (get_uv(r, &u, what))
		return -1;
	*out = (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
	return 0;
}

/* ---------------------------------------------------------------- header */

static int cmp_site_ptr(const void *a, const void *b)
{
	const ProfSite *x = *(const ProfSite *const *)a, *y = *(const ProfSite *const *)b;
	return strcmp(x->id, y->id);
}

static int read_header(Reader *r)
{
	ProfData *d = r->d;
	const unsigned char *p = NULL;
	uint64_t version, res, nsites;

	if (r->len == 0)
		return fail(r, 0, "empty file (not a stad profile)");
	if (r->len < 8 && memcmp(r->buf, "STADPROF", r->len) == 0)
		return fail(r, 0, "truncated file: it ends inside the magic number");
	if (r->len < 8 || memcmp(r->buf, "STADPROF", 8) != 0)
		return fail(r, 0, "bad magic number (not a stad profile)");
	r->pos = 8;
	size_t at = r->pos;
	if (get_uv(r, &version, "the version"))
		return -1;
	if (version != 1)
		return fail(r, at, "unsupported version %llu (this stad reads version 1)", (unsigned long long)version);
	at = r->pos;
	if (get_uv(r, &res, "the clock resolution"))
		return -1;
	if (res == 0)
		return fail(r, at, "clock resolution of 0 ns");
	at = r->pos;
	if (get_uv(r, &nsites, "the site count"))
		return -1;
	/* Each site takes at least 3 bytes, so a count larger than that is a corrupt file, not a
	 * reason to allocate. */
	if (nsites > (r->len - r->pos) / 3 || nsites >= UINT32_MAX)
		return fail(r, at, "site count %llu does not fit in the file", (unsigned long long)nsites);
	d->nsites = (size_t)nsites;
	d->sites = calloc(d->nsites ? d->nsites : 1, sizeof *d->sites);
	d->ninst = calloc(d->nsites + 1, sizeof *d->ninst);
	size_t *idoff = calloc(d->nsites ? d->nsites : 1, sizeof *idoff), idlen = 0, idcap = 0;
	int bad = 0;
	if (!d->sites || !d->ninst || !idoff) {
		free(idoff);
		return fail(r, at, "out of memory");
	}
	/* ids go NUL-terminated into one buffer; pointers are set once it stops moving */
	for (size_t i = 0; i < d->nsites; i++) {
		uint64_t kind, len, ckp;
		char what[64];
		snprintf(what, sizeof what, "site %zu", i);
		at = r->pos;
		if ((bad = get_uv(r, &kind, what)) != 0)
			break;
		if (kind > PROF_SITE_FIXED) {
			bad = fail(r, at, "site %zu has unknown kind %llu", i, (unsigned long long)kind);
			break;
		}
		at = r->pos;
		if ((bad = get_uv(r, &len, what)) != 0)
			break;
		if (len == 0) {
			bad = fail(r, at, "site %zu has an empty id", i);
			break;
		}
		if (len > r->len - r->pos) {
			bad = fail(r, at, "truncated file: site %zu's id (%llu bytes) runs past its end", i,
			           (unsigned long long)len);
			break;
		}
		at = r->pos;
		p = r->buf + r->pos;
		r->pos += (size_t)len;
		for (size_t j = 0; j < len && !bad; j++)
			if (p[j] < 0x20 || p[j] == 0x7f)
				bad = fail(r, at + j, "site %zu's id has a control character", i);
		if (bad)
			break;
		if (grow((void **)&d->idbuf, &idcap, idlen + (size_t)len + 1, 1)) {
			bad = fail(r, at, "out of memory");
			break;
		}
		memcpy(d->idbuf + idlen, p, (size_t)len);
		d->idbuf[idlen + len] = 0;
		idoff[i] = idlen;
		idlen += (size_t)len + 1;
		at = r->pos;
		if ((bad = get_uv(r, &ckp, what)) != 0)
			break;
		if (ckp > 1) {
			bad = fail(r, at, "site %zu ('%s') has checkpointed flag %llu (not 0 or 1)", i, d->idbuf + idoff[i],
			           (unsigned long long)ckp);
			break;
		}
		d->sites[i].kind = (int)kind;
		d->sites[i].on = (int)ckp;
		d->sites[i].id = ""; /* until the buffer is complete */
	}
	if (bad) {
		free(idoff);
		return -1;
	}
	for (size_t i = 0; i < d->nsites; i++)
		d->sites[i].id = d->idbuf + idoff[i];
	free(idoff);
	/* duplicate ids would make table entries ambiguous */
	if (d->nsites > 1) {
		const ProfSite **v = malloc(d->nsites * sizeof *v);
		if (!v)
			return fail(r, r->pos, "out of memory");
		for (size_t i = 0; i < d->nsites; i++)
			v[i] = &d->sites[i];
		qsort(v, d->nsites, sizeof *v, cmp_site_ptr);
		for (size_t i = 1; i < d->nsites; i++)
			if (!strcmp(v[i - 1]->id, v[i]->id)) {
				char id[200];
				snprintf(id, sizeof id, "%s", v[i]->id);
				free(v);
				return fail(r, r->pos, "site id '%s' appears twice in the site table", id);
			}
		free(v);
	}
	return 0;
}

/* ---------------------------------------------------------------- structure */

static const char *site_name(const Reader *r, uint32_t s)
{
	return s < r->d->nsites ? r->d->sites[s].id : "(top level)";
}

static Win *top_win(Reader *r)
{
	return r->nwin ? &r->win[r->nwin - 1] : NULL;
}

static int is_body(int kind)
{
	return kind == PROF_ADJ_BEGIN || kind == PROF_FWD_BEGIN || kind == PROF_BWD_BEGIN;
}

/* The innermost open body (a top window that is not a body means machinery, handled apart). */
static Win *cur_body(Reader *r)
{
	Win *w = top_win(r);
	return w && !w->opaque && is_body(w->kind) ? w : NULL;
}

static int body_half(const Win *w)
{
	if (w->kind == PROF_ADJ_BEGIN)
		return w->turned;
	return w->kind == PROF_BWD_BEGIN;
}

static int push_win(Reader *r, size_t at, Win w)
{
	if (grow((void **)&r->win, &r->capwin, r->nwin + 1, sizeof *r->win))
		return fail(r, at, "out of memory");
	r->win[r->nwin++] = w;
	return 0;
}

static int new_inst(Reader *r, size_t at, uint32_t site, int on, uint32_t *out)
{
	ProfData *d = r->d;
	if (d->ninsts >= PROF_NOINST - 1)
		return fail(r, at, "too many call instances");
	if (grow((void **)&d->insts, &r->capinst, d->ninsts + 1, sizeof *d->insts) ||
	    grow((void **)&r->h0, &r->caph0, d->ninsts + 1, sizeof *r->h0) ||
	    grow((void **)&r->fhalf, &r->capfh, d->ninsts + 1, sizeof *r->fhalf))
		return fail(r, at, "out of memory");
	Win *b = cur_body(r);
	uint32_t i = (uint32_t)d->ninsts++;
	memset(&d->insts[i], 0, sizeof d->insts[i]);
	d->insts[i].site = site;
	d->insts[i].on = (uint8_t)on;
	d->insts[i].parent = b ? b->inst : PROF_NOINST;
	r->fhalf[i] = (uint8_t)(b ? body_half(b) : 0);
	r->h0[i] = r->npend;
	d->ninst[site]++;
	*out = i;
	return 0;
}

/* An END event must close the innermost open window, opened by its BEGIN at the same site. */
static int close_win(Reader *r, size_t at, int kind, uint32_t site, Win *out)
{
	Win *w = top_win(r);
	if (!w)
		return fail(r, at, "%s of site '%s' with no window open", prof_event_name(kind), site_name(r, site));
	if (w->kind != kind - 1 || w->site != site)
		return fail(r, at,
		            "%s of site '%s' does not close the innermost open window (%s of "
		            "site '%s', event %zu)",
		            prof_event_name(kind), site_name(r, site), prof_event_name(w->kind), site_name(r, w->site), w->ev);
	*out = *w;
	r->nwin--;
	return 0;
}

static int push_pending(Reader *r, size_t at, uint32_t inst)
{
	if (grow((void **)&r->pend, &r->cappend, r->npend + 1, sizeof *r->pend))
		return fail(r, at, "out of memory");
	r->pend[r->npend++] = inst;
	return 0;
}

/* The backward part of a call at `site` begins: it reverses the last forward part not yet
 * reversed, which must have been made inside the current body (LIFO). */
static int pop_pending(Reader *r, size_t at, int kind, uint32_t site, int on, uint32_t *out)
{
	Win *b = cur_body(r);
	size_t base = b ? b->pair_base : 0;
	if (r->npend <= base)
		return fail(r, at,
		            "%s of site '%s', but no call made in this routine is left to "
		            "reverse",
		            prof_event_name(kind), site_name(r, site));
	uint32_t i = r->pend[r->npend - 1];
	const ProfInst *in = &r->d->insts[i];
	if (in->site != site || in->on != on)
		return fail(r, at,
		            "%s of site '%s', but the last call not yet reversed is site '%s' "
		            "(%s)",
		            prof_event_name(kind), site_name(r, site), site_name(r, in->site),
		            in->on ? "checkpointed" : "not checkpointed");
	r->npend--;
	/* the parent is right by construction: entries above a body's base were made inside it */
	int rhalf = b ? body_half(b) : 0;
	r->d->insts[i].spans_turn = in->parent != PROF_NOINST && r->fhalf[i] == 0 && rhalf == 1;
	*out = i;
	return 0;
}

/* An event inside a snapshot write, primal run or snapshot read: kept in the timeline, but it
 * makes no instance. Its windows must still balance. */
static int opaque_event(Reader *r, size_t at, const ProfEvent *ev)
{
	int shape = kinds[ev->kind].shape;
	if (ev->site >= r->d->nsites || r->d->sites[ev->site].kind == PROF_SITE_BINOMIAL || shape == PROF_SHAPE_POINT)
		return 0;
	if (shape == PROF_SHAPE_BEGIN)
		return push_win(
		        r, at,
		        (Win){.kind = ev->kind, .opaque = 1, .site = ev->site, .inst = PROF_NOINST, .ev = r->d->nevents - 1});
	Win w;
	return close_win(r, at, ev->kind, ev->site, &w);
}

static int state_check(Reader *r, size_t at, const ProfEvent *ev, int want_on)
{
	const ProfSite *s = &r->d->sites[ev->site];
	if (s->on != want_on)
		return fail(r, at, "%s of site '%s', which is %s in this build", prof_event_name(ev->kind), s->id,
		            s->on ? "checkpointed" : "not checkpointed");
	return 0;
}

static void set_turn(Reader *r, Win *w, size_t e)
{
	ProfData *d = r->d;
	ProfInst *in = &d->insts[w->inst];
	in->tape = (int64_t)d->events[e].tape - (int64_t)d->events[w->ev].tape;
	in->t_fwd = d->events[e].time_ns - d->events[w->ev].time_ns;
	w->turned = 1;
	d->ev_inst[e] = w->inst;
}

/* Adds event e (just decoded, starting at byte `at`) to the structure. */
static int build_event(Reader *r, size_t e, size_t at)
{
	ProfData *d = r->d;
	const ProfEvent *ev = &d->events[e];
	uint32_t s = ev->site, i;
	int k = ev->kind;
	Win *top = top_win(r), w;

	d->ev_inst[e] = PROF_NOINST;
	if (top && (top->opaque || !is_body(top->kind))) {
		int closes = !top->opaque && k == top->kind + 1 && s == top->site;
		if (!closes)
			return opaque_event(r, at, ev);
	}
	if (r->expect && (k != r->expect || s != d->insts[r->expect_inst].site))
		return fail(r, at, "%s of site '%s' must be followed by %s, not by %s of site '%s'",
		            prof_event_name(r->expect == PROF_PRIMAL_BEGIN ? PROF_SNAP_WRITE_END : PROF_SNAP_READ_END),
		            site_name(r, d->insts[r->expect_inst].site), prof_event_name(r->expect), prof_event_name(k),
		            site_name(r, s));
	if (s == d->nsites) {
		/* the head routine's own events are points; its TURN may also be the turn of the
		 * innermost adjoint when generated code does not know its call site */
		if (k == PROF_TURN && top && top->kind == PROF_ADJ_BEGIN && !top->turned)
			set_turn(r, top, e);
		return 0;
	}
	if (d->sites[s].kind == PROF_SITE_BINOMIAL)
		return 0; /* binomial loops have no switch; their events are points */
	if (k >= PROF_BIN_BEGIN)
		return fail(r, at, "%s on call site '%s', which is not a binomial loop", prof_event_name(k), site_name(r, s));

	switch (k) {
	case PROF_SNAP_WRITE_BEGIN:
		if (state_check(r, at, ev, 1) || new_inst(r, at, s, 1, &i))
			return -1;
		d->ev_inst[e] = i;
		return push_win(r, at, (Win){.kind = (uint8_t)k, .site = s, .inst = i, .ev = e});
	case PROF_SNAP_WRITE_END:
		if (close_win(r, at, k, s, &w))
			return -1;
		d->insts[w.inst].snap = (int64_t)ev->tape - (int64_t)d->events[w.ev].tape;
		d->insts[w.inst].t_write = ev->time_ns - d->events[w.ev].time_ns;
		d->ev_inst[e] = w.inst;
		r->expect = PROF_PRIMAL_BEGIN;
		r->expect_inst = w.inst;
		return 0;
	case PROF_PRIMAL_BEGIN:
		if (r->expect != PROF_PRIMAL_BEGIN)
			return fail(r, at, "PRIMAL_BEGIN of site '%s' without a snapshot written before it", site_name(r, s));
		r->expect = 0;
		d->ev_inst[e] = r->expect_inst;
		return push_win(r, at, (Win){.kind = (uint8_t)k, .site = s, .inst = r->expect_inst, .ev = e});
	case PROF_PRIMAL_END:
		if (close_win(r, at, k, s, &w))
			return -1;
		d->insts[w.inst].t_primal = ev->time_ns - d->events[w.ev].time_ns;
		d->ev_inst[e] = w.inst;
		return push_pending(r, at, w.inst);
	case PROF_SNAP_READ_BEGIN:
		if (state_check(r, at, ev, 1) || pop_pending(r, at, k, s, 1, &i))
			return -1;
		d->ev_inst[e] = i;
		return push_win(r, at, (Win){.kind = (uint8_t)k, .site = s, .inst = i, .ev = e});
	case PROF_SNAP_READ_END:
		if (close_win(r, at, k, s, &w))
			return -1;
		d->insts[w.inst].t_read = ev->time_ns - d->events[w.ev].time_ns;
		d->ev_inst[e] = w.inst;
		r->expect = PROF_ADJ_BEGIN;
		r->expect_inst = w.inst;
		return 0;
	case PROF_ADJ_BEGIN:
		if (r->expect != PROF_ADJ_BEGIN)
			return fail(r, at, "ADJ_BEGIN of site '%s' without its snapshot read before it", site_name(r, s));
		r->expect = 0;
		d->ev_inst[e] = r->expect_inst;
		return push_win(r, at,
		                (Win){.kind = (uint8_t)k, .site = s, .inst = r->expect_inst, .ev = e, .pair_base = r->npend});
	case PROF_TURN:
		if (!top || top->kind != PROF_ADJ_BEGIN || top->site != s)
			return fail(r, at, "TURN of site '%s' outside that site's adjoint", site_name(r, s));
		if (top->turned)
			return fail(r, at, "second TURN in one adjoint of site '%s'", site_name(r, s));
		set_turn(r, top, e);
		return 0;
	case PROF_ADJ_END:
		if (close_win(r, at, k, s, &w))
			return -1;
		if (!w.turned)
			return fail(r, at, "adjoint of site '%s' ended without a TURN", site_name(r, s));
		if (r->npend != w.pair_base)
			return fail(r, at,
			            "adjoint of site '%s' ended with %zu calls not reversed (the "
			            "last: site '%s')",
			            site_name(r, s), r->npend - w.pair_base, site_name(r, d->insts[r->pend[r->npend - 1]].site));
		d->ev_inst[e] = w.inst;
		return 0;
	case PROF_FWD_BEGIN:
		if (state_check(r, at, ev, 0))
			return -1;
		if (!ev->has_value)
			return fail(r, at, "FWD_BEGIN of site '%s' carries no snapshot size", site_name(r, s));
		if (ev->value > INT64_MAX)
			return fail(r, at, "FWD_BEGIN of site '%s': snapshot size out of range", site_name(r, s));
		if (new_inst(r, at, s, 0, &i))
			return -1;
		d->insts[i].snap = (int64_t)ev->value;
		d->ev_inst[e] = i;
		return push_win(r, at, (Win){.kind = (uint8_t)k, .site = s, .inst = i, .ev = e, .pair_base = r->npend});
	case PROF_FWD_END:
		if (close_win(r, at, k, s, &w))
			return -1;
		d->insts[w.inst].tape = (int64_t)ev->tape - (int64_t)d->events[w.ev].tape;
		d->insts[w.inst].t_fwd = ev->time_ns - d->events[w.ev].time_ns;
		d->ev_inst[e] = w.inst;
		return push_pending(r, at, w.inst);
	case PROF_BWD_BEGIN:
		if (state_check(r, at, ev, 0) || pop_pending(r, at, k, s, 0, &i))
			return -1;
		d->ev_inst[e] = i;
		return push_win(r, at, (Win){.kind = (uint8_t)k, .site = s, .inst = i, .ev = e, .pair_base = (size_t)r->h0[i]});
	case PROF_BWD_END:
		if (close_win(r, at, k, s, &w))
			return -1;
		if (r->npend != w.pair_base)
			return fail(r, at,
			            "backward sweep of site '%s' ended with %zu calls not reversed "
			            "(the last: site '%s')",
			            site_name(r, s), r->npend - w.pair_base, site_name(r, d->insts[r->pend[r->npend - 1]].site));
		d->ev_inst[e] = w.inst;
		return 0;
	}
	return fail(r, at, "unknown event kind %d", k); /* not reached: checked when decoded */
}

/* At the trailer: nothing may be left open. */
static int build_finish(Reader *r, size_t at)
{
	if (r->nwin) {
		Win *w = top_win(r);
		return fail(r, at, "the events end inside the %s window of site '%s' (event %zu)", prof_event_name(w->kind),
		            site_name(r, w->site), w->ev);
	}
	if (r->expect)
		return fail(r, at, "the events end before %s of site '%s'", prof_event_name(r->expect),
		            site_name(r, r->d->insts[r->expect_inst].site));
	if (r->npend)
		return fail(r, at, "%zu calls were never reversed (the last: site '%s')", r->npend,
		            site_name(r, r->d->insts[r->pend[r->npend - 1]].site));
	return 0;
}

/* ---------------------------------------------------------------- events and trailer */

static int read_events(Reader *r)
{
	ProfData *d = r->d;
	uint64_t time = 0;
	int64_t tape = 0;
	for (;;) {
		size_t at = r->pos;
		if (r->pos >= r->len)
			return fail(r, at, "truncated file: no trailer after event %zu", d->nevents);
		unsigned code = r->buf[r->pos++];
		if (code == 0)
			return 0;
		int kind = (int)(code & 0x7f);
		char what[64];
		snprintf(what, sizeof what, "event %zu", d->nevents);
		if (kind < 1 || kind >= PROF_NKINDS)
			return fail(r, at, "unknown event kind %d in %s", kind, what);
		uint64_t site, dt, over, value = 0;
		int64_t dtape;
		if (get_uv(r, &site, what) || get_uv(r, &dt, what) || get_zz(r, &dtape, what) || get_uv(r, &over, what) ||
		    ((code & 0x80) && get_uv(r, &value, what)))
			return -1;
		if (site > d->nsites)
			return fail(r, at, "site index %llu out of range in %s (%zu sites)", (unsigned long long)site, what,
			            d->nsites);
		if (dt > UINT64_MAX - time)
			return fail(r, at, "time overflow in %s", what);
		time += dt;
		if ((dtape > 0 && tape > INT64_MAX - dtape))
			return fail(r, at, "tape size overflow in %s", what);
		tape += dtape;
		if (tape < 0)
			return fail(r, at, "negative tape size (%lld bytes) in %s", (long long)tape, what);
		if (over > (uint64_t)INT64_MAX - (uint64_t)tape)
			return fail(r, at, "high-water mark overflow in %s", what);
		if (grow((void **)&d->events, &r->capev, d->nevents + 1, sizeof *d->events) ||
		    grow((void **)&d->ev_inst, &r->capevi, d->nevents + 1, sizeof *d->ev_inst))
			return fail(r, at, "out of memory");
		ProfEvent *ev = &d->events[d->nevents++];
		ev->time_ns = time;
		ev->tape = (uint64_t)tape;
		ev->hwm = (uint64_t)tape + over;
		ev->value = value;
		ev->site = (uint32_t)site;
		ev->kind = (uint8_t)kind;
		ev->has_value = (code & 0x80) != 0;
		if (ev->hwm > d->peak)
			d->peak = ev->hwm;
		if (build_event(r, d->nevents - 1, at))
			return -1;
	}
}

static int read_trailer(Reader *r)
{
	ProfData *d = r->d;
	size_t at = r->pos - 1; /* the end marker */
	uint64_t n;
	const unsigned char *p = NULL;
	if (build_finish(r, at))
		return -1;
	at = r->pos;
	if (get_uv(r, &n, "the trailer"))
		return -1;
	if (n != d->nevents)
		return fail(r, at, "event count mismatch: the trailer says %llu, the file has %zu", (unsigned long long)n,
		            d->nevents);
	if (get_uv(r, &d->trailer_peak, "the trailer") || get_uv(r, &d->total_ns, "the trailer"))
		return -1;
	at = r->pos;
	if (get_bytes(r, 8, &p, "the trailer's magic number"))
		return -1;
	if (memcmp(p, "STADEND1", 8) != 0)
		return fail(r, at, "bad trailer magic number");
	if (r->pos != r->len)
		return fail(r, r->pos, "%zu extra bytes after the trailer", r->len - r->pos);
	return 0;
}

/* ---------------------------------------------------------------- entry points */

ProfData *prof_read_mem(const void *buf, size_t len, const char *name, char *err, size_t errlen)
{
	Reader r = {.buf = buf, .len = len, .name = name, .err = err, .errlen = errlen};
	if (errlen)
		err[0] = 0;
	r.d = calloc(1, sizeof *r.d);
	if (!r.d || !(r.d->name = malloc(strlen(name) + 1))) {
		if (errlen)
			snprintf(err, errlen, "%s: out of memory", name);
		free(r.d);
		return NULL;
	}
	strcpy(r.d->name, name);
	int bad = read_header(&r) || read_events(&r) || read_trailer(&r);
	free(r.win);
	free(r.pend);
	free(r.h0);
	free(r.fhalf);
	if (bad) {
		prof_free(r.d);
		return NULL;
	}
	return r.d;
}

ProfData *prof_read(const char *path, char *err, size_t errlen)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t len = 0, cap = 0;
	if (errlen)
		err[0] = 0;
	if (!f) {
		if (errlen)
			snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
		return NULL;
	}
	for (;;) {
		if (grow((void **)&buf, &cap, len + 65536, 1)) {
			if (errlen)
				snprintf(err, errlen, "%s: out of memory", path);
			free(buf);
			fclose(f);
			return NULL;
		}
		size_t n = fread(buf + len, 1, cap - len, f);
		len += n;
		if (n == 0)
			break;
	}
	int ioerr = ferror(f);
	fclose(f);
	if (ioerr) {
		if (errlen)
			snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
		free(buf);
		return NULL;
	}
	ProfData *d = prof_read_mem(buf, len, path, err, errlen);
	free(buf);
	return d;
}

void prof_free(ProfData *d)
{
	if (!d)
		return;
	free(d->name);
	free(d->sites);
	free(d->idbuf);
	free(d->ninst);
	free(d->events);
	free(d->ev_inst);
	free(d->insts);
	free(d);
}

size_t prof_nsites(const ProfData *d)
{
	return d->nsites;
}
const ProfSite *prof_site(const ProfData *d, size_t i)
{
	return &d->sites[i];
}
size_t prof_nevents(const ProfData *d)
{
	return d->nevents;
}
const ProfEvent *prof_event(const ProfData *d, size_t i)
{
	return &d->events[i];
}
uint64_t prof_ninstances(const ProfData *d, size_t site)
{
	return d->ninst[site];
}
uint64_t prof_peak(const ProfData *d)
{
	return d->peak;
}
uint64_t prof_total_time_ns(const ProfData *d)
{
	return d->total_ns;
}

size_t prof_site_find(const ProfData *d, const char *id)
{
	for (size_t i = 0; i < d->nsites; i++)
		if (!strcmp(d->sites[i].id, id))
			return i;
	return PROF_NONE;
}
