/*
 * scatter.c — a backward sweep's scattered increments, one stream per target (issue 12 §2).
 *
 * The adjoint of a gather stencil is a scatter: where the primal's cell i reads q(i-2) ... q(i+2),
 * the backward sweep's iteration i adds into qb(i-2) ... qb(i+2). Two iterations add into one
 * element, so the loop carries a dependence through memory and the C compiler runs it one element
 * at a time, every increment a load, an add and a store. This pass takes such increments out of
 * the loop: in an innermost loop of constant bounds and unit step, an adjoint array A whose only
 * uses in the loop are increments `A(s) = A(s) + e` at the top of the body (no other read, no
 * other write, subscripts that read nothing the loop assigns) gets one local array T per
 * subscript s (T indexed by the loop variable), when one such array is incremented at two or more
 * different subscripts (a scatter) and the body computes enough per stream to pay for it.
 * The loop stores e into T(i) (the sum of e's, for increments of one subscript in one
 * iteration); after it, one loop per subscript adds T(i) into A(s). Each is a plain stream, and
 * the main loop, left with no scatter, vectorizes.
 *
 * Why it is exact: nothing in the loop reads A, so deferring its increments to the end of the
 * loop changes only the order in which each element's contributions are summed: the gradient
 * changes by rounding, against stad without the pass. It is the same in every checkpoint
 * configuration (the backward sweep of a routine is the same code in all of them) and at -O0 and
 * -O2 (each stream adds one contribution per element: nothing for the compiler to reorder).
 * A routine whose dummies may alias (no `restrict`) is left as it is.
 */
#include "ad_int.h"

#include <string.h>

/* The total size of the stream arrays of one routine, at most: they live on the stack, every
 * loop's arrays in the routine's frame, and the backward sweeps of a call chain stack up (40
 * loops of 256 KB each overflowed an 8 MB stack; review s17) */
#define STREAM_BYTES_MAX (128 * 1024)
/* Operations per stream, at least: a stream costs a store, two loads and an add per element,
 * which a loop of little arithmetic does not win back by vectorizing (measured on the benchmark
 * models: ice's matvec ran more instructions with streams than without, bgc's advect fewer
 * instructions but 15 % more time) */
#define STREAM_OPS_MIN 6

/* Two symbols of the same storage: one symbol, or two names of one global. */
static int same_storage(const IrSym *x, const IrSym *y)
{
	if (x == y)
		return 1;
	if (ad_is_global(x) && ad_is_global(y))
		return !strcmp(x->name, y->name);
	return 0;
}

static int is_var_of(const IrExpr *e, const void *ctx)
{
	return e->kind == IR_VAR && same_storage(e->u.var.sym, ctx);
}

static int mentions(const IrExpr *e, const IrSym *s)
{
	return e && ir_expr_any(e, is_var_of, s);
}

/* A(s) = A(s) + e with e not reading A: the array A, or NULL. */
static IrSym *increment_of(const IrStmt *s)
{
	if (s->kind != IR_ASSIGN || s->u.assign.mask)
		return NULL;
	const IrExpr *l = s->u.assign.lhs, *r = s->u.assign.rhs;
	if (l->kind != IR_VAR || l->u.var.nidx == 0 || l->u.var.nidx != l->u.var.sym->rank)
		return NULL;
	IrSym *a = l->u.var.sym;
	if (!a->deriv || !ir_base_is_real(a->type) || a->allocatable)
		return NULL;
	if (r->kind != IR_BINARY || r->u.op.op != IR_ADD || !ir_expr_equal(r->u.op.a, l) || mentions(r->u.op.b, a))
		return NULL;
	for (int k = 0; k < l->u.var.nidx; k++)
		if (mentions(l->u.var.idx[k], a))
			return NULL;
	return a;
}

/* ---------------------------------------------------------------- what a loop body may hold */

typedef struct Scan {
	int bad;         /* a statement the pass does not move past (a call, a nested loop, I/O) */
	IrVec assigned;  /* symbols the body assigns (lhs roots, pops) */
	const IrSym *of; /* used_otherwise: the symbol looked for */
	int found;
} Scan;

static void scan_block(Scan *sc, IrArena *a, const IrBlock *b);

