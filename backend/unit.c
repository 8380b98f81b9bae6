/*
 * unit.c — one IR unit printed as one C function.
 *
 * Three passes over the unit:
 *   1. collect every variable it mentions (body, and the bounds of the arrays among them) and the
 *      units it calls, then name them: file-scope names first (they cannot change), then the
 *      dummy arguments, then the rest in declaration order, each made unique in the routine;
 *   2. a flow walk that records which variables are read and written and which scalar locals may
 *      be read before they are assigned (those are declared `= 0`, so -Wmaybe-uninitialized has
 *      nothing to say; it follows the structured control flow: an IF assigns what all its
 *      branches assign, a loop body may not run);
 *   3. print the body, then the declarations of exactly what the body used: PARAMETER constants,
 *      the const bounds of arrays, locals, loop temporaries, and `(void)x;` for dummy arguments
 *      the routine never touches and for locals it sets but never reads (gcc would warn).
 */
#include "cg_int.h"

#include <assert.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define CG_AUTO_ARRAY_MAX_BYTES 65536

const char *cg_ctype(IrBase t)
{
	switch (t) {
	case TY_REAL4: return "float";
	case TY_REAL8: return "double";
	case TY_INT8: return "int64_t";
	case TY_INT:
	case TY_LOGICAL: return "int";
	default: return "int";
	}
}

static size_t elem_size(IrBase t)
{
	return t == TY_REAL8 || t == TY_INT8 ? 8 : 4;
}

/* ---------------------------------------------------------------- file-scope variables */

/* " = {v0, v1, ...}" for an array given values by DATA (elements it does not name are 0). */
void cg_array_init(const IrSym *s, CgBuf *b)
{
	if (!s->inits)
		return;
	cg_buf_puts(b, " = {");
	for (long i = 0; i < s->ninits; i++) {
		if (i)
			cg_buf_puts(b, i % 8 ? ", " : ",\n        ");
		if (s->inits[i])
			cg_const(s->inits[i], b);
		else
			cg_buf_puts(b, "0");
	}
	cg_buf_puts(b, "}");
}

const IrSym *cg_global_canon(const IrSym *s)
{
	for (int guard = 0; guard < 16; guard++) {
		const IrSym *o = s->origin;
		if (!o || o == s || o->kind != s->kind)
			break;
		/* A COMMON member refers to the canonical member of its block (owner NULL); a
		 * USE-associated copy to the module's symbol of the same name. Other origins (a
		 * derivative's primal) are not the same storage. */
		if (s->kind == SYM_COMMON && !o->owner && o->common && s->common && !strcmp(o->common, s->common))
			s = o;
		else if ((s->kind == SYM_MODULE || s->kind == SYM_PARAM) && !strcmp(o->name, s->name))
			s = o;
		else
			break;
	}
	return s;
}

/* A module of the user's source (not one the AD passes made, like the home of SAVE'd locals). */
int cg_user_module(const IrProgram *p, const IrUnit *m)
{
	if (!m || m->kind != UNIT_MODULE)
		return 0;
	for (int i = 0; i < p->allunits.n; i++)
		if (p->allunits.v[i] == m)
			return 1;
	return 0;
}

const IrSym *cg_global_primal(const IrSym *canon)
{
	const IrSym *o = canon->origin;
	if (canon->kind == SYM_MODULE && o && o != canon && o->kind == SYM_MODULE && strcmp(o->name, canon->name) != 0)
		return cg_global_canon(o);
	return NULL;
}

int cg_global_abi(const Cg *cg, const IrSym *canon)
{
	if (!cg->o.fortran_abi)
		return 0;
	if (canon->kind == SYM_COMMON)
		return 1;
	return canon->kind == SYM_MODULE && cg_user_module(cg->p, canon->owner);
}

const char *cg_common_cname(Cg *cg, const char *block)
{
	if (!block || !block[0])
		return "__BLNK__";
	return cg_sprintf(cg, "%s_", block);
}

const char *cg_deriv_module(Cg *cg, const IrUnit *m)
{
	return cg_sprintf(cg, "%s_%s", m->name, cg->o.deriv_suffix ? cg->o.deriv_suffix : "d");
}

/* gfortran's external name: module variable `v` of module `m` is `__m_MOD_v` (its derivative
 * `vb` lives in module `m_b`: `__m_b_MOD_vb`); COMMON member `c` of /pars/ is member `c` of the
 * struct `pars_` (blank COMMON: `__BLNK__`), laid out in emit.c. */
static const char *abi_name(Cg *cg, const IrSym *canon)
{
	if (canon->kind == SYM_COMMON) {
		const char *m = cg_name_reserved(canon->name) ? cg_sprintf(cg, "%s_", canon->name) : canon->name;
		return cg_sprintf(cg, "%s.%s", cg_common_cname(cg, canon->common), m);
	}
	if (cg_global_primal(canon))
		return cg_sprintf(cg, "__%s_MOD_%s", cg_deriv_module(cg, canon->owner), canon->name);
	return cg_sprintf(cg, "__%s_MOD_%s", canon->owner->name, canon->name);
}

const char *cg_global_name(Cg *cg, const IrSym *canon)
{
	const char *name = cg_map_get(&cg->global_name, canon);
	if (name)
		return name;
	if (cg_global_abi(cg, canon)) {
		name = abi_name(cg, canon);
		ir_names_add(&cg->global_taken, name);
		cg_map_put(&cg->global_name, canon, (void *)name);
		cg_list_push(&cg->globals, (void *)canon);
		return name;
	}
	char *base;
	if (canon->kind == SYM_COMMON)
		base = cg_sprintf(cg, "%s_%s", canon->common && canon->common[0] ? canon->common : "blank", canon->name);
	else if (canon->owner)
		base = cg_sprintf(cg, "%s_%s", canon->owner->name, canon->name);
	else
		base = cg_strdup(cg, canon->name);
	if (cg->split_hdr && cg->o.prefix) /* shared between the parts: the output's prefix */
		base = cg_sprintf(cg, "%s%s", cg->o.prefix, base);
	name = cg_unique(cg, &cg->global_taken, base);
	cg_map_put(&cg->global_name, canon, (void *)name);
	cg_list_push(&cg->globals, (void *)canon);
	return name;
}

