/*
 * reverse.c — reverse mode with a checkpoint decision at every call site.
 *
 * For each routine Q of the call tree:
 *   Q_fwd(args)        forward sweep: Q's primal, pushing every value the backward sweep will
 *                      need and that gets overwritten (TBR), then the locals it needs at the end;
 *   Q_bwd(args, adj)   backward sweep: pops those locals, then each statement's adjoint in
 *                      reverse order, restoring overwritten values as it goes;
 *   head_b             = head_fwd; head_bwd (exported).
 * After Q_bwd every variable Q wrote holds its value from before the call again, so a caller
 * never saves anything around a call. At a call site s of CALL Q:
 *   on  (joint):  forward  snapshot_write(S_s); CALL Q          (plain primal: no tape)
 *                 backward snapshot_read(S_s);  CALL Q_fwd; CALL Q_bwd
 *   off (split):  forward  CALL Q_fwd
 *                 backward CALL Q_bwd
 * with S_s = W(Q) ∩ (R(Q) ∪ Req): what Q writes and either reads itself or an earlier
 * statement's adjoint needs. Nothing else depends on the site's state, so every configuration
 * computes the same gradient.
 *
 * TBR ("to be recorded"): Req is the set of variables whose current value some adjoint of an
 * earlier statement reads. An assignment to v pushes v's old value when v ∈ Req ∪ Used(stmt);
 * a scalar so saved leaves Req (its older value is back when needed). Used(stmt) is read off
 * the adjoint statements themselves, so the two can never disagree. IF branches and DO trip
 * counts are pushed as control; the backward sweep sets the loop variable itself.
 */
#include "ad_int.h"
#include "rev_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- forward sweep */

static IrStmt *rt(Rev *r, IrRtKind k, IrExpr *e, IrLoc loc)
{
	IrStmt *s = ir_stmt_new(r->ad->a, IR_RT, loc);
	s->u.rt.kind = k;
	s->u.rt.e = e;
	return s;
}

static IrStmt *prof(Rev *r, int event, int site, IrVec *vars, IrLoc loc)
{
	IrStmt *s = rt(r, RT_PROF_EVENT, NULL, loc);
	s->u.rt.event = event;
	s->u.rt.site = site;
	if (vars) {
		s->u.rt.vars = (IrSym **)vars->v;
		s->u.rt.nvars = vars->n;
	}
	return s;
}

/* profile event kinds (runtime/PROFILE_FORMAT.md) */
enum {
	EV_PRIMAL_BEGIN = 3,
	EV_PRIMAL_END = 4,
	EV_ADJ_BEGIN = 7,
	EV_ADJ_END = 8,
	EV_FWD_BEGIN = 9,
	EV_FWD_END = 10,
	EV_BWD_BEGIN = 11,
	EV_BWD_END = 12,
	EV_TURN = 13
};

static IrExpr *ivar(Rev *r, IrSym *s, IrLoc loc)
{
	return ir_var(r->ad->a, s, NULL, 0, loc);
}

static IrExpr *iconst(Rev *r, int64_t v, IrLoc loc)
{
	return ir_int(r->ad->a, v, loc);
}

static void fwd_block(Rev *r, const IrBlock *b, IrBlock *out);

/* ---------------------------------------------------------------- loop facts */

static IrExpr *intr_max0(Rev *r, IrExpr *x, IrLoc L)
{
	IrExpr **mx = ir_alloc(r->ad->a, sizeof *mx * 2);
	mx[0] = x;
	mx[1] = iconst(r, 0, L);
	return ir_intrin(r->ad->a, INTR_MAX, mx, 2, L);
}

/* The value of an integer expression of constants and PARAMETERs (+, -, *, unary -), so that a
 * loop `DO i = 1-olx, nx+olx` has a compile-time trip count and pushes none. */
int64_t ad_fold_int(const IrExpr *e, int *ok)
{
	int64_t v = ir_const_int(e, ok), x, y;
	if (*ok || !e)
		return v;
	if (e->kind == IR_VAR && e->u.var.sym->kind == SYM_PARAM && e->u.var.sym->init)
		return ad_fold_int(e->u.var.sym->init, ok);
	if (e->kind == IR_UNARY && e->u.op.op == IR_NEG) {
		x = ad_fold_int(e->u.op.a, ok);
		if (*ok && x > -(INT64_C(1) << 31) && x < (INT64_C(1) << 31))
			return -x;
		*ok = 0;
		return 0;
	}
	if (e->kind != IR_BINARY || (e->u.op.op != IR_ADD && e->u.op.op != IR_SUB && e->u.op.op != IR_MUL))
		return 0;
	x = ad_fold_int(e->u.op.a, ok);
	if (!*ok)
		return 0;
	y = ad_fold_int(e->u.op.b, ok);
	if (!*ok)
		return 0;
	*ok = 0;
	if (x <= -(INT64_C(1) << 31) || x >= (INT64_C(1) << 31) || y <= -(INT64_C(1) << 31) || y >= (INT64_C(1) << 31))
		return 0;
	v = e->u.op.op == IR_ADD ? x + y : e->u.op.op == IR_SUB ? x - y : x * y;
	if (v < -(INT64_C(1) << 31) || v >= (INT64_C(1) << 31))
		return 0; /* the generated C computes in int */
	*ok = 1;
	return v;
}

/* Does x occur inside a subscript of e? */
static int index_refers(const IrExpr *e, const void *x)
{
	if (e->kind == IR_VAR)
		for (int i = 0; i < e->u.var.nidx; i++)
			if (ad_expr_refers(e->u.var.idx[i], x))
				return 1;
	return 0;
}

static int refers_in_index(const IrExpr *e, const IrSym *x)
{
	return ir_expr_any(e, index_refers, x);
}

/* e is the loop variable v, v + k, k + v or v - k (k constant): sets *k. */
static int row_index(const IrExpr *e, const IrSym *v, int64_t *k)
{
	int ok;
	if (e->kind == IR_VAR && !e->u.var.nidx && e->u.var.sym == v) {
		*k = 0;
		return 1;
	}
	if (e->kind != IR_BINARY || (e->u.op.op != IR_ADD && e->u.op.op != IR_SUB))
		return 0;
	const IrExpr *x = e->u.op.a, *y = e->u.op.b;
	if (e->u.op.op == IR_ADD && !(x->kind == IR_VAR && x->u.var.sym == v)) {
		x = e->u.op.b;
		y = e->u.op.a;
	}
	if (!(x->kind == IR_VAR && !x->u.var.nidx && x->u.var.sym == v))
		return 0;
	*k = ad_fold_int(y, &ok);
	if (!ok)
		return 0;
	if (e->u.op.op == IR_SUB)
		*k = -*k;
	return 1;
}

/*
 * One block push per row. In an innermost DO loop with step 1 whose body is assignments only
 * (no call, no function reference), suppose every assignment that saves the value it
 * overwrites writes an element a(v+k, s2, ...) of an array that no other statement of the
 * body writes (v the loop variable, k a constant, s2... free of v and of everything the body
 * writes). Iteration v then overwrites only a(v+k, s2, ...), so the values the loop saves are
 * the section a(lo+k : hi+k, s2, ...) as it was before the loop: the forward sweep pushes it
 * as one block before the loop (no push per element, and the loop can vectorize) — the same
 * bytes in the same order as the element pushes. When no adjoint of the body reads a (nor a
 * recomputed temporary, nor a subscript), it does not matter when within the reversed loop
 * the old values come back, and the backward sweep pops the block after the reversed loop.
 * Routines whose dummies may be aliased keep the element pushes. The decision is recorded on
 * the DO's facts (f->rows, and push_row on each assignment) for both sweeps.
 */
static void row_blocks(Rev *r, IrStmt *s, Facts *f)
{
	IrBlock *b = &s->u.do_.body;
	IrSym *v = s->u.do_.var->u.var.sym;
	int64_t k;
	if (ad_info(r->src)->aliased || !f->st_c || f->st_v != 1 || !b->n)
		return;
	for (int i = 0; i < b->n; i++) {
		IrStmt *t = b->v[i];
		if (t->kind != IR_ASSIGN || ir_expr_calls(t->u.assign.rhs) || ir_expr_calls(t->u.assign.lhs))
			return;
	}
	IrVec rows = {0};
	for (int i = 0; i < b->n; i++) {
		IrStmt *t = b->v[i];
		if (!rev_facts(r, t)->push_lhs)
			continue;
		const IrExpr *lhs = t->u.assign.lhs;
		IrSym *y = ad_canon(lhs->u.var.sym);
		/* not a CHARACTER array: the block would be counted in elements of the C type of its
		 * base (a CHARACTER element is clen characters; a component's row of `b = a`, s18) */
		if (!lhs->u.var.sym->rank || lhs->u.var.nidx != lhs->u.var.sym->rank || lhs->type == TY_CHAR ||
		    !row_index(lhs->u.var.idx[0], v, &k))
			return;
		for (int j = 0; j < b->n; j++) {
			IrStmt *u = b->v[j];
			IrSym *w = ad_canon(u->u.assign.lhs->u.var.sym);
			if (u != t && w == y)
				return; /* written twice */
			for (int d = 1; d < lhs->u.var.nidx; d++)
				if (ad_expr_refers(lhs->u.var.idx[d], w) || ad_expr_refers(lhs->u.var.idx[d], ad_canon(v)))
					return;
			/* the backward sweep must not read a before the block comes back */
			if (rev_adjoint_reads(r, u, y) || refers_in_index(u->u.assign.lhs, y) ||
			    refers_in_index(u->u.assign.rhs, y))
				return;
			if (rev_facts(r, u)->recompute && ad_expr_refers(u->u.assign.rhs, y))
				return;
		}
		ir_vec_push(r->ad->a, &rows, t);
	}
	for (int i = 0; i < rows.n; i++)
		rev_facts(r, rows.v[i])->push_row = 1;
	f->rows = rows;
}

/* The first element of assignment t's row block: its left side with the first subscript
 * v+k replaced by lo+k. */
static IrExpr *row_start(Rev *r, IrStmt *t, const IrSym *v, IrExpr *lo)
{
	IrArena *a = r->ad->a;
	IrExpr *e = rev_cp(r, t->u.assign.lhs);
	int64_t k = 0;
	row_index(t->u.assign.lhs->u.var.idx[0], v, &k);
	e->u.var.idx[0] = k ? ir_binop(a, IR_ADD, lo, iconst(r, k, lo->loc), lo->loc) : lo;
	return e;
}

static IrStmt *row_op(Rev *r, IrRtKind kind, IrStmt *t, const IrSym *v, IrExpr *lo, IrExpr *count)
{
	IrStmt *o = rt(r, kind, row_start(r, t, v, lo), t->loc);
	o->u.rt.count = count;
	return o;
}

static IrBlock fwd_sub(Rev *r, const IrBlock *b)
{
	IrBlock nb = {0};
	fwd_block(r, b, &nb);
	return nb;
}

static IrStmt *call_of(Rev *r, IrUnit *callee, IrExpr **args, int n, const IrStmt *s)
{
	IrStmt *c = ir_call(r->ad->a, callee->name, args, n, s->loc);
	c->u.call.callee = callee;
	c->u.call.site = s->u.call.site;
	return c;
}

static IrExpr **primal_args(Rev *r, const IrStmt *s)
{
	IrExpr **v = ir_alloc(r->ad->a, sizeof *v * (size_t)(s->u.call.nargs + 1));
	for (int k = 0; k < s->u.call.nargs; k++)
		v[k] = rev_cp(r, s->u.call.args[k]);
	return v;
}

static IrExpr **adjoint_args(Rev *r, const IrStmt *s, int *n)
{
	IrUnit *q = s->u.call.callee;
	IrExpr **v = ir_alloc(r->ad->a, sizeof *v * (size_t)(2 * s->u.call.nargs + 1));
	int m = 0;
	for (int k = 0; k < s->u.call.nargs; k++) {
		IrExpr *act = s->u.call.args[k];
		v[m++] = rev_cp(r, act);
		if (ad_has_darg(r->ad, q, k)) {
			if (!ad_active(r->ad, ad_root(act)))
				ir_error(act->loc, "internal: active dummy '%s' of '%s' gets an inactive actual",
				         q->args[k]->name, q->name);
			v[m++] = ad_dref(r->ad, act);
		}
	}
	*n = m;
	return v;
}

