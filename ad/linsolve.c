/*
 * linsolve.c — `!$AD LINEAR-SOLVE x=u b=r apply=amul symmetric` before the CALL of a solver of
 * A(p) u = r: what reverse and tangent mode share.
 *
 * At the converged solution u* (A u* = r on the elements S of u the solver writes; the others,
 * N, are boundary values it only reads), with amul computing y = A x:
 *   adjoint   A^T lambda = ub (the solver itself, A symmetric, from u = 0: lambda_N = 0);
 *             rb += lambda; (p, u)b += the adjoint of y = A(p) x at x = u* with yb = -lambda.
 *             On S, ub - (A^T lambda)_S = 0 up to the solver's tolerance (the warm start has no
 *             derivative at convergence); on N it is ub_N - A_SN^T lambda, exact.
 *   tangent   d = A^-1 (rd - yd), yd = Ad u* + A ud (amul's tangent at u*, with ud as it is
 *             before the call); ud += d. On S that is A^-1 (rd - Ad u* - A_SN ud_N); on N, d = 0.
 * So the solver runs untaped and the derivative costs one solve and one application of amul's
 * derivative; exact only at convergence. The reverse sweeps are in reverse.c (fwd_linsolve,
 * bwd_linsolve); the copies of u and r live in locals of u's (constant) bounds.
 */
#include "ad_int.h"

#include <string.h>

IrDirective *ad_linsolve_dir(const IrStmt *s)
{
	for (int i = 0; i < s->ndirs; i++)
		if (s->dirs[i]->kind == DIR_LINSOLVE)
			return s->dirs[i];
	return NULL;
}

/* Does the call read (set = the callee's reads) or write v, through an actual or as a global? */
static int call_touches(const IrStmt *s, IrSym *v, Bits set)
{
	IrUnit *q = s->u.call.callee;
	IrSym *cv = ad_canon(v);
	if (ad_is_global(cv) && ad_bits_get(set, cv->id))
		return 1;
	for (int k = 0; k < s->u.call.nargs && k < q->nargs; k++) {
		IrSym *root = ad_root(s->u.call.args[k]);
		if (root && ad_canon(root) == cv && ad_bits_get(set, q->args[k]->id))
			return 1;
	}
	return 0;
}

static int const_bounds(const IrSym *v)
{
	for (int d = 0; d < v->rank; d++) {
		int ok = 1, ok2 = v->dims[d].hi != NULL;
		if (v->dims[d].lo)
			ad_fold_int(v->dims[d].lo, &ok);
		if (ok2)
			ad_fold_int(v->dims[d].hi, &ok2);
		if (!ok || !ok2)
			return 0;
	}
	return 1;
}

static int same_bounds(const IrSym *x, const IrSym *y)
{
	if (x->rank != y->rank || x->type != y->type)
		return 0;
	for (int d = 0; d < x->rank; d++) {
		int ok;
		int64_t a = x->dims[d].lo ? ad_fold_int(x->dims[d].lo, &ok) : 1;
		int64_t b = y->dims[d].lo ? ad_fold_int(y->dims[d].lo, &ok) : 1;
		if (a != b || ad_fold_int(x->dims[d].hi, &ok) != ad_fold_int(y->dims[d].hi, &ok))
			return 0;
	}
	return 1;
}

static IrVec solver_writes(Ad *ad, const IrStmt *s, const IrDirective *d);
static void check_outputs_read(Ad *ad, IrUnit *caller, const IrStmt *s, const IrDirective *d);

/* Does m take (x, y), two REAL dummies of x's rank (explicit or assumed shape: then each is
 * followed by its hidden extents, sema_decl.c)? */
static int apply_shaped(const IrUnit *m, const IrSym *x)
{
	int n = 0;
	for (int k = 0; k < m->nargs; k++) {
		const IrSym *a = m->args[k];
		if (a->extent_of)
			continue;
		if (n == 2 || a->rank != x->rank || !ir_base_is_real(a->type))
			return 0;
		n++;
	}
	return n == 2;
}

/* The extent of dimension d of v, hi - lo + 1, in v's own bound expressions. */
static IrExpr *extent(IrArena *a, const IrSym *v, int d, IrLoc L)
{
	IrExpr *hi = ir_expr_copy(a, v->dims[d].hi);
	if (!v->dims[d].lo)
		return hi;
	return ir_binop(a, IR_ADD, ir_binop(a, IR_SUB, hi, ir_expr_copy(a, v->dims[d].lo), L), ir_int(a, 1, L), L);
}