static int is_global(const CgUnit *U, const IrSym *s)
{
	switch (s->kind) {
	case SYM_MODULE:
	case SYM_COMMON: return 1;
	case SYM_PARAM: return s->owner && s->owner->kind == UNIT_MODULE && s->owner != U->u;
	default: return 0;
	}
}

/* ---------------------------------------------------------------- variables */

CgSym *cg_sym(CgUnit *U, const IrSym *s)
{
	CgSym *cs = cg_map_get(&U->syms, s);
	if (cs)
		return cs;
	cs = calloc(1, sizeof *cs);
	if (!cs)
		abort();
	cs->sym = s;
	cs->order = U->symlist.n;
	cs->index_in_unit = INT_MAX;
	for (int i = 0; i < U->u->syms.n; i++)
		if (U->u->syms.v[i] == s)
			cs->index_in_unit = i;
	cg_list_push(&U->symlist, cs);
	cg_map_put(&U->syms, s, cs);

	/* bounds */
	int all_known = 1;
	long long count = 1;
	for (int d = 0; d < s->rank; d++) {
		long long lo = 1, hi;
		cs->lo_known[d] = !s->dims[d].lo || cg_fold_int(s->dims[d].lo, &lo);
		cs->lo[d] = lo;
		cs->n_known[d] = cs->lo_known[d] && s->dims[d].hi && cg_fold_int(s->dims[d].hi, &hi);
		if (cs->n_known[d]) {
			cs->ext[d] = hi - lo + 1 > 0 ? hi - lo + 1 : 0;
			count *= cs->ext[d];
		} else {
			all_known = 0;
		}
	}

	/* storage and name */
	if (is_global(U, s)) {
		cs->st = CG_ST_GLOBAL;
		const IrSym *canon = cg_global_canon(s);
		cs->cname = cg_global_name(U->cg, canon);
		/* a COMMON block is one C struct: no local may take its name */
		ir_names_add(&U->taken,
		             cg_global_abi(U->cg, canon) && canon->kind == SYM_COMMON ? cg_common_cname(U->cg, canon->common)
		                                                                      : cs->cname);
		if (s->rank && !all_known && !s->allocatable)
			cg_problem(U->cg, s->loc, "the bounds of '%s' must be constant", s->name);
		return cs;
	}
	if (s->type == TY_CHAR && s->kind != SYM_PARAM) {
		/* CHARACTER: a buffer of its characters (an array's elements one after the other); a
		 * dummy is the address of its first character, its length the hidden dummy's */
		long long len = 1;
		if (s->kind != SYM_ARG && !(s->clen && cg_fold_int(s->clen, &len)))
			cg_problem(U->cg, s->loc, "the length of '%s' must be constant", s->name);
		cs->st = s->kind == SYM_ARG ? CG_ST_ARG_ARRAY : s->is_save || s->init ? CG_ST_STATIC_ARRAY : CG_ST_AUTO;
		if ((cs->st == CG_ST_AUTO || cs->st == CG_ST_STATIC_ARRAY) && !all_known)
			cg_problem(U->cg, s->loc, "the CHARACTER array '%s' must have constant bounds", s->name);
		cs->cname = cg_unique(U->cg, &U->taken, s->name);
		return cs;
	}
	switch (s->kind) {
	case SYM_ARG: {
		cs->st = s->len_of ? CG_ST_ARG_VALUE : s->allocatable ? CG_ST_ARG_ALLOC : s->rank ? CG_ST_ARG_ARRAY : CG_ST_ARG;
		int mine = 0;
		for (int i = 0; i < U->u->nargs && U->u->args; i++)
			mine |= U->u->args[i] == s;
		if (!mine)
			cg_problem(U->cg, s->loc, "'%s' is a dummy argument of another routine than '%s' (internal)", s->name,
			           U->u->name);
		break;
	}
	case SYM_PARAM: cs->st = CG_ST_PARAM; break;
	default:
		if (s->allocatable) {
			cs->st = CG_ST_ALLOC;
		} else if (!s->rank) {
			cs->st = (s->is_save || s->init) && s->kind != SYM_RESULT ? CG_ST_STATIC : CG_ST_LOCAL;
		} else if (s->is_save || s->init) {
			cs->st = CG_ST_STATIC_ARRAY;
			if (!all_known)
				cg_problem(U->cg, s->loc, "the SAVE'd array '%s' must have constant bounds", s->name);
		} else if (all_known && count * (long long)elem_size(s->type) <= CG_AUTO_ARRAY_MAX_BYTES) {
			cs->st = CG_ST_AUTO;
		} else {
			cs->st = CG_ST_HEAP;
		}
		break;
	}
	cs->cname = cg_unique(U->cg, &U->taken, s->name);
	if (cs->st == CG_ST_ARG_ALLOC) {
		cs->pname = cs->cname;
		cs->cname = cg_sprintf(U->cg, "(*%s)", cs->pname);
	}
	return cs;
}

/* An ALLOCATABLE array's bounds are variables (its hidden bound variables, or for a temporary
 * shaped like one, expressions of them), read where they are used: they change with each
 * ALLOCATE. The C text of one (NULL: 1). */
static const char *alloc_bound(CgUnit *U, const IrExpr *b)
{
	if (!b)
		return "1";
	if (b->kind == IR_VAR && !b->u.var.nidx) {
		CgSym *bs = cg_sym(U, b->u.var.sym);
		bs->printed = 1;
		bs->read = 1;
		return bs->st == CG_ST_ARG ? cg_sprintf(U->cg, "(*%s)", bs->cname) : bs->cname;
	}
	CgBuf t = {0};
	cg_buf_putc(&t, '(');
	cg_expr_prec(U, b, 0, &t);
	cg_buf_putc(&t, ')');
	const char *r = cg_strdup(U->cg, cg_buf_str(&t));
	cg_buf_free(&t);
	return r;
}

const char *cg_lo_name(CgUnit *U, CgSym *cs, int d)
{
	if (cs->sym->allocatable)
		return alloc_bound(U, cs->sym->dims[d].lo);
	if (!cs->lo_name[d])
		cs->lo_name[d] = cg_unique(U->cg, &U->taken, cg_sprintf(U->cg, "%s_lo%d", cs->cname, d + 1));
	cs->lo_used[d] = 1;
	return cs->lo_name[d];
}

