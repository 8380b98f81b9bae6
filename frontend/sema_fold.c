/*
 * sema_fold.c — constant folding: PARAMETER values, array bounds, DATA values and constant
 * subexpressions, with INTEGER overflow and division by zero refused.
 */
#include "sema_int.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- constant folding */


static double round_to(IrBase t, double v)
{
	return t == TY_REAL4 ? (double)(float)v : v;
}


/* One folding: set when it overflows default INTEGER, or divides by zero (the expression is
 * then refused with that reason). */
typedef struct Fold {
	int overflow, divzero;
} Fold;

static int fits_int(int64_t v)
{
	return v >= -2147483647 - 1 && v <= 2147483647;
}

static int64_t checked(Fold *f, int64_t v)
{
	if (!fits_int(v))
		f->overflow = 1;
	return fits_int(v) ? v : 0;
}

static int64_t ipow(Fold *f, int64_t b, int64_t e)
{
	if (e < 0)
		return b == 1 ? 1 : b == -1 ? (e % 2 ? -1 : 1) : 0;
	int64_t r = 1;
	while (e > 0) {
		if (e & 1)
			r = checked(f, r * b); /* |r|, |b| < 2^31: the product fits int64 */
		e >>= 1;
		if (e)
			b = checked(f, b * b);
		if (f->overflow)
			return 0;
	}
	return r;
}

static double const_real(const Const *c)
{
	return c->type == TY_INT ? (double)c->i : c->r;
}

IrBase sema_max_type(IrBase x, IrBase y)
{
	if (x == TY_REAL8 || y == TY_REAL8)
		return TY_REAL8;
	if (x == TY_REAL4 || y == TY_REAL4)
		return TY_REAL4;
	return TY_INT;
}

