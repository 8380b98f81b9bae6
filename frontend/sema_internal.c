/*
 * sema_internal.c — internal procedures (CONTAINS in a subroutine, function or program) become
 * routines like any other.
 *
 * Sema resolves an internal procedure's body with host association (sema_lookup falls back to
 * its host's scope), so its references to the host's variables are the host's own symbols.
 * Then, once every body is resolved, each internal procedure c is lifted:
 *   - the host's variables c uses (locals, dummies, the function result, and the variables
 *     giving their bounds), and those every sibling internal procedure c calls uses, become
 *     extra dummies of c, appended after its own (same names, types and shapes; no INTENT);
 *   - every call of c (in the host and in its siblings) passes them: the host's variables
 *     themselves in the host, the caller's own extra dummies in a sibling;
 *   - c is renamed `host_name` (made unique among all routines), so its C routine, the site
 *     ids of the calls in and of it (`host:host_inner#1`, `host_inner:f#1`) and later messages
 *     name it so.
 * Passing by reference is what host association means, so the primal is unchanged, and activity,
 * checkpoint snapshots and the C calling convention need nothing new. A host's ALLOCATABLE
 * array becomes an ALLOCATABLE dummy, its bound and status variables dummies of their own.
 */
#include "sema_int.h"

#include <string.h>

typedef struct Lift {
	IrUnit *c;
	IrVec need;       /* IrSym* of the host it must be given, in order of first use */
	IrVec callees;    /* IrUnit*: the sibling internal procedures it calls */
	IrSym **dummy;    /* per need: its new dummy */
	IrVec *reported;  /* IrExpr*: the changes of bounds reported already (one error each) */
	int global_bound; /* a bound reading a module or COMMON variable was reported (once per procedure) */
} Lift;

/* Is s a variable of host h that an internal procedure must be given (not a PARAMETER, which
 * it may name itself, nor a module or COMMON variable, which it sees anyway)? */
static int passed(const IrUnit *h, const IrSym *s)
{
	return s->owner == h && (s->kind == SYM_LOCAL || s->kind == SYM_ARG || s->kind == SYM_RESULT);
}

static void need_add(Sema *S, Lift *L, IrSym *s)
{
	for (int i = 0; i < L->need.n; i++)
		if (L->need.v[i] == s)
			return;
	ir_vec_push(S->a, &L->need, s);
	if (s->allocatable && s->alloc_status) /* it becomes an ALLOCATABLE dummy: its status too */
		need_add(S, L, s->alloc_status);
}

/* What c uses of its host: walked with ir_expr_children and ir_stmt_children. */
typedef struct Uses {
	Sema *S;
	Lift *L;
} Uses;

static void uses_expr_at(void *u, IrExpr **e);

static void uses_block_at(void *ctx, IrBlock *b)
{
	Uses *u = ctx;
	for (int i = 0; i < b->n; i++) {
		const IrStmt *s = b->v[i];
		if (s->kind == IR_CALL && s->u.call.callee && s->u.call.callee->host == u->L->c->host)
			ir_vec_push(u->S->a, &u->L->callees, s->u.call.callee);
		ir_stmt_children(b->v[i], &(IrVisit){uses_expr_at, uses_block_at, u});
	}
}

static void uses_expr_at(void *ctx, IrExpr **pe)
{
	Uses *u = ctx;
	const IrExpr *e = *pe;
	if (e->kind == IR_VAR && passed(u->L->c->host, e->u.var.sym))
		need_add(u->S, u->L, e->u.var.sym);
	if (e->kind == IR_FCALL && e->u.call.callee && e->u.call.callee->host == u->L->c->host)
		ir_vec_push(u->S->a, &u->L->callees, e->u.call.callee);
	ir_expr_children(*pe, &(IrVisit){uses_expr_at, uses_block_at, u});
}

static void uses_expr(Sema *S, Lift *L, IrExpr *e)
{
	if (e)
		uses_expr_at(&(Uses){S, L}, &e);
}