const char *cg_n_name(CgUnit *U, CgSym *cs, int d)
{
	if (cs->sym->allocatable) {
		const char *lo = alloc_bound(U, cs->sym->dims[d].lo), *hi = alloc_bound(U, cs->sym->dims[d].hi);
		return cg_sprintf(U->cg, "(%s - %s + 1)", hi, lo);
	}
	if (!cs->n_name[d])
		cs->n_name[d] = cg_unique(U->cg, &U->taken, cg_sprintf(U->cg, "%s_n%d", cs->cname, d + 1));
	cs->n_used[d] = 1;
	return cs->n_name[d];
}

/* ---------------------------------------------------------------- 1. collect */

typedef struct Collect {
	CgUnit *U;
	CgMap seen;  /* IrSym* / IrUnit* -> 1 */
	CgList syms; /* const IrSym* in first-mention order */
} Collect;

static void collect_sym(Collect *C, const IrSym *s)
{
	if (!s || cg_map_get(&C->seen, s))
		return;
	cg_map_put(&C->seen, s, (void *)1);
	cg_list_push(&C->syms, (void *)s);
}

static void collect_node(const IrExpr *e, void *ctx)
{
	Collect *C = ctx;
	if (e->kind == IR_VAR)
		collect_sym(C, e->u.var.sym);
	else if (e->kind == IR_FCALL && e->u.call.callee) {
		const char *n = cg_map_get(&C->U->cg->unit_cname, e->u.call.callee);
		if (n)
			ir_names_add(&C->U->taken, n);
	}
}

static void collect_expr(Collect *C, const IrExpr *e)
{
	cg_expr_walk(e, collect_node, C);
}

static void collect_part(void *ctx, IrExpr **e)
{
	collect_expr(ctx, *e);
}

/* The symbols the statements of b mention, in first-mention order, and the C names of the
 * routines they call (taken). */
static void collect_stmts(void *ctx, IrBlock *b)
{
	Collect *C = ctx;
	IrVisit parts = {collect_part, collect_stmts, C};
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		if (s->kind == IR_CALL && s->u.call.callee) {
			const char *n = cg_map_get(&C->U->cg->unit_cname, s->u.call.callee);
			if (n)
				ir_names_add(&C->U->taken, n);
		}
		ir_stmt_parts(s, &parts); /* (GO TO, SELECT CASE and masks do not survive sema) */
		for (int k = 0; s->kind == IR_RT && k < s->u.rt.nvars; k++)
			collect_sym(C, s->u.rt.vars[k]);
	}
}

static void collect_block(Collect *C, const IrBlock *b)
{
	collect_stmts(C, (IrBlock *)b); /* (the walk changes nothing) */
}

static void prepare_names(CgUnit *U)
{
	const IrUnit *u = U->u;
	Collect C = {0};
	C.U = U;
	for (int i = 0; i < u->nargs; i++)
		if (u->args && u->args[i])
			collect_sym(&C, u->args[i]);
	if (u->kind == UNIT_FUNCTION && u->result)
		collect_sym(&C, u->result);
	collect_block(&C, &u->body);
	/* the bounds of arrays mention more variables (arguments, PARAMETERs, module variables) */
	for (int i = 0; i < C.syms.n; i++) {
		const IrSym *s = C.syms.v[i];
		for (int d = 0; d < s->rank; d++) {
			collect_expr(&C, s->dims[d].lo);
			collect_expr(&C, s->dims[d].hi);
		}
	}
	/* file-scope names first: they are fixed */
	for (int i = 0; i < C.syms.n; i++)
		if (is_global(U, C.syms.v[i]))
			cg_sym(U, C.syms.v[i]);
	for (int i = 0; i < u->nargs; i++)
		if (u->args && u->args[i])
			cg_sym(U, u->args[i]);
	if (u->kind == UNIT_FUNCTION && u->result)
		U->result_cname = cg_sym(U, u->result)->cname;
	for (int i = 0; i < u->syms.n; i++)
		if (cg_map_get(&C.seen, u->syms.v[i]))
			cg_sym(U, u->syms.v[i]);
	for (int i = 0; i < C.syms.n; i++)
		cg_sym(U, C.syms.v[i]);
	cg_map_free(&C.seen);
	cg_list_free(&C.syms);
}

/* ---------------------------------------------------------------- 2. flow */

typedef struct Flow {
	CgUnit *U;
	int in_rt;              /* inside a runtime operation (tape, snapshot): not a use of the
	                           program's own (CgSym.uread, uwritten) */
	int n;                  /* number of variables (CgSym.order range) */
	unsigned char *exit_da; /* assigned on every way out (RETURN or the end) */
} Flow;

/* What a routine does with its dummy arguments, for its callers (Cg.arg_flags). */
enum {
	CG_ARG_MODIFIED = 1,   /* may be modified */
	CG_ARG_READ_FIRST = 2, /* a scalar that may be read before the routine assigns it */
	CG_ARG_ASSIGNED = 4    /* a scalar assigned on every way out */
};

/* Scalars whose definite assignment is followed: locals (an uninitialized read makes them
 * `= 0`) and dummy arguments (an uninitialized read makes callers initialize the actual, since
 * gcc sees through the call once it inlines it). */
static int tracked(const CgSym *cs, int n)
{
	return (cs->st == CG_ST_LOCAL || cs->st == CG_ST_ARG) && cs->sym->rank == 0 && cs->order < n;
}

static void check_read(Flow *F, CgSym *cs, const unsigned char *da)
{
	cs->read = 1;
	if (!F->in_rt)
		cs->uread = 1;
	if (tracked(cs, F->n) && !da[cs->order]) {
		if (cs->st == CG_ST_ARG)
			cs->read_first = 1;
		else
			cs->needs_init = 1;
	}
}

static void flow_use(Flow *F, const IrExpr *e, unsigned char *da);

