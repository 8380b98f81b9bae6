/*
 * sema_expr.c — expressions: names resolved to variables, intrinsics and function references,
 * types and explicit conversions, call arguments checked against their callees.
 */
#include "sema_int.h"

#include "fe_int.h"

#include <assert.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- expressions */

int sema_is_numeric(IrBase t)
{
	return ir_base_is_int(t) || ir_base_is_real(t);
}

/* What an expression refused (reported) stands for: marked, so that what is around it
 * (`size(p)` of a structure p refused) adds no error of its own. */
static IrExpr *bad(Sema *S, IrLoc loc)
{
	IrExpr *e = ir_int(S->a, 0, loc);
	e->failed = 1;
	return e;
}

/* The argument keywords of the intrinsics that accept keywords: X(intrinsic, names...) */
static const struct {
	IrIntrinsic id;
	const char *kw[3];
} intrinsic_keywords[] = {
        {INTR_REAL, {"a", "kind", NULL}},
        {INTR_INT, {"a", "kind", NULL}},
        {INTR_NINT, {"a", "kind", NULL}},
        {INTR_FLOOR, {"a", "kind", NULL}},
        {INTR_CEILING, {"a", "kind", NULL}},
        {INTR_KIND, {"x", NULL, NULL}},
        {INTR_SELECTED_REAL_KIND, {"p", "r", "radix"}},
        {INTR_SELECTED_INT_KIND, {"r", NULL, NULL}},
        {INTR_HUGE, {"x", NULL, NULL}},
        {INTR_TINY, {"x", NULL, NULL}},
        {INTR_EPSILON, {"x", NULL, NULL}},
        /* CHARACTER intrinsics (`index(s, 'c', back=.true.)`: refused until stop 19) */
        {INTR_LEN, {"string", NULL, NULL}},
        {INTR_LEN_TRIM, {"string", NULL, NULL}},
        {INTR_INDEX, {"string", "substring", "back"}},
        {INTR_TRIM, {"string", NULL, NULL}},
        {INTR_ADJUSTL, {"string", NULL, NULL}},
        {INTR_ADJUSTR, {"string", NULL, NULL}},
        {INTR_LGE, {"string_a", "string_b", NULL}},
        {INTR_LGT, {"string_a", "string_b", NULL}},
        {INTR_LLE, {"string_a", "string_b", NULL}},
        {INTR_LLT, {"string_a", "string_b", NULL}},
        {INTR_ICHAR, {"c", NULL, NULL}},
        {INTR_IACHAR, {"c", NULL, NULL}},
        {INTR_CHAR, {"i", NULL, NULL}},
        {INTR_ACHAR, {"i", NULL, NULL}},
};

/* The arguments in their positions: keyword arguments (kind = 8) moved to theirs. At most 3
 * positions for intrinsics with keywords; missing optional ones are NULL. Returns the number
 * of positions, or -1 after an error. */
static int place_arguments(Sema *S, IrIntrinsic id, IrExpr *e, IrExpr ***out)
{
	int n = e->u.ref.nargs, nkw = 0;
	IrExpr **args = e->u.ref.args;
	for (int i = 0; i < n; i++)
		nkw += args[i]->kind == IR_KEYWORD;
	if (!nkw) {
		*out = args;
		return n;
	}
	const char *const *kw = NULL;
	for (size_t k = 0; k < sizeof intrinsic_keywords / sizeof intrinsic_keywords[0]; k++)
		if (intrinsic_keywords[k].id == id)
			kw = intrinsic_keywords[k].kw;
	IrExpr **r = ir_alloc(S->a, sizeof *r * 3);
	int np = 0;
	for (int i = 0; i < n; i++) {
		const char *w = args[i]->kind == IR_KEYWORD ? args[i]->u.kw.name : NULL;
		int pos = -1;
		if (!w) {
			if (i >= 3 || i >= n - nkw) {
				ir_error(args[i]->loc, "an argument without a keyword cannot follow a keyword argument");
				return -1;
			}
			pos = i;
		} else {
			for (int k = 0; kw && k < 3; k++)
				if (kw[k] && !strcmp(kw[k], w))
					pos = k;
			if (pos < 0) {
				ir_error(args[i]->loc, "the intrinsic %s has no argument '%s'%s", ir_intrinsics[id].name, w,
				         kw ? "" : " (keyword arguments are not supported here)");
				return -1;
			}
		}
		if (r[pos]) {
			ir_error(args[i]->loc, "argument %d of %s is given twice", pos + 1, ir_intrinsics[id].name);
			return -1;
		}
		r[pos] = w ? args[i]->u.kw.e : args[i];
		if (pos + 1 > np)
			np = pos + 1;
	}
	for (int i = 0; i < np; i++)
		if (!r[i] && !(id == INTR_SELECTED_REAL_KIND)) {
			ir_error(e->loc, "argument %d of %s is missing", i + 1, ir_intrinsics[id].name);
			return -1;
		}
	*out = r;
	return np;
}

/* A constant INTEGER argument of an inquiry function, or 0 after an error. */
static int const_int_arg(Sema *S, IrExpr *a, const char *fn, int64_t *v)
{
	IrExpr *x = sema_resolve_expr(S, a);
	Const c;
	if (!sema_const_of(x, &c) || !ir_base_is_int(c.type)) {
		ir_error(a->loc, "the argument of %s must be a constant INTEGER expression", fn);
		return 0;
	}
	*v = c.i;
	return 1;
}

/* KIND, SELECTED_REAL_KIND, SELECTED_INT_KIND, HUGE, TINY, EPSILON: constants, as gfortran
 * computes them. A SELECTED_REAL_KIND that needs long double or quad precision is refused. */
