/*
 * sema_stmtfn.c — statement functions (F77: `f(x, y) = x**2 + y` among the declarations).
 *
 * The parser reads a statement function as an assignment to `f(x, y)`; before a unit's body is
 * resolved, the leading run of such assignments whose name is no array is taken out of the
 * body and kept here. A reference `f(a, b)` is then expanded where it stands, as the standard
 * defines it: the expression with each dummy replaced by its actual argument (whose type must
 * be the dummy's), converted to the function's type. So neither the AD passes nor the backend
 * ever see a statement function, and its derivative is that of the expression it stands for.
 */
#include "sema_int.h"

#include <string.h>

typedef struct StmtFn {
	const char *name;
	IrUnit *unit;
	const char **dummies;
	IrBase *dtypes; /* each dummy's type: the one it would have as a variable of the unit */
	int ndummies;
	IrBase type;   /* the function's type: declared, or implicit */
	IrExpr *expr;  /* as parsed (unresolved) */
	int expanding; /* being expanded: a reference to itself is recursion */
	IrLoc loc;
} StmtFn;

static int plain_name(const IrExpr *e)
{
	return e->kind == IR_REF && !e->u.ref.has_parens && !e->paren;
}

/* Is this leading assignment a statement function: `f(x, y) = ...` with distinct dummy names,
 * where f is not an array (nor a result, dummy, PARAMETER or USEd variable)? */
static int is_stmtfn(Sema *S, IrUnit *u, const IrStmt *s)
{
	if (s->kind != IR_ASSIGN)
		return 0;
	const IrExpr *l = s->u.assign.lhs;
	if (l->kind != IR_REF || !l->u.ref.has_parens)
		return 0;
	IrSym *sym = sema_lookup(S, u, l->u.ref.name);
	if (sym && !((sym->kind == SYM_LOCAL && sym->owner == u && sym->rank == 0 && !sym->init) || sym->kind == SYM_PROC))
		return 0;
	for (int i = 0; i < l->u.ref.nargs; i++) {
		if (!plain_name(l->u.ref.args[i]))
			return 0;
		for (int k = 0; k < i; k++)
			if (!strcmp(l->u.ref.args[i]->u.ref.name, l->u.ref.args[k]->u.ref.name))
				return 0;
	}
	return 1;
}

/* The type `name` has as a variable of u (declared, USEd, or implicit). */
static IrBase variable_type(Sema *S, IrUnit *u, const char *name, IrLoc loc)
{
	IrSym *s = sema_lookup(S, u, name);
	if (s && s->type != TY_NONE)
		return s->type;
	IrBase t = sema_implicit_type(u, name);
	if (t == TY_NONE) {
		ir_error(loc, "'%s' has no type (IMPLICIT NONE is in effect)", name);
		t = TY_REAL8;
	}
	return t;
}

void sema_statement_functions(Sema *S, IrUnit *u)
{
	S->stmtfns = (IrVec){0};
	IrBlock formats = {0}; /* FORMAT statements among them (F77 lets FORMAT stand anywhere) stay */
	int k = 0;
	for (; k < u->body.n; k++) {
		IrStmt *s = u->body.v[k];
		if (s->kind == IR_PRINT && s->u.print.io == IO_FORMAT) {
			ir_block_add(S->a, &formats, s);
			continue;
		}
		if (!is_stmtfn(S, u, s))
			break;
		IrExpr *l = s->u.assign.lhs;
		StmtFn *f = ir_alloc(S->a, sizeof *f);
		f->name = l->u.ref.name;
		f->unit = u;
		f->expr = s->u.assign.rhs;
		f->loc = l->loc;
		f->ndummies = l->u.ref.nargs;
		f->dummies = ir_alloc(S->a, sizeof *f->dummies * (size_t)(f->ndummies + 1));
		f->dtypes = ir_alloc(S->a, sizeof *f->dtypes * (size_t)(f->ndummies + 1));
		for (int i = 0; i < f->ndummies; i++) {
			f->dummies[i] = l->u.ref.args[i]->u.ref.name;
			f->dtypes[i] = variable_type(S, u, f->dummies[i], l->u.ref.args[i]->loc);
		}
		f->type = variable_type(S, u, f->name, l->loc);
		IrSym *sym = ir_unit_lookup(u, f->name);
		if (sym)
			sym->kind = SYM_PROC; /* its type declaration was the function's */
		for (int i = 0; i < S->stmtfns.n; i++)
			if (!strcmp(((StmtFn *)S->stmtfns.v[i])->name, f->name))
				ir_error(l->loc, "statement function '%s' is defined twice", f->name);
		ir_vec_push(S->a, &S->stmtfns, f);
	}
	if (!S->stmtfns.n)
		return;
	/* the body without them */
	IrBlock rest = formats;
	for (int i = k; i < u->body.n; i++)
		ir_block_add(S->a, &rest, u->body.v[i]);
	u->body = rest;
}

