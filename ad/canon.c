/*
 * canon.c — puts the differentiated call tree in the shape the AD transformations expect.
 * Each rewrite keeps the primal's meaning exactly:
 *
 *  1. SAVE'd locals move to file scope (a synthetic module), so the primal, forward-sweep and
 *     backward-sweep versions of a routine share them.
 *  2. FUNCTIONs become SUBROUTINEs with the result as a trailing argument, and every call is
 *     hoisted out of its expression: `y = f(x) + 1` → `CALL f(x, t1); y = t1 + 1`. Every
 *     non-variable actual argument is hoisted into a temporary. Then every call is a CALL
 *     statement (a call site with a checkpoint) whose actuals are variables.
 *  3. EXIT, CYCLE and RETURN become logical flags and guards, so that every block runs from its
 *     first statement to its last and can be reversed statement by statement. A DO loop that can
 *     be left early becomes a counted DO WHILE that keeps Fortran's loop-variable semantics.
 */
#include "ad_int.h"

#include <stdlib.h>

#include <assert.h>
#include <string.h>

/* ---------------------------------------------------------------- reachability */

static void reach_expr(Ad *ad, const IrExpr *e);

static void reach_block(Ad *ad, const IrBlock *b);

static void reach_unit(Ad *ad, IrUnit *u)
{
	UnitInfo *ui = ad_info(u);
	if (ui->reachable)
		return;
	ui->reachable = 1;
	reach_block(ad, &u->body);
	ir_vec_push(ad->a, &ad->units, u); /* after its callees */
}

static void reach_block(Ad *ad, const IrBlock *b)
{
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		switch (s->kind) {
		case IR_ASSIGN:
			reach_expr(ad, s->u.assign.lhs);
			reach_expr(ad, s->u.assign.rhs);
			break;
		case IR_IF:
			for (int k = 0; k < s->u.if_.ncond; k++) {
				reach_expr(ad, s->u.if_.conds[k]);
				reach_block(ad, &s->u.if_.blocks[k]);
			}
			reach_block(ad, &s->u.if_.else_);
			break;
		case IR_DO:
			reach_expr(ad, s->u.do_.lo);
			reach_expr(ad, s->u.do_.hi);
			reach_expr(ad, s->u.do_.step);
			reach_block(ad, &s->u.do_.body);
			break;
		case IR_DOWHILE:
			reach_expr(ad, s->u.dowhile.cond);
			reach_block(ad, &s->u.dowhile.body);
			break;
		case IR_CALL:
			for (int k = 0; k < s->u.call.nargs; k++)
				reach_expr(ad, s->u.call.args[k]);
			if (s->u.call.callee)
				reach_unit(ad, s->u.call.callee);
			break;
		case IR_PRINT:
			for (int k = 0; k < s->u.print.nitems; k++)
				reach_expr(ad, s->u.print.items[k]);
			break;
		case IR_BLOCK: reach_block(ad, &s->u.block); break;
		default: break;
		}
	}
}

static void reach_expr(Ad *ad, const IrExpr *e)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_VAR:
		for (int i = 0; i < e->u.var.nidx; i++)
			reach_expr(ad, e->u.var.idx[i]);
		break;
	case IR_UNARY:
	case IR_BINARY:
		reach_expr(ad, e->u.op.a);
		reach_expr(ad, e->u.op.b);
		break;
	case IR_INTRIN:
	case IR_FCALL:
		for (int i = 0; i < e->u.call.nargs; i++)
			reach_expr(ad, e->u.call.args[i]);
		if (e->kind == IR_FCALL && e->u.call.callee)
			reach_unit(ad, e->u.call.callee);
		break;
	case IR_CONVERT: reach_expr(ad, e->u.conv.e); break;
	default: break;
	}
}

/* ---------------------------------------------------------------- names and temporaries */

/*
 * Global names (routines, module variables, COMMON members) are kept in a set: a fresh name is
 * asked for every temporary, and scanning every routine each time made AD quadratic in the number
 * of routines. The set follows the program as passes add to it: rebuilt when routines or COMMON
 * blocks are added, topped up when modules and blocks get new members.
 */
static void global_names_sync(Ad *ad)
{
	GlobalNames *g = &ad->gnames;
	IrProgram *p = ad->p;
	if (g->nunits != p->allunits.n || g->ncommons != p->commons.n || !g->names.cap) {
		ir_names_free(&g->names);
		ir_names_free(&g->units);
		g->nunits = p->allunits.n;
		g->ncommons = p->commons.n;
		g->nmods = 0;
		for (int i = 0; i < p->allunits.n; i++) {
			IrUnit *m = p->allunits.v[i];
			ir_names_add(&g->names, m->name);
			ir_names_add(&g->units, m->name);
			g->nmods += m->kind == UNIT_MODULE;
		}
		g->mods = ir_xrealloc(g->mods, sizeof *g->mods * (size_t)(g->nmods + 1));
		g->mods_seen = ir_xrealloc(g->mods_seen, sizeof(int) * (size_t)(g->nmods + 1));
		g->commons_seen = ir_xrealloc(g->commons_seen, sizeof(int) * (size_t)(g->ncommons + 1));
		g->nmods = 0;
		for (int i = 0; i < p->allunits.n; i++)
			if (((IrUnit *)p->allunits.v[i])->kind == UNIT_MODULE) {
				g->mods_seen[g->nmods] = 0;
				g->mods[g->nmods++] = p->allunits.v[i];
			}
		for (int i = 0; i < g->ncommons; i++)
			g->commons_seen[i] = 0;
	}
	for (int i = 0; i < g->nmods; i++)
		for (; g->mods_seen[i] < g->mods[i]->syms.n; g->mods_seen[i]++)
			ir_names_add(&g->names, ((IrSym *)g->mods[i]->syms.v[g->mods_seen[i]])->name);
	for (int i = 0; i < g->ncommons; i++) {
		IrCommon *c = p->commons.v[i];
		for (; g->commons_seen[i] < c->members.n; g->commons_seen[i]++)
			ir_names_add(&g->names, ((IrSym *)c->members.v[g->commons_seen[i]])->name);
	}
}

void ad_global_names_free(Ad *ad)
{
	ir_names_free(&ad->gnames.names);
	ir_names_free(&ad->gnames.units);
	free(ad->gnames.mods);
	free(ad->gnames.mods_seen);
	free(ad->gnames.commons_seen);
	ad->gnames = (GlobalNames){0};
}

