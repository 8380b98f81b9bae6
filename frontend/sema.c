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
 *   5. order units callees-first (refusing recursion), number symbols and call sites.
 * Every construct outside the subset that the parser could not see is refused here, located.
 */
#include "sema_int.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static void visit_calls_block(Sema *S, const IrBlock *b, IrUnit *u, int *state);

static IrUnit *table_get(const Sema *S, IrUnit **t, const char *name)
{
	if (!t)
		return NULL;
	for (size_t i = ir_name_hash(name) & (S->nslots - 1);; i = (i + 1) & (S->nslots - 1)) {
		if (!t[i])
			return NULL;
		if (strcmp(t[i]->name, name) == 0)
			return t[i];
	}
}

static void table_put(Sema *S, IrUnit **t, IrUnit *u)
{
	for (size_t i = ir_name_hash(u->name) & (S->nslots - 1);; i = (i + 1) & (S->nslots - 1)) {
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

/* ---------------------------------------------------------------- names a unit uses */

/* Temporaries sema makes (sema_fresh_name) must not take a name the source uses anywhere in
 * the unit: an implicitly typed variable comes into being at its first use, possibly after. */
static void name_put(const char **t, size_t slots, const char *n)
{
	for (size_t i = ir_name_hash(n) & (slots - 1);; i = (i + 1) & (slots - 1)) {
		if (!t[i]) {
			t[i] = n;
			return;
		}
		if (!strcmp(t[i], n))
			return;
	}
}

static int name_in(const char *const *t, size_t slots, const char *n)
{
	if (!slots)
		return 0;
	for (size_t i = ir_name_hash(n) & (slots - 1);; i = (i + 1) & (slots - 1)) {
		if (!t[i])
			return 0;
		if (!strcmp(t[i], n))
			return 1;
	}
}

/* The name of the variable an expression may let a callee or an assignment change: `x`,
 * `x(i)`, `x(2:n)` (NULL for other expressions). */
static const char *base_name(const IrExpr *e)
{
	return e && e->kind == IR_REF && !e->paren ? e->u.ref.name : NULL;
}

static void names_expr(Sema *S, const IrExpr *e, IrVec *v)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_REF:
		ir_vec_push(S->a, v, (void *)e->u.ref.name);
		for (int i = 0; i < e->u.ref.nargs; i++)
			names_expr(S, e->u.ref.args[i], v);
		break;
	case IR_UNARY:
	case IR_BINARY:
		names_expr(S, e->u.op.a, v);
		names_expr(S, e->u.op.b, v);
		break;
	case IR_TRIPLET:
		names_expr(S, e->u.triplet.lo, v);
		names_expr(S, e->u.triplet.hi, v);
		names_expr(S, e->u.triplet.st, v);
		break;
	case IR_ARRAYCON:
	case IR_IMPLDO:
		for (int i = 0; i < e->u.list.nitems; i++)
			names_expr(S, e->u.list.items[i], v);
		names_expr(S, e->u.list.var, v);
		names_expr(S, e->u.list.lo, v);
		names_expr(S, e->u.list.hi, v);
		names_expr(S, e->u.list.st, v);
		break;
	case IR_KEYWORD: names_expr(S, e->u.kw.e, v); break;
	default: break;
	}
}

/* Every name in b into v; the names b may change (assigned, DO variables, actual arguments
 * of calls, which the callee may change) into w. */
static void names_block(Sema *S, const IrBlock *b, IrVec *v, IrVec *w);

static void names_changed_args(Sema *S, const IrExpr *e, IrVec *w)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_REF:
		for (int i = 0; i < e->u.ref.nargs; i++) {
			const char *n = base_name(e->u.ref.args[i]);
			if (n)
				ir_vec_push(S->a, w, (void *)n);
			names_changed_args(S, e->u.ref.args[i], w);
		}
		break;
	case IR_UNARY:
	case IR_BINARY:
		names_changed_args(S, e->u.op.a, w);
		names_changed_args(S, e->u.op.b, w);
		break;
	default: break;
	}
}

