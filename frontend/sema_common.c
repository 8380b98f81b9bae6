/*
 * sema_common.c — COMMON blocks: one storage shared by every routine that declares the block,
 * each routine with its own layout (storage association).
 *
 *   common /fld/ u(100)                  ! in one routine
 *   common /fld/ u2(10, 10)              ! in another
 *   common /w/ a, b, c(10)   common /w/ x(12)   common /w/ a   (a prefix)
 *
 * Each routine's members are placed at byte offsets, one after the other, each aligned to the
 * size of its type as gfortran aligns them (-falign-commons, the default). The members of every
 * routine whose storage overlaps form one segment; the block is the sequence of its segments,
 * its size the largest layout's. A segment every routine declares alike (same offset, type and
 * bounds: the usual case of identical layouts, names aside) is one canonical member like the
 * routines'. Any other segment is one canonical rank-1 array of the members' type, `fld(0:99)`;
 * after every body is resolved, each member in it is rewritten, as EQUIVALENCE is
 * (sema_equiv.c), into elements of the routine's view of that array: `u2(i, j)` is
 * `fld(i - 1 + (j - 1) * 10)`. So activity, the derivative block (which mirrors the primal
 * block's layout), snapshots and the tape see one array and cannot miss that a write of u(60)
 * changes u2(10, 6). With --fortran-abi the block is one C struct of its canonical members in
 * order, the same bytes as gfortran's.
 *
 * A local a routine EQUIVALENCEs with a member (sema_equiv.c) is a member of the routine's layout
 * at its place, overlapping the others: the block extends past its end when it does.
 *
 * Refused, located: a segment whose members have different types (the storage would be read as
 * another type), bounds that are not constants, a DO variable in a rewritten member, two
 * BLOCK DATA units giving the same storage initial values, and an EQUIVALENCE that would extend
 * the block before its start.
 */
#include "sema_int.h"

#include <stdlib.h>
#include <string.h>

/* One member of one routine's declaration of the block. */
typedef struct Entry {
	IrUnit *u;
	int order; /* u's place among the units, then the member's in the block */
	IrSym *sym;
	long long start, end; /* bytes from the block's start */
	long long size;       /* bytes of one element */
	long long lo[IR_MAX_RANK], ext[IR_MAX_RANK];
	int seg;
} Entry;

/* A member of a rewritten segment, waiting for the bodies to be resolved. */
typedef struct Pending {
	IrUnit *u;
	SemaView v; /* base: the canonical array until sema_common_views makes the unit's view */
} Pending;

static int by_start(const void *x, const void *y)
{
	const Entry *a = x, *b = y;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->order - b->order;
}

static long long type_bytes(IrBase t)
{
	int k = ir_base_kind(t);
	return k > 0 ? k : 4;
}

/* The entry of member t; 0 when its bounds are not constants (reported). */
static int entry_of(Entry *e, IrSym *t)
{
	long long n = 1;
	e->size = type_bytes(t->type);
	for (int d = 0; d < t->rank; d++) {
		Const lo = {TY_INT, 1, 0}, hi;
		if ((t->dims[d].lo && !sema_const_of(t->dims[d].lo, &lo)) || !t->dims[d].hi ||
		    !sema_const_of(t->dims[d].hi, &hi)) {
			ir_error(t->loc, "COMMON /%s/ member '%s' needs constant bounds", t->common, t->name);
			return 0;
		}
		e->lo[d] = lo.i;
		e->ext[d] = hi.i - lo.i + 1 > 0 ? hi.i - lo.i + 1 : 0;
		n *= e->ext[d];
	}
	e->end = e->start + n * e->size;
	return 1;
}

static int alike(const Entry *a, const Entry *b)
{
	if (a->start != b->start || a->end != b->end || a->sym->type != b->sym->type || a->sym->rank != b->sym->rank)
		return 0;
	for (int d = 0; d < a->sym->rank; d++)
		if (a->lo[d] != b->lo[d] || a->ext[d] != b->ext[d])
			return 0;
	return 1;
}

/* A canonical member like t (the block's k-th). */
static IrSym *canon_like(Sema *S, const IrSym *t, int k)
{
	IrSym *c = ir_sym_new(S->a, NULL, t->name, SYM_COMMON, t->loc);
	c->type = t->type;
	c->rank = t->rank;
	for (int d = 0; d < t->rank; d++)
		c->dims[d] = t->dims[d];
	c->common = t->common;
	c->common_index = k;
	c->origin = c;
	return c;
}

static int name_in(const IrVec *members, const char *name)
{
	for (int i = 0; i < members->n; i++)
		if (!strcmp(((IrSym *)members->v[i])->name, name))
			return 1;
	return 0;
}