static IrExpr *inquiry(Sema *S, IrIntrinsic id, IrExpr *e, IrExpr **args, int n)
{
	const char *fn = ir_intrinsics[id].name;
	Const c = {TY_INT, 0, 0};
	if (id == INTR_SELECTED_REAL_KIND) {
		int64_t p = 0, r = 0;
		if ((n < 1 || !args[0]) && (n < 2 || !args[1])) {
			ir_error(e->loc, "SELECTED_REAL_KIND needs P or R");
			return ir_int(S->a, 0, e->loc);
		}
		if ((n >= 1 && args[0] && !const_int_arg(S, args[0], fn, &p)) ||
		    (n >= 2 && args[1] && !const_int_arg(S, args[1], fn, &r)))
			return ir_int(S->a, 0, e->loc);
		if (n >= 3 && args[2]) {
			int64_t radix;
			if (!const_int_arg(S, args[2], fn, &radix))
				return ir_int(S->a, 0, e->loc);
			if (radix != 2) {
				ir_error(args[2]->loc, "SELECTED_REAL_KIND with a RADIX other than 2 is not supported");
				return ir_int(S->a, 0, e->loc);
			}
		}
		/* gfortran's kinds: 4 (6 digits, range 37), 8 (15, 307), 10 (18, 4931), 16 (33, 4931) */
		static const int kinds[][3] = {{4, 6, 37}, {8, 15, 307}, {10, 18, 4931}, {16, 33, 4931}};
		c.i = p > 33 ? (r > 4931 ? -3 : -1) : -2;
		for (int k = 0; k < 4; k++)
			if (p <= kinds[k][1] && r <= kinds[k][2]) {
				c.i = kinds[k][0];
				break;
			}
		if (c.i == 10 || c.i == 16) {
			const char *given = n >= 2 && args[1]
			        ? (n >= 1 && args[0] ? ir_sprintf(S->a, "%lld, %lld", (long long)p, (long long)r)
			                             : ir_sprintf(S->a, "R=%lld", (long long)r))
			        : ir_sprintf(S->a, "%lld", (long long)p);
			ir_error(e->loc,
			         "SELECTED_REAL_KIND(%s) is kind %lld (%s), which is not supported: stad has kinds 4 and 8 (at "
			         "most 15 digits and range 307)",
			         given, (long long)c.i, c.i == 10 ? "long double" : "quad precision");
			c.i = 8;
		}
	} else if (id == INTR_SELECTED_INT_KIND) {
		int64_t r;
		if (!const_int_arg(S, args[0], fn, &r))
			return ir_int(S->a, 0, e->loc);
		c.i = r <= 2 ? 1 : r <= 4 ? 2 : r <= 9 ? 4 : r <= 18 ? 8 : r <= 38 ? 16 : -1;
	} else {
		IrExpr *x = sema_resolve_expr(S, args[0]);
		IrBase t = x->type;
		if (id == INTR_KIND) {
			c.i = ir_base_kind(t);
		} else if (id == INTR_HUGE && ir_base_is_int(t)) {
			c.type = t;
			c.i = t == TY_INT8 ? INT64_MAX : INT32_MAX;
		} else if (ir_base_is_real(t)) {
			c.type = t;
			c.r = id == INTR_HUGE     ? (t == TY_REAL4 ? FLT_MAX : DBL_MAX)
			        : id == INTR_TINY ? (t == TY_REAL4 ? FLT_MIN : DBL_MIN)
			                          : (t == TY_REAL4 ? FLT_EPSILON : DBL_EPSILON);
		} else {
			ir_error(args[0]->loc, "the argument of %s must be %s", fn, id == INTR_HUGE ? "numeric" : "real");
			return ir_int(S->a, 0, e->loc);
		}
	}
	return sema_const_expr(S, &c, c.type, e->loc);
}

/* REAL(x, kind), INT(x, kind), NINT(x, kind), FLOOR(x, kind): the result type, or TY_NONE
 * after an error. */
static IrBase kind_argument(Sema *S, IrIntrinsic id, IrExpr *k)
{
	IrExpr *ke = sema_resolve_expr(S, k);
	Const c;
	if (!sema_const_of(ke, &c) || !ir_base_is_int(c.type)) {
		ir_error(k->loc, "the KIND argument of %s must be a constant INTEGER expression", ir_intrinsics[id].name);
		return TY_NONE;
	}
	const char *why = NULL;
	IrBase t = fe_kind_type(S->a, id == INTR_REAL ? TY_REAL4 : TY_INT, c.i, &why);
	if (t == TY_NONE)
		ir_error(k->loc, "%s", why);
	return t;
}

static IrExpr *intrin2(Sema *S, IrIntrinsic id, IrExpr *x, IrExpr *y, IrLoc loc)
{
	IrExpr **v = ir_alloc(S->a, sizeof *v * 2);
	v[0] = x;
	v[1] = y;
	return ir_intrin(S->a, id, v, 2, loc);
}

/* The intrinsics sema writes as others (intrinsics.def says which), their arguments R resolved,
 * checked and promoted to COMMON where the rule asks; NULL for every other intrinsic. */
static IrExpr *lowered_intrinsic(Sema *S, IrIntrinsic id, IrExpr **r, int n, IrBase common, IrLoc loc)
{
	IrArena *a = S->a;
	IrIntrinsic g = ir_intrinsics[id].generic;
	switch (g) {
	case INTR_ATAN: return n == 2 ? intrin2(S, INTR_ATAN2, r[0], r[1], loc) : NULL;
	case INTR_DIM: {
		IrExpr *zero = ir_base_is_int(common) ? ir_int_kind(a, 0, common, loc) : ir_real(a, 0.0, "0", common, loc);
		return intrin2(S, INTR_MAX, ir_binop(a, IR_SUB, r[0], r[1], loc), zero, loc);
	}
	case INTR_DPROD: return ir_binop(a, IR_MUL, ir_convert(a, r[0], TY_REAL8), ir_convert(a, r[1], TY_REAL8), loc);
	case INTR_AMAX0:
	case INTR_AMIN0:
	case INTR_MAX1:
	case INTR_MIN1: {
		int mx = g == INTR_AMAX0 || g == INTR_MAX1;
		return ir_convert(a, ir_intrin(a, mx ? INTR_MAX : INTR_MIN, r, n, loc),
		                  g == INTR_AMAX0 || g == INTR_AMIN0 ? ir_default_real : TY_INT);
	}
	case INTR_MODULO: {
		/* m = MOD(a, p), then m + p where m is not 0 and its sign differs from p's: each
		 * argument is read three times, so one that calls a function is computed first */
		for (int i = 0; i < 2; i++)
			if (ir_expr_calls(r[i]) && !sema_rank(r[i]) && S->hoist) {
				r[i] = sema_value_before(S, r[i], "modulo_arg");
			} else if (ir_expr_calls(r[i])) {
				ir_error(r[i]->loc,
				         "MODULO of an array expression that calls a function is not supported: assign the "
				         "argument to a variable first");
				return bad(S, loc);
			}
		IrExpr *zero = ir_base_is_int(common) ? ir_int_kind(a, 0, common, loc) : ir_real(a, 0.0, "0", common, loc);
		IrExpr *m = intrin2(S, INTR_MOD, r[0], r[1], loc);
		IrExpr *ne0 = ir_binop(a, IR_NE, ir_expr_copy(a, m), zero, loc);
		IrExpr *sgn = ir_binop(a, IR_NEQV, ir_binop(a, IR_LT, ir_expr_copy(a, m), ir_expr_copy(a, zero), loc),
		                       ir_binop(a, IR_LT, ir_expr_copy(a, r[1]), ir_expr_copy(a, zero), loc), loc);
		IrExpr **v = ir_alloc(a, sizeof *v * 3);
		v[0] = ir_binop(a, IR_ADD, ir_expr_copy(a, m), ir_expr_copy(a, r[1]), loc);
		v[1] = m;
		v[2] = ir_binop(a, IR_AND, ne0, sgn, loc);
		IrExpr *x = ir_intrin(a, INTR_MERGE, v, 3, loc);
		/* a real zero takes p's sign, as gfortran's: SIGN changes nothing else (the result
		 * has p's sign already) */
		return ir_base_is_int(common) ? x : intrin2(S, INTR_SIGN, x, ir_expr_copy(a, r[1]), loc);
	}
	default: return NULL;
	}
}

