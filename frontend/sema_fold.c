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


/* One folding: set when it overflows an INTEGER kind, or divides by zero (the expression is
 * then refused with that reason). */
typedef struct Fold {
	int overflow, divzero;
} Fold;

/* v as an INTEGER of kind t, or 0 with f->overflow set when it does not fit. */
static int64_t checked(Fold *f, IrBase t, int64_t v)
{
	if (!ir_int_fits(t, v))
		f->overflow = 1;
	return ir_int_fits(t, v) ? v : 0;
}

int sema_const_fits(const Const *c, IrBase t)
{
	if (!ir_base_is_int(t))
		return 1;
	if (ir_base_is_int(c->type))
		return ir_int_fits(t, c->i);
	if (ir_base_is_real(c->type))
		return t == TY_INT8 ? c->r > -9223372036854775809.0 && c->r < 9223372036854775808.0
		                    : c->r > -2147483649.0 && c->r < 2147483648.0;
	return 1;
}

static double const_real(const Const *c)
{
	return ir_base_is_int(c->type) ? (double)c->i : c->r;
}

/* The type of x op y: REAL(8) > REAL(4) > INTEGER(8) > INTEGER(4). */
IrBase sema_max_type(IrBase x, IrBase y)
{
	if (x == TY_REAL8 || y == TY_REAL8)
		return TY_REAL8;
	if (x == TY_REAL4 || y == TY_REAL4)
		return TY_REAL4;
	if (x == TY_INT8 || y == TY_INT8)
		return TY_INT8;
	return TY_INT;
}

/* Fold an already-resolved, typed expression. Returns 1 on success. */
static int fold(Fold *f, const IrExpr *e, Const *c)
{
	Const x, y;
	memset(c, 0, sizeof *c);
	switch (e->kind) {
	case IR_CONST_INT:
		if (e->u.real.kind_name)
			return 0; /* 2_ik before sema gave it its kind */
		c->type = e->type;
		c->i = e->u.ival;
		return 1;
	case IR_CONST_LOG:
		c->type = TY_LOGICAL;
		c->i = e->u.ival;
		return 1;
	case IR_CONST_REAL:
		if (e->u.real.kind_name)
			return 0;
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
		if (ir_base_is_int(e->type)) {
			if (!sema_const_fits(&x, e->type)) {
				f->overflow = 1;
				return 0;
			}
			c->i = ir_base_is_int(x.type) ? x.i : (int64_t)x.r;
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
			c->i = ir_base_is_int(x.type) ? checked(f, x.type, x.i == INT64_MIN ? 0 : -x.i) : 0;
			if (x.i == INT64_MIN)
				f->overflow = 1;
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
			if (ir_base_is_int(x.type) && ir_base_is_int(y.type)) {
				if (!ir_int_power(x.i, y.i, c->type, &c->i)) {
					f->overflow = 1;
					return 0;
				}
			} else if (ir_base_is_int(y.type)) {
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
			if (ir_base_is_int(c->type)) {
				int ok = ir_int_op(op, c->type, x.i, y.i, &c->i);
				if (ok < 0)
					f->divzero = 1;
				else if (!ok)
					f->overflow = 1;
				if (ok != 1)
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
			c->type = TY_LOGICAL;
			if (ir_base_is_int(x.type) && ir_base_is_int(y.type)) {
				switch (op) {
				case IR_EQ: c->i = x.i == y.i; break;
				case IR_NE: c->i = x.i != y.i; break;
				case IR_LT: c->i = x.i < y.i; break;
				case IR_LE: c->i = x.i <= y.i; break;
				case IR_GT: c->i = x.i > y.i; break;
				default: c->i = x.i >= y.i; break;
				}
				return 1;
			}
			double a = const_real(&x), b = const_real(&y);
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
				int gt = ir_base_is_int(c->type) ? v[i].i > c->i : v[i].r > c->r;
				int lt = ir_base_is_int(c->type) ? v[i].i < c->i : v[i].r < c->r;
				if ((g == INTR_MAX && gt) || (g == INTR_MIN && lt))
					*c = v[i];
			}
			return 1;
		case INTR_ABS:
			*c = v[0];
			if (ir_base_is_int(c->type))
				c->i = c->i == INT64_MIN ? (f->overflow = 1, 0) : checked(f, c->type, c->i < 0 ? -c->i : c->i);
			c->r = fabs(c->r);
			return !f->overflow;
		case INTR_MOD:
			if (ir_base_is_int(c->type)) {
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
		case INTR_CEILING:
			if (!ir_base_is_int(v[0].type)) {
				Const r = {v[0].type, 0,
				           g == INTR_INT             ? trunc(v[0].r)
				                   : g == INTR_NINT  ? round(v[0].r)
				                   : g == INTR_FLOOR ? floor(v[0].r)
				                                     : ceil(v[0].r)};
				if (!sema_const_fits(&r, c->type)) {
					f->overflow = 1;
					return 0;
				}
				c->i = (int64_t)r.r;
			} else {
				c->i = checked(f, c->type, v[0].i);
			}
			return !f->overflow;
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
	if (ir_base_is_int(want) && v.type != want) {
		if (!ir_base_is_int(v.type))
			v.i = (int64_t)v.r;
		v.type = want;
	} else if (ir_base_is_real(want) && ir_base_is_int(v.type)) {
		v.r = round_to(want, (double)v.i);
		v.type = want;
	} else if (ir_base_is_real(want)) {
		v.r = round_to(want, v.r);
		v.type = want;
	}
	switch (v.type) {
	case TY_INT:
	case TY_INT8: return ir_int_kind(S->a, v.i, v.type, loc);
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