int ad_unit_name_taken(Ad *ad, const char *n)
{
	global_names_sync(ad);
	return ir_names_has(&ad->gnames.units, n);
}

static int name_taken(Ad *ad, IrUnit *u, const char *n)
{
	if (ir_unit_lookup(u, n))
		return 1;
	global_names_sync(ad);
	return ir_names_has(&ad->gnames.names, n);
}

const char *ad_fresh_name(Ad *ad, IrUnit *u, const char *base)
{
	if (!name_taken(ad, u, base))
		return ir_strdup(ad->a, base);
	for (int k = 0;; k++) {
		const char *n = ir_sprintf(ad->a, "%s%d", base, k);
		if (!name_taken(ad, u, n))
			return n;
	}
}

IrSym *ad_new_local(Ad *ad, IrUnit *u, const char *base, IrBase type)
{
	IrSym *s = ir_sym_new(ad->a, u, ad_fresh_name(ad, u, base), SYM_LOCAL, u->loc);
	s->type = type;
	s->declared = 1;
	s->id = ad->p->nsyms++;
	return s;
}

/* ---------------------------------------------------------------- SAVE'd locals */

IrUnit *ad_saved_module(Ad *ad, IrLoc loc)
{
	if (!ad->saved) {
		ad->saved = ir_unit_new(ad->a, UNIT_MODULE, "stad_saved", loc);
		ir_vec_push(ad->a, &ad->p->units, ad->saved);
		ad->saved->aux = ir_alloc(ad->a, sizeof(UnitInfo));
	}
	return ad->saved;
}

static void move_saved(Ad *ad, IrUnit *u)
{
	IrVec keep = {0};
	for (int i = 0; i < u->syms.n; i++) {
		IrSym *s = u->syms.v[i];
		if (s->kind != SYM_LOCAL || !s->is_save) {
			ir_vec_push(ad->a, &keep, s);
			continue;
		}
		ad_saved_module(ad, u->loc);
		/* keep it visible in the unit (lookups by symbol pointer), but as a file-scope variable */
		s->kind = SYM_MODULE;
		s->name = ad_fresh_name(ad, ad->saved, ir_sprintf(ad->a, "%s_%s", u->name, s->name));
		ir_vec_push(ad->a, &ad->saved->syms, s);
		s->owner = ad->saved;
	}
	u->syms = keep;
}

/* ---------------------------------------------------------------- functions → subroutines */

static void function_to_subroutine(Ad *ad, IrUnit *f)
{
	UnitInfo *ui = ad_info(f);
	if (f->kind != UNIT_FUNCTION)
		return;
	ui->was_function = 1;
	IrSym *r = f->result;
	r->kind = SYM_ARG;
	r->argpos = f->nargs;
	IrSym **args = ir_alloc(ad->a, sizeof *args * (size_t)(f->nargs + 1));
	const char **names = ir_alloc(ad->a, sizeof *names * (size_t)(f->nargs + 1));
	for (int i = 0; i < f->nargs; i++) {
		args[i] = f->args[i];
		names[i] = f->argnames[i];
	}
	args[f->nargs] = r;
	names[f->nargs] = r->name;
	f->args = args;
	f->argnames = names;
	f->nargs++;
	f->kind = UNIT_SUBROUTINE;
}

/* ---------------------------------------------------------------- hoisting */

typedef struct Hoist {
	Ad *ad;
	IrUnit *u;
	IrBlock *out; /* statements to place before the current one */
} Hoist;

static IrExpr *hoist_expr(Hoist *h, IrExpr *e);

static IrExpr *temp_of(Hoist *h, IrExpr *value, const char *base)
{
	IrSym *t = ad_new_local(h->ad, h->u, base, value->type);
	if (value->type == TY_CHAR) /* a literal or a substring with constant bounds (sema_bind_actuals) */
		t->clen = ir_char_len(h->ad->a, value);
	IrExpr *v = ir_var(h->ad->a, t, NULL, 0, value->loc);
	ir_block_add(h->ad->a, h->out, ir_assign(h->ad->a, v, value, value->loc));
	return ir_var(h->ad->a, t, NULL, 0, value->loc);
}

/* Might the call write a variable that e reads? Conservatively: e reads a module or COMMON
 * variable (any callee may write it), or a variable that is itself (or an element of which is)
 * one of the call's actual arguments. */
typedef struct CallArgs {
	IrExpr **args;
	int n;
} CallArgs;

static int changed_by(const IrExpr *e, const void *ctx)
{
	const CallArgs *c = ctx;
	if (e->kind != IR_VAR)
		return 0;
	IrSym *s = ad_canon(e->u.var.sym);
	if (ad_is_global(s))
		return 1;
	for (int i = 0; i < c->n; i++)
		if (c->args[i]->kind == IR_VAR && ad_canon(c->args[i]->u.var.sym) == s)
			return 1;
	return 0;
}

static int call_may_change(const IrExpr *e, IrExpr **args, int n)
{
	CallArgs c = {args, n};
	return ir_expr_any(e, changed_by, &c);
}

/* Actual arguments become variables: a variable, array element or whole array stays; anything
 * else is computed into a temporary first.
 * An actual `x(k)` names the element that k selects when the call happens. When the call may
 * change k (k is global, or passed in the same call), the subscript is computed into a temporary
 * of the caller that nothing else writes, so every later use of the binding — the backward sweep's
 * call, a joint site's re-run, a snapshot — addresses the same element (issue: call-time binding). */
static void hoist_actuals(Hoist *h, IrExpr **args, int n)
{
	for (int i = 0; i < n; i++) {
		IrExpr *x = hoist_expr(h, args[i]);
		if (x->kind != IR_VAR || x->u.var.sym->kind == SYM_PARAM)
			x = temp_of(h, x, "arg");
		args[i] = x;
	}
	for (int i = 0; i < n; i++) {
		IrExpr *x = args[i];
		for (int k = 0; k < x->u.var.nidx; k++)
			if (call_may_change(x->u.var.idx[k], args, n))
				x->u.var.idx[k] = temp_of(h, x->u.var.idx[k], "at");
	}
}