/* CG_ARG_* flags of `callee`'s dummy argument i (everything when it is not known). */
static int callee_arg(Cg *cg, const IrUnit *callee, int i)
{
	const int *flags = callee ? cg_map_get(&cg->arg_flags, callee) : NULL;
	if (!flags || i >= callee->nargs)
		return CG_ARG_MODIFIED | CG_ARG_READ_FIRST | CG_ARG_ASSIGNED;
	return flags[i];
}

/* The address of a variable goes to a routine, which may read and write it there as its flags
 * say. */
static void flow_address(Flow *F, const IrExpr *e, unsigned char *da, int flags)
{
	CgSym *cs = cg_sym(F->U, e->u.var.sym);
	for (int i = 0; i < e->u.var.nidx; i++)
		flow_use(F, e->u.var.idx[i], da);
	if (flags & CG_ARG_READ_FIRST)
		check_read(F, cs, da);
	cs->read = cs->written = 1;
	if (flags & CG_ARG_MODIFIED)
		cs->modified = cs->uwritten = 1;
	cs->uread = 1;
	if ((flags & CG_ARG_ASSIGNED) && tracked(cs, F->n))
		da[cs->order] = 1;
}

static void flow_use(Flow *F, const IrExpr *e, unsigned char *da)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_VAR:
		check_read(F, cg_sym(F->U, e->u.var.sym), da);
		for (int i = 0; i < e->u.var.nidx; i++)
			flow_use(F, e->u.var.idx[i], da);
		break;
	case IR_UNARY: flow_use(F, e->u.op.a, da); break;
	case IR_BINARY:
		flow_use(F, e->u.op.a, da);
		flow_use(F, e->u.op.b, da);
		break;
	case IR_INTRIN:
		for (int i = 0; i < e->u.call.nargs; i++)
			flow_use(F, e->u.call.args[i], da);
		break;
	case IR_FCALL:
		for (int i = 0; i < e->u.call.nargs; i++) {
			if (cg_addressable(e->u.call.args[i]))
				flow_address(F, e->u.call.args[i], da, callee_arg(F->U->cg, e->u.call.callee, i));
			else
				flow_use(F, e->u.call.args[i], da);
		}
		break;
	case IR_CONVERT: flow_use(F, e->u.conv.e, da); break;
	default: break;
	}
}

static void flow_assign(Flow *F, const IrExpr *lhs, unsigned char *da)
{
	if (!lhs || lhs->kind != IR_VAR)
		return;
	CgSym *cs = cg_sym(F->U, lhs->u.var.sym);
	cs->written = cs->modified = 1;
	if (!F->in_rt)
		cs->uwritten = 1;
	for (int i = 0; i < lhs->u.var.nidx; i++)
		flow_use(F, lhs->u.var.idx[i], da);
	if (tracked(cs, F->n))
		da[cs->order] = 1;
}

static unsigned char *da_copy(const Flow *F, const unsigned char *da)
{
	unsigned char *c = malloc((size_t)F->n + 1);
	if (!c)
		abort();
	memcpy(c, da, (size_t)F->n + 1);
	return c;
}

/* After EXIT, CYCLE, RETURN, STOP nothing follows: everything counts as assigned, so the path
 * does not weaken the meet at the end of an IF. */
static void da_dead(const Flow *F, unsigned char *da)
{
	memset(da, 1, (size_t)F->n + 1);
}

static void flow_block(Flow *F, const IrBlock *b, unsigned char *da);

static void flow_stmt(Flow *F, const IrStmt *s, unsigned char *da)
{
	switch (s->kind) {
	case IR_ASSIGN:
		flow_use(F, s->u.assign.rhs, da);
		flow_assign(F, s->u.assign.lhs, da);
		break;
	case IR_IF: {
		unsigned char *meet = malloc((size_t)F->n + 1);
		if (!meet)
			abort();
		da_dead(F, meet);
		for (int k = 0; k <= s->u.if_.ncond; k++) {
			if (k < s->u.if_.ncond)
				flow_use(F, s->u.if_.conds[k], da);
			unsigned char *c = da_copy(F, da);
			if (k < s->u.if_.ncond)
				flow_block(F, &s->u.if_.blocks[k], c);
			else
				flow_block(F, &s->u.if_.else_, c);
			for (int i = 0; i <= F->n; i++)
				meet[i] &= c[i];
			free(c);
		}
		memcpy(da, meet, (size_t)F->n + 1);
		free(meet);
		break;
	}
	case IR_DO: {
		flow_use(F, s->u.do_.lo, da);
		flow_use(F, s->u.do_.hi, da);
		flow_use(F, s->u.do_.step, da);
		flow_assign(F, s->u.do_.var, da);
		if (s->u.do_.var && s->u.do_.var->kind == IR_VAR)
			cg_sym(F->U, s->u.do_.var->u.var.sym)->read = 1; /* the increment reads it */
		unsigned char *c = da_copy(F, da);
		flow_block(F, &s->u.do_.body, c);
		free(c);
		break;
	}
	case IR_DOWHILE: {
		flow_use(F, s->u.dowhile.cond, da);
		unsigned char *c = da_copy(F, da);
		flow_block(F, &s->u.dowhile.body, c);
		flow_use(F, s->u.dowhile.cond, c); /* the condition again after an iteration */
		free(c);
		break;
	}
	case IR_CALL:
		for (int k = 0; k < s->u.call.nargs; k++) {
			if (cg_addressable(s->u.call.args[k]))
				flow_address(F, s->u.call.args[k], da, callee_arg(F->U->cg, s->u.call.callee, k));
			else
				flow_use(F, s->u.call.args[k], da);
		}
		break;
	case IR_RETURN:
		if (F->U->u->kind == UNIT_FUNCTION && F->U->u->result)
			check_read(F, cg_sym(F->U, F->U->u->result), da);
		for (int i = 0; i <= F->n; i++)
			F->exit_da[i] &= da[i];
		da_dead(F, da);
		break;
	case IR_STOP:
		flow_use(F, s->u.stop.code, da);
		da_dead(F, da);
		break;
	case IR_EXIT:
	case IR_CYCLE: da_dead(F, da); break;
	case IR_PRINT:
		for (int k = 0; k < s->u.print.nitems; k++)
			flow_use(F, s->u.print.items[k], da);
		break;
	case IR_RT:
		F->in_rt = s->u.rt.kind != RT_RAW;
		switch (s->u.rt.kind) {
		case RT_PUSH:
		case RT_PUSH_CTRL: flow_use(F, s->u.rt.e, da); break;
		case RT_PUSH_ROW:
			flow_use(F, s->u.rt.e, da);
			flow_use(F, s->u.rt.count, da);
			break;
		case RT_POP_ROW:
			flow_use(F, s->u.rt.count, da);
			flow_assign(F, s->u.rt.e, da);
			break;
		case RT_FP_BEGIN:
			flow_use(F, s->u.rt.e, da);
			flow_use(F, s->u.rt.count, da);
			break;
		case RT_FP_END:
		case RT_LS_BEGIN:
		case RT_LS_END:
		case RT_LS_APPLY:
		case RT_ABI_ALIAS: break; /* addresses only */
		case RT_FP_TEST:
		case RT_COPY:
			for (int k = 0; k < s->u.rt.nvars; k++)
				check_read(F, cg_sym(F->U, s->u.rt.vars[k]), da);
			/* fall through */
		case RT_POP:
		case RT_POP_CTRL:
		case RT_ZERO:
		case RT_ALLOC:
		case RT_FREE:
			flow_assign(F, s->u.rt.e, da);
			if (s->u.rt.e && s->u.rt.e->kind == IR_VAR && s->u.rt.e->u.var.sym->rank && !s->u.rt.e->u.var.nidx)
				cg_sym(F->U, s->u.rt.e->u.var.sym)->read = 1; /* a whole array: its address is taken */
			break;
		case RT_SNAP_WRITE:
		case RT_RV_STORE:
		case RT_PROF_EVENT:
			flow_use(F, s->u.rt.e, da);
			for (int k = 0; k < s->u.rt.nvars; k++)
				check_read(F, cg_sym(F->U, s->u.rt.vars[k]), da);
			break;
		case RT_SNAP_READ:
		case RT_RV_RESTORE:
			flow_use(F, s->u.rt.e, da);
			for (int k = 0; k < s->u.rt.nvars; k++) {
				CgSym *cs = cg_sym(F->U, s->u.rt.vars[k]);
				cs->read = cs->written = cs->modified = 1;
				if (tracked(cs, F->n))
					da[cs->order] = 1;
			}
			break;
		case RT_INIT:
		case RT_SITES:
		case RT_PROF_SITES:
		case RT_RAW: break;
		}
		F->in_rt = 0;
		break;
	case IR_BLOCK: flow_block(F, &s->u.block, da); break;
	default: break;
	}
}