/* IF (stad_site_on(id) /= 0) THEN on ELSE off */
static IrStmt *site_switch(Rev *r, int id, IrBlock on, IrBlock off, IrLoc L)
{
	IrArena *a = r->ad->a;
	IrExpr **args = ir_alloc(a, sizeof *args);
	args[0] = ir_int(a, id, L);
	IrStmt *c = ir_stmt_new(a, IR_IF, L);
	c->u.if_.ncond = 1;
	c->u.if_.conds = ir_alloc(a, sizeof(IrExpr *));
	c->u.if_.blocks = ir_alloc(a, sizeof(IrBlock));
	c->u.if_.conds[0] = ir_binop(a, IR_NE, ir_intrin(a, INTR_SITE_ON, args, 1, L), ir_int(a, 0, L), L);
	c->u.if_.blocks[0] = on;
	c->u.if_.else_ = off;
	c->u.if_.has_else = 1;
	return c;
}

static void fwd_call(Rev *r, IrStmt *s, Facts *f, int id, int on, IrBlock *out)
{
	Ad *ad = r->ad;
	IrArena *a = ad->a;
	IrLoc L = s->loc;
	IrUnit *q = s->u.call.callee;
	if (on) {
		IrStmt *w = rt(r, RT_SNAP_WRITE, NULL, L);
		w->u.rt.site = id;
		w->u.rt.vars = (IrSym **)f->snap.v;
		w->u.rt.nvars = f->snap.n;
		ir_block_add(a, out, w);
		if (ad->profile)
			ir_block_add(a, out, prof(r, EV_PRIMAL_BEGIN, id, NULL, L));
		ir_block_add(a, out, call_of(r, q, primal_args(r, s), s->u.call.nargs, s));
		if (ad->profile)
			ir_block_add(a, out, prof(r, EV_PRIMAL_END, id, NULL, L));
	} else {
		/* (a snapshot that cannot be taken, forced off: announces 0 bytes; build_unit) */
		if (ad->profile)
			ir_block_add(a, out, prof(r, EV_FWD_BEGIN, id, f->snap_bad ? NULL : &f->snap, L));
		ir_block_add(a, out, call_of(r, ad_info(q)->fwd, primal_args(r, s), s->u.call.nargs, s));
		if (ad->profile)
			ir_block_add(a, out, prof(r, EV_FWD_END, id, NULL, L));
	}
}

static void bwd_call(Rev *r, IrStmt *s, Facts *f, int id, int on, IrBlock *out)
{
	Ad *ad = r->ad;
	IrArena *a = ad->a;
	IrLoc L = s->loc;
	IrUnit *q = s->u.call.callee;
	UnitInfo *qi = ad_info(q);
	int n;
	IrExpr **aargs = adjoint_args(r, s, &n);
	if (on) {
		IrStmt *rd = rt(r, RT_SNAP_READ, NULL, L);
		rd->u.rt.site = id;
		rd->u.rt.vars = (IrSym **)f->snap.v;
		rd->u.rt.nvars = f->snap.n;
		ir_block_add(a, out, rd);
		if (ad->profile)
			ir_block_add(a, out, prof(r, EV_ADJ_BEGIN, id, NULL, L));
		if (!q->ext)
			ir_block_add(a, out, call_of(r, qi->fwd, primal_args(r, s), s->u.call.nargs, s));
		if (ad->profile)
			ir_block_add(a, out, prof(r, EV_TURN, id, NULL, L));
		if (!q->ext) /* a routine without source: its user's joint adjoint, or nothing when passive */
			ir_block_add(a, out, call_of(r, qi->bwd, aargs, n, s));
		else if (!q->ext->passive) {
			for (int i = 0; i < f->guard.n; i++)
				ir_block_add(a, out, rt(r, RT_PUSH, ir_var(a, f->guard.v[i], NULL, 0, L), L));
			ir_block_add(a, out, call_of(r, qi->b, aargs, n, s));
			for (int i = f->guard.n - 1; i >= 0; i--)
				ir_block_add(a, out, rt(r, RT_POP, ir_var(a, f->guard.v[i], NULL, 0, L), L));
		} else
			ad_external_zero(ad, s, out);
		if (ad->profile)
			ir_block_add(a, out, prof(r, EV_ADJ_END, id, NULL, L));
	} else {
		if (ad->profile)
			ir_block_add(a, out, prof(r, EV_BWD_BEGIN, id, NULL, L));
		ir_block_add(a, out, call_of(r, qi->bwd, aargs, n, s));
		if (ad->profile)
			ir_block_add(a, out, prof(r, EV_BWD_END, id, NULL, L));
	}
}

/* ---------------------------------------------------------------- LINEAR-SOLVE
 *
 * A CALL under `!$AD LINEAR-SOLVE x=u b=r apply=amul symmetric` solves A(p) u = r (linsolve.c
 * has the checks and the derivation). With P the site's snapshot and u, r:
 *   forward   snapshot P; CALL solver (primal, untaped); push u*
 *   backward  pop u into t; restore P, save P again; r := ub; u := 0; CALL solver (lambda in u;
 *             with transpose=, the switch up around it: apply= calls transpose=, linsolve.c);
 *             rb += u; r := -u; u := t; CALL amul_fwd(u, t); CALL amul_bwd(u, ub, t, r);
 *             restore P
 * The site is always joint (checkpoint/sites.c), so TBR keeps what the solver reads for the
 * backward sweep; t is a local of the backward sweep with u's (constant) bounds. */
static void fwd_linsolve(Rev *r, IrStmt *s, Facts *f, int id, IrBlock *out)
{
	Ad *ad = r->ad;
	IrArena *a = ad->a;
	IrLoc L = s->loc;
	IrDirective *d = ad_linsolve_dir(s);
	IrVec p = ad_linsolve_vars(ad, &f->snap, d);
	IrStmt *w = rt(r, RT_SNAP_WRITE, NULL, L);
	w->u.rt.site = id;
	w->u.rt.vars = (IrSym **)p.v;
	w->u.rt.nvars = p.n;
	ir_block_add(a, out, w);
	if (ad->profile)
		ir_block_add(a, out, prof(r, EV_PRIMAL_BEGIN, id, NULL, L));
	/* in an FP-LOOP's adjoint step: the last primal step's solution, if the loop ran a step */
	IrSym *kept = NULL, *ran = NULL;
	for (int i = 0; i + 2 < r->fp_kept.n; i += 3)
		if (r->fp_kept.v[i] == s)
			kept = r->fp_kept.v[i + 1], ran = r->fp_kept.v[i + 2];
	IrBlock solve = {0}, take = {0};
	ir_block_add(a, &solve, rt(r, RT_LS_BEGIN, NULL, L)); /* (u.rt.site 0: the primal's solve) */
	ir_block_add(a, &solve, call_of(r, s->u.call.callee, primal_args(r, s), s->u.call.nargs, s));
	ir_block_add(a, &solve, rt(r, RT_LS_END, NULL, L));
	if (kept) {
		IrStmt *kb = rt(r, RT_LS_BEGIN, NULL, L);
		kb->u.rt.site = 2; /* (counted: a solve not run again) */
		ir_block_add(a, &take, kb);
		ad_linsolve_copy(ad, r->fwd, d->ls_x, kept, LS_COPY, L, &take);
		ir_block_add(a, &take, rt(r, RT_LS_END, NULL, L));
		IrStmt *g = ir_stmt_new(a, IR_IF, L);
		g->u.if_.ncond = 1;
		g->u.if_.conds = ir_alloc(a, sizeof(IrExpr *));
		g->u.if_.blocks = ir_alloc(a, sizeof(IrBlock));
		g->u.if_.conds[0] = ir_binop(a, IR_NE, ivar(r, ran, L), iconst(r, 0, L), L);
		g->u.if_.blocks[0] = take;
		g->u.if_.else_ = solve;
		ir_block_add(a, out, g);
	} else {
		for (int i = 0; i < solve.n; i++)
			ir_block_add(a, out, solve.v[i]);
	}
	if (ad->profile)
		ir_block_add(a, out, prof(r, EV_PRIMAL_END, id, NULL, L));
	ir_block_add(a, out, rt(r, RT_PUSH, ir_var(a, d->ls_x, NULL, 0, L), L));
}

static void bwd_linsolve(Rev *r, IrStmt *s, Facts *f, int id, IrBlock *out)
{
	Ad *ad = r->ad;
	IrArena *a = ad->a;
	IrLoc L = s->loc;
	IrDirective *d = ad_linsolve_dir(s);
	IrSym *x = d->ls_x, *b = d->ls_b;
	IrSym *xb = ad_dsym(ad, x), *bb = ad_active(ad, b) ? ad_dsym(ad, b) : NULL;
	UnitInfo *mi = ad_info(d->ls_unit);
	IrVec p = ad_linsolve_vars(ad, &f->snap, d);
	IrSym *t = ad_linsolve_temp(ad, r->bwd, x, "ls_sol");
	/* the converged solution, kept while the state goes back to before the call */
	ir_block_add(a, out, rt(r, RT_POP, ir_var(a, x, NULL, 0, L), L));
	ad_linsolve_copy(ad, r->bwd, t, x, LS_COPY, L, out);
	IrStmt *rd = rt(r, RT_SNAP_READ, NULL, L);
	rd->u.rt.site = id;
	rd->u.rt.vars = (IrSym **)p.v;
	rd->u.rt.nvars = p.n;
	ir_block_add(a, out, rd);
	if (ad->profile) /* (after the snapshot's read, as at a checkpointed site) */
		ir_block_add(a, out, prof(r, EV_ADJ_BEGIN, id, NULL, L));
	for (int i = 0; i < p.n; i++)
		ir_block_add(a, out, rt(r, RT_PUSH, ir_var(a, p.v[i], NULL, 0, L), L));
	if (ad->profile)
		ir_block_add(a, out, prof(r, EV_TURN, id, NULL, L));
	/* A^T lambda = xb (A symmetric: the solver itself), from zero */
	ad_linsolve_copy(ad, r->bwd, b, xb, LS_COPY, L, out);
	ir_block_add(a, out, rt(r, RT_ZERO, ir_var(a, x, NULL, 0, L), L));
	IrSym *sw = ad_linsolve_switch(ad, d); /* (transpose=: A^T for this solve) */
	if (sw)
		ir_block_add(a, out, ir_assign(a, ir_var(a, sw, NULL, 0, L), ir_int(a, 1, L), L));
	IrStmt *lb = rt(r, RT_LS_BEGIN, NULL, L);
	lb->u.rt.site = 1; /* the adjoint's solve */
	ir_block_add(a, out, lb);
	ir_block_add(a, out, call_of(r, s->u.call.callee, primal_args(r, s), s->u.call.nargs, s));
	ir_block_add(a, out, rt(r, RT_LS_END, NULL, L));
	if (sw)
		ir_block_add(a, out, ir_assign(a, ir_var(a, sw, NULL, 0, L), ir_int(a, 0, L), L));
	if (bb)
		ad_linsolve_copy(ad, r->bwd, bb, x, LS_ADD, L, out);
	/* (A's inputs, x)b += the adjoint of y = A x at x = x*, with yb = -lambda */
	ad_linsolve_copy(ad, r->bwd, b, x, LS_NEG, L, out);
	ad_linsolve_copy(ad, r->bwd, x, t, LS_COPY, L, out);
	IrSym *fv[2] = {x, t}, *bv[2] = {xb, b};
	int nf, nb;
	IrExpr **fa = ad_linsolve_apply_args(ad, d->ls_unit, fv, NULL, L, &nf);
	IrExpr **ba = ad_linsolve_apply_args(ad, d->ls_unit, fv, bv, L, &nb);
	ir_block_add(a, out, call_of(r, mi->fwd, fa, nf, s));
	ir_block_add(a, out, call_of(r, mi->bwd, ba, nb, s));
	for (int i = p.n - 1; i >= 0; i--)
		ir_block_add(a, out, rt(r, RT_POP, ir_var(a, p.v[i], NULL, 0, L), L));
	if (ad->profile)
		ir_block_add(a, out, prof(r, EV_ADJ_END, id, NULL, L));
}

/* ---------------------------------------------------------------- quiet control structures
 *
 * An IF or a loop whose backward sweep would only pop its own control values — no adjoint
 * statement (no active variable assigned), no value restored, no call inside — runs in the
 * forward sweep as the primal does, pushing nothing, and the backward sweep leaves it out: a
 * MAXVAL's search loop (sema_array.c), integer bookkeeping. */
/* A CALL in one sweep (call and solve: fwd_ or bwd_): under LINEAR-SOLVE its solve when its
 * site is on; else the call checkpointed or not as its site is decided, or both behind the
 * site's run-time switch (--dynamic-sites) when it may be either. */
