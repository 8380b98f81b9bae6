/*
 * sema.c — semantic analysis: from parsed units to the resolved, typed IR (ir/README.md).
 *
 * Order of work, each a function below:
 *   1. collect every unit (module procedures too) into a name table; duplicates are errors;
 *   2. declare: turn each unit's IrDecl list into symbols (modules first, in USE order), apply
 *      IMPLICIT rules, fold PARAMETERs, resolve array bounds;
 *   3. unify COMMON blocks across units (storage association by position);
 *   4. resolve bodies: IR_REF becomes IR_VAR / IR_INTRIN / IR_FCALL, expressions get types and
 *      explicit conversions, calls are checked against their callees, directives are checked;
 *      SELECT CASE, computed GO TO and arithmetic IF become IF blocks, then GO TOs and EXIT/CYCLE
 *      of outer loops are restructured into IF, DO WHILE and EXIT/CYCLE (sema_flow.c);
 *   5. order units callees-first (refusing recursion), number symbols and call sites.
 * Every construct outside the subset that the parser could not see is refused here, located.
 */
#include "sema_int.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static void visit_calls_block(Sema *S, const IrBlock *b, IrUnit *u, int *state);

static size_t name_hash(const char *s)
{
	size_t h = 1469598103934665603u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static IrUnit *table_get(const Sema *S, IrUnit **t, const char *name)
{
	if (!t)
		return NULL;
	for (size_t i = name_hash(name) & (S->nslots - 1);; i = (i + 1) & (S->nslots - 1)) {
		if (!t[i])
			return NULL;
		if (strcmp(t[i]->name, name) == 0)
			return t[i];
	}
}

static void table_put(Sema *S, IrUnit **t, IrUnit *u)
{
	for (size_t i = name_hash(u->name) & (S->nslots - 1);; i = (i + 1) & (S->nslots - 1)) {
		if (!t[i]) {
			t[i] = u;
			return;
		}
		if (strcmp(t[i]->name, u->name) == 0)
			return; /* the first definition wins; duplicates are reported */
	}
}

static void build_tables(Sema *S)
{
	S->nslots = 16;
	while (S->nslots < (size_t)S->all.n * 2 + 2)
		S->nslots *= 2;
	S->procs = ir_alloc(S->a, sizeof *S->procs * S->nslots);
	S->mods = ir_alloc(S->a, sizeof *S->mods * S->nslots);
	for (int i = 0; i < S->all.n; i++) {
		IrUnit *u = S->all.v[i];
		if (u->kind == UNIT_MODULE)
			table_put(S, S->mods, u);
		else if (u->kind != UNIT_PROGRAM)
			table_put(S, S->procs, u);
	}
}

/* ---------------------------------------------------------------- unit table */

IrUnit *sema_find_unit(Sema *S, const char *name)
{
	return table_get(S, S->procs, name);
}

IrUnit *sema_find_module(Sema *S, const char *name)
{
	return table_get(S, S->mods, name);
}

static void collect_units(Sema *S)
{
	for (int i = 0; i < S->p->units.n; i++) {
		IrUnit *u = S->p->units.v[i];
		ir_vec_push(S->a, &S->all, u);
		for (int j = 0; j < u->contains.n; j++) {
			IrUnit *c = u->contains.v[j];
			c->parent = u;
			if (u->kind != UNIT_MODULE)
				ir_error(c->loc, "internal procedures are not supported");
			ir_vec_push(S->a, &S->all, c);
		}
	}
	build_tables(S);
	int nprog = 0;
	for (int i = 0; i < S->all.n; i++) {
		IrUnit *u = S->all.v[i];
		if (u->kind == UNIT_PROGRAM && ++nprog > 1)
			ir_error(u->loc, "more than one PROGRAM unit");
		IrUnit *v = u->kind == UNIT_MODULE ? sema_find_module(S, u->name)
		        : u->kind == UNIT_PROGRAM  ? u
		                                   : sema_find_unit(S, u->name);
		if (v && v != u)
			ir_error(u->loc, "'%s' is defined twice (first at %s:%d)", u->name, v->loc.file, v->loc.line);
	}
}

/* ---------------------------------------------------------------- name lookup */

static IrSym *lookup_module(IrUnit *m, const char *name, int depth)
{
	if (depth > 64)
		return NULL;
	IrSym *s = ir_unit_lookup(m, name);
	if (s && (s->kind == SYM_MODULE || s->kind == SYM_PARAM))
		return s;
	return NULL;
}

static IrSym *lookup_used(Sema *S, IrUnit *u, const char *name, int depth)
{
	if (depth > 64)
		return NULL;
	for (int i = 0; i < u->uses.n; i++) {
		IrUnit *m = sema_find_module(S, u->uses.v[i]);
		if (!m)
			continue;
		IrSym *s = lookup_module(m, name, depth);
		if (s)
			return s;
		s = lookup_used(S, m, name, depth + 1);
		if (s)
			return s;
	}
	return NULL;
}

/* Own symbols, then the host module's, then USEd modules' (transitively). */
IrSym *sema_lookup(Sema *S, IrUnit *u, const char *name)
{
	IrSym *s = ir_unit_lookup(u, name);
	if (s)
		return s;
	if (u->parent) {
		s = ir_unit_lookup(u->parent, name);
		if (s && (s->kind == SYM_MODULE || s->kind == SYM_PARAM))
			return s;
		s = lookup_used(S, u->parent, name, 0);
		if (s)
			return s;
	}
	return lookup_used(S, u, name, 0);
}

/* ---------------------------------------------------------------- call graph */


static void order_unit(Sema *S, IrUnit *u, int *state)
{
	if (state[u->id] == 2)
		return;
	if (state[u->id] == 1) {
		ir_error(u->loc, "recursive calls are not supported ('%s' calls itself through other routines)", u->name);
		return;
	}
	state[u->id] = 1;
	visit_calls_block(S, &u->body, u, state);
	state[u->id] = 2;
	ir_vec_push(S->a, &S->p->allunits, u);
}

static void visit_calls_expr(Sema *S, const IrExpr *e, IrUnit *u, int *state)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_VAR:
		for (int i = 0; i < e->u.var.nidx; i++)
			visit_calls_expr(S, e->u.var.idx[i], u, state);
		break;
	case IR_UNARY:
	case IR_BINARY:
		visit_calls_expr(S, e->u.op.a, u, state);
		visit_calls_expr(S, e->u.op.b, u, state);
		break;
	case IR_INTRIN:
	case IR_FCALL:
		for (int i = 0; i < e->u.call.nargs; i++)
			visit_calls_expr(S, e->u.call.args[i], u, state);
		if (e->kind == IR_FCALL && e->u.call.callee)
			order_unit(S, e->u.call.callee, state);
		break;
	case IR_CONVERT: visit_calls_expr(S, e->u.conv.e, u, state); break;
	default: break;
	}
}

