/*
 * tangent.c — tangent (forward) mode: for each routine Q of the call tree that touches an
 * active variable, a routine Q_d whose dummies are Q's, each active one followed by its
 * derivative. Statement by statement:
 *     y = e        →  yd = e'  ;  y = e        (the derivative first: e may read y)
 *     CALL Q(a)    →  CALL Q_d(a, ad)          (or the primal Q when Q has nothing active)
 * A routine without source is called as its user's NAME_d, or, passive, as itself (the
 * derivatives of the active variables a described passive routine writes become zero).
 * Control flow is copied as it is; PRINT is primal-only.
 */
#include "ad_int.h"

#include <string.h>

static int block_needs(Ad *ad, const IrBlock *b);

static int expr_touches_active(Ad *ad, const IrExpr *e)
{
	if (!e)
		return 0;
	switch (e->kind) {
	case IR_VAR: return ad_active(ad, e->u.var.sym);
	case IR_UNARY:
	case IR_BINARY: return expr_touches_active(ad, e->u.op.a) || expr_touches_active(ad, e->u.op.b);
	case IR_INTRIN:
		for (int i = 0; i < e->u.call.nargs; i++)
			if (expr_touches_active(ad, e->u.call.args[i]))
				return 1;
		return 0;
	case IR_CONVERT: return expr_touches_active(ad, e->u.conv.e);
	default: return 0;
	}
}

/* Does statement s (not its blocks: ir_block_find) need derivative code? */
static int stmt_needs(void *ctx, IrStmt *s)
{
	Ad *ad = ctx;
	switch (s->kind) {
	case IR_ASSIGN: return ad_active(ad, s->u.assign.lhs->u.var.sym) || expr_touches_active(ad, s->u.assign.rhs);
	case IR_CALL:
		/* a passive routine overwriting an active variable: its derivative becomes zero */
		return ad_info(s->u.call.callee)->needs_deriv || ad_external_zeroes(ad, s);
	case IR_RT: /* ALLOCATE / DEALLOCATE of an active array: its derivative's too */
		return (s->u.rt.kind == RT_ALLOC || s->u.rt.kind == RT_FREE) && ad_active(ad, s->u.rt.e->u.var.sym);
	default: return 0;
	}
}

static int block_needs(Ad *ad, const IrBlock *b)
{
	return ir_block_find(b, stmt_needs, ad) != NULL;
}

/* needs_deriv, callees first; the routines of a cycle of calls (RECURSIVE) see each other's, so
 * the sweep repeats until no routine changes (needs_deriv only turns on). */
static void mark_needs(Ad *ad)
{
	for (int i = 0; i < ad->units.n; i++)
		ad_info(ad->units.v[i])->needs_deriv = 0;
	for (int changed = 1; changed;) {
		changed = 0;
		for (int i = 0; i < ad->units.n; i++) {
			IrUnit *u = ad->units.v[i];
			UnitInfo *ui = ad_info(u);
			int needs;
			if (u->ext)
				needs = !u->ext->passive;
			else
				needs = ui->needs_deriv || ui->is_head || block_needs(ad, &u->body);
			for (int k = 0; k < u->nargs && !needs && !u->ext; k++)
				needs = ad_active(ad, u->args[k]);
			changed |= needs != ui->needs_deriv && u->cycle;
			ui->needs_deriv = needs;
		}
	}
}

typedef struct Tan {
	Ad *ad;
	IrUnit *dst;
	IrUnit *src; /* the routine differentiated */
} Tan;

static void tan_block(Tan *t, const IrBlock *b, IrBlock *out);

static IrBlock tan_sub(Tan *t, const IrBlock *b)
{
	IrBlock nb = {0};
	tan_block(t, b, &nb);
	return nb;
}

static IrExpr *cp(Tan *t, const IrExpr *e)
{
	return ir_expr_copy(t->ad->a, e);
}