/* BLOCK DATA's values of member e, placed in the canonical array c of its segment at pos. */
static void place_inits(Sema *S, const Entry *e, IrSym *c, long long pos, long long count)
{
	const IrSym *t = e->sym;
	if (!c->inits) {
		c->inits = ir_alloc(S->a, sizeof *c->inits * (size_t)(count ? count : 1));
		c->ninits = (long)count;
	}
	long long n = t->rank ? t->ninits : 1;
	for (long long k = 0; k < n; k++) {
		IrExpr *x = t->rank ? t->inits[k] : t->init;
		if (!x)
			continue;
		if (c->inits[pos + k]) {
			ir_error(t->loc, "COMMON /%s/ member '%s' gets initial values in two BLOCK DATA units", t->common,
			         t->name);
			return;
		}
		c->inits[pos + k] = x;
	}
}

/* Block `name`: its segments, canonical members and every routine's member mapped to them. */
static void unify_block(Sema *S, const char *name, IrLoc loc)
{
	Entry *es = NULL;
	int n = 0, cap = 0, bad = 0;
	for (int ui = 0; ui < S->all.n; ui++) {
		IrUnit *u = S->all.v[ui];
		IrVec members = {0};
		for (int j = 0; j < u->syms.n; j++) {
			IrSym *t = u->syms.v[j];
			if (t->kind == SYM_COMMON && !t->origin && strcmp(t->common, name) == 0 && !sema_equiv_common_of(S, t))
				ir_vec_push(S->a, &members, t);
		}
		/* in the order of the COMMON statements (storage association) */
		for (int j = 1; j < members.n; j++)
			for (int k = j;
			     k > 0 && ((IrSym *)members.v[k - 1])->common_index > ((IrSym *)members.v[k])->common_index; k--) {
				void *t = members.v[k];
				members.v[k] = members.v[k - 1];
				members.v[k - 1] = t;
			}
		long long off = 0;
		for (int j = 0; j < members.n; j++) {
			if (n == cap) {
				cap = cap ? 2 * cap : 16;
				es = ir_xrealloc(es, sizeof *es * (size_t)cap);
			}
			Entry *e = &es[n];
			memset(e, 0, sizeof *e);
			e->u = u;
			e->order = n;
			e->sym = members.v[j];
			e->sym->is_save = 1;
			e->sym->origin = e->sym; /* a variable of its own until mapped (and after an error) */
			e->size = type_bytes(e->sym->type);
			e->start = (off + e->size - 1) / e->size * e->size;
			if (!entry_of(e, e->sym)) {
				bad = 1;
				continue;
			}
			off = e->end;
			n++;
		}
		/* the locals EQUIVALENCE places in the block: where their anchors start, plus delta */
		int first = n - members.n;
		for (int j = 0; j < S->equiv_common.n; j++) {
			const SemaEquivCommon *q = S->equiv_common.v[j];
			if (q->u != u || strcmp(q->sym->common, name) != 0)
				continue;
			const Entry *a = NULL;
			for (int k = first; k < n && !a; k++)
				if (es[k].sym == q->anchor)
					a = &es[k];
			if (!a) {
				bad = 1; /* (the anchor's bounds were refused) */
				continue;
			}
			if (n == cap) {
				cap = cap ? 2 * cap : 16;
				es = ir_xrealloc(es, sizeof *es * (size_t)cap);
				a = NULL;
				for (int k = first; k < n && !a; k++)
					if (es[k].sym == q->anchor)
						a = &es[k];
			}
			Entry *e = &es[n];
			memset(e, 0, sizeof *e);
			e->u = u;
			e->order = n;
			e->sym = q->sym;
			e->sym->is_save = 1;
			e->sym->origin = e->sym;
			e->size = type_bytes(e->sym->type);
			e->start = a->start + q->delta * a->size;
			if (e->start < 0) {
				ir_error(q->loc,
				         "EQUIVALENCE of '%s' with '%s' would extend COMMON /%s/ before its start, which Fortran "
				         "forbids (make '%s' start at or after the block's first element)",
				         q->sym->name, q->anchor->name, name, q->sym->name);
				bad = 1;
				continue;
			}
			if (!entry_of(e, e->sym)) {
				bad = 1;
				continue;
			}
			n++;
		}
	}
	if (bad || !n) {
		free(es);
		return;
	}
	qsort(es, (size_t)n, sizeof *es, by_start);

	IrCommon *cb = ir_alloc(S->a, sizeof *cb);
	cb->name = name;
	cb->loc = loc;
	ir_vec_push(S->a, &S->p->commons, cb);
	long long cend = 0; /* the C struct's layout so far */
	for (int i = 0; i < n;) {
		/* a segment: es[i..j) */
		long long end = es[i].end;
		int j = i + 1;
		while (j < n && (es[j].start < end || es[j].start == es[i].start)) {
			end = es[j].end > end ? es[j].end : end;
			j++;
		}
		const Entry *ref = &es[i];
		int trivial = 1, mixed = 0;
		for (int k = i + 1; k < j; k++) {
			if (es[k].sym->type != ref->sym->type && !mixed) {
				mixed = 1;
				ir_error(
				        es[k].sym->loc,
				        "COMMON /%s/: member '%s' (%s) overlaps '%s' (%s) declared at %s:%d: storage association "
				        "between types is not supported (declare members of the same type at the same places "
				        "of the block in every routine)",
				        name, es[k].sym->name, ir_base_name(es[k].sym->type), ref->sym->name,
				        ir_base_name(ref->sym->type), ref->sym->loc.file, ref->sym->loc.line);
			}
			trivial &= alike(&es[k], ref);
		}
		int index = cb->members.n;
		IrSym *c;
		if (trivial) {
			c = canon_like(S, ref->sym, index);
		} else {
			const char *cn = name[0] ? name : "blank";
			for (int k = 2; name_in(&cb->members, cn); k++)
				cn = ir_sprintf(S->a, "%s%d", name[0] ? name : "blank", k);
			c = ir_sym_new(S->a, NULL, cn, SYM_COMMON, ref->sym->loc);
			c->type = ref->sym->type;
			c->rank = 1;
			c->dims[0].lo = ir_int(S->a, 0, ref->sym->loc);
			c->dims[0].hi = ir_int(S->a, (end - es[i].start) / ref->size - 1, ref->sym->loc);
			c->common = name;
			c->common_index = index;
			c->origin = c;
		}
		ir_vec_push(S->a, &cb->members, c);
		/* C places the member at the next multiple of its size, as every routine did */
		long long cstart = (cend + ref->size - 1) / ref->size * ref->size;
		if (cstart != es[i].start)
			ir_error(ref->sym->loc,
			         "COMMON /%s/: cannot lay out '%s' as every routine does (declare the block "
			         "alike in every routine)",
			         name, ref->sym->name);
		cend = end;
		for (int k = i; k < j && !mixed; k++) {
			Entry *e = &es[k];
			IrSym *t = e->sym;
			int inits = e->u->blockdata && (t->init || t->inits);
			if (trivial) {
				t->common_index = index;
				t->origin = c;
				if (inits) { /* BLOCK DATA: the initial values are the block's */
					if (c->init || c->inits)
						ir_error(t->loc,
						         "COMMON /%s/ member '%s' gets initial values in two BLOCK DATA units",
						         name, t->name);
					c->init = t->init;
					c->inits = t->inits;
					c->ninits = t->ninits;
				}
				continue;
			}
			long long pos = (e->start - es[i].start) / e->size;
			if (inits)
				place_inits(S, e, c, pos, (end - es[i].start) / ref->size);
			Pending *pe = ir_alloc(S->a, sizeof *pe);
			pe->u = e->u;
			pe->v = (SemaView){t, c, pos, {0}, {0}, name};
			memcpy(pe->v.lo, e->lo, sizeof e->lo);
			memcpy(pe->v.ext, e->ext, sizeof e->ext);
			ir_vec_push(S->a, &S->common_views, pe);
		}
		i = j;
	}
	free(es);
}

