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

void ad_linsolve_check(Ad *ad, IrStmt *s)
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
	if (m->nargs != 2 || m->args[0]->rank != x->rank || m->args[1]->rank != x->rank || !ir_base_is_real(m->args[0]->type) ||
	    !ir_base_is_real(m->args[1]->type)) {
		ir_error(d->loc,
		         "!$AD LINEAR-SOLVE: apply=%s must be a subroutine of two arguments (x, y), y = A x, each shaped "
		         "like %s; A's coefficients come from module or COMMON variables",
		         m->name, x->name);
		return;
	}
	if (!ad_active(ad, x))
		return; /* no derivative flows through the solution: an ordinary call */
	if (!ad_has_darg(ad, m, 0) || !ad_has_darg(ad, m, 1)) {
		ir_error(d->loc,
		         "!$AD LINEAR-SOLVE: the arguments of apply=%s are not active (it must be the routine the "
		         "solver applies to its active vectors)",
		         m->name);
		return;
	}
	d->ls_unit = m;
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
	IrExpr **ta = ir_alloc(a, sizeof *ta * 4);
	ta[0] = ir_var(a, x, NULL, 0, L);
	ta[1] = ir_var(a, xd, NULL, 0, L);
	ta[2] = ir_var(a, b, NULL, 0, L);
	ta[3] = ir_var(a, yd, NULL, 0, L);
	ir_block_add(a, out, call_unit(ad, ad_info(d->ls_unit)->d, ta, 4, s));
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