typedef void SweepCall(Rev *r, IrStmt *s, Facts *f, int id, int on, IrBlock *out);
typedef void SweepSolve(Rev *r, IrStmt *s, Facts *f, int id, IrBlock *out);

static void sweep_call(Rev *r, IrStmt *s, Facts *f, SweepCall *call, SweepSolve *solve, IrBlock *out)
{
	Ad *ad = r->ad;
	CkpSite *site = ckp_site_of(ad->sites, s);
	assert(site);
	IrDirective *ls = site->is_linsolve ? ad_linsolve_dir(s) : NULL;
	if (ls && ls->ls_unit && site->on) {
		solve(r, s, f, site->index, out);
		return;
	}
	if (ad->req->dynamic_sites && !f->snap_bad && !f->draws && !site->is_external && !site->is_linsolve) {
		IrBlock on = {0}, off = {0};
		call(r, s, f, site->index, 1, &on);
		call(r, s, f, site->index, 0, &off);
		ir_block_add(ad->a, out, site_switch(r, site->index, on, off, s->loc));
	} else {
		call(r, s, f, site->index, site->on, out);
	}
}

static int quiet_block(Rev *r, const IrBlock *b);

static int quiet(Rev *r, IrStmt *s)
{
	Facts *f = rev_facts(r, s);
	switch (s->kind) {
	case IR_ASSIGN: return !f->push_lhs && !f->recompute && !ad_active(r->ad, s->u.assign.lhs->u.var.sym);
	case IR_IF:
		for (int k = 0; k < s->u.if_.ncond; k++)
			if (!quiet_block(r, &s->u.if_.blocks[k]))
				return 0;
		return quiet_block(r, &s->u.if_.else_);
	case IR_DO: return !f->binomial && !f->push_var && quiet_block(r, &s->u.do_.body);
	case IR_DOWHILE: return quiet_block(r, &s->u.dowhile.body);
	case IR_BLOCK: return quiet_block(r, &s->u.block);
	case IR_PRINT:
	case IR_CONTINUE:
	case IR_EXIT:
	case IR_CYCLE: return 1;
	default: return 0;
	}
}

static int quiet_block(Rev *r, const IrBlock *b)
{
	for (int i = 0; i < b->n; i++)
		if (!quiet(r, b->v[i]))
			return 0;
	return 1;
}

static int quiet_control(Rev *r, IrStmt *s)
{
	return (s->kind == IR_IF || s->kind == IR_DO || s->kind == IR_DOWHILE) && quiet(r, s);
}

/* The primal statement itself (as the forward sweep runs it). */
static IrBlock plain_block(Rev *r, const IrBlock *b);

/* In an FP-LOOP's adjoint step, the assignment that raises its EXIT flag is left out of both
 * sweeps: each step runs the whole body at the converged state (the flag is passive). */
static int fp_skipped(const Rev *r, const IrStmt *s)
{
	return r->fp_skip && s->kind == IR_ASSIGN && s->u.assign.lhs->u.var.sym == r->fp_skip;
}

/* The facts of s for a sweep, or NULL where the sweeps leave s out (fp_skipped). */
static Facts *swept_facts(Rev *r, IrStmt *s)
{
	return fp_skipped(r, s) ? NULL : rev_facts(r, s);
}

/* Does condition e test only whether OPTIONAL arguments are present? Presence cannot change
 * during a call, so the backward sweep tests it again instead of popping the branch taken. */
static int presence_only(const IrExpr *e)
{
	switch (e->kind) {
	case IR_CONST_LOG: return 1;
	case IR_INTRIN: return e->u.call.id == INTR_PRESENT;
	case IR_UNARY: return e->u.op.op == IR_NOT && presence_only(e->u.op.a);
	case IR_BINARY:
		return (e->u.op.op == IR_AND || e->u.op.op == IR_OR || e->u.op.op == IR_EQV || e->u.op.op == IR_NEQV) &&
		        presence_only(e->u.op.a) && presence_only(e->u.op.b);
	default: return 0;
	}
}

static int if_on_presence(const IrStmt *s)
{
	for (int k = 0; k < s->u.if_.ncond; k++)
		if (!presence_only(s->u.if_.conds[k]))
			return 0;
	return 1;
}

static IrStmt *plain(Rev *r, const IrStmt *s)
{
	IrArena *a = r->ad->a;
	IrStmt *c = ir_stmt_new(a, s->kind, s->loc);
	*c = *s;
	c->aux = NULL;
	switch (s->kind) {
	case IR_ASSIGN:
		c->u.assign.lhs = rev_cp(r, s->u.assign.lhs);
		c->u.assign.rhs = rev_cp(r, s->u.assign.rhs);
		break;
	case IR_IF:
		c->u.if_.conds = ir_alloc(a, sizeof(IrExpr *) * (size_t)s->u.if_.ncond);
		c->u.if_.blocks = ir_alloc(a, sizeof(IrBlock) * (size_t)s->u.if_.ncond);
		for (int k = 0; k < s->u.if_.ncond; k++) {
			c->u.if_.conds[k] = rev_cp(r, s->u.if_.conds[k]);
			c->u.if_.blocks[k] = plain_block(r, &s->u.if_.blocks[k]);
		}
		c->u.if_.else_ = plain_block(r, &s->u.if_.else_);
		break;
	case IR_DO:
		c->u.do_.var = rev_cp(r, s->u.do_.var);
		c->u.do_.lo = rev_cp(r, s->u.do_.lo);
		c->u.do_.hi = rev_cp(r, s->u.do_.hi);
		c->u.do_.step = s->u.do_.step ? rev_cp(r, s->u.do_.step) : NULL;
		c->u.do_.body = plain_block(r, &s->u.do_.body);
		break;
	case IR_DOWHILE:
		c->u.dowhile.cond = rev_cp(r, s->u.dowhile.cond);
		c->u.dowhile.body = plain_block(r, &s->u.dowhile.body);
		break;
	case IR_BLOCK: c->u.block = plain_block(r, &s->u.block); break;
	default: break;
	}
	return c;
}

static IrBlock plain_block(Rev *r, const IrBlock *b)
{
	IrBlock nb = {0};
	for (int i = 0; i < b->n; i++) {
		const IrStmt *s = b->v[i];
		if (s->kind != IR_CONTINUE && !fp_skipped(r, s)) /* (the I/O left is input: ad/ad.c drop_io) */
			ir_block_add(r->ad->a, &nb, plain(r, s));
	}
	return nb;
}

/* The LINEAR-SOLVE calls of FP-LOOP loop (in its body, this routine) whose solution its adjoint
 * steps take from the last primal step (linsolve.c, ad_linsolve_fp_kept), in source order. */
static void fp_kept_calls(Rev *r, const IrStmt *loop, const IrBlock *b, IrVec *out)
{
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		switch (s->kind) {
		case IR_CALL: {
			CkpSite *site = ad_linsolve_dir(s) ? ckp_site_of(r->ad->sites, s) : NULL;
			if (site && site->is_linsolve && site->on && ad_linsolve_fp_kept(r->ad, loop, s))
				ir_vec_push(r->ad->a, out, s);
			break;
		}
		case IR_IF:
			for (int k = 0; k < s->u.if_.ncond; k++)
				fp_kept_calls(r, loop, &s->u.if_.blocks[k], out);
			fp_kept_calls(r, loop, &s->u.if_.else_, out);
			break;
		case IR_DO: fp_kept_calls(r, loop, &s->u.do_.body, out); break;
		case IR_DOWHILE: fp_kept_calls(r, loop, &s->u.dowhile.body, out); break;
		case IR_BLOCK: fp_kept_calls(r, loop, &s->u.block, out); break;
		default: break;
		}
	}
}

/* In the primal copy b of an FP-LOOP's body: after each call of `calls` (its copy shares the
 * directive), its solution copied into the matching variable of `keep`, and `ran` set. */
static void fp_keep_solutions(Rev *r, IrBlock *b, const IrVec *calls, IrSym *const *keep, IrSym *const *ran)
{
	IrArena *a = r->ad->a;
	IrBlock nb = {0};
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		ir_block_add(a, &nb, s);
		switch (s->kind) {
		case IR_CALL: {
			IrDirective *d = ad_linsolve_dir(s);
			for (int k = 0; d && k < calls->n; k++)
				if (ad_linsolve_dir(calls->v[k]) == d) {
					ad_linsolve_copy(r->ad, r->fwd, keep[k], d->ls_x, LS_COPY, s->loc, &nb);
					ir_block_add(a, &nb, ir_assign(a, ivar(r, ran[k], s->loc), iconst(r, 1, s->loc), s->loc));
				}
			break;
		}
		case IR_IF:
			for (int k = 0; k < s->u.if_.ncond; k++)
				fp_keep_solutions(r, &s->u.if_.blocks[k], calls, keep, ran);
			fp_keep_solutions(r, &s->u.if_.else_, calls, keep, ran);
			break;
		case IR_DO: fp_keep_solutions(r, &s->u.do_.body, calls, keep, ran); break;
		case IR_DOWHILE: fp_keep_solutions(r, &s->u.dowhile.body, calls, keep, ran); break;
		case IR_BLOCK: fp_keep_solutions(r, &s->u.block, calls, keep, ran); break;
		default: break;
		}
	}
	*b = nb;
}

