/*
 * sema_complex.c — COMPLEX lowered to pairs of reals, before anything else in sema sees it.
 *
 * A complex variable is a structure of two REAL leaves `z%re`, `z%im` (sema_type.c declares
 * it, passes it and assigns it like a derived type). This file rewrites every complex
 * expression as two real expressions, its parts, so that activity, TBR, the tape, snapshots
 * and the C convention see only reals and a derivative of a complex value is the pair of
 * the derivatives of its parts:
 *   - `z = e` becomes `z%re = Re(e)` and `z%im = Im(e)` (through a temporary when e reads z);
 *   - real-valued functions of complex values (REAL, DBLE, AIMAG, ABS) and `==`/`/=` become
 *     real expressions of the parts, wherever they are;
 *   - a complex expression passed as an argument goes through a complex temporary;
 *   - PRINT of a complex scalar prints `( re , im )`.
 * In a statement of scalars, a part used twice (`a*b*c`, `exp(z)`) is computed once into a
 * REAL temporary, so the expansion grows linearly; in array statements the parts are copied
 * (they are elementwise), and an expansion larger than CX_MAX_NODES is refused.
 *
 * The formulas (x = re, y = im): z*w by the textbook product (as gfortran without overflow),
 * z/w by Smith's algorithm (as libgcc's, branch-free), ABS = HYPOT(x, y), EXP = e^x (cos y + i sin y),
 * LOG = log|z| + i atan2(y, x) (principal branch), SQRT the principal root computed from
 * t = sqrt((|z|+|x|)/2) as C99's csqrt, SIN/COS by sinh/cosh, z**n for a constant integer n by
 * repeated squaring, any other power as EXP(w*LOG(z)).
 */
#include "sema_int.h"

#include <stdlib.h>
#include <string.h>

enum { CX_MAX_NODES = 20000 };

#define CX_HAS                                                                                                                   \
	"stad has COMPLEX + - * / **, == and /=, CMPLX, REAL, DBLE, AIMAG, CONJG, ABS, EXP, LOG, SQRT, SIN, COS, SUM and "       \
	"DOT_PRODUCT"

typedef struct Cx {
	IrExpr *re, *im; /* im NULL: zero */
	int dbl;         /* COMPLEX(8) */
} Cx;

typedef struct Ctx {
	Sema *S;
	IrBlock *pre; /* where REAL temporaries go; NULL: parts are copied instead */
} Ctx;

static int is_cx(Ctx *c, const IrExpr *e);
static int cx_of(Ctx *c, IrExpr *e, Cx *out);
static IrExpr *rx(Ctx *c, IrExpr *e);
static IrExpr *cx_actual(Ctx *c, IrBlock *out, IrExpr *x);
static int has_array(Sema *S, const IrExpr *e);

/* ---------------------------------------------------------------- helpers */

static IrBase part_type(int dbl)
{
	return dbl ? TY_REAL8 : TY_REAL4;
}

static IrExpr *rconst(Ctx *c, double v, int dbl, IrLoc loc)
{
	char buf[64];
	snprintf(buf, sizeof buf, "%.17g%s", v, dbl ? "d0" : "");
	if (!dbl && !strchr(buf, '.') && !strchr(buf, 'e'))
		strcat(buf, ".0");
	return ir_real(c->S->a, v, ir_sprintf(c->S->a, "%s", buf), part_type(dbl), loc);
}

static IrExpr *cp(Ctx *c, const IrExpr *e)
{
	return ir_expr_copy(c->S->a, e);
}

static IrExpr *call1(Ctx *c, const char *f, IrExpr *x)
{
	IrExpr **args = ir_alloc(c->S->a, sizeof *args);
	args[0] = x;
	return ir_ref(c->S->a, f, args, 1, 1, x->loc);
}

static IrExpr *call2(Ctx *c, const char *f, IrExpr *x, IrExpr *y)
{
	IrExpr **args = ir_alloc(c->S->a, 2 * sizeof *args);
	args[0] = x;
	args[1] = y;
	return ir_ref(c->S->a, f, args, 2, 1, x->loc);
}

static IrExpr *call3(Ctx *c, const char *f, IrExpr *x, IrExpr *y, IrExpr *z)
{
	IrExpr **args = ir_alloc(c->S->a, 3 * sizeof *args);
	args[0] = x;
	args[1] = y;
	args[2] = z;
	return ir_ref(c->S->a, f, args, 3, 1, x->loc);
}

static IrExpr *bin(Ctx *c, IrOp op, IrExpr *x, IrExpr *y)
{
	return ir_binop(c->S->a, op, x, y, x->loc);
}

static IrExpr *neg(Ctx *c, IrExpr *x)
{
	IrExpr *e = ir_unop(c->S->a, IR_NEG, x, x->loc);
	return e;
}

static int is_simple(const IrExpr *e)
{
	if (e->kind == IR_CONST_REAL || e->kind == IR_CONST_INT)
		return 1;
	if (e->kind == IR_UNARY && e->u.op.op == IR_NEG)
		return is_simple(e->u.op.a);
	if (e->kind != IR_REF)
		return 0;
	for (int i = 0; i < e->u.ref.nargs; i++) {
		const IrExpr *a = e->u.ref.args[i];
		if (a->kind != IR_CONST_INT && !(a->kind == IR_REF && !a->u.ref.has_parens))
			return 0;
	}
	return strchr(e->u.ref.name, '%') != NULL || !e->u.ref.has_parens;
}

/* x, to be used more than once: in a temporary when there is a place for it. */
static IrExpr *hold(Ctx *c, IrExpr *x, int dbl)
{
	if (!x || !c->pre || is_simple(x))
		return x;
	IrUnit *u = c->S->unit;
	IrSym *s = ir_sym_new(c->S->a, u, sema_fresh_name(c->S, "cxt"), SYM_LOCAL, x->loc);
	s->type = part_type(dbl);
	s->declared = 1;
	IrExpr *r = ir_ref(c->S->a, s->name, NULL, 0, 0, x->loc);
	ir_block_add(c->S->a, c->pre, ir_assign(c->S->a, cp(c, r), x, x->loc));
	return r;
}

static void hold_cx(Ctx *c, Cx *z)
{
	z->re = hold(c, z->re, z->dbl);
	z->im = hold(c, z->im, z->dbl);
}

