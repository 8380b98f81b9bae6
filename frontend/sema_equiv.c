/*
 * sema_equiv.c — EQUIVALENCE: storage association of a routine's local variables.
 *
 *   EQUIVALENCE (x(3), y), (s, t)
 *
 * Each class of variables that share storage (the groups, joined where they name a common
 * variable) becomes one new local array of rank 1, `equiv_x(0:L-1)`, holding every member at
 * its offset (in elements: the members have one type and kind). After every body is resolved,
 * each reference of a member is rewritten into an element of that array: `y` is
 * `equiv_x(2)`, `x(i)` is `equiv_x(i - 1)`, a whole member passed as an actual argument is the
 * element where it starts (sequence association, as for `x(3)` passed to an array dummy). So
 * every later pass, activity and the adjoint included, sees one variable and cannot miss that
 * a write of y changes x(3).
 *
 * A class with a COMMON member is not an array of its own: its locals become members of that
 * block at their places (sema_equiv_common, before the blocks are unified), so the block's
 * layout in the routine (sema_common.c) holds them and every routine sees one storage. They may
 * extend the block past its end, not before its start (Fortran forbids it).
 *
 * Refused, located: members of different types or kinds (the storage would be read as another
 * type), members that are dummies, function results, PARAMETERs, module variables, two COMMON
 * members in one class,
 * ALLOCATABLE, CHARACTER or derived-type variables, initialized (DATA or `= value`), arrays
 * whose bounds are not constants, DO variables, and groups that contradict each other.
 */
#include "sema_int.h"

#include <stdlib.h>
#include <string.h>

/* A member of a class: its offset from the class root's first element. */
typedef struct Member {
	IrSym *sym;
	IrSym *root; /* the first member of the class (before the merge into one) */
	long long off;
	long long size; /* elements */
	long long lo[IR_MAX_RANK], ext[IR_MAX_RANK];
	IrSym *base;   /* after layout: the class's array */
	long long pos; /* after layout: where the member starts in it */
} Member;

typedef struct Equiv {
	Sema *S;
	IrUnit *u;
	Member *m;
	int n, cap;
} Equiv;

static Member *member_of(Equiv *q, const IrSym *s)
{
	for (int i = 0; i < q->n; i++)
		if (q->m[i].sym == s)
			return &q->m[i];
	return NULL;
}

/* The member for s (added on first sight), or NULL after an error; common: s may be in COMMON. */
static Member *member_c(Equiv *q, IrSym *s, IrLoc loc, int common)
{
	Member *m = member_of(q, s);
	if (m)
		return m;
	const char *why = NULL;
	if (common && s->kind == SYM_COMMON)
		;
	else if (s->kind == SYM_ARG)
		why = "a dummy argument";
	else if (s->kind == SYM_RESULT)
		why = "a function result";
	else if (s->kind == SYM_PARAM)
		why = "a PARAMETER";
	else if (s->kind == SYM_COMMON || s->common)
		why = "in COMMON";
	else if (s->kind == SYM_MODULE || s->origin)
		why = "a module variable";
	else if (s->kind != SYM_LOCAL)
		why = "not a variable";
	else if (s->allocatable)
		why = "ALLOCATABLE";
	else if (s->type == TY_CHAR)
		why = "CHARACTER";
	else if (s->type == TY_NONE)
		why = "of derived type";
	else if (s->init || s->inits)
		why = "given an initial value";
	if (why) {
		ir_error(loc,
		         "EQUIVALENCE of '%s', which is %s, is not supported (EQUIVALENCE is supported between local "
		         "variables of one type and kind)",
		         s->name, why);
		return NULL;
	}
	Member t = {s, s, 0, 1, {0}, {0}, NULL, 0};
	for (int d = 0; d < s->rank; d++) {
		int ok1 = 0, ok2 = 0;
		long long lo = s->dims[d].lo ? (long long)ir_const_int(s->dims[d].lo, &ok1) : (ok1 = 1, 1);
		long long hi = s->dims[d].hi ? (long long)ir_const_int(s->dims[d].hi, &ok2) : 0;
		if (!ok1 || !ok2 || hi < lo) {
			ir_error(loc,
			         "EQUIVALENCE of the array '%s', whose bounds are not constants, is not supported (give it "
			         "constant bounds)",
			         s->name);
			return NULL;
		}
		t.lo[d] = lo;
		t.ext[d] = hi - lo + 1;
		t.size *= t.ext[d];
	}
	if (q->n == q->cap) {
		q->cap = q->cap ? 2 * q->cap : 8;
		q->m = ir_xrealloc(q->m, sizeof *q->m * (size_t)q->cap);
	}
	q->m[q->n] = t;
	return &q->m[q->n++];
}

