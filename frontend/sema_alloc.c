/*
 * sema_alloc.c — ALLOCATABLE arrays, lowered so that every later pass sees an explicit-shape
 * array whose bounds are variables.
 *
 * `real, allocatable :: a(:, :)` gets hidden INTEGER variables for its bounds (a_lb1, a_ub1,
 * a_lb2, a_ub2) and a hidden LOGICAL a_al (ALLOCATED(a)), of the same kind as a (locals of its
 * routine, or module variables); a's dims become lo = a_lb1, hi = a_ub1. Then
 *   ALLOCATE(a(0:n, m))  is  a_lb1 = 0; a_ub1 = n; a_lb2 = 1; a_ub2 = m; a_al = .true.;
 *                            RT_ALLOC(a)     (the bounds all evaluated before any is stored)
 *   DEALLOCATE(a)        is  a_al = .false.; RT_FREE(a)
 *   ALLOCATED(a)         is  a_al
 * SIZE, LBOUND, UBOUND and element addressing read the bound variables as they are now (an
 * allocatable's shape is the one its last ALLOCATE gave, not the one on entry). In C the array is
 * a pointer, NULL while unallocated, freed on return (the backend); the AD passes re-allocate it
 * in the backward sweep from bounds they save at DEALLOCATE (ad/).
 * An ALLOCATABLE dummy's hidden variables are dummies too, right after it (alloc_args); the
 * caller passes its own (sema_bind_actuals); INTENT(OUT) deallocates it on entry. Automatic
 * reallocation on whole-array assignment is sema_alloc_realloc (sema_array.c).
 * An ALLOCATABLE function result is an ALLOCATABLE INTENT(OUT) dummy (sema_afunc.c), and the
 * caller's temporary for it an ALLOCATABLE local (sema_alloc_local).
 * A leaf of an ALLOCATABLE array of structures (`p%v(3, :)` of `type(point), allocatable ::
 * p(:)`, sema_type.c) keeps its component's constant bounds in its first dimensions: only its
 * deferred dimensions (the array's) get hidden bound variables (sema_alloc_fixed counts the others).
 * Refused, located: SAVE'd, CHARACTER and scalar allocatables,
 * STAT=/SOURCE=/MOLD=.
 */
#include "fe_int.h"
#include "sema_int.h"

#include <string.h>

static IrSym *hidden(Sema *S, IrUnit *u, IrSym *a, const char *what, int dim, IrBase type)
{
	const char *n = NULL;
	for (int t = 0;; t++) {
		n = dim >= 0 ? ir_sprintf(S->a, t ? "%s_%s%d_%d" : "%s_%s%d", a->name, what, dim + 1, t)
		             : ir_sprintf(S->a, t ? "%s_%s_%d" : "%s_%s", a->name, what, t);
		if (!ir_unit_lookup(u, n) && !sema_unit_uses_name(S, u, n))
			break;
	}
	IrSym *h = ir_sym_new(S->a, u, n, a->kind, a->loc);
	h->type = type;
	h->declared = 1;
	h->is_save = a->is_save;
	h->alloc_of = a;
	h->alloc_dim = dim;
	return h;
}

/* The leading dimensions of the ALLOCATABLE a whose bounds are constants (a leaf of an
 * ALLOCATABLE array of structures: its component's dimensions); 0 for any other. */
int sema_alloc_fixed(const IrSym *a)
{
	return a->alloc_leaf ? a->rank - a->alloc_leaf : 0;
}

/* An ALLOCATABLE dummy's hidden bound and status variables are dummies too, right after it in
 * u's arguments (a, a_lb1, a_ub1, ..., a_al): the caller passes its own (sema_bind_actuals), so
 * that what the callee allocates is the caller's. */