static void names_block(Sema *S, const IrBlock *b, IrVec *v, IrVec *w)
{
	for (int i = 0; i < b->n; i++) {
		const IrStmt *s = b->v[i];
		switch (s->kind) {
		case IR_ASSIGN:
			names_expr(S, s->u.assign.lhs, v);
			names_expr(S, s->u.assign.rhs, v);
			if (base_name(s->u.assign.lhs))
				ir_vec_push(S->a, w, (void *)base_name(s->u.assign.lhs));
			names_changed_args(S, s->u.assign.lhs, w);
			names_changed_args(S, s->u.assign.rhs, w);
			break;
		case IR_IF:
			for (int k = 0; k < s->u.if_.ncond; k++) {
				names_expr(S, s->u.if_.conds[k], v);
				names_changed_args(S, s->u.if_.conds[k], w);
				names_block(S, &s->u.if_.blocks[k], v, w);
			}
			names_block(S, &s->u.if_.else_, v, w);
			break;
		case IR_DO:
			names_expr(S, s->u.do_.var, v);
			names_expr(S, s->u.do_.lo, v);
			names_expr(S, s->u.do_.hi, v);
			names_expr(S, s->u.do_.step, v);
			if (base_name(s->u.do_.var))
				ir_vec_push(S->a, w, (void *)base_name(s->u.do_.var));
			names_block(S, &s->u.do_.body, v, w);
			break;
		case IR_DOWHILE:
			names_expr(S, s->u.dowhile.cond, v);
			names_changed_args(S, s->u.dowhile.cond, w);
			names_block(S, &s->u.dowhile.body, v, w);
			break;
		case IR_CALL:
			for (int k = 0; k < s->u.call.nargs; k++) {
				names_expr(S, s->u.call.args[k], v);
				const char *n = base_name(s->u.call.args[k]);
				if (n)
					ir_vec_push(S->a, w, (void *)n);
				names_changed_args(S, s->u.call.args[k], w);
			}
			break;
		case IR_PRINT:
			for (int k = 0; k < s->u.print.nitems; k++)
				names_expr(S, s->u.print.items[k], v);
			break;
		case IR_BLOCK: names_block(S, &s->u.block, v, w); break;
		default: break;
		}
	}
}

void sema_names_collect(Sema *S, const IrUnit *u)
{
	IrVec v = {0}, w = {0};
	names_block(S, &u->body, &v, &w);
	S->nnames = 16;
	while (S->nnames < (size_t)v.n * 2 + 2)
		S->nnames *= 2;
	S->names = ir_alloc(S->a, sizeof *S->names * S->nnames);
	for (int i = 0; i < v.n; i++)
		name_put(S->names, S->nnames, v.v[i]);
	S->nchanged = 16;
	while (S->nchanged < (size_t)w.n * 2 + 2)
		S->nchanged *= 2;
	S->changed = ir_alloc(S->a, sizeof *S->changed * S->nchanged);
	for (int i = 0; i < w.n; i++)
		name_put(S->changed, S->nchanged, w.v[i]);
}

int sema_unit_uses_name(Sema *S, const IrUnit *u, const char *n)
{
	IrVec v = {0}, w = {0};
	names_block(S, &u->body, &v, &w);
	for (int i = 0; i < v.n; i++)
		if (!strcmp(v.v[i], n))
			return 1;
	return 0;
}

int sema_name_used(const Sema *S, const char *n)
{
	return name_in(S->names, S->nnames, n);
}

int sema_name_changed(const Sema *S, const char *n)
{
	return name_in(S->changed, S->nchanged, n);
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
	int before = ir_error_count(p);
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
		sema_names_collect(&S, u);
		memset(S.ivars, 0, sizeof S.ivars);
		sema_resolve_block(&S, &u->body);
		S.nnames = S.nchanged = 0;
		if (S.prologue.n) {
			for (int k = 0; k < u->body.n; k++)
				ir_block_add(S.a, &S.prologue, u->body.v[k]);
			u->body = S.prologue;
		}
		/* Symbols that are still untyped (e.g. typed externals never called): type them now. */
		for (int k = 0; k < u->syms.n; k++) {
			IrSym *s = u->syms.v[k];
			if (s->type == TY_NONE)
				s->type = TY_REAL4;
		}
	}
	if (ir_error_count(p) > before)
		return ir_error_count(p) - before;
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
	return ir_error_count(p) - before;
}