static Member *member(Equiv *q, IrSym *s, IrLoc loc)
{
	return member_c(q, s, loc, 0);
}

/* The offset of the object (a name, or an element with constant subscripts) from its
 * variable's first element; -1 after an error. */
static long long anchor_of_ent(Equiv *q, const Member *m, const IrEntity *e)
{
	if (!e->init)
		return 0;
	const IrExpr *r = e->init;
	const IrSym *s = m->sym;
	if (r->u.ref.nargs != s->rank) {
		ir_error(e->loc, "'%s' has rank %d but %d subscript%s given in EQUIVALENCE", s->name, s->rank, r->u.ref.nargs,
		         r->u.ref.nargs == 1 ? " is" : "s are");
		return -1;
	}
	long long off = 0, stride = 1;
	for (int d = 0; d < s->rank; d++) {
		int ok = 0;
		IrExpr *x = sema_value_expr(q->S, r->u.ref.args[d]);
		long long v = ir_base_is_int(x->type) ? (long long)ir_const_int(x, &ok) : 0;
		if (!ok || v < m->lo[d] || v >= m->lo[d] + m->ext[d]) {
			ir_error(x->loc, "a subscript in EQUIVALENCE must be a constant within the bounds of '%s'", s->name);
			return -1;
		}
		off += (v - m->lo[d]) * stride;
		stride *= m->ext[d];
	}
	return off;
}

/* One group: every object's storage starts where the first object's does. */
static void group(Equiv *q, const IrDecl *d)
{
	int first = -1; /* an index: member() may move the array */
	long long a0 = 0;
	for (int i = 0; i < d->nents; i++) {
		const IrEntity *e = d->ents[i];
		IrSym *s = ir_unit_lookup(q->u, e->name);
		if (!s) {
			ir_error(e->loc, "'%s' in EQUIVALENCE is not a variable of '%s'", e->name,
			         q->u->local_name ? q->u->local_name : q->u->name);
			return;
		}
		Member *m = member(q, s, e->loc);
		if (!m)
			return;
		long long a = anchor_of_ent(q, m, e);
		if (a < 0)
			return;
		if (first < 0) {
			first = (int)(m - q->m);
			a0 = a;
			continue;
		}
		const Member *f = &q->m[first];
		if (m->sym->type != f->sym->type) {
			ir_error(e->loc,
			         "EQUIVALENCE of '%s' (%s) and '%s' (%s) is not supported: their storage would be read as "
			         "another type (copy the values with an assignment instead)",
			         f->sym->name, ir_base_name(f->sym->type), m->sym->name, ir_base_name(m->sym->type));
			return;
		}
		/* start(m) = start(first) + a0 - a, both relative to their roots */
		long long want = f->off + a0 - a;
		if (m->root == f->root) {
			if (m->off != want)
				ir_error(e->loc, "this EQUIVALENCE contradicts an earlier one ('%s' cannot start in two places)",
				         m->sym->name);
			continue;
		}
		IrSym *old = m->root;
		long long shift = want - m->off;
		for (int k = 0; k < q->n; k++)
			if (q->m[k].root == old) {
				q->m[k].root = f->root;
				q->m[k].off += shift;
			}
	}
}

