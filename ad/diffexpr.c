/*
 * diffexpr.c — derivatives of expressions, shared by tangent and reverse mode.
 *
 * Rules (u, v active subexpressions; ' the tangent; m the adjoint weight flowing into a node):
 *   u + v:  (u+v)' = u' + v'          ub += m, vb += m
 *   u * v:  u'v + uv'                 ub += m*v, vb += m*u
 *   u / v:  (u' - (u/v) v') / v       ub += m/v, vb -= m*(u/v)/v
 *   u ** n (integer n):  n u**(n-1) u'
 *   u ** v (real v):     v u**(v-1) u' + log(u) u**v v'   (log term only where u > 0)
 *   max(u, v): merge(u', v', u >= v)  (ties go to the first argument; likewise min with <=)
 *   intrinsic f(a, b): the partials of intrinsics.def, read from their s-expressions.
 * Non-differentiable points take one side: see intrinsics.def.
 */
#include "ad_int.h"

#include <assert.h>
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

IrExpr *ad_zero(IrArena *a, IrBase t, IrLoc loc)
{
	if (ir_base_is_int(t))
		return ir_int_kind(a, 0, t, loc);
	return ir_real(a, 0.0, t == TY_REAL4 ? "0.0" : "0.0d0", t, loc);
}

static IrExpr *real_const(IrArena *a, double v, IrBase t, IrLoc loc)
{
	const char *text = ir_sprintf(a, t == TY_REAL4 ? "%.9g" : "%.17g", v);
	/* keep a decimal point so it reads as a real */
	if (!strpbrk(text, ".eEn"))
		text = ir_sprintf(a, "%s.0", text);
	if (t == TY_REAL8)
		text = ir_sprintf(a, "%sd0", text);
	return ir_real(a, v, text, t, loc);
}

static int is_zero(const IrExpr *e)
{
	return (e->kind == IR_CONST_REAL && e->u.real.v == 0) || (e->kind == IR_CONST_INT && e->u.ival == 0);
}

static int is_one(const IrExpr *e)
{
	return (e->kind == IR_CONST_REAL && e->u.real.v == 1) || (e->kind == IR_CONST_INT && e->u.ival == 1);
}

IrExpr *ad_add(IrArena *a, IrExpr *x, IrExpr *y)
{
	if (!x)
		return y;
	if (!y)
		return x;
	return ir_binop(a, IR_ADD, x, y, x->loc);
}

IrExpr *ad_mul(IrArena *a, IrExpr *x, IrExpr *y)
{
	if (is_one(x))
		return y;
	if (is_one(y))
		return x;
	return ir_binop(a, IR_MUL, x, y, x->loc);
}

static IrExpr *neg(IrArena *a, IrExpr *x)
{
	if (x->kind == IR_UNARY && x->u.op.op == IR_NEG)
		return x->u.op.a;
	return ir_unop(a, IR_NEG, x, x->loc);
}

static IrExpr *sub(IrArena *a, IrExpr *x, IrExpr *y)
{
	if (!y)
		return x;
	if (!x)
		return neg(a, y);
	return ir_binop(a, IR_SUB, x, y, x->loc);
}

static IrExpr *dv(IrArena *a, IrExpr *x, IrExpr *y)
{
	return ir_binop(a, IR_DIV, x, y, x->loc);
}

static IrExpr *cp(IrArena *a, const IrExpr *e)
{
	return ir_expr_copy(a, e);
}

static IrExpr *merge(IrArena *a, IrExpr *t, IrExpr *f, IrExpr *mask)
{
	IrExpr **args = ir_alloc(a, sizeof *args * 3);
	args[0] = t;
	args[1] = f;
	args[2] = mask;
	return ir_intrin(a, INTR_MERGE, args, 3, t->loc);
}

int ad_expr_active(const Ad *ad, const IrExpr *e)
{
	if (!e)
		return 0;
	switch (e->kind) {
	case IR_VAR: return ad_active(ad, e->u.var.sym);
	case IR_UNARY: return e->u.op.op == IR_NEG && ad_expr_active(ad, e->u.op.a);
	case IR_BINARY: return e->u.op.op <= IR_POW && (ad_expr_active(ad, e->u.op.a) || ad_expr_active(ad, e->u.op.b));
	case IR_CONVERT: return ir_base_is_real(e->type) && ad_expr_active(ad, e->u.conv.e);
	case IR_INTRIN: {
		if (!ir_base_is_real(e->type))
			return 0;
		IrIntrinsic g = ir_intrinsics[e->u.call.id].generic;
		if (g == INTR_AINT || g == INTR_ANINT)
			return 0;
		int n = g == INTR_MERGE ? 2 : e->u.call.nargs;
		for (int i = 0; i < n; i++)
			if (ad_expr_active(ad, e->u.call.args[i]))
				return 1;
		return 0;
	}
	default: return 0;
	}
}