static IrExpr *im_or_zero(Ctx *c, const Cx *z, IrLoc loc)
{
	return z->im ? cp(c, z->im) : rconst(c, 0.0, z->dbl, loc);
}

static int is_name(const IrExpr *e, const char *n)
{
	return e->kind == IR_REF && e->u.ref.has_parens && !strcmp(e->u.ref.name, n);
}

/* Is e a call of the intrinsic `name` (not hidden by a variable or procedure of the unit)? */
static int intrinsic_call(Ctx *c, const IrExpr *e, const char *name)
{
	if (!is_name(e, name))
		return 0;
	IrSym *s = sema_lookup(c->S, c->S->unit, name);
	return !(s && s->kind != SYM_PROC) && !sema_find_proc(c->S, c->S->unit, name);
}

/* An argument: positional k, or the keyword kw. */
static IrExpr *arg_of(const IrExpr *e, int k, const char *kw)
{
	int pos = 0;
	for (int i = 0; i < e->u.ref.nargs; i++) {
		IrExpr *a = e->u.ref.args[i];
		if (a->kind == IR_KEYWORD) {
			if (kw && !strcmp(a->u.kw.name, kw))
				return a->u.kw.e;
			continue;
		}
		if (pos++ == k)
			return a;
	}
	return NULL;
}

/* A kind argument: 1 for 8, 0 for 4, -1 (reported) otherwise. */
static int kind_arg(Ctx *c, IrExpr *k)
{
	IrBase b = sema_kind_type(c->S, c->S->unit, TY_REAL4, cp(c, k));
	if (b == TY_REAL4 || b == TY_REAL8)
		return b == TY_REAL8;
	if (b != TY_NONE)
		ir_error(k->loc, "the kind of a COMPLEX must be 4 or 8");
	return -1;
}

/* Does this real expression have double precision (so a complex it is mixed with becomes
 * COMPLEX(8))? Literals, variables and DBLE are told apart; anything else is taken as it. */
static int is_dbl_real(Ctx *c, const IrExpr *e)
{
	switch (e->kind) {
	case IR_CONST_REAL: return e->type == TY_REAL8 || (e->u.real.kind_name && e->type != TY_REAL4);
	case IR_REF: {
		if (e->u.ref.has_parens && (!strcmp(e->u.ref.name, "dble") || !strcmp(e->u.ref.name, "dsqrt")))
			return 1;
		IrSym *s = sema_lookup(c->S, c->S->unit, e->u.ref.name);
		if (s && s->kind != SYM_PROC && s->type == TY_REAL8)
			return 1;
		for (int i = 0; i < e->u.ref.nargs; i++)
			if (is_dbl_real(c, e->u.ref.args[i]) && !(s && s->kind != SYM_PROC))
				return 1;
		return 0;
	}
	case IR_UNARY: return is_dbl_real(c, e->u.op.a);
	case IR_BINARY: return is_dbl_real(c, e->u.op.a) || is_dbl_real(c, e->u.op.b);
	default: return 0;
	}
}

/* ---------------------------------------------------------------- which expressions are complex */

static const char *const elemental_cx[] = {"exp", "log", "sqrt", "sin", "cos", "conjg", "sum", "product"};

/* The specific names of the complex intrinsics (C for COMPLEX, CD and Z for COMPLEX(8)). */
static const char *const specific_cx[][2] = {
        {"cexp", "exp"},   {"cdexp", "exp"},   {"zexp", "exp"},   {"clog", "log"},     {"cdlog", "log"}, {"zlog", "log"},
        {"csqrt", "sqrt"}, {"cdsqrt", "sqrt"}, {"zsqrt", "sqrt"}, {"csin", "sin"},     {"cdsin", "sin"}, {"zsin", "sin"},
        {"ccos", "cos"},   {"cdcos", "cos"},   {"zcos", "cos"},   {"dconjg", "conjg"}, {"cabs", "abs"},  {"cdabs", "abs"},
        {"zabs", "abs"},   {"dimag", "aimag"}, {"dreal", "real"}};

/* The generic of a complex intrinsic's name, or the name itself. */
static const char *generic_cx(const char *f)
{
	for (size_t i = 0; i < sizeof specific_cx / sizeof specific_cx[0]; i++)
		if (!strcmp(f, specific_cx[i][0]))
			return specific_cx[i][1];
	return f;
}

static int is_cx(Ctx *c, const IrExpr *e)
{
	if (!e)
		return 0;
	switch (e->kind) {
	case IR_REF: {
		if (!strcmp(e->u.ref.name, IR_COMPLEX_CONST))
			return 1;
		int k = sema_complex_kind(c->S, e);
		if (k != 0)
			return k > 0;
		if (intrinsic_call(c, e, "cmplx") || intrinsic_call(c, e, "dcmplx"))
			return 1;
		for (size_t i = 0; i < sizeof elemental_cx / sizeof elemental_cx[0]; i++)
			if (e->u.ref.has_parens && !strcmp(generic_cx(e->u.ref.name), elemental_cx[i]) &&
			    intrinsic_call(c, e, e->u.ref.name) && e->u.ref.nargs)
				return is_cx(c, e->u.ref.args[0]);
		if (intrinsic_call(c, e, "dot_product") && e->u.ref.nargs == 2)
			return is_cx(c, e->u.ref.args[0]) || is_cx(c, e->u.ref.args[1]);
		return 0;
	}
	case IR_COMPONENT: return sema_complex_kind(c->S, e) > 0;
	case IR_UNARY: return e->u.op.op == IR_NEG && is_cx(c, e->u.op.a);
	case IR_ARRAYCON:
		for (int i = 0; i < e->u.list.nitems; i++)
			if (is_cx(c, e->u.list.items[i]))
				return 1;
		return 0;
	case IR_BINARY:
		switch (e->u.op.op) {
		case IR_ADD:
		case IR_SUB:
		case IR_MUL:
		case IR_DIV:
		case IR_POW: return is_cx(c, e->u.op.a) || is_cx(c, e->u.op.b);
		default: return 0;
		}
	default: return 0;
	}
}

/* ---------------------------------------------------------------- complex arithmetic */