/* Each class's array, and each member's place in it. */
static void layout(Equiv *q)
{
	Sema *S = q->S;
	for (int i = 0; i < q->n; i++) {
		Member *r = &q->m[i];
		if (r->base)
			continue;
		long long lo = 0, hi = 0;
		int save = 0;
		for (int k = 0; k < q->n; k++)
			if (q->m[k].root == r->root) {
				lo = q->m[k].off < lo ? q->m[k].off : lo;
				hi = q->m[k].off + q->m[k].size > hi ? q->m[k].off + q->m[k].size : hi;
				save |= q->m[k].sym->is_save;
			}
		IrSym *b = ir_sym_new(S->a, q->u, ir_sprintf(S->a, "equiv_%s", r->root->name), SYM_LOCAL, r->root->loc);
		b->type = r->root->type;
		b->rank = 1;
		b->declared = 1;
		b->is_save = save;
		b->dims[0].lo = ir_int(S->a, 0, r->root->loc);
		b->dims[0].hi = ir_int(S->a, hi - lo - 1, r->root->loc);
		for (int k = 0; k < q->n; k++)
			if (q->m[k].root == r->root) {
				q->m[k].base = b;
				q->m[k].pos = q->m[k].off - lo;
			}
	}
}

/* The views a rewrite applies (SemaView: sema_int.h). */
typedef struct Views {
	Sema *S;
	const SemaView *v;
	int n;
} Views;

static const SemaView *view_of(const Views *q, const IrSym *s)
{
	for (int i = 0; i < q->n; i++)
		if (q->v[i].sym == s)
			return &q->v[i];
	return NULL;
}

static IrExpr *int_expr(Sema *S, IrExpr *e)
{
	return e->type == TY_INT ? e : ir_convert(S->a, e, TY_INT);
}

static IrExpr *add(Sema *S, IrExpr *x, IrExpr *y, IrOp op)
{
	IrExpr *r = ir_binop(S->a, op, x, y, x->loc);
	r->type = TY_INT;
	return r;
}

static void rewrite_expr(const Views *q, IrExpr *e);

/* A member's reference, in place: the element of its class's array. */
static void rewrite_var(const Views *q, IrExpr *e)
{
	for (int i = 0; i < e->u.var.nidx; i++)
		rewrite_expr(q, e->u.var.idx[i]);
	const SemaView *m = view_of(q, e->u.var.sym);
	if (!m)
		return;
	Sema *S = q->S;
	/* pos + sum of (i_d - lo_d) * stride_d: the constant subscripts folded into c */
	long long c = m->pos, stride = 1;
	IrExpr *at = NULL;
	for (int d = 0; d < e->u.var.nidx; d++) {
		IrExpr *i = int_expr(S, e->u.var.idx[d]);
		int ok = 0;
		long long v = i->kind == IR_CONST_INT ? (long long)ir_const_int(i, &ok) : 0;
		if (ok) {
			c += (v - m->lo[d]) * stride;
		} else {
			c -= m->lo[d] * stride;
			IrExpr *t = stride != 1 ? add(S, i, ir_int(S->a, stride, e->loc), IR_MUL) : i;
			at = at ? add(S, at, t, IR_ADD) : t;
		}
		stride *= m->ext[d];
	}
	if (!at)
		at = ir_int(S->a, c, e->loc);
	else if (c)
		at = add(S, at, ir_int(S->a, c < 0 ? -c : c, e->loc), c < 0 ? IR_SUB : IR_ADD);
	at->type = TY_INT;
	IrExpr **idx = ir_alloc(S->a, sizeof *idx);
	idx[0] = at;
	e->u.var.sym = m->base;
	e->u.var.idx = idx;
	e->u.var.nidx = 1; /* a whole member (an actual argument): the element where it starts */
}

static void rewrite_expr_at(void *q, IrExpr **e);

static void rewrite_block_at(void *ctx, IrBlock *b)
{
	const Views *q = ctx;
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		const SemaView *m = s->kind == IR_DO ? view_of(q, s->u.do_.var->u.var.sym) : NULL;
		if (m && m->common)
			ir_error(s->u.do_.var->loc,
			         "the DO variable '%s' is in COMMON /%s/, which other routines lay out differently: "
			         "not supported (use a local variable as the DO variable)",
			         m->sym->name, m->common);
		else if (m)
			ir_error(s->u.do_.var->loc,
			         "the DO variable '%s' is in EQUIVALENCE, which is not supported (use another variable)",
			         m->sym->name);
		else
			ir_stmt_children(s, &(IrVisit){rewrite_expr_at, rewrite_block_at, (void *)q});
	}
}