static void fwd_stmt(Rev *r, IrStmt *s, IrBlock *out)
{
	Facts *f = swept_facts(r, s);
	if (!f)
		return;
	Ad *ad = r->ad;
	IrArena *a = ad->a;
	IrLoc L = s->loc;
	if (f->fploop) {
		/* the loop as the primal runs it, its state saved before and after */
		for (int i = 0; i < f->state.n; i++)
			ir_block_add(a, out, rt(r, RT_PUSH, ir_var(a, f->state.v[i], NULL, 0, L), L));
		IrSym *skip = r->fp_skip;
		r->fp_skip = NULL;
		IrStmt *pl = plain(r, s);
		r->fp_skip = skip;
		/* the LINEAR-SOLVE solutions its adjoint steps take instead of solving, kept each step */
		IrVec calls = {0};
		if (rev_fploop_dir(s))
			fp_kept_calls(r, s, s->kind == IR_DO ? &s->u.do_.body : &s->u.dowhile.body, &calls);
		IrSym **keep = ir_alloc(a, sizeof *keep * (size_t)(calls.n + 1));
		IrSym **ran = ir_alloc(a, sizeof *ran * (size_t)(calls.n + 1)); /* (0: no step ran) */
		for (int k = 0; k < calls.n; k++) {
			keep[k] = ad_linsolve_temp(ad, r->fwd, ad_linsolve_dir(calls.v[k])->ls_x, "ls_last");
			ran[k] = ad_new_local(ad, r->fwd, "ls_ran", TY_INT);
			ir_block_add(a, out, ir_assign(a, ivar(r, ran[k], L), iconst(r, 0, L), L));
		}
		if (calls.n)
			fp_keep_solutions(r, pl->kind == IR_DO ? &pl->u.do_.body : &pl->u.dowhile.body, &calls, keep, ran);
		ir_block_add(a, out, pl);
		for (int i = 0; i < f->state.n; i++)
			ir_block_add(a, out, rt(r, RT_PUSH, ir_var(a, f->state.v[i], NULL, 0, L), L));
		for (int k = 0; k < calls.n; k++) {
			ir_block_add(a, out, rt(r, RT_PUSH, ir_var(a, keep[k], NULL, 0, L), L));
			ir_block_add(a, out, rt(r, RT_PUSH_CTRL, ivar(r, ran[k], L), L));
		}
		return;
	}
	if (quiet_control(r, s)) {
		ir_block_add(a, out, plain(r, s));
		return;
	}
	switch (s->kind) {
	case IR_ASSIGN:
		if (f->push_lhs && !f->push_row)
			ir_block_add(a, out, rt(r, RT_PUSH, rev_cp(r, s->u.assign.lhs), L));
		ir_block_add(a, out, ir_assign(a, rev_cp(r, s->u.assign.lhs), rev_cp(r, s->u.assign.rhs), L));
		return;
	case IR_IF: {
		IrStmt *c = ir_stmt_new(a, IR_IF, L);
		int n = s->u.if_.ncond;
		c->u.if_.ncond = n;
		c->u.if_.conds = ir_alloc(a, sizeof(IrExpr *) * (size_t)n);
		c->u.if_.blocks = ir_alloc(a, sizeof(IrBlock) * (size_t)n);
		int retest = if_on_presence(s); /* the backward sweep tests again: nothing to push */
		for (int k = 0; k < n; k++) {
			c->u.if_.conds[k] = rev_cp(r, s->u.if_.conds[k]);
			c->u.if_.blocks[k] = fwd_sub(r, &s->u.if_.blocks[k]);
			if (!retest)
				ir_block_add(a, &c->u.if_.blocks[k], rt(r, RT_PUSH_CTRL, iconst(r, k, L), L));
		}
		c->u.if_.else_ = fwd_sub(r, &s->u.if_.else_);
		if (!retest)
			ir_block_add(a, &c->u.if_.else_, rt(r, RT_PUSH_CTRL, iconst(r, n, L), L));
		c->u.if_.has_else = c->u.if_.else_.n > 0;
		ir_block_add(a, out, c);
		return;
	}
	case IR_DO: {
		if (f->binomial) {
			/* save the loop's entry state, then run it as the primal does */
			for (int i = 0; i < f->state.n; i++)
				ir_block_add(a, out, rt(r, RT_PUSH, ir_var(a, f->state.v[i], NULL, 0, L), L));
			ir_block_add(a, out, s);
			return;
		}
		IrExpr *var = s->u.do_.var;
		if (f->push_var)
			ir_block_add(a, out, rt(r, RT_PUSH, rev_cp(r, var), L));
		IrExpr *step = s->u.do_.step ? s->u.do_.step : iconst(r, 1, L);
		int ok;
		f->lo_v = ad_fold_int(s->u.do_.lo, &ok);
		f->lo_c = ok;
		f->hi_v = ad_fold_int(s->u.do_.hi, &ok);
		f->hi_c = ok;
		f->st_v = ad_fold_int(step, &ok);
		f->st_c = ok && f->st_v != 0;
		row_blocks(r, s, f);
		IrExpr *lo = rev_cp(r, s->u.do_.lo), *hi = rev_cp(r, s->u.do_.hi), *st = rev_cp(r, step);
		IrSym *lot = NULL, *hit = NULL, *stt = NULL;
		IrBase vt = var->type; /* the loop's bounds and trip count are of its variable's kind */
		if (!f->lo_c) {
			lot = ad_new_local(ad, r->fwd, "lo", vt);
			ir_block_add(a, out, ir_assign(a, ivar(r, lot, L), lo, L));
			lo = ivar(r, lot, L);
		}
		if (!f->hi_c) {
			hit = ad_new_local(ad, r->fwd, "hi", vt);
			ir_block_add(a, out, ir_assign(a, ivar(r, hit, L), hi, L));
			hi = ivar(r, hit, L);
		}
		if (!f->st_c) {
			stt = ad_new_local(ad, r->fwd, "step", vt);
			ir_block_add(a, out, ir_assign(a, ivar(r, stt, L), st, L));
			st = ivar(r, stt, L);
		}
		if (f->rows.n) {
			/* the row blocks, before the loop: count = max(hi - lo + 1, 0) */
			IrExpr *count;
			if (f->lo_c && f->hi_c)
				count = iconst(r, f->hi_v >= f->lo_v ? f->hi_v - f->lo_v + 1 : 0, L);
			else
				count = intr_max0(r,
				                  ir_binop(a, IR_ADD, ir_binop(a, IR_SUB, rev_cp(r, hi), rev_cp(r, lo), L),
				                           iconst(r, 1, L), L),
				                  L);
			for (int i = 0; i < f->rows.n; i++)
				ir_block_add(
				        a, out,
				        row_op(r, RT_PUSH_ROW, f->rows.v[i], var->u.var.sym, rev_cp(r, lo), rev_cp(r, count)));
		}
		IrStmt *c = ir_stmt_new(a, IR_DO, L);
		c->u.do_.var = rev_cp(r, var);
		c->u.do_.lo = lo;
		c->u.do_.hi = hi;
		c->u.do_.step = s->u.do_.step || stt ? st : NULL;
		c->u.do_.body = fwd_sub(r, &s->u.do_.body);
		ir_block_add(a, out, c);
		if (!f->lo_c)
			ir_block_add(a, out, rt(r, RT_PUSH_CTRL, ivar(r, lot, L), L));
		if (!f->st_c)
			ir_block_add(a, out, rt(r, RT_PUSH_CTRL, ivar(r, stt, L), L));
		if (!(f->lo_c && f->hi_c && f->st_c)) {
			/* trip = max((hi - lo + st) / st, 0) */
			IrExpr *lo2 = f->lo_c ? iconst(r, f->lo_v, L) : ivar(r, lot, L);
			IrExpr *hi2 = f->hi_c ? iconst(r, f->hi_v, L) : ivar(r, hit, L);
			IrExpr *st2 = f->st_c ? iconst(r, f->st_v, L) : ivar(r, stt, L);
			IrExpr *cnt = ir_binop(a, IR_DIV, ir_binop(a, IR_ADD, ir_binop(a, IR_SUB, hi2, lo2, L), st2, L),
			                       rev_cp(r, st2), L);
			IrExpr **mx = ir_alloc(a, sizeof *mx * 2);
			mx[0] = ir_convert(a, cnt, vt); /* popped into a `trip` of the same kind */
			mx[1] = ir_int_kind(a, 0, vt, L);
			ir_block_add(a, out, rt(r, RT_PUSH_CTRL, ir_intrin(a, INTR_MAX, mx, 2, L), L));
		}
		return;
	}
	case IR_DOWHILE: {
		IrSym *cnt = ad_new_local(ad, r->fwd, "count", TY_INT);
		ir_block_add(a, out, ir_assign(a, ivar(r, cnt, L), iconst(r, 0, L), L));
		IrStmt *c = ir_stmt_new(a, IR_DOWHILE, L);
		c->u.dowhile.cond = rev_cp(r, s->u.dowhile.cond);
		ir_block_add(a, &c->u.dowhile.body,
		             ir_assign(a, ivar(r, cnt, L), ir_binop(a, IR_ADD, ivar(r, cnt, L), iconst(r, 1, L), L), L));
		IrBlock body = fwd_sub(r, &s->u.dowhile.body);
		for (int i = 0; i < body.n; i++)
			ir_block_add(a, &c->u.dowhile.body, body.v[i]);
		ir_block_add(a, out, c);
		ir_block_add(a, out, rt(r, RT_PUSH_CTRL, ivar(r, cnt, L), L));
		return;
	}
	case IR_BLOCK: fwd_block(r, &s->u.block, out); return;
	case IR_CALL: sweep_call(r, s, f, fwd_call, fwd_linsolve, out); return;
	case IR_CONTINUE: return;
	case IR_RT:
		if (s->u.rt.kind == RT_FREE) {
			/* DEALLOCATE: the values and the bounds go on the tape, so that the backward sweep
			 * can allocate the array again (Tapenade's way) and restore what it needs */
			IrSym *v = s->u.rt.e->u.var.sym;
			ir_block_add(a, out, rt(r, RT_PUSH, rev_cp(r, s->u.rt.e), L));
			for (int d = 0; d < v->rank; d++) /* (sema_alloc.c: every bound is a variable or a constant) */
				for (int k = 0; k < 2; k++) {
					IrExpr *b = k ? v->dims[d].hi : v->dims[d].lo;
					if (b && b->kind == IR_VAR)
						ir_block_add(a, out, rt(r, RT_PUSH_CTRL, rev_cp(r, b), L));
				}
		}
		/* a module variable's adjoint lives as long as the array does, in both sweeps (a
		 * local's exists in the backward sweep only) */
		if ((s->u.rt.kind == RT_ALLOC || s->u.rt.kind == RT_FREE) && ad_is_global(s->u.rt.e->u.var.sym))
			ad_alloc_deriv(ad, s, s->u.rt.kind, out);
		/* fall through */
	default: {
		IrStmt *c = ir_stmt_new(a, s->kind, L);
		*c = *s;
		ir_block_add(a, out, c);
		return;
	}
	}
}

static void fwd_block(Rev *r, const IrBlock *b, IrBlock *out)
{
	for (int i = 0; i < b->n; i++)
		fwd_stmt(r, b->v[i], out);
}

/* ---------------------------------------------------------------- backward sweep */

static void bwd_block(Rev *r, const IrBlock *b, IrBlock *out);

static IrBlock bwd_sub(Rev *r, const IrBlock *b)
{
	IrBlock nb = {0};
	bwd_block(r, b, &nb);
	return nb;
}

static IrExpr *intr(Rev *r, IrIntrinsic id, IrExpr *x, IrExpr *y, IrLoc L)
{
	IrExpr **v = ir_alloc(r->ad->a, sizeof *v * 2);
	v[0] = x;
	v[1] = y;
	return ir_intrin(r->ad->a, id, v, y ? 2 : 1, L);
}

static IrStmt *if_chain(Rev *r, IrExpr **conds, IrBlock *blocks, int n, IrLoc L)
{
	IrStmt *c = ir_stmt_new(r->ad->a, IR_IF, L);
	c->u.if_.ncond = n;
	c->u.if_.conds = conds;
	c->u.if_.blocks = blocks;
	return c;
}

/* The adjoint of a BINOMIAL-CKP loop, in the backward sweep:
 *   state := entry state (popped, and pushed again for the end);
 *   h = open(L, S);  DO WHILE (act /= TERMINATE): act = next(h)
 *       TAKESHOT → store the state; RESTORE → restore it;
 *       ADVANCE  → run steps oldcapo .. capo-1 as the primal;
 *       FIRSTURN/YOUTURN → step capo: forward sweep, then backward sweep;
 *   close(h); state := entry state. */