static void flow_block(Flow *F, const IrBlock *b, unsigned char *da)
{
	for (int i = 0; i < b->n; i++)
		flow_stmt(F, b->v[i], da);
}

static void prepare_flow(CgUnit *U)
{
	Flow F = {U, 0, U->symlist.n, NULL};
	unsigned char *da = calloc((size_t)F.n + 1, 1);
	F.exit_da = malloc((size_t)F.n + 1);
	if (!da || !F.exit_da)
		abort();
	da_dead(&F, F.exit_da);
	flow_block(&F, &U->u->body, da);
	if (U->u->kind == UNIT_FUNCTION && U->u->result)
		check_read(&F, cg_sym(U, U->u->result), da);
	for (int i = 0; i <= F.n; i++)
		F.exit_da[i] &= da[i];
	/* what callers need to know (units are printed callees first) */
	int *flags = calloc((size_t)U->u->nargs + 1, sizeof *flags);
	if (!flags)
		abort();
	for (int i = 0; i < U->u->nargs; i++) {
		const IrSym *s = U->u->args ? U->u->args[i] : NULL;
		if (!s) {
			flags[i] = CG_ARG_MODIFIED | CG_ARG_READ_FIRST | CG_ARG_ASSIGNED;
			continue;
		}
		CgSym *cs = cg_sym(U, s);
		flags[i] = (cs->modified ? CG_ARG_MODIFIED : 0) | (cs->read_first ? CG_ARG_READ_FIRST : 0) |
		        (tracked(cs, F.n) && F.exit_da[cs->order] ? CG_ARG_ASSIGNED : 0);
	}
	cg_map_put(&U->cg->arg_flags, U->u, flags);
	free(da);
	free(F.exit_da);
}

/* ---------------------------------------------------------------- 3. declarations */

static const char *unit_kind_name(IrUnitKind k)
{
	switch (k) {
	case UNIT_PROGRAM: return "PROGRAM";
	case UNIT_SUBROUTINE: return "SUBROUTINE";
	case UNIT_FUNCTION: return "FUNCTION";
	case UNIT_MODULE: return "MODULE";
	}
	return "UNIT";
}

/* Comment text, made safe for a C comment. */
static void comment_text(CgBuf *b, const char *s)
{
	for (; *s; s++) {
		if (s[0] == '*' && s[1] == '/')
			cg_buf_puts(b, "* ");
		else
			cg_buf_putc(b, *s);
	}
}

static void unit_comment(const IrUnit *u, CgBuf *b)
{
	cg_buf_puts(b, "/* ");
	if (u->comment) {
		comment_text(b, u->comment);
	} else {
		CgBuf t = {0};
		cg_buf_printf(&t, "primal of %s %s", unit_kind_name(u->kind), u->name);
		if (u->loc.file)
			cg_buf_printf(&t, " (%s:%d)", cg_base_name(u->loc.file), u->loc.line);
		comment_text(b, cg_buf_str(&t));
		cg_buf_free(&t);
	}
	cg_buf_puts(b, " */\n");
}

static IrBase result_type(const IrUnit *u)
{
	if (u->result)
		return u->result->type;
	return u->declared_type != TY_NONE ? u->declared_type : TY_REAL4;
}