static void rewrite_expr_at(void *q, IrExpr **e)
{
	if ((*e)->kind == IR_VAR)
		rewrite_var(q, *e); /* and its subscripts */
	else
		ir_expr_children(*e, &(IrVisit){rewrite_expr_at, rewrite_block_at, q});
}

static void rewrite_expr(const Views *q, IrExpr *e)
{
	if (e)
		rewrite_expr_at((void *)q, &e);
}

static void rewrite_block(const Views *q, IrBlock *b)
{
	rewrite_block_at((void *)q, b);
}

void sema_rewrite_views(Sema *S, IrUnit *u, const SemaView *v, int n)
{
	Views q = {S, v, n};
	/* the routine and its internal procedures (which may use the members by host
	 * association), with the bounds of their arrays (`real a(n)`, n a member) */
	for (int j = 0; j < S->all.n; j++) {
		IrUnit *c = S->all.v[j];
		if (c != u && c->host != u)
			continue;
		rewrite_block(&q, &c->body);
		for (int k = 0; k < c->syms.n; k++) {
			IrSym *s = c->syms.v[k];
			for (int d = 0; d < s->rank; d++) {
				rewrite_expr(&q, s->dims[d].lo);
				rewrite_expr(&q, s->dims[d].hi);
			}
		}
	}
}

/* The unit being resolved or a host of it has EQUIVALENCE: two names may be one storage there. */
int sema_has_equivalence(const Sema *S)
{
	for (const IrUnit *u = S->unit; u; u = u->host)
		for (int k = 0; k < u->decls.n; k++)
			if (((const IrDecl *)u->decls.v[k])->kind == DECL_EQUIVALENCE)
				return 1;
	return 0;
}

const SemaEquivCommon *sema_equiv_common_of(const Sema *S, const IrSym *s)
{
	for (int i = 0; i < S->equiv_common.n; i++)
		if (((const SemaEquivCommon *)S->equiv_common.v[i])->sym == s)
			return S->equiv_common.v[i];
	return NULL;
}

/* Where the storage of s starts: in COMMON, delta elements after anchor's start (1), or not
 * placed yet (0). */
static int placed(const Sema *S, IrSym *s, IrSym **anchor, long long *delta)
{
	if (s->kind == SYM_COMMON && !sema_equiv_common_of(S, s)) {
		*anchor = s;
		*delta = 0;
		return 1;
	}
	const SemaEquivCommon *p = sema_equiv_common_of(S, s);
	if (!p)
		return 0;
	*anchor = p->anchor;
	*delta = p->delta;
	return 1;
}

/* One group of u with a member placed in COMMON: its other members placed after it. 1 when the
 * group placed anything or had a place already (done), 0 when none of it is placed yet, -1 after
 * an error (reported). */