IrExpr **ad_linsolve_apply_args(Ad *ad, const IrUnit *m, IrSym *const v[2], IrSym *const dv[2], IrLoc L, int *n)
{
	IrArena *a = ad->a;
	IrExpr **args = ir_alloc(a, sizeof *args * (size_t)(2 * m->nargs + 1));
	int j = 0, k2 = 0;
	for (int k = 0; k < m->nargs; k++) {
		const IrSym *x = m->args[k];
		if (x->extent_of) { /* after its dummy (and that dummy's derivative) */
			args[j++] = extent(a, v[k2 - 1], x->extent_dim, L);
			continue;
		}
		args[j++] = ir_var(a, v[k2], NULL, 0, L);
		if (dv)
			args[j++] = ir_var(a, dv[k2], NULL, 0, L);
		k2++;
	}
	*n = j;
	return args;
}

void ad_linsolve_check(Ad *ad, IrUnit *caller, IrStmt *s)
{
	IrDirective *d = ad_linsolve_dir(s);
	if (!d || !d->ls_x || !d->ls_b || !d->ls_apply)
		return; /* refused by sema already */
	IrUnit *q = s->u.call.callee, *m = NULL;
	UnitInfo *qi = ad_info(q);
	for (int i = 0; i < ad->units.n && !m; i++)
		if (!strcmp(((IrUnit *)ad->units.v[i])->name, d->ls_apply))
			m = ad->units.v[i];
	IrSym *x = d->ls_x, *b = d->ls_b;
	if (q->ext) {
		ir_error(d->loc, "!$AD LINEAR-SOLVE: '%s' is a routine without source: the solver must be Fortran stad reads",
		         q->name);
		return;
	}
	if (!m || m->ext) {
		ir_error(d->loc,
		         "!$AD LINEAR-SOLVE: apply=%s names no routine of the differentiated code (name the routine "
		         "y = A x that the solver '%s' calls)",
		         d->ls_apply, q->name);
		return;
	}
	if (!call_touches(s, x, qi->writes)) {
		ir_error(d->loc, "!$AD LINEAR-SOLVE: the solution x=%s is not written by the call of '%s'", x->name, q->name);
		return;
	}
	if (!call_touches(s, b, qi->reads)) {
		ir_error(d->loc, "!$AD LINEAR-SOLVE: the right-hand side b=%s is not read by the call of '%s'", b->name, q->name);
		return;
	}
	if (!const_bounds(x) || !same_bounds(x, b)) {
		ir_error(d->loc,
		         "!$AD LINEAR-SOLVE: x=%s and b=%s must be variables of one type with the same constant bounds "
		         "(the derivative keeps copies of them)",
		         x->name, b->name);
		return;
	}
	if (!apply_shaped(m, x)) {
		ir_error(d->loc,
		         "!$AD LINEAR-SOLVE: apply=%s must be a subroutine of two arguments (x, y), y = A x, each shaped "
		         "like %s; A's coefficients come from module or COMMON variables",
		         m->name, x->name);
		return;
	}
	IrUnit *mt = d->ls_transpose ? ir_find_unit(ad->p, d->ls_transpose) : NULL;
	if (d->ls_transpose && (!mt || mt->ext || mt->kind != UNIT_SUBROUTINE || !apply_shaped(mt, x))) {
		ir_error(d->loc,
		         "!$AD LINEAR-SOLVE: transpose=%s must be a subroutine with source of two arguments (x, y), "
		         "y = A^T x, each shaped like %s (as apply=%s is)",
		         d->ls_transpose, x->name, m->name);
		return;
	}
	if (!ad_active(ad, x))
		return; /* no derivative flows through the solution: an ordinary call */
	int ky = 1;
	while (ky < m->nargs && m->args[ky]->extent_of)
		ky++;
	if (!ad_has_darg(ad, m, 0) || !ad_has_darg(ad, m, ky)) {
		ir_error(d->loc,
		         "!$AD LINEAR-SOLVE: the arguments of apply=%s are not active (it must be the routine the "
		         "solver applies to its active vectors)",
		         m->name);
		return;
	}
	check_outputs_read(ad, caller, s, d);
	d->ls_unit = m;
	d->ls_tunit = mt;
}