/* Fold an already-resolved, typed expression. Returns 1 on success. */
static int fold(Fold *f, const IrExpr *e, Const *c)
{
	Const x, y;
	memset(c, 0, sizeof *c);
	switch (e->kind) {
	case IR_CONST_INT:
		c->type = TY_INT;
		c->i = e->u.ival;
		return 1;
	case IR_CONST_LOG:
		c->type = TY_LOGICAL;
		c->i = e->u.ival;
		return 1;
	case IR_CONST_REAL:
		c->type = e->type;
		c->r = round_to(e->type, e->u.real.v);
		return 1;
	case IR_VAR: {
		const IrSym *s = e->u.var.sym;
		if (s->kind == SYM_PARAM && s->init && !e->u.var.nidx)
			return fold(f, s->init, c);
		if (!s->readonly || !s->inits || e->u.var.nidx != s->rank)
			return 0;
		/* an element of a PARAMETER array at constant subscripts */
		int64_t off = 0, stride = 1;
		for (int k = 0; k < s->rank; k++) {
			Const ci, lo = {TY_INT, 1, 0}, hi;
			if (e->u.var.idx[k]->kind == IR_TRIPLET || !fold(f, e->u.var.idx[k], &ci) || ci.type != TY_INT ||
			    (s->dims[k].lo && !fold(f, s->dims[k].lo, &lo)) || !s->dims[k].hi || !fold(f, s->dims[k].hi, &hi) ||
			    ci.i < lo.i || ci.i > hi.i)
				return 0;
			off += (ci.i - lo.i) * stride;
			stride *= hi.i - lo.i + 1;
		}
		return off < s->ninits && s->inits[off] && fold(f, s->inits[off], c);
	}
	case IR_CONVERT:
		if (!fold(f, e->u.conv.e, &x))
			return 0;
		c->type = e->type;
		if (e->type == TY_INT) {
			if (x.type != TY_INT && !(x.r > -2147483649.0 && x.r < 2147483648.0)) {
				f->overflow = 1;
				return 0;
			}
			c->i = x.type == TY_INT ? x.i : (int64_t)x.r;
		} else if (ir_base_is_real(e->type))
			c->r = round_to(e->type, const_real(&x));
		else
			return 0;
		return 1;
	case IR_UNARY:
		if (!fold(f, e->u.op.a, &x))
			return 0;
		*c = x;
		if (e->u.op.op == IR_NEG) {
			c->i = checked(f, -x.i);
			c->r = -x.r;
		} else {
			c->i = !x.i;
		}
		return 1;
	case IR_BINARY: {
		if (!fold(f, e->u.op.a, &x) || !fold(f, e->u.op.b, &y))
			return 0;
		IrOp op = e->u.op.op;
		c->type = e->type;
		if (op == IR_POW) {
			if (x.type == TY_INT && y.type == TY_INT) {
				c->i = ipow(f, x.i, y.i);
				if (f->overflow)
					return 0;
			} else if (y.type == TY_INT) {
				double r = 1, b = x.r;
				int64_t n = y.i < 0 ? -y.i : y.i;
				while (n > 0) {
					if (n & 1)
						r *= b;
					b *= b;
					n >>= 1;
				}
				c->r = round_to(c->type, y.i < 0 ? 1 / r : r);
			} else
				c->r = round_to(c->type, pow(const_real(&x), const_real(&y)));
			return 1;
		}
		if (op <= IR_DIV) {
			if (c->type == TY_INT) {
				switch (op) {
				case IR_ADD: c->i = checked(f, x.i + y.i); break;
				case IR_SUB: c->i = checked(f, x.i - y.i); break;
				case IR_MUL: c->i = checked(f, x.i * y.i); break;
				default:
					if (y.i == 0) {
						f->divzero = 1;
						return 0;
					}
					c->i = checked(f, x.i / y.i);
					break;
				}
				if (f->overflow)
					return 0;
			} else {
				double a = const_real(&x), b = const_real(&y);
				switch (op) {
				case IR_ADD: c->r = a + b; break;
				case IR_SUB: c->r = a - b; break;
				case IR_MUL: c->r = a * b; break;
				default: c->r = a / b; break;
				}
				c->r = round_to(c->type, c->r);
			}
			return 1;
		}
		if (op >= IR_EQ && op <= IR_GE) {
			double a = x.type == TY_INT ? (double)x.i : x.r, b = y.type == TY_INT ? (double)y.i : y.r;
			c->type = TY_LOGICAL;
			switch (op) {
			case IR_EQ: c->i = a == b; break;
			case IR_NE: c->i = a != b; break;
			case IR_LT: c->i = a < b; break;
			case IR_LE: c->i = a <= b; break;
			case IR_GT: c->i = a > b; break;
			default: c->i = a >= b; break;
			}
			return 1;
		}
		c->type = TY_LOGICAL;
		switch (op) {
		case IR_AND: c->i = x.i && y.i; break;
		case IR_OR: c->i = x.i || y.i; break;
		case IR_EQV: c->i = x.i == y.i; break;
		case IR_NEQV: c->i = x.i != y.i; break;
		default: return 0;
		}
		return 1;
	}
	case IR_INTRIN: {
		IrIntrinsic g = ir_intrinsics[e->u.call.id].generic;
		Const v[8];
		int n = e->u.call.nargs;
		if (n > 8)
			return 0;
		for (int i = 0; i < n; i++)
			if (!fold(f, e->u.call.args[i], &v[i]))
				return 0;
		c->type = e->type;
		switch (g) {
		case INTR_MAX:
		case INTR_MIN:
			*c = v[0];
			for (int i = 1; i < n; i++) {
				int gt = c->type == TY_INT ? v[i].i > c->i : v[i].r > c->r;
				int lt = c->type == TY_INT ? v[i].i < c->i : v[i].r < c->r;
				if ((g == INTR_MAX && gt) || (g == INTR_MIN && lt))
					*c = v[i];
			}
			return 1;
		case INTR_ABS:
			*c = v[0];
			c->i = checked(f, c->i < 0 ? -c->i : c->i);
			c->r = fabs(c->r);
			return 1;
		case INTR_MOD:
			if (c->type == TY_INT) {
				if (v[1].i == 0) {
					f->divzero = 1;
					return 0;
				}
				c->i = v[1].i == -1 ? 0 : v[0].i % v[1].i;
			} else
				c->r = round_to(c->type, fmod(v[0].r, v[1].r));
			return 1;
		case INTR_INT:
		case INTR_NINT:
		case INTR_FLOOR:
			if (v[0].type != TY_INT) {
				double r = g == INTR_INT ? trunc(v[0].r) : g == INTR_NINT ? round(v[0].r) : floor(v[0].r);
				if (!(r > -2147483649.0 && r < 2147483648.0)) {
					f->overflow = 1;
					return 0;
				}
				c->i = (int64_t)r;
			} else {
				c->i = v[0].i;
			}
			return 1;
		case INTR_REAL:
		case INTR_DBLE: c->r = round_to(c->type, const_real(&v[0])); return 1;
		case INTR_SQRT: c->r = round_to(c->type, sqrt(v[0].r)); return 1;
		case INTR_EXP: c->r = round_to(c->type, exp(v[0].r)); return 1;
		case INTR_LOG: c->r = round_to(c->type, log(v[0].r)); return 1;
		case INTR_ATAN: c->r = round_to(c->type, atan(v[0].r)); return 1;
		case INTR_ACOS: c->r = round_to(c->type, acos(v[0].r)); return 1;
		case INTR_ASIN: c->r = round_to(c->type, asin(v[0].r)); return 1;
		case INTR_SIN: c->r = round_to(c->type, sin(v[0].r)); return 1;
		case INTR_COS: c->r = round_to(c->type, cos(v[0].r)); return 1;
		default: return 0;
		}
	}
	default: return 0;
	}
}

int sema_const_of(const IrExpr *e, Const *c)
{
	Fold f = {0, 0};
	return fold(&f, e, c);
}

IrExpr *sema_const_expr(Sema *S, const Const *c, IrBase want, IrLoc loc)
{
	Const v = *c;
	if (want == TY_INT && v.type != TY_INT) {
		v.i = (int64_t)v.r;
		v.type = TY_INT;
	} else if (ir_base_is_real(want) && v.type == TY_INT) {
		v.r = round_to(want, (double)v.i);
		v.type = want;
	} else if (ir_base_is_real(want)) {
		v.r = round_to(want, v.r);
		v.type = want;
	}
	switch (v.type) {
	case TY_INT: return ir_int(S->a, v.i, loc);
	case TY_LOGICAL: return ir_logical(S->a, (int)v.i, loc);
	default: {
		const char *text = v.type == TY_REAL4 ? ir_sprintf(S->a, "%.9e", v.r) : ir_sprintf(S->a, "%.17e", v.r);
		char *t = (char *)text;
		if (v.type == TY_REAL8)
			for (; *t; t++)
				if (*t == 'e')
					*t = 'd';
		return ir_real(S->a, v.r, text, v.type, loc);
	}
	}
}

int sema_const_fold(const IrExpr *e, Const *c, int *why)
{
	Fold f = {0, 0};
	int ok = fold(&f, e, c);
	*why = f.divzero ? SEMA_FOLD_DIVZERO : f.overflow ? SEMA_FOLD_OVERFLOW : 0;
	return ok;
}