static const char *make_sig(CgUnit *U)
{
	const IrUnit *u = U->u;
	Cg *cg = U->cg;
	if (u->kind == UNIT_PROGRAM)
		return "int main(void)";
	CgBuf b = {0};
	const char *name = cg_map_get(&cg->unit_cname, u);
	assert(name);
	/* an external FUNCTION, made a subroutine by canonicalization, still returns its result */
	int nargs = u->nargs;
	const char *rtype = u->kind == UNIT_FUNCTION ? cg_ctype(result_type(u)) : "void";
	if (cg_external_function(u)) {
		nargs--;
		rtype = cg_ctype(u->args[nargs]->type);
	}
	cg_buf_printf(&b, "%s %s(", rtype, name);
	if (!nargs)
		cg_buf_puts(&b, "void");
	for (int i = 0; i < nargs; i++) {
		const IrSym *s = u->args ? u->args[i] : NULL;
		if (i)
			cg_buf_puts(&b, ", ");
		if (!s) {
			cg_problem(cg, u->loc, "argument %d of '%s' has no symbol", i + 1, u->name);
			continue;
		}
		/* Fortran forbids aliasing between dummies only where one of them is modified, so
		 * only a modified array is `restrict`: that is what lets a compiler vectorize, and a
		 * caller may then pass one array to two read-only dummies (dot(v, v)) without
		 * gcc's -Wrestrict */
		CgSym *cs = cg_sym(U, s);
		if (cs->st == CG_ST_ARG_VALUE) {
			cg_buf_printf(&b, "int64_t %s", cs->cname);
			continue;
		}
		if (s->type == TY_CHAR) {
			cg_buf_printf(&b, "char *%s", cs->cname);
			continue;
		}
		if (cs->st == CG_ST_ARG_ALLOC) {
			cg_buf_printf(&b, "%s **%s", cg_ctype(s->type), cs->pname);
			continue;
		}
		cg_buf_printf(&b, "%s *%s%s", cg_ctype(s->type), s->rank && cs->modified && !U->u->no_restrict ? "restrict " : "",
		              cs->cname);
	}
	cg_buf_putc(&b, ')');
	const char *r = cg_strdup(cg, cg_buf_str(&b));
	cg_buf_free(&b);
	return r;
}

const char *cg_renamed_deriv(Cg *cg, const IrUnit *u, int k)
{
	const IrSym *s = u->args ? u->args[k] : NULL, *x = k > 0 && u->args ? u->args[k - 1] : NULL;
	if (!s || !x || !s->deriv || x->deriv)
		return NULL;
	size_t n = strlen(s->name), o = strlen(x->name);
	while (n > 0 && s->name[n - 1] >= '0' && s->name[n - 1] <= '9')
		n--;
	if (n == strlen(s->name) || n != o + 1 || strncmp(s->name, x->name, o))
		return NULL;
	char *name = cg_strdup(cg, s->name);
	name[n] = 0;
	return name;
}

/* For the header: "n (integer), x(1:n) (double precision array, rank 1)". */
static const char *make_argdoc(CgUnit *U)
{
	const IrUnit *u = U->u;
	CgBuf b = {0};
	static const char *const intents[] = {"", ", in", ", out", ", inout"};
	for (int i = 0; i < u->nargs; i++) {
		const IrSym *s = u->args ? u->args[i] : NULL;
		if (!s)
			continue;
		if (i)
			cg_buf_puts(&b, ", ");
		cg_buf_printf(&b, "%s (%s", cg_sym(U, s)->cname, ir_base_name(s->type));
		if (s->rank)
			cg_buf_printf(&b, " array of rank %d", s->rank);
		cg_buf_printf(&b, "%s)", intents[s->intent & 3]);
		const char *usual = cg_renamed_deriv(U->cg, u, i);
		if (usual)
			cg_buf_printf(&b, " [the derivative of %s: '%s' is a name of this routine]", u->args[i - 1]->name, usual);
	}
	if (u->kind == UNIT_FUNCTION)
		cg_buf_printf(&b, "%sreturns %s", u->nargs ? "; " : "", ir_base_name(result_type(u)));
	const char *r = cg_strdup(U->cg, cg_buf_str(&b));
	cg_buf_free(&b);
	return r;
}

static const char *zero_of(IrBase t)
{
	return t == TY_REAL8 ? "0.0" : t == TY_REAL4 ? "0.0f" : "0";
}

static int cmp_decl_order(const void *pa, const void *pb)
{
	const CgSym *a = *(CgSym *const *)pa, *b = *(CgSym *const *)pb;
	if (a->index_in_unit != b->index_in_unit)
		return a->index_in_unit < b->index_in_unit ? -1 : 1;
	return a->order < b->order ? -1 : a->order > b->order;
}

/* Element count of an array as a C expression ("q_n1 * q_n2", "100"); marks the bounds used. */
static void element_count(CgUnit *U, CgSym *cs, CgBuf *b)
{
	long long known = 1;
	int nterms = 0;
	CgBuf t = {0};
	for (int d = 0; d < cs->sym->rank; d++) {
		if (cs->n_known[d]) {
			known *= cs->ext[d];
			continue;
		}
		if (!cs->sym->dims[d].hi) {
			cg_problem(U->cg, cs->sym->loc, "the size of the assumed-size array '%s' is not known", cs->sym->name);
			continue;
		}
		const char *n = cg_n_name(U, cs, d);
		if (cs->sym->allocatable) /* (its extent may be negative: a zero-sized allocation) */
			cg_buf_printf(&t, " * (size_t)(%s > 0 ? %s : 0)", n, n);
		else
			cg_buf_printf(&t, " * (size_t)%s", n);
		nterms++;
	}
	if (!nterms || known != 1)
		cg_buf_printf(b, "%lld", known);
	cg_buf_puts(b, nterms && known == 1 ? cg_buf_str(&t) + 3 : cg_buf_str(&t));
	cg_buf_free(&t);
}

void cg_sizeof_var(CgUnit *U, const IrSym *s, CgBuf *b)
{
	CgSym *cs = cg_sym(U, s);
	cs->printed = 1;
	if (s->type == TY_CHAR && cs->st == CG_ST_ARG_ARRAY) { /* length times elements */
		cg_buf_puts(b, "(size_t)");
		cg_expr_prec(U, s->clen, CG_P_UNARY, b);
		if (s->rank) {
			cg_buf_puts(b, " * ");
			element_count(U, cs, b);
		}
		return;
	}
	if (s->type == TY_CHAR) {
		cg_buf_printf(b, "sizeof %s", cs->cname);
		return;
	}
	if (!s->rank) {
		cg_buf_printf(b, cs->st == CG_ST_ARG ? "sizeof *%s" : "sizeof %s", cs->cname);
		return;
	}
	if (cs->st == CG_ST_AUTO || cs->st == CG_ST_STATIC_ARRAY || (cs->st == CG_ST_GLOBAL && !s->allocatable)) {
		cg_buf_printf(b, "sizeof %s", cs->cname);
		return;
	}
	cg_buf_printf(b, "sizeof(*%s) * ", cs->cname);
	element_count(U, cs, b);
}