/* ---------------------------------------------------------------- outputs besides x
 *
 * The solve gives x its derivative; whatever else the solver writes (a residual or its norm,
 * the last search direction, a work vector) keeps the primal's value and gets none. Such a REAL
 * variable read after the call, into something active, before it is written again would have a
 * wrong derivative (trial s16: documented, unchecked): refused at the read. The walk follows the
 * caller's statements after the call (and around the loops that hold it); a whole-variable
 * assignment on every path (in a block holding the call) ends a variable's watch. A call under
 * LINEAR-SOLVE takes its work vectors as scratch; other calls read what their read sets say.
 * What the caller's callers read after it returns is not checked (README). */
typedef struct After {
	Ad *ad;
	IrVec cand; /* IrSym*: the solver's outputs still watched */
	IrSym *hit;
	IrLoc at;
	int any; /* any read counts (conditions, passive values), not only into active values */
} After;

static IrSym *watched(const After *A, IrSym *v)
{
	IrSym *cv = v ? ad_canon(v) : NULL;
	for (int i = 0; cv && i < A->cand.n; i++)
		if (ad_canon(A->cand.v[i]) == cv)
			return A->cand.v[i];
	return NULL;
}

static void watched_id(void *ctx, int id)
{
	After *A = ctx;
	for (int i = 0; !A->hit && i < A->cand.n; i++)
		if (ad_canon(A->cand.v[i])->id == id)
			A->hit = A->cand.v[i];
}

static int after_block(After *A, const IrBlock *b, int from, int kills);

/* The globals routine q reads, through its statements and the calls other than under
 * LINEAR-SOLVE (a routine calling a solver does not read the solver's work vectors: trial of
 * this check on the random programs); writes alone are not reads. A cycle of calls, or a
 * routine without source, gives its whole read set. */
typedef struct LsReads {
	Ad *ad;
	Bits b;
} LsReads;

static Bits ls_reads(Ad *ad, IrUnit *q);

static void ls_reads_id(void *ctx, int id)
{
	ad_bits_set(((LsReads *)ctx)->b, id);
}

static void ls_reads_slot(void *ctx, IrExpr **e)
{
	ad_walk_vars(*e, ls_reads_id, ctx);
}

static int ls_reads_stmt(void *ctx, IrStmt *s)
{
	LsReads *R = ctx;
	if (s->kind == IR_ASSIGN) {
		const IrExpr *l = s->u.assign.lhs;
		ad_walk_vars(s->u.assign.rhs, ls_reads_id, R);
		for (int i = 0; l->kind == IR_VAR && i < l->u.var.nidx; i++)
			ad_walk_vars(l->u.var.idx[i], ls_reads_id, R);
		return 0;
	}
	if (s->kind != IR_CALL) {
		ir_stmt_children(s, &(IrVisit){ls_reads_slot, NULL, R}); /* (its blocks: ir_block_find) */
		return 0;
	}
	IrUnit *c = s->u.call.callee;
	if (ad_linsolve_dir(s) || !c)
		return 0;
	UnitInfo *ci = ad_info(c);
	for (int k = 0; k < s->u.call.nargs; k++) {
		const IrExpr *e = s->u.call.args[k];
		if (!e)
			continue;
		if (e->kind != IR_VAR || k >= c->nargs || ad_bits_get(ci->reads, c->args[k]->id))
			ad_walk_vars(e, ls_reads_id, R);
		else
			for (int i = 0; i < e->u.var.nidx; i++)
				ad_walk_vars(e->u.var.idx[i], ls_reads_id, R);
	}
	ad_bits_or(R->b, ls_reads(R->ad, c));
	return 0;
}

static Bits ls_reads(Ad *ad, IrUnit *q)
{
	UnitInfo *qi = ad_info(q);
	if (q->ext || qi->ls_reads_state == 1)
		return qi->reads;
	if (qi->ls_reads_state == 2)
		return qi->ls_reads;
	qi->ls_reads_state = 1;
	LsReads R = {ad, ad_bits_sparse(ad->a)};
	ir_block_find(&q->body, ls_reads_stmt, &R);
	qi->ls_reads = R.b;
	qi->ls_reads_state = 2;
	return R.b;
}