static void bwd_binomial(Rev *r, IrStmt *s, Facts *f, IrBlock *out)
{
	Ad *ad = r->ad;
	IrArena *a = ad->a;
	IrLoc L = s->loc;
	IrDirective *d = rev_binomial_dir(s);
	for (int i = f->state.n - 1; i >= 0; i--)
		ir_block_add(a, out, rt(r, RT_POP, ir_var(a, f->state.v[i], NULL, 0, L), L));
	for (int i = 0; i < f->state.n; i++)
		ir_block_add(a, out, rt(r, RT_PUSH, ir_var(a, f->state.v[i], NULL, 0, L), L));
	IrSym *lo = ad_new_local(ad, r->bwd, "bin_lo", s->u.do_.var->type);
	IrSym *nst = ad_new_local(ad, r->bwd, "bin_steps", TY_INT);
	IrSym *h = ad_new_local(ad, r->bwd, "bin_schedule", TY_INT);
	IrSym *act = ad_new_local(ad, r->bwd, "bin_action", TY_INT);
	IrSym *k = ad_new_local(ad, r->bwd, "bin_step", TY_INT);
	ir_block_add(a, out, ir_assign(a, ivar(r, lo, L), rev_cp(r, s->u.do_.lo), L));
	/* L = the loop's trip count (the directive's nsteps only documents it) */
	IrExpr *trip = ir_binop(a, IR_ADD, ir_binop(a, IR_SUB, rev_cp(r, s->u.do_.hi), ivar(r, lo, L), L), iconst(r, 1, L), L);
	ir_block_add(a, out, ir_assign(a, ivar(r, nst, L), intr(r, INTR_MAX, trip, iconst(r, 0, L), L), L));
	IrExpr *snaps = d->nargs >= 2 ? rev_cp(r, d->args[1]) : iconst(r, 1, L);
	/* the runtime may take another snapshot count for this site ($STAD_SNAPS, stad tune) and
	 * records the loop's profile events itself */
	CkpSite *bsite = ckp_site_of(ad->sites, s);
	IrExpr **ov = ir_alloc(a, sizeof *ov * 3);
	ov[0] = ivar(r, nst, L);
	ov[1] = snaps;
	ov[2] = iconst(r, bsite ? bsite->index : -1, L);
	ir_block_add(a, out, ir_assign(a, ivar(r, h, L), ir_intrin(a, INTR_RV_OPEN, ov, 3, L), L));
	ir_block_add(a, out, ir_assign(a, ivar(r, act, L), iconst(r, 0, L), L));
	IrStmt *w = ir_stmt_new(a, IR_DOWHILE, L);
	w->u.dowhile.cond = ir_binop(a, IR_AND, ir_binop(a, IR_NE, ivar(r, act, L), iconst(r, 5, L), L),
	                             ir_binop(a, IR_NE, ivar(r, act, L), iconst(r, 6, L), L), L);
	IrBlock *wb = &w->u.dowhile.body;
	ir_block_add(a, wb, ir_assign(a, ivar(r, act, L), intr(r, INTR_RV_NEXT, ivar(r, h, L), NULL, L), L));
	IrExpr **conds = ir_alloc(a, sizeof(IrExpr *) * 4);
	IrBlock *blocks = ir_alloc(a, sizeof(IrBlock) * 4);
	conds[0] = ir_binop(a, IR_EQ, ivar(r, act, L), iconst(r, 0, L), L); /* TAKESHOT */
	conds[1] = ir_binop(a, IR_EQ, ivar(r, act, L), iconst(r, 1, L), L); /* RESTORE */
	conds[2] = ir_binop(a, IR_EQ, ivar(r, act, L), iconst(r, 2, L), L); /* ADVANCE */
	conds[3] = ir_binop(a, IR_OR, ir_binop(a, IR_EQ, ivar(r, act, L), iconst(r, 3, L), L),
	                    ir_binop(a, IR_EQ, ivar(r, act, L), iconst(r, 4, L), L), L); /* turns */
	IrStmt *st = rt(r, RT_RV_STORE, ivar(r, h, L), L);
	st->u.rt.vars = (IrSym **)f->state.v;
	st->u.rt.nvars = f->state.n;
	ir_block_add(a, &blocks[0], st);
	IrStmt *rs = rt(r, RT_RV_RESTORE, ivar(r, h, L), L);
	rs->u.rt.vars = (IrSym **)f->state.v;
	rs->u.rt.nvars = f->state.n;
	ir_block_add(a, &blocks[1], rs);
	/* ADVANCE: DO k = oldcapo, capo-1: var = lo + k; primal body */
	IrStmt *adv = ir_stmt_new(a, IR_DO, L);
	adv->u.do_.var = ivar(r, k, L);
	adv->u.do_.lo = intr(r, INTR_RV_OLDCAPO, ivar(r, h, L), NULL, L);
	adv->u.do_.hi = ir_binop(a, IR_SUB, intr(r, INTR_RV_CAPO, ivar(r, h, L), NULL, L), iconst(r, 1, L), L);
	ir_block_add(a, &adv->u.do_.body,
	             ir_assign(a, rev_cp(r, s->u.do_.var), ir_binop(a, IR_ADD, ivar(r, lo, L), ivar(r, k, L), L), L));
	for (int i = 0; i < s->u.do_.body.n; i++)
		ir_block_add(a, &adv->u.do_.body, s->u.do_.body.v[i]);
	ir_block_add(a, &blocks[2], adv);
	/* turn: var = lo + capo; forward sweep of the step, then its backward sweep */
	ir_block_add(a, &blocks[3],
	             ir_assign(a, rev_cp(r, s->u.do_.var),
	                       ir_binop(a, IR_ADD, ivar(r, lo, L), intr(r, INTR_RV_CAPO, ivar(r, h, L), NULL, L), L), L));
	IrUnit *save = r->fwd;
	r->fwd = r->bwd; /* temporaries of the forward sweep live here */
	fwd_block(r, &s->u.do_.body, &blocks[3]);
	r->fwd = save;
	bwd_block(r, &s->u.do_.body, &blocks[3]);
	ir_block_add(a, wb, if_chain(r, conds, blocks, 4, L));
	ir_block_add(a, out, w);
	IrSym *steps = ad_new_local(ad, r->bwd, "bin_forward", TY_INT);
	ir_block_add(a, out, ir_assign(a, ivar(r, steps, L), intr(r, INTR_RV_CLOSE, ivar(r, h, L), NULL, L), L));
	for (int i = f->state.n - 1; i >= 0; i--)
		ir_block_add(a, out, rt(r, RT_POP, ir_var(a, f->state.v[i], NULL, 0, L), L));
}

/* The two-phase adjoint of an FP-LOOP (Christianson 1994), in the backward sweep. With
 * z* = phi(z*, x) the converged state, A = dphi/dz and B = dphi/dx at z*, the adjoint is
 * xb += w B with w = zb (I - A)^-1 = sum_k zb A^k. One step's adjoint maps (zb, xb) to
 * (zb A, xb + zb B): applied again and again at z*, it adds zb A^k B for k = 0, 1, ... to xb,
 * that is w B, while zb shrinks to zb A^K. So:
 *   state := converged state (popped);
 *   begin(tol, cap); DO WHILE (test(max |zb|)): save the state; forward sweep of one step
 *   (its EXIT flag kept down), backward sweep of it; restore the state;
 *   end; state := entry state.
 * The runtime stops when max |zb| is at most tol times its first value (converged) or at the
 * cap; zb is left with the remainder zb A^K, the derivative on the initial guess (0 at the
 * limit). Only the step's tape lives at once, whatever the number of iterations. */
static const IrStmt *block_draws(const IrBlock *b, int *cycle);
static const char *draw_what(Ad *ad, const IrStmt *d);

static void bwd_fploop(Rev *r, IrStmt *s, Facts *f, IrBlock *out)
{
	Ad *ad = r->ad;
	IrArena *a = ad->a;
	IrLoc L = s->loc;
	IrDirective *d = rev_fploop_dir(s);
	const IrBlock *body = s->kind == IR_DO ? &s->u.do_.body : &s->u.dowhile.body;
	int cycle = 0;
	const IrStmt *drawn = block_draws(body, &cycle);
	if (drawn)
		ir_error(s->loc,
		         "the adjoint of this FP-LOOP runs its steps again, and a step %s, which it would do "
		         "differently: remove the directive",
		         draw_what(ad, drawn));
	IrVec calls = {0}, kept = {0};
	fp_kept_calls(r, s, body, &calls);
	for (int k = 0; k < calls.n; k++) {
		ir_vec_push(a, &kept, calls.v[k]);
		ir_vec_push(a, &kept, ad_linsolve_temp(ad, r->bwd, ad_linsolve_dir(calls.v[k])->ls_x, "ls_last"));
		ir_vec_push(a, &kept, ad_new_local(ad, r->bwd, "ls_ran", TY_INT));
	}
	for (int k = calls.n - 1; k >= 0; k--) {
		ir_block_add(a, out, rt(r, RT_POP_CTRL, ivar(r, kept.v[3 * k + 2], L), L));
		ir_block_add(a, out, rt(r, RT_POP, ir_var(a, kept.v[3 * k + 1], NULL, 0, L), L));
	}
	for (int i = f->state.n - 1; i >= 0; i--)
		ir_block_add(a, out, rt(r, RT_POP, ir_var(a, f->state.v[i], NULL, 0, L), L));
	IrStmt *b = rt(r, RT_FP_BEGIN, ir_real(a, d->tol, NULL, TY_REAL8, L), L);
	b->u.rt.count = iconst(r, d->maxiter, L);
	b->u.rt.site = L.line;
	ir_block_add(a, out, b);
	IrSym *go = ad_new_local(ad, r->bwd, "fp_go", TY_INT);
	IrStmt *t = rt(r, RT_FP_TEST, ivar(r, go, L), L);
	t->u.rt.vars = (IrSym **)f->fpnorm.v;
	t->u.rt.nvars = f->fpnorm.n;
	ir_block_add(a, out, t);
	IrStmt *w = ir_stmt_new(a, IR_DOWHILE, L);
	w->u.dowhile.cond = ir_binop(a, IR_NE, ivar(r, go, L), iconst(r, 0, L), L);
	IrBlock *wb = &w->u.dowhile.body;
	for (int i = 0; i < f->state.n; i++)
		ir_block_add(a, wb, rt(r, RT_PUSH, ir_var(a, f->state.v[i], NULL, 0, L), L));
	if (d->exitflag)
		ir_block_add(a, wb, ir_assign(a, ivar(r, d->exitflag, L), ir_logical(a, 0, L), L));
	IrUnit *save = r->fwd;
	IrSym *skip = r->fp_skip;
	IrVec kept0 = r->fp_kept;
	r->fwd = r->bwd; /* temporaries of the forward sweep live here */
	r->fp_skip = d->exitflag;
	r->fp_kept = kept;
	fwd_block(r, body, wb);
	r->fp_kept = kept0;
	r->fwd = save;
	bwd_block(r, body, wb);
	r->fp_skip = skip;
	for (int i = f->state.n - 1; i >= 0; i--)
		ir_block_add(a, wb, rt(r, RT_POP, ir_var(a, f->state.v[i], NULL, 0, L), L));
	IrStmt *t2 = ir_stmt_new(a, IR_RT, L);
	*t2 = *t;
	t2->u.rt.e = ivar(r, go, L);
	ir_block_add(a, wb, t2);
	ir_block_add(a, out, w);
	ir_block_add(a, out, rt(r, RT_FP_END, NULL, L));
	for (int i = f->state.n - 1; i >= 0; i--)
		ir_block_add(a, out, rt(r, RT_POP, ir_var(a, f->state.v[i], NULL, 0, L), L));
}

static void bwd_stmt(Rev *r, IrStmt *s, IrBlock *out)
{
	Facts *f = swept_facts(r, s);
	if (!f)
		return;
	Ad *ad = r->ad;
	IrArena *a = ad->a;
	IrLoc L = s->loc;
	if (f->fploop) {
		bwd_fploop(r, s, f, out);
		return;
	}
	if (quiet_control(r, s))
		return; /* its forward sweep pushed nothing */
	switch (s->kind) {
	case IR_ASSIGN:
		if (f->push_lhs && !f->push_row)
			ir_block_add(a, out, rt(r, RT_POP, rev_cp(r, s->u.assign.lhs), L));
		rev_adjoint_assign(r, s, out, r->bwd);
		return;
	case IR_IF: {
		int retest = if_on_presence(s);
		IrSym *br = retest ? NULL : ad_new_local(ad, r->bwd, "branch", TY_INT);
		if (br)
			ir_block_add(a, out, rt(r, RT_POP_CTRL, ivar(r, br, L), L));
		int n = s->u.if_.ncond;
		IrStmt *c = ir_stmt_new(a, IR_IF, L);
		c->u.if_.ncond = n;
		c->u.if_.conds = ir_alloc(a, sizeof(IrExpr *) * (size_t)n);
		c->u.if_.blocks = ir_alloc(a, sizeof(IrBlock) * (size_t)n);
		for (int k = 0; k < n; k++) {
			c->u.if_.conds[k] =
			        br ? ir_binop(a, IR_EQ, ivar(r, br, L), iconst(r, k, L), L) : rev_cp(r, s->u.if_.conds[k]);
			c->u.if_.blocks[k] = bwd_sub(r, &s->u.if_.blocks[k]);
		}
		c->u.if_.else_ = bwd_sub(r, &s->u.if_.else_);
		c->u.if_.has_else = c->u.if_.else_.n > 0;
		ir_block_add(a, out, c);
		return;
	}
	case IR_DO: {
		if (f->binomial) {
			bwd_binomial(r, s, f, out);
			return;
		}
		/* DO var = lo + (trip-1)*st, lo, -st */
		IrSym *lot = NULL, *stt = NULL, *tript = NULL;
		IrBase vt = s->u.do_.var->type;
		if (!(f->lo_c && f->hi_c && f->st_c)) {
			tript = ad_new_local(ad, r->bwd, "trip", vt);
			ir_block_add(a, out, rt(r, RT_POP_CTRL, ivar(r, tript, L), L));
		}
		if (!f->st_c) {
			stt = ad_new_local(ad, r->bwd, "step", vt);
			ir_block_add(a, out, rt(r, RT_POP_CTRL, ivar(r, stt, L), L));
		}
		if (!f->lo_c) {
			lot = ad_new_local(ad, r->bwd, "lo", vt);
			ir_block_add(a, out, rt(r, RT_POP_CTRL, ivar(r, lot, L), L));
		}
		IrExpr *lo = f->lo_c ? iconst(r, f->lo_v, L) : ivar(r, lot, L);
		IrExpr *st = f->st_c ? iconst(r, f->st_v, L) : ivar(r, stt, L);
		IrExpr *first;
		if (tript) {
			first = ir_binop(
			        a, IR_ADD, rev_cp(r, lo),
			        ir_binop(a, IR_MUL, ir_binop(a, IR_SUB, ivar(r, tript, L), iconst(r, 1, L), L), rev_cp(r, st), L),
			        L);
		} else {
			int64_t trip = (f->hi_v - f->lo_v + f->st_v) / f->st_v;
			if (trip < 0)
				trip = 0;
			first = iconst(r, f->lo_v + (trip - 1) * f->st_v, L);
		}
		IrStmt *c = ir_stmt_new(a, IR_DO, L);
		c->u.do_.var = rev_cp(r, s->u.do_.var);
		c->u.do_.lo = first;
		c->u.do_.hi = lo;
		c->u.do_.step = f->st_c ? iconst(r, -f->st_v, L) : ir_unop(a, IR_NEG, rev_cp(r, st), L);
		c->u.do_.body = bwd_sub(r, &s->u.do_.body);
		ir_block_add(a, out, c);
		if (f->rows.n) {
			/* the row blocks come back after the reversed loop, last pushed first */
			IrExpr *count;
			if (tript) {
				count = ivar(r, tript, L);
			} else {
				int64_t n = (f->hi_v - f->lo_v + f->st_v) / f->st_v;
				count = iconst(r, n > 0 ? n : 0, L);
			}
			for (int i = f->rows.n - 1; i >= 0; i--)
				ir_block_add(a, out,
				             row_op(r, RT_POP_ROW, f->rows.v[i], s->u.do_.var->u.var.sym, rev_cp(r, lo),
				                    rev_cp(r, count)));
		}
		if (f->push_var)
			ir_block_add(a, out, rt(r, RT_POP, rev_cp(r, s->u.do_.var), L));
		return;
	}
	case IR_DOWHILE: {
		IrSym *cnt = ad_new_local(ad, r->bwd, "count", TY_INT);
		IrSym *k = ad_new_local(ad, r->bwd, "iter", TY_INT);
		ir_block_add(a, out, rt(r, RT_POP_CTRL, ivar(r, cnt, L), L));
		IrStmt *c = ir_stmt_new(a, IR_DO, L);
		c->u.do_.var = ivar(r, k, L);
		c->u.do_.lo = iconst(r, 1, L);
		c->u.do_.hi = ivar(r, cnt, L);
		c->u.do_.body = bwd_sub(r, &s->u.dowhile.body);
		ir_block_add(a, out, c);
		return;
	}
	case IR_BLOCK: bwd_block(r, &s->u.block, out); return;
	case IR_CALL: sweep_call(r, s, f, bwd_call, bwd_linsolve, out); return;
	case IR_RT: {
		IrSym *v = s->u.rt.e->u.var.sym;
		if (v->alloc_status && (s->u.rt.kind == RT_ALLOC || s->u.rt.kind == RT_FREE))
			/* ALLOCATED(a) as before the statement (a caller or the next call may test it) */
			ir_block_add(a, out,
			             ir_assign(a, ir_var(a, v->alloc_status, NULL, 0, L),
			                       ir_logical(a, s->u.rt.kind == RT_FREE, L), L));
		if (s->u.rt.kind == RT_ALLOC) {
			/* the array and its adjoint end here, going backwards */
			ir_block_add(a, out, rt(r, RT_FREE, rev_cp(r, s->u.rt.e), L));
			ad_alloc_deriv(ad, s, RT_FREE, out);
		} else if (s->u.rt.kind == RT_FREE) {
			/* allocated again with the bounds it had, its values back; its adjoint zero */
			for (int d = v->rank - 1; d >= 0; d--)
				for (int k = 1; k >= 0; k--) {
					IrExpr *b = k ? v->dims[d].hi : v->dims[d].lo;
					if (b && b->kind == IR_VAR)
						ir_block_add(a, out, rt(r, RT_POP_CTRL, rev_cp(r, b), L));
				}
			ir_block_add(a, out, rt(r, RT_ALLOC, rev_cp(r, s->u.rt.e), L));
			ir_block_add(a, out, rt(r, RT_POP, rev_cp(r, s->u.rt.e), L));
			ad_alloc_deriv(ad, s, RT_ALLOC, out);
		}
		return;
	}
	default: return;
	}
}