static void alloc_args(Sema *S, IrUnit *u)
{
	int any = 0;
	for (int i = 0; i < u->nargs; i++)
		any |= u->args[i] && u->args[i]->allocatable;
	if (!any)
		return;
	int n = 0;
	for (int i = 0; i < u->nargs; i++)
		n += 1 + (u->args[i] && u->args[i]->allocatable ? 2 * (u->args[i]->rank - sema_alloc_fixed(u->args[i])) + 1 : 0);
	IrSym **args = ir_alloc(S->a, sizeof *args * (size_t)(n + 1));
	const char **names = ir_alloc(S->a, sizeof *names * (size_t)(n + 1));
	int k = 0;
	for (int i = 0; i < u->nargs; i++) {
		IrSym *x = u->args[i];
		args[k] = x;
		names[k++] = u->argnames[i];
		if (!x || !x->allocatable)
			continue;
		IrSym *h[2 * IR_MAX_RANK + 1];
		int nh = 0;
		for (int d = sema_alloc_fixed(x); d < x->rank; d++) {
			h[nh++] = x->dims[d].lo->u.var.sym;
			h[nh++] = x->dims[d].hi->u.var.sym;
		}
		h[nh++] = x->alloc_status;
		for (int j = 0; j < nh; j++) {
			/* INTENT(OUT) still reads the status: the array is deallocated on entry */
			h[j]->intent = x->intent == INTENT_IN ? INTENT_IN : INTENT_INOUT;
			args[k] = h[j];
			names[k++] = h[j]->name;
		}
	}
	u->nargs = k;
	u->args = args;
	u->argnames = names;
	for (int i = 0; i < u->nargs; i++)
		if (u->args[i])
			u->args[i]->argpos = i;
}

void sema_alloc_decls(Sema *S, IrUnit *u)
{
	int n = u->syms.n; /* the hidden variables are appended */
	for (int i = 0; i < n; i++) {
		IrSym *s = u->syms.v[i];
		if (!s->allocatable)
			continue;
		int deferred = 0, fixed = sema_alloc_fixed(s); /* a leaf: its component's dimensions first */
		for (int d = fixed; d < s->rank; d++)
			deferred += s->dims[d].assumed_shape && !s->dims[d].lo;
		const char *why = NULL;
		if (!s->rank)
			why = "a scalar cannot be ALLOCATABLE here (declare a variable)";
		else if (deferred + fixed != s->rank)
			why = "an ALLOCATABLE array has deferred shape: declare it a(:) or a(:, :), and give its bounds in "
			      "ALLOCATE";
		else if (s->kind == SYM_RESULT)
			why = "an ALLOCATABLE function result is not supported (return the array through an argument)";
		else if (s->kind != SYM_LOCAL && s->kind != SYM_MODULE && s->kind != SYM_ARG)
			why = "this ALLOCATABLE array is not supported (declare it as a local or module variable)";
		else if (s->kind == SYM_LOCAL && (s->is_save || s->init))
			why = "a SAVE'd ALLOCATABLE local is not supported (make it a module variable)";
		else if (s->type == TY_CHAR)
			why = "ALLOCATABLE CHARACTER arrays are not supported";
		if (why) {
			ir_error(s->loc, "'%s': %s", s->name, why);
			s->allocatable = 0;
			for (int d = 0; d < s->rank; d++) {
				s->dims[d].assumed_shape = 0;
				s->dims[d].lo = NULL;
				s->dims[d].hi = ir_int(S->a, 1, s->loc);
			}
			continue;
		}
		for (int d = fixed; d < s->rank; d++) {
			IrSym *lb = hidden(S, u, s, "lb", d, TY_INT);
			IrSym *ub = hidden(S, u, s, "ub", d, TY_INT);
			s->dims[d].assumed_shape = 0;
			s->dims[d].lo = ir_var(S->a, lb, NULL, 0, s->loc);
			s->dims[d].hi = ir_var(S->a, ub, NULL, 0, s->loc);
		}
		s->alloc_status = hidden(S, u, s, "al", -1, TY_LOGICAL);
	}
	alloc_args(S, u);
}

static IrStmt *rt_stmt(Sema *S, IrRtKind k, IrSym *a, IrLoc loc)
{
	IrStmt *s = ir_stmt_new(S->a, IR_RT, loc);
	s->u.rt.kind = k;
	s->u.rt.e = ir_var(S->a, a, NULL, 0, loc);
	return s;
}

/* a_al = .false. on entry, for every local allocatable of u (its C pointer starts NULL); an
 * INTENT(OUT) ALLOCATABLE dummy is deallocated on entry, as Fortran says:
 * IF (a_al) THEN; a_al = .false.; RT_FREE(a); END IF. */