static int after_stmt(After *A, const IrStmt *s, int kills)
{
	switch (s->kind) {
	case IR_ASSIGN: {
		const IrExpr *l = s->u.assign.lhs;
		if (A->any || ad_active(A->ad, ad_root(l))) {
			ad_walk_vars(s->u.assign.rhs, watched_id, A);
			for (int i = 0; l->kind == IR_VAR && i < l->u.var.nidx; i++)
				ad_walk_vars(l->u.var.idx[i], watched_id, A);
		}
		if (A->hit) {
			A->at = s->loc;
			return 1;
		}
		IrSym *w = kills && l->kind == IR_VAR && !l->u.var.nidx ? watched(A, l->u.var.sym) : NULL;
		for (int i = 0; w && i < A->cand.n; i++)
			if (A->cand.v[i] == w)
				A->cand.v[i--] = A->cand.v[--A->cand.n];
		return 0;
	}
	case IR_CALL: {
		if (ad_linsolve_dir(s))
			return 0;
		IrUnit *q = s->u.call.callee;
		UnitInfo *qi = q ? ad_info(q) : NULL;
		for (int k = 0; qi && k < s->u.call.nargs && !A->hit; k++) {
			IrSym *v = watched(A, ad_root(s->u.call.args[k]));
			if (v && k < q->nargs && ad_bits_get(qi->reads, q->args[k]->id))
				A->hit = v;
			else if (!v && s->u.call.args[k] && s->u.call.args[k]->kind != IR_VAR)
				ad_walk_vars(s->u.call.args[k], watched_id, A);
		}
		Bits gr = qi ? ls_reads(A->ad, q) : (Bits){0};
		for (int i = 0; qi && i < A->cand.n && !A->hit; i++) {
			IrSym *cv = ad_canon(A->cand.v[i]);
			if (ad_is_global(cv) && ad_bits_get(gr, cv->id))
				A->hit = A->cand.v[i];
		}
		if (A->hit)
			A->at = s->loc;
		return A->hit != NULL;
	}
	case IR_IF:
		for (int k = 0; k < s->u.if_.ncond; k++) {
			if (A->any)
				ad_walk_vars(s->u.if_.conds[k], watched_id, A);
			if (A->hit) {
				A->at = s->loc;
				return 1;
			}
			if (after_block(A, &s->u.if_.blocks[k], 0, 0))
				return 1;
		}
		return after_block(A, &s->u.if_.else_, 0, 0);
	case IR_DO:
		if (A->any) {
			ad_walk_vars(s->u.do_.lo, watched_id, A);
			ad_walk_vars(s->u.do_.hi, watched_id, A);
			ad_walk_vars(s->u.do_.step, watched_id, A);
		}
		if (A->hit) {
			A->at = s->loc;
			return 1;
		}
		return after_block(A, &s->u.do_.body, 0, 0);
	case IR_DOWHILE:
		if (A->any)
			ad_walk_vars(s->u.dowhile.cond, watched_id, A);
		if (A->hit) {
			A->at = s->loc;
			return 1;
		}
		return after_block(A, &s->u.dowhile.body, 0, 0);
	case IR_BLOCK: return after_block(A, &s->u.block, 0, kills);
	default: return 0;
	}
}

static int after_block(After *A, const IrBlock *b, int from, int kills)
{
	for (int i = from; i < b->n && A->cand.n; i++)
		if (after_stmt(A, b->v[i], kills))
			return 1;
	return 0;
}

/* The blocks from b down to the one holding s (path[0] = b), with s's or the next level's
 * position in each; returns the depth, 0 if s is not in b. */
enum { AFTER_DEPTH = 64 };
typedef struct AfterPath {
	const IrBlock *blk[AFTER_DEPTH];
	const IrStmt *owner[AFTER_DEPTH]; /* the statement whose block blk is (NULL: the body) */
	int at[AFTER_DEPTH];
} AfterPath;

