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
 * LLE, LLT, ICHAR, IACHAR, CHAR, ACHAR.
 */
#include "sema_int.h"

#include <string.h>

static IrExpr *bad(Sema *S, IrLoc loc)
{
	return ir_str(S->a, "", loc);
}

static int plain_value(Sema *S, IrExpr **px);

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

/* The constant string v blank-padded or cut to n characters. */
IrExpr *sema_str_fit(Sema *S, const IrExpr *v, int64_t n)
{
	size_t have = strlen(v->u.str), want = n < 0 ? 0 : (size_t)n;
	if (have == want)
		return (IrExpr *)v;
	char *t = ir_alloc(S->a, want + 1);
	for (size_t k = 0; k < want; k++)
		t[k] = k < have ? v->u.str[k] : ' ';
	return ir_str(S->a, t, v->loc);
}

static IrExpr *failed(Sema *S, IrLoc loc)
{
	IrExpr *f = bad(S, loc);
	f->failed = 1;
	return f;
}

IrExpr *sema_char_constructor(Sema *S, IrExpr *con)
{
	int64_t len = -1; /* the values' one length: the type-spec's, else the first value's */
	const IrExpr *first = NULL;
	if (con->u.list.clen) {
		IrExpr *l = sema_resolve_expr(S, con->u.list.clen);
		Const c;
		if (!ir_base_is_int(l->type) || !sema_const_of(l, &c)) {
			ir_error(l->loc, "the length in a CHARACTER type-spec must be an INTEGER constant");
			return failed(S, con->loc);
		}
		len = c.i < 0 ? 0 : c.i;
	}
	for (int i = 0; i < con->u.list.nitems; i++) {
		IrExpr *it = con->u.list.items[i];
		if (it->kind == IR_IMPLDO || it->kind == IR_ARRAYCON) {
			ir_error(it->loc, "an implied DO or a constructor inside a CHARACTER array constructor is not supported "
			                  "(give the values one by one)");
			return failed(S, con->loc);
		}
		IrExpr *x = sema_resolve_expr(S, it);
		if (x->failed)
			return failed(S, con->loc);
		if (x->type != TY_CHAR || sema_rank(x)) {
			ir_error(x->loc, "a CHARACTER array constructor takes CHARACTER scalars only (this is %s%s)",
			         sema_rank(x) ? "an array of " : "", ir_base_name(x->type));
			return failed(S, con->loc);
		}
		int ok;
		int64_t xl = ir_const_int(ir_char_len(S->a, x), &ok);
		if (!ok) {
			ir_error(x->loc, "the length of this value is known only at run time: a CHARACTER array constructor "
			                 "needs values of constant lengths");
			return failed(S, con->loc);
		}
		if (con->u.list.clen) {
			if (x->kind == IR_CONST_STR)
				x = sema_str_fit(S, x, len);
			else if (xl > len && x->kind == IR_VAR) { /* cut: v(1:len) */
				IrExpr *t = ir_alloc(S->a, sizeof *t);
				t->kind = IR_TRIPLET;
				t->loc = x->loc;
				t->u.triplet.hi = ir_int(S->a, len, x->loc);
				x = sema_substring(S, x, t);
			}
			else if (xl > len) {
				ir_error(x->loc, "this value is longer than the type-spec's length %lld: cut it, v(1:%lld)",
				         (long long)len, (long long)len);
				return failed(S, con->loc);
			}
		} else if (!first) {
			len = xl, first = x;
		} else if (xl != len) {
			ir_error(x->loc,
			         "the values of a CHARACTER array constructor must have one length (%lld and %lld here): give "
			         "a type-spec, [character(len=%lld) :: ...]",
			         (long long)len, (long long)xl, (long long)(xl > len ? xl : len));
			return failed(S, con->loc);
		}
		con->u.list.items[i] = x;
	}
	con->type = TY_CHAR;
	return con;
}

/* Both operands CHARACTER: a comparison or a concatenation. */
IrExpr *sema_char_binop(Sema *S, IrOp op, IrExpr *x, IrExpr *y, IrLoc loc)
{
	if (x->failed || y->failed) /* reported */
		return failed(S, loc);
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
	if (!plain_value(S, &x) || !plain_value(S, &y))
		return ir_logical(S->a, 0, loc);
	if (op < IR_EQ || op > IR_GE) {
		ir_error(loc, "operands of '%s' must not be CHARACTER", ir_ops[op].fortran);
		return bad(S, loc);
	}
	IrExpr *r = ir_binop(S->a, op, x, y, loc);
	r->type = TY_LOGICAL;
	return r;
}