static Cx real_cx(Ctx *c, IrExpr *x)
{
	Cx z = {rx(c, x), NULL, is_dbl_real(c, x)};
	return z;
}

static Cx add(Ctx *c, IrOp op, Cx a, Cx b)
{
	Cx r = {bin(c, op, a.re, b.re), NULL, a.dbl || b.dbl};
	if (a.im && b.im)
		r.im = bin(c, op, a.im, b.im);
	else if (a.im)
		r.im = a.im;
	else if (b.im)
		r.im = op == IR_SUB ? neg(c, b.im) : b.im;
	return r;
}

static Cx mul(Ctx *c, Cx a, Cx b)
{
	Cx r = {NULL, NULL, a.dbl || b.dbl};
	hold_cx(c, &a);
	hold_cx(c, &b);
	if (!a.im && !b.im) {
		r.re = bin(c, IR_MUL, a.re, b.re);
		return r;
	}
	if (!b.im || !a.im) {
		Cx z = b.im ? b : a, x = b.im ? a : b; /* z complex, x real */
		r.re = bin(c, IR_MUL, cp(c, z.re), cp(c, x.re));
		r.im = bin(c, IR_MUL, cp(c, z.im), cp(c, x.re));
		return r;
	}
	/* (a + ib)(c + id) = (ac - bd) + i(ad + bc) */
	r.re = bin(c, IR_SUB, bin(c, IR_MUL, cp(c, a.re), cp(c, b.re)), bin(c, IR_MUL, cp(c, a.im), cp(c, b.im)));
	r.im = bin(c, IR_ADD, bin(c, IR_MUL, cp(c, a.re), cp(c, b.im)), bin(c, IR_MUL, cp(c, a.im), cp(c, b.re)));
	return r;
}

static Cx divide(Ctx *c, Cx a, Cx b)
{
	Cx r = {NULL, NULL, a.dbl || b.dbl};
	hold_cx(c, &a);
	hold_cx(c, &b);
	if (!b.im) {
		r.re = bin(c, IR_DIV, cp(c, a.re), cp(c, b.re));
		r.im = a.im ? bin(c, IR_DIV, cp(c, a.im), cp(c, b.re)) : NULL;
		return r;
	}
	/* Smith's algorithm, as libgcc's: with s the larger of c, d in magnitude, t the other,
	 * r = t/s and den = s + t*r, (a + ib)/(c + id) is ((a + br) + i(b - ar))/den when |c| >= |d|
	 * and ((ar + b) + i(br - a))/den otherwise. Both branches are finite (a MERGE, so the
	 * derivative of the branch not taken is finite too). */
	IrLoc loc = b.re->loc;
	IrExpr *cbig = bin(c, IR_GE, call1(c, "abs", cp(c, b.re)), call1(c, "abs", cp(c, b.im)));
	IrExpr *big = hold(c, call3(c, "merge", cp(c, b.re), cp(c, b.im), cp(c, cbig)), r.dbl);
	IrExpr *small = hold(c, call3(c, "merge", cp(c, b.im), cp(c, b.re), cp(c, cbig)), r.dbl);
	IrExpr *q = hold(c, bin(c, IR_DIV, cp(c, small), cp(c, big)), r.dbl);
	IrExpr *den = hold(c, bin(c, IR_ADD, cp(c, big), bin(c, IR_MUL, cp(c, small), cp(c, q))), r.dbl);
	IrExpr *ai = a.im ? a.im : rconst(c, 0.0, r.dbl, loc);
	IrExpr *re1 = bin(c, IR_ADD, cp(c, a.re), bin(c, IR_MUL, cp(c, ai), cp(c, q)));
	IrExpr *re2 = bin(c, IR_ADD, bin(c, IR_MUL, cp(c, a.re), cp(c, q)), cp(c, ai));
	IrExpr *im1 = bin(c, IR_SUB, cp(c, ai), bin(c, IR_MUL, cp(c, a.re), cp(c, q)));
	IrExpr *im2 = bin(c, IR_SUB, bin(c, IR_MUL, cp(c, ai), cp(c, q)), cp(c, a.re));
	r.re = bin(c, IR_DIV, call3(c, "merge", re1, re2, cp(c, cbig)), cp(c, den));
	r.im = bin(c, IR_DIV, call3(c, "merge", im1, im2, cbig), cp(c, den));
	return r;
}

static Cx cx_exp(Ctx *c, Cx z)
{
	Cx r = {NULL, NULL, z.dbl};
	if (!z.im) {
		r.re = call1(c, "exp", z.re);
		return r;
	}
	/* e^(x + iy) = e^x cos y + i e^x sin y */
	IrExpr *e = hold(c, call1(c, "exp", z.re), z.dbl);
	IrExpr *y = hold(c, z.im, z.dbl);
	r.re = bin(c, IR_MUL, cp(c, e), call1(c, "cos", cp(c, y)));
	r.im = bin(c, IR_MUL, cp(c, e), call1(c, "sin", cp(c, y)));
	return r;
}

static IrExpr *cx_abs(Ctx *c, Cx z)
{
	if (!z.im)
		return call1(c, "abs", z.re);
	return call2(c, "hypot", z.re, z.im);
}

static Cx cx_log(Ctx *c, Cx z)
{
	/* log z = log|z| + i atan2(y, x) */
	Cx r = {NULL, NULL, z.dbl};
	hold_cx(c, &z);
	IrExpr *y = im_or_zero(c, &z, z.re->loc);
	r.re = call1(c, "log", cx_abs(c, (Cx){cp(c, z.re), z.im ? cp(c, z.im) : NULL, z.dbl}));
	r.im = call2(c, "atan2", y, cp(c, z.re));
	return r;
}