void sema_alloc_entry(Sema *S, IrUnit *u)
{
	IrBlock pre = {0};
	IrLoc L = u->loc;
	for (int i = 0; i < u->syms.n; i++) {
		IrSym *s = u->syms.v[i];
		if (s->allocatable && s->alloc_status && s->kind == SYM_LOCAL && s->owner == u)
			ir_block_add(S->a, &pre,
			             ir_assign(S->a, ir_var(S->a, s->alloc_status, NULL, 0, L), ir_logical(S->a, 0, L), L));
		if (s->allocatable && s->alloc_status && s->kind == SYM_ARG && s->intent == INTENT_OUT && s->owner == u) {
			ir_block_add(S->a, &pre, ir_free_allocated(S->a, s, L));
		}
	}
	if (!pre.n)
		return;
	for (int k = 0; k < u->body.n; k++)
		ir_block_add(S->a, &pre, u->body.v[k]);
	u->body = pre;
}


/* The allocatable array an ALLOCATE/DEALLOCATE object or an ALLOCATED argument names, or NULL
 * after an error. */
static IrSym *object(Sema *S, IrExpr **pe, const char *stmt)
{
	IrExpr *e = *pe;
	if (e->kind == IR_COMPONENT) { /* s%u: the leaf of an ALLOCATABLE component (sema_type.c) */
		e = sema_component_ref(S, e);
		if (!e)
			return NULL;
		*pe = e;
	}
	if (e->kind == IR_KEYWORD) {
		ir_error(e->loc, "%s with %s= is not supported (%s)", stmt, e->u.kw.name,
		         !strcmp(e->u.kw.name, "stat") || !strcmp(e->u.kw.name, "errmsg") ? "leave it out"
		                                                                          : "allocate, then assign the values");
		return NULL;
	}
	if (e->kind != IR_REF) {
		ir_error(e->loc, "%s needs the name of an ALLOCATABLE array", stmt);
		return NULL;
	}
	IrSym *a = sema_lookup(S, S->unit, e->u.ref.name);
	if (!a || !a->allocatable) {
		ir_error(e->loc, "'%s' is not an ALLOCATABLE array", e->u.ref.name);
		return NULL;
	}
	return a;
}

IrExpr *sema_allocated(Sema *S, IrExpr *e)
{
	if (e->u.ref.nargs == 1 && e->u.ref.args[0]->kind == IR_COMPONENT && !e->u.ref.args[0]->u.comp.nargs) {
		IrSym *a = object(S, &e->u.ref.args[0], "ALLOCATED");
		return a ? ir_var(S->a, a->alloc_status, NULL, 0, e->loc) : ir_logical(S->a, 0, e->loc);
	}
	if (e->u.ref.nargs != 1 || e->u.ref.args[0]->kind != IR_REF || e->u.ref.args[0]->u.ref.has_parens) {
		ir_error(e->loc, "ALLOCATED takes one argument, the name of an ALLOCATABLE array");
		return ir_logical(S->a, 0, e->loc);
	}
	IrSym *a = object(S, &e->u.ref.args[0], "ALLOCATED");
	if (!a)
		return ir_logical(S->a, 0, e->loc);
	return ir_var(S->a, a->alloc_status, NULL, 0, e->loc);
}

/* ALLOCATE / DEALLOCATE: the IR_CALL of "%allocate" / "%deallocate" the parser made becomes the
 * statements of the top comment (the last one is s itself, the others go before it). */
