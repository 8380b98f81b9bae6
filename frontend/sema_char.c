/*
 * sema_char.c — CHARACTER expressions: substrings, //, comparisons and the CHARACTER intrinsics.
 *
 * CHARACTER data is passive: it selects what the code computes (`task(1:2) .eq. 'FG'`), never a
 * value with a derivative. A CHARACTER variable has a length (IrSym.clen, sema_decl.c); an
 * expression's length is ir_char_len's. What stays in the IR after sema: IR_CONST_STR, IR_VAR of
 * a CHARACTER variable or element, the substring stad_substr(v, lo, hi) with both bounds,
 * IR_CONCAT (only as the right-hand side of a CHARACTER assignment), comparisons (IR_EQ..IR_GE
 * of two CHARACTER operands: Fortran's blank-padded collating comparison, as LGE.. in ASCII), and
 * the intrinsics LEN (folded when constant), LEN_TRIM, INDEX, TRIM, ADJUSTL, ADJUSTR, LGE, LGT,
 * LLE, LLT, ICHAR.
 */
#include "sema_int.h"

#include <string.h>

static IrExpr *bad(Sema *S, IrLoc loc)
{
	return ir_str(S->a, "", loc);
}

static int plain_value(const IrExpr *x);

/* An INTEGER bound of a substring, resolved; NULL stays NULL. */
static IrExpr *bound(Sema *S, IrExpr *b)
{
	if (!b)
		return NULL;
	IrExpr *x = sema_value_expr(S, b);
	if (!ir_base_is_int(x->type)) {
		ir_error(x->loc, "the bounds of a substring must be integers");
		return ir_int(S->a, 1, x->loc);
	}
	return x->type == TY_INT ? x : ir_convert(S->a, x, TY_INT);
}

IrExpr *sema_substring(Sema *S, IrExpr *base, IrExpr *t)
{
	if (t->kind != IR_TRIPLET || t->u.triplet.st) {
		ir_error(t->loc, "'%s' is a CHARACTER scalar: write a substring %s(lo:hi)", base->u.var.sym->name,
		         base->u.var.sym->name);
		return bad(S, t->loc);
	}
	IrExpr *lo = bound(S, t->u.triplet.lo), *hi = bound(S, t->u.triplet.hi);
	if (!lo)
		lo = ir_int(S->a, 1, t->loc);
	if (!hi) {
		IrExpr *l = ir_char_len(S->a, base);
		int ok;
		int64_t v = ir_const_int(l, &ok);
		hi = ok ? ir_int(S->a, v, t->loc) : ir_convert(S->a, l, TY_INT);
	}
	IrExpr **args = ir_alloc(S->a, 3 * sizeof *args);
	args[0] = base;
	args[1] = lo;
	args[2] = hi;
	IrExpr *r = ir_intrin(S->a, INTR_SUBSTR, args, 3, base->loc);
	r->type = TY_CHAR;
	return r;
}

/* Both operands CHARACTER: a comparison or a concatenation. */
IrExpr *sema_char_binop(Sema *S, IrOp op, IrExpr *x, IrExpr *y, IrLoc loc)
{
	if (x->type != TY_CHAR || y->type != TY_CHAR) {
		ir_error(loc, "a CHARACTER value is compared with or joined to a value of type %s",
		         ir_base_name(x->type == TY_CHAR ? y->type : x->type));
		return op == IR_CONCAT ? bad(S, loc) : ir_logical(S->a, 0, loc);
	}
	if (sema_rank(x) || sema_rank(y)) {
		ir_error(loc, "CHARACTER array expressions are not supported (write a DO loop over the elements)");
		return bad(S, loc);
	}
	if (op == IR_CONCAT) {
		if (x->kind == IR_CONST_STR && y->kind == IR_CONST_STR) {
			size_t a = strlen(x->u.str), b = strlen(y->u.str);
			char *v = ir_alloc(S->a, a + b + 1);
			memcpy(v, x->u.str, a);
			memcpy(v + a, y->u.str, b + 1);
			return ir_str(S->a, v, x->loc);
		}
		IrExpr *r = ir_binop(S->a, IR_CONCAT, x, y, loc);
		r->type = TY_CHAR;
		return r;
	}
	if (!plain_value(x) || !plain_value(y))
		return ir_logical(S->a, 0, loc);
	if (op < IR_EQ || op > IR_GE) {
		ir_error(loc, "operands of '%s' must not be CHARACTER", ir_ops[op].fortran);
		return bad(S, loc);
	}
	IrExpr *r = ir_binop(S->a, op, x, y, loc);
	r->type = TY_LOGICAL;
	return r;
}