static IrExpr *resolve_intrinsic(Sema *S, IrIntrinsic id, IrExpr *e)
{
	const IrIntrinsicInfo *in = &ir_intrinsics[id];
	IrExpr **args;
	if (in->argtype == AT_ARRAY)
		return sema_array_intrinsic(S, id, e);
	if (in->argtype == AT_CHAR) {
		/* keyword arguments moved to their positions (REPEAT checks its own; KIND= is no
		 * keyword here: refused, located) */
		if (id != INTR_REPEAT && id != INTR_SUBSTR && id != INTR_NONBLANK) {
			int np = place_arguments(S, id, e, &args);
			if (np < 0)
				return bad(S, e->loc);
			e->u.ref.args = args;
			e->u.ref.nargs = np;
		}
		return sema_char_intrinsic(S, id, e);
	}
	int n = place_arguments(S, id, e, &args);
	if (n < 0)
		return bad(S, e->loc);
	int takes_kind = id == INTR_REAL || id == INTR_INT || id == INTR_NINT || id == INTR_FLOOR || id == INTR_CEILING;
	if (n < in->minargs || (in->maxargs >= 0 && n > in->maxargs + takes_kind)) {
		ir_error(e->loc, "wrong number of arguments to intrinsic %s", in->name);
		return bad(S, e->loc);
	}
	if (id == INTR_KIND || id == INTR_SELECTED_REAL_KIND || id == INTR_SELECTED_INT_KIND || id == INTR_HUGE ||
	    id == INTR_TINY || id == INTR_EPSILON)
		return inquiry(S, id, e, args, n);
	/* REAL(x, 8), INT(x, kind=8): the kind chooses the result type */
	IrBase result = TY_NONE;
	if (takes_kind && n == 2) {
		result = kind_argument(S, id, args[1]);
		if (result == TY_NONE)
			return bad(S, e->loc);
		n = 1;
		if (id == INTR_REAL && result == TY_REAL8)
			id = INTR_DBLE, in = &ir_intrinsics[id];
	}
	IrExpr **r = ir_alloc(S->a, sizeof *r * (size_t)(n + 1));
	IrBase common = TY_NONE;
	if (id == INTR_MERGE) {
		r[2] = sema_resolve_expr(S, args[2]);
		if (r[2]->type != TY_LOGICAL) {
			ir_error(r[2]->loc, "the third argument of MERGE must be logical");
			return bad(S, e->loc);
		}
		n = 2; /* the two values are promoted below like MAX's */
	}
	for (int i = 0; i < n; i++) {
		r[i] = sema_resolve_expr(S, args[i]);
		if (!sema_is_numeric(r[i]->type) && !(id == INTR_READ && r[i]->type == TY_LOGICAL)) {
			ir_error(r[i]->loc, "argument %d of %s must be numeric", i + 1, in->name);
			return bad(S, e->loc);
		}
		/* a whole array here is elemental: only a whole-array assignment accepts it */
		common = common == TY_NONE ? r[i]->type : sema_max_type(common, r[i]->type);
	}
	switch (in->argtype) {
	case AT_REAL:
		if (!ir_base_is_real(common)) {
			ir_error(e->loc, "the argument of %s must be real", in->name);
			return bad(S, e->loc);
		}
		break;
	case AT_REAL8:
		if (common != TY_REAL8) {
			ir_error(e->loc, "the argument of %s must be double precision", in->name);
			return bad(S, e->loc);
		}
		break;
	case AT_REAL4:
		if (common != ir_default_real) {
			ir_error(e->loc, "the argument of %s must be default real", in->name);
			return bad(S, e->loc);
		}
		break;
	case AT_INT:
		if (!ir_base_is_int(common)) {
			ir_error(e->loc, "the argument of %s must be integer", in->name);
			return bad(S, e->loc);
		}
		break;
	default: break;
	}
	/* Arguments are promoted to a common type, except where the intrinsic converts. */
	if (in->rtype == RT_SAME)
		for (int i = 0; i < n; i++)
			r[i] = ir_convert(S->a, r[i], common);
	if (id == INTR_MERGE)
		n = 3;
	IrExpr *low = lowered_intrinsic(S, id, r, n, common, e->loc);
	if (low)
		return low;
	IrExpr *x = ir_intrin(S->a, id, r, n, e->loc);
	if (result != TY_NONE && (ir_base_is_int(result) || result == TY_REAL4))
		x->type = result; /* INT(x, 8); REAL(x, 4), 4 bytes also under --default-real-8 */
	return x;
}


/* A reference name(args) to a routine !$AD EXTERNAL PASSIVE declares: its unit, made from this
 * first reference when new (the result's type is the name's declared or implicit type). */
static IrUnit *passive_function(Sema *S, IrExpr *e, IrSym *s)
{
	const char *name = e->u.ref.name;
	int listed = 0;
	for (int i = 0; i < S->passive_names.n && !listed; i++)
		listed = !strcmp(S->passive_names.v[i], name);
	if (!listed || ir_intrinsic_lookup(name))
		return NULL;
	IrBase t = s && s->declared ? s->type : sema_implicit_type(S->unit, name);
	if (t == TY_NONE) {
		ir_error(e->loc, "function '%s' has no type (IMPLICIT NONE is in effect): declare its type", name);
		t = TY_REAL8;
	}
	int n = e->u.ref.nargs;
	IrExpr **args = ir_alloc(S->a, sizeof *args * (size_t)(n + 1));
	for (int i = 0; i < n; i++)
		args[i] = sema_resolve_expr(S, ir_expr_copy(S->a, e->u.ref.args[i]));
	return sema_passive_unit(S, name, 1, t, args, n, e->loc);
}

/* lo:hi:st in dimension d of a: each part an integer scalar (NULL parts stay NULL: the bound of
 * the dimension, stride 1). */
static IrExpr *resolve_triplet(Sema *S, const IrSym *a, int d, IrExpr *t)
{
	IrExpr *r = ir_alloc(S->a, sizeof *r);
	*r = *t;
	r->type = TY_INT;
	IrExpr **parts[3] = {&r->u.triplet.lo, &r->u.triplet.hi, &r->u.triplet.st};
	for (int k = 0; k < 3; k++) {
		if (!*parts[k])
			continue;
		IrExpr *x = sema_resolve_expr(S, *parts[k]);
		if (!ir_base_is_int(x->type) || sema_rank(x)) {
			ir_error(x->loc, "the bounds and stride of a section must be integer scalars");
			x = ir_int(S->a, 1, x->loc);
		}
		x = ir_convert(S->a, x, TY_INT); /* sections count elements in default integers */
		*parts[k] = x;
	}
	Const c;
	if (r->u.triplet.st && sema_const_of(r->u.triplet.st, &c) && c.i == 0)
		ir_error(r->u.triplet.st->loc, "the stride of a section is zero");
	if (!r->u.triplet.hi && !a->dims[d].hi)
		ir_error(t->loc, "a section of '%s', which has assumed size, needs the upper bound of its last dimension",
		         a->name);
	return r;
}

/* PRESENT(w), w an OPTIONAL dummy: an IR_INTRIN whose argument is w (its first element for an
 * array, so that every pass reads it as a scalar reference); the backend tests the pointer. */