void sema_alloc_stmt(Sema *S, IrStmt *s)
{
	int alloc = !strcmp(s->u.call.name, "%allocate");
	const char *stmt = alloc ? "ALLOCATE" : "DEALLOCATE";
	IrLoc L = s->loc;
	IrBlock out = {0};
	IrExpr *vals[IR_MAX_RANK * 2];
	for (int i = 0; i < s->u.call.nargs; i++) /* SOURCE=, MOLD=: one error, none for the objects */
		if (s->u.call.args[i]->kind == IR_KEYWORD && (!strcmp(s->u.call.args[i]->u.kw.name, "source") ||
		                                              !strcmp(s->u.call.args[i]->u.kw.name, "mold"))) {
			object(S, &s->u.call.args[i], stmt);
			return;
		}
	for (int i = 0; i < s->u.call.nargs; i++) {
		IrSym *a = object(S, &s->u.call.args[i], stmt);
		IrExpr *e = s->u.call.args[i];
		if (!a)
			continue;
		if (!alloc) {
			if (e->u.ref.has_parens) {
				ir_error(e->loc, "DEALLOCATE takes the array's name alone: deallocate(%s)", a->name);
				continue;
			}
			ir_block_add(S->a, &out,
			             ir_assign(S->a, ir_var(S->a, a->alloc_status, NULL, 0, L), ir_logical(S->a, 0, L), L));
			ir_block_add(S->a, &out, rt_stmt(S, RT_FREE, a, e->loc));
			continue;
		}
		if (e->u.ref.nargs != a->rank) {
			ir_error(e->loc, "ALLOCATE of '%s' (rank %d) needs one bound per dimension, lo:hi or hi", a->name,
			         a->rank);
			continue;
		}
		int ok = 1, fixed = sema_alloc_fixed(a);
		for (int d = 0; d < a->rank; d++) {
			IrExpr *x = e->u.ref.args[d], *lo = NULL, *hi = x;
			if (x->kind == IR_TRIPLET) {
				if (x->u.triplet.st || !x->u.triplet.hi) {
					ir_error(x->loc, "a bound in ALLOCATE is lo:hi or hi");
					ok = 0;
					break;
				}
				lo = x->u.triplet.lo;
				hi = x->u.triplet.hi;
			}
			IrExpr *pair[2] = {lo, hi};
			for (int k = 0; k < 2; k++) {
				IrExpr *v = pair[k] ? sema_value_expr(S, pair[k]) : ir_int(S->a, 1, L);
				if (!ir_base_is_int(v->type)) {
					ir_error(v->loc, "the bounds in ALLOCATE must be integers");
					ok = 0;
				}
				vals[2 * d + k] = ir_convert(S->a, v, TY_INT);
			}
		}
		if (!ok)
			continue;
		/* every bound evaluated before any is stored (a bound may read another array's) */
		IrExpr *tmp[IR_MAX_RANK * 2];
		for (int k = 0; k < 2 * a->rank; k++)
			tmp[k] = ir_expr_is_const(vals[k]) ? vals[k] : sema_value_before(S, vals[k], "bound");
		for (int d = fixed; d < a->rank; d++) { /* (a leaf's component bounds are constants) */
			ir_block_add(S->a, &out, ir_assign(S->a, ir_expr_copy(S->a, a->dims[d].lo), tmp[2 * d], L));
			ir_block_add(S->a, &out, ir_assign(S->a, ir_expr_copy(S->a, a->dims[d].hi), tmp[2 * d + 1], L));
		}
		ir_block_add(S->a, &out, ir_assign(S->a, ir_var(S->a, a->alloc_status, NULL, 0, L), ir_logical(S->a, 1, L), L));
		ir_block_add(S->a, &out, rt_stmt(S, RT_ALLOC, a, e->loc));
	}
	if (!out.n) {
		s->kind = IR_CONTINUE;
		return;
	}
	for (int k = 0; k + 1 < out.n; k++)
		ir_block_add(S->a, S->hoist, out.v[k]);
	IrLoc keep = s->loc;
	sema_become(s, out.v[out.n - 1]);
	s->loc = keep;
}

int sema_reads_alloc_bound(const IrExpr *e)
{
	if (!e)
		return 0;
	switch (e->kind) {
	case IR_VAR: return e->u.var.sym->alloc_of != NULL;
	case IR_UNARY:
	case IR_BINARY: return sema_reads_alloc_bound(e->u.op.a) || sema_reads_alloc_bound(e->u.op.b);
	case IR_CONVERT: return sema_reads_alloc_bound(e->u.conv.e);
	case IR_INTRIN:
	case IR_FCALL:
		for (int k = 0; k < e->u.call.nargs; k++)
			if (sema_reads_alloc_bound(e->u.call.args[k]))
				return 1;
		return 0;
	default: return 0;
	}
}

/* A temporary array sema made (a copy of the right-hand side, of a section, a reduction's
 * result) whose bounds read an allocatable's bounds cannot be sized on entry: it is allocated
 * before the statement that needs it and freed after it. */