static void tan_call(Tan *t, const IrStmt *s, IrBlock *out)
{
	Ad *ad = t->ad;
	IrUnit *q = s->u.call.callee;
	UnitInfo *qi = ad_info(q);
	IrDirective *ls = ad_linsolve_dir(s);
	if (ls) {
		ad_linsolve_check(ad, t->src, (IrStmt *)s);
		if (ls->ls_unit) {
			ad_linsolve_tangent(ad, t->dst, s, out);
			return;
		}
	}
	if (q->ext && q->ext->passive) {
		/* no derivative effect; what it writes does not depend on anything active */
		IrStmt *c = ir_call(ad->a, q->name, NULL, 0, s->loc);
		*c = *s;
		c->u.call.args = ir_alloc(ad->a, sizeof(IrExpr *) * (size_t)(s->u.call.nargs + 1));
		for (int k = 0; k < s->u.call.nargs; k++)
			c->u.call.args[k] = cp(t, s->u.call.args[k]);
		ir_block_add(ad->a, out, c);
		ad_external_zero(ad, s, out);
		return;
	}
	if (!qi->needs_deriv) {
		IrStmt *c = ir_call(ad->a, q->name, NULL, 0, s->loc);
		*c = *s;
		c->u.call.args = ir_alloc(ad->a, sizeof(IrExpr *) * (size_t)(s->u.call.nargs + 1));
		for (int k = 0; k < s->u.call.nargs; k++)
			c->u.call.args[k] = cp(t, s->u.call.args[k]);
		ir_block_add(ad->a, out, c);
		return;
	}
	IrExpr **args = ir_alloc(ad->a, sizeof(IrExpr *) * (size_t)(2 * s->u.call.nargs + 1));
	int n = 0;
	for (int k = 0; k < s->u.call.nargs; k++) {
		IrExpr *act = s->u.call.args[k];
		args[n++] = cp(t, act);
		if (ad_has_darg(ad, q, k)) {
			if (!ad_active(ad, ad_root(act)))
				ir_error(act->loc, "internal: active dummy '%s' of '%s' gets an inactive actual",
				         q->args[k]->name, q->name);
			args[n++] = ad_dref(ad, act);
		}
	}
	IrStmt *c = ir_call(ad->a, qi->d->name, args, n, s->loc);
	c->u.call.callee = qi->d;
	c->u.call.site = s->u.call.site;
	c->dirs = s->dirs;
	c->ndirs = s->ndirs;
	ir_block_add(ad->a, out, c);
}

static void tan_stmt(Tan *t, const IrStmt *s, IrBlock *out)
{
	Ad *ad = t->ad;
	IrArena *a = ad->a;
	switch (s->kind) {
	case IR_ASSIGN: {
		IrExpr *lhs = s->u.assign.lhs;
		if (ad_active(ad, lhs->u.var.sym)) {
			IrExpr *d = ad_tangent_expr(ad, s->u.assign.rhs, ad_dref, ad);
			IrExpr *dl = ad_dref(ad, lhs);
			d = d ? ir_convert(a, d, dl->type) : ad_zero(a, dl->type, s->loc);
			if (!ir_expr_equal(d, dl)) /* (d = d - 2: 'dd = dd;', which clang -Wall flags) */
				ir_block_add(a, out, ir_assign(a, dl, d, s->loc));
		}
		ir_block_add(a, out, ir_assign(a, cp(t, lhs), cp(t, s->u.assign.rhs), s->loc));
		return;
	}
	case IR_IF: {
		IrStmt *c = ir_stmt_new(a, IR_IF, s->loc);
		c->u.if_ = s->u.if_;
		c->u.if_.conds = ir_alloc(a, sizeof(IrExpr *) * (size_t)s->u.if_.ncond);
		c->u.if_.blocks = ir_alloc(a, sizeof(IrBlock) * (size_t)s->u.if_.ncond);
		for (int k = 0; k < s->u.if_.ncond; k++) {
			c->u.if_.conds[k] = cp(t, s->u.if_.conds[k]);
			c->u.if_.blocks[k] = tan_sub(t, &s->u.if_.blocks[k]);
		}
		c->u.if_.else_ = tan_sub(t, &s->u.if_.else_);
		ir_block_add(a, out, c);
		return;
	}
	case IR_DO: {
		IrStmt *c = ir_stmt_new(a, IR_DO, s->loc);
		c->u.do_ = s->u.do_;
		c->u.do_.var = cp(t, s->u.do_.var);
		c->u.do_.lo = cp(t, s->u.do_.lo);
		c->u.do_.hi = cp(t, s->u.do_.hi);
		c->u.do_.step = cp(t, s->u.do_.step);
		c->u.do_.body = tan_sub(t, &s->u.do_.body);
		ir_block_add(a, out, c);
		return;
	}
	case IR_DOWHILE: {
		IrStmt *c = ir_stmt_new(a, IR_DOWHILE, s->loc);
		c->u.dowhile.cond = cp(t, s->u.dowhile.cond);
		c->u.dowhile.body = tan_sub(t, &s->u.dowhile.body);
		ir_block_add(a, out, c);
		return;
	}
	case IR_BLOCK: tan_block(t, &s->u.block, out); return;
	case IR_CALL: tan_call(t, s, out); return;
	case IR_CONTINUE: return;
	case IR_RT:
		/* ALLOCATE / DEALLOCATE: the derivative array alongside (allocated zero) */
		if (s->u.rt.kind == RT_ALLOC || s->u.rt.kind == RT_FREE)
			ad_alloc_deriv(ad, s, s->u.rt.kind, out);
		/* fall through */
	default: {
		IrStmt *c = ir_stmt_new(a, s->kind, s->loc);
		*c = *s;
		ir_block_add(a, out, c);
		return;
	}
	}
}