static int place_group(Sema *S, IrUnit *u, const IrDecl *d)
{
	Equiv q = {S, u, NULL, 0, 0};
	IrSym *syms[64];
	long long at[64];
	int n = d->nents < 64 ? d->nents : 64, k0 = -1, r = 0;
	IrSym *anchor = NULL;
	long long p0 = 0; /* the group's common point, in elements after anchor's start */
	for (int i = 0; i < n; i++) {
		const IrEntity *e = d->ents[i];
		syms[i] = ir_unit_lookup(u, e->name);
		if (!syms[i])
			goto out; /* (reported by sema_equivalence) */
		IrSym *a;
		long long delta;
		if (!placed(S, syms[i], &a, &delta))
			continue;
		Member *m = member_c(&q, syms[i], e->loc, 1);
		if (!m || (at[i] = anchor_of_ent(&q, m, e)) < 0) {
			r = -1;
			goto out;
		}
		if (k0 < 0) {
			k0 = i, anchor = a, p0 = delta + at[i];
			continue;
		}
		if (a != anchor && a->common && anchor->common && strcmp(a->common, anchor->common) != 0) {
			ir_error(e->loc,
			         "EQUIVALENCE of '%s' (COMMON /%s/) with '%s' (COMMON /%s/): two COMMON blocks cannot "
			         "share storage",
			         syms[i]->name, a->common, syms[k0]->name, anchor->common);
			r = -1;
			goto out;
		}
		if (a != anchor || delta + at[i] != p0) {
			ir_error(e->loc,
			         "this EQUIVALENCE contradicts the place COMMON /%s/ gives '%s' (Fortran forbids it: a "
			         "COMMON statement places the block's members)",
			         anchor->common, syms[i]->name);
			r = -1;
			goto out;
		}
	}
	if (k0 < 0)
		goto out;
	r = 1;
	for (int i = 0; i < n; i++) {
		IrSym *a;
		long long delta;
		if (placed(S, syms[i], &a, &delta))
			continue;
		const IrEntity *e = d->ents[i];
		Member *m = member(&q, syms[i], e->loc);
		if (!m || (at[i] = anchor_of_ent(&q, m, e)) < 0) {
			r = -1;
			continue;
		}
		if (syms[i]->type != anchor->type) {
			ir_error(e->loc,
			         "EQUIVALENCE of '%s' (%s) and '%s' (%s) is not supported: their storage would be read as "
			         "another type (copy the values with an assignment instead)",
			         syms[k0]->name, ir_base_name(anchor->type), syms[i]->name, ir_base_name(syms[i]->type));
			r = -1;
			continue;
		}
		SemaEquivCommon *pc = ir_alloc(S->a, sizeof *pc);
		*pc = (SemaEquivCommon){u, syms[i], anchor, p0 - at[i], e->loc};
		ir_vec_push(S->a, &S->equiv_common, pc);
		syms[i]->kind = SYM_COMMON;
		syms[i]->common = anchor->common;
	}
out:
	free(q.m);
	return r;
}

void sema_equiv_common(Sema *S)
{
	IrUnit *keep = S->unit;
	for (int i = 0; i < S->all.n; i++) {
		IrUnit *u = S->all.v[i];
		if (u->kind == UNIT_MODULE)
			continue;
		S->unit = u;
		for (int again = 1; again;) { /* until no group places more (classes joined through locals) */
			again = 0;
			for (int k = 0; k < u->decls.n; k++) {
				IrDecl *d = u->decls.v[k];
				int done = 0;
				for (int j = 0; j < S->equiv_done.n && !done; j++)
					done = S->equiv_done.v[j] == d;
				if (d->kind != DECL_EQUIVALENCE || done)
					continue;
				int r = place_group(S, u, d);
				if (r != 0) {
					ir_vec_push(S->a, &S->equiv_done, d);
					again |= r > 0;
				}
			}
		}
	}
	S->unit = keep;
}

void sema_equivalence(Sema *S)
{
	for (int i = 0; i < S->all.n; i++) {
		IrUnit *u = S->all.v[i];
		Equiv q = {S, u, NULL, 0, 0};
		int any = 0;
		for (int k = 0; k < u->decls.n; k++) {
			const IrDecl *d = u->decls.v[k];
			if (d->kind != DECL_EQUIVALENCE)
				continue;
			int done = 0; /* a group of a class in COMMON (sema_equiv_common) */
			for (int j = 0; j < S->equiv_done.n && !done; j++)
				done = S->equiv_done.v[j] == d;
			if (done)
				continue;
			if (!any && u->kind == UNIT_MODULE)
				ir_error(d->loc,
				         "EQUIVALENCE in a module is not supported (EQUIVALENCE is supported between "
				         "local variables of a routine)");
			any = 1;
			if (u->kind != UNIT_MODULE) {
				S->unit = u;
				group(&q, d);
			}
		}
		if (q.n) {
			layout(&q);
			SemaView *v = ir_alloc(S->a, sizeof *v * (size_t)q.n);
			for (int k = 0; k < q.n; k++) {
				const Member *m = &q.m[k];
				v[k] = (SemaView){m->sym, m->base, m->pos, {0}, {0}, NULL};
				memcpy(v[k].lo, m->lo, sizeof m->lo);
				memcpy(v[k].ext, m->ext, sizeof m->ext);
			}
			sema_rewrite_views(S, u, v, q.n);
		}
		free(q.m);
	}
}