/* A CHARACTER value where the IR wants a plain one (comparison, argument of an intrinsic): a
 * concatenation is not (it needs a buffer: assign it to a variable first). */
static int plain_value(const IrExpr *x)
{
	if (x->kind == IR_BINARY && x->u.op.op == IR_CONCAT) {
		ir_error(x->loc,
		         "a concatenation (//) is supported only as the value assigned to a CHARACTER variable (assign it to "
		         "one first)");
		return 0;
	}
	if (x->kind == IR_INTRIN && (x->u.call.id == INTR_ADJUSTL || x->u.call.id == INTR_ADJUSTR)) {
		ir_error(x->loc, "%s is supported only as the value assigned to a CHARACTER variable (assign it to one first)",
		         x->u.call.id == INTR_ADJUSTL ? "ADJUSTL" : "ADJUSTR");
		return 0;
	}
	return 1;
}

IrExpr *sema_char_intrinsic(Sema *S, IrIntrinsic id, IrExpr *e)
{
	const IrIntrinsicInfo *in = &ir_intrinsics[id];
	int n = e->u.ref.nargs;
	if (id == INTR_SUBSTR && n == 2) { /* a(i)(lo:hi), from the parser */
		IrExpr *base = sema_value_expr(S, e->u.ref.args[0]);
		if (base->kind != IR_VAR || base->type != TY_CHAR) {
			ir_error(e->loc, "a substring (lo:hi) applies to a CHARACTER variable or array element");
			return bad(S, e->loc);
		}
		return sema_substring(S, base, e->u.ref.args[1]);
	}
	if (n < in->minargs || n > in->maxargs) {
		ir_error(e->loc, "wrong number of arguments to intrinsic %s", in->name);
		return id == INTR_TRIM || id == INTR_ADJUSTL || id == INTR_ADJUSTR ? bad(S, e->loc) : ir_int(S->a, 0, e->loc);
	}
	IrExpr **r = ir_alloc(S->a, sizeof *r * (size_t)n);
	for (int i = 0; i < n; i++) {
		IrExpr *a = e->u.ref.args[i];
		if (a->kind == IR_KEYWORD) {
			ir_error(a->loc, "keyword arguments of %s are not supported", in->name);
			return ir_int(S->a, 0, e->loc);
		}
		r[i] = sema_value_expr(S, a);
		int want_char = !(id == INTR_INDEX && i == 2);
		if (want_char && r[i]->type != TY_CHAR) {
			ir_error(r[i]->loc, "argument %d of %s must be CHARACTER", i + 1, in->name);
			return ir_int(S->a, 0, e->loc);
		}
		if (!want_char && r[i]->type != TY_LOGICAL) {
			ir_error(r[i]->loc, "the third argument of INDEX (BACK) must be LOGICAL");
			return ir_int(S->a, 0, e->loc);
		}
		if (want_char && !plain_value(r[i]))
			return ir_int(S->a, 0, e->loc);
	}
	if (id == INTR_LEN) { /* the length, folded when constant */
		IrExpr *l = ir_char_len(S->a, r[0]);
		int ok;
		int64_t v = ir_const_int(l, &ok);
		return ok ? ir_int(S->a, v, e->loc) : ir_convert(S->a, l, TY_INT);
	}
	IrExpr *x = ir_intrin(S->a, id, r, n, e->loc);
	x->type = in->rtype == RT_INT ? TY_INT : in->rtype == RT_LOGICAL ? TY_LOGICAL : TY_CHAR;
	return x;
}

int sema_char_plain(Sema *S, IrExpr *x)
{
	(void)S;
	return plain_value(x);
}

/* A CHARACTER actual argument of a user routine: checked; its length goes to the hidden dummy. */
int sema_char_actual(Sema *S, IrExpr *a)
{
	(void)S;
	if (!plain_value(a))
		return 0;
	if (a->kind == IR_INTRIN && (a->u.call.id == INTR_TRIM || a->u.call.id == INTR_ADJUSTL || a->u.call.id == INTR_ADJUSTR)) {
		ir_error(a->loc, "%s as an actual argument is not supported (assign it to a CHARACTER variable first)",
		         ir_intrinsics[a->u.call.id].name);
		return 0;
	}
	return 1;
}
