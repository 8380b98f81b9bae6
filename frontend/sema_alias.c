/*
 * sema_alias.c — one variable given to two dummies of a call where the callee may change one of
 * them, whatever the dummies declare.
 *
 * Fortran forbids changing a dummy through one name while the same variable is reachable through
 * another dummy (F2018 15.5.2.13); gfortran accepts such calls and runs them by reference. stad
 * cannot: a derivative built on the standard's rule is wrong (the adjoint of `call sq(x, x)` with
 * `b = a*a` adds a's adjoint into b's, which is a's), and the C primal declares a modified array
 * `restrict`. sema_expr.c refuses the case it can see at the call (one expression twice, a dummy
 * declared INTENT(OUT) or INTENT(INOUT)); this pass, after the calls are bound and the routines
 * ordered callees first, refuses the others: a dummy without INTENT that the routine (or a routine
 * it passes the dummy to) assigns, and a whole variable given together with an element or section
 * of it (`call upd(g, g(1))`). Host association (an internal procedure's lifted dummies) is not
 * aliasing: its rules are Fortran's own. Distinct elements or sections of one array stay accepted (the
 * work-array partitions of F77 codes, `call sub(w(1), w(n+1))`), as before, but the callee's C
 * loses `restrict` (restrict_actuals), as it does when given a module or COMMON array it also uses
 * by name.
 */
#include "sema_int.h"

#include <stdlib.h>
#include <string.h>

/* The module arrays and COMMON blocks with arrays a routine, or a routine it calls, uses by name:
 * at most USES_MAX of them, more is `many`. */
enum { USES_MAX = 32 };
typedef struct Uses {
	const void *key[USES_MAX]; /* the module variable (IrSym*) or the COMMON block's name */
	unsigned char common[USES_MAX];
	int n, many;
} Uses;

typedef struct Alias {
	IrUnit *u;
	unsigned char **wr; /* per unit id: per dummy, the routine may change it */
	Uses *uses;         /* per unit id */
	Uses **maybe;       /* per unit id: per dummy, the modules and COMMON blocks whose arrays
	                       callers give it, directly or through their own dummies */
	int changed;
	int checking; /* the walk's phase: 0 summaries, 1 the calls' checks, 2 what dummies may be */
	unsigned char *overlap; /* per unit id: two of its dummies may be one storage (phase 2) */
} Alias;

/* The storage a global is part of: a module variable itself (one symbol in every unit), a COMMON
 * block as a whole (its members have other names and layouts in other routines). */
static int global_key(const IrSym *s, const void **key, int *common)
{
	if (s->kind == SYM_MODULE && s->owner) {
		*key = s;
		*common = 0;
		return 1;
	}
	if (s->kind == SYM_COMMON && s->common) {
		*key = s->common;
		*common = 1;
		return 1;
	}
	return 0;
}

static int uses_has(const Uses *u, const void *key, int common)
{
	if (u->many)
		return 1;
	for (int i = 0; i < u->n; i++)
		if (u->common[i] == common && (common ? !strcmp(u->key[i], key) : u->key[i] == key))
			return 1;
	return 0;
}

/* 1 when u grew */
static int uses_add(Uses *u, const void *key, int common)
{
	if (uses_has(u, key, common))
		return 0;
	if (u->n == USES_MAX) {
		u->many = 1;
		return 1;
	}
	u->key[u->n] = key;
	u->common[u->n++] = (unsigned char)common;
	return 1;
}

static int uses_merge(Uses *to, const Uses *from)
{
	int grew = from->many && !to->many;
	to->many |= from->many;
	for (int i = 0; i < from->n && !to->many; i++)
		grew |= uses_add(to, from->key[i], from->common[i]);
	return grew;
}

/* Do a and b share a module or COMMON block? */
static int uses_meet(const Uses *a, const Uses *b)
{
	if ((a->many && (b->n || b->many)) || (b->many && a->n))
		return 1;
	for (int i = 0; i < a->n; i++)
		if (uses_has(b, a->key[i], a->common[i]))
			return 1;
	return 0;
}

