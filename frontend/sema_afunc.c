/*
 * sema_afunc.c — array-valued FUNCTIONs, lowered to SUBROUTINEs before anything else sees them.
 *
 * A FUNCTION whose result is an explicit-shape array (`real(8) :: g(size(u))`, `rhs(n)`,
 * `f(nx, ny)`; RESULT(name) or the function's own name) becomes, when it is declared, a
 * SUBROUTINE with one more dummy: the result, INTENT(OUT), after the user's dummies (before the
 * hidden CHARACTER lengths, which stay last). Each reference `f(a, b)` inside an expression
 * becomes a temporary of the result's shape, filled by `CALL f(a, b, tmp)` placed before the
 * statement; the reference reads the temporary. So the activity analysis, both derivative
 * modes, checkpointed call sites and their snapshots see an ordinary subroutine call, and each
 * reference is a call of its own (a function referenced twice runs twice, as with gfortran).
 *
 * The temporary's bounds are the result's declared bounds with each dummy replaced by what
 * the call passes for it: `n` becomes the actual, `size(u)` (the hidden extent of an
 * assumed-shape u) the actual's extent. A bound that reads only constants and variables the
 * caller never changes is the temporary's declared bound (an automatic array, shaped on entry);
 * any other (a local the caller assigns, a module variable, an ALLOCATABLE's extent) makes the
 * temporary ALLOCATABLE, allocated before the call and freed after the statement.
 *
 * An ALLOCATABLE result becomes an ALLOCATABLE INTENT(OUT) dummy (sema_alloc.c): the caller's
 * temporary is an ALLOCATABLE local the callee allocates, freed after the statement.
 *
 * In a DO WHILE or ELSE IF condition (or an implied DO) the call goes where the condition's
 * statements go, run before each test; only an automatic temporary is allowed there (an
 * allocated one would be allocated at each test but freed once). Refused, located: such a
 * reference whose temporary is allocated, a reference in a declaration, array results of
 * CHARACTER, COMPLEX or derived type, a result shaped by an element of an array dummy, a CALL
 * of such a function, and, under --fortran-abi, such a function as the head (ad/ad.c).
 */
#include "sema_int.h"

#include <assert.h>
#include <string.h>

/* Declaration: the result becomes the last user dummy, INTENT(OUT); u a SUBROUTINE. Run before
 * the dummies' hidden extents and lengths are added (they keep their places). */
void sema_array_result(Sema *S, IrUnit *u)
{
	IrSym *r = u->result;
	const char **names = ir_alloc(S->a, sizeof *names * (size_t)(u->nargs + 1));
	IrSym **args = ir_alloc(S->a, sizeof *args * (size_t)(u->nargs + 1));
	for (int i = 0; i < u->nargs; i++) {
		names[i] = u->argnames[i];
		args[i] = u->args[i];
	}
	names[u->nargs] = r->name;
	args[u->nargs] = r;
	r->kind = SYM_ARG;
	r->argpos = u->nargs;
	r->intent = INTENT_OUT;
	u->argnames = names;
	u->args = args;
	u->nargs++;
	u->kind = UNIT_SUBROUTINE;
	u->result = NULL;
	u->array_result = r;
}

/* After the declarations: only arrays of INTEGER, REAL or LOGICAL are returned. */
void sema_array_result_check(Sema *S, IrUnit *u)
{
	(void)S;
	IrSym *r = u->array_result;
	if (ir_base_is_int(r->type) || ir_base_is_real(r->type) || r->type == TY_LOGICAL)
		return;
	ir_error(r->loc,
	         "the FUNCTION '%s' returns an array of %s, which is not supported (only INTEGER, REAL and LOGICAL "
	         "arrays): make it a SUBROUTINE with the result as an INTENT(OUT) argument",
	         u->local_name ? u->local_name : u->name, r->type == TY_NONE ? "a derived type" : ir_base_name(r->type));
}

/* A bound of f's result with f's dummies replaced by the actuals (args: one per dummy of f,
 * hidden extents included). NULL after an error (reported). */