static IrExpr *hoist_expr(Hoist *h, IrExpr *e)
{
	switch (e->kind) {
	case IR_VAR:
		for (int i = 0; i < e->u.var.nidx; i++)
			e->u.var.idx[i] = hoist_expr(h, e->u.var.idx[i]);
		return e;
	case IR_UNARY: e->u.op.a = hoist_expr(h, e->u.op.a); return e;
	case IR_BINARY:
		e->u.op.a = hoist_expr(h, e->u.op.a);
		e->u.op.b = hoist_expr(h, e->u.op.b);
		return e;
	case IR_INTRIN:
		for (int i = 0; i < e->u.call.nargs; i++)
			e->u.call.args[i] = hoist_expr(h, e->u.call.args[i]);
		return e;
	case IR_CONVERT: e->u.conv.e = hoist_expr(h, e->u.conv.e); return e;
	case IR_FCALL: {
		IrUnit *f = e->u.call.callee;
		hoist_actuals(h, e->u.call.args, e->u.call.nargs);
		IrSym *t = ad_new_local(h->ad, h->u, f->name, e->type);
		IrExpr **args = ir_alloc(h->ad->a, sizeof *args * (size_t)(e->u.call.nargs + 1));
		for (int i = 0; i < e->u.call.nargs; i++)
			args[i] = e->u.call.args[i];
		args[e->u.call.nargs] = ir_var(h->ad->a, t, NULL, 0, e->loc);
		IrStmt *c = ir_call(h->ad->a, f->name, args, e->u.call.nargs + 1, e->loc);
		c->u.call.callee = f;
		ir_block_add(h->ad->a, h->out, c);
		return ir_var(h->ad->a, t, NULL, 0, e->loc);
	}
	default: return e;
	}
}

static void hoist_block(Ad *ad, IrUnit *u, IrBlock *b);

static void hoist_stmt(Ad *ad, IrUnit *u, IrStmt *s, IrBlock *out)
{
	Hoist h = {ad, u, out};
	switch (s->kind) {
	case IR_ASSIGN:
		s->u.assign.rhs = hoist_expr(&h, s->u.assign.rhs);
		s->u.assign.lhs = hoist_expr(&h, s->u.assign.lhs);
		break;
	case IR_IF:
		s->u.if_.conds[0] = hoist_expr(&h, s->u.if_.conds[0]);
		/* A function call in an ELSE IF condition runs only when the earlier ones are false:
		 * split the chain there, so the call is hoisted into the ELSE. */
		for (int k = 1; k < s->u.if_.ncond; k++) {
			if (!ir_expr_calls(s->u.if_.conds[k]))
				continue;
			ir_if_split(ad->a, s, k, (IrBlock){0});
			break;
		}
		for (int k = 0; k < s->u.if_.ncond; k++)
			hoist_block(ad, u, &s->u.if_.blocks[k]);
		hoist_block(ad, u, &s->u.if_.else_);
		break;
	case IR_DO:
		s->u.do_.lo = hoist_expr(&h, s->u.do_.lo);
		s->u.do_.hi = hoist_expr(&h, s->u.do_.hi);
		if (s->u.do_.step)
			s->u.do_.step = hoist_expr(&h, s->u.do_.step);
		hoist_block(ad, u, &s->u.do_.body);
		break;
	case IR_DOWHILE:
		hoist_block(ad, u, &s->u.dowhile.body);
		if (ir_expr_calls(s->u.dowhile.cond)) {
			/* evaluate before the loop and again at the end of every iteration */
			IrExpr *c0 = ir_expr_copy(ad->a, s->u.dowhile.cond);
			IrSym *t = ad_new_local(ad, u, "cond", TY_LOGICAL);
			c0 = hoist_expr(&h, c0);
			ir_block_add(ad->a, out, ir_assign(ad->a, ir_var(ad->a, t, NULL, 0, s->loc), c0, s->loc));
			Hoist h2 = {ad, u, &s->u.dowhile.body};
			IrExpr *c1 = hoist_expr(&h2, s->u.dowhile.cond);
			ir_block_add(ad->a, &s->u.dowhile.body, ir_assign(ad->a, ir_var(ad->a, t, NULL, 0, s->loc), c1, s->loc));
			s->u.dowhile.cond = ir_var(ad->a, t, NULL, 0, s->loc);
		}
		break;
	case IR_CALL: hoist_actuals(&h, s->u.call.args, s->u.call.nargs); break;
	case IR_PRINT:
		for (int k = 0; k < s->u.print.nitems; k++)
			s->u.print.items[k] = hoist_expr(&h, s->u.print.items[k]);
		if (s->u.print.calls_dropped) /* its FUNCTION references are calls before it now */
			s->kind = IR_CONTINUE;
		break;
	case IR_BLOCK: hoist_block(ad, u, &s->u.block); break;
	default: break;
	}
}

static void hoist_block(Ad *ad, IrUnit *u, IrBlock *b)
{
	IrBlock nb = {0};
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		IrBlock pre = {0};
		hoist_stmt(ad, u, s, &pre);
		if (pre.n && s->ndirs) {
			/* directives belong to the first statement of the expansion only when they are
			 * about the whole statement (regions); call pragmas stay on the CALL */
			for (int k = 0; k < s->ndirs; k++)
				if (s->dirs[k]->kind == DIR_CHECKPOINT_START) {
					((IrStmt *)pre.v[0])->dirs = s->dirs;
					((IrStmt *)pre.v[0])->ndirs = s->ndirs;
					s->dirs = NULL;
					s->ndirs = 0;
					break;
				}
		}
		for (int k = 0; k < pre.n; k++)
			ir_block_add(ad->a, &nb, pre.v[k]);
		ir_block_add(ad->a, &nb, s);
	}
	*b = nb;
}

/* ---------------------------------------------------------------- jump elimination */

enum { J_EXIT = 1, J_CYCLE = 2, J_RET = 4 };

/* Jumps a statement may take, relative to the innermost loop around it. */
static int jumps(const IrStmt *s);

static int jumps_block(const IrBlock *b)
{
	int m = 0;
	for (int i = 0; i < b->n; i++)
		m |= jumps(b->v[i]);
	return m;
}

static int jumps(const IrStmt *s)
{
	switch (s->kind) {
	case IR_EXIT: return J_EXIT;
	case IR_CYCLE: return J_CYCLE;
	case IR_RETURN: return J_RET;
	case IR_IF: {
		int m = jumps_block(&s->u.if_.else_);
		for (int k = 0; k < s->u.if_.ncond; k++)
			m |= jumps_block(&s->u.if_.blocks[k]);
		return m;
	}
	case IR_DO: return jumps_block(&s->u.do_.body) & J_RET;
	case IR_DOWHILE: return jumps_block(&s->u.dowhile.body) & J_RET;
	case IR_BLOCK: return jumps_block(&s->u.block);
	default: return 0;
	}
}