static IrSym *root(const IrExpr *e)
{
	return e && e->kind == IR_VAR ? e->u.var.sym : NULL;
}

static int hidden(const IrSym *d)
{
	return !d || d->extent_of || d->len_of || d->alloc_of;
}

/* The part of a leaf's name before its first '%' (n bytes), or 0 for a whole variable. */
static size_t struct_prefix(const IrSym *d)
{
	const char *pc = d ? strchr(d->name, '%') : NULL;
	return pc ? (size_t)(pc - d->name) : 0;
}

int sema_source_argpos(const IrUnit *q, int k, int *leaf)
{
	int pos = 0;
	const IrSym *prev = NULL;
	for (int i = 0; i <= k && i < q->nargs; i++) {
		const IrSym *d = q->args[i];
		if (d && (d->extent_of || d->len_of || d->alloc_of))
			continue;
		size_t n = struct_prefix(d);
		if (!(n && prev && struct_prefix(prev) == n && !strncmp(prev->name, d->name, n)))
			pos++;
		prev = d;
	}
	if (leaf)
		*leaf = struct_prefix(q->args[k]) != 0;
	return pos;
}

static int declared_out(const IrUnit *q, int k)
{
	return q && q->args && k < q->nargs && q->args[k] && (q->args[k]->intent & INTENT_OUT);
}

/* May the k-th dummy of q change while q runs? */
static int written(const Alias *A, const IrUnit *q, int k)
{
	if (!q || !q->args || k >= q->nargs || hidden(q->args[k]))
		return 0;
	return declared_out(q, k) || (A->wr[q->id] && A->wr[q->id][k]);
}

static void mark(Alias *A, const IrExpr *e)
{
	IrSym *s = root(e);
	IrUnit *u = A->u;
	if (!s || !u->args || s->kind != SYM_ARG || s->owner != u || s->argpos >= u->nargs || u->args[s->argpos] != s)
		return;
	if (!A->wr[u->id][s->argpos]) {
		A->wr[u->id][s->argpos] = 1;
		A->changed = 1;
	}
}

static void mark_actuals(Alias *A, const IrUnit *q, IrExpr *const *args, int nargs)
{
	for (int k = 0; k < nargs; k++)
		if (written(A, q, k))
			mark(A, args[k]);
}

/* The C primal declares a modified array dummy `restrict`: not where an actual may be the same
 * memory as another actual the callee changes (`call sub(w(1), w(n+1))`, which Fortran allows
 * when the parts do not overlap); nor (sema_check_aliasing, from `maybe`) where a dummy may be a
 * module or COMMON array the routine or its callees use by name, given directly or through the
 * dummies of callers (F77 codes pass COMMON arrays down to routines that see the block). */
static void restrict_actuals(const Alias *A, IrUnit *q, IrExpr *const *args, int nargs)
{
	if (!q || !q->args || q->no_restrict)
		return;
	for (int j = 0; j < nargs && j < q->nargs; j++) {
		IrSym *r = root(args[j]);
		if (!r || hidden(q->args[j]))
			continue;
		for (int i = 0; i < j; i++)
			if (r == root(args[i]) && !hidden(q->args[i]) && (written(A, q, i) || written(A, q, j))) {
				q->no_restrict = 1;
				return;
			}
	}
}

/* The elements an element actual `w(k)` gives dummy d by sequence association, [*first, *last]
 * counted from w's first: one for a scalar dummy, the dummy's size when its bounds are constants;
 * those of a section `w(lo:hi)` with constant bounds. 0 when not known (a rank above 1, a
 * subscript or a bound that is not a constant, an assumed or adjustable size: the work-array
 * partitions stay accepted). */