static void visit_calls_block(Sema *S, const IrBlock *b, IrUnit *u, int *state)
{
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		switch (s->kind) {
		case IR_ASSIGN:
			visit_calls_expr(S, s->u.assign.lhs, u, state);
			visit_calls_expr(S, s->u.assign.rhs, u, state);
			break;
		case IR_IF:
			for (int k = 0; k < s->u.if_.ncond; k++) {
				visit_calls_expr(S, s->u.if_.conds[k], u, state);
				visit_calls_block(S, &s->u.if_.blocks[k], u, state);
			}
			visit_calls_block(S, &s->u.if_.else_, u, state);
			break;
		case IR_DO:
			visit_calls_expr(S, s->u.do_.lo, u, state);
			visit_calls_expr(S, s->u.do_.hi, u, state);
			visit_calls_expr(S, s->u.do_.step, u, state);
			visit_calls_block(S, &s->u.do_.body, u, state);
			break;
		case IR_DOWHILE:
			visit_calls_expr(S, s->u.dowhile.cond, u, state);
			visit_calls_block(S, &s->u.dowhile.body, u, state);
			break;
		case IR_CALL:
			for (int k = 0; k < s->u.call.nargs; k++)
				visit_calls_expr(S, s->u.call.args[k], u, state);
			if (s->u.call.callee)
				order_unit(S, s->u.call.callee, state);
			break;
		case IR_PRINT:
			for (int k = 0; k < s->u.print.nitems; k++)
				visit_calls_expr(S, s->u.print.items[k], u, state);
			break;
		case IR_BLOCK: visit_calls_block(S, &s->u.block, u, state); break;
		default: break;
		}
	}
}

