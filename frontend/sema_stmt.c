/*
 * sema_stmt.c — statements: assignments (arrays lowered to loops by sema_array.c), IF/DO/CALL
 * and the rest, directives and CHECKPOINT regions checked. What an expression needs computed
 * first (a reduction, a function value) goes into S->before, placed before the statement; an
 * ELSE IF or DO WHILE condition that needs some is rewritten so that it runs where the
 * condition is evaluated.
 */
#include "sema_int.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- statements */


static IrExpr *cond_expr(Sema *S, IrExpr *e)
{
	IrExpr *c = sema_resolve_expr(S, e);
	if (sema_rank(c)) {
		ir_error(c->loc, "a condition must be a logical scalar, not an array (ANY or ALL of it, perhaps)");
		return ir_logical(S->a, 0, c->loc);
	}
	if (c->type != TY_LOGICAL) {
		ir_error(c->loc, "condition must be logical");
		return ir_logical(S->a, 0, c->loc);
	}
	return c;
}

static int is_assignable(Sema *S, IrExpr *lhs)
{
	if (lhs->kind != IR_VAR) {
		ir_error(lhs->loc, "cannot assign to this expression");
		return 0;
	}
	IrSym *s = lhs->u.var.sym;
	if (s->kind == SYM_PARAM || s->readonly) {
		ir_error(lhs->loc, "cannot assign to PARAMETER '%s'", s->name);
		return 0;
	}
	if (s->kind == SYM_ARG && s->intent == INTENT_IN) {
		ir_error(lhs->loc, "cannot assign to INTENT(IN) argument '%s'", s->name);
		return 0;
	}
	if (s->rank && !lhs->u.var.nidx) {
		ir_error(lhs->loc, "whole-array assignment is not supported (write a DO loop)");
		return 0;
	}
	(void)S;
	return 1;
}

static IrExpr *assign_convert(Sema *S, IrExpr *rhs, IrBase to, IrLoc loc)
{
	if (rhs->type == to)
		return rhs;
	if (to == TY_LOGICAL || rhs->type == TY_LOGICAL || !sema_is_numeric(to) || !sema_is_numeric(rhs->type)) {
		ir_error(loc, "cannot assign %s to %s", ir_base_name(rhs->type), ir_base_name(to));
		return rhs;
	}
	return ir_convert(S->a, rhs, to);
}

static void check_directives(Sema *S, IrStmt *s)
{
	for (int i = 0; i < s->ndirs; i++) {
		IrDirective *d = s->dirs[i];
		switch (d->kind) {
		case DIR_CHECKPOINT:
		case DIR_NOCHECKPOINT:
			if (s->kind != IR_CALL)
				ir_error(d->loc, "!$AD %s must be followed by a CALL statement",
				         d->kind == DIR_CHECKPOINT ? "CHECKPOINT" : "NOCHECKPOINT");
			break;
		case DIR_BINOMIAL:
			if (s->kind != IR_DO)
				ir_error(d->loc, "!$AD BINOMIAL-CKP must be followed by a DO loop");
			if (d->nargs != 3)
				ir_error(d->loc, "!$AD BINOMIAL-CKP takes three arguments: nsteps nsnaps firststep");
			for (int k = 0; k < d->nargs; k++) {
				d->args[k] = sema_value_expr(S, d->args[k]);
				if (!ir_base_is_int(d->args[k]->type))
					ir_error(d->args[k]->loc, "BINOMIAL-CKP arguments must be integers");
				else
					d->args[k] = ir_convert(S->a, d->args[k], TY_INT);
			}
			break;
		case DIR_CHECKPOINT_START:
		case DIR_CHECKPOINT_END: break; /* pairing is checked per block */
		case DIR_EXTERNAL: break;       /* read before the bodies (sema_ext.c) */
		case DIR_OTHER: ir_warning(d->loc, "unknown directive '!$AD %s' is ignored", d->text ? d->text : ""); break;
		}
	}
}

/* IF / ELSE IF / ELSE, conditions [0, first) resolved already. An ELSE IF condition runs only
 * when the earlier ones are false: when it needs statements, the chain is split there
 * (ELSE; statements; IF ...). */