static void bwd_block(Rev *r, const IrBlock *b, IrBlock *out)
{
	/* recomputable temporaries first, in forward order (see mark_recompute) */
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		Facts *f = s->aux;
		if (s->kind == IR_ASSIGN && f && f->recompute)
			ir_block_add(r->ad->a, out,
			             ir_assign(r->ad->a, rev_cp(r, s->u.assign.lhs), rev_cp(r, s->u.assign.rhs), s->loc));
	}
	for (int i = b->n - 1; i >= 0; i--)
		bwd_stmt(r, b->v[i], out);
}

/* ---------------------------------------------------------------- units */

/* The sites as the runtime set-up statements of the exported adjoint carry them. */
static const IrSiteList *site_list(Ad *ad)
{
	IrArena *a = ad->a;
	CkpSites *s = ad->sites;
	IrSiteList *l = ir_alloc(a, sizeof *l);
	const char **ids = ir_alloc(a, sizeof *ids * (size_t)(s->n + 1));
	int *kinds = ir_alloc(a, sizeof *kinds * (size_t)(s->n + 1));
	int *on = ir_alloc(a, sizeof *on * (size_t)(s->n + 1));
	for (int i = 0; i < s->n; i++) {
		Facts *sf = s->v[i]->stmt->aux;
		ids[i] = s->v[i]->id;
		/* a site that cannot be checkpointed stays off whatever STAD_SITES says; the profile
		 * sees it as fixed (not a toggle), in its off state */
		int stuck = sf && (sf->snap_bad || sf->draws) && !s->v[i]->on;
		kinds[i] = s->v[i]->is_binomial ? 1 : s->v[i]->is_external || s->v[i]->is_linsolve || stuck ? 2 : 0; /* SRT_SITE_* */
		on[i] = s->v[i]->on && !(ad->req->dynamic_sites && sf && (sf->snap_bad || sf->draws));
	}
	l->n = s->n;
	l->ids = ids;
	l->kinds = kinds;
	l->on = on;
	l->dynamic = ad->req->dynamic_sites;
	return l;
}

/* TBR of one routine. Req at entry is what its callers need back after its backward sweep:
 * the union, over every call site, of the caller's Req there (none for the head, whose caller
 * is the user). Callers are analysed before their callees, so it is complete. */
/* ---------------------------------------------------------------- adjustable extents
 *
 * Fortran fixes an array's bounds when the routine is entered: after `m = 1`, v(m, 2)'s element
 * v(2, 2) is still the fourth. Q_bwd runs later, when the variables its bounds read may hold
 * other values (Q wrote them, or a caller did after the call). So Q_fwd copies every bound that
 * reads a variable at entry and pushes the copies at its very end; Q_bwd is then a wrapper that
 * pops them and calls the backward sweep proper, Q_bwd_in, whose bounds are those values passed
 * as extra arguments (C evaluates a routine's bounds when it is entered, so they must be known
 * by then). */

typedef struct Extents {
	int n;
	IrExpr **bound; /* the non-constant bound expressions (u's symbols) */
	IrSym **copy;   /* the local of u holding each at entry */
} Extents;

static void extent_add(Ad *ad, IrUnit *u, Extents *x, IrExpr **slot)
{
	if (!*slot || !ir_expr_reads_variable(*slot))
		return;
	for (int i = 0; i < x->n; i++)
		if (ir_expr_equal(x->bound[i], *slot))
			return; /* one copy per value: a(n, n) and b(n) share n's */
	x->bound = realloc(x->bound, sizeof *x->bound * (size_t)(x->n + 1));
	x->copy = realloc(x->copy, sizeof *x->copy * (size_t)(x->n + 1));
	if (!x->bound || !x->copy) {
		fprintf(stderr, "stad: out of memory\n");
		abort();
	}
	x->bound[x->n] = *slot;
	x->copy[x->n] = ad_new_local(ad, u, "extent", (*slot)->type);
	x->n++;
}

static void extents_collect(Ad *ad, IrUnit *u, Extents *x)
{
	int nsyms = u->syms.n; /* the copies are appended: not arrays */
	for (int k = 0; k < nsyms; k++) {
		IrSym *s = u->syms.v[k];
		if (ad_is_global(s) || s->kind == SYM_PARAM || s->allocatable) /* an allocatable's bounds move */
			continue;
		for (int d = 0; d < s->rank; d++) {
			extent_add(ad, u, x, &s->dims[d].lo);
			extent_add(ad, u, x, &s->dims[d].hi);
		}
	}
}

/* Replaces (swap = 1) the bounds of u's arrays and of their derivatives by the copies, or puts
 * the original bounds back (swap = 0). */
static void extents_swap(Ad *ad, IrUnit *u, const Extents *x, int swap)
{
	for (int k = 0; k < u->syms.n; k++) {
		IrSym *s = u->syms.v[k];
		if (ad_is_global(s) || !s->rank || s->allocatable)
			continue;
		IrSym *ds = ad_dsym(ad, s);
		for (int d = 0; d < s->rank; d++)
			for (int i = 0; i < x->n; i++) {
				IrExpr *to = ir_var(ad->a, x->copy[i], NULL, 0, x->bound[i]->loc);
				IrExpr *from = x->bound[i];
				if (!swap) {
					IrExpr *t = to;
					to = from;
					from = t;
				}
				IrDim *dims[2] = {&s->dims[d], ds ? &ds->dims[d] : NULL};
				for (int j = 0; j < 2; j++) {
					if (!dims[j])
						continue;
					if (swap ? ir_expr_equal(dims[j]->lo, from)
					         : dims[j]->lo && dims[j]->lo->kind == IR_VAR &&
					                    dims[j]->lo->u.var.sym == x->copy[i])
						dims[j]->lo = to;
					if (swap ? ir_expr_equal(dims[j]->hi, from)
					         : dims[j]->hi && dims[j]->hi->kind == IR_VAR &&
					                    dims[j]->hi->u.var.sym == x->copy[i])
						dims[j]->hi = to;
				}
			}
	}
}

/* Q_bwd becomes a wrapper: pop the extents, call Q_bwd_in (the backward sweep built so far,
 * with the extents' copies turned into its last arguments). */
static IrUnit *extents_wrap(Ad *ad, IrUnit *u, IrUnit *bwd, const Extents *x, SymMap *mb)
{
	IrArena *a = ad->a;
	IrUnit *in = ir_unit_new(a, UNIT_SUBROUTINE, ad_unit_name(ad, u, "_bwd_in"), u->loc);
	in->syms = bwd->syms;
	in->body = bwd->body;
	in->no_restrict = bwd->no_restrict;
	in->implicit_none = 1;
	in->nargs = bwd->nargs + x->n;
	in->args = ir_alloc(a, sizeof(IrSym *) * (size_t)(in->nargs + 1));
	in->argnames = ir_alloc(a, sizeof(char *) * (size_t)(in->nargs + 1));
	for (int k = 0; k < bwd->nargs; k++)
		in->args[k] = bwd->args[k];
	for (int i = 0; i < x->n; i++) {
		IrSym *c = mb->v[x->copy[i]->id];
		assert(c);
		c->kind = SYM_ARG;
		c->intent = INTENT_IN;
		in->args[bwd->nargs + i] = c;
	}
	for (int k = 0; k < in->nargs; k++) {
		in->args[k]->argpos = k;
		in->argnames[k] = in->args[k]->name;
	}
	/* the wrapper: the same arguments (arrays passed on as they are), the extents as locals */
	IrVec syms = {0};
	IrExpr **ca = ir_alloc(a, sizeof(IrExpr *) * (size_t)(in->nargs + 1));
	for (int k = 0; k < bwd->nargs; k++) {
		IrSym *c = ir_alloc(a, sizeof *c);
		*c = *bwd->args[k];
		c->owner = bwd;
		c->aux = NULL;
		for (int d = 0; d < c->rank; d++) {
			c->dims[d].lo = NULL;
			c->dims[d].hi = d + 1 < c->rank ? ir_int(a, 1, u->loc) : NULL;
		}
		bwd->args[k] = c;
		ir_vec_push(a, &syms, c);
		ca[k] = ir_var(a, c, NULL, 0, u->loc);
	}
	IrBlock body = {0};
	for (int i = x->n - 1; i >= 0; i--) {
		IrSym *c = ir_alloc(a, sizeof *c);
		*c = *x->copy[i];
		c->owner = bwd;
		c->aux = NULL;
		ir_vec_push(a, &syms, c);
		IrStmt *pop = ir_stmt_new(a, IR_RT, u->loc);
		pop->u.rt.kind = RT_POP;
		pop->u.rt.e = ir_var(a, c, NULL, 0, u->loc);
		ir_block_add(a, &body, pop);
		ca[bwd->nargs + i] = ir_var(a, c, NULL, 0, u->loc);
	}
	IrStmt *call = ir_call(a, in->name, ca, in->nargs, u->loc);
	call->u.call.callee = in;
	ir_block_add(a, &body, call);
	bwd->syms = syms;
	bwd->body = body;
	return in;
}

/* ---------------------------------------------------------------- the random generator */

/* Does e use the random generator (RANDOM_NUMBER, RANDOM_SEED, lowered by sema_intrsub.c) or
 * read input (READ, sema_io.c)? Either gives other values when run again. */