static void number_sites_block(IrProgram *p, IrBlock *b)
{
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		switch (s->kind) {
		case IR_CALL: s->u.call.site = p->nsites++; break;
		case IR_IF:
			for (int k = 0; k < s->u.if_.ncond; k++)
				number_sites_block(p, &s->u.if_.blocks[k]);
			number_sites_block(p, &s->u.if_.else_);
			break;
		case IR_DO: number_sites_block(p, &s->u.do_.body); break;
		case IR_DOWHILE: number_sites_block(p, &s->u.dowhile.body); break;
		case IR_BLOCK: number_sites_block(p, &s->u.block); break;
		default: break;
		}
	}
}

/* ---------------------------------------------------------------- driver */

int fe_sema(IrProgram *p)
{
	int before = ir_error_count();
	Sema S = {0};
	S.p = p;
	S.a = p->arena;
	collect_units(&S);
	for (int i = 0; i < S.all.n; i++)
		((IrUnit *)S.all.v[i])->aux = NULL;
	for (int i = 0; i < S.all.n; i++)
		sema_declare_unit(&S, S.all.v[i]);
	sema_unify_commons(&S);
	for (int i = 0; i < S.all.n; i++) {
		IrUnit *u = S.all.v[i];
		S.unit = u;
		S.loopdepth = 0;
		if (u->kind == UNIT_MODULE && u->body.n)
			ir_error(u->loc, "executable statements in a module");
		S.prologue = (IrBlock){0};
		S.entry_of = (IrVec){0};
		int nerr = ir_error_count();
		sema_resolve_block(&S, &u->body);
		if (S.prologue.n) {
			for (int k = 0; k < u->body.n; k++)
				ir_block_add(S.a, &S.prologue, u->body.v[k]);
			u->body = S.prologue;
		}
		if (ir_error_count() == nerr)
			sema_flow_unit(&S, u);
		/* Symbols that are still untyped (e.g. typed externals never called): type them now. */
		for (int k = 0; k < u->syms.n; k++) {
			IrSym *s = u->syms.v[k];
			if (s->type == TY_NONE)
				s->type = TY_REAL4;
		}
	}
	if (ir_error_count() > before)
		return ir_error_count() - before;
	/* Callees before callers; recursion refused. */
	int *state = calloc((size_t)S.all.n + 1, sizeof *state);
	for (int i = 0; i < S.all.n; i++)
		((IrUnit *)S.all.v[i])->id = i;
	p->allunits.n = 0;
	for (int i = 0; i < S.all.n; i++)
		order_unit(&S, S.all.v[i], state);
	free(state);
	for (int i = 0; i < p->allunits.n; i++) {
		IrUnit *u = p->allunits.v[i];
		u->id = i;
		u->aux = NULL;
		number_sites_block(p, &u->body);
		for (int k = 0; k < u->syms.n; k++) {
			IrSym *s = u->syms.v[k];
			s->id = p->nsyms++;
			s->aux = NULL;
		}
	}
	for (int i = 0; i < p->commons.n; i++) {
		IrCommon *c = p->commons.v[i];
		for (int k = 0; k < c->members.n; k++)
			((IrSym *)c->members.v[k])->id = p->nsyms++;
	}
	return ir_error_count() - before;
}