static IrExpr *present(Sema *S, IrExpr *e)
{
	IrExpr *x = e->u.ref.nargs == 1 ? e->u.ref.args[0] : NULL;
	IrSym *w = x && x->kind == IR_REF && !x->u.ref.has_parens ? sema_lookup(S, S->unit, x->u.ref.name) : NULL;
	if (!w || w->kind != SYM_ARG || !w->optional || (w->owner != S->unit && w->owner != S->unit->host)) {
		ir_error(e->loc, "PRESENT takes one argument, the name of an OPTIONAL dummy argument of this procedure");
		return ir_logical(S->a, 0, e->loc); /* a LOGICAL: no second error about its use */
	}
	IrExpr **idx = NULL;
	if (w->rank) {
		idx = ir_alloc(S->a, sizeof *idx * (size_t)w->rank);
		for (int k = 0; k < w->rank; k++)
			idx[k] = w->dims[k].lo ? ir_expr_copy(S->a, w->dims[k].lo) : ir_int(S->a, 1, x->loc);
	}
	IrExpr *v = ir_var(S->a, w, idx, w->rank, x->loc);
	v->type = w->type;
	IrExpr **args = ir_alloc(S->a, sizeof *args);
	args[0] = v;
	IrExpr *r = ir_intrin(S->a, INTR_PRESENT, args, 1, e->loc);
	r->type = TY_LOGICAL;
	return r;
}

/* Is name one that u (or its host) takes with USE ..., ONLY: from a module that does not exist
 * (reported there, an unsupported intrinsic module among them)? */
static int from_missing_module(Sema *S, const IrUnit *u, const char *name)
{
	for (; u; u = u->host)
		for (int i = 0; i < u->uses.n; i++) {
			const IrUse *us = u->uses.v[i];
			if (sema_find_module(S, us->module))
				continue;
			for (int k = 0; k < us->nnames; k++)
				if (!strcmp(us->local[k], name))
					return 1;
		}
	return 0;
}