/* A CHARACTER value where the IR wants a plain one (comparison, argument of an intrinsic, SELECT
 * CASE selector): a concatenation or ADJUSTL/ADJUSTR is not (the C needs a buffer for it). In an
 * executable statement ADJUSTL of a variable becomes a substring of it (below); another one of
 * a constant length is assigned to a fresh CHARACTER local before the statement
 * (`if (adjustl(s) == 'x')`, `select case (trim(adjustl(s)))`) and *px becomes that local;
 * otherwise (S NULL: an actual argument) it is refused. */
static int plain_value(Sema *S, IrExpr **px)
{
	IrExpr *x = *px;
	int concat = x->kind == IR_BINARY && x->u.op.op == IR_CONCAT;
	int adjust = x->kind == IR_INTRIN && (x->u.call.id == INTR_ADJUSTL || x->u.call.id == INTR_ADJUSTR);
	if (!concat && !adjust)
		return 1;
	if (S && S->hoist && adjust && x->u.call.id == INTR_ADJUSTL && x->u.call.args[0]->kind == IR_VAR) {
		/* ADJUSTL(v) of a variable or element, compared or searched: Fortran compares with
		 * blanks padding the shorter, so it is v(stad_nonblank(v):LEN(v)), whatever its length */
		IrExpr *s = x->u.call.args[0];
		IrExpr **a1 = ir_alloc(S->a, sizeof *a1);
		a1[0] = ir_expr_copy(S->a, s);
		IrExpr *lo = ir_intrin(S->a, INTR_NONBLANK, a1, 1, x->loc);
		lo->type = TY_INT;
		IrExpr **args = ir_alloc(S->a, 3 * sizeof *args);
		args[0] = s;
		args[1] = lo;
		args[2] = ir_convert(S->a, ir_char_len(S->a, s), TY_INT);
		*px = ir_intrin(S->a, INTR_SUBSTR, args, 3, x->loc);
		(*px)->type = TY_CHAR;
		return 1;
	}
	Const len = {0};
	int why = 0;
	if (S && S->hoist && sema_const_fold(ir_char_len(S->a, x), &len, &why) && ir_base_is_int(len.type) && len.i > 0) {
		IrSym *t = sema_new_local(S, concat ? "cat" : "adj", TY_CHAR, x->loc);
		t->clen = ir_int_kind(S->a, len.i, TY_INT8, x->loc);
		ir_block_add(S->a, S->hoist, ir_assign(S->a, ir_var(S->a, t, NULL, 0, x->loc), x, x->loc));
		*px = ir_var(S->a, t, NULL, 0, x->loc);
		return 1;
	}
	const char *what = concat ? "a concatenation (//)" : x->u.call.id == INTR_ADJUSTL ? "ADJUSTL" : "ADJUSTR";
	ir_error(x->loc, "%s%s is supported only as the value assigned to a CHARACTER variable (assign it to one first)", what,
	         S && S->hoist ? " of a length not known when stad translates it" : " as an actual argument");
	return 0;
}

/* REPEAT(s, n), n an INTEGER constant (trial s16: refused): a constant string when s is one,
 * else s // s // ... (n copies; '' for n <= 0), which is then what a concatenation may be. */