static IrExpr *subst(Sema *S, const IrUnit *f, IrExpr *const *args, const IrExpr *e, IrLoc loc)
{
	if (!e)
		return NULL;
	IrExpr *c = ir_alloc(S->a, sizeof *c);
	*c = *e;
	c->loc = loc;
	switch (e->kind) {
	case IR_VAR: {
		const IrSym *s = e->u.var.sym;
		if (s->kind == SYM_ARG && s->owner == f) {
			IrExpr *a = args[s->argpos];
			if (s->rank || sema_rank(a) || e->u.var.nidx) {
				ir_error(loc,
				         "the shape of the result of '%s' reads the array dummy '%s': this is not supported "
				         "(give the extents by scalar dummies or SIZE of an array dummy)",
				         f->local_name ? f->local_name : f->name, s->name);
				return NULL;
			}
			IrExpr *v = ir_alloc(S->a, sizeof *v); /* a value: the bound never writes it */
			v->kind = IR_CONVERT;
			v->type = a->type;
			v->loc = loc;
			v->u.conv.e = ir_expr_copy(S->a, a);
			return v;
		}
		if (e->u.var.nidx) {
			c->u.var.idx = ir_alloc(S->a, sizeof *c->u.var.idx * (size_t)e->u.var.nidx);
			for (int i = 0; i < e->u.var.nidx; i++)
				if (!(c->u.var.idx[i] = subst(S, f, args, e->u.var.idx[i], loc)))
					return NULL;
		}
		return c;
	}
	case IR_UNARY:
	case IR_BINARY:
		if (!(c->u.op.a = subst(S, f, args, e->u.op.a, loc)))
			return NULL;
		if (e->u.op.b && !(c->u.op.b = subst(S, f, args, e->u.op.b, loc)))
			return NULL;
		return c;
	case IR_CONVERT: return (c->u.conv.e = subst(S, f, args, e->u.conv.e, loc)) ? c : NULL;
	case IR_INTRIN:
		c->u.call.args = ir_alloc(S->a, sizeof *c->u.call.args * (size_t)(e->u.call.nargs + 1));
		for (int i = 0; i < e->u.call.nargs; i++)
			if (e->u.call.args[i] && !(c->u.call.args[i] = subst(S, f, args, e->u.call.args[i], loc)))
				return NULL;
		return c;
	case IR_CONST_INT:
	case IR_CONST_REAL:
	case IR_CONST_LOG: return c;
	default:
		ir_error(loc, "the shape of the result of '%s' is not supported here (give its extents by dummies and constants)",
		         f->local_name ? f->local_name : f->name);
		return NULL;
	}
}

/* An entry copy of a bound (sema_bound_at_entry: a local set on entry) read as the bound itself,
 * which the temporary's declaration evaluates on entry too. */
static IrExpr *entry_bounds(const Sema *S, IrExpr *e)
{
	if (!e)
		return e;
	switch (e->kind) {
	case IR_VAR:
		for (int i = 0; i + 1 < S->entry_of.n; i += 2)
			if (!e->u.var.nidx && S->entry_of.v[i + 1] == e->u.var.sym)
				return ir_expr_copy(S->a, S->entry_of.v[i]);
		return e;
	case IR_UNARY:
	case IR_BINARY:
		e->u.op.a = entry_bounds(S, e->u.op.a);
		e->u.op.b = entry_bounds(S, e->u.op.b);
		return e;
	case IR_CONVERT: e->u.conv.e = entry_bounds(S, e->u.conv.e); return e;
	case IR_INTRIN:
		for (int i = 0; i < e->u.call.nargs; i++)
			e->u.call.args[i] = entry_bounds(S, e->u.call.args[i]);
		return e;
	default: return e;
	}
}

/* A bound of the temporary fixed on entry (its declaration can hold it): it reads constants
 * and the caller's dummies that stay unchanged (INTENT(IN), or never assigned nor passed). */
static int not_fixed(const IrExpr *e, const void *ctx)
{
	const Sema *S = ctx;
	switch (e->kind) {
	case IR_VAR: {
		const IrSym *s = e->u.var.sym;
		if (s->kind == SYM_PARAM)
			return 0;
		return e->u.var.nidx || s->kind != SYM_ARG || s->owner != S->unit || s->rank || s->alloc_of || s->optional ||
		        (s->intent != INTENT_IN && sema_name_changed(S, s->name));
	}
	default: return !sema_bound_operation(e);
	}
}