static void resolve_if_from(Sema *S, IrStmt *s, int first)
{
	for (int i = first; i < s->u.if_.ncond; i++) {
		IrBlock *outer = S->hoist, pre = {0};
		if (i > 0)
			S->hoist = &pre;
		s->u.if_.conds[i] = cond_expr(S, s->u.if_.conds[i]);
		S->hoist = outer;
		if (!pre.n)
			continue;
		IrStmt *rest = ir_stmt_new(S->a, IR_IF, s->u.if_.conds[i]->loc);
		rest->u.if_.ncond = s->u.if_.ncond - i;
		rest->u.if_.conds = s->u.if_.conds + i;
		rest->u.if_.blocks = s->u.if_.blocks + i;
		rest->u.if_.else_ = s->u.if_.else_;
		rest->u.if_.has_else = s->u.if_.has_else;
		s->u.if_.ncond = i;
		resolve_if_from(S, rest, 1);
		s->u.if_.else_ = pre;
		ir_block_add(S->a, &s->u.if_.else_, rest);
		s->u.if_.has_else = 1;
		for (int k = 0; k < i; k++)
			sema_resolve_block(S, &s->u.if_.blocks[k]);
		return;
	}
	for (int i = 0; i < s->u.if_.ncond; i++)
		sema_resolve_block(S, &s->u.if_.blocks[i]);
	sema_resolve_block(S, &s->u.if_.else_);
}