static int find_path(AfterPath *P, int lv, const IrBlock *b, const IrStmt *owner, const IrStmt *s)
{
	if (lv >= AFTER_DEPTH)
		return 0;
	P->blk[lv] = b;
	P->owner[lv] = owner;
	for (int i = 0; i < b->n; i++) {
		const IrStmt *t = b->v[i];
		P->at[lv] = i;
		if (t == s)
			return lv + 1;
		int n = 0;
		switch (t->kind) {
		case IR_IF:
			for (int k = 0; k < t->u.if_.ncond && !n; k++)
				n = find_path(P, lv + 1, &t->u.if_.blocks[k], t, s);
			if (!n)
				n = find_path(P, lv + 1, &t->u.if_.else_, t, s);
			break;
		case IR_DO: n = find_path(P, lv + 1, &t->u.do_.body, t, s); break;
		case IR_DOWHILE: n = find_path(P, lv + 1, &t->u.dowhile.body, t, s); break;
		case IR_BLOCK: n = find_path(P, lv + 1, &t->u.block, t, s); break;
		default: break;
		}
		if (n)
			return n;
	}
	return 0;
}

static void check_outputs_read(Ad *ad, IrUnit *caller, const IrStmt *s, const IrDirective *d)
{
	if (!caller)
		return;
	After A = {ad, {0}, NULL, {0}, 0};
	IrVec w = solver_writes(ad, s, d);
	IrUnit *q = s->u.call.callee;
	for (int i = 0; i < w.n; i++)
		if (ad_active(ad, w.v[i]))
			ir_vec_push(ad->a, &A.cand, w.v[i]);
	if (ad_active(ad, d->ls_b) && call_touches(s, d->ls_b, ad_info(q)->writes))
		ir_vec_push(ad->a, &A.cand, d->ls_b);
	AfterPath P;
	int depth = find_path(&P, 0, &caller->body, NULL, s);
	for (int lv = depth - 1; lv >= 0 && A.cand.n; lv--) {
		const IrStmt *o = P.owner[lv];
		if (after_block(&A, P.blk[lv], P.at[lv] + 1, 1))
			break;
		if (o && (o->kind == IR_DO || o->kind == IR_DOWHILE) && after_block(&A, P.blk[lv], 0, 0))
			break; /* the next iteration's statements before the call */
	}
	if (A.hit)
		ir_error(A.at,
		         "'%s' is written by the solver '%s' under !$AD LINEAR-SOLVE (line %d) and read here, but only the "
		         "solution x=%s gets a derivative from the solve: compute it after the call from %s (a residual "
		         "as b - A x), or write it before this read, or remove the directive to tape the solver",
		         A.hit->name, q->name, d->loc.line, d->ls_x->name, d->ls_x->name);
}

IrVec ad_linsolve_vars(Ad *ad, const IrVec *snap, const IrDirective *d)
{
	IrVec v = {0};
	for (int i = 0; i < snap->n; i++)
		ir_vec_push(ad->a, &v, snap->v[i]);
	IrSym *xs[2] = {d->ls_x, d->ls_b};
	for (int k = 0; k < 2; k++) {
		int have = 0;
		for (int i = 0; i < v.n; i++)
			have |= ad_canon(v.v[i]) == ad_canon(xs[k]);
		if (!have)
			ir_vec_push(ad->a, &v, xs[k]);
	}
	return v;
}

IrSym *ad_linsolve_temp(Ad *ad, IrUnit *owner, const IrSym *like, const char *base)
{
	IrSym *t = ad_new_local(ad, owner, base, like->type);
	t->rank = like->rank;
	for (int k = 0; k < like->rank; k++) {
		t->dims[k].lo = like->dims[k].lo ? ir_expr_copy(ad->a, like->dims[k].lo) : NULL;
		t->dims[k].hi = ir_expr_copy(ad->a, like->dims[k].hi);
	}
	return t;
}