static IrExpr *resolve_ref(Sema *S, IrExpr *e)
{
	IrUnit *u = S->unit;
	const char *name = e->u.ref.name;
	for (int k = S->scope.n - 2; k >= 0; k -= 2)
		if (!strcmp(S->scope.v[k], name)) {
			if (e->u.ref.has_parens) {
				ir_error(e->loc, "'%s' is an implied-DO variable", name);
				return bad(S, e->loc);
			}
			return ir_var(S->a, S->scope.v[k + 1], NULL, 0, e->loc);
		}
	const char *pc = strchr(name, '%'); /* p%x: the structure p */
	if (sema_refuse_use_clash(S, u, pc ? ir_strndup(S->a, name, (size_t)(pc - name)) : name, e->loc))
		return bad(S, e->loc);
	IrExpr *sf = e->u.ref.has_parens ? sema_expand_stmtfn(S, e) : NULL;
	if (sf)
		return sf;
	IrSym *s = sema_lookup(S, u, name);
	if (!s && sema_struct_misused(S, e))
		return bad(S, e->loc);
	if (s && s->kind == SYM_PARAM)
		sema_fold_param(S, s); /* a kind or a PARAMETER needs it before its turn */
	if (s && s->kind == SYM_PARAM && s->type == TY_CHAR && s->init && s->init->kind == IR_CONST_STR && !s->rank) {
		IrExpr *v = ir_str(S->a, s->init->u.str, e->loc); /* a CHARACTER PARAMETER is its value */
		if (e->u.ref.has_parens && e->u.ref.nargs == 1)
			ir_error(e->loc, "a substring of the CHARACTER PARAMETER '%s' is not supported", name);
		return v;
	}
	if (s && s->type == TY_CHAR && s->rank == 0 && e->u.ref.has_parens && s->kind != SYM_PROC && s->kind != SYM_RESULT) {
		if (e->u.ref.nargs != 1) {
			ir_error(e->loc, "'%s' is a CHARACTER scalar: write a substring %s(lo:hi)", name, name);
			return bad(S, e->loc);
		}
		return sema_substring(S, ir_var(S->a, s, NULL, 0, e->loc), e->u.ref.args[0]);
	}
	if (s && s->kind != SYM_PROC && !(s->kind == SYM_RESULT && e->u.ref.has_parens && s->rank == 0)) {
		if (!e->u.ref.has_parens) {
			return ir_var(S->a, s, NULL, 0, e->loc);
		}
		if (s->rank == 0) {
			/* F77 may type a function or intrinsic name (DOUBLE PRECISION F, DSQRT): a call. */
			IrUnit *f = sema_find_proc(S, u, name);
			if (!f)
				f = passive_function(S, e, s);
			if (!(f && f->kind == UNIT_FUNCTION) && !ir_intrinsic_lookup(name)) {
				/* a scalar with arguments is a function reference (F77: DOUBLE PRECISION F) */
				if (f)
					ir_error(e->loc, "subroutine '%s' is used as a function", name);
				else
					sema_report_undefined(S, name, 1, e->loc);
				return bad(S, e->loc);
			}
		} else {
			if (e->u.ref.nargs != s->rank) {
				ir_error(e->loc, "'%s' has rank %d but %d subscript%s given", name, s->rank, e->u.ref.nargs,
				         e->u.ref.nargs == 1 ? " is" : "s are");
				return bad(S, e->loc);
			}
			IrExpr **idx = ir_alloc(S->a, sizeof *idx * (size_t)s->rank);
			for (int i = 0; i < s->rank; i++) {
				IrExpr *x = e->u.ref.args[i];
				if (x->kind == IR_TRIPLET) {
					idx[i] = resolve_triplet(S, s, i, x);
					continue;
				}
				if (x->kind == IR_KEYWORD) {
					ir_error(x->loc, "'%s' is an array: its subscripts cannot have keywords", name);
					return bad(S, e->loc);
				}
				idx[i] = sema_resolve_expr(S, x);
				if (sema_rank(idx[i])) {
					ir_error(idx[i]->loc, "vector subscripts are not supported (write a DO loop)");
					return bad(S, e->loc); /* no follow-on error where the reference is used */
				}
				if (!ir_base_is_int(idx[i]->type)) {
					if (!idx[i]->failed)
						ir_error(idx[i]->loc, "array subscripts must be integers");
					idx[i] = ir_int(S->a, 1, idx[i]->loc);
				}
			}
			return ir_var(S->a, s, idx, s->rank, e->loc);
		}
	}
	if (!e->u.ref.has_parens) {
		if (s && s->kind == SYM_PROC) {
			ir_error(e->loc, "procedure '%s' used as a value (procedure arguments are not supported)", name);
			return bad(S, e->loc);
		}
		/* An undeclared variable: implicit typing creates it. */
		IrBase t = sema_implicit_type(u, name);
		const IrUnit *pm = t == TY_NONE ? sema_private_in(S, u, name) : NULL;
		if (pm) {
			ir_error(e->loc, "'%s' is PRIVATE in module '%s'", name, pm->name);
			t = TY_REAL8;
		} else if (t == TY_NONE) {
			if (!from_missing_module(S, u, name)) /* (else reported at the USE) */
				ir_error(e->loc, "'%s' has no type (IMPLICIT NONE is in effect)", name);
			t = TY_REAL8;
		}
		IrSym *ns = ir_sym_new(S->a, u, name, SYM_LOCAL, e->loc);
		ns->type = t;
		ns->implicit = 1;
		ns->is_save = sema_saves_all(u);                            /* a scalar: a bare SAVE applies */
		ns->refused = pm || sema_implicit_type(u, name) == TY_NONE; /* reported: its uses stay silent */
		if (u->kind == UNIT_MODULE)
			ns->kind = SYM_MODULE;
		return ir_var(S->a, ns, NULL, 0, e->loc);
	}
	/* A call: user function first (it shadows an intrinsic of the same name), then intrinsic,
	 * then a routine declared passive. */
	IrUnit *f = sema_find_proc(S, u, name);
	IrExpr **pre = NULL; /* the actuals, resolved to choose a generic's specific procedure */
	const IrGeneric *g = f ? NULL : sema_find_generic(S, u, name);
	if (g) {
		pre = ir_alloc(S->a, sizeof *pre * (size_t)(e->u.ref.nargs + 1));
		for (int i = 0; i < e->u.ref.nargs; i++) {
			if (e->u.ref.args[i]->kind == IR_KEYWORD) {
				ir_error(e->u.ref.args[i]->loc,
				         "keyword arguments in a reference to the generic '%s' are not supported: pass the "
				         "arguments in order",
				         name);
				return bad(S, e->loc);
			}
			pre[i] = sema_resolve_expr(S, e->u.ref.args[i]);
		}
		f = sema_generic_specific(S, u, g, pre, e->u.ref.nargs, e->loc);
		if (!f)
			return bad(S, e->loc);
		/* the specific's trailing OPTIONAL dummies left out (pre replaces the arguments) */
		if (!sema_keyword_actuals(S, f, f->name, &pre, &e->u.ref.nargs, e->loc))
			return bad(S, e->loc);
	}
	if (!f)
		f = passive_function(S, e, s);
	if (f && (f->array_result || f->kind == UNIT_FUNCTION)) {
		if (f == u && !f->recursive) {
			ir_error(e->loc, "'%s' calls itself but is not RECURSIVE: " SEMA_RECURSION_ADVICE,
			         f->local_name ? f->local_name : f->name, "FUNCTION");
			return bad(S, e->loc);
		}
		if (!pre && !sema_keyword_actuals(S, f, name, &e->u.ref.args, &e->u.ref.nargs, e->loc))
			return bad(S, e->loc);
	}
	if (f && f->array_result) { /* lowered to a CALL before the statement (sema_afunc.c) */
		IrExpr **args = ir_alloc(S->a, sizeof *args * (size_t)(e->u.ref.nargs + 1));
		for (int i = 0; i < e->u.ref.nargs; i++)
			args[i] = pre ? pre[i] : sema_resolve_expr(S, e->u.ref.args[i]);
		IrExpr *t = sema_array_fcall(S, f, args, e->u.ref.nargs, e->loc);
		return t ? t : bad(S, e->loc);
	}
	if (f && f->kind == UNIT_FUNCTION) {
		sema_declare_unit(S, f);
		IrExpr **args = ir_alloc(S->a, sizeof *args * (size_t)(e->u.ref.nargs + 1));
		int nargs = e->u.ref.nargs;
		for (int i = 0; i < e->u.ref.nargs; i++)
			args[i] = pre ? pre[i] : sema_resolve_expr(S, e->u.ref.args[i]);
		for (int i = 0; f->elemental && i < nargs; i++)
			if (sema_rank(args[i])) {
				IrExpr *c = sema_elemental_fcall(S, f, args, nargs, e->loc);
				return c ? c : bad(S, e->loc);
			}
		sema_bind_actuals(S, f, &args, &nargs, e->loc, NULL);
		IrExpr *c = ir_alloc(S->a, sizeof *c);
		c->kind = IR_FCALL;
		c->loc = e->loc;
		c->u.call.callee = f;
		c->u.call.name = f->name;
		c->u.call.args = args;
		c->u.call.nargs = nargs;
		c->type = f->result ? f->result->type : ir_default_real;
		if (s && s->kind == SYM_PROC && s->declared && s->type != c->type)
			ir_error(e->loc, "'%s' is declared %s here but the function returns %s", name, ir_base_name(s->type),
			         ir_base_name(c->type));
		return c;
	}
	if (f) {
		ir_error(e->loc, "subroutine '%s' is used as a function", name);
		return bad(S, e->loc);
	}
	if (!s && !strcmp(name, "allocated"))
		return sema_allocated(S, e);
	if (!s && !strcmp(name, "present"))
		return present(S, e);
	IrIntrinsic id = ir_intrinsic_lookup(name);
	if (id != INTR_NONE)
		return resolve_intrinsic(S, id, e);
	if (!s && !strcmp(name, "norm2") && e->u.ref.nargs == 1 && e->u.ref.args[0]->kind != IR_KEYWORD) {
		/* NORM2(x) is SQRT(SUM(x**2)): the same value as gfortran's scaled sum to rounding (the
		 * scaling only avoids overflow of the squares), and the derivative x / NORM2(x) */
		IrExpr **a1 = ir_alloc(S->a, sizeof *a1);
		a1[0] = ir_binop(S->a, IR_POW, e->u.ref.args[0], ir_int(S->a, 2, e->loc), e->loc);
		int nerr = ir_error_count(S->p);
		IrExpr *sum = sema_array_intrinsic(S, INTR_SUM, ir_ref(S->a, "sum", a1, 1, 1, e->loc));
		if (!ir_base_is_real(sum->type)) {
			if (ir_error_count(S->p) == nerr)
				ir_error(e->loc, "the argument of NORM2 must be a real array");
			return bad(S, e->loc);
		}
		IrExpr **a2 = ir_alloc(S->a, sizeof *a2);
		a2[0] = sum;
		return ir_intrin(S->a, INTR_SQRT, a2, 1, e->loc);
	}
	if (!s && !strcmp(name, "norm2")) {
		ir_error(e->loc, "NORM2 with DIM is not supported: write SQRT(SUM(x**2, DIM=d))");
		return bad(S, e->loc);
	}
	if (!s && sema_refused_array_intrinsic(name, e->loc))
		return bad(S, e->loc);
	const IrUnit *pm = sema_private_in(S, u, name);
	if (from_missing_module(S, u, name))
		; /* reported at the USE: one error per problem */
	else if (pm)
		ir_error(e->loc, "'%s' is PRIVATE in module '%s'", name, pm->name);
	else if (s && s->kind == SYM_PROC)
		sema_report_undefined(S, name, 1, e->loc);
	else
		ir_error(e->loc, "'%s' is not an array, a function in the given files, or a supported intrinsic", name);
	return bad(S, e->loc);
}