static void scan_stmt(Scan *sc, IrArena *a, const IrStmt *s)
{
	switch (s->kind) {
	case IR_ASSIGN:
		if (s->u.assign.mask || ir_expr_calls(s->u.assign.rhs) || s->u.assign.lhs->kind != IR_VAR)
			sc->bad = 1;
		else
			ir_vec_push(a, &sc->assigned, s->u.assign.lhs->u.var.sym);
		return;
	case IR_IF:
		for (int k = 0; k < s->u.if_.ncond; k++) {
			if (ir_expr_calls(s->u.if_.conds[k]))
				sc->bad = 1;
			scan_block(sc, a, &s->u.if_.blocks[k]);
		}
		scan_block(sc, a, &s->u.if_.else_);
		return;
	case IR_RT:
		switch (s->u.rt.kind) {
		case RT_POP:
		case RT_POP_CTRL:
			if (s->u.rt.e->kind == IR_VAR)
				ir_vec_push(a, &sc->assigned, s->u.rt.e->u.var.sym);
			else
				sc->bad = 1;
			return;
		case RT_PUSH:
		case RT_PUSH_CTRL: return;
		default: sc->bad = 1; return;
		}
	case IR_CONTINUE: return;
	default: sc->bad = 1; return;
	}
}

static void scan_block(Scan *sc, IrArena *a, const IrBlock *b)
{
	for (int i = 0; i < b->n && !sc->bad; i++)
		scan_stmt(sc, a, b->v[i]);
}

static void find_expr(void *ctx, IrExpr **e)
{
	Scan *sc = ctx;
	if (mentions(*e, sc->of))
		sc->found = 1;
}

static void find_block(void *ctx, IrBlock *b)
{
	Scan *sc = ctx;
	IrVisit v = {find_expr, find_block, sc};
	for (int i = 0; i < b->n && !sc->found; i++)
		ir_stmt_parts(b->v[i], &v);
}

/* Does the loop body mention a anywhere but in its top-level increments of a? */
static int used_otherwise(IrBlock *body, const IrSym *a)
{
	Scan sc = {0};
	sc.of = a;
	IrVisit v = {find_expr, find_block, &sc};
	for (int i = 0; i < body->n && !sc.found; i++) {
		IrStmt *s = body->v[i];
		IrSym *t = increment_of(s);
		if (t && same_storage(t, a))
			continue;
		ir_stmt_parts(s, &v);
	}
	return sc.found;
}

/* ---------------------------------------------------------------- the rewrite */

typedef struct Group {
	IrSym *a;       /* the array */
	IrExpr *target; /* A(s) as the first increment writes it */
	IrSym *t;       /* the stream: T(lo:hi) */
} Group;

static int is_op(const IrExpr *e, const void *ctx)
{
	int *n = (int *)ctx;
	if (e->kind == IR_BINARY || e->kind == IR_UNARY || e->kind == IR_INTRIN)
		++*n;
	return 0;
}

static void count_refs(void *ctx, IrExpr **e)
{
	Scan *sc = ctx;
	if (ir_expr_any(*e, is_var_of, sc->of))
		sc->found++;
}

static void count_refs_block(void *ctx, IrBlock *b)
{
	IrVisit v = {count_refs, count_refs_block, ctx};
	for (int i = 0; i < b->n; i++)
		ir_stmt_parts(b->v[i], &v);
}

/* Is the scalar s, assigned in the loop body, read there? (A temporary the adjoint does not need
 * is still recomputed in the backward sweep, and the C compiler drops it.) */
static int read_in(IrBlock *body, const IrSym *s)
{
	Scan sc = {0};
	sc.of = s;
	count_refs_block(&sc, body);
	int writes = 0;
	for (int i = 0; i < body->n; i++) {
		const IrStmt *t = body->v[i];
		if (t->kind == IR_ASSIGN && t->u.assign.lhs->kind == IR_VAR && t->u.assign.lhs->u.var.sym == s &&
		    t->u.assign.lhs->u.var.nidx == 0 && !mentions(t->u.assign.rhs, s))
			writes++;
	}
	return sc.found > writes;
}

/* The operations of the loop body's right-hand sides and conditions, but those of scalars it
 * never reads. */
static void count_ops(IrBlock *body, const IrBlock *b, int *n)
{
	for (int i = 0; i < b->n; i++) {
		const IrStmt *s = b->v[i];
		if (s->kind == IR_ASSIGN) {
			const IrExpr *l = s->u.assign.lhs;
			if (l->kind == IR_VAR && l->u.var.nidx == 0 && !read_in(body, l->u.var.sym))
				continue;
			/* an increment's own addition is the stream's work */
			ir_expr_any(increment_of(s) ? s->u.assign.rhs->u.op.b : s->u.assign.rhs, is_op, n);
		} else if (s->kind == IR_IF) {
			for (int k = 0; k < s->u.if_.ncond; k++) {
				ir_expr_any(s->u.if_.conds[k], is_op, n);
				count_ops(body, &s->u.if_.blocks[k], n);
			}
			count_ops(body, &s->u.if_.else_, n);
		}
	}
}