typedef struct Jump {
	Ad *ad;
	IrUnit *u;
	IrSym *ret;          /* RETURN flag of the unit (created on demand) */
	IrSym *exitf, *cycf; /* flags of the innermost loop */
} Jump;

static IrExpr *flagref(Jump *j, IrSym *s, IrLoc loc)
{
	(void)j;
	return ir_var(j->ad->a, s, NULL, 0, loc);
}

static IrStmt *setflag(Jump *j, IrSym *s, int v, IrLoc loc)
{
	return ir_assign(j->ad->a, flagref(j, s, loc), ir_logical(j->ad->a, v, loc), loc);
}

/* .not. (f1 .or. f2 ...) for the flags the jumps in mask may have set. */
static IrExpr *guard(Jump *j, int mask, IrLoc loc)
{
	IrExpr *e = NULL;
	IrSym *fl[3] = {mask & J_EXIT ? j->exitf : NULL, mask & J_CYCLE ? j->cycf : NULL, mask & J_RET ? j->ret : NULL};
	for (int k = 0; k < 3; k++) {
		if (!fl[k])
			continue;
		IrExpr *x = flagref(j, fl[k], loc);
		e = e ? ir_binop(j->ad->a, IR_OR, e, x, loc) : x;
	}
	assert(e);
	return ir_unop(j->ad->a, IR_NOT, e, loc);
}

static IrBlock elim_block(Jump *j, const IrBlock *b, int from);

/* An FP-LOOP's step may read its DO variable only where the value cannot change the map the
 * step applies: `V = e(IT)` into a scalar INTEGER variable V of the routine (a local or a dummy:
 * no callee sees it) that no statement of the loop's body reads — the iteration count a Newton
 * loop keeps for after the loop (NITER = IT; s18 trial A F12). V is not real, so no derivative
 * flows through it, and nothing in the step reads it, so neither a branch, a subscript nor a
 * call depends on it. Any other read is refused. */
/* Was an error already given at use's place (in another specialised copy of its routine)? */
static int fp_refused_before(Ad *ad, const IrStmt *use)
{
	for (int i = 0; i < ad->fp_refused.n; i++) {
		const IrStmt *o = ad->fp_refused.v[i];
		if (o->loc.line == use->loc.line && o->loc.col == use->loc.col &&
		    (o->loc.file == use->loc.file || (o->loc.file && use->loc.file && !strcmp(o->loc.file, use->loc.file))))
			return 1;
	}
	ir_vec_push(ad->a, &ad->fp_refused, (void *)use);
	return 0;
}

typedef struct DoRead {
	const IrSym *it;   /* the DO variable */
	const IrBlock *body;
	const IrSym *v;    /* reads_count's variable */
	int here;
} DoRead;

static void refers_slot(void *ctx, IrExpr **e)
{
	DoRead *d = ctx;
	d->here = d->here || ad_expr_refers(*e, d->v);
}

/* Does s read d->v (its own expressions, not as the whole left-hand side of an assignment)? */
static int reads_v(void *ctx, IrStmt *s)
{
	DoRead *d = ctx;
	d->here = 0;
	if (s->kind == IR_ASSIGN && s->u.assign.lhs->kind == IR_VAR && s->u.assign.lhs->u.var.sym == d->v) {
		const IrExpr *l = s->u.assign.lhs;
		for (int k = 0; k < l->u.var.nidx; k++)
			d->here = d->here || ad_expr_refers(l->u.var.idx[k], d->v);
		return d->here || ad_expr_refers(s->u.assign.rhs, d->v);
	}
	IrVisit own = {refers_slot, NULL, d};
	if (s->kind != IR_PRINT)
		ir_stmt_children(s, &own);
	return d->here;
}

/* Does s read the DO variable other than into an iteration count? */
static int reads_it(void *ctx, IrStmt *s)
{
	DoRead *d = ctx;
	const IrSym *v = d->v;
	d->v = d->it;
	int r = reads_v(d, s);
	d->v = v;
	if (!r)
		return 0;
	if (s->kind != IR_ASSIGN || s->u.assign.lhs->kind != IR_VAR || s->u.assign.lhs->u.var.nidx)
		return 1;
	const IrSym *c = s->u.assign.lhs->u.var.sym;
	if (c == d->it || !ir_base_is_int(c->type) || c->rank || (c->kind != SYM_LOCAL && c->kind != SYM_ARG))
		return 1;
	DoRead count = {d->it, d->body, c, 0};
	return ir_block_find(d->body, reads_v, &count) != NULL;
}