static int fixed_on_entry(const Sema *S, const IrExpr *e)
{
	return !ir_expr_any(e, not_fixed, S);
}

IrExpr *sema_array_fcall(Sema *S, IrUnit *f, IrExpr **args, int nargs, IrLoc loc)
{
	const char *fname = f->local_name ? f->local_name : f->name;
	IrSym *r = f->array_result;
	IrExpr *fail = NULL;
	if (!S->hoist) {
		ir_error(loc, "a reference to the array-valued FUNCTION '%s' in a declaration is not supported", fname);
		return fail;
	}
	if (f->elemental && sema_elemental_arrays(f, args, nargs))
		return fail;
	/* an actual that calls a function is evaluated once, before the call and its shape */
	for (int i = 0; i < nargs; i++)
		if (!sema_rank(args[i]) && args[i]->kind != IR_VAR && ir_expr_calls(args[i]))
			args[i] = sema_value_before(S, args[i], "arg");
	IrSym *t = sema_new_local(S, ir_sprintf(S->a, "%s_res", f->name), r->type, loc);
	t->rank = r->rank;
	if (r->allocatable)
		sema_alloc_local(S, t); /* the callee allocates it (its INTENT(OUT) ALLOCATABLE dummy) */
	if (r->allocatable && S->hoist != &S->before) {
		ir_error(loc,
		         "a reference to the FUNCTION '%s', whose result is ALLOCATABLE, is not supported in a DO WHILE or "
		         "ELSE IF condition or an implied DO: assign its result to an array before",
		         fname);
		return ir_var(S->a, t, NULL, 0, loc); /* stands for it: what reads it is checked */
	}
	IrExpr **all = ir_alloc(S->a, sizeof *all * (size_t)(nargs + 2));
	for (int i = 0; i < nargs; i++)
		all[i] = args[i];
	all[nargs++] = ir_var(S->a, t, NULL, 0, loc);
	int nerr = ir_error_count(S->p);
	sema_bind_actuals(S, f, &all, &nargs, loc, NULL);
	if (ir_error_count(S->p) != nerr)
		return fail;
	assert(nargs == f->nargs);
	if (r->allocatable) {
		ir_vec_push(S->a, &S->alloc_temps, t); /* freed after the statement */
		IrStmt *call = ir_call(S->a, f->name, all, nargs, loc);
		call->u.call.callee = f;
		ir_block_add(S->a, S->hoist, call);
		return ir_var(S->a, t, NULL, 0, loc);
	}
	int fixed = 1; /* every bound fixed on entry: an automatic array */
	for (int d = 0; d < r->rank; d++) {
		IrExpr *lo = r->dims[d].lo ? subst(S, f, all, r->dims[d].lo, loc) : NULL;
		IrExpr *hi = subst(S, f, all, r->dims[d].hi, loc);
		if ((r->dims[d].lo && !lo) || !hi)
			return fail;
		t->dims[d].lo = lo = entry_bounds(S, lo);
		t->dims[d].hi = hi = entry_bounds(S, hi);
		fixed &= fixed_on_entry(S, lo) && fixed_on_entry(S, hi) && !sema_reads_alloc_bound(lo) &&
		        !sema_reads_alloc_bound(hi);
	}
	if (!fixed && S->hoist != &S->before) {
		/* the call runs at each evaluation (S->hoist is inside the loop or the ELSE branch) but
		 * the statement's temporaries are freed once, after it */
		ir_error(loc,
		         "a reference to the array-valued FUNCTION '%s' whose result's shape is not fixed on entry is not "
		         "supported in a DO WHILE or ELSE IF condition or an implied DO: assign its result to an array "
		         "before",
		         fname);
		return ir_var(S->a, t, NULL, 0, loc); /* stands for it: what reads it is checked */
	}
	if (!fixed)
		sema_alloc_temp_now(S, t, loc);
	IrStmt *call = ir_call(S->a, f->name, all, nargs, loc);
	call->u.call.callee = f;
	ir_block_add(S->a, S->hoist, call);
	return ir_var(S->a, t, NULL, 0, loc);
}