/* 1.0_dp, 2_ik: the kind's value gives the constant its type. */
static IrExpr *literal_kind(Sema *S, IrExpr *e)
{
	IrSym *k = sema_lookup(S, S->unit, e->u.real.kind_name);
	if (k)
		sema_fold_param(S, k);
	Const c;
	if (!k || k->kind != SYM_PARAM || !k->init || !sema_const_of(k->init, &c) || !ir_base_is_int(c.type)) {
		ir_error(e->loc,
		         "the kind '%s' of this constant is not an INTEGER named constant here (declare it, or USE "
		         "the module that defines it)",
		         e->u.real.kind_name);
		return bad(S, e->loc);
	}
	IrBase deflt = e->kind == IR_CONST_INT ? TY_INT : TY_REAL4;
	const char *why = NULL;
	IrBase t = fe_kind_type(S->a, deflt, c.i, &why);
	if (t == TY_NONE) {
		ir_error(e->loc, "kind '%s' is %lld: %s", e->u.real.kind_name, (long long)c.i, why);
		return bad(S, e->loc);
	}
	IrExpr *r = ir_alloc(S->a, sizeof *r);
	*r = *e;
	r->u.real.kind_name = NULL;
	r->type = t;
	if (r->kind == IR_CONST_INT && !ir_int_fits(t, r->u.ival)) {
		ir_error(e->loc, "integer constant %lld is too large for INTEGER", (long long)r->u.ival);
		return bad(S, e->loc);
	}
	if (r->kind == IR_CONST_REAL && t == TY_REAL4 && fabs(r->u.real.v) > FLT_MAX) {
		ir_error(e->loc, "real constant %s is out of range", r->u.real.text);
		return bad(S, e->loc);
	}
	return r;
}

static IrExpr *resolve_expr(Sema *S, IrExpr *e)
{
	switch (e->kind) {
	case IR_CONST_INT:
	case IR_CONST_REAL: return e->u.real.kind_name ? literal_kind(S, e) : e;
	case IR_CONST_LOG:
	case IR_CONST_STR: return e;
	case IR_REF: return resolve_ref(S, e);
	case IR_VAR:
	case IR_INTRIN:
	case IR_FCALL:
	case IR_CONVERT: return e; /* already resolved (shared subtree) */
	case IR_ARRAYCON: return sema_resolve_arraycon(S, e);
	case IR_TRIPLET: ir_error(e->loc, "a subscript triplet is allowed only in an array reference"); return bad(S, e->loc);
	case IR_KEYWORD:
		ir_error(e->loc, "keyword arguments are supported only in calls of array intrinsics (SUM(a, dim = 1))");
		return bad(S, e->loc);
	case IR_IMPLDO: ir_error(e->loc, "an implied DO is allowed only in an array constructor"); return bad(S, e->loc);
	case IR_COMPONENT: {
		IrExpr *r = sema_component_ref(S, e);
		return r ? sema_resolve_expr(S, r) : bad(S, e->loc);
	}
	case IR_UNARY: {
		IrExpr *x = sema_resolve_expr(S, e->u.op.a);
		if (e->u.op.op == IR_NOT) {
			if (x->type != TY_LOGICAL)
				ir_error(e->loc, "operand of .NOT. must be logical");
			return ir_unop(S->a, IR_NOT, x, e->loc);
		}
		if (!sema_is_numeric(x->type)) {
			ir_error(e->loc, "operand of unary minus must be numeric");
			return bad(S, e->loc);
		}
		return ir_unop(S->a, IR_NEG, x, e->loc);
	}
	case IR_BINARY: {
		IrOp op = e->u.op.op;
		IrExpr *x = sema_resolve_expr(S, e->u.op.a), *y = sema_resolve_expr(S, e->u.op.b);
		if (x->type == TY_CHAR || y->type == TY_CHAR || op == IR_CONCAT)
			return sema_char_binop(S, op, x, y, e->loc);
		if (op <= IR_POW) {
			if (!sema_is_numeric(x->type) || !sema_is_numeric(y->type)) {
				ir_error(e->loc, "operands of '%s' must be numeric", ir_ops[op].fortran);
				return bad(S, e->loc);
			}
			if (op == IR_POW && ir_base_is_int(y->type)) {
				/* x**n keeps x's type; for integers the wider kind of the two */
				if (ir_base_is_int(x->type))
					x = ir_convert(S->a, x, sema_max_type(x->type, y->type));
				IrExpr *r = ir_binop(S->a, op, x, y, e->loc);
				r->type = x->type;
				return r;
			}
			IrBase t = sema_max_type(x->type, y->type);
			IrExpr *r = ir_binop(S->a, op, ir_convert(S->a, x, t), ir_convert(S->a, y, t), e->loc);
			r->type = t;
			return r;
		}
		if (op <= IR_GE) {
			if (!sema_is_numeric(x->type) || !sema_is_numeric(y->type)) {
				ir_error(e->loc, "operands of '%s' must be numeric (use .EQV. for logicals)", ir_ops[op].fortran);
				return bad(S, e->loc);
			}
			IrBase t = sema_max_type(x->type, y->type);
			return ir_binop(S->a, op, ir_convert(S->a, x, t), ir_convert(S->a, y, t), e->loc);
		}
		if (x->type != TY_LOGICAL || y->type != TY_LOGICAL) {
			ir_error(e->loc, "operands of '%s' must be logical", ir_ops[op].fortran);
			return bad(S, e->loc);
		}
		return ir_binop(S->a, op, x, y, e->loc);
	}
	}
	return e;
}


/* A scalar expression where a value is needed (not an array). */
IrExpr *sema_value_expr(Sema *S, IrExpr *e)
{
	IrExpr *r = sema_resolve_expr(S, e);
	if (sema_rank(r)) {
		ir_error(r->loc,
		         "an array expression is not allowed here (only in array assignments and as arguments of "
		         "array intrinsics)");
		return bad(S, r->loc);
	}
	return r;
}

/* A variable as a value (an IR_CONVERT to its own type), not the variable itself: a
 * parenthesized `(r)`, an extent passed to a hidden dummy (the callee must not change it). */
static IrExpr *as_value(Sema *S, IrExpr *e)
{
	if (e->kind != IR_VAR)
		return e;
	IrExpr *v = ir_alloc(S->a, sizeof *v);
	v->kind = IR_CONVERT; /* to its own type: a value */
	v->type = e->type;
	v->loc = e->loc;
	v->u.conv.e = e;
	return v;
}

/* The actual of the ALLOCATABLE dummy d (argument i of callee): an ALLOCATABLE array of the
 * caller, by name, of d's type and rank; its hidden bound and status variables follow it, in d's
 * order (sema_alloc.c), to be set by the callee. Returns how many were written to hid. */