void sema_alloc_temp(Sema *S, IrSym *t, IrLoc loc)
{
	int reads = 0;
	for (int d = 0; d < t->rank; d++)
		reads |= sema_reads_alloc_bound(t->dims[d].lo) || sema_reads_alloc_bound(t->dims[d].hi);
	if (reads)
		sema_alloc_temp_now(S, t, loc);
}

void sema_alloc_temp_now(Sema *S, IrSym *t, IrLoc loc)
{
	t->allocatable = 1;
	/* each bound held in a variable of its own, as an ALLOCATABLE's are: the reverse sweep saves
	 * them when the temporary is freed and allocates it again with them */
	IrBlock *pre = S->hoist ? S->hoist : &S->before;
	for (int d = 0; d < t->rank; d++) {
		IrExpr **b[2] = {&t->dims[d].lo, &t->dims[d].hi};
		for (int k = 0; k < 2; k++) {
			if (!*b[k] || ir_expr_is_const(*b[k]))
				continue;
			IrSym *v = sema_new_local(S, ir_sprintf(S->a, "%s_%s%d", t->name, k ? "ub" : "lb", d + 1), TY_INT, loc);
			v->alloc_of = t;
			v->alloc_dim = d;
			ir_block_add(S->a, pre,
			             ir_assign(S->a, ir_var(S->a, v, NULL, 0, loc), ir_convert(S->a, *b[k], TY_INT), loc));
			*b[k] = ir_var(S->a, v, NULL, 0, loc);
		}
	}
	ir_block_add(S->a, pre, rt_stmt(S, RT_ALLOC, t, loc));
	ir_vec_push(S->a, &S->alloc_temps, t);
}

/* A temporary ALLOCATABLE local (an array-valued FUNCTION's ALLOCATABLE result, which the
 * callee allocates): its hidden bound and status variables, as a declared one gets. */
void sema_alloc_local(Sema *S, IrSym *t)
{
	t->allocatable = 1;
	for (int d = 0; d < t->rank; d++) {
		IrSym *lb = hidden(S, S->unit, t, "lb", d, TY_INT);
		IrSym *ub = hidden(S, S->unit, t, "ub", d, TY_INT);
		t->dims[d].lo = ir_var(S->a, lb, NULL, 0, t->loc);
		t->dims[d].hi = ir_var(S->a, ub, NULL, 0, t->loc);
	}
	t->alloc_status = hidden(S, S->unit, t, "al", -1, TY_LOGICAL);
}

/* After the statement (and its copy-outs): free its temporaries (DEALLOCATE of one with a
 * status variable). */
void sema_alloc_temps_free(Sema *S, IrBlock *out)
{
	for (int i = S->alloc_temps.n - 1; i >= 0; i--) {
		IrSym *t = S->alloc_temps.v[i];
		if (t->alloc_status)
			ir_block_add(S->a, out,
			             ir_assign(S->a, ir_var(S->a, t->alloc_status, NULL, 0, t->loc), ir_logical(S->a, 0, t->loc),
			                       t->loc));
		ir_block_add(S->a, out, rt_stmt(S, RT_FREE, t, t->loc));
	}
}

/* Is the array expression e surely of a's shape, so that `a = e` cannot reallocate a? Yes when
 * its only arrays are a itself, whole, combined elementwise (`a = 2 * a + sin(a)`). */
int sema_alloc_same_shape(const IrExpr *e, const IrSym *a)
{
	if (!e || !sema_rank(e))
		return 1;
	switch (e->kind) {
	case IR_VAR: return e->u.var.sym == a && !e->u.var.nidx;
	case IR_UNARY:
	case IR_BINARY: return sema_alloc_same_shape(e->u.op.a, a) && sema_alloc_same_shape(e->u.op.b, a);
	case IR_CONVERT: return sema_alloc_same_shape(e->u.conv.e, a);
	case IR_INTRIN:
		if (ir_intrinsics[e->u.call.id].argtype == AT_ARRAY || ir_intrinsics[e->u.call.id].argtype == AT_CHAR)
			return 0;
		for (int k = 0; k < e->u.call.nargs; k++)
			if (!sema_alloc_same_shape(e->u.call.args[k], a))
				return 0;
		return 1;
	default: return 0;
	}
}