static IrStmt *elim_loop(Jump *j, IrStmt *s)
{
	IrArena *a = j->ad->a;
	int body = s->kind == IR_DO ? jumps_block(&s->u.do_.body) : jumps_block(&s->u.dowhile.body);
	const IrStmt *use;
	DoRead dr = {s->kind == IR_DO ? s->u.do_.var->u.var.sym : NULL, &s->u.do_.body, NULL, 0};
	for (int i = 0; i < s->ndirs; i++)
		if (s->dirs[i]->kind == DIR_FPLOOP && s->kind == IR_DO &&
		    (use = ir_block_find(&s->u.do_.body, reads_it, &dr)) != NULL && !fp_refused_before(j->ad, use))
		{
			const char *it = s->u.do_.var->u.var.sym->name;
			const IrExpr *l = use->kind == IR_ASSIGN ? use->u.assign.lhs : NULL;
			if (l && l->kind == IR_VAR && !l->u.var.nidx && ir_base_is_int(l->type) && !l->u.var.sym->rank &&
			    (l->u.var.sym->kind == SYM_LOCAL || l->u.var.sym->kind == SYM_ARG))
				ir_error(use->loc,
				         "a step of this FP-LOOP uses its DO variable '%s' through '%s', which the step reads: "
				         "its steps are not one map repeated (a fixed-point iteration), so its two-phase "
				         "adjoint would be wrong; compute the step without '%s' (an iteration count read only "
				         "after the loop is accepted) or remove the directive",
				         it, l->u.var.sym->name, l->u.var.sym->name);
			else
				ir_error(use->loc,
				         "a step of this FP-LOOP uses its DO variable '%s': its steps are not one map repeated "
				         "(a fixed-point iteration), so its two-phase adjoint would be wrong; compute the step "
				         "without '%s' or remove the directive",
				         it, it);
		}
	if (!body) {
		/* no jump leaves this loop's iteration, but nested loops may have their own */
		IrBlock *b = s->kind == IR_DO ? &s->u.do_.body : &s->u.dowhile.body;
		IrSym *oe = j->exitf, *oc = j->cycf;
		j->exitf = j->cycf = NULL;
		*b = elim_block(j, b, 0);
		j->exitf = oe;
		j->cycf = oc;
		return s;
	}
	IrSym *oexit = j->exitf, *ocyc = j->cycf;
	j->exitf = (body & J_EXIT) ? ad_new_local(j->ad, j->u, "exit", TY_LOGICAL) : NULL;
	j->cycf = (body & J_CYCLE) ? ad_new_local(j->ad, j->u, "cycle", TY_LOGICAL) : NULL;
	for (int i = 0; i < s->ndirs; i++)
		if (s->dirs[i]->kind == DIR_FPLOOP) {
			/* its adjoint steps must run the whole body: reverse.c keeps this flag down */
			s->dirs[i]->exitflag = j->exitf;
			if (body & J_RET)
				ir_error(s->loc,
				         "an FP-LOOP cannot be left by RETURN or a GO TO out of it: leave it by EXIT or "
				         "by its DO WHILE condition");
		}
	IrBlock *src = s->kind == IR_DO ? &s->u.do_.body : &s->u.dowhile.body;
	IrBlock nb = {0};
	if (j->cycf)
		ir_block_add(a, &nb, setflag(j, j->cycf, 0, s->loc));
	IrBlock rest = elim_block(j, src, 0);
	for (int i = 0; i < rest.n; i++)
		ir_block_add(a, &nb, rest.v[i]);
	IrStmt *res = s;
	IrBlock wrap = {0}; /* statements replacing s */
	int early = body & (J_EXIT | J_RET);
	if (j->exitf)
		ir_block_add(a, &wrap, setflag(j, j->exitf, 0, s->loc));
	if (s->kind == IR_DOWHILE) {
		IrExpr *c = s->u.dowhile.cond;
		if (early)
			c = ir_binop(a, IR_AND, guard(j, body & (J_EXIT | J_RET), s->loc), c, s->loc);
		s->u.dowhile.cond = c;
		s->u.dowhile.body = nb;
		ir_block_add(a, &wrap, s);
	} else if (!early) {
		s->u.do_.body = nb;
		ir_block_add(a, &wrap, s);
	} else {
		/* DO var = lo, hi, st  →  var = lo; trip = max((hi-lo+st)/st, 0)
		 *   DO WHILE (no exit .and. trip > 0): body; IF (no exit) var += st; trip -= 1 */
		IrLoc L = s->loc;
		IrExpr *var = s->u.do_.var;
		IrBase vt = var->type; /* INTEGER or INTEGER(8) */
		/* an INTEGER loop whose last value is within a step of the limit (do i = 1, huge(i)):
		 * hi - var + st and var + st would overflow int; counted in INTEGER(8) */
		int okh, oks;
		int64_t hv = ad_fold_int(s->u.do_.hi, &okh), sv = s->u.do_.step ? ad_fold_int(s->u.do_.step, &oks) : 1;
		if (!s->u.do_.step)
			oks = 1;
		if (vt == TY_INT && okh && oks && sv && (sv > 0 ? hv > INT32_MAX - sv : hv < INT32_MIN - sv))
			vt = TY_INT8;
		IrExpr *step = s->u.do_.step ? s->u.do_.step : ir_int_kind(a, 1, vt, L);
		IrSym *st = ad_new_local(j->ad, j->u, "step", vt);
		IrSym *trip = ad_new_local(j->ad, j->u, "trip", vt);
		IrSym *hi = ad_new_local(j->ad, j->u, "hi", vt);
		ir_block_add(a, &wrap, ir_assign(a, ir_var(a, hi, NULL, 0, L), s->u.do_.hi, L));
		ir_block_add(a, &wrap, ir_assign(a, ir_var(a, st, NULL, 0, L), step, L));
		ir_block_add(a, &wrap, ir_assign(a, ir_expr_copy(a, var), s->u.do_.lo, L));
		IrExpr *cnt =
		        ir_binop(a, IR_DIV,
		                 ir_binop(a, IR_ADD, ir_binop(a, IR_SUB, ir_var(a, hi, NULL, 0, L), ir_expr_copy(a, var), L),
		                          ir_var(a, st, NULL, 0, L), L),
		                 ir_var(a, st, NULL, 0, L), L);
		IrExpr **mx = ir_alloc(a, sizeof *mx * 2);
		mx[0] = cnt;
		mx[1] = ir_int_kind(a, 0, vt, L);
		ir_block_add(a, &wrap, ir_assign(a, ir_var(a, trip, NULL, 0, L), ir_intrin(a, INTR_MAX, mx, 2, L), L));
		IrStmt *w = ir_stmt_new(a, IR_DOWHILE, L);
		w->label = s->label;
		w->dirs = s->dirs;
		w->ndirs = s->ndirs;
		w->u.dowhile.cond = ir_binop(a, IR_AND, guard(j, body & (J_EXIT | J_RET), L),
		                             ir_binop(a, IR_GT, ir_var(a, trip, NULL, 0, L), ir_int(a, 0, L), L), L);
		IrBlock inc = {0};
		ir_block_add(a, &inc,
		             ir_assign(a, ir_expr_copy(a, var),
		                       ir_binop(a, IR_ADD, ir_expr_copy(a, var), ir_var(a, st, NULL, 0, L), L), L));
		ir_block_add(a, &inc,
		             ir_assign(a, ir_var(a, trip, NULL, 0, L),
		                       ir_binop(a, IR_SUB, ir_var(a, trip, NULL, 0, L), ir_int(a, 1, L), L), L));
		IrStmt *g = ir_stmt_new(a, IR_IF, L);
		g->u.if_.ncond = 1;
		g->u.if_.conds = ir_alloc(a, sizeof(IrExpr *));
		g->u.if_.blocks = ir_alloc(a, sizeof(IrBlock));
		g->u.if_.conds[0] = guard(j, body & (J_EXIT | J_RET), L);
		g->u.if_.blocks[0] = inc;
		ir_block_add(a, &nb, g);
		w->u.dowhile.body = nb;
		ir_block_add(a, &wrap, w);
	}
	j->exitf = oexit;
	j->cycf = ocyc;
	if (wrap.n == 1)
		return wrap.v[0];
	res = ir_stmt_new(a, IR_BLOCK, s->loc);
	res->u.block = wrap;
	return res;
}