/* A copy of the parsed expression e with every dummy replaced by (a copy of) its actual. */
static IrExpr *substitute(Sema *S, const StmtFn *f, const IrExpr *e, IrExpr **actuals)
{
	if (!e)
		return NULL;
	if (plain_name(e))
		for (int i = 0; i < f->ndummies; i++)
			if (!strcmp(e->u.ref.name, f->dummies[i])) {
				IrExpr *a = ir_expr_copy(S->a, actuals[i]);
				a->paren = a->paren || e->paren;
				return a;
			}
	IrExpr *c = ir_alloc(S->a, sizeof *c);
	*c = *e;
	switch (e->kind) {
	case IR_REF:
		if (e->u.ref.nargs) {
			c->u.ref.args = ir_alloc(S->a, sizeof *c->u.ref.args * (size_t)e->u.ref.nargs);
			for (int i = 0; i < e->u.ref.nargs; i++)
				c->u.ref.args[i] = substitute(S, f, e->u.ref.args[i], actuals);
		}
		break;
	case IR_UNARY:
	case IR_BINARY:
		c->u.op.a = substitute(S, f, e->u.op.a, actuals);
		c->u.op.b = substitute(S, f, e->u.op.b, actuals);
		break;
	default: break;
	}
	return c;
}

IrExpr *sema_expand_stmtfn(Sema *S, IrExpr *e)
{
	StmtFn *f = NULL;
	for (int i = 0; i < S->stmtfns.n && !f; i++) {
		StmtFn *g = S->stmtfns.v[i];
		if (g->unit == S->unit && !strcmp(g->name, e->u.ref.name))
			f = g;
	}
	if (!f)
		return NULL;
	IrExpr *bad = ir_int(S->a, 0, e->loc);
	if (f->expanding) {
		ir_error(e->loc, "statement function '%s' refers to itself", f->name);
		return bad;
	}
	if (e->u.ref.nargs != f->ndummies) {
		ir_error(e->loc, "statement function '%s' takes %d argument%s but %d %s given", f->name, f->ndummies,
		         f->ndummies == 1 ? "" : "s", e->u.ref.nargs, e->u.ref.nargs == 1 ? "is" : "are");
		return bad;
	}
	IrExpr **actuals = ir_alloc(S->a, sizeof *actuals * (size_t)(f->ndummies + 1));
	for (int i = 0; i < f->ndummies; i++) {
		if (e->u.ref.args[i]->kind == IR_KEYWORD) {
			ir_error(e->u.ref.args[i]->loc, "keyword arguments are not supported");
			return bad;
		}
		IrExpr *a = sema_value_expr(S, e->u.ref.args[i]);
		if (a->type != f->dtypes[i]) {
			ir_error(a->loc, "argument %d of statement function '%s' is %s, but its dummy '%s' is %s", i + 1, f->name,
			         ir_base_name(a->type), f->dummies[i], ir_base_name(f->dtypes[i]));
			return bad;
		}
		actuals[i] = a;
	}
	f->expanding = 1;
	IrExpr *r = sema_resolve_expr(S, substitute(S, f, f->expr, actuals));
	f->expanding = 0;
	if (r->type == f->type)
		return r;
	if (!sema_is_numeric(r->type) || !sema_is_numeric(f->type)) {
		ir_error(f->expr->loc, "statement function '%s' is %s but its expression is %s", f->name, ir_base_name(f->type),
		         ir_base_name(r->type));
		return bad;
	}
	return ir_convert(S->a, r, f->type);
}