void ad_linsolve_copy(Ad *ad, IrUnit *owner, IrSym *dst, IrSym *src, int op, IrLoc L, IrBlock *out)
{
	IrArena *a = ad->a;
	int n = dst->rank;
	IrSym **iv = ir_alloc(a, sizeof *iv * (size_t)(n + 1));
	IrExpr **i1 = ir_alloc(a, sizeof *i1 * (size_t)(n + 1)), **i2 = ir_alloc(a, sizeof *i2 * (size_t)(n + 1)),
	       **i3 = ir_alloc(a, sizeof *i3 * (size_t)(n + 1));
	for (int k = 0; k < n; k++) {
		iv[k] = ad_new_local(ad, owner, "ls_i", TY_INT);
		i1[k] = ir_var(a, iv[k], NULL, 0, L);
		i2[k] = ir_var(a, iv[k], NULL, 0, L);
		i3[k] = ir_var(a, iv[k], NULL, 0, L);
	}
	IrExpr *sv = ir_var(a, src, n ? i2 : NULL, n, L);
	IrExpr *dv = ir_var(a, dst, n ? i3 : NULL, n, L);
	IrExpr *rhs = op == LS_COPY ? sv
	        : op == LS_NEG      ? ir_unop(a, IR_NEG, sv, L)
	        : op == LS_ADD      ? ir_binop(a, IR_ADD, dv, sv, L)
	                            : ir_binop(a, IR_SUB, dv, sv, L);
	IrStmt *st = ir_assign(a, ir_var(a, dst, n ? i1 : NULL, n, L), rhs, L);
	for (int k = 0; k < n; k++) {
		IrStmt *lp = ir_stmt_new(a, IR_DO, L);
		lp->u.do_.var = ir_var(a, iv[k], NULL, 0, L);
		lp->u.do_.lo = dst->dims[k].lo ? ir_expr_copy(a, dst->dims[k].lo) : ir_int(a, 1, L);
		lp->u.do_.hi = ir_expr_copy(a, dst->dims[k].hi);
		ir_block_add(a, &lp->u.do_.body, st);
		st = lp;
	}
	ir_block_add(a, out, st);
}

static IrStmt *call_unit(Ad *ad, IrUnit *q, IrExpr **args, int n, const IrStmt *s)
{
	IrStmt *c = ir_call(ad->a, q->name, args, n, s->loc);
	c->u.call.callee = q;
	c->u.call.site = s->u.call.site;
	return c;
}

static void keep_add(Ad *ad, IrVec *keep, IrSym *v, const IrDirective *d)
{
	IrSym *cv = ad_canon(v);
	if (cv == ad_canon(d->ls_x) || cv == ad_canon(d->ls_b))
		return;
	for (int i = 0; i < keep->n; i++)
		if (ad_canon(keep->v[i]) == cv)
			return;
	ir_vec_push(ad->a, keep, v);
}

/* What the solver call writes besides x and b: its iteration count, a module counter, its work
 * vectors. The tangent runs the solver once more (for d); these keep the first run's values, as
 * the primal leaves them (trial s16: the second run's count reached the caller). */
static IrVec solver_writes(Ad *ad, const IrStmt *s, const IrDirective *d)
{
	IrUnit *q = s->u.call.callee;
	Bits w = ad_info(q)->writes;
	IrVec keep = {0};
	for (int k = 0; k < s->u.call.nargs && k < q->nargs; k++) {
		IrSym *root = ad_root(s->u.call.args[k]);
		if (root && ad_bits_get(w, q->args[k]->id))
			keep_add(ad, &keep, root, d);
	}
	for (int i = 0; i < ad->p->units.n; i++) {
		IrUnit *m = ad->p->units.v[i];
		for (int k = 0; m->kind == UNIT_MODULE && k < m->syms.n; k++) {
			IrSym *g = m->syms.v[k];
			if (g->kind == SYM_MODULE && !g->shadow && ad_bits_get(w, ad_canon(g)->id))
				keep_add(ad, &keep, g, d);
		}
	}
	for (int i = 0; i < ad->p->commons.n; i++) {
		const IrCommon *c = ad->p->commons.v[i];
		for (int k = 0; k < c->members.n; k++)
			if (ad_bits_get(w, ((IrSym *)c->members.v[k])->id))
				keep_add(ad, &keep, c->members.v[k], d);
	}
	return keep;
}