static void uses_block(Sema *S, Lift *L, IrBlock *b)
{
	uses_block_at(&(Uses){S, L}, b);
}

/* The bounds and lengths of the symbols of c (its own, and the host's it needs). */
static void uses_sym_shape(Sema *S, Lift *L, const IrSym *s)
{
	for (int d = 0; d < s->rank; d++) {
		uses_expr(S, L, s->dims[d].lo);
		uses_expr(S, L, s->dims[d].hi);
	}
	uses_expr(S, L, s->clen);
}

/* ---------------------------------------------------------------- rewriting */

static IrSym *dummy_of(const Lift *L, const IrSym *s)
{
	for (int i = 0; i < L->need.n; i++)
		if (L->need.v[i] == s)
			return L->dummy[i];
	return NULL;
}

/* Each reference to a host's variable becomes one to c's dummy standing for it. */
static void subst_expr_at(void *L, IrExpr **e);

static void subst_block_at(void *L, IrBlock *b)
{
	for (int i = 0; i < b->n; i++)
		ir_stmt_children(b->v[i], &(IrVisit){subst_expr_at, subst_block_at, L});
}

static void subst_expr_at(void *L, IrExpr **pe)
{
	IrExpr *e = *pe;
	if (e->kind == IR_VAR) {
		IrSym *d = dummy_of(L, e->u.var.sym);
		if (d)
			e->u.var.sym = d;
	}
	ir_expr_children(e, &(IrVisit){subst_expr_at, subst_block_at, L});
}

static void subst_expr(const Lift *L, IrExpr *e)
{
	if (e)
		subst_expr_at((void *)L, &e);
}

static void subst_block(const Lift *L, IrBlock *b)
{
	subst_block_at((void *)L, b);
}

/* The extra actuals of a call of the internal procedure of callee lift K: the host's variables
 * (a sibling's own references are substituted with its dummies afterwards). */
static void add_actuals(Sema *S, const Lift *K, IrExpr ***args, int *nargs, IrLoc loc)
{
	if (!K->need.n)
		return;
	IrExpr **v = ir_alloc(S->a, sizeof *v * (size_t)(*nargs + K->need.n + 1));
	for (int i = 0; i < *nargs; i++)
		v[i] = (*args)[i];
	for (int i = 0; i < K->need.n; i++)
		v[*nargs + i] = ir_var(S->a, K->need.v[i], NULL, 0, loc);
	*args = v;
	*nargs += K->need.n;
}

static Lift *lift_of(Lift *lifts, int n, const IrUnit *c)
{
	for (int i = 0; i < n; i++)
		if (lifts[i].c == c)
			return &lifts[i];
	return NULL;
}

/* Every call of an internal procedure (a CALL or a function reference) gets its extra actuals. */
typedef struct Calls {
	Sema *S;
	Lift *lifts;
	int n;
} Calls;

static void calls_expr_at(void *c, IrExpr **e);

static void calls_block_at(void *ctx, IrBlock *b)
{
	Calls *c = ctx;
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		ir_stmt_children(s, &(IrVisit){calls_expr_at, calls_block_at, c});
		const Lift *K = s->kind == IR_CALL && s->u.call.callee ? lift_of(c->lifts, c->n, s->u.call.callee) : NULL;
		if (K)
			add_actuals(c->S, K, &s->u.call.args, &s->u.call.nargs, s->loc);
	}
}

static void calls_expr_at(void *ctx, IrExpr **pe)
{
	Calls *c = ctx;
	IrExpr *e = *pe;
	ir_expr_children(e, &(IrVisit){calls_expr_at, calls_block_at, c});
	const Lift *K = e->kind == IR_FCALL && e->u.call.callee ? lift_of(c->lifts, c->n, e->u.call.callee) : NULL;
	if (K)
		add_actuals(c->S, K, &e->u.call.args, &e->u.call.nargs, e->loc);
}