/* ---------------------------------------------------------------- partials from intrinsics.def */

typedef struct SExp {
	const char *p;
	IrArena *a;
	const IrExpr *call; /* the intrinsic call: a = arg 0, b = arg 1, r = the call */
	IrBase t;
	IrLoc loc;
} SExp;

static IrExpr *sexp_parse(SExp *s);

static void skip(SExp *s)
{
	while (*s->p == ' ')
		s->p++;
}

static IrExpr *sexp_parse(SExp *s)
{
	skip(s);
	IrArena *a = s->a;
	if (*s->p == '(') {
		s->p++;
		skip(s);
		const char *w = s->p;
		while (*s->p && *s->p != ' ' && *s->p != ')')
			s->p++;
		char op[16];
		size_t n = (size_t)(s->p - w);
		assert(n < sizeof op);
		memcpy(op, w, n);
		op[n] = 0;
		IrExpr *args[4];
		int na = 0;
		for (;;) {
			skip(s);
			if (*s->p == ')') {
				s->p++;
				break;
			}
			assert(na < 4 && *s->p);
			args[na++] = sexp_parse(s);
		}
		if (!strcmp(op, "+"))
			return ir_binop(a, IR_ADD, args[0], args[1], s->loc);
		if (!strcmp(op, "-"))
			return ir_binop(a, IR_SUB, args[0], args[1], s->loc);
		if (!strcmp(op, "*"))
			return ir_binop(a, IR_MUL, args[0], args[1], s->loc);
		if (!strcmp(op, "/"))
			return ir_binop(a, IR_DIV, args[0], args[1], s->loc);
		if (!strcmp(op, "neg"))
			return ir_unop(a, IR_NEG, args[0], s->loc);
		IrIntrinsic id = ir_intrinsic_lookup(op);
		assert(id != INTR_NONE);
		IrExpr **v = ir_alloc(a, sizeof *v * (size_t)na);
		memcpy(v, args, sizeof *v * (size_t)na);
		return ir_intrin(a, id, v, na, s->loc);
	}
	const char *w = s->p;
	while (*s->p && *s->p != ' ' && *s->p != ')')
		s->p++;
	size_t n = (size_t)(s->p - w);
	if (n == 1 && *w == 'a')
		return cp(a, s->call->u.call.args[0]);
	if (n == 1 && *w == 'b')
		return cp(a, s->call->u.call.args[1]);
	if (n == 1 && *w == 'r')
		return cp(a, s->call);
	char num[64];
	assert(n < sizeof num);
	memcpy(num, w, n);
	num[n] = 0;
	return real_const(a, strtod(num, NULL), s->t, s->loc);
}

static IrExpr *equals(IrArena *a, const IrExpr *x, double v, IrBase t)
{
	return ir_binop(a, IR_EQ, cp(a, x), v == 0 ? ad_zero(a, t, x->loc) : real_const(a, v, t, x->loc), x->loc);
}

/* Where the function is finite but its partial infinite or 0/0 — SQRT and HYPOT at 0, ATAN2 at
 * (0, 0) (atan2_partial), ASIN and ACOS at -1 and 1, ACOSH at 1 — the partial is taken as 0 (Tapenade's choice
 * for SQRT): a clipped argument (sqrt(max(q, 0)), acos(min(c, 1)), the speed sqrt(u*u + v*v) of
 * a fluid at rest) has derivative 0 there, while Inf times the zero derivative of the clipped
 * argument would make the whole derivative NaN. Each of these partials is a quotient whose
 * denominator is 0 exactly there (and never negative): it divides by +Inf instead,
 * `0.5 / (r + (r == 0 ? Inf : 0))` — r itself wherever r /= 0, bit for bit, and a select of two
 * constants that gcc -O2 vectorizes, where `r == 0 ? Inf : r` became a branch around the
 * division (ocean's bottom drag: +6 % adjoint instructions, a loop no longer vectorized). */