static void tan_block(Tan *t, const IrBlock *b, IrBlock *out)
{
	for (int i = 0; i < b->n; i++)
		tan_stmt(t, b->v[i], out);
}

static void zero_globals(Ad *ad, IrBlock *out, IrLoc loc)
{
	for (int i = 0; i < ad->ndmap; i++) {
		IrSym *d = ad->dmap[i];
		if (!d || !ad_head_zeroes(ad, d))
			continue;
		IrStmt *z = ir_stmt_new(ad->a, IR_RT, loc);
		z->u.rt.kind = RT_ZERO;
		z->u.rt.e = ir_var(ad->a, d, NULL, 0, loc);
		ir_block_add(ad->a, out, z);
	}
}

int ad_tangent(Ad *ad)
{
	mark_needs(ad);
	/* create every Q_d first: calls refer to them */
	for (int i = 0; i < ad->units.n; i++) {
		IrUnit *u = ad->units.v[i];
		UnitInfo *ui = ad_info(u);
		if (!ui->needs_deriv)
			continue;
		if (u->ext) {
			ui->d = ad_external_decl(ad, u, "_d");
			continue;
		}
		ui->d = ir_unit_new(ad->a, UNIT_SUBROUTINE, ad_unit_name(ad, u, "_d"), u->loc);
		ui->d->aux = ui;
		ui->d->end_loc = u->end_loc;
	}
	for (int i = 0; i < ad->units.n; i++) {
		IrUnit *u = ad->units.v[i];
		UnitInfo *ui = ad_info(u);
		if (!ui->needs_deriv || u->ext)
			continue;
		IrUnit *d = ui->d;
		d->no_restrict = ui->aliased;
		SymMap m = ad_map_new(ad);
		ad_build_signature(ad, u, d, &m, 1);
		Tan t = {ad, d, u};
		IrArenaMark mark = ir_arena_mark(ad->a); /* the sweep's nodes are its own: substituted in place */
		IrBlock body = {0};
		if (ui->is_head) {
			ad_abi_alias_checks(ad, u, &body);
			zero_globals(ad, &body, u->loc);
		}
		ad_zero_dlocals(ad, u, &body);
		tan_block(&t, &u->body, &body);
		ad_subst_block_own(ad, &m, &body, mark);
		ad_map_free(&m);
		d->body = body;
		d->comment = ir_sprintf(ad->a, "tangent of %s %s (%s:%d): derivatives of the active arguments follow them",
		                        ui->was_function ? "FUNCTION" : "SUBROUTINE", u->name, u->loc.file, u->loc.line);
	}
	return 0;
}