static int element_span(const IrExpr *a, const IrSym *d, int64_t *first, int64_t *last)
{
	const IrSym *r = root(a);
	int64_t k, lo = 1, n = 1;
	if (!r || r->rank != 1 || a->kind != IR_VAR || a->u.var.nidx != 1 ||
	    (r->dims[0].lo && !ir_eval_int(r->dims[0].lo, NULL, NULL, &lo)))
		return 0;
	const IrExpr *x = a->u.var.idx[0];
	if (x->kind == IR_TRIPLET) {
		/* a section lo:hi of stride 1 with constant bounds: those elements, whatever the dummy */
		int64_t sl, sh;
		if (!x->u.triplet.lo || !x->u.triplet.hi ||
		    (x->u.triplet.st && (!ir_eval_int(x->u.triplet.st, NULL, NULL, &k) || k != 1)) ||
		    !ir_eval_int(x->u.triplet.lo, NULL, NULL, &sl) || !ir_eval_int(x->u.triplet.hi, NULL, NULL, &sh) || sh < sl)
			return 0;
		*first = sl - lo;
		*last = sh - lo;
		return 1;
	}
	if (!ir_eval_int(x, NULL, NULL, &k))
		return 0;
	for (int i = 0; i < d->rank; i++) {
		int64_t dl = 1, dh;
		if (!d->dims[i].hi || d->dims[i].assumed_shape ||
		    (d->dims[i].lo && !ir_eval_int(d->dims[i].lo, NULL, NULL, &dl)) ||
		    !ir_eval_int(d->dims[i].hi, NULL, NULL, &dh) || dh < dl || n > INT32_MAX)
			return 0;
		n *= dh - dl + 1;
	}
	*first = k - lo;
	*last = k - lo + n - 1;
	return 1;
}

/* One located error for the first pair of actuals of the call that are one variable, one of
 * them given to a dummy the callee may change. */
static void check_actuals(const Alias *A, const IrUnit *q, IrExpr *const *args, int nargs)
{
	if (!q || !q->args)
		return;
	for (int j = 1; j < nargs && j < q->nargs; j++)
		for (int i = 0; i < j; i++) {
			const IrExpr *a = args[i], *b = args[j];
			IrSym *r = root(a);
			if (!r || r != root(b) || r->absent || hidden(q->args[i]) || hidden(q->args[j]))
				continue;
			/* a host variable an internal procedure reaches by host association: Fortran lets
			 * it change an element other than the one given as a dummy */
			if (q->args[i]->host_dummy || q->args[j]->host_dummy)
				continue;
			int same = ir_expr_equal(a, b);
			int64_t fa, la, fb, lb;
			int overlap = !same && a->u.var.nidx && b->u.var.nidx && element_span(a, q->args[i], &fa, &la) &&
			        element_span(b, q->args[j], &fb, &lb) && fa <= lb && fb <= la;
			if (!same && !overlap && a->u.var.nidx && b->u.var.nidx)
				continue; /* distinct elements or sections, or not known: not followed */
			int wi = written(A, q, i), wj = written(A, q, j);
			if (!wi && !wj)
				continue;
			if (same && (declared_out(q, i) || declared_out(q, j)))
				return; /* sema_expr.c said so at the call */
			const IrSym *w = wj ? q->args[j] : q->args[i];
			const char *qn = q->local_name ? q->local_name : q->name;
			const char *does = declared_out(q, wj ? j : i) ? "may change" : "assigns";
			int li, lj, pi = sema_source_argpos(q, i, &li), pj = sema_source_argpos(q, j, &lj);
			if (same && li && !lj)
				ir_error(b->loc,
				         "argument %d of '%s': '%s' is also part of argument %d, and '%s' %s its dummy '%s': Fortran "
				         "forbids this aliasing (pass a copy in parentheses to the dummy that only reads it, or a "
				         "separate variable)",
				         pj, qn, r->name, pi, qn, does, w->name);
			else if (same)
				ir_error(
				        b->loc,
				        "argument %d of '%s': '%s' is also argument %d, and '%s' %s its dummy '%s': Fortran "
				        "forbids this aliasing (pass a copy in parentheses to the dummy that only reads it, or a "
				        "separate variable)",
				        pj, qn, r->name, pi, qn, does, w->name);
			else if (overlap)
				ir_error(
				        b->loc,
				        "arguments %d and %d of '%s' overlap: elements %lld to %lld and %lld to %lld of '%s' "
				        "(sequence association), and '%s' %s its dummy '%s': Fortran forbids this aliasing (give "
				        "the dummies parts that do not overlap, or pass a copy in parentheses to the one that only "
				        "reads)",
				        pi, pj, qn, (long long)fa + 1, (long long)la + 1, (long long)fb + 1,
				        (long long)lb + 1, r->name, qn, does, w->name);
			else
				ir_error(
				        b->loc,
				        "arguments %d and %d of '%s' overlap: one is the whole of '%s', the other a part of it, "
				        "and '%s' %s its dummy '%s': Fortran forbids this aliasing (pass a copy in parentheses to "
				        "the dummy that only reads it, or a separate variable)",
				        pi, pj, qn, r->name, qn, does, w->name);
			return;
		}
}