static Cx cx_sqrt(Ctx *c, Cx z)
{
	/* t = sqrt((|z| + |x|)/2); x >= 0: (t, y/(2t)), else (|y|/(2t), sign(t, y)); 0 at 0 */
	Cx r = {NULL, NULL, z.dbl};
	hold_cx(c, &z);
	IrLoc loc = z.re->loc;
	IrExpr *y = im_or_zero(c, &z, loc);
	IrExpr *abs_z = cx_abs(c, (Cx){cp(c, z.re), z.im ? cp(c, z.im) : NULL, z.dbl});
	IrExpr *t = hold(
	        c,
	        call1(c, "sqrt", bin(c, IR_MUL, bin(c, IR_ADD, abs_z, call1(c, "abs", cp(c, z.re))), rconst(c, 0.5, z.dbl, loc))),
	        z.dbl);
	IrExpr *two_t = hold(c,
	                     call3(c, "merge", bin(c, IR_MUL, rconst(c, 2.0, z.dbl, loc), cp(c, t)), rconst(c, 1.0, z.dbl, loc),
	                           bin(c, IR_GT, cp(c, t), rconst(c, 0.0, z.dbl, loc))),
	                     z.dbl);
	r.re = call3(c, "merge", cp(c, t), bin(c, IR_DIV, call1(c, "abs", cp(c, y)), cp(c, two_t)),
	             bin(c, IR_GE, cp(c, z.re), rconst(c, 0.0, z.dbl, loc)));
	r.im = call3(c, "merge", bin(c, IR_DIV, cp(c, y), cp(c, two_t)), call2(c, "sign", cp(c, t), cp(c, y)),
	             bin(c, IR_GE, cp(c, z.re), rconst(c, 0.0, z.dbl, loc)));
	return r;
}

static Cx cx_sincos(Ctx *c, Cx z, int is_sin)
{
	/* sin(x + iy) = sin x cosh y + i cos x sinh y; cos(x + iy) = cos x cosh y - i sin x sinh y */
	Cx r = {NULL, NULL, z.dbl};
	if (!z.im) {
		r.re = call1(c, is_sin ? "sin" : "cos", z.re);
		return r;
	}
	hold_cx(c, &z);
	r.re = bin(c, IR_MUL, call1(c, is_sin ? "sin" : "cos", cp(c, z.re)), call1(c, "cosh", cp(c, z.im)));
	r.im = bin(c, IR_MUL, call1(c, is_sin ? "cos" : "sin", cp(c, z.re)), call1(c, "sinh", cp(c, z.im)));
	if (!is_sin)
		r.im = neg(c, r.im);
	return r;
}

/* A constant integer exponent: 1 with *n. */
static int const_int(const IrExpr *e, int64_t *n)
{
	if (e->kind == IR_CONST_INT) {
		*n = e->u.ival;
		return 1;
	}
	if (e->kind == IR_UNARY && e->u.op.op == IR_NEG && e->u.op.a->kind == IR_CONST_INT) {
		*n = -e->u.op.a->u.ival;
		return 1;
	}
	return 0;
}

static Cx cx_pow(Ctx *c, Cx z, IrExpr *w, IrLoc loc)
{
	int64_t n;
	if (!is_cx(c, w) && const_int(w, &n) && n >= -64 && n <= 64) {
		/* repeated squaring, as gfortran's z**n */
		Cx one = {rconst(c, 1.0, z.dbl, loc), NULL, z.dbl};
		Cx acc = one, base = z;
		int64_t m = n < 0 ? -n : n;
		int first = 1;
		while (m) {
			if (m & 1) {
				acc = first ? base : mul(c, acc, base);
				first = 0;
			}
			m >>= 1;
			if (m)
				base = mul(c, base, base);
		}
		return n < 0 ? divide(c, one, acc) : acc;
	}
	Cx ww;
	if (!is_cx(c, w))
		ww = real_cx(c, w);
	else if (cx_of(c, w, &ww) < 0)
		return z;
	Cx l = cx_log(c, z);
	Cx p = mul(c, ww, l);
	p.dbl = z.dbl || ww.dbl;
	return cx_exp(c, p);
}

/* The parts of a value converted to the kind of a complex (CMPLX's and a constant's rule). */
static IrExpr *to_part(Ctx *c, IrExpr *x, int dbl)
{
	if (x->kind == IR_CONST_INT)
		return rconst(c, (double)x->u.ival, dbl, x->loc);
	if (x->kind == IR_UNARY && x->u.op.op == IR_NEG && x->u.op.a->kind == IR_CONST_INT)
		return rconst(c, -(double)x->u.op.a->u.ival, dbl, x->loc);
	return call1(c, dbl ? "dble" : "real", rx(c, x));
}