static IrExpr *guard_singular(IrArena *a, const IrExpr *call, IrExpr *p)
{
	switch (ir_intrinsics[call->u.call.id].generic) {
	case INTR_SQRT:
	case INTR_ACOSH:
	case INTR_ASIN:
	case INTR_ACOS:
	case INTR_HYPOT: break;
	default: return p;
	}
	IrExpr *q = p->kind == IR_UNARY ? p->u.op.a : p;
	assert(q->kind == IR_BINARY && q->u.op.op == IR_DIV);
	IrExpr *d = q->u.op.b;
	IrBase t = call->type;
	IrExpr *zero = equals(a, d, 0, t);
	q->u.op.b =
	        ir_binop(a, IR_ADD, d, merge(a, ir_real(a, INFINITY, "huge", t, d->loc), ad_zero(a, t, d->loc), zero), d->loc);
	return p;
}

/* The partials of atan2(y, x), x/(y*y + x*x) and -y/(y*y + x*x), scaled: y*y + x*x underflows to
 * 0 for arguments below ~1e-154 (the partials Inf) and overflows above ~1e154 (the partials 0)
 * where they are finite. With r = 1/max(|y|, |x|), u = y*r, v = x*r (u*u + v*v in [1, 2]):
 * ∂/∂y = (v*r) / (u*u + v*v), ∂/∂x = -(u*r) / (u*u + v*v). At the origin, where the partials
 * are infinite, they are 0 (guard_singular's convention): r is 1 there and Inf is added to
 * u*u + v*v, two selects of constants that gcc -O2 vectorizes as it does the rest. */
static IrExpr *atan2_partial(IrArena *a, const IrExpr *call, int k)
{
	IrExpr *const *x = call->u.call.args;
	IrBase t = call->type;
	IrLoc L = call->loc;
	IrExpr *origin = ir_binop(a, IR_AND, equals(a, x[0], 0, t), equals(a, x[1], 0, t), L);
	IrExpr **m = ir_alloc(a, sizeof *m * 2);
	for (int i = 0; i < 2; i++) {
		IrExpr **one = ir_alloc(a, sizeof *one);
		one[0] = cp(a, x[i]);
		m[i] = ir_intrin(a, INTR_ABS, one, 1, L);
	}
	IrExpr *s = ir_binop(a, IR_ADD, ir_intrin(a, INTR_MAX, m, 2, L),
	                     merge(a, real_const(a, 1, t, L), ad_zero(a, t, L), cp(a, origin)), L);
	IrExpr *r = ir_binop(a, IR_DIV, real_const(a, 1, t, L), s, L);
	IrExpr *u = ir_binop(a, IR_MUL, cp(a, x[0]), r, L), *v = ir_binop(a, IR_MUL, cp(a, x[1]), cp(a, r), L);
	IrExpr *q = ir_binop(a, IR_ADD, ir_binop(a, IR_MUL, u, cp(a, u), L), ir_binop(a, IR_MUL, v, cp(a, v), L), L);
	q = ir_binop(a, IR_ADD, q, merge(a, ir_real(a, INFINITY, "huge", t, L), ad_zero(a, t, L), origin), L);
	IrExpr *num = ir_binop(a, IR_MUL, cp(a, k == 0 ? v : u), cp(a, r), L);
	IrExpr *p = ir_binop(a, IR_DIV, num, q, L);
	return k == 0 ? p : ir_unop(a, IR_NEG, p, L);
}

/* ∂ call / ∂ arg k as an expression (k = 0 or 1). */
static IrExpr *partial(IrArena *a, const IrExpr *call, int k)
{
	const IrIntrinsicInfo *in = &ir_intrinsics[call->u.call.id];
	if (in->generic == INTR_ATAN2)
		return atan2_partial(a, call, k);
	const char *src = k == 0 ? in->d1 : in->d2;
	assert(src);
	SExp s = {src, a, call, call->type, call->loc};
	return guard_singular(a, call, sexp_parse(&s));
}

/* x**(n-1), the factor of n x**(n-1), the partial of x**n in x for an INTEGER n; NULL when n is 0
 * (x**0 is constant), and 0 where n = 0 when n is not constant: 0 * 0**(-1) would be NaN at
 * x = 0 (the k = 0 term of a polynomial sum(c(k) * x**k)). */