/* Phase 2: the dummies of q may be what the actuals are: a module or COMMON array, or what the
 * caller's own dummy may be. */
static void maybe_actuals(Alias *A, const IrUnit *q, IrExpr *const *args, int nargs)
{
	if (!q || !q->args)
		return;
	const void *key;
	int common;
	for (int k = 0; k < nargs && k < q->nargs; k++) {
		IrSym *r = root(args[k]);
		if (!r || hidden(q->args[k]))
			continue;
		Uses *to = &A->maybe[q->id][k];
		if (global_key(r, &key, &common))
			A->changed |= uses_add(to, key, common);
		else if (r->kind == SYM_ARG && r->owner == A->u && A->u->args && r->argpos < A->u->nargs &&
		         A->u->args[r->argpos] == r)
			A->changed |= uses_merge(to, &A->maybe[A->u->id][r->argpos]);
	}
}

/* Phase 2, callers first: two dummies of the caller that may be one storage (a call gave them
 * two parts of one array, `call two2(w(k), w(k-1), 2)`, or their own such dummies), passed on
 * together to a callee that changes one (`call two1(u(1), v(1))`): the callee's dummies may be
 * one storage too, and its C primal loses `restrict` (the -O2 primal differed from -O0's). */
static void overlap_actuals(Alias *A, IrUnit *q, IrExpr *const *args, int nargs)
{
	if (!q || !q->args || A->overlap[q->id])
		return;
	for (int j = 1; j < nargs && j < q->nargs; j++)
		for (int i = 0; i < j; i++) {
			IrSym *ri = root(args[i]), *rj = root(args[j]);
			if (!ri || !rj || hidden(q->args[i]) || hidden(q->args[j]) || (!written(A, q, i) && !written(A, q, j)))
				continue;
			if (ri == rj || (A->overlap[A->u->id] && ri->kind == SYM_ARG && rj->kind == SYM_ARG &&
			                 ri->owner == A->u && rj->owner == A->u)) {
				A->overlap[q->id] = 1;
				q->no_restrict = 1;
				A->changed = 1;
				return;
			}
		}
}

static void walk_call(Alias *A, IrUnit *q, IrExpr *const *args, int nargs)
{
	if (A->checking == 2) {
		maybe_actuals(A, q, args, nargs);
		overlap_actuals(A, q, args, nargs);
		return;
	}
	if (A->checking) {
		check_actuals(A, q, args, nargs);
		restrict_actuals(A, q, args, nargs);
		return;
	}
	mark_actuals(A, q, args, nargs);
	if (q)
		uses_merge(&A->uses[A->u->id], &A->uses[q->id]);
}