static void resolve_stmt(Sema *S, IrStmt *s)
{
	check_directives(S, s);
	switch (s->kind) {
	case IR_ASSIGN: {
		IrExpr *l = s->u.assign.lhs;
		if (l->kind == IR_REF && l->u.ref.has_parens) {
			IrSym *sym = sema_lookup(S, S->unit, l->u.ref.name);
			if (!sym || sym->rank == 0) {
				if (sym && sym->kind == SYM_RESULT)
					ir_error(l->loc, "'%s' is not an array", l->u.ref.name);
				else
					ir_error(
					        l->loc,
					        "'%s' is not an array (a statement function must come before the first executable "
					        "statement)",
					        l->u.ref.name);
				return;
			}
		}
		if (l->kind == IR_REF && !l->u.ref.has_parens) {
			IrSym *sym = sema_lookup(S, S->unit, l->u.ref.name);
			if (sym && sym->kind == SYM_PROC) {
				ir_error(l->loc, "cannot assign to procedure '%s'", l->u.ref.name);
				return;
			}
		}
		IrExpr *lhs = sema_resolve_expr(S, l);
		IrExpr *rhs = sema_resolve_expr(S, s->u.assign.rhs);
		if (lhs->kind == IR_VAR && sema_rank(lhs)) {
			sema_array_assign(S, s, lhs, rhs);
			return;
		}
		if (!is_assignable(S, lhs))
			return;
		if (sema_rank(rhs)) {
			ir_error(rhs->loc, "an array cannot be assigned to the scalar '%s'", lhs->u.var.sym->name);
			return;
		}
		if (rhs->type == TY_CHAR) {
			ir_error(rhs->loc, "character assignment is not supported");
			return;
		}
		s->u.assign.lhs = lhs;
		s->u.assign.rhs = assign_convert(S, rhs, lhs->type, s->loc);
		break;
	}
	case IR_IF: resolve_if_from(S, s, 0); break;
	case IR_DO: {
		IrExpr *v = sema_resolve_expr(S, s->u.do_.var);
		if (v->kind != IR_VAR || v->u.var.nidx || v->u.var.sym->rank || !ir_base_is_int(v->type)) {
			ir_error(s->u.do_.var->loc, "the DO variable must be an integer scalar variable");
		} else if (v->u.var.sym->kind == SYM_PARAM ||
		           (v->u.var.sym->kind == SYM_ARG && v->u.var.sym->intent == INTENT_IN)) {
			ir_error(s->u.do_.var->loc, "the DO variable cannot be '%s'", v->u.var.sym->name);
		}
		s->u.do_.var = v;
		IrExpr **parts[3] = {&s->u.do_.lo, &s->u.do_.hi, &s->u.do_.step};
		for (int k = 0; k < 3; k++) {
			if (!*parts[k])
				continue;
			IrExpr *x = sema_value_expr(S, *parts[k]);
			if (!ir_base_is_int(x->type)) {
				ir_error(x->loc, "DO loop bounds must be integers");
				x = ir_int(S->a, 1, x->loc);
			}
			/* the iteration count is computed in the DO variable's kind */
			*parts[k] = ir_base_is_int(v->type) ? ir_convert(S->a, x, v->type) : x;
		}
		Const st;
		if (s->u.do_.step && sema_const_of(s->u.do_.step, &st) && st.i == 0)
			ir_error(s->u.do_.step->loc, "the DO loop step is zero");
		S->loopdepth++;
		sema_resolve_block(S, &s->u.do_.body);
		S->loopdepth--;
		break;
	}
	case IR_DOWHILE: {
		IrBlock *outer = S->hoist, pre = {0};
		S->hoist = &pre;
		s->u.dowhile.cond = cond_expr(S, s->u.dowhile.cond);
		S->hoist = outer;
		S->loopdepth++;
		sema_resolve_block(S, &s->u.dowhile.body);
		S->loopdepth--;
		if (pre.n) {
			/* DO WHILE (c) with c needing statements: DO WHILE (.true.); pre; IF (.NOT. c) EXIT;
			 * body — evaluated at every test, CYCLE included */
			IrBlock nb = {0};
			IrLoc L = s->u.dowhile.cond->loc;
			for (int k = 0; k < pre.n; k++)
				ir_block_add(S->a, &nb, pre.v[k]);
			IrStmt *ex = ir_stmt_new(S->a, IR_IF, L);
			ex->u.if_.ncond = 1;
			ex->u.if_.conds = ir_alloc(S->a, sizeof *ex->u.if_.conds);
			ex->u.if_.blocks = ir_alloc(S->a, sizeof *ex->u.if_.blocks);
			ex->u.if_.conds[0] = ir_unop(S->a, IR_NOT, s->u.dowhile.cond, L);
			ex->u.if_.logical_if = 1;
			ir_block_add(S->a, &ex->u.if_.blocks[0], ir_stmt_new(S->a, IR_EXIT, L));
			ir_block_add(S->a, &nb, ex);
			for (int k = 0; k < s->u.dowhile.body.n; k++)
				ir_block_add(S->a, &nb, s->u.dowhile.body.v[k]);
			s->u.dowhile.cond = ir_logical(S->a, 1, L);
			s->u.dowhile.body = nb;
		}
		break;
	}
	case IR_EXIT:
	case IR_CYCLE:
		if (!S->loopdepth)
			ir_error(s->loc, "%s outside a DO loop", s->kind == IR_EXIT ? "EXIT" : "CYCLE");
		break;
	case IR_CALL: {
		IrUnit *f = sema_find_proc(S, S->unit, s->u.call.name);
		for (int i = 0; i < s->u.call.nargs; i++)
			if (s->u.call.args[i]->kind == IR_KEYWORD) {
				ir_error(s->u.call.args[i]->loc,
				         "keyword arguments are supported only in calls of array intrinsics");
				return;
			}
		for (int i = 0; i < s->u.call.nargs; i++)
			s->u.call.args[i] = sema_resolve_expr(S, s->u.call.args[i]);
		if (!f && !ir_intrinsic_lookup(s->u.call.name))
			f = sema_passive_unit(S, s->u.call.name, 0, TY_NONE, s->u.call.args, s->u.call.nargs, s->loc);
		if (!f) {
			const IrUnit *pm = sema_private_in(S, S->unit, s->u.call.name);
			if (pm)
				ir_error(s->loc, "subroutine '%s' is PRIVATE in module '%s'", s->u.call.name, pm->name);
			else if (ir_intrinsic_lookup(s->u.call.name))
				ir_error(s->loc, "'%s' is a function, not a subroutine", s->u.call.name);
			else
				sema_report_undefined(S, s->u.call.name, 0, s->loc);
			break;
		}
		if (f->kind != UNIT_SUBROUTINE) {
			ir_error(s->loc, "'%s' is a function, not a subroutine", s->u.call.name);
			break;
		}
		if (f == S->unit) {
			ir_error(s->loc, "recursive calls are not supported");
			break;
		}
		sema_declare_unit(S, f);
		s->u.call.callee = f;
		sema_bind_actuals(S, f, &s->u.call.args, &s->u.call.nargs, s->loc, &S->after);
		break;
	}
	case IR_RETURN:
		if (S->unit->kind == UNIT_PROGRAM)
			ir_error(s->loc, "RETURN in a main program");
		break;
	case IR_PRINT:
		for (int i = 0; i < s->u.print.nitems; i++)
			s->u.print.items[i] = sema_resolve_expr(S, s->u.print.items[i]);
		sema_print_arrays(S, s);
		break;
	case IR_STOP:
		if (s->u.stop.code) {
			s->u.stop.code = sema_value_expr(S, s->u.stop.code);
			if (!ir_base_is_int(s->u.stop.code->type) && s->u.stop.code->type != TY_CHAR)
				ir_error(s->loc, "STOP code must be an integer or a string");
		}
		break;
	case IR_BLOCK: sema_resolve_block(S, &s->u.block); break;
	default: break;
	}
}