static IrExpr *powi_factor(IrArena *a, const IrExpr *x, const IrExpr *y, const IrExpr *e)
{
	if (y->kind == IR_CONST_INT && y->u.ival == 0)
		return NULL;
	IrExpr *nm1 = ir_binop(a, IR_SUB, cp(a, y), ir_int(a, 1, e->loc), e->loc);
	IrExpr *p = ir_binop(a, IR_POW, cp(a, x), nm1, e->loc);
	p->type = x->type;
	if (y->kind == IR_CONST_INT)
		return p;
	IrExpr *n0 = ir_binop(a, IR_EQ, cp(a, y), ir_int_kind(a, 0, y->type, e->loc), e->loc);
	return merge(a, ad_zero(a, x->type, e->loc), p, n0);
}

/* x**(y-1), the factor of y x**(y-1), the partial of x**y in x for a REAL y: 0 where x = 0 and
 * y < 1, where it is infinite (0**(-0.5)) or 0/0 (y = 0), for guard_singular's reason
 * (max(q, 0)**0.5). Exact where finite: 0**0 = 1 keeps d(x**1.0)/dx = 1 at 0. */
static IrExpr *pow_base_factor(IrArena *a, const IrExpr *x, const IrExpr *y, const IrExpr *e)
{
	IrExpr *ym1 = ir_binop(a, IR_SUB, cp(a, y), real_const(a, 1, e->type, e->loc), e->loc);
	IrExpr *p = ir_binop(a, IR_POW, cp(a, x), ym1, e->loc);
	if (y->kind == IR_CONST_REAL && y->u.real.v >= 1)
		return p;
	IrExpr *at = equals(a, x, 0, e->type);
	if (y->kind != IR_CONST_REAL)
		at = ir_binop(a, IR_AND, at, ir_binop(a, IR_LT, cp(a, y), real_const(a, 1, e->type, e->loc), e->loc), e->loc);
	return merge(a, ad_zero(a, e->type, e->loc), p, at);
}

/* ---------------------------------------------------------------- tangent */

IrExpr *ad_tangent_expr(Ad *ad, const IrExpr *e, AdDerivRef dref, void *ctx)
{
	IrArena *a = ad->a;
	if (!ad_expr_active(ad, e))
		return NULL;
	switch (e->kind) {
	case IR_VAR: return dref(ctx, e);
	case IR_UNARY: {
		/* an active operand may still have a zero tangent (sign(c, x): d/dx = 0): NULL */
		IrExpr *d = ad_tangent_expr(ad, e->u.op.a, dref, ctx);
		return d ? neg(a, d) : NULL;
	}
	case IR_CONVERT: {
		IrExpr *d = ad_tangent_expr(ad, e->u.conv.e, dref, ctx);
		return d ? ir_convert(a, d, e->type) : NULL;
	}
	case IR_BINARY: {
		const IrExpr *x = e->u.op.a, *y = e->u.op.b;
		IrExpr *dx = ad_tangent_expr(ad, x, dref, ctx), *dy = ad_tangent_expr(ad, y, dref, ctx);
		switch (e->u.op.op) {
		case IR_ADD: return ad_add(a, dx, dy);
		case IR_SUB: return sub(a, dx, dy);
		case IR_MUL: return ad_add(a, dx ? ad_mul(a, dx, cp(a, y)) : NULL, dy ? ad_mul(a, cp(a, x), dy) : NULL);
		case IR_DIV:
			if (!dy)
				return dx ? dv(a, dx, cp(a, y)) : NULL;
			return dv(a, sub(a, dx, ad_mul(a, dv(a, cp(a, x), cp(a, y)), dy)), cp(a, y));
		case IR_POW: {
			IrExpr *r = NULL;
			if (ir_base_is_int(y->type)) {
				if (!dx)
					return NULL;
				/* n * x**(n-1) * dx */
				IrExpr *p = powi_factor(a, x, y, e);
				return p ? ad_mul(a, ad_mul(a, ir_convert(a, cp(a, y), e->type), p), dx) : NULL;
			}
			if (dx)
				r = ad_mul(a, ad_mul(a, cp(a, y), pow_base_factor(a, x, y, e)), dx);
			if (dy) {
				IrExpr **la = ir_alloc(a, sizeof *la);
				la[0] = cp(a, x);
				IrExpr *lg = merge(a, ir_intrin(a, INTR_LOG, la, 1, e->loc), ad_zero(a, e->type, e->loc),
				                   ir_binop(a, IR_GT, cp(a, x), ad_zero(a, e->type, e->loc), e->loc));
				r = ad_add(a, r, ad_mul(a, ad_mul(a, lg, cp(a, e)), dy));
			}
			return r;
		}
		default: return NULL;
		}
	}
	case IR_INTRIN: {
		IrIntrinsic g = ir_intrinsics[e->u.call.id].generic;
		int n = e->u.call.nargs;
		IrExpr *const *args = e->u.call.args;
		if (g == INTR_MAX || g == INTR_MIN) {
			/* fold left: cur = max(cur, x_k) with derivative merge(dcur, dx_k, cur >= x_k) */
			IrExpr *cur = cp(a, args[0]);
			IrExpr *dcur = ad_tangent_expr(ad, args[0], dref, ctx);
			for (int k = 1; k < n; k++) {
				IrExpr *dk = ad_tangent_expr(ad, args[k], dref, ctx);
				IrExpr *c = ir_binop(a, g == INTR_MAX ? IR_GE : IR_LE, cp(a, cur), cp(a, args[k]), e->loc);
				dcur = merge(a, dcur ? dcur : ad_zero(a, e->type, e->loc), dk ? dk : ad_zero(a, e->type, e->loc),
				             c);
				IrExpr **mv = ir_alloc(a, sizeof *mv * 2);
				mv[0] = cur;
				mv[1] = cp(a, args[k]);
				cur = ir_intrin(a, g, mv, 2, e->loc);
			}
			return dcur;
		}
		if (g == INTR_MERGE) {
			IrExpr *dt = ad_tangent_expr(ad, args[0], dref, ctx), *df = ad_tangent_expr(ad, args[1], dref, ctx);
			return merge(a, dt ? dt : ad_zero(a, e->type, e->loc), df ? df : ad_zero(a, e->type, e->loc),
			             cp(a, args[2]));
		}
		if (g == INTR_REAL || g == INTR_DBLE) {
			/* d real(x) = dx, kept at x's precision: the adjoint (xb += yb) does not round
			 * either, and the two modes must agree */
			IrExpr *d = ad_tangent_expr(ad, args[0], dref, ctx);
			if (d && d->type == TY_REAL8 && e->type == TY_REAL4)
				return d;
			return d ? ir_convert(a, d, e->type) : NULL;
		}
		IrExpr *r = NULL;
		for (int k = 0; k < n && k < 2; k++) {
			IrExpr *dk = ad_tangent_expr(ad, args[k], dref, ctx);
			if (!dk)
				continue;
			IrExpr *pk = partial(a, e, k);
			if (is_zero(pk))
				continue;
			r = ad_add(a, r, ad_mul(a, pk, dk));
		}
		return r;
	}
	default: return NULL;
	}
}