/* One walk for both phases: the summaries (A->checking 0: what each routine may change, which
 * modules' and COMMON blocks' arrays it uses) and then the calls' checks (1). */
static void walk_expr(void *ctx, IrExpr **pe)
{
	Alias *A = ctx;
	IrExpr *e = *pe;
	if (e->kind == IR_FCALL)
		walk_call(A, e->u.call.callee, e->u.call.args, e->u.call.nargs);
	const void *key;
	int common;
	if (!A->checking && e->kind == IR_VAR && e->u.var.sym->rank && global_key(e->u.var.sym, &key, &common))
		uses_add(&A->uses[A->u->id], key, common);
	IrVisit v = {walk_expr, NULL, A};
	ir_expr_children(e, &v);
}

static int walk_stmt(void *ctx, IrStmt *s)
{
	Alias *A = ctx;
	IrVisit v = {walk_expr, NULL, A};
	ir_stmt_parts(s, &v);
	if (s->kind == IR_CALL)
		walk_call(A, s->u.call.callee, s->u.call.args, s->u.call.nargs);
	else if (!A->checking && s->kind == IR_ASSIGN)
		mark(A, s->u.assign.lhs);
	else if (!A->checking && s->kind == IR_DO)
		mark(A, s->u.do_.var);
	return 0;
}

void sema_check_aliasing(IrProgram *p)
{
	int n = p->allunits.n;
	Alias A = {NULL, calloc((size_t)n + 1, sizeof *A.wr), calloc((size_t)n + 1, sizeof *A.uses), NULL, 0, 0, NULL};
	if (!A.wr || !A.uses)
		abort();
	for (int i = 0; i < n; i++) {
		IrUnit *u = p->allunits.v[i];
		A.wr[u->id] = calloc((size_t)u->nargs + 1, 1);
		if (!A.wr[u->id])
			abort();
		A.uses[u->id].many = u->cycle != 0; /* callees after callers in a cycle: not followed */
	}
	/* callees come first: one round, and more only for cycles of calls */
	int cycles = 0;
	for (int i = 0; i < n; i++)
		cycles |= ((IrUnit *)p->allunits.v[i])->cycle != 0;
	do {
		A.changed = 0;
		for (int i = 0; i < n; i++) {
			A.u = p->allunits.v[i];
			ir_block_find(&A.u->body, walk_stmt, &A);
		}
	} while (A.changed && cycles);
	A.checking = 1;
	for (int i = 0; i < n; i++) {
		A.u = p->allunits.v[i];
		ir_block_find(&A.u->body, walk_stmt, &A);
	}
	/* what each dummy may be: callers first (allunits reversed), more rounds for cycles */
	A.checking = 2;
	A.maybe = calloc((size_t)n + 1, sizeof *A.maybe);
	A.overlap = calloc((size_t)n + 1, 1);
	if (!A.maybe || !A.overlap)
		abort();
	for (int i = 0; i < n; i++) {
		IrUnit *u = p->allunits.v[i];
		if (!(A.maybe[u->id] = calloc((size_t)u->nargs + 1, sizeof **A.maybe)))
			abort();
	}
	do {
		A.changed = 0;
		for (int i = n - 1; i >= 0; i--) {
			A.u = p->allunits.v[i];
			ir_block_find(&A.u->body, walk_stmt, &A);
		}
	} while (A.changed && cycles);
	for (int i = 0; i < n; i++) {
		IrUnit *q = p->allunits.v[i];
		for (int k = 0; k < q->nargs && !q->no_restrict; k++)
			if (q->args && q->args[k] && q->args[k]->rank && uses_meet(&A.maybe[q->id][k], &A.uses[q->id]))
				q->no_restrict = 1;
	}
	for (int i = 0; i < n; i++) {
		free(A.wr[i]);
		free(A.maybe[i]);
	}
	free(A.wr);
	free(A.uses);
	free(A.maybe);
	free(A.overlap);
}