static int alloc_actual(Sema *S, IrUnit *callee, IrSym *d, IrExpr *a, int i, IrExpr **hid)
{
	int fixed = sema_alloc_fixed(d), n = 2 * (d->rank - fixed) + 1;
	for (int p = 0; p < n; p++)
		hid[p] = ir_int(S->a, 1, a->loc); /* replaced below when the actual is right */
	IrSym *x = a->kind == IR_VAR ? a->u.var.sym : NULL;
	if (!x || !x->allocatable || !x->alloc_status || a->u.var.nidx || a->paren) {
		ir_error(a->loc,
		         "argument %d of '%s': the dummy '%s' is ALLOCATABLE, pass the name of an ALLOCATABLE array of "
		         "the caller",
		         i, callee->name, d->name);
		return n;
	}
	if (x->rank == d->rank && (x->alloc_leaf != d->alloc_leaf || sema_alloc_fixed(x) != fixed)) {
		/* a component of an ALLOCATABLE array of structures (sema_type.c) is not ALLOCATABLE
		 * itself; a structure's leaves only go to the leaves of a dummy of its type */
		ir_error(a->loc,
		         "argument %d of '%s': the dummy '%s' is ALLOCATABLE, but '%s' is a component of an array of "
		         "structures, which is not (pass the whole array of structures to an ALLOCATABLE dummy of its type)",
		         i, callee->name, d->name, x->name);
		return n;
	}
	if (x->type != d->type || x->rank != d->rank) {
		ir_error(a->loc,
		         "argument %d of '%s': the ALLOCATABLE '%s' is %s of rank %d, but the dummy '%s' is %s of rank %d", i,
		         callee->name, x->name, ir_base_name(x->type), x->rank, d->name, ir_base_name(d->type), d->rank);
		return n;
	}
	if (x->kind == SYM_MODULE && strchr(x->name, '%')) { /* a leaf of a module's structure */
		ir_error(a->loc,
		         "argument %d of '%s': the ALLOCATABLE component '%s' of a module's structure passed to the "
		         "ALLOCATABLE dummy '%s' is not supported (use the module variable in '%s', or pass a local "
		         "structure assigned from it)",
		         i, callee->name, x->name, d->name, callee->name);
		return n;
	}
	if (x->kind == SYM_MODULE) {
		ir_error(a->loc,
		         "argument %d of '%s': the module's ALLOCATABLE array '%s' passed to the ALLOCATABLE dummy '%s' is "
		         "not supported (use the module variable in '%s', or pass a local ALLOCATABLE array)",
		         i, callee->name, x->name, d->name, callee->name);
		return n;
	}
	for (int p = fixed; p < d->rank; p++) {
		hid[2 * (p - fixed)] = ir_expr_copy(S->a, x->dims[p].lo);
		hid[2 * (p - fixed) + 1] = ir_expr_copy(S->a, x->dims[p].hi);
	}
	hid[n - 1] = ir_var(S->a, x->alloc_status, NULL, 0, a->loc);
	return n;
}

/* The actual arguments of a call of callee, checked, in the order of its dummies. A contiguous
 * section is passed as its first element (sequence association, as F77 passes a column); a
 * non-contiguous one as a temporary copied in before the call and, when the dummy may be
 * written, back after it (the statements go to `after`; NULL for a function reference, which
 * then takes only INTENT(IN) ones). An assumed-shape dummy's hidden extents follow its actual.
 * *pargs and *pnargs are replaced. */
/* The same variable (or the same element) given to two dummies of which one is INTENT(OUT) or
 * INTENT(INOUT): Fortran forbids it (the callee may see either copy), gfortran accepts it, and
 * derivatives built on the standard's rule may be wrong: refused, located. */
static void refuse_aliased_actuals(Sema *S, const IrUnit *callee, IrExpr **args, int nargs)
{
	const IrSym **dummy = ir_alloc(S->a, sizeof *dummy * (size_t)(nargs + 1));
	int *at = ir_alloc(S->a, sizeof *at * (size_t)(nargs + 1)); /* its index in callee->args */
	for (int i = 0, k = 0; k < callee->nargs && i < nargs; k++) {
		const IrSym *d = callee->args[k];
		if (d && (d->extent_of || d->len_of || d->alloc_of))
			continue;
		at[i] = k;
		dummy[i++] = d;
	}
	for (int j = 1; j < nargs; j++)
		for (int i = 0; i < j; i++) {
			const IrExpr *a = args[i], *b = args[j];
			if (!dummy[i] || !dummy[j] || a->kind != IR_VAR || b->kind != IR_VAR || a->u.var.sym != b->u.var.sym ||
			    a->u.var.sym->absent || !ir_expr_equal(a, b))
				continue;
			const IrSym *w = dummy[j]->intent & INTENT_OUT ? dummy[j]
			        : dummy[i]->intent & INTENT_OUT        ? dummy[i]
			                                               : NULL;
			if (!w)
				continue;
			/* positions in the source's list: a structure's leaves are one argument */
			int li, lj, pi = sema_source_argpos(callee, at[i], &li), pj = sema_source_argpos(callee, at[j], &lj);
			ir_error(b->loc,
			         "argument %d of '%s': '%s' is also %sargument %d, and '%s' may change its dummy '%s': Fortran "
			         "forbids this aliasing (pass a copy in parentheses to the dummy that only reads it)",
			         pj, callee->name, a->u.var.sym->name, li && !lj ? "part of " : "", pi, callee->name, w->name);
			break;
		}
}