static int cx_call(Ctx *c, IrExpr *e, Cx *out)
{
	const char *f = generic_cx(e->u.ref.name);
	if (!strcmp(f, "cmplx") || !strcmp(f, "dcmplx")) {
		IrExpr *a = arg_of(e, 0, "x"), *b = arg_of(e, 1, "y"), *k = arg_of(e, 2, "kind");
		/* CMPLX without KIND is default complex: COMPLEX(8) with --default-real-8 */
		int dbl = !strcmp(f, "dcmplx") || ir_default_real == TY_REAL8;
		if (k && (dbl = kind_arg(c, k)) < 0)
			return -1;
		if (!a) {
			ir_error(e->loc, "%s needs an argument", f);
			return -1;
		}
		Cx za;
		if (is_cx(c, a)) {
			if (b) {
				ir_error(b->loc, "CMPLX of a COMPLEX value takes no imaginary part");
				return -1;
			}
			if (cx_of(c, a, &za) < 0)
				return -1;
			out->re = za.dbl == dbl ? za.re : call1(c, dbl ? "dble" : "real", za.re);
			out->im = za.dbl == dbl ? za.im : call1(c, dbl ? "dble" : "real", za.im);
			out->dbl = dbl;
			return 1;
		}
		out->dbl = dbl;
		out->re = to_part(c, a, dbl);
		out->im = b ? to_part(c, b, dbl) : NULL;
		return 1;
	}
	if (e->u.ref.nargs < 1)
		return 0;
	IrExpr *a = e->u.ref.args[0];
	Ctx ac = {c->S, NULL}; /* the arguments of SUM and DOT_PRODUCT are arrays */
	if (!strcmp(f, "dot_product") || !strcmp(f, "sum"))
		c = &ac;
	if (!strcmp(f, "dot_product")) {
		/* dot_product(a, b) = sum(conjg(a)*b) */
		IrExpr *b = e->u.ref.args[1];
		Cx za, zb;
		if (is_cx(c, a) ? cx_of(c, a, &za) < 0 : ((za = real_cx(c, a)), 0))
			return -1;
		if (is_cx(c, b) ? cx_of(c, b, &zb) < 0 : ((zb = real_cx(c, b)), 0))
			return -1;
		if (za.im)
			za.im = neg(c, za.im);
		Cx p = mul(c, za, zb);
		out->dbl = p.dbl;
		out->re = call1(c, "sum", p.re);
		out->im = p.im ? call1(c, "sum", p.im) : NULL;
		return 1;
	}
	if (!strcmp(f, "product")) {
		ir_error(e->loc, "PRODUCT of a COMPLEX array is not supported (multiply its elements in a DO loop)");
		return -1;
	}
	Cx z;
	if (cx_of(c, a, &z) < 0)
		return -1;
	if (!strcmp(f, "sum")) {
		IrExpr **ra = ir_alloc(c->S->a, sizeof *ra * (size_t)e->u.ref.nargs);
		IrExpr **ia = ir_alloc(c->S->a, sizeof *ia * (size_t)e->u.ref.nargs);
		ra[0] = z.re;
		ia[0] = z.im ? z.im : rconst(c, 0.0, z.dbl, e->loc);
		for (int i = 1; i < e->u.ref.nargs; i++) {
			ra[i] = rx(c, e->u.ref.args[i]);
			ia[i] = cp(c, ra[i]);
		}
		out->re = ir_ref(c->S->a, "sum", ra, e->u.ref.nargs, 1, e->loc);
		out->im = ir_ref(c->S->a, "sum", ia, e->u.ref.nargs, 1, e->loc);
		out->dbl = z.dbl;
		return 1;
	}
	if (e->u.ref.nargs != 1) {
		ir_error(e->loc, "%s of a COMPLEX value takes one argument", f);
		return -1;
	}
	if (!strcmp(f, "conjg")) {
		*out = z;
		out->im = z.im ? neg(c, z.im) : NULL;
		return 1;
	}
	if (!strcmp(f, "exp"))
		*out = cx_exp(c, z);
	else if (!strcmp(f, "log"))
		*out = cx_log(c, z);
	else if (!strcmp(f, "sqrt"))
		*out = cx_sqrt(c, z);
	else if (!strcmp(f, "sin") || !strcmp(f, "cos"))
		*out = cx_sincos(c, z, !strcmp(f, "sin"));
	else
		return 0;
	return 1;
}

/* e, complex: its parts. 1, or -1 after an error. */
static int cx_of(Ctx *c, IrExpr *e, Cx *out)
{
	Sema *S = c->S;
	switch (e->kind) {
	case IR_REF:
	case IR_COMPONENT: {
		if (e->kind == IR_REF && !strcmp(e->u.ref.name, IR_COMPLEX_CONST)) {
			int dbl = 0;
			for (int i = 0; i < 2; i++) {
				IrExpr *p = e->u.ref.args[i];
				if (p->kind == IR_UNARY)
					p = p->u.op.a;
				if (p->kind == IR_CONST_REAL) {
					IrExpr *t = sema_spec_expr(S, S->unit, cp(c, p));
					dbl |= t && t->type == TY_REAL8;
				}
			}
			out->dbl = dbl;
			out->re = e->u.ref.args[0]->kind == IR_CONST_REAL ? e->u.ref.args[0] : to_part(c, e->u.ref.args[0], dbl);
			out->im = e->u.ref.args[1]->kind == IR_CONST_REAL ? e->u.ref.args[1] : to_part(c, e->u.ref.args[1], dbl);
			for (int i = 0; i < 2; i++) {
				IrExpr **pp = i ? &out->im : &out->re;
				const IrExpr *p = e->u.ref.args[i];
				if (p->kind == IR_UNARY && p->u.op.a->kind == IR_CONST_REAL)
					*pp = neg(c, cp(c, p->u.op.a));
			}
			return 1;
		}
		int dbl, arr;
		int k = sema_complex_desig(S, e, &out->re, &out->im, &dbl, &arr);
		if (k)
			return out->dbl = dbl, k;
		int r = cx_call(c, e, out);
		if (r)
			return r;
		ir_error(e->loc, "'%s' of a COMPLEX argument is not supported (%s)", e->kind == IR_REF ? e->u.ref.name : "this",
		         CX_HAS);
		return -1;
	}
	case IR_ARRAYCON: {
		/* [a, b, c]: [re(a), re(b), re(c)] and [im(a), im(b), im(c)] */
		Ctx ac = {S, NULL};
		IrExpr *re = cp(c, e), *im = cp(c, e);
		out->dbl = 0;
		for (int i = 0; i < e->u.list.nitems; i++) {
			IrExpr *x = e->u.list.items[i];
			Cx z;
			if (x->kind == IR_IMPLDO) {
				ir_error(x->loc,
				         "an implied DO of COMPLEX values is not supported (assign the elements in a DO loop)");
				return -1;
			}
			if (is_cx(&ac, x) ? cx_of(&ac, x, &z) < 0 : ((z = real_cx(&ac, x)), 0))
				return -1;
			out->dbl |= z.dbl;
			re->u.list.items[i] = z.re;
			im->u.list.items[i] = im_or_zero(c, &z, x->loc);
		}
		out->re = re;
		out->im = im;
		return 1;
	}
	case IR_UNARY: {
		if (cx_of(c, e->u.op.a, out) < 0)
			return -1;
		out->re = neg(c, out->re);
		out->im = out->im ? neg(c, out->im) : NULL;
		return 1;
	}
	case IR_BINARY: {
		Cx a, b;
		if (e->u.op.op == IR_POW) {
			if (!is_cx(c, e->u.op.a))
				a = real_cx(c, e->u.op.a);
			else if (cx_of(c, e->u.op.a, &a) < 0)
				return -1;
			*out = cx_pow(c, a, e->u.op.b, e->loc);
			return 1;
		}
		if (is_cx(c, e->u.op.a) ? cx_of(c, e->u.op.a, &a) < 0 : ((a = real_cx(c, e->u.op.a)), 0))
			return -1;
		if (is_cx(c, e->u.op.b) ? cx_of(c, e->u.op.b, &b) < 0 : ((b = real_cx(c, e->u.op.b)), 0))
			return -1;
		switch (e->u.op.op) {
		case IR_ADD:
		case IR_SUB: *out = add(c, e->u.op.op, a, b); return 1;
		case IR_MUL: *out = mul(c, a, b); return 1;
		case IR_DIV: *out = divide(c, a, b); return 1;
		default: break;
		}
		break;
	}
	default: break;
	}
	ir_error(e->loc, "this COMPLEX expression is not supported");
	return -1;
}