static IrStmt *elim_stmt(Jump *j, IrStmt *s)
{
	IrArena *a = j->ad->a;
	switch (s->kind) {
	case IR_EXIT: return setflag(j, j->exitf, 1, s->loc);
	case IR_CYCLE: return setflag(j, j->cycf, 1, s->loc);
	case IR_RETURN: return setflag(j, j->ret, 1, s->loc);
	case IR_IF:
		for (int k = 0; k < s->u.if_.ncond; k++)
			s->u.if_.blocks[k] = elim_block(j, &s->u.if_.blocks[k], 0);
		s->u.if_.else_ = elim_block(j, &s->u.if_.else_, 0);
		return s;
	case IR_DO:
	case IR_DOWHILE: return elim_loop(j, s);
	case IR_BLOCK: s->u.block = elim_block(j, &s->u.block, 0); return s;
	default: (void)a; return s;
	}
}

static IrBlock elim_block(Jump *j, const IrBlock *b, int from)
{
	IrArena *a = j->ad->a;
	IrBlock out = {0};
	for (int i = from; i < b->n; i++) {
		IrStmt *s = b->v[i];
		int m = jumps(s);
		/* a RETURN as the last statement of the unit body needs no flag */
		ir_block_add(a, &out, elim_stmt(j, s));
		if (m && i + 1 < b->n) {
			IrStmt *g = ir_stmt_new(a, IR_IF, s->loc);
			g->u.if_.ncond = 1;
			g->u.if_.conds = ir_alloc(a, sizeof(IrExpr *));
			g->u.if_.blocks = ir_alloc(a, sizeof(IrBlock));
			g->u.if_.conds[0] = guard(j, m, s->loc);
			g->u.if_.blocks[0] = elim_block(j, b, i + 1);
			ir_block_add(a, &out, g);
			break;
		}
	}
	return out;
}

/* Fortran deallocates an unsaved ALLOCATABLE local on return: written out at the end of the
 * body (after RETURN became a flag, every run reaches it), IF (ALLOCATED(a)) DEALLOCATE(a), so
 * that the reverse sweep saves the array there and allocates it again (reverse.c). */
static void implicit_deallocate(Ad *ad, IrUnit *u)
{
	for (int k = 0; k < u->syms.n; k++) {
		IrSym *s = u->syms.v[k];
		if (!s->allocatable || !s->alloc_status || s->kind != SYM_LOCAL || s->owner != u)
			continue;
		ir_block_add(ad->a, &u->body, ir_free_allocated(ad->a, s, u->end_loc.line ? u->end_loc : u->loc));
	}
}

static void elim_unit(Ad *ad, IrUnit *u)
{
	Jump j = {ad, u, NULL, NULL, NULL};
	/* the RETURN flag, only when a RETURN exists anywhere (jumps() sees through loops) */
	if (jumps_block(&u->body) & J_RET)
		j.ret = ad_new_local(ad, u, "return", TY_LOGICAL);
	IrBlock body = elim_block(&j, &u->body, 0);
	if (j.ret) {
		IrBlock nb = {0};
		ir_block_add(ad->a, &nb, setflag(&j, j.ret, 0, u->loc));
		for (int i = 0; i < body.n; i++)
			ir_block_add(ad->a, &nb, body.v[i]);
		body = nb;
	}
	u->body = body;
}

/* ---------------------------------------------------------------- checkpointed regions */

/* `!$AD CHECKPOINT-START` ... `!$AD CHECKPOINT-END` around statements: the fragment becomes a
 * routine of its own (its variables passed by reference), called where it stood, so it is a
 * call site like any other, with a snapshot and an on/off state. */

static void region_syms_expr(Ad *ad, const IrExpr *e, IrVec *v);

static void region_add(Ad *ad, IrSym *s, IrVec *v)
{
	if (ad_is_global(s) || s->kind == SYM_PROC)
		return;
	for (int i = 0; i < v->n; i++)
		if (v->v[i] == s)
			return;
	ir_vec_push(ad->a, v, s);
	for (int d = 0; d < s->rank; d++) {
		region_syms_expr(ad, s->dims[d].lo, v);
		region_syms_expr(ad, s->dims[d].hi, v);
	}
}

static void region_syms_expr(Ad *ad, const IrExpr *e, IrVec *v)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_VAR:
		region_add(ad, e->u.var.sym, v);
		for (int i = 0; i < e->u.var.nidx; i++)
			region_syms_expr(ad, e->u.var.idx[i], v);
		break;
	case IR_UNARY:
	case IR_BINARY:
		region_syms_expr(ad, e->u.op.a, v);
		region_syms_expr(ad, e->u.op.b, v);
		break;
	case IR_INTRIN:
	case IR_FCALL:
		for (int i = 0; i < e->u.call.nargs; i++)
			region_syms_expr(ad, e->u.call.args[i], v);
		break;
	case IR_CONVERT: region_syms_expr(ad, e->u.conv.e, v); break;
	default: break;
	}
}

static void region_syms_block(Ad *ad, const IrBlock *b, IrVec *v)
{
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		switch (s->kind) {
		case IR_ASSIGN:
			region_syms_expr(ad, s->u.assign.lhs, v);
			region_syms_expr(ad, s->u.assign.rhs, v);
			break;
		case IR_IF:
			for (int k = 0; k < s->u.if_.ncond; k++) {
				region_syms_expr(ad, s->u.if_.conds[k], v);
				region_syms_block(ad, &s->u.if_.blocks[k], v);
			}
			region_syms_block(ad, &s->u.if_.else_, v);
			break;
		case IR_DO:
			region_syms_expr(ad, s->u.do_.var, v);
			region_syms_expr(ad, s->u.do_.lo, v);
			region_syms_expr(ad, s->u.do_.hi, v);
			region_syms_expr(ad, s->u.do_.step, v);
			region_syms_block(ad, &s->u.do_.body, v);
			break;
		case IR_DOWHILE:
			region_syms_expr(ad, s->u.dowhile.cond, v);
			region_syms_block(ad, &s->u.dowhile.body, v);
			break;
		case IR_CALL:
			for (int k = 0; k < s->u.call.nargs; k++)
				region_syms_expr(ad, s->u.call.args[k], v);
			break;
		case IR_PRINT:
			for (int k = 0; k < s->u.print.nitems; k++)
				region_syms_expr(ad, s->u.print.items[k], v);
			break;
		case IR_BLOCK: region_syms_block(ad, &s->u.block, v); break;
		default: break;
		}
	}
}

