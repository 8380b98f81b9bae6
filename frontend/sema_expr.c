/*
 * sema_expr.c — expressions: names resolved to variables, intrinsics and function references,
 * types and explicit conversions, call arguments checked against their callees.
 */
#include "sema_int.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- expressions */

int sema_is_numeric(IrBase t)
{
	return t == TY_INT || t == TY_REAL4 || t == TY_REAL8;
}

static IrExpr *bad(Sema *S, IrLoc loc)
{
	(void)S;
	IrExpr *e = ir_int(S->a, 0, loc);
	return e;
}

static IrExpr *resolve_intrinsic(Sema *S, IrIntrinsic id, IrExpr *e)
{
	const IrIntrinsicInfo *in = &ir_intrinsics[id];
	int n = e->u.ref.nargs;
	IrExpr **args = e->u.ref.args;
	if (in->argtype == AT_ARRAY)
		return sema_array_intrinsic(S, id, e);
	for (int i = 0; i < n; i++)
		if (args[i]->kind == IR_KEYWORD &&
		    !((id == INTR_REAL || id == INTR_INT || id == INTR_NINT) && i == 1 && !strcmp(args[i]->u.kw.name, "kind"))) {
			ir_error(args[i]->loc, "keyword arguments of %s are not supported", in->name);
			return bad(S, e->loc);
		}
	if ((id == INTR_REAL || id == INTR_INT || id == INTR_NINT) && n == 2 && args[1]->kind == IR_KEYWORD) {
		IrExpr **a2 = ir_alloc(S->a, sizeof *a2 * 2);
		a2[0] = args[0];
		a2[1] = args[1]->u.kw.e;
		args = a2;
	}
	/* REAL(x, 8) / REAL(x, kind=8) style second argument: only kind 8 or 4 */
	if ((id == INTR_REAL || id == INTR_INT || id == INTR_NINT) && n == 2) {
		Const k;
		IrExpr *ke = sema_resolve_expr(S, args[1]);
		if (!sema_const_of(ke, &k) || k.type != TY_INT || (k.i != 4 && k.i != 8) || (id != INTR_REAL && k.i != 4)) {
			ir_error(args[1]->loc, "this KIND argument of %s is not supported", in->name);
			return bad(S, e->loc);
		}
		n = 1;
		if (id == INTR_REAL && k.i == 8)
			id = INTR_DBLE, in = &ir_intrinsics[id];
	}
	if (n < in->minargs || (in->maxargs >= 0 && n > in->maxargs)) {
		ir_error(e->loc, "wrong number of arguments to intrinsic %s", in->name);
		return bad(S, e->loc);
	}
	IrExpr **r = ir_alloc(S->a, sizeof *r * (size_t)n);
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
		if (!sema_is_numeric(r[i]->type)) {
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
		if (common != TY_REAL4) {
			ir_error(e->loc, "the argument of %s must be default real", in->name);
			return bad(S, e->loc);
		}
		break;
	case AT_INT:
		if (common != TY_INT) {
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
	IrExpr *x = ir_intrin(S->a, id, r, n, e->loc);
	return x;
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
		if (x->type != TY_INT || sema_rank(x)) {
			ir_error(x->loc, "the bounds and stride of a section must be integer scalars");
			x = ir_int(S->a, 1, x->loc);
		}
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
	IrSym *s = sema_lookup(S, u, name);
	if (s && s->kind != SYM_PROC && !(s->kind == SYM_RESULT && e->u.ref.has_parens && s->rank == 0)) {
		if (!e->u.ref.has_parens) {
			return ir_var(S->a, s, NULL, 0, e->loc);
		}
		if (s->rank == 0) {
			/* F77 may type a function or intrinsic name (DOUBLE PRECISION F, DSQRT): a call. */
			IrUnit *f = sema_find_unit(S, name);
			if (!(f && f->kind == UNIT_FUNCTION) && !ir_intrinsic_lookup(name)) {
				ir_error(e->loc, "'%s' is not an array or a function", name);
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
					idx[i] = ir_int(S->a, 1, idx[i]->loc);
				}
				if (idx[i]->type != TY_INT) {
					if (ir_base_is_real(idx[i]->type))
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
		if (t == TY_NONE) {
			ir_error(e->loc, "'%s' has no type (IMPLICIT NONE is in effect)", name);
			t = TY_REAL8;
		}
		IrSym *ns = ir_sym_new(S->a, u, name, SYM_LOCAL, e->loc);
		ns->type = t;
		ns->implicit = 1;
		if (u->kind == UNIT_MODULE)
			ns->kind = SYM_MODULE;
		return ir_var(S->a, ns, NULL, 0, e->loc);
	}
	/* A call: user function first (it shadows an intrinsic of the same name), then intrinsic. */
	IrUnit *f = sema_find_unit(S, name);
	if (f && f->kind == UNIT_FUNCTION) {
		if (f == u) {
			ir_error(e->loc, "recursive calls are not supported");
			return bad(S, e->loc);
		}
		sema_declare_unit(S, f);
		IrExpr **args = ir_alloc(S->a, sizeof *args * (size_t)(e->u.ref.nargs + 1));
		int nargs = e->u.ref.nargs;
		for (int i = 0; i < e->u.ref.nargs; i++)
			args[i] = sema_resolve_expr(S, e->u.ref.args[i]);
		sema_bind_actuals(S, f, &args, &nargs, e->loc, NULL);
		IrExpr *c = ir_alloc(S->a, sizeof *c);
		c->kind = IR_FCALL;
		c->loc = e->loc;
		c->u.call.callee = f;
		c->u.call.name = f->name;
		c->u.call.args = args;
		c->u.call.nargs = nargs;
		c->type = f->result ? f->result->type : TY_REAL4;
		if (s && s->kind == SYM_PROC && s->declared && s->type != c->type)
			ir_error(e->loc, "'%s' is declared %s here but the function returns %s", name, ir_base_name(s->type),
			         ir_base_name(c->type));
		return c;
	}
	if (f) {
		ir_error(e->loc, "subroutine '%s' is used as a function", name);
		return bad(S, e->loc);
	}
	IrIntrinsic id = ir_intrinsic_lookup(name);
	if (id != INTR_NONE)
		return resolve_intrinsic(S, id, e);
	if (!s && sema_refused_array_intrinsic(name, e->loc))
		return bad(S, e->loc);
	if (s && s->kind == SYM_PROC)
		ir_error(e->loc, "function '%s' is not defined in the given files", name);
	else
		ir_error(e->loc, "'%s' is not an array, a function in the given files, or a supported intrinsic", name);
	return bad(S, e->loc);
}

static IrExpr *resolve_expr(Sema *S, IrExpr *e)
{
	switch (e->kind) {
	case IR_CONST_INT:
	case IR_CONST_REAL:
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
		if (x->type == TY_CHAR || y->type == TY_CHAR) {
			ir_error(e->loc, "character expressions are not supported");
			return bad(S, e->loc);
		}
		if (op <= IR_POW) {
			if (!sema_is_numeric(x->type) || !sema_is_numeric(y->type)) {
				ir_error(e->loc, "operands of '%s' must be numeric", ir_ops[op].fortran);
				return bad(S, e->loc);
			}
			if (op == IR_POW && y->type == TY_INT) {
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

/* The actual arguments of a call of callee, checked, in the order of its dummies. A contiguous
 * section is passed as its first element (sequence association, as F77 passes a column); a
 * non-contiguous one as a temporary copied in before the call and, when the dummy may be
 * written, back after it (the statements go to `after`; NULL for a function reference, which
 * then takes only INTENT(IN) ones). An assumed-shape dummy's hidden extents follow its actual.
 * *pargs and *pnargs are replaced. */
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
		nuser += !callee->args[k] || !callee->args[k]->extent_of;
	if (nargs != nuser) {
		ir_error(loc, "'%s' takes %d argument%s but %d %s given", callee->name, nuser, nuser == 1 ? "" : "s", nargs,
		         nargs == 1 ? "is" : "are");
		return;
	}
	IrExpr **out = ir_alloc(S->a, sizeof *out * (size_t)(callee->nargs + 1));
	int o = 0;
	for (int i = 0, k = 0; k < callee->nargs; k++) {
		IrSym *d = callee->args[k];
		if (d && d->extent_of)
			continue; /* filled after its array */
		IrExpr *a = args[i++];
		int slot = o++;
		out[slot] = a;
		int shaped = d && d->rank && k + 1 < callee->nargs && callee->args[k + 1] && callee->args[k + 1]->extent_of == d;
		int ok = 1;
		if (shaped)
			for (int p = 0; p < d->rank; p++)
				out[o + p] = ir_int(S->a, 1, a->loc); /* replaced below when the actual is right */
		if (!d) {
			o += shaped ? d->rank : 0;
			continue;
		}
		if (a->kind == IR_VAR && a->u.var.sym->kind == SYM_PROC) {
			ir_error(a->loc, "procedure arguments are not supported");
			ok = 0;
		} else if (a->type == TY_CHAR) {
			ir_error(a->loc, "character arguments are not supported");
			ok = 0;
		}
		int whole = ok && a->kind == IR_VAR && a->u.var.sym->rank && !a->u.var.nidx;
		int section = ok && a->kind == IR_VAR && a->u.var.nidx && sema_rank(a);
		int element = ok && a->kind == IR_VAR && a->u.var.nidx && !section;
		if (!ok) {
		} else if (whole && a->paren) {
			ir_error(a->loc,
			         "argument %d of '%s': '(%s)' is a copy of the array, which is not supported; copy it "
			         "into an array of its own and pass that",
			         i, callee->name, a->u.var.sym->name);
			ok = 0;
		} else if (!whole && !section && sema_rank(a)) {
			ir_error(a->loc,
			         "array expressions as actual arguments are not supported (assign the value to an "
			         "array and pass that)");
			ok = 0;
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
		} else if (!d->rank && (whole || section)) {
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
		int in = d->intent != INTENT_OUT, back = d->intent != INTENT_IN;
		if (back && !after) {
			ir_error(a->loc,
			         "argument %d of '%s': a non-contiguous section passed to a function whose dummy '%s' is not "
			         "INTENT(IN) is not supported (copy it into an array of its own)",
			         i, callee->name, d->name);
			continue;
		}
		out[slot] = sema_section_copy(S, a, in, back ? after : NULL);
	}
	*pargs = out;
	*pnargs = o;
}

/* An expression, resolved. One written in parentheses is a value even when it names a variable:
 * `call sp((r), r)` passes a copy of r, so sp's writes to its second dummy do not change its
 * first (a parenthesized whole array stays marked for the call check). */
IrExpr *sema_resolve_expr(Sema *S, IrExpr *e)
{
	int paren = e->paren;
	IrExpr *r = resolve_expr(S, e);
	if (!paren || r->kind != IR_VAR)
		return r;
	if (r->u.var.sym->rank && !r->u.var.nidx) {
		r->paren = 1;
		return r;
	}
	return as_value(S, r);
}