/* The C array length of a fixed-size array (at least 1: C has no empty arrays). */
static long long fixed_length(const CgSym *cs)
{
	long long n = 1, len = 1;
	for (int d = 0; d < cs->sym->rank; d++)
		n *= cs->n_known[d] ? cs->ext[d] : 1;
	if (cs->sym->type == TY_CHAR && cs->sym->clen && cg_fold_int(cs->sym->clen, &len))
		n *= len; /* CHARACTER: the characters of every element */
	return n > 0 ? n : 1;
}

/* ` = "abc  "` for a CHARACTER variable given a value (exactly its length: no NUL is kept) */
static void char_init(const IrSym *s, CgBuf *b)
{
	if (s->init && s->init->kind == IR_CONST_STR) {
		cg_buf_puts(b, " = ");
		cg_const(s->init, b);
	}
}

static void declarations(CgUnit *U, CgBuf *out)
{
	Cg *cg = U->cg;
	int n = U->symlist.n;
	CgSym **v = malloc(sizeof *v * (size_t)(n ? n : 1));
	if (!v)
		abort();
	if (n) {
		memcpy(v, U->symlist.v, sizeof *v * (size_t)n);
		qsort(v, (size_t)n, sizeof *v, cmp_decl_order);
	}

	/* heap arrays first: their malloc needs the extents */
	CgMap heap = {0}; /* CgSym* -> CgBuf* holding its declaration */
	for (int i = 0; i < n; i++) {
		CgSym *cs = v[i];
		if (cs->st != CG_ST_HEAP || !cs->printed)
			continue;
		CgBuf *d = calloc(1, sizeof *d);
		if (!d)
			abort();
		/* calloc, not malloc: gcc -O2 -Wall cannot tell that what a routine reads of such an array
		 * was written (a called function reading v(1:3) of an n-element temporary filled by a loop)
		 * and warns -Wmaybe-uninitialized; Fortran leaves a local undefined, zero will do */
		cg_buf_printf(d, "%s *%s = calloc(", cg_ctype(cs->sym->type), cs->cname);
		element_count(U, cs, d);
		cg_buf_printf(d, ", sizeof(%s));", cg_ctype(cs->sym->type));
		cg_map_put(&heap, cs, d);
		cg->use_stdlib = 1;
	}

	/* bounds: extents may use the lower bound's name, so extents are printed first */
	CgBuf bounds = {0};
	for (int i = 0; i < n; i++) {
		CgSym *cs = v[i];
		const IrSym *s = cs->sym;
		CgBuf ext[IR_MAX_RANK];
		memset(ext, 0, sizeof ext);
		for (int d = 0; d < s->rank; d++) {
			if (!cs->n_used[d])
				continue;
			if (cs->lo_known[d]) {
				cg_expr_plus(U, s->dims[d].hi, 1 - cs->lo[d], &ext[d]);
			} else {
				cg_expr_prec(U, s->dims[d].hi, CG_P_ADD, &ext[d]);
				cg_buf_printf(&ext[d], " - %s + 1", cg_lo_name(U, cs, d));
			}
		}
		for (int d = 0; d < s->rank; d++) {
			/* INTEGER(8) bounds keep their kind: the offsets computed with them are 64-bit */
			const char *bt = s->dims[d].lo && s->dims[d].lo->type == TY_INT8 ? "int64_t" : "int";
			if (cs->lo_used[d]) {
				cg_buf_printf(&bounds, "    const %s %s = ", bt, cs->lo_name[d]);
				cg_expr_prec(U, s->dims[d].lo, CG_P_COMMA + 1, &bounds);
				cg_buf_puts(&bounds, ";\n");
			}
			if (cs->n_used[d])
				cg_buf_printf(&bounds, "    const %s %s = %s;\n",
				              (s->dims[d].hi && s->dims[d].hi->type == TY_INT8) || !strcmp(bt, "int64_t")
				                      ? "int64_t"
				                      : "int",
				              cs->n_name[d], cg_buf_str(&ext[d]));
			cg_buf_free(&ext[d]);
		}
	}

	/* PARAMETER constants (after the bounds, which may have used some) */
	for (int i = 0; i < n; i++) {
		CgSym *cs = v[i];
		if (cs->st != CG_ST_PARAM || !cs->printed)
			continue;
		cg_buf_printf(out, "    const %s %s = ", cg_ctype(cs->sym->type), cs->cname);
		if (cs->sym->init)
			cg_const(cs->sym->init, out);
		else
			cg_buf_puts(out, "0");
		cg_buf_puts(out, ";\n");
	}
	cg_buf_append(out, &bounds);
	cg_buf_free(&bounds);

	/* locals in declaration order */
	for (int i = 0; i < n; i++) {
		CgSym *cs = v[i];
		const IrSym *s = cs->sym;
		if (!cs->printed)
			continue;
		const char *t = cg_ctype(s->type);
		switch (cs->st) {
		case CG_ST_LOCAL:
			if (cs->needs_init ||
			    s->alloc_of) /* an allocatable's bounds are read where the flow walk does not look */
				cg_buf_printf(out, "    %s %s = %s;\n", t, cs->cname, zero_of(s->type));
			else
				cg_buf_printf(out, "    %s %s;\n", t, cs->cname);
			break;
		case CG_ST_STATIC:
			cg_buf_printf(out, "    static %s %s", t, cs->cname);
			if (s->init) {
				cg_buf_puts(out, " = ");
				cg_const(s->init, out);
			}
			cg_buf_puts(out, ";\n");
			break;
		case CG_ST_AUTO:
			cg_buf_printf(out, "    %s %s[%lld];\n", s->type == TY_CHAR ? "char" : t, cs->cname, fixed_length(cs));
			break;
		case CG_ST_STATIC_ARRAY:
			cg_buf_printf(out, "    static %s %s[%lld]", s->type == TY_CHAR ? "char" : t, cs->cname,
			              fixed_length(cs));
			if (s->type == TY_CHAR)
				char_init(s, out);
			else
				cg_array_init(s, out);
			cg_buf_puts(out, ";\n");
			break;
		case CG_ST_ALLOC:
			cg_buf_printf(out, "    %s *%s = NULL;\n", t, cs->cname);
			cg->use_stdlib = 1;
			break;
		case CG_ST_HEAP: {
			CgBuf *d = cg_map_get(&heap, cs);
			if (d) {
				cg_buf_printf(out, "    %s\n", cg_buf_str(d));
				cg_buf_free(d);
				free(d);
			}
			break;
		}
		default: break;
		}
	}
	cg_map_free(&heap);

	for (int i = 0; i < U->temps.n; i++)
		cg_buf_printf(out, "    int %s;\n", (const char *)U->temps.v[i]);
	for (int i = 0; i < U->temps8.n; i++)
		cg_buf_printf(out, "    int64_t %s;\n", (const char *)U->temps8.v[i]);

	/* silence gcc about what the routine does not use */
	for (int i = 0; i < n; i++) {
		CgSym *cs = v[i];
		if (cs->st == CG_ST_ARG || cs->st == CG_ST_ARG_ARRAY || cs->st == CG_ST_ARG_VALUE || cs->st == CG_ST_ARG_ALLOC) {
			if (!cs->printed)
				cg_buf_printf(out, "    (void)%s; /* not used */\n", cs->pname ? cs->pname : cs->cname);
		} else if ((cs->st == CG_ST_LOCAL || cs->st == CG_ST_STATIC || cs->st == CG_ST_AUTO ||
		            cs->st == CG_ST_STATIC_ARRAY) &&
		           cs->printed && cs->written && !cs->read && cs->sym->kind != SYM_RESULT) {
			cg_buf_printf(out, "    (void)%s; /* set but never read */\n", cs->cname);
		}
	}
	free(v);
}