static int has_dir(const IrStmt *s, IrDirKind k)
{
	for (int i = 0; i < s->ndirs; i++)
		if (s->dirs[i]->kind == k)
			return 1;
	return 0;
}

/* The value a bound of u's arrays had on entry to u: a local of u set by the first statement
 * of its body (one per bound). A region runs after u may have changed the bound's variables,
 * but Fortran fixed the array's shape when u was entered. */
static IrSym *bound_on_entry(Ad *ad, IrUnit *u, IrExpr *bound)
{
	UnitInfo *ui = ad_info(u);
	for (int i = 0; i + 1 < ui->entry_bounds.n; i += 2)
		if (ui->entry_bounds.v[i] == bound)
			return ui->entry_bounds.v[i + 1];
	IrSym *c = ad_new_local(ad, u, "extent", bound->type);
	ir_vec_push(ad->a, &ui->entry_bounds, bound);
	ir_vec_push(ad->a, &ui->entry_bounds, c);
	return c; /* its statement is placed by outline_regions, once u's body is rebuilt */
}

/* The statements setting u's entry copies of bounds, first in its body. */
static void place_entry_bounds(Ad *ad, IrUnit *u)
{
	UnitInfo *ui = ad_info(u);
	if (!ui->entry_bounds.n)
		return;
	IrBlock body = {0};
	for (int i = 0; i + 1 < ui->entry_bounds.n; i += 2) {
		IrExpr *bound = ui->entry_bounds.v[i];
		IrSym *c = ui->entry_bounds.v[i + 1];
		ir_block_add(ad->a, &body,
		             ir_assign(ad->a, ir_var(ad->a, c, NULL, 0, bound->loc), ir_expr_copy(ad->a, bound), bound->loc));
	}
	for (int i = 0; i < u->body.n; i++)
		ir_block_add(ad->a, &body, u->body.v[i]);
	u->body = body;
}

static IrUnit *outline(Ad *ad, IrUnit *u, IrBlock *region, IrLoc loc)
{
	IrArena *a = ad->a;
	IrVec vars = {0};
	region_syms_block(ad, region, &vars);
	/* the region's arrays have the shapes u was entered with: their bounds become copies made
	 * on entry, passed to the region like its other variables */
	IrExpr **bounds = NULL;
	IrSym **copies = NULL;
	int nb = 0;
	for (int i = 0; i < vars.n; i++) {
		IrSym *s = vars.v[i];
		if (s->allocatable) {
			/* its shape is not the one on entry, and the region may (de)allocate it */
			ir_error(loc,
			         "the CHECKPOINT-START region uses the ALLOCATABLE array '%s', which is not supported: end the "
			         "region before, or put the region's statements in a subroutine and checkpoint its call",
			         s->name);
			continue;
		}
		if (ad_is_global(s) || s->kind == SYM_PARAM)
			continue;
		for (int d = 0; d < s->rank; d++) {
			IrExpr *be[2] = {s->dims[d].lo, s->dims[d].hi};
			for (int j = 0; j < 2; j++) {
				if (!be[j] || !ir_expr_reads_variable(be[j]))
					continue;
				bounds = realloc(bounds, sizeof *bounds * (size_t)(nb + 1));
				copies = realloc(copies, sizeof *copies * (size_t)(nb + 1));
				if (!bounds || !copies)
					abort();
				bounds[nb] = be[j];
				copies[nb] = bound_on_entry(ad, u, be[j]);
				nb++;
			}
		}
	}
	for (int i = 0; i < nb; i++)
		region_add(ad, copies[i], &vars);
	IrUnit *r = ir_unit_new(a, UNIT_SUBROUTINE, NULL, loc);
	r->name = ad_fresh_name(ad, u, ir_sprintf(a, "%s_region%d", u->name, loc.line));
	r->aux = ir_alloc(a, sizeof(UnitInfo));
	ad_info(r)->u = r;
	SymMap m = ad_map_new(ad);
	IrVec args = {0};
	for (int i = 0; i < vars.n; i++) {
		IrSym *s = vars.v[i];
		IrSym *c = ad_clone_sym(ad, &m, r, s);
		for (int d = 0; d < c->rank; d++)
			for (int k = 0; k < nb; k++) {
				if (c->dims[d].lo == bounds[k])
					c->dims[d].lo = ir_var(a, copies[k], NULL, 0, loc);
				if (c->dims[d].hi == bounds[k])
					c->dims[d].hi = ir_var(a, copies[k], NULL, 0, loc);
			}
		c->origin = NULL;
		c->init = s->kind == SYM_PARAM ? s->init : NULL;
		c->is_save = 0;
		if (s->kind != SYM_PARAM && !s->absent) { /* an omitted OPTIONAL stays the region's own */
			c->kind = SYM_ARG;
			c->intent = INTENT_NONE;
			c->argpos = args.n;
			ir_vec_push(a, &args, c);
		}
	}
	for (int i = 0; i < r->syms.n; i++)
		((IrSym *)r->syms.v[i])->id = ad->p->nsyms++;
	r->nargs = args.n;
	r->args = (IrSym **)args.v;
	r->argnames = ir_alloc(a, sizeof(char *) * (size_t)(args.n + 1));
	for (int i = 0; i < args.n; i++)
		r->argnames[i] = r->args[i]->name;
	free(bounds);
	free(copies);
	ad_subst_dims(ad, &m, r);
	IrBlock body = *region;
	ad_subst_block(ad, &m, &body);
	ad_map_free(&m);
	r->body = body;
	r->implicit_none = 1;
	/* the call that replaces the fragment */
	IrExpr **act = ir_alloc(a, sizeof *act * (size_t)(args.n + 1));
	int k = 0;
	for (int i = 0; i < vars.n; i++)
		if (((IrSym *)vars.v[i])->kind != SYM_PARAM && !((IrSym *)vars.v[i])->absent)
			act[k++] = ir_var(a, vars.v[i], NULL, 0, loc);
	IrStmt *c = ir_call(a, r->name, act, k, loc);
	c->u.call.callee = r;
	region->n = 0;
	ir_block_add(a, region, c);
	return r;
}