/* ---------------------------------------------------------------- adjoint */

typedef struct AdjCtx {
	Ad *ad;
	AdDerivRef dref;
	void *ctx;
	IrBlock *out;
	IrUnit *tmpowner;
	IrExpr *sel; /* the weight reaches the variables only where this holds (MERGE, MAX and MIN
	                select, a weight not 0): NULL = everywhere */
	IrExpr *wrap; /* the next node's weight counts only where this holds (its parent's weight is
	                 not 0): NULL = everywhere */
} AdjCtx;

/* The weight of a selected operand is applied where it is selected, after every partial on the
 * way has multiplied it: `xb += c ? m*p : 0`, not `(c ? m : 0)*p`, which is NaN when the operand
 * not selected has a NaN or infinite partial (merge(sqrt(a - 1), 2*a, a > 1) at a < 1;
 * max(log(q), -30d0) at q = 0). */
static IrExpr *sel_and(IrArena *a, IrExpr *outer, IrExpr *cond)
{
	return outer ? ir_binop(a, IR_AND, cp(a, outer), cond, cond->loc) : cond;
}

static int nactive_children(const Ad *ad, const IrExpr *e)
{
	int n = 0;
	switch (e->kind) {
	case IR_BINARY: n = ad_expr_active(ad, e->u.op.a) + ad_expr_active(ad, e->u.op.b); break;
	case IR_INTRIN:
		for (int i = 0; i < e->u.call.nargs; i++)
			n += ad_expr_active(ad, e->u.call.args[i]);
		break;
	default: n = 1;
	}
	return n;
}