/* ---------------------------------------------------------------- real expressions */

/* Arguments may be arrays (of SUM, ANY, a function): their parts are copied, not held. */
static void rx_args(Ctx *c, IrExpr **args, int n)
{
	Ctx nc = {c->S, NULL};
	for (int i = 0; i < n; i++)
		args[i] = rx(&nc, args[i]);
}

/* A real-valued function of a complex argument: its real expression, or NULL when e is not one. */
static IrExpr *real_of_cx(Ctx *c, IrExpr *e)
{
	static const char *const fs[] = {"real", "dble", "aimag", "abs"};
	const char *f = NULL;
	for (size_t i = 0; i < sizeof fs / sizeof fs[0]; i++)
		if (e->kind == IR_REF && !strcmp(generic_cx(e->u.ref.name), fs[i]) && intrinsic_call(c, e, e->u.ref.name))
			f = fs[i];
	if (!f || e->u.ref.nargs < 1 || !is_cx(c, e->u.ref.args[0]))
		return NULL;
	Cx z;
	if (cx_of(c, e->u.ref.args[0], &z) < 0)
		return ir_int(c->S->a, 0, e->loc);
	IrExpr *k = e->u.ref.nargs > 1 ? arg_of(e, 1, "kind") : NULL;
	if (!strcmp(f, "real") || !strcmp(f, "dreal")) {
		int dbl = z.dbl;
		if (k && (dbl = kind_arg(c, k)) < 0)
			return ir_int(c->S->a, 0, e->loc);
		return dbl == z.dbl ? z.re : call1(c, dbl ? "dble" : "real", z.re);
	}
	if (!strcmp(f, "dble"))
		return z.dbl ? z.re : call1(c, "dble", z.re);
	if (!strcmp(f, "aimag") || !strcmp(f, "dimag"))
		return im_or_zero(c, &z, e->loc);
	return cx_abs(c, z);
}

static IrExpr *rx(Ctx *c, IrExpr *e)
{
	if (!e)
		return e;
	switch (e->kind) {
	case IR_REF: {
		IrExpr *r = real_of_cx(c, e);
		if (r)
			return r;
		IrSym *v = sema_lookup(c->S, c->S->unit, e->u.ref.name);
		if (e->u.ref.has_parens && !(v && v->kind != SYM_PROC) && !sema_find_proc(c->S, c->S->unit, e->u.ref.name))
			for (int i = 0; i < e->u.ref.nargs; i++)
				if (is_cx(c, e->u.ref.args[i])) {
					/* an intrinsic this file does not expand */
					ir_error(e->loc, "'%s' of a COMPLEX argument is not supported (%s)", e->u.ref.name,
					         CX_HAS);
					return ir_int(c->S->a, 0, e->loc);
				}
		if (e->u.ref.has_parens && sema_find_proc(c->S, c->S->unit, e->u.ref.name) && !(v && v->kind != SYM_PROC))
			for (int i = 0; i < e->u.ref.nargs; i++) {
				IrExpr *x = e->u.ref.args[i];
				if (!is_cx(c, x) || sema_complex_kind(c->S, x) > 0)
					continue;
				if (c->pre && !has_array(c->S, x)) {
					e->u.ref.args[i] = cx_actual(c, c->pre, x);
					continue;
				}
				ir_error(
				        x->loc,
				        "a COMPLEX expression as an argument of '%s' here: assign it to a COMPLEX variable first and "
				        "pass that",
				        e->u.ref.name);
				return ir_int(c->S->a, 0, e->loc);
			}
		rx_args(c, e->u.ref.args, e->u.ref.nargs);
		return e;
	}
	case IR_COMPONENT: rx_args(c, e->u.comp.args, e->u.comp.nargs); return e;
	case IR_UNARY: e->u.op.a = rx(c, e->u.op.a); return e;
	case IR_BINARY: {
		IrOp op = e->u.op.op;
		if ((op == IR_EQ || op == IR_NE) && (is_cx(c, e->u.op.a) || is_cx(c, e->u.op.b))) {
			Cx a, b;
			if (is_cx(c, e->u.op.a) ? cx_of(c, e->u.op.a, &a) < 0 : ((a = real_cx(c, e->u.op.a)), 0))
				return ir_logical(c->S->a, 0, e->loc);
			if (is_cx(c, e->u.op.b) ? cx_of(c, e->u.op.b, &b) < 0 : ((b = real_cx(c, e->u.op.b)), 0))
				return ir_logical(c->S->a, 0, e->loc);
			IrExpr *re = bin(c, op, a.re, b.re);
			IrExpr *im = bin(c, op, im_or_zero(c, &a, e->loc), im_or_zero(c, &b, e->loc));
			return bin(c, op == IR_EQ ? IR_AND : IR_OR, re, im);
		}
		if ((op == IR_LT || op == IR_LE || op == IR_GT || op == IR_GE) && (is_cx(c, e->u.op.a) || is_cx(c, e->u.op.b))) {
			ir_error(e->loc, "COMPLEX values cannot be compared with %s (only == and /=)", ir_ops[op].fortran);
			return ir_logical(c->S->a, 0, e->loc);
		}
		e->u.op.a = rx(c, e->u.op.a);
		e->u.op.b = rx(c, e->u.op.b);
		return e;
	}
	case IR_TRIPLET:
		e->u.triplet.lo = rx(c, e->u.triplet.lo);
		e->u.triplet.hi = rx(c, e->u.triplet.hi);
		e->u.triplet.st = rx(c, e->u.triplet.st);
		return e;
	case IR_ARRAYCON:
	case IR_IMPLDO:
		for (int i = 0; i < e->u.list.nitems; i++) {
			if (is_cx(c, e->u.list.items[i])) {
				ir_error(e->u.list.items[i]->loc,
				         "COMPLEX values in an array constructor are not supported (assign the elements)");
				e->u.list.items[i] = ir_int(c->S->a, 0, e->u.list.items[i]->loc);
				continue;
			}
			e->u.list.items[i] = rx(c, e->u.list.items[i]);
		}
		return e;
	case IR_KEYWORD: e->u.kw.e = rx(c, e->u.kw.e); return e;
	default: return e;
	}
}