void sema_bind_actuals(Sema *S, IrUnit *callee, IrExpr ***pargs, int *pnargs, IrLoc loc, IrBlock *after)
{
	IrExpr **args = *pargs;
	int nargs = *pnargs;
	if (!callee->args) {
		/* not yet declared: declare_unit is idempotent */
		sema_declare_unit(S, callee);
	}
	int nuser = 0;
	for (int k = 0; k < callee->nargs; k++)
		nuser += !callee->args[k] ||
		        (!callee->args[k]->extent_of && !callee->args[k]->len_of && !callee->args[k]->alloc_of);
	if (nargs != nuser) {
		ir_error(loc, "'%s' takes %d argument%s but %d %s given", callee->name, nuser, nuser == 1 ? "" : "s", nargs,
		         nargs == 1 ? "is" : "are");
		return;
	}
	refuse_aliased_actuals(S, callee, args, nargs);
	IrExpr **out = ir_alloc(S->a, sizeof *out * (size_t)(callee->nargs + 1));
	IrExpr **actual = ir_alloc(S->a, sizeof *actual * (size_t)(callee->nargs + 1)); /* per dummy */
	int o = 0;
	for (int i = 0, k = 0; k < callee->nargs; k++) {
		IrSym *d = callee->args[k];
		if (d && (d->extent_of || d->len_of || d->alloc_of))
			continue; /* filled after its array; lengths at the end */
		IrExpr *a = args[i++];
		int slot = o++;
		out[slot] = a;
		actual[k] = a;
		int shaped = d && d->rank && k + 1 < callee->nargs && callee->args[k + 1] && callee->args[k + 1]->extent_of == d;
		int ok = 1;
		if (shaped)
			for (int p = 0; p < d->rank; p++)
				out[o + p] = ir_int(S->a, 1, a->loc); /* replaced below when the actual is right */
		if (!d) {
			o += shaped ? d->rank : 0;
			continue;
		}
		if (a->kind == IR_VAR && a->u.var.sym->absent && d->allocatable) {
			ir_error(a->loc,
			         "argument %d of '%s': leaving out an OPTIONAL ALLOCATABLE dummy is not supported (give it)", i,
			         callee->name);
			continue;
		}
		if (a->kind == IR_VAR && a->u.var.sym->absent) { /* an omitted OPTIONAL: no extents either */
			for (int p = 0; shaped && p < d->rank; p++)
				out[o + p] = ir_int(S->a, 0, a->loc);
			o += shaped ? d->rank : 0;
			continue;
		}
		if (d->allocatable) {
			o += alloc_actual(S, callee, d, a, i, out + o);
			continue;
		}
		if (a->kind == IR_VAR && a->u.var.sym->kind == SYM_PROC) {
			ir_error(a->loc, "procedure arguments are not supported");
			ok = 0;
		} else if (a->type == TY_CHAR && d->type == TY_CHAR) {
			ok = sema_char_actual(S, a);
			int fixed = 0;
			if (ok && a->kind == IR_INTRIN)
				(void)ir_const_int(ir_char_len(S->a, a), &fixed);
			if (ok && a->kind == IR_INTRIN && !fixed) {
				ir_error(
				        a->loc,
				        "argument %d of '%s': a substring of variable length as an actual argument is not supported "
				        "(assign it to a CHARACTER variable first)",
				        i, callee->name);
				ok = 0;
			} else if (ok && a->kind == IR_INTRIN && d->intent != INTENT_IN) {
				ir_error(
				        a->loc,
				        "argument %d of '%s': a substring is passed to the dummy '%s', which is not INTENT(IN) (pass "
				        "the whole variable, or declare the dummy INTENT(IN))",
				        i, callee->name, d->name);
				ok = 0;
			}
		}
		int whole = ok && a->kind == IR_VAR && a->u.var.sym->rank && !a->u.var.nidx;
		int section = ok && a->kind == IR_VAR && a->u.var.nidx && sema_rank(a);
		int element = ok && a->kind == IR_VAR && a->u.var.nidx && !section;
		/* an array expression (`s + dt*k1`, `(x)`, `[a, b]`, an array-valued intrinsic) to an
		 * array dummy of its type: passed through a temporary evaluated before the statement */
		int value = ok && sema_rank(a) && ((!whole && !section) || (whole && a->paren));
		if (value && d->rank && a->type == d->type) {
			/* a routine known only by its calls (!$AD EXTERNAL PASSIVE) gets a copy, as from gfortran */
			if ((d->intent & INTENT_OUT) && !(callee->ext && callee->ext->passive)) {
				ir_error(a->loc,
				         "argument %d of '%s': an array expression is passed to the INTENT(%s) dummy '%s', which "
				         "may be assigned: pass a variable",
				         i, callee->name, d->intent == INTENT_OUT ? "OUT" : "INOUT", d->name);
				ok = 0;
			} else {
				IrExpr *t = sema_expr_temp(S, a, d->name);
				ok = t != NULL;
				if (ok) {
					a = out[slot] = actual[k] = t;
					whole = 1;
				}
			}
		}
		if (!ok) {
		} else if (a->kind == IR_VAR && a->u.var.sym->readonly && (d->intent & INTENT_OUT)) {
			ir_error(a->loc, "argument %d of '%s': the PARAMETER '%s' is passed to the INTENT(%s) dummy '%s'", i,
			         callee->name, a->u.var.sym->name, d->intent == INTENT_OUT ? "OUT" : "INOUT", d->name);
			ok = 0;
		} else if (a->type != d->type) {
			ir_error(a->loc, "argument %d of '%s' is %s, but the dummy '%s' is %s", i, callee->name,
			         ir_base_name(a->type), d->name, ir_base_name(d->type));
			ok = 0;
		} else if (d->rank && !whole && !element && !section) {
			ir_error(a->loc, "argument %d of '%s': the dummy '%s' is an array, pass an array or an element", i,
			         callee->name, d->name);
			ok = 0;
		} else if (!d->rank && (whole || section || value)) {
			ir_error(a->loc, "argument %d of '%s': an array is passed to the scalar dummy '%s'", i, callee->name,
			         d->name);
			ok = 0;
		} else if (shaped && element) {
			ir_error(a->loc,
			         "argument %d of '%s': an array element cannot be passed to the assumed-shape dummy '%s' (pass "
			         "a section)",
			         i, callee->name, d->name);
			ok = 0;
		} else if (shaped && sema_rank(a) != d->rank) {
			ir_error(a->loc, "argument %d of '%s' has rank %d but the assumed-shape dummy '%s' has rank %d", i,
			         callee->name, sema_rank(a), d->name, d->rank);
			ok = 0;
		} else if (shaped && whole && !a->u.var.sym->dims[a->u.var.sym->rank - 1].hi) {
			ir_error(
			        a->loc,
			        "argument %d of '%s': the assumed-size array '%s' has no extent to give the assumed-shape dummy '%s'",
			        i, callee->name, a->u.var.sym->name, d->name);
			ok = 0;
		}
		if (ok && shaped)
			for (int p = 0; p < d->rank; p++)
				out[o + p] = as_value(S, sema_section_extent(S, a, p));
		if (shaped)
			o += d->rank;
		if (!ok || !section)
			continue;
		if (sema_section_contiguous(S, a)) {
			out[slot] = sema_section_first(S, a);
			continue;
		}
		/* copied in even for an INTENT(OUT) dummy: the copy back writes the whole section, and the
		 * callee may leave elements unwritten (or its dummy be smaller than the section) */
		int in = 1, back = d->intent != INTENT_IN;
		if (back && !after) {
			ir_error(a->loc,
			         "argument %d of '%s': a non-contiguous section passed to a function whose dummy '%s' is not "
			         "INTENT(IN) is not supported (copy it into an array of its own)",
			         i, callee->name, d->name);
			continue;
		}
		out[slot] = sema_section_copy(S, a, in, back ? after : NULL);
	}
	/* CHARACTER dummies' hidden lengths, in their order, after every other argument */
	for (int k = 0; k < callee->nargs; k++) {
		IrSym *d = callee->args[k];
		if (!d || !d->len_of)
			continue;
		IrExpr *a = NULL;
		for (int j = 0; j < callee->nargs; j++)
			if (callee->args[j] == d->len_of)
				a = actual[j];
		int absent = a && a->kind == IR_VAR && a->u.var.sym->absent; /* an omitted OPTIONAL: length 0, as gfortran */
		out[o++] = a && a->type == TY_CHAR && !absent ? as_value(S, ir_char_len(S->a, a))
		                                              : ir_int_kind(S->a, 0, TY_INT8, loc);
	}
	*pargs = out;
	*pnargs = o;
}

static void note_failed(void *ctx, IrExpr **x)
{
	if ((*x)->failed)
		*(int *)ctx = 1;
}

/* An expression, resolved. One written in parentheses is a value even when it names a variable:
 * `call sp((r), r)` passes a copy of r, so sp's writes to its second dummy do not change its
 * first (a parenthesized whole array stays marked for the call check). */
IrExpr *sema_resolve_expr(Sema *S, IrExpr *e)
{
	int paren = e->paren;
	IrExpr *r = resolve_expr(S, e);
	if (r->kind == IR_VAR && r->u.var.sym->refused)
		r->failed = 1; /* a use of a symbol already refused: no follow-on error */
	if (!r->failed && (r->kind == IR_UNARY || r->kind == IR_BINARY || r->kind == IR_CONVERT)) {
		int f = 0; /* an operation on such a use stands for it too (`y(i - 1)`) */
		ir_expr_children(r, &(IrVisit){note_failed, NULL, &f});
		r->failed = f;
	}
	if (!paren || r->kind != IR_VAR)
		return r;
	if (r->u.var.sym->rank && !r->u.var.nidx) {
		r->paren = 1;
		return r;
	}
	return as_value(S, r);
}