static void outline_block(Ad *ad, IrUnit *u, IrBlock *b, IrVec *newunits)
{
	IrArena *a = ad->a;
	IrBlock nb = {0};
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		switch (s->kind) {
		case IR_IF:
			for (int k = 0; k < s->u.if_.ncond; k++)
				outline_block(ad, u, &s->u.if_.blocks[k], newunits);
			outline_block(ad, u, &s->u.if_.else_, newunits);
			break;
		case IR_DO: outline_block(ad, u, &s->u.do_.body, newunits); break;
		case IR_DOWHILE: outline_block(ad, u, &s->u.dowhile.body, newunits); break;
		case IR_BLOCK: outline_block(ad, u, &s->u.block, newunits); break;
		default: break;
		}
		if (!has_dir(s, DIR_CHECKPOINT_START)) {
			ir_block_add(a, &nb, s);
			continue;
		}
		/* the fragment runs up to the statement that carries CHECKPOINT-END (sema paired them) */
		IrBlock region = {0};
		int j = i;
		for (; j < b->n; j++) {
			IrStmt *t = b->v[j];
			if (j > i && has_dir(t, DIR_CHECKPOINT_END))
				break;
			if (j > i) {
				if (t->kind == IR_IF || t->kind == IR_DO || t->kind == IR_DOWHILE || t->kind == IR_BLOCK) {
					IrBlock one = {0};
					ir_block_add(a, &one, t);
					outline_block(ad, u, &one, newunits);
				}
			}
			ir_block_add(a, &region, t);
		}
		int jm = jumps_block(&region);
		if (jm) {
			ir_error(s->loc, "a checkpointed region cannot contain %s that leaves it",
			         jm & J_RET ? "RETURN" : "EXIT or CYCLE");
		} else {
			IrLoc loc = s->loc;
			IrStmt *first = region.v[0];
			IrUnit *r = outline(ad, u, &region, loc);
			IrStmt *call = region.v[0];
			/* the region's directives stay with the call (a CHECKPOINT-START is a pragma "on");
			 * the fragment's first statement inside the new routine keeps only its own */
			call->dirs = ir_alloc(ad->a, sizeof *call->dirs * (size_t)(first->ndirs + 1));
			call->ndirs = 0;
			for (int k = 0; k < first->ndirs; k++)
				if (first->dirs[k]->kind == DIR_CHECKPOINT_START)
					call->dirs[call->ndirs++] = first->dirs[k];
			if (r->body.n) {
				IrStmt *in = r->body.v[0];
				IrDirective **keep = ir_alloc(ad->a, sizeof *keep * (size_t)(in->ndirs + 1));
				int nk = 0;
				for (int k = 0; k < in->ndirs; k++)
					if (in->dirs[k]->kind != DIR_CHECKPOINT_START)
						keep[nk++] = in->dirs[k];
				in->dirs = keep;
				in->ndirs = nk;
			}
			ir_vec_push(a, newunits, r);
			ir_vec_push(a, newunits, u);
		}
		for (int k = 0; k < region.n; k++)
			ir_block_add(a, &nb, region.v[k]);
		i = j - 1;
	}
	*b = nb;
}

static void outline_regions(Ad *ad)
{
	IrVec pairs = {0};
	int n = ad->p->allunits.n;
	for (int i = 0; i < n; i++) {
		IrUnit *u = ad->p->allunits.v[i];
		if (u->kind == UNIT_MODULE || u->kind == UNIT_PROGRAM)
			continue;
		outline_block(ad, u, &u->body, &pairs);
		place_entry_bounds(ad, u);
	}
	/* each outlined routine goes right before its caller, keeping callees first */
	for (int k = 0; k + 1 < pairs.n; k += 2) {
		IrUnit *r = pairs.v[k], *caller = pairs.v[k + 1];
		/* a region of a recursive routine may hold the recursive call: it is taken as part of
		 * its caller's cycle (the fixed points over cycles then include it) */
		r->cycle = caller->cycle;
		IrVec nu = {0};
		for (int i = 0; i < ad->p->allunits.n; i++) {
			if (ad->p->allunits.v[i] == caller)
				ir_vec_push(ad->a, &nu, r);
			ir_vec_push(ad->a, &nu, ad->p->allunits.v[i]);
		}
		ad->p->allunits = nu;
	}
}

void ad_number_syms(IrProgram *p)
{
	int n = 0;
	for (int i = 0; i < p->units.n; i++) {
		IrUnit *u = p->units.v[i];
		if (u->kind == UNIT_MODULE)
			for (int k = 0; k < u->syms.n; k++)
				((IrSym *)u->syms.v[k])->id = n++;
	}
	for (int i = 0; i < p->allunits.n; i++) {
		IrUnit *u = p->allunits.v[i];
		if (u->kind == UNIT_MODULE)
			continue;
		for (int k = 0; k < u->syms.n; k++) {
			IrSym *s = u->syms.v[k];
			if (s->owner == u)
				s->id = n++;
		}
	}
	for (int i = 0; i < p->commons.n; i++) {
		IrCommon *c = p->commons.v[i];
		for (int k = 0; k < c->members.n; k++)
			((IrSym *)c->members.v[k])->id = n++;
	}
	p->nsyms = n;
}

int ad_canonicalize(Ad *ad)
{
	int before = ir_error_count(ad->p);
	for (int i = 0; i < ad->p->allunits.n; i++) {
		IrUnit *u = ad->p->allunits.v[i];
		u->aux = ir_alloc(ad->a, sizeof(UnitInfo));
		ad_info(u)->u = u;
	}
	outline_regions(ad);
	if (ir_error_count(ad->p) > before)
		return ir_error_count(ad->p) - before;
	reach_unit(ad, ad->head);
	ad_info(ad->head)->is_head = 1;
	for (int i = 0; i < ad->units.n; i++) {
		IrUnit *u = ad->units.v[i];
		move_saved(ad, u);
	}
	for (int i = 0; i < ad->units.n; i++)
		function_to_subroutine(ad, ad->units.v[i]);
	for (int i = 0; i < ad->units.n; i++) {
		IrUnit *u = ad->units.v[i];
		elim_unit(ad, u);
		implicit_deallocate(ad, u);
		hoist_block(ad, u, &u->body);
	}
	ad_number_syms(ad->p);
	return ir_error_count(ad->p) - before;
}