/* A weight used more than once is computed into a temporary first. */
static IrExpr *shared_weight(AdjCtx *c, IrExpr *m)
{
	if (m->kind == IR_VAR || m->kind == IR_CONST_REAL)
		return m;
	IrSym *t = ad_new_local(c->ad, c->tmpowner, "tempb", m->type);
	ir_block_add(c->ad->a, c->out, ir_assign(c->ad->a, ir_var(c->ad->a, t, NULL, 0, m->loc), m, m->loc));
	return ir_var(c->ad->a, t, NULL, 0, m->loc);
}

/* Is e a constant (a literal, PARAMETERs, and operations on them but a division: a static
 * division by 0 aside, its partials are finite)? */
static int constant_expr(const IrExpr *e)
{
	switch (e->kind) {
	case IR_CONST_INT:
	case IR_CONST_REAL: return 1;
	case IR_VAR: return e->u.var.sym->kind == SYM_PARAM && !e->u.var.nidx;
	case IR_UNARY: return constant_expr(e->u.op.a);
	case IR_CONVERT: return constant_expr(e->u.conv.e);
	case IR_BINARY: return e->u.op.op != IR_DIV && constant_expr(e->u.op.a) && constant_expr(e->u.op.b);
	default: return 0;
	}
}

static int passes_weight(const IrExpr *e);

/* --nan-safe: any partial that is not a constant may be infinite or NaN (SQRT or LOG of a
 * negative number, 1/x at 0, an overflowing EXP, and any partial that reads a NaN value computed
 * earlier: a failed Newton iteration's U = T*Z with T NaN, U thrown away). */
static int partial_not_constant(const IrExpr *e)
{
	if (passes_weight(e))
		return 0;
	if (e->kind == IR_BINARY && e->u.op.op == IR_MUL)
		return !constant_expr(e->u.op.a) || !constant_expr(e->u.op.b);
	if (e->kind == IR_BINARY && e->u.op.op == IR_DIV)
		return 1;
	return e->kind == IR_BINARY || e->kind == IR_INTRIN;
}

static int tree_may_blow(const Ad *ad, const IrExpr *e)
{
	if (!ad_expr_active(ad, e))
		return 0;
	if (partial_not_constant(e))
		return 1;
	switch (e->kind) {
	case IR_UNARY: return tree_may_blow(ad, e->u.op.a);
	case IR_CONVERT: return tree_may_blow(ad, e->u.conv.e);
	case IR_BINARY: return tree_may_blow(ad, e->u.op.a) || tree_may_blow(ad, e->u.op.b);
	case IR_INTRIN:
		for (int i = 0; i < e->u.call.nargs; i++)
			if (tree_may_blow(ad, e->u.call.args[i]))
				return 1;
		return 0;
	default: return 0;
	}
}

/* Does the weight reach e's operands unchanged, up to sign (no partial multiplies it)? */
static int passes_weight(const IrExpr *e)
{
	switch (e->kind) {
	case IR_VAR:
	case IR_UNARY:
	case IR_CONVERT: return 1;
	case IR_BINARY: return e->u.op.op == IR_ADD || e->u.op.op == IR_SUB;
	case IR_INTRIN: {
		IrIntrinsic g = ir_intrinsics[e->u.call.id].generic;
		return g == INTR_MAX || g == INTR_MIN || g == INTR_MERGE || g == INTR_REAL || g == INTR_DBLE;
	}
	default: return 0;
	}
}

static void adj_node(AdjCtx *c, const IrExpr *e, IrExpr *m);

/* The edge of x*y to x: its partial y may be infinite or NaN (y is not a constant). */
static int mul_edge_blows(const Ad *ad, const IrExpr *x, const IrExpr *y)
{
	return ad_expr_active(ad, x) && !constant_expr(y);
}

/* Must the weights e passes its operands be selected (m /= 0)? A product passes x the weight
 * times y: a constant factor keeps a zero weight zero, which the operand's own test sees. */
static int needs_wrap(const Ad *ad, const IrExpr *e)
{
	if (!ad->req->nan_safe) /* (opt-in: ocean's adjoint lost 9 % to its 12 selects, ice 8 %) */
		return 0;
	if (passes_weight(e))
		return 0;
	if (e->kind == IR_BINARY && e->u.op.op == IR_MUL)
		return mul_edge_blows(ad, e->u.op.a, e->u.op.b) || mul_edge_blows(ad, e->u.op.b, e->u.op.a);
	return tree_may_blow(ad, e);
}