/* CHECKPOINT-START / -END must pair up inside one block. */
static void check_regions(const IrBlock *b)
{
	int open = 0;
	IrLoc openloc = {0};
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		for (int k = 0; k < s->ndirs; k++) {
			IrDirective *d = s->dirs[k];
			if (d->kind == DIR_CHECKPOINT_START) {
				if (open)
					ir_error(d->loc,
					         "!$AD CHECKPOINT-START inside another checkpointed region (opened at line %d)",
					         openloc.line);
				open = 1;
				openloc = d->loc;
			} else if (d->kind == DIR_CHECKPOINT_END) {
				if (!open)
					ir_error(d->loc,
					         "!$AD CHECKPOINT-END without a matching CHECKPOINT-START in the same block");
				open = 0;
			}
		}
	}
	if (open)
		ir_error(openloc, "!$AD CHECKPOINT-START without a matching CHECKPOINT-END in the same block");
}

/* The directives of s that are about a region (they move to the first statement placed
 * before s, so that the region holds everything s became). */
static void move_region_dirs(Sema *S, IrStmt *s, IrStmt *first)
{
	int nr = 0;
	for (int k = 0; k < s->ndirs; k++)
		nr += s->dirs[k]->kind == DIR_CHECKPOINT_START || s->dirs[k]->kind == DIR_CHECKPOINT_END;
	if (!nr)
		return;
	IrDirective **r = ir_alloc(S->a, sizeof *r * (size_t)nr), **keep = ir_alloc(S->a, sizeof *keep * (size_t)s->ndirs);
	int n = 0, m = 0;
	for (int k = 0; k < s->ndirs; k++) {
		IrDirective *d = s->dirs[k];
		if (d->kind == DIR_CHECKPOINT_START || d->kind == DIR_CHECKPOINT_END)
			r[n++] = d;
		else
			keep[m++] = d;
	}
	first->dirs = r;
	first->ndirs = n;
	s->dirs = keep;
	s->ndirs = m;
}

void sema_resolve_block(Sema *S, IrBlock *b)
{
	IrBlock nb = {0};
	for (int i = 0; i < b->n; i++) {
		IrBlock outer = S->before, outer_after = S->after;
		IrBlock *outer_hoist = S->hoist;
		int outer_stmt = S->stmt;
		S->before = (IrBlock){0};
		S->after = (IrBlock){0};
		S->hoist = &S->before;
		S->stmt = 1;
		resolve_stmt(S, b->v[i]);
		if (S->before.n)
			move_region_dirs(S, b->v[i], S->before.v[0]);
		for (int k = 0; k < S->before.n; k++)
			ir_block_add(S->a, &nb, S->before.v[k]);
		ir_block_add(S->a, &nb, b->v[i]);
		for (int k = 0; k < S->after.n; k++)
			ir_block_add(S->a, &nb, S->after.v[k]);
		S->before = outer;
		S->after = outer_after;
		S->hoist = outer_hoist;
		S->stmt = outer_stmt;
	}
	*b = nb;
	check_regions(b);
}