void sema_unify_commons(Sema *S)
{
	for (int ui = 0; ui < S->all.n; ui++) {
		IrUnit *u = S->all.v[ui];
		for (int i = 0; i < u->syms.n; i++) {
			IrSym *s = u->syms.v[i];
			if (s->kind != SYM_COMMON || s->origin)
				continue;
			int seen = 0;
			for (int k = 0; k < S->p->commons.n && !seen; k++)
				seen = !strcmp(((IrCommon *)S->p->commons.v[k])->name, s->common);
			if (!seen)
				unify_block(S, s->common, s->loc);
		}
	}
}

/* Each routine's members of rewritten segments: one view of the segment's array per routine
 * (a COMMON symbol of the routine, as any member), every reference rewritten into it, and the
 * members themselves gone from the routine. */
void sema_common_views(Sema *S)
{
	IrVec *pv = &S->common_views;
	for (int i = 0; i < pv->n; i++) {
		Pending *first = pv->v[i];
		IrUnit *u = first->u;
		if (!u)
			continue; /* done with an earlier one of its unit */
		SemaView *v = ir_alloc(S->a, sizeof *v * (size_t)pv->n);
		int n = 0;
		for (int k = i; k < pv->n; k++) {
			Pending *p = pv->v[k];
			if (p->u != u)
				continue;
			IrSym *c = p->v.base, *view = NULL;
			for (int j = 0; j < n && !view; j++)
				if (v[j].base->origin == c)
					view = v[j].base;
			if (!view) {
				const char *vn = c->name;
				for (int j = 2; ir_unit_lookup(u, vn); j++)
					vn = ir_sprintf(S->a, "%s_%d", c->name, j);
				view = ir_sym_new(S->a, u, vn, SYM_COMMON, p->v.sym->loc);
				view->type = c->type;
				view->rank = 1;
				view->dims[0] = c->dims[0];
				view->common = c->common;
				view->common_index = c->common_index;
				view->origin = c;
				view->is_save = 1;
				view->declared = 1;
			}
			v[n] = p->v;
			v[n].base = view;
			n++;
			p->u = NULL;
		}
		sema_rewrite_views(S, u, v, n);
		/* the members are views now: no longer variables of the routine */
		int m = 0;
		for (int k = 0; k < u->syms.n; k++) {
			IrSym *s = u->syms.v[k];
			int gone = 0;
			for (int j = 0; j < n && !gone; j++)
				gone = v[j].sym == s;
			if (!gone)
				u->syms.v[m++] = s;
		}
		u->syms.n = m;
	}
}