/* A weight that is exactly 0 adds nothing, even where a partial on the way is infinite or NaN: a
 * trial value the code throws away when it is not a number (T = SQRT(X - 2) read only if
 * T .EQ. T; a Newton step that overflowed EXP, kept back by an IERR fallback) has weight 0, and
 * 0 * NaN made the whole gradient NaN where tangent and finite differences agree (s18 trial A
 * F11). A node with such a partial in its subtree (SQRT itself, or SIN above SQRT(X - 2), whose
 * COS(NaN) is NaN too) passes each operand `m /= 0 ? m*p : 0` instead of m*p: a select per
 * edge on the way to the partial (no branch: loops stay vectorized), not one per increment, and
 * none in a statement without such a partial. Below a product that may have made the weight 0
 * the test is made again (EXP(-1/U**2) at U = 0: EXP's partial is 0, the division's 0/0). */
static void adj(AdjCtx *c, const IrExpr *e, IrExpr *m)
{
	Ad *ad = c->ad;
	IrArena *a = ad->a;
	if (!ad_expr_active(ad, e))
		return;
	IrExpr *wrap = c->wrap;
	if (wrap)
		m = merge(a, m, ad_zero(a, m->type, e->loc), cp(a, wrap));
	c->wrap = NULL;
	if (nactive_children(ad, e) > 1)
		m = shared_weight(c, m);
	if (m->kind != IR_CONST_REAL && needs_wrap(ad, e)) {
		m = shared_weight(c, m);
		c->wrap = ir_binop(a, IR_NE, cp(a, m), ad_zero(a, m->type, e->loc), e->loc);
	}
	adj_node(c, e, m);
	c->wrap = wrap;
}