void ad_linsolve_tangent(Ad *ad, IrUnit *owner, const IrStmt *s, IrBlock *out)
{
	IrArena *a = ad->a;
	IrLoc L = s->loc;
	IrDirective *d = ad_linsolve_dir(s);
	IrSym *x = d->ls_x, *b = d->ls_b, *xd = ad_dsym(ad, x), *bd = ad_active(ad, b) ? ad_dsym(ad, b) : NULL;
	IrUnit *q = s->u.call.callee;
	IrExpr **args = ir_alloc(a, sizeof *args * (size_t)(s->u.call.nargs + 1));
	for (int k = 0; k < s->u.call.nargs; k++)
		args[k] = ir_expr_copy(a, s->u.call.args[k]);
	ir_block_add(a, out, call_unit(ad, q, args, s->u.call.nargs, s));
	IrSym *t = ad_linsolve_temp(ad, owner, x, "ls_sol"), *tb = ad_linsolve_temp(ad, owner, b, "ls_rhs"),
	      *yd = ad_linsolve_temp(ad, owner, x, "ls_yd");
	ad_linsolve_copy(ad, owner, t, x, LS_COPY, L, out);
	ad_linsolve_copy(ad, owner, tb, b, LS_COPY, L, out);
	/* yd = Ad u* + A ud (b holds A u*, unused) */
	IrSym *tv[2] = {x, b}, *tdv[2] = {xd, yd};
	int nta;
	IrExpr **ta = ad_linsolve_apply_args(ad, d->ls_unit, tv, tdv, L, &nta);
	ir_block_add(a, out, call_unit(ad, ad_info(d->ls_unit)->d, ta, nta, s));
	/* A d = bd - yd, from d = 0 */
	if (bd) {
		ad_linsolve_copy(ad, owner, b, bd, LS_COPY, L, out);
		ad_linsolve_copy(ad, owner, b, yd, LS_SUB, L, out);
	} else {
		ad_linsolve_copy(ad, owner, b, yd, LS_NEG, L, out);
	}
	IrStmt *z = ir_stmt_new(a, IR_RT, L);
	z->u.rt.kind = RT_ZERO;
	z->u.rt.e = ir_var(a, x, NULL, 0, L);
	ir_block_add(a, out, z);
	IrVec keep = solver_writes(ad, s, d), kept = {0};
	for (int i = 0; i < keep.n; i++) {
		IrSym *v = keep.v[i];
		if (v->allocatable || (v->rank && !v->dims[v->rank - 1].hi)) {
			ir_error(L,
			         "!$AD LINEAR-SOLVE in tangent mode: the solver writes '%s' (%s), which the tangent's second "
			         "solve would change: make it a local of the solver, or give it constant bounds",
			         v->name, v->allocatable ? "ALLOCATABLE" : "assumed size");
			continue;
		}
		IrSym *c = ad_linsolve_temp(ad, owner, v, "ls_keep");
		c->clen = v->clen ? ir_expr_copy(a, v->clen) : NULL;
		ir_block_add(a, out, ad_copy_whole(ad, c, v, L));
		ir_vec_push(a, &kept, v);
		ir_vec_push(a, &kept, c);
	}
	IrExpr **args2 = ir_alloc(a, sizeof *args2 * (size_t)(s->u.call.nargs + 1));
	for (int k = 0; k < s->u.call.nargs; k++)
		args2[k] = ir_expr_copy(a, s->u.call.args[k]);
	ir_block_add(a, out, call_unit(ad, q, args2, s->u.call.nargs, s));
	for (int i = 0; i + 1 < kept.n; i += 2)
		ir_block_add(a, out, ad_copy_whole(ad, kept.v[i], kept.v[i + 1], L));
	ad_linsolve_copy(ad, owner, xd, x, LS_ADD, L, out);
	ad_linsolve_copy(ad, owner, x, t, LS_COPY, L, out);
	ad_linsolve_copy(ad, owner, b, tb, LS_COPY, L, out);
}

/* ---------------------------------------------------------------- transpose=
 *
 * A non-symmetric A: the backward sweep solves A^T lambda = ub with the solver itself, its calls
 * of apply= then made to transpose= instead. The solver and what it calls stay one routine each:
 * apply='s primal body becomes IF (switch /= 0) THEN CALL transpose(x, y) ELSE body END IF, the
 * switch raised around that one solve (reverse.c bwd_linsolve). Only the primal copy changes:
 * apply='s derivatives were built from its body before (ad_linsolve_dispatch runs last). Every
 * apply= routine's primal also counts its calls for STAD_STATS (srt_ls_apply, first). */