/* ---------------------------------------------------------------- statements */

static int nodes(const IrExpr *e)
{
	if (!e)
		return 0;
	int n = 1;
	switch (e->kind) {
	case IR_REF:
		for (int i = 0; i < e->u.ref.nargs; i++)
			n += nodes(e->u.ref.args[i]);
		break;
	case IR_UNARY:
	case IR_BINARY: n += nodes(e->u.op.a) + nodes(e->u.op.b); break;
	case IR_KEYWORD: n += nodes(e->u.kw.e); break;
	default: break;
	}
	return n;
}

/* Does e call a FUNCTION of the program (which may read the variable assigned)? */
static int calls_function(Sema *S, const IrExpr *e)
{
	if (!e)
		return 0;
	switch (e->kind) {
	case IR_REF:
		if (e->u.ref.has_parens && sema_find_proc(S, S->unit, e->u.ref.name))
			return 1;
		for (int i = 0; i < e->u.ref.nargs; i++)
			if (calls_function(S, e->u.ref.args[i]))
				return 1;
		return 0;
	case IR_COMPONENT:
		for (int i = 0; i < e->u.comp.nargs; i++)
			if (calls_function(S, e->u.comp.args[i]))
				return 1;
		return calls_function(S, e->u.comp.base);
	case IR_UNARY:
	case IR_BINARY: return calls_function(S, e->u.op.a) || calls_function(S, e->u.op.b);
	case IR_TRIPLET:
		return calls_function(S, e->u.triplet.lo) || calls_function(S, e->u.triplet.hi) ||
		        calls_function(S, e->u.triplet.st);
	case IR_KEYWORD: return calls_function(S, e->u.kw.e);
	default: return 0;
	}
}

static const char *base_name(const IrExpr *e)
{
	while (e->kind == IR_COMPONENT)
		e = e->u.comp.base;
	return e->kind == IR_REF ? e->u.ref.name : "";
}

static void emit(Ctx *c, IrBlock *out, IrExpr *lhs, IrExpr *rhs, IrLoc loc)
{
	ir_block_add(c->S->a, out, ir_assign(c->S->a, lhs, rhs, loc));
}

/* lhs (complex, leaves re/im) = rhs. 1, or 0 after an error. */
static int assign_cx(Ctx *c, IrBlock *out, IrStmt *s, IrExpr *lre, IrExpr *lim, int dbl, int array)
{
	IrExpr *rhs = s->u.assign.rhs;
	IrLoc loc = s->loc;
	Ctx cc = {c->S, array ? NULL : out};
	Cx r;
	if (is_cx(&cc, rhs)) {
		if (cx_of(&cc, rhs, &r) < 0)
			return 0;
	} else {
		r = real_cx(&cc, rhs);
	}
	if (!r.im)
		r.im = rconst(c, 0.0, dbl, loc);
	if (nodes(r.re) + nodes(r.im) > CX_MAX_NODES) {
		ir_error(rhs->loc, "this COMPLEX array expression is too large to expand (split it into several assignments)");
		return 0;
	}
	if (!sema_reads_name(rhs, base_name(s->u.assign.lhs)) && !calls_function(c->S, rhs)) {
		emit(c, out, lre, r.re, loc);
		emit(c, out, lim, r.im, loc);
		return 1;
	}
	/* z = f(z): the real part waits in a temporary while the imaginary part reads z (or a
	 * function that may read it) */
	IrSym *leaf = lre->kind == IR_REF ? sema_lookup(c->S, c->S->unit, lre->u.ref.name) : NULL;
	if (!leaf)
		leaf = lre->kind == IR_REF ? sema_struct_leaf(c->S, c->S->unit, lre->u.ref.name) : NULL;
	IrSym *t = ir_sym_new(c->S->a, c->S->unit, sema_fresh_name(c->S, "cxt"), SYM_LOCAL, loc);
	t->type = part_type(r.dbl || dbl);
	t->declared = 1;
	IrExpr *tref;
	if (array) {
		if (!leaf || !leaf->rank) {
			ir_error(s->u.assign.lhs->loc,
			         "this COMPLEX array assignment reads the array it assigns: assign the "
			         "right side to another array first");
			return 0;
		}
		for (int k = 0; k < leaf->rank; k++) {
			if (!leaf->dims[k].hi) {
				ir_error(s->u.assign.lhs->loc,
				         "this COMPLEX array assignment reads the array it assigns, whose shape is not declared: "
				         "assign the right side to an array of explicit bounds first");
				return 0;
			}
			t->dims[k].lo = leaf->dims[k].lo ? cp(c, leaf->dims[k].lo) : NULL;
			t->dims[k].hi = cp(c, leaf->dims[k].hi);
		}
		t->rank = leaf->rank;
		tref = ir_ref(c->S->a, t->name, lre->u.ref.args, lre->u.ref.nargs, lre->u.ref.has_parens, loc);
	} else {
		tref = ir_ref(c->S->a, t->name, NULL, 0, 0, loc);
	}
	emit(c, out, cp(c, tref), r.re, loc);
	emit(c, out, lim, r.im, loc);
	emit(c, out, lre, cp(c, tref), loc);
	return 1;
}

/* Does e have an array part (a section, a whole array)? Components are taken as arrays. */
static int has_array(Sema *S, const IrExpr *e)
{
	if (!e)
		return 0;
	switch (e->kind) {
	case IR_TRIPLET:
	case IR_ARRAYCON:
	case IR_COMPONENT: return 1;
	case IR_REF: {
		if (!e->u.ref.has_parens) {
			IrSym *s = sema_lookup(S, S->unit, e->u.ref.name);
			IrExpr *re, *im;
			int dbl, arr = 0;
			if (sema_complex_kind(S, e) > 0)
				sema_complex_desig(S, (IrExpr *)e, &re, &im, &dbl, &arr);
			return arr || (s && s->kind != SYM_PROC && s->rank > 0) || (!s && sema_complex_kind(S, e) < 0);
		}
		for (int i = 0; i < e->u.ref.nargs; i++)
			if (has_array(S, e->u.ref.args[i]))
				return 1;
		return 0;
	}
	case IR_UNARY:
	case IR_BINARY: return has_array(S, e->u.op.a) || has_array(S, e->u.op.b);
	case IR_KEYWORD: return has_array(S, e->u.kw.e);
	default: return 0;
	}
}