static void calls_block(Sema *S, Lift *lifts, int n, IrBlock *b)
{
	calls_block_at(&(Calls){S, lifts, n}, b);
}

/* ---------------------------------------------------------------- bounds the host fixed */

/* A variable giving a bound of one of the host's arrays, assigned in an internal procedure: the
 * host fixed the array's shape on entry, but its code after the call would read the new bound
 * (sema fixes bounds only against the changes it sees in the host itself). */
static const IrSym *bound_var(const Lift *L, const IrSym *v)
{
	const IrUnit *h = L->c->host;
	for (int i = 0; i < h->syms.n; i++) {
		const IrSym *a = h->syms.v[i];
		for (int d = 0; d < a->rank; d++) {
			const IrExpr *be[2] = {a->dims[d].lo, a->dims[d].hi};
			for (int j = 0; j < 2; j++)
				if (ir_expr_mentions(be[j], v))
					return a;
		}
	}
	return NULL;
}

static void check_written(const Lift *L, const IrExpr *e)
{
	if (!e || e->kind != IR_VAR || !passed(L->c->host, e->u.var.sym))
		return;
	const IrSym *a = bound_var(L, e->u.var.sym);
	if (a && !a->allocatable) /* (ALLOCATE of the host's allocatable sets its bounds) */
		ir_error(e->loc,
		         "the internal procedure '%s' changes '%s', which gives the bounds of the host's array '%s': "
		         "it may not change after entry (copy it to a local variable and change that)",
		         L->c->local_name, e->u.var.sym->name, a->name);
}

static int check_stmt(void *ctx, IrStmt *s)
{
	const Lift *L = ctx;
	switch (s->kind) {
	case IR_ASSIGN: check_written(L, s->u.assign.lhs); break;
	case IR_DO: check_written(L, s->u.do_.var); break;
	case IR_CALL:
		for (int k = 0; k < s->u.call.nargs; k++)
			check_written(L, s->u.call.args[k]);
		break;
	default: break;
	}
	return 0;
}

static void check_block(const Lift *L, const IrBlock *b)
{
	ir_block_find(b, check_stmt, (void *)L);
}

/* The bounds of the host's arrays an internal procedure is given must be what they were on
 * entry to the host (Fortran fixes the shape then): sema resolved the internal procedure's body
 * with the bounds as written, evaluated when it is entered. So no variable of such a bound may
 * change in the host (nor in an internal procedure: check_block), and a bound may not read a
 * module or COMMON variable (any call may change those). */
static void check_host_write(Sema *S, const Lift *L, const IrSym *a, const IrSym *v, const IrExpr *w)
{
	if (!w || w->kind != IR_VAR || w->u.var.sym != v)
		return;
	for (int i = 0; i < L->reported->n; i++)
		if (L->reported->v[i] == w)
			return;
	ir_vec_push(S->a, L->reported, (void *)w);
	ir_error(w->loc,
	         "'%s' gives the bounds of '%s', which the internal procedure '%s' uses: it may not change after "
	         "entry (copy it to a local variable and change that)",
	         v->name, a->name, L->c->local_name);
}

typedef struct {
	Sema *S;
	const Lift *L;
	const IrSym *a, *v;
} HostWrite;

static int host_write(void *ctx, IrStmt *s)
{
	HostWrite *h = ctx;
	switch (s->kind) {
	case IR_ASSIGN: check_host_write(h->S, h->L, h->a, h->v, s->u.assign.lhs); break;
	case IR_DO: check_host_write(h->S, h->L, h->a, h->v, s->u.do_.var); break;
	case IR_CALL: {
		const IrUnit *f = s->u.call.callee;
		for (int k = 0; k < s->u.call.nargs; k++)
			if (!(f && k < f->nargs && f->args[k] && f->args[k]->intent == INTENT_IN))
				check_host_write(h->S, h->L, h->a, h->v, s->u.call.args[k]);
		break;
	}
	default: break;
	}
	return 0;
}