static int is_draw(const IrExpr *e, const void *ctx)
{
	(void)ctx;
	return e->kind == IR_INTRIN && ir_intrinsic_draws(e->u.call.id);
}

static int expr_draws(const IrExpr *e)
{
	return ir_expr_any(e, is_draw, NULL);
}

static const IrStmt *block_draws(const IrBlock *b, int *cycle);

/* The first statement of u or of a routine it calls that draws, or NULL; memoized (a NULL found
 * while a cycle of calls was being computed is not kept). */
static const IrStmt *unit_draws(IrUnit *u, int *cycle)
{
	UnitInfo *ui = ad_info(u);
	if (ui->draws_state == 2)
		return ui->draws;
	if (ui->draws_state == 1) {
		*cycle = 1;
		return NULL;
	}
	ui->draws_state = 1;
	int mine = 0;
	const IrStmt *d = block_draws(&u->body, &mine);
	ui->draws = d;
	ui->draws_state = d || !mine ? 2 : 0;
	*cycle |= mine;
	return d;
}

static const IrStmt *block_draws(const IrBlock *b, int *cycle)
{
	for (int i = 0; i < b->n; i++) {
		const IrStmt *s = b->v[i], *d = NULL;
		switch (s->kind) {
		case IR_ASSIGN:
			if (expr_draws(s->u.assign.rhs))
				return s;
			break;
		case IR_PRINT:
			if (s->u.print.input || s->u.print.io == IO_BACKSPACE) /* a READ (its IO_BEGIN); BACKSPACE */
				return s; /* (re-run, BACKSPACE would move back one record more) */
			if (s->u.print.io == IO_OPEN && s->u.print.handled)
				return s; /* an OPEN with IOSTAT=: re-run, status='new' would find the file it made */
			break;
		case IR_IF:
			for (int k = 0; k < s->u.if_.ncond && !d; k++)
				d = expr_draws(s->u.if_.conds[k]) ? s : block_draws(&s->u.if_.blocks[k], cycle);
			if (!d)
				d = block_draws(&s->u.if_.else_, cycle);
			break;
		case IR_DO: d = block_draws(&s->u.do_.body, cycle); break;
		case IR_DOWHILE: d = block_draws(&s->u.dowhile.body, cycle); break;
		case IR_BLOCK: d = block_draws(&s->u.block, cycle); break;
		case IR_CALL:
			if (s->u.call.callee && !s->u.call.callee->ext)
				d = unit_draws(s->u.call.callee, cycle);
			break;
		default: break;
		}
		if (d)
			return d;
	}
	return NULL;
}

/* What statement d (block_draws) does, for messages: "reads input (READ at f.f90:12)". */
static const char *draw_what(Ad *ad, const IrStmt *d)
{
	int reads = d->kind == IR_PRINT ||
	        (d->kind == IR_ASSIGN && d->u.assign.rhs->kind == IR_INTRIN && d->u.assign.rhs->u.call.id == INTR_READ);
	int opens = d->kind == IR_PRINT && d->u.print.io == IO_OPEN;
	int back = d->kind == IR_PRINT && d->u.print.io == IO_BACKSPACE;
	return ir_sprintf(ad->a, "%s (%s at %s:%d)",
	                  opens           ? "opens a file with IOSTAT="
	                          : back  ? "moves a file back"
	                          : reads ? "reads input"
	                                  : "draws random numbers",
	                  opens           ? "OPEN"
	                          : back  ? "BACKSPACE"
	                          : reads ? "READ"
	                                  : "RANDOM_NUMBER or RANDOM_SEED",
	                  d->loc.file ? d->loc.file : "?", d->loc.line);
}

/* The index of u's first call site in ad->sites: the sites are collected unit by unit in the
 * order of ad->units (ckp_sites_collect), so u's are the ones from there on whose caller is u. */