static void adj_node(AdjCtx *c, const IrExpr *e, IrExpr *m)
{
	Ad *ad = c->ad;
	IrArena *a = ad->a;
	switch (e->kind) {
	case IR_VAR: {
		/* vb = vb + m */
		IrExpr *vb = c->dref(c->ctx, e);
		IrExpr *w = ir_convert(a, m, vb->type);
		if (c->sel)
			w = merge(a, w, ad_zero(a, vb->type, e->loc), cp(a, c->sel));
		IrExpr *rhs = ir_binop(a, IR_ADD, cp(a, vb), w, e->loc);
		ir_block_add(a, c->out, ir_assign(a, vb, rhs, e->loc));
		return;
	}
	case IR_UNARY: adj(c, e->u.op.a, neg(a, m)); return;
	case IR_CONVERT:
		/* a widening conversion passes the weight on unrounded (the tangent of a narrowing
		 * REAL(x) keeps x's precision too: the two modes must agree) */
		if (m->type == TY_REAL8 && e->u.conv.e->type == TY_REAL4 && e->type == TY_REAL8)
			adj(c, e->u.conv.e, m);
		else
			adj(c, e->u.conv.e, ir_convert(a, m, e->u.conv.e->type));
		return;
	case IR_BINARY: {
		const IrExpr *x = e->u.op.a, *y = e->u.op.b;
		switch (e->u.op.op) {
		case IR_ADD:
			adj(c, x, m);
			adj(c, y, cp(a, m));
			return;
		case IR_SUB:
			adj(c, x, m);
			adj(c, y, neg(a, cp(a, m)));
			return;
		case IR_MUL: {
			IrExpr *cond = c->wrap; /* per edge: only where the other factor may be NaN */
			c->wrap = cond && mul_edge_blows(ad, x, y) ? cond : NULL;
			adj(c, x, ad_mul(a, m, cp(a, y)));
			c->wrap = cond && mul_edge_blows(ad, y, x) ? cond : NULL;
			adj(c, y, ad_mul(a, cp(a, m), cp(a, x)));
			c->wrap = cond;
			return;
		}
		case IR_DIV: {
			/* w = m / y, then x gets w and y gets -w (x / y): one division by y per statement,
			 * not m / y and (m (x / y)) / y */
			IrExpr *w = dv(a, m, cp(a, y));
			if (!ad_expr_active(ad, y)) {
				adj(c, x, w);
				return;
			}
			if (ad_expr_active(ad, x))
				w = shared_weight(c, w);
			adj(c, x, w);
			adj(c, y, neg(a, ad_mul(a, cp(a, w), dv(a, cp(a, x), cp(a, y)))));
			return;
		}
		case IR_POW:
			if (ir_base_is_int(y->type)) {
				IrExpr *p = powi_factor(a, x, y, e);
				if (p)
					adj(c, x, ad_mul(a, ad_mul(a, m, ir_convert(a, cp(a, y), e->type)), p));
				return;
			}
			if (ad_expr_active(ad, x))
				adj(c, x, ad_mul(a, ad_mul(a, m, cp(a, y)), pow_base_factor(a, x, y, e)));
			if (ad_expr_active(ad, y)) {
				IrExpr **la = ir_alloc(a, sizeof *la);
				la[0] = cp(a, x);
				IrExpr *lg = merge(a, ir_intrin(a, INTR_LOG, la, 1, e->loc), ad_zero(a, e->type, e->loc),
				                   ir_binop(a, IR_GT, cp(a, x), ad_zero(a, e->type, e->loc), e->loc));
				adj(c, y, ad_mul(a, ad_mul(a, cp(a, m), lg), cp(a, e)));
			}
			return;
		default: return;
		}
	}
	case IR_INTRIN: {
		IrIntrinsic g = ir_intrinsics[e->u.call.id].generic;
		int n = e->u.call.nargs;
		IrExpr *const *args = e->u.call.args;
		if (g == INTR_MAX || g == INTR_MIN) {
			/* max(x1..xn): the weight goes to the first argument that attains the extreme:
			 * x_k wins if it beats (>=) every earlier-folded value — computed as in the tangent */
			IrExpr **win = ir_alloc(a, sizeof *win * (size_t)n);
			IrExpr *cur = cp(a, args[0]);
			for (int k = 0; k < n; k++)
				win[k] = NULL;
			/* win[k] = condition that x_k is the selected one */
			IrExpr **curs = ir_alloc(a, sizeof *curs * (size_t)n);
			curs[0] = cur;
			for (int k = 1; k < n; k++) {
				IrExpr **mv = ir_alloc(a, sizeof *mv * 2);
				mv[0] = cp(a, curs[k - 1]);
				mv[1] = cp(a, args[k]);
				curs[k] = ir_intrin(a, g, mv, 2, e->loc);
			}
			IrOp keep = g == INTR_MAX ? IR_GE : IR_LE;
			for (int k = n - 1; k >= 0; k--) {
				/* x_k selected: for k > 0, curs[k-1] does not win against x_k, and x_k wins
				 * every later comparison (curs[j-1] keeps for all j > k) */
				IrExpr *cond = NULL;
				if (k > 0)
					cond = ir_unop(a, IR_NOT, ir_binop(a, keep, cp(a, curs[k - 1]), cp(a, args[k]), e->loc),
					               e->loc);
				for (int j = k + 1; j < n; j++) {
					IrExpr *cj = ir_binop(a, keep, cp(a, curs[j - 1]), cp(a, args[j]), e->loc);
					cond = cond ? ir_binop(a, IR_AND, cond, cj, e->loc) : cj;
				}
				win[k] = cond;
			}
			IrExpr *outer = c->sel;
			for (int k = 0; k < n; k++) {
				if (!ad_expr_active(ad, args[k]))
					continue;
				c->sel = win[k] ? sel_and(a, outer, win[k]) : outer;
				adj(c, args[k], cp(a, m));
			}
			c->sel = outer;
			return;
		}
		if (g == INTR_MERGE) {
			IrExpr *outer = c->sel;
			c->sel = sel_and(a, outer, cp(a, args[2]));
			adj(c, args[0], cp(a, m));
			c->sel = sel_and(a, outer, ir_unop(a, IR_NOT, cp(a, args[2]), e->loc));
			adj(c, args[1], cp(a, m));
			c->sel = outer;
			return;
		}
		if (g == INTR_REAL || g == INTR_DBLE) {
			/* the weight keeps its precision: DBLE of a single precision value does not
			 * round a double precision weight (nor does the tangent round) */
			adj(c, args[0], m->type == TY_REAL8 && args[0]->type == TY_REAL4 ? m : ir_convert(a, m, args[0]->type));
			return;
		}
		for (int k = 0; k < n && k < 2; k++) {
			if (!ad_expr_active(ad, args[k]))
				continue;
			IrExpr *pk = partial(a, e, k);
			if (is_zero(pk))
				continue;
			adj(c, args[k], ad_mul(a, cp(a, m), pk));
		}
		return;
	}
	default: return;
	}
}

void ad_adjoint_expr(Ad *ad, const IrExpr *e, IrExpr *m, AdDerivRef dref, void *ctx, IrBlock *out, IrUnit *tmpowner)
{
	AdjCtx c = {ad, dref, ctx, out, tmpowner, NULL, NULL};
	adj(&c, e, m);
}