static void host_writes(Sema *S, const Lift *L, const IrSym *a, const IrSym *v, const IrBlock *b)
{
	HostWrite h = {S, L, a, v};
	ir_block_find(b, host_write, &h);
}

static void bound_vars(Sema *S, Lift *L, const IrSym *a, const IrExpr *e)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_VAR: {
		const IrSym *v = e->u.var.sym;
		if ((v->kind == SYM_MODULE || v->kind == SYM_COMMON) && !L->global_bound++)
			ir_error(L->c->loc,
			         "the internal procedure '%s' uses '%s', whose bounds read the %s variable '%s' (a call may "
			         "change it): give '%s' bounds from the host's dummies or constants",
			         L->c->local_name, a->name, v->kind == SYM_MODULE ? "module" : "COMMON", v->name, a->name);
		else if (passed(L->c->host, v))
			host_writes(S, L, a, v, &L->c->host->body);
		for (int i = 0; i < e->u.var.nidx; i++)
			bound_vars(S, L, a, e->u.var.idx[i]);
		break;
	}
	case IR_UNARY:
	case IR_BINARY:
		bound_vars(S, L, a, e->u.op.a);
		bound_vars(S, L, a, e->u.op.b);
		break;
	case IR_INTRIN:
	case IR_FCALL:
		for (int i = 0; i < e->u.call.nargs; i++)
			bound_vars(S, L, a, e->u.call.args[i]);
		break;
	case IR_CONVERT: bound_vars(S, L, a, e->u.conv.e); break;
	default: break;
	}
}

/* A name for a dummy of c: the host variable's own, unless c has a symbol of that name (one of
 * its own that hides the host's, needed for a sibling it calls). */
static const char *dummy_name(Sema *S, IrUnit *c, const char *base)
{
	const char *n = base;
	for (int k = 1; ir_unit_lookup(c, n); k++)
		n = ir_sprintf(S->a, "%s_h%d", base, k);
	return n;
}

/* ---------------------------------------------------------------- driver */

static int name_taken(Sema *S, const char *name)
{
	for (int i = 0; i < S->all.n; i++)
		if (!strcmp(((IrUnit *)S->all.v[i])->name, name))
			return 1;
	return 0;
}