static int first_site(Ad *ad, IrUnit *u)
{
	int order = ad_info(u)->order, lo = 0, hi = ad->sites->n;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (ad_info(ad->sites->v[mid]->caller)->order < order)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A checkpointed call re-runs its callee's forward sweep in the backward sweep: one that draws
 * random numbers (or seeds) would draw other numbers than the forward sweep did, one that READs
 * would read the next records. Such a site is forced off (split: the forward sweep's values are
 * taped); where a table or a pragma asks for it, or for a BINOMIAL-CKP loop, that is an error. */
static void random_sites(Rev *r, IrUnit *u)
{
	Ad *ad = r->ad;
	for (int i = first_site(ad, u); i < ad->sites->n && ad->sites->v[i]->caller == u; i++) {
		CkpSite *s = ad->sites->v[i];
		if (s->is_external)
			continue;
		int cycle = 0;
		const IrStmt *d = s->is_binomial   ? block_draws(&s->stmt->u.do_.body, &cycle)
		        : s->stmt->kind == IR_CALL ? unit_draws(s->stmt->u.call.callee, &cycle)
		                                   : NULL;
		if (!d)
			continue;
		if (!s->is_binomial) {
			rev_facts(r, s->stmt)->draws = 1; /* not switched on at run time either */
			s->forced_why = draw_what(ad, d);
		}
		if (!s->on && !s->is_binomial)
			continue;
		if (s->is_binomial)
			ir_error(s->stmt->loc,
			         "BINOMIAL-CKP of this loop would run its body again, and the body %s: remove the directive",
			         draw_what(ad, d));
		else if (s->why == WHY_DEFAULT || s->why == WHY_OPTION || s->why == WHY_AUTO) {
			s->on = 0;
			s->why = WHY_FORCED;
		} else
			ir_error(s->stmt->loc,
			         "call site %s cannot be checkpointed: '%s' %s, which a re-run would do again differently "
			         "(switch the site off%s)",
			         s->id, s->callee->name, draw_what(ad, d),
			         s->why == WHY_PRAGMA ? ": remove the pragma" : " in the table");
	}
}

/* The SAVE'd locals of the call tree (ad->saved) hold what the primal leaves in them after the
 * forward sweep, and the backward sweep restores their values on entry, as it does for every
 * variable it overwrites. Module and COMMON variables the caller sets again before the next call
 * (README), but nobody can set a SAVE'd local: a running mean or a call counter would stay at its
 * first call's state and every later adjoint would be that of the first call (trial s16). So
 * the head's adjoint copies them after its forward sweep (into *fwd) and back after its backward
 * sweep (*after), and leaves them as the primal and the tangent do. ALLOCATABLE ones stay
 * as the backward sweep leaves them (README). Only those the call tree writes. */
static void keep_saved_state(Ad *ad, IrBlock *fwd, IrBlock *after, IrLoc loc)
{
	const UnitInfo *hi = ad_info(ad->head);
	if (!ad->saved)
		return;
	IrArena *a = ad->a;
	int n = ad->saved->syms.n;
	for (int i = 0; i < n; i++) {
		IrSym *v = ad->saved->syms.v[i];
		if (v->allocatable || v->origin || v->readonly || !ad_bits_get(hi->writes, v->id))
			continue; /* (what the call tree does not write stays as it is anyway) */
		IrSym *c = ir_alloc(a, sizeof *c);
		*c = *v;
		c->name = ad_fresh_name(ad, ad->saved, ir_sprintf(a, "%s_after", v->name));
		c->id = ad->p->nsyms++;
		c->aux = NULL;
		c->init = NULL;
		c->shadow = 1;
		ir_vec_push(a, &ad->saved->syms, c);
		ir_block_add(a, fwd, ad_copy_whole(ad, c, v, loc));
		ir_block_add(a, after, ad_copy_whole(ad, v, c, loc));
	}
}


/* "(:, :)" without its parentheses: the section of every element of an array of rank r (1 to 7) */
static const char *whole_section(int r)
{
	static const char all[] = ":, :, :, :, :, :, :";
	r = r < 1 ? 1 : r > 7 ? 7 : r;
	return all + 3 * (7 - r);
}
static void build_unit(Ad *ad, IrUnit *u, Bits globals, int nbits, Bits req)
{
	UnitInfo *ui = ad_info(u);
	IrArena *a = ad->a;
	Rev r = {ad, u, ui->fwd, ui->bwd, NULL, globals, nbits, NULL, {0}};
	r.scratch = ir_unit_new(a, UNIT_SUBROUTINE, "scratch", u->loc);
	/* call sites that cannot be checkpointed */
	random_sites(&r, u);
	for (int i = first_site(ad, u); i < ad->sites->n && ad->sites->v[i]->caller == u; i++) {
		CkpSite *s = ad->sites->v[i];
		if (s->stmt->kind != IR_CALL)
			continue;
		Facts *f = rev_facts(&r, s->stmt);
		if (s->is_linsolve)
			ad_linsolve_check(ad, s->caller, s->stmt);
		if (f->snap_bad && s->is_external) {
			ir_error(s->stmt->loc,
			         "the call of '%s', a routine without source, must save '%s' (site %s), whose size is assumed "
			         "('*'): declare the array's size",
			         s->callee->name, f->snap_bad_sym->name, s->id);
		} else if (f->snap_bad && s->on) {
			const char *alloc_why = f->snap_bad_sym->allocatable
			        ? ir_sprintf(a,
			                     "changes the allocation of the module variable '%s' (ALLOCATE, DEALLOCATE, "
			                     "or an assignment '%s = ...' that may reallocate it: write '%s(%s) = ...' "
			                     "when its shape does not change)",
			                     f->snap_bad_sym->name, f->snap_bad_sym->name, f->snap_bad_sym->name,
			                     whole_section(f->snap_bad_sym->rank))
			        : NULL;
			if (s->why == WHY_DEFAULT || s->why == WHY_AUTO) {
				s->on = 0;
				s->why = WHY_FORCED;
				if (!s->forced_why)
					s->forced_why = alloc_why
					        ? alloc_why
					        : ir_sprintf(a, "its snapshot would need '%s', whose size is assumed ('*')",
					                     f->snap_bad_sym->name);
			} else if (alloc_why) {
				ir_error(s->stmt->loc, "call site %s cannot be checkpointed: the call %s; switch the site off",
				         s->id, alloc_why);
			} else if (s->is_region) {
				ir_error(
				        s->stmt->loc,
				        "the CHECKPOINT-START region %s cannot be checkpointed: its snapshot needs '%s', whose size "
				        "is assumed ('*'); declare the array's size, or switch the region off in a table",
				        s->id, f->snap_bad_sym->name);
			} else {
				ir_error(
				        s->stmt->loc,
				        "call site %s cannot be checkpointed: its snapshot needs '%s', whose size is assumed ('*')",
				        s->id, f->snap_bad_sym->name);
			}
		}
	}
	/* locals the backward sweep needs from the end of the forward sweep */
	IrVec keep = {0};
	for (int k = 0; k < u->syms.n; k++) {
		IrSym *s = u->syms.v[k];
		/* (an ALLOCATABLE local is deallocated at the end: its DEALLOCATE saves it) */
		if ((s->kind == SYM_LOCAL || s->kind == SYM_RESULT) && ad_bits_get(req, s->id) && !rev_recomputed(u, s) &&
		    !s->allocatable && !s->absent)
			ir_vec_push(a, &keep, s);
	}
	/* the bounds that read variables, copied at entry (after the keep list: new symbols) */
	Extents ext = {0};
	extents_collect(ad, u, &ext);
	/* Q_fwd */
	SymMap mf = ad_map_new(ad);
	ad_build_signature(ad, u, ui->fwd, &mf, 0);
	IrArenaMark mark = ir_arena_mark(a); /* the sweeps' nodes are their own: substituted in place */
	IrBlock fb = {0};
	for (int i = 0; i < ext.n; i++)
		ir_block_add(a, &fb,
		             ir_assign(a, ir_var(a, ext.copy[i], NULL, 0, u->loc), ir_expr_copy(a, ext.bound[i]), u->loc));
	fwd_block(&r, &u->body, &fb);
	for (int k = 0; k < keep.n; k++) {
		IrSym *s = keep.v[k];
		ir_block_add(a, &fb, rt(&r, RT_PUSH, ir_var(a, s, NULL, 0, u->loc), u->loc));
	}
	for (int i = 0; i < ext.n; i++)
		ir_block_add(a, &fb, rt(&r, RT_PUSH, ir_var(a, ext.copy[i], NULL, 0, u->loc), u->loc));
	ad_subst_block_own(ad, &mf, &fb, mark);
	ad_map_free(&mf);
	ui->fwd->body = fb;
	/* Q_bwd */
	SymMap mb = ad_map_new(ad);
	if (ext.n)
		extents_swap(ad, u, &ext, 1);
	ad_build_signature(ad, u, ui->bwd, &mb, 1);
	if (ext.n)
		extents_swap(ad, u, &ext, 0);
	mark = ir_arena_mark(a);
	IrBlock bb = {0};
	ad_zero_dlocals(ad, u, &bb);
	for (int k = keep.n - 1; k >= 0; k--) {
		IrSym *s = keep.v[k];
		ir_block_add(a, &bb, rt(&r, RT_POP, ir_var(a, s, NULL, 0, u->loc), u->loc));
	}
	bwd_block(&r, &u->body, &bb);
	ad_subst_block_own(ad, &mb, &bb, mark);
	ui->bwd->body = bb;
	ad_stream_increments(ad, ui->bwd);
	if (ext.n)
		ui->bwd_in = extents_wrap(ad, u, ui->bwd, &ext, &mb);
	ad_map_free(&mb);
	free(ext.bound);
	free(ext.copy);
	const char *kind = ui->was_function ? "FUNCTION" : "SUBROUTINE";
	ui->fwd->comment = ir_sprintf(a, "forward sweep of %s %s (%s:%d): primal, saving what the backward sweep needs", kind,
	                              u->name, u->loc.file, u->loc.line);
	ui->bwd->comment = ir_sprintf(a,
	                              "backward sweep of %s %s (%s:%d): adjoints of the active arguments follow them; "
	                              "restores what the forward sweep overwrote",
	                              kind, u->name, u->loc.file, u->loc.line);
	/* the head's joint adjoint */
	if (ui->is_head) {
		SymMap mh = ad_map_new(ad);
		ad_build_signature(ad, u, ui->b, &mh, 1);
		mark = ir_arena_mark(a);
		IrBlock hb = {0};
		/* the head's own derivative locals live in head_bwd; drop their clones here */
		IrVec hs = {0};
		for (int k = 0; k < ui->b->syms.n; k++) {
			IrSym *s = ui->b->syms.v[k];
			if (s->kind == SYM_ARG || s->kind == SYM_PARAM)
				ir_vec_push(a, &hs, s);
		}
		ui->b->syms = hs;
		ir_block_add(a, &hb, rt(&r, RT_INIT, NULL, u->loc));
		ad_abi_alias_checks(ad, u, &hb);
		const IrSiteList *sites = site_list(ad);
		if (ad->req->dynamic_sites) {
			IrStmt *st = rt(&r, RT_SITES, NULL, u->loc);
			st->u.rt.sites = sites;
			ir_block_add(a, &hb, st);
		}
		if (ad->profile) {
			IrStmt *st = rt(&r, RT_PROF_SITES, NULL, u->loc);
			st->u.rt.sites = sites;
			ir_block_add(a, &hb, st);
		}
		for (int i = 0; i < ad->ndmap; i++) {
			IrSym *d = ad->dmap[i];
			if (d && ad_head_zeroes(ad, d)) {
				ir_block_add(a, &hb, rt(&r, RT_ZERO, ir_var(a, d, NULL, 0, u->loc), u->loc));
			}
		}
		IrExpr **fa = ir_alloc(a, sizeof *fa * (size_t)(u->nargs + 1));
		IrExpr **ba = ir_alloc(a, sizeof *ba * (size_t)(2 * u->nargs + 1));
		int nb = 0;
		for (int k = 0; k < u->nargs; k++) {
			fa[k] = ir_var(a, u->args[k], NULL, 0, u->loc);
			ba[nb++] = ir_var(a, u->args[k], NULL, 0, u->loc);
			if (ad_has_darg(ad, u, k))
				ba[nb++] = ir_var(a, ad_dsym(ad, u->args[k]), NULL, 0, u->loc);
		}
		IrStmt *c1 = ir_call(a, ui->fwd->name, fa, u->nargs, u->loc);
		c1->u.call.callee = ui->fwd;
		IrStmt *c2 = ir_call(a, ui->bwd->name, ba, nb, u->loc);
		c2->u.call.callee = ui->bwd;
		ir_block_add(a, &hb, c1);
		IrBlock after = {0};
		keep_saved_state(ad, &hb, &after, u->loc);
		ir_block_add(a, &hb, c2);
		for (int k = 0; k < after.n; k++)
			ir_block_add(a, &hb, after.v[k]);
		ad_subst_block_own(ad, &mh, &hb, mark);
		ad_map_free(&mh);
		ui->b->body = hb;
		ui->b->comment = ir_sprintf(a,
		                            "adjoint of %s %s (%s:%d): on entry the adjoints of the outputs hold weights and "
		                            "those of the inputs accumulate; on exit inputs += J^T outputs, outputs zeroed",
		                            kind, u->name, u->loc.file, u->loc.line);
	}
}

typedef struct BuildCtx {
	Ad *ad;
	Bits globals;
	int nbits;
	IdList *ends; /* per unit order: its locals in Req at its end */
} BuildCtx;

static void build_one(void *ctx, IrUnit *u)
{
	BuildCtx *c = ctx;
	IdList l = c->ends[ad_info(u)->order];
	Bits req = rev_tmp_bits(c->nbits);
	for (int i = 0; i < l.n; i++)
		ad_bits_set(req, l.v[i]);
	build_unit(c->ad, u, c->globals, c->nbits, req);
	rev_tmp_free(req);
}

/* Pass "sites": the call sites of the canonicalized tree numbered (ckp_sites_collect), then
 * decided by precedence: forced (tune), table, pragma, option, default. --default-checkpoint
 * auto decides the sites left at their default later, in "ad" (ad_auto_sites), after TBR. */
int ad_rev_sites(Ad *ad)
{
	ad->sites = ckp_sites_collect(ad->a, (IrUnit *const *)ad->units.v, ad->units.n);
	CkpTable *table = NULL;
	if (ad->req->table) {
		table = ckp_table_read(ad->p, ad->req->table);
		if (!table)
			return 1;
	}
	int before = ir_error_count(ad->p);
	if (ckp_sites_decide(ad->sites, table, ad->req->nocheckpoint, ad->req->default_nocheckpoint, ad->req->force_states,
	                     ad->req->nforce))
		return 1;
	if (ir_error_count(ad->p) > before)
		return 1;
	/* an FP-LOOP switched off in the table is an ordinary loop from here on (rev_fploop_dir) */
	for (int i = 0; i < ad->sites->nfp; i++)
		for (int k = 0; k < ad->sites->fp[i]->stmt->ndirs; k++)
			if (ad->sites->fp[i]->stmt->dirs[k]->kind == DIR_FPLOOP)
				ad->sites->fp[i]->stmt->dirs[k]->taped = !ad->sites->fp[i]->on;
	/* --default-checkpoint auto, a later pass: the sites the previous one chose off are analysed
	 * as off (a split call needs less saved around it), and auto keeps them off: a site analysed
	 * off must not be built on (its callee's re-run would read values nobody saved) */
	for (int i = 0; ad->req->default_auto && ad->req->auto_prev && i < ad->sites->n && i < ad->req->nauto_prev; i++) {
		CkpSite *s = ad->sites->v[i];
		if (s->why == WHY_DEFAULT && !s->is_region && !s->is_binomial && !s->is_external && ad->req->auto_prev[i] == 0)
			s->on = 0, s->auto_kept_off = 1;
	}
	return 0;
}

/* Pass "tbr": what each routine's backward sweep reads (needs) and what its callers need back
 * (entry), recorded on its statements (tbr.c); the sweeps' routines are declared first (the
 * analysis refers to them). The sites are decided: a split call needs more saved around it. */
int ad_rev_tbr(Ad *ad)
{
	for (int i = 0; i < ad->units.n; i++) {
		IrUnit *u = ad->units.v[i];
		UnitInfo *ui = ad_info(u);
		ui->needs_deriv = 1;
		if (u->ext) { /* no sweeps: the user's joint adjoint NAME_b, unless it is passive */
			if (!u->ext->passive)
				ui->b = ad_external_decl(ad, u, "_b");
			continue;
		}
		ui->fwd = ir_unit_new(ad->a, UNIT_SUBROUTINE, ad_unit_name(ad, u, "_fwd"), u->loc);
		ui->bwd = ir_unit_new(ad->a, UNIT_SUBROUTINE, ad_unit_name(ad, u, "_bwd"), u->loc);
		if (ui->is_head)
			ui->b = ir_unit_new(ad->a, UNIT_SUBROUTINE, ad_unit_name(ad, u, "_b"), u->loc);
	}
	for (int i = 0; i < ad->units.n; i++) {
		UnitInfo *ui = ad_info(ad->units.v[i]);
		if (ui->aliased && !ui->u->ext) {
			ui->fwd->no_restrict = ui->bwd->no_restrict = 1;
			ui->u->no_restrict = 1;
		}
	}
	int before = ir_error_count(ad->p);
	int nbits = ad->p->nsyms + 64;
	Bits globals = ad_global_mask(ad, nbits);
	/* What each routine's backward sweep reads from its dummies and globals for its own
	 * adjoints: its Req at the end with nothing required at entry (callees first). */
	for (int i = 0; i < ad->units.n; i++) {
		IrUnit *u = ad->units.v[i];
		UnitInfo *ui = ad_info(u);
		if (u->ext) { /* NAME_b reads everything the routine reads */
			ui->needs = ui->reads;
			ui->has_needs = 1;
			continue;
		}
		Rev r0 = {ad, u, ui->fwd, ui->bwd, NULL, globals, nbits, NULL, {0}};
		r0.scratch = ir_unit_new(ad->a, UNIT_SUBROUTINE, "scratch", u->loc);
		rev_mark_recompute(&r0, u);
		Bits req = rev_tmp_bits(nbits);
		rev_tbr_block(&r0, &u->body, req, 0);
		ui->needs = ad_bits_sparse(ad->a);
		for (int k = 0; k < u->nargs; k++)
			if (ad_bits_get(req, u->args[k]->id))
				ad_bits_set(ui->needs, u->args[k]->id);
		ad_bits_or_masked(ui->needs, req, globals);
		rev_tmp_free(req);
		ui->has_needs = 1;
	}
	/* What each routine must give back to its callers (entry), callers first. A call inside a
	 * cycle of calls (RECURSIVE) reaches a routine analysed before its caller: the sweep
	 * repeats until no routine of a cycle has a larger entry than it was analysed with (entries
	 * only grow; the needs above, found with a cycle's not yet known needs taken as its whole
	 * read set, are a safe over-approximation and need no repeat). */
	IdList *ends = ir_alloc(ad->a, sizeof *ends * (size_t)(ad->units.n + 1));
	Bits *seen = ir_alloc(ad->a, sizeof *seen * (size_t)(ad->units.n + 1));
	for (int again = 1; again && ir_error_count(ad->p) == before;) {
		again = 0;
		for (int i = ad->units.n - 1; i >= 0; i--) { /* callers first */
			IrUnit *u = ad->units.v[i];
			UnitInfo *ui = ad_info(u);
			if (u->ext)
				continue;
			if (u->cycle) { /* the entry it is analysed with */
				seen[i] = ad_bits_sparse(ad->a);
				if (ui->has_entry)
					ad_bits_copy(seen[i], ui->entry);
			}
			ends[i] = rev_analyse_unit(ad, u, globals, nbits);
		}
		for (int i = 0; i < ad->units.n; i++) {
			UnitInfo *ui = ad_info(ad->units.v[i]);
			if (((IrUnit *)ad->units.v[i])->cycle && !ui->u->ext && ui->has_entry && !ad_bits_eq(seen[i], ui->entry))
				again = 1;
		}
	}
	ad->rev_globals = globals;
	ad->rev_nbits = nbits;
	ad->rev_ends = ends;
	return ir_error_count(ad->p) > before;
}

/* Pass "ad" in reverse mode: each routine's forward and backward sweeps built from TBR's facts
 * (build_unit), callees first; with --default-checkpoint auto, once its own sites are decided. */
int ad_reverse(Ad *ad)
{
	int before = ir_error_count(ad->p);
	BuildCtx bc = {ad, ad->rev_globals, ad->rev_nbits, ad->rev_ends};
	if (ad->req->default_auto) {
		if (ad_auto_sites(ad, build_one, &bc))
			return 1;
	} else {
		for (int i = 0; i < ad->units.n; i++)
			if (!((IrUnit *)ad->units.v[i])->ext)
				build_one(&bc, ad->units.v[i]);
	}
	ad_linsolve_dispatch(ad); /* (after every unit's sweeps: it changes a primal body) */
	return ir_error_count(ad->p) > before;
}
