/*
 * verify.c — checks the post-sema invariants of ir/README.md.
 *
 * Run after sema and after every AD pass in debug builds (and by `stad ir --verify`). A problem
 * here is a bug in stad, not in the user's program, so it is reported as an internal fault.
 */
#include "ir.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct Verifier {
	int nproblems;
	const IrUnit *unit;
	const void **own; /* the unit's symbols, sorted (visible) */
	int nown, capown;
} Verifier;

static int ptr_cmp(const void *x, const void *y)
{
	const void *a = *(const void *const *)x, *b = *(const void *const *)y;
	return a < b ? -1 : a > b;
}

static void set_unit(Verifier *v, const IrUnit *u)
{
	v->unit = u;
	v->nown = 0;
	if (u->syms.n > v->capown) {
		v->capown = u->syms.n;
		v->own = ir_xrealloc(v->own, sizeof *v->own * (size_t)v->capown);
	}
	for (int i = 0; i < u->syms.n; i++)
		v->own[v->nown++] = u->syms.v[i];
	qsort(v->own, (size_t)v->nown, sizeof *v->own, ptr_cmp);
}

/* A variable a routine may name: one of its symbols, a module's, or its host's (an internal
 * procedure). A generated routine naming another's is a symbol the substitution missed
 * (ad/clone.c): the C would name a variable of another function. */
static int visible(const Verifier *v, const IrSym *s)
{
	if (!s->owner || s->owner->kind == UNIT_MODULE)
		return 1;
	if (bsearch(&s, v->own, (size_t)v->nown, sizeof *v->own, ptr_cmp))
		return 1;
	for (const IrUnit *u = v->unit; u; u = u->host)
		if (s->owner == u)
			return 1;
	return 0;
}

static void problem(Verifier *v, IrLoc loc, const char *what)
{
	v->nproblems++;
	fprintf(stderr, "stad: internal: IR verifier: %s:%d:%d: in %s: %s\n", loc.file ? loc.file : "?", loc.line, loc.col,
	        v->unit ? v->unit->name : "?", what);
}

static void check_expr(Verifier *v, const IrExpr *e)
{
	if (!e) {
		problem(v, (IrLoc){0}, "null expression");
		return;
	}
	if (e->type == TY_NONE)
		problem(v, e->loc, "untyped expression");
	switch (e->kind) {
	case IR_REF: problem(v, e->loc, "unresolved name after sema"); break;
	case IR_VAR:
		if (!e->u.var.sym)
			problem(v, e->loc, "variable without symbol");
		else if (e->u.var.nidx && e->u.var.nidx != e->u.var.sym->rank)
			problem(v, e->loc, "subscript count differs from rank");
		else if (v->unit && !visible(v, e->u.var.sym))
			problem(v, e->loc, "a variable of another routine");
		for (int i = 0; i < e->u.var.nidx; i++)
			check_expr(v, e->u.var.idx[i]);
		break;
	case IR_UNARY: check_expr(v, e->u.op.a); break;
	case IR_BINARY:
		check_expr(v, e->u.op.a);
		check_expr(v, e->u.op.b);
		break;
	case IR_INTRIN:
	case IR_FCALL:
		if (e->kind == IR_INTRIN && (e->u.call.id <= INTR_NONE || e->u.call.id >= INTR_COUNT))
			problem(v, e->loc, "bad intrinsic id");
		for (int i = 0; i < e->u.call.nargs; i++)
			check_expr(v, e->u.call.args[i]);
		break;
	case IR_CONVERT: check_expr(v, e->u.conv.e); break;
	case IR_TRIPLET:
	case IR_ARRAYCON:
	case IR_IMPLDO:
	case IR_KEYWORD: problem(v, e->loc, "array syntax left after sema"); break;
	case IR_COMPONENT: problem(v, e->loc, "component reference left after sema"); break;
	default: break;
	}
}