void sema_lift_internal(Sema *S)
{
	int n = 0;
	for (int i = 0; i < S->all.n; i++)
		n += ((IrUnit *)S->all.v[i])->host != NULL;
	if (!n)
		return;
	Lift *lifts = ir_alloc(S->a, sizeof *lifts * (size_t)n);
	IrVec reported = {0};
	n = 0;
	for (int i = 0; i < S->all.n; i++) {
		IrUnit *c = S->all.v[i];
		if (!c->host)
			continue;
		Lift *L = &lifts[n++];
		L->c = c;
		L->reported = &reported;
		uses_block(S, L, &c->body);
		for (int k = 0; k < c->syms.n; k++)
			uses_sym_shape(S, L, c->syms.v[k]);
	}
	/* what a sibling it calls needs, and the bounds of what it needs, until nothing changes */
	for (int changed = 1; changed;) {
		changed = 0;
		for (int i = 0; i < n; i++) {
			Lift *L = &lifts[i];
			int before = L->need.n;
			for (int k = 0; k < L->callees.n; k++) {
				const Lift *K = lift_of(lifts, n, L->callees.v[k]);
				for (int j = 0; K && j < K->need.n; j++)
					need_add(S, L, K->need.v[j]);
			}
			for (int j = 0; j < L->need.n; j++)
				uses_sym_shape(S, L, L->need.v[j]);
			changed |= L->need.n != before;
		}
	}
	int before = ir_error_count(S->p);
	for (int i = 0; i < n; i++) {
		Lift *L = &lifts[i];
		check_block(L, &L->c->body);
		for (int j = 0; j < L->need.n; j++) {
			const IrSym *a = L->need.v[j];
			if (a->allocatable || a->alloc_of) /* an ALLOCATABLE dummy: its bounds may change */
				continue;
			for (int d = 0; d < a->rank; d++) {
				bound_vars(S, L, a, a->dims[d].lo);
				bound_vars(S, L, a, a->dims[d].hi);
			}
			bound_vars(S, L, a, a->clen);
		}
	}
	if (ir_error_count(S->p) > before)
		return;
	/* the new dummies */
	for (int i = 0; i < n; i++) {
		Lift *L = &lifts[i];
		IrUnit *c = L->c;
		L->dummy = ir_alloc(S->a, sizeof *L->dummy * (size_t)(L->need.n + 1));
		IrSym **args = ir_alloc(S->a, sizeof *args * (size_t)(c->nargs + L->need.n + 1));
		const char **names = ir_alloc(S->a, sizeof *names * (size_t)(c->nargs + L->need.n + 1));
		for (int k = 0; k < c->nargs; k++) {
			args[k] = c->args[k];
			names[k] = c->argnames[k];
		}
		for (int j = 0; j < L->need.n; j++) {
			const IrSym *h = L->need.v[j];
			IrSym *d = ir_sym_new(S->a, c, dummy_name(S, c, h->name), SYM_ARG, h->loc);
			d->type = h->type;
			d->rank = h->rank;
			for (int k = 0; k < h->rank; k++) {
				d->dims[k].lo = h->dims[k].lo ? ir_expr_copy(S->a, h->dims[k].lo) : NULL;
				d->dims[k].hi = h->dims[k].hi ? ir_expr_copy(S->a, h->dims[k].hi) : NULL;
			}
			d->clen = h->clen ? ir_expr_copy(S->a, h->clen) : NULL;
			d->allocatable = h->allocatable;
			d->alloc_leaf = h->alloc_leaf;
			d->alloc_dim = h->alloc_dim;
			d->declared = 1;
			d->optional = h->optional; /* a host's OPTIONAL dummy: NULL passes through when absent */
			d->argpos = c->nargs + j;
			d->host_dummy = 1;
			args[c->nargs + j] = d;
			names[c->nargs + j] = d->name;
			L->dummy[j] = d;
		}
		c->args = args;
		c->argnames = names;
		/* the host's ALLOCATABLE arrays become ALLOCATABLE dummies (sema_alloc.c's convention,
		 * their bound and status variables dummies of their own) */
		for (int j = 0; j < L->need.n; j++) {
			const IrSym *h = L->need.v[j];
			if (h->allocatable)
				L->dummy[j]->alloc_status = dummy_of(L, h->alloc_status);
			if (h->alloc_of)
				L->dummy[j]->alloc_of = dummy_of(L, h->alloc_of);
		}
	}
	/* calls pass them, then each internal procedure's references become its dummies */
	for (int i = 0; i < S->all.n; i++) {
		IrUnit *u = S->all.v[i];
		if (u->host || lift_of(lifts, n, u) || u->contains.n)
			calls_block(S, lifts, n, &u->body);
	}
	for (int i = 0; i < n; i++) {
		Lift *L = &lifts[i];
		IrUnit *c = L->c;
		c->nargs += L->need.n;
		subst_block(L, &c->body);
		for (int k = 0; k < c->syms.n; k++) {
			IrSym *s = c->syms.v[k];
			for (int d = 0; d < s->rank; d++) {
				subst_expr(L, s->dims[d].lo);
				subst_expr(L, s->dims[d].hi);
			}
			subst_expr(L, s->clen);
		}
		const char *name = ir_sprintf(S->a, "%s_%s", c->host->name, c->local_name);
		while (name_taken(S, name))
			name = ir_sprintf(S->a, "%s_", name);
		c->name = name;
	}
}