/* Rewrites the loop s (an IR_DO of b at position at) when it qualifies: the streams are added to
 * b after it. Returns the number of statements now standing for s. */
static int stream_loop(Ad *ad, IrUnit *u, IrBlock *b, int at, int64_t *left)
{
	IrArena *a = ad->a;
	IrStmt *s = b->v[at];
	IrLoc L = s->loc;
	int ok1 = 0, ok2 = 0, ok3 = 1;
	int64_t lo = ir_const_int(s->u.do_.lo, &ok1), hi = ir_const_int(s->u.do_.hi, &ok2);
	int64_t st = s->u.do_.step ? ir_const_int(s->u.do_.step, &ok3) : 1;
	if (!ok1 || !ok2 || !ok3 || (st != 1 && st != -1) || s->u.do_.var->kind != IR_VAR)
		return 1;
	int64_t trip = (hi - lo + st) / st;
	if (trip <= 0)
		return 1;
	int64_t vmin = st > 0 ? lo : lo - (trip - 1), vmax = vmin + trip - 1;
	IrSym *var = s->u.do_.var->u.var.sym;
	IrBlock *body = &s->u.do_.body;
	Scan sc = {0};
	scan_block(&sc, a, body);
	if (sc.bad)
		return 1;
	/* the arrays that qualify, and their subscripts */
	IrVec groups = {0};
	IrVec arrays = {0}, rejected = {0};
	int scatter = 0; /* an array incremented at two subscripts or more */
	for (int i = 0; i < body->n; i++) {
		IrSym *arr = increment_of(body->v[i]);
		if (!arr)
			continue;
		int seen = 0;
		for (int k = 0; k < arrays.n && !seen; k++)
			seen = same_storage(arrays.v[k], arr);
		for (int k = 0; k < rejected.n && !seen; k++)
			seen = same_storage(rejected.v[k], arr);
		if (seen)
			continue;
		int ok = !used_otherwise(body, arr);
		/* nor do its bounds (the C reads them to place an element) */
		for (int d = 0; d < arr->rank && ok; d++)
			for (int k = 0; k < sc.assigned.n && ok; k++)
				if (mentions(arr->dims[d].lo, sc.assigned.v[k]) || mentions(arr->dims[d].hi, sc.assigned.v[k]))
					ok = 0;
		/* every subscript of its increments reads nothing the loop assigns */
		for (int j = i; j < body->n && ok; j++) {
			IrSym *t = increment_of(body->v[j]);
			if (!t || !same_storage(t, arr))
				continue;
			const IrExpr *l = ((IrStmt *)body->v[j])->u.assign.lhs;
			for (int d = 0; d < l->u.var.nidx && ok; d++)
				for (int k = 0; k < sc.assigned.n && ok; k++)
					if (mentions(l->u.var.idx[d], sc.assigned.v[k]))
						ok = 0;
		}
		ir_vec_push(a, ok ? &arrays : &rejected, arr);
	}
	for (int k = 0; k < arrays.n; k++) {
		IrSym *arr = arrays.v[k];
		IrVec mine = {0};
		for (int i = 0; i < body->n; i++) {
			IrStmt *t = body->v[i];
			IrSym *x = increment_of(t);
			if (!x || !same_storage(x, arr))
				continue;
			int found = 0;
			for (int g = 0; g < mine.n && !found; g++)
				found = ir_expr_equal(((Group *)mine.v[g])->target, t->u.assign.lhs);
			if (!found) {
				Group *g = ir_alloc(a, sizeof *g);
				g->a = arr;
				g->target = t->u.assign.lhs;
				ir_vec_push(a, &mine, g);
			}
		}
		scatter |= mine.n > 1;
		for (int g = 0; g < mine.n; g++)
			ir_vec_push(a, &groups, mine.v[g]);
	}
	/* without a scatter there is nothing to gain; with one, the arrays incremented at one
	 * subscript become streams too: an increment left in the loop, of a module variable say,
	 * may alias what the loop reads through a dummy, and the compiler gives up the loop */
	if (!scatter || (int64_t)groups.n * trip * 8 > *left)
		return 1;
	int nops = 0;
	count_ops(body, body, &nops);
	if (nops < STREAM_OPS_MIN * groups.n)
		return 1;
	*left -= (int64_t)groups.n * trip * 8;
	for (int g = 0; g < groups.n; g++) {
		Group *gr = groups.v[g];
		gr->t = ad_new_local(ad, u, ir_sprintf(a, "%s_add", gr->a->name), gr->a->type);
		gr->t->rank = 1;
		gr->t->dims[0].lo = ir_int(a, vmin, L);
		gr->t->dims[0].hi = ir_int(a, vmax, L);
	}
	/* the loop: each increment stores into its stream (the first of an iteration) or adds */
	IrBlock nb = {0};
	int *started = ir_alloc(a, sizeof(int) * (size_t)groups.n);
	for (int i = 0; i < body->n; i++) {
		IrStmt *t = body->v[i];
		IrSym *x = increment_of(t);
		int g = -1;
		for (int k = 0; x && k < groups.n && g < 0; k++)
			if (ir_expr_equal(((Group *)groups.v[k])->target, t->u.assign.lhs))
				g = k;
		if (g < 0) {
			ir_block_add(a, &nb, t);
			continue;
		}
		Group *gr = groups.v[g];
		IrExpr *iv = ir_var(a, var, NULL, 0, L);
		IrExpr **ix = ir_alloc(a, sizeof *ix);
		ix[0] = iv;
		IrExpr *elt = ir_var(a, gr->t, ix, 1, t->loc);
		IrExpr *e = t->u.assign.rhs->u.op.b;
		if (started[g])
			e = ir_binop(a, IR_ADD, ir_expr_copy(a, elt), e, t->loc);
		started[g] = 1;
		ir_block_add(a, &nb, ir_assign(a, elt, e, t->loc));
	}
	s->u.do_.body = nb;
	/* the streams, in the order of their first increments; then the loop variable as the loop
	 * left it */
	IrBlock out = {0};
	for (int i = 0; i <= at; i++)
		ir_block_add(a, &out, b->v[i]);
	for (int g = 0; g < groups.n; g++) {
		Group *gr = groups.v[g];
		IrStmt *d = ir_stmt_new(a, IR_DO, L);
		d->u.do_.var = ir_var(a, var, NULL, 0, L);
		d->u.do_.lo = ir_int_kind(a, vmin, var->type, L);
		d->u.do_.hi = ir_int_kind(a, vmax, var->type, L);
		IrExpr **ix = ir_alloc(a, sizeof *ix);
		ix[0] = ir_var(a, var, NULL, 0, L);
		IrExpr *inc = ir_binop(a, IR_ADD, ir_expr_copy(a, gr->target), ir_var(a, gr->t, ix, 1, L), L);
		inc->type = gr->a->type;
		ir_block_add(a, &d->u.do_.body, ir_assign(a, ir_expr_copy(a, gr->target), inc, L));
		ir_block_add(a, &out, d);
	}
	ir_block_add(a, &out, ir_assign(a, ir_var(a, var, NULL, 0, L), ir_int_kind(a, lo + trip * st, var->type, L), L));
	int added = out.n - at;
	for (int i = at + 1; i < b->n; i++)
		ir_block_add(a, &out, b->v[i]);
	*b = out;
	return added;
}

static void stream_block(Ad *ad, IrUnit *u, IrBlock *b, int64_t *left);

static void stream_inner(void *ctx, IrBlock *b)
{
	void **c = ctx;
	stream_block(c[0], c[1], b, c[2]);
}

static void stream_block(Ad *ad, IrUnit *u, IrBlock *b, int64_t *left)
{
	for (int i = 0; i < b->n;) {
		IrStmt *s = b->v[i];
		if (s->kind == IR_DO) {
			/* innermost first: a loop that holds a loop is not rewritten itself */
			stream_block(ad, u, &s->u.do_.body, left);
			i += stream_loop(ad, u, b, i, left);
			continue;
		}
		void *ctx[3] = {ad, u, left};
		IrVisit v = {NULL, stream_inner, ctx};
		ir_stmt_parts(s, &v);
		i++;
	}
}

void ad_stream_increments(Ad *ad, IrUnit *bwd)
{
	if (bwd->no_restrict)
		return;
	int64_t left = STREAM_BYTES_MAX; /* the routine's, shared by its loops */
	stream_block(ad, bwd, &bwd->body, &left);
}