static void check_block(Verifier *v, const IrBlock *b, int inloop);

static void check_stmt(Verifier *v, const IrStmt *s, int inloop)
{
	switch (s->kind) {
	case IR_ASSIGN:
		if (s->u.assign.lhs->kind != IR_VAR)
			problem(v, s->loc, "assignment to a non-variable");
		check_expr(v, s->u.assign.lhs);
		check_expr(v, s->u.assign.rhs);
		if (s->u.assign.lhs->type != s->u.assign.rhs->type)
			problem(v, s->loc, "assignment without conversion");
		break;
	case IR_IF:
		for (int i = 0; i < s->u.if_.ncond; i++) {
			check_expr(v, s->u.if_.conds[i]);
			check_block(v, &s->u.if_.blocks[i], inloop);
		}
		check_block(v, &s->u.if_.else_, inloop);
		break;
	case IR_DO:
		check_expr(v, s->u.do_.var);
		if (!ir_base_is_int(s->u.do_.var->type))
			problem(v, s->loc, "DO variable is not an integer");
		check_expr(v, s->u.do_.lo);
		check_expr(v, s->u.do_.hi);
		if (s->u.do_.step)
			check_expr(v, s->u.do_.step);
		check_block(v, &s->u.do_.body, 1);
		break;
	case IR_DOWHILE:
		check_expr(v, s->u.dowhile.cond);
		check_block(v, &s->u.dowhile.body, 1);
		break;
	case IR_EXIT:
	case IR_CYCLE:
		if (!inloop)
			problem(v, s->loc, "EXIT/CYCLE outside a loop");
		if (s->u.jump.target)
			problem(v, s->loc, "EXIT/CYCLE with a target after sema");
		break;
	case IR_GOTO: problem(v, s->loc, "GO TO after sema"); break;
	case IR_SELECT: problem(v, s->loc, "SELECT CASE after sema"); break;
	case IR_CALL:
		for (int i = 0; i < s->u.call.nargs; i++)
			check_expr(v, s->u.call.args[i]);
		break;
	case IR_BLOCK: check_block(v, &s->u.block, inloop); break;
	case IR_RT:
		if (s->u.rt.e)
			check_expr(v, s->u.rt.e);
		if (s->u.rt.count)
			check_expr(v, s->u.rt.count);
		for (int i = 0; i < s->u.rt.nvars; i++)
			if (s->u.rt.vars[i] && !visible(v, s->u.rt.vars[i]))
				problem(v, s->loc, "a variable of another routine");
		break;
	default: break;
	}
}

static void check_block(Verifier *v, const IrBlock *b, int inloop)
{
	for (int i = 0; i < b->n; i++)
		check_stmt(v, b->v[i], inloop);
}

int ir_verify_units(IrUnit *const *units, int n)
{
	Verifier v = {0};
	for (int i = 0; i < n; i++) {
		const IrUnit *u = units[i];
		set_unit(&v, u);
		for (int a = 0; a < u->nargs; a++)
			if (!u->args || !u->args[a] || u->args[a]->kind != SYM_ARG || u->args[a]->argpos != a)
				problem(&v, u->loc, "dummy argument not resolved");
		check_block(&v, &u->body, 0);
	}
	free(v.own);
	return v.nproblems;
}

int ir_verify(const IrProgram *p)
{
	Verifier v = {0};
	for (int i = 0; i < p->allunits.n; i++) {
		const IrUnit *u = p->allunits.v[i];
		set_unit(&v, u);
		for (int a = 0; a < u->nargs; a++)
			if (!u->args || !u->args[a] || u->args[a]->kind != SYM_ARG || u->args[a]->argpos != a)
				problem(&v, u->loc, "dummy argument not resolved");
		if (u->kind == UNIT_FUNCTION && !u->result)
			problem(&v, u->loc, "function without result symbol");
		check_block(&v, &u->body, 0);
	}
	free(v.own);
	return v.nproblems;
}