enum { REPEAT_MAX = 64 }; /* copies of a non-constant s, each a term of the C */
static IrExpr *repeat(Sema *S, IrExpr *e)
{
	IrExpr *s = e->u.ref.args[0], *c = e->u.ref.args[1];
	if (s->kind == IR_KEYWORD || c->kind == IR_KEYWORD) {
		ir_error(e->loc, "keyword arguments of REPEAT are not supported");
		return bad(S, e->loc);
	}
	s = sema_value_expr(S, s);
	c = sema_value_expr(S, c);
	if (s->failed || c->failed)
		return bad(S, e->loc);
	if (s->type != TY_CHAR || sema_rank(s)) {
		ir_error(s->loc, "the first argument of REPEAT must be a CHARACTER scalar");
		return bad(S, e->loc);
	}
	Const n;
	if (!ir_base_is_int(c->type) || sema_rank(c) || !sema_const_of(c, &n)) {
		ir_error(c->loc,
		         "the count of REPEAT must be an INTEGER constant (for a count known only at run time, "
		         "assign the copies to substrings in a DO loop)");
		return bad(S, e->loc);
	}
	if (n.i <= 0)
		return ir_str(S->a, "", e->loc);
	if (s->kind == IR_CONST_STR) {
		size_t l = strlen(s->u.str);
		if (n.i > (1 << 20) / (l ? (int64_t)l : 1)) {
			ir_error(c->loc, "REPEAT would make a constant of more than 1 MiB");
			return bad(S, e->loc);
		}
		char *v = ir_alloc(S->a, l * (size_t)n.i + 1);
		for (int64_t k = 0; k < n.i; k++)
			memcpy(v + l * (size_t)k, s->u.str, l);
		v[l * (size_t)n.i] = 0;
		return ir_str(S->a, v, e->loc);
	}
	if (n.i > REPEAT_MAX) {
		ir_error(c->loc,
		         "REPEAT of a CHARACTER variable more than %d times is not supported (assign the copies to "
		         "substrings in a DO loop)",
		         REPEAT_MAX);
		return bad(S, e->loc);
	}
	if (!plain_value(S, &s))
		return bad(S, e->loc);
	IrExpr *r = s;
	for (int64_t k = 1; k < n.i; k++)
		r = sema_char_binop(S, IR_CONCAT, r, ir_expr_copy(S->a, s), e->loc);
	return r;
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
	if (id == INTR_REPEAT)
		return repeat(S, e);
	IrExpr **r = ir_alloc(S->a, sizeof *r * (size_t)n);
	for (int i = 0; i < n; i++) {
		IrExpr *a = e->u.ref.args[i];
		if (a->kind == IR_KEYWORD) {
			ir_error(a->loc, "keyword arguments of %s are not supported", in->name);
			return ir_int(S->a, 0, e->loc);
		}
		/* LEN of a CHARACTER array (a variable, component or section) is its elements' length
		 * (trial s16: refused with two errors) */
		r[i] = id == INTR_LEN ? sema_resolve_expr(S, a) : sema_value_expr(S, a);
		if (id == INTR_LEN && sema_rank(r[i]) && (r[i]->kind != IR_VAR || r[i]->type != TY_CHAR)) {
			ir_error(r[i]->loc,
			         r[i]->type == TY_CHAR ? "LEN of a CHARACTER array expression is not supported (LEN "
			                                 "of the array is its elements' length)"
			                               : "argument 1 of len must be CHARACTER");
			return ir_int(S->a, 0, e->loc);
		}
		if (id == INTR_CHAR || id == INTR_ACHAR) { /* CHAR(i), ACHAR(i): the one character of code i */
			if (!ir_base_is_int(r[i]->type) || sema_rank(r[i])) {
				if (!r[i]->failed)
					ir_error(r[i]->loc, "the argument of %s must be an INTEGER scalar", in->name);
				return bad(S, e->loc);
			}
			continue;
		}
		int want_char = !(id == INTR_INDEX && i == 2);
		if (want_char && r[i]->type != TY_CHAR) {
			ir_error(r[i]->loc, "argument %d of %s must be CHARACTER", i + 1, in->name);
			return ir_int(S->a, 0, e->loc);
		}
		if (!want_char && r[i]->type != TY_LOGICAL) {
			ir_error(r[i]->loc, "the third argument of INDEX (BACK) must be LOGICAL");
			return ir_int(S->a, 0, e->loc);
		}
		if (want_char && id != INTR_LEN && !plain_value(S, &r[i])) /* LEN(ADJUSTL(s)) is LEN(s) */
			return ir_int(S->a, 0, e->loc);
	}
	if (id == INTR_LEN) { /* the length, folded when constant */
		IrExpr *l = ir_char_len(S->a, r[0]);
		int ok;
		int64_t v = ir_const_int(l, &ok);
		return ok ? ir_int(S->a, v, e->loc) : ir_convert(S->a, l, TY_INT);
	}
	IrExpr *x = ir_intrin(S->a, id == INTR_ACHAR ? INTR_CHAR : id, r, n, e->loc); /* (ASCII) */
	x->type = in->rtype == RT_INT ? TY_INT : in->rtype == RT_LOGICAL ? TY_LOGICAL : TY_CHAR;
	return x;
}

int sema_char_plain(Sema *S, IrExpr **px)
{
	return plain_value(S, px);
}

/* A CHARACTER actual argument of a user routine: checked; its length goes to the hidden dummy. */
int sema_char_actual(Sema *S, IrExpr *a)
{
	(void)S;
	if (!plain_value(NULL, &a))
		return 0;
	if (a->kind == IR_INTRIN && (a->u.call.id == INTR_TRIM || a->u.call.id == INTR_ADJUSTL || a->u.call.id == INTR_ADJUSTR)) {
		ir_error(a->loc, "%s as an actual argument is not supported (assign it to a CHARACTER variable first)",
		         ir_intrinsics[a->u.call.id].name);
		return 0;
	}
	return 1;
}