/* ---------------------------------------------------------------- the unit */

int cg_external_function(const IrUnit *u)
{
	return u->ext && u->ext->function && !u->ext->primal && u->kind == UNIT_SUBROUTINE && u->nargs > 0;
}

const char *cg_unit_sig(Cg *cg, const IrUnit *u)
{
	return cg_map_get(&cg->unit_sig, u);
}

void cg_unit(Cg *cg, const IrUnit *u, CgBuf *out)
{
	CgUnit U = {0};
	U.cg = cg;
	U.u = u;
	prepare_names(&U);
	if (u->ext) {
		/* a routine without source: a prototype, no definition; nothing is known of what it
		 * does with its arguments (no arg_flags: callers assume everything) */
		cg_map_put(&cg->unit_sig, u, (void *)make_sig(&U));
		cg_map_put(&cg->unit_argdoc, u, (void *)make_argdoc(&U));
		for (int i = 0; i < U.symlist.n; i++)
			free(U.symlist.v[i]);
		cg_list_free(&U.symlist);
		cg_list_free(&U.temps);
		cg_map_free(&U.syms);
		ir_names_free(&U.taken);
		return;
	}
	prepare_flow(&U);
	const char *sig = make_sig(&U);
	cg_map_put(&cg->unit_sig, u, (void *)sig);
	cg_map_put(&cg->unit_argdoc, u, (void *)make_argdoc(&U));
	for (int i = 0; i < U.symlist.n; i++)
		if (((CgSym *)U.symlist.v[i])->st == CG_ST_HEAP || ((CgSym *)U.symlist.v[i])->st == CG_ST_ALLOC)
			U.has_heap = 1;

	/* body */
	CgBuf body = {0};
	U.out = &body;
	U.indent = 1;
	U.last_stmt = u->body.n ? u->body.v[u->body.n - 1] : NULL;
	cg_block(&U, &u->body);
	if (U.has_heap) {
		if (U.used_cleanup)
			cg_buf_puts(&body, "cleanup:\n");
		for (int i = U.symlist.n - 1; i >= 0; i--) {
			CgSym *cs = U.symlist.v[i];
			if ((cs->st == CG_ST_HEAP || cs->st == CG_ST_ALLOC) && cs->printed)
				cg_line(&U, "free(%s);", cs->cname); /* an ALLOCATABLE local is deallocated on return */
		}
	}
	if (u->kind == UNIT_FUNCTION && U.result_cname) {
		cg_sym(&U, u->result)->printed = 1;
		cg_line(&U, "return %s;", U.result_cname);
	} else if (u->kind == UNIT_PROGRAM) {
		cg_line(&U, "return 0;");
	}

	/* declarations */
	CgBuf decl = {0};
	declarations(&U, &decl);

	unit_comment(u, out);
	if (cg->o.line_directives && u->loc.file && u->loc.line > 0)
		cg_line_directive(out, u->loc);
	int exported = cg_map_get(&cg->exported, u) != NULL;
	cg_buf_printf(out, "%s%s\n{\n", exported || u->kind == UNIT_PROGRAM || cg->split_hdr ? "" : "static ", sig);
	cg_buf_append(out, &decl);
	if (decl.n && body.n)
		cg_buf_putc(out, '\n');
	cg_buf_append(out, &body);
	cg_buf_puts(out, "}\n");

	cg_buf_free(&decl);
	cg_buf_free(&body);
	for (int i = 0; i < U.symlist.n; i++) {
		CgSym *cs = U.symlist.v[i];
		if (cs->st == CG_ST_GLOBAL && cs->printed) {
			const IrSym *canon = cg_global_canon(cs->sym);
			cg_map_put(&cg->global_used, canon, (void *)1);
			if (cs->uread)
				cg_map_put(&cg->global_read, canon, (void *)1);
			if (cs->uwritten)
				cg_map_put(&cg->global_written, canon, (void *)1);
		}
		free(cs);
	}
	cg_list_free(&U.symlist);
	cg_list_free(&U.temps);
	cg_list_free(&U.temps8);
	cg_map_free(&U.syms);
	ir_names_free(&U.taken);
}