IrSym *ad_linsolve_switch(Ad *ad, const IrDirective *d)
{
	int have = 0;
	for (int i = 0; i < ad->ls_dispatched.n; i += 2)
		have |= ad->ls_dispatched.v[i] == d->ls_unit && ad->ls_dispatched.v[i + 1] == d->ls_tunit;
	if (!have) {
		ir_vec_push(ad->a, &ad->ls_dispatched, d->ls_unit);
		ir_vec_push(ad->a, &ad->ls_dispatched, d->ls_tunit);
	}
	if (!d->ls_tunit)
		return NULL;
	if (!ad->ls_transposed) {
		IrUnit *m = ad_saved_module(ad, d->loc);
		IrSym *v = ir_sym_new(ad->a, m, ad_fresh_name(ad, m, "ls_transposed"), SYM_MODULE, d->loc);
		v->type = TY_INT;
		v->declared = 1;
		v->id = ad->p->nsyms++;
		ad->ls_transposed = v;
	}
	return ad->ls_transposed;
}

void ad_linsolve_dispatch(Ad *ad)
{
	IrArena *a = ad->a;
	for (int i = 0; i + 1 < ad->ls_dispatched.n; i += 2) {
		IrUnit *m = ad->ls_dispatched.v[i], *mt = ad->ls_dispatched.v[i + 1];
		IrLoc L = m->loc;
		if (!mt)
			continue;
		IrSym *v[2];
		for (int k = 0, j = 0; k < m->nargs && j < 2; k++)
			if (!m->args[k]->extent_of)
				v[j++] = m->args[k];
		int n;
		IrExpr **args = ad_linsolve_apply_args(ad, mt, v, NULL, L, &n);
		IrStmt *c = ir_call(a, mt->name, args, n, L);
		c->u.call.callee = mt;
		IrStmt *g = ir_stmt_new(a, IR_IF, L);
		g->u.if_.ncond = 1;
		g->u.if_.conds = ir_alloc(a, sizeof(IrExpr *));
		g->u.if_.blocks = ir_alloc(a, sizeof(IrBlock));
		g->u.if_.conds[0] = ir_binop(a, IR_NE, ir_var(a, ad->ls_transposed, NULL, 0, L), ir_int(a, 0, L), L);
		ir_block_add(a, &g->u.if_.blocks[0], c);
		g->u.if_.else_ = m->body;
		m->body = (IrBlock){0};
		ir_block_add(a, &m->body, g);
	}
	for (int i = 0; i + 1 < ad->ls_dispatched.n; i += 2) {
		IrUnit *m = ad->ls_dispatched.v[i];
		int counted = 0; /* (an apply= routine of several sites counts its calls once) */
		for (int k = 0; k < i; k += 2)
			counted |= ad->ls_dispatched.v[k] == m;
		if (counted)
			continue;
		IrStmt *c = ir_stmt_new(a, IR_RT, m->loc);
		c->u.rt.kind = RT_LS_APPLY;
		IrBlock nb = {0};
		ir_block_add(a, &nb, c);
		for (int k = 0; k < m->body.n; k++)
			ir_block_add(a, &nb, m->body.v[k]);
		m->body = nb;
	}
}

/* ---------------------------------------------------------------- in an FP-LOOP's adjoint steps
 *
 * Each adjoint step of an FP-LOOP runs the step's forward sweep at the converged state z*, and a
 * LINEAR-SOLVE call in it would solve A(z*) u = r(z*) again (a third of ice's adjoint time).
 * Its solution is the one the loop's last primal step computed, to the loop's tolerance: the
 * forward sweep keeps that (reverse.c) and the adjoint steps take it instead of solving. What
 * else the solver writes is then not recomputed, so a call qualifies only when nothing of the
 * loop's body reads any of it (an iteration count in a test, a work vector another routine
 * reads), other solves aside. */
int ad_linsolve_fp_kept(Ad *ad, const IrStmt *loop, const IrStmt *s)
{
	IrDirective *d = ad_linsolve_dir(s);
	if (!d || !d->ls_unit)
		return 0;
	After A = {ad, {0}, NULL, {0}, 1};
	A.cand = solver_writes(ad, s, d);
	if (call_touches(s, d->ls_b, ad_info(s->u.call.callee)->writes))
		ir_vec_push(ad->a, &A.cand, d->ls_b);
	const IrBlock *body = loop->kind == IR_DO ? &loop->u.do_.body : &loop->u.dowhile.body;
	if (A.cand.n)
		after_block(&A, body, 0, 0);
	return !A.hit;
}