/* Is the variable assigned (not complex) an array or a section? Components are taken as one. */
static int lhs_is_array(Sema *S, const IrExpr *e)
{
	if (e->kind != IR_REF)
		return 1;
	for (int i = 0; i < e->u.ref.nargs; i++)
		if (e->u.ref.args[i]->kind == IR_TRIPLET)
			return 1;
	IrSym *s = sema_lookup(S, S->unit, e->u.ref.name);
	return !e->u.ref.nargs && (!s || s->rank > 0);
}

/* A complex actual argument that is not a variable: a complex temporary. */
static IrExpr *cx_actual(Ctx *c, IrBlock *out, IrExpr *x)
{
	IrExpr *re, *im;
	int dbl, arr;
	if (!is_cx(c, x) || sema_complex_desig(c->S, x, &re, &im, &dbl, &arr) > 0)
		return rx(c, x);
	if (has_array(c->S, x)) {
		ir_error(x->loc, "a COMPLEX array expression as an argument: assign it to a COMPLEX array first and pass that");
		return ir_int(c->S->a, 0, x->loc);
	}
	Ctx cc = {c->S, out};
	Cx r;
	if (cx_of(&cc, x, &r) < 0)
		return ir_int(c->S->a, 0, x->loc);
	const char *t = sema_complex_temp(c->S, r.dbl, x->loc);
	IrExpr *tr = ir_ref(c->S->a, t, NULL, 0, 0, x->loc);
	if (sema_complex_desig(c->S, tr, &re, &im, &dbl, &arr) <= 0)
		return ir_int(c->S->a, 0, x->loc);
	emit(c, out, re, r.re, x->loc);
	emit(c, out, im, r.im ? r.im : rconst(c, 0.0, r.dbl, x->loc), x->loc);
	return tr;
}

/* A statement's COMPLEX parts made REAL (ir_block_rewrite): assignments, calls and output
 * lists here, the other statements' expressions in cx_part. */
static IrRewriteLeft cx_stmt(void *ctx, IrStmt *s, IrBlock *pre, IrBlock *out)
{
	Ctx *c = ctx;
	Sema *S = c->S;
	Ctx sc = {S, pre};
	switch (s->kind) {
	case IR_ASSIGN: {
		IrExpr *re, *im;
		int dbl, arr;
		int k = sema_complex_desig(S, s->u.assign.lhs, &re, &im, &dbl, &arr);
		if (k < 0)
			return IR_REWRITE_BLOCKS;
		if (k > 0) {
			IrBlock tmp = {0};
			if (!assign_cx(c, &tmp, s, re, im, dbl, arr) || !tmp.n) {
				s->kind = IR_CONTINUE;
				return IR_REWRITE_BLOCKS;
			}
			ir_block_add_replacing(S->a, out, s, &tmp);
			return IR_REWRITE_DONE;
		}
		Ctx *rc = lhs_is_array(S, s->u.assign.lhs) ? c : &sc;
		if (is_cx(c, s->u.assign.rhs)) {
			/* a real or integer variable takes the real part */
			Cx r;
			if (cx_of(rc, s->u.assign.rhs, &r) < 0)
				return IR_REWRITE_BLOCKS;
			s->u.assign.rhs = r.re;
		} else {
			s->u.assign.rhs = rx(rc, s->u.assign.rhs);
		}
		s->u.assign.lhs = rx(&sc, s->u.assign.lhs);
		return IR_REWRITE_BLOCKS;
	}
	case IR_CALL:
		for (int i = 0; i < s->u.call.nargs; i++)
			s->u.call.args[i] = cx_actual(c, pre, s->u.call.args[i]);
		return IR_REWRITE_BLOCKS;
	case IR_PRINT: {
		IrExprList items = {0};
		for (int i = 0; i < s->u.print.nitems; i++) {
			IrExpr *x = s->u.print.items[i];
			if (!x || !is_cx(c, x)) {
				ir_exprlist_push(S->a, &items, rx(has_array(S, x) ? c : &sc, x));
				continue;
			}
			IrExpr *re, *im;
			int dbl, arr;
			if (sema_complex_desig(S, x, &re, &im, &dbl, &arr) > 0 && arr) {
				ir_error(x->loc, "PRINT of a COMPLEX array is not supported (print its elements in a DO loop)");
				continue;
			}
			Cx r;
			if (cx_of(&sc, x, &r) < 0)
				continue;
			ir_exprlist_push(S->a, &items, ir_str(S->a, "(", x->loc));
			ir_exprlist_push(S->a, &items, r.re);
			ir_exprlist_push(S->a, &items, ir_str(S->a, ",", x->loc));
			ir_exprlist_push(S->a, &items, im_or_zero(c, &r, x->loc));
			ir_exprlist_push(S->a, &items, ir_str(S->a, ")", x->loc));
		}
		s->u.print.items = items.v;
		s->u.print.nitems = items.n;
		return IR_REWRITE_BLOCKS;
	}
	default: return IR_REWRITE_PARTS;
	}
}

/* A condition, bound or selector made REAL: its temporaries go before the statement, except for
 * conditions evaluated again (ELSE IF, DO WHILE), whose parts are copied instead. */
static void cx_part(void *ctx, IrStmt *s, IrExpr **e, IrBlock *pre)
{
	Ctx *c = ctx;
	int again = (s->kind == IR_IF && e != &s->u.if_.conds[0]) || s->kind == IR_DOWHILE;
	Ctx pc = {c->S, again ? NULL : pre};
	*e = rx(&pc, *e);
}

void sema_complex_body(Sema *S, IrUnit *u)
{
	if (!S->complex_types[0] && !S->complex_types[1] && !S->p->uses_cmplx)
		return;
	Ctx c = {S, NULL};
	IrRewrite r = {cx_stmt, cx_part, &c};
	ir_block_rewrite(S->a, &u->body, &r);
}
