/*
 * sema_array.c — array syntax, lowered to loops of scalar statements before any other pass
 * sees it: sections `a(lo:hi:st)`, elemental expressions and intrinsics on arrays, array
 * assignment, the array intrinsics (SUM ... MATMUL, TRANSPOSE, SIZE ...), array constructors
 * `[...]` / `(/ ... /)` with implied DO. After sema the IR holds only scalar expressions.
 *
 * How an array expression becomes loops. Every array operand is a *view*: an array with, per
 * dimension, either a scalar subscript or a triplet lo:hi:st (a whole array is all triplets
 * with its declared bounds, fixed at entry). The triplets, in order, are the operand's
 * positions. A *nest* is one DO loop per position, each run by a *driver*: the loop variable
 * takes the driver's subscripts (`do i = 2, m - 1` for `u(2:m-1) = ...`), and every other
 * operand's subscript is an affine function of it (`t(i - 1)`, `t(i + 1)`), simplified as
 * integer linear forms. An assignment's driver is its left-hand side; a reduction's is its
 * first operand. So `u(2:m-1) = a*t(1:m-2) + b*t(3:m)` is the loop a person would write.
 *
 * Fortran evaluates the right-hand side before it stores any element. Elements of the array
 * assigned and function references (scalar-valued, whatever their arguments) are evaluated
 * once, before the loops.
 * Sections of the array assigned read on the right are compared with the one assigned,
 * dimension by dimension: disjoint, or at a constant distance in the same loop (`a(2:n) =
 * a(1:n-1)`: each element reads one stored one step earlier), which one loop direction makes
 * safe (here backwards); otherwise (`a(2:n-1) = a(1:n-2) + a(3:n)`, a reversal `a(n:1:-1)`,
 * a transpose, unknown offsets) the right-hand side goes into a temporary shaped like the array
 * first, then is copied. The derivative passes see only these loops, so tangent and adjoint
 * follow the same order.
 *
 * Shapes must conform: extents known at compile time are checked (an error when they differ);
 * others are trusted, as gfortran does without -fcheck=bounds.
 *
 * Reductions in an expression are computed into a scalar before the statement (`before`):
 * SUM, PRODUCT, DOT_PRODUCT as accumulations; MAXVAL/MINVAL/MAXLOC/MINLOC by a search loop
 * whose running maximum is a variable of its own (never used by the result, so passive) and
 * which records the position of the first maximal element; the result is then that element,
 * read once, so the derivative flows to the element chosen (the first on ties) and the search
 * loop needs no adjoint (ad/reverse.c leaves such quiet loops out of the backward sweep).
 * Reductions along DIM= of rank-2 arrays, MATMUL and constructors fill the array assigned with
 * loops of their own; inside an expression they go through a temporary (materialize()).
 *
 * Sections as actual arguments (sema_bind_actuals in sema_expr.c): a contiguous one is passed
 * as its first element, a non-contiguous one through a temporary copied in and out
 * (sema_section_copy); assumed-shape dummies got hidden extent arguments in sema_decl.c. An
 * array expression as an actual is assigned to a temporary of its shape before the statement,
 * which is passed (sema_expr_temp).
 */
#include "sema_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- small helpers */

static IrExpr *icon(Sema *S, int64_t v, IrLoc loc)
{
	return ir_int(S->a, v, loc);
}

static IrExpr *cp(Sema *S, const IrExpr *e)
{
	return ir_expr_copy(S->a, e);
}

static IrExpr *vref(Sema *S, IrSym *s, IrLoc loc)
{
	return ir_var(S->a, s, NULL, 0, loc);
}

static int const_int(const IrExpr *e, int64_t *v)
{
	Const c;
	if (!e || !sema_const_of(e, &c) || !ir_base_is_int(c.type))
		return 0;
	*v = c.i;
	return 1;
}

/* A stride that is 1: omitted or the constant 1. */
static int unit_stride(const IrExpr *st)
{
	int64_t v;
	return !st || (const_int(st, &v) && v == 1);
}

static int is_array_ref(const IrExpr *e)
{
	if (e->kind != IR_VAR || !e->u.var.sym->rank)
		return 0;
	if (!e->u.var.nidx)
		return 1;
	for (int i = 0; i < e->u.var.nidx; i++)
		if (e->u.var.idx[i]->kind == IR_TRIPLET)
			return 1;
	return 0;
}

static int is_intrin(const IrExpr *e, IrIntrinsic id)
{
	return e->kind == IR_INTRIN && e->u.call.id == id;
}

/* A reference to an ELEMENTAL function: elementwise in its arguments like an elemental intrinsic
 * (sema_elemental_fcall made it; with scalar arguments only it is a scalar like any reference). */
static int elemental_fcall(const IrExpr *e)
{
	return e->kind == IR_FCALL && e->u.call.callee && e->u.call.callee->elemental;
}

/* An elemental function reference with an array argument: evaluated element by element in the
 * statement's loops, never once before them. */
static int elemental_on_arrays(const IrExpr *e)
{
	if (!elemental_fcall(e))
		return 0;
	for (int i = 0; i < e->u.call.nargs; i++)
		if (sema_rank(e->u.call.args[i]))
			return 1;
	return 0;
}

/* An array-valued reduction along DIM (kept as a node until an assignment lowers it). */
static int is_dim_reduction(const IrExpr *e)
{
	if (e->kind != IR_INTRIN)
		return 0;
	switch (e->u.call.id) {
	case INTR_SUM:
	case INTR_PRODUCT:
	case INTR_MAXVAL:
	case INTR_MINVAL:
	case INTR_ANY:
	case INTR_ALL:
	case INTR_COUNTS: return 1;
	default: return 0;
	}
}

/* ---------------------------------------------------------------- fresh names */

/* A name for a new local: base1, base2, ... that no symbol in scope, no procedure and no name
 * the unit's source uses has (an implicitly typed variable appears by its first use, possibly
 * after the temporary was made). */
const char *sema_fresh_name(Sema *S, const char *base)
{
	for (int t = 1;; t++) {
		const char *n = ir_sprintf(S->a, "%s%d", base, t);
		if (!sema_lookup(S, S->unit, n) && !sema_find_unit(S, n) && !sema_name_used(S, n))
			return n;
	}
}

IrSym *sema_new_local(Sema *S, const char *base, IrBase type, IrLoc loc)
{
	IrSym *c = ir_sym_new(S->a, S->unit, sema_fresh_name(S, base), SYM_LOCAL, loc);
	c->type = type;
	c->declared = 1;
	return c;
}

/* The loop variable of nest position k: one per position and unit, shared by every nest (nests
 * never run inside one another: what one needs is computed before it). */
static IrSym *new_ivar(Sema *S, int k, IrLoc loc)
{
	assert(k < SEMA_NIVARS);
	if (!S->ivars[k])
		S->ivars[k] = sema_new_local(S, "i", TY_INT, loc);
	return S->ivars[k];
}

/* ---------------------------------------------------------------- bounds fixed at entry, values before */

/* An array bound as it was on entry to the unit: Fortran fixes `v(m, 2)`'s shape then, so a
 * later `m = 1` must not change how many elements `v = v * v` touches. A bound that reads a
 * variable is copied into a local by a statement run on entry (once per bound). Outside
 * executable statements (declarations) the bound itself is meant. */
/* The bound reads only dummies and locals this unit never changes (not module or COMMON
 * variables, which a callee may change). */
int sema_bound_operation(const IrExpr *e)
{
	switch (e->kind) {
	case IR_UNARY:
	case IR_BINARY:
	case IR_CONVERT:
	case IR_INTRIN:
	case IR_CONST_INT:
	case IR_CONST_REAL:
	case IR_CONST_LOG: return 1;
	default: return 0;
	}
}

static int changeable(const IrExpr *e, const void *ctx)
{
	const Sema *S = ctx;
	switch (e->kind) {
	case IR_VAR: {
		const IrSym *s = e->u.var.sym;
		return s->kind != SYM_PARAM &&
		        ((s->kind != SYM_ARG && s->kind != SYM_LOCAL) || s->is_save || s->owner != S->unit ||
		         sema_name_changed(S, s->name));
	}
	default: return !sema_bound_operation(e);
	}
}

static int unchanged(const Sema *S, const IrExpr *e)
{
	return !ir_expr_any(e, changeable, S);
}

IrExpr *sema_bound_at_entry(Sema *S, IrExpr *bound, IrLoc loc)
{
	/* an ALLOCATABLE array's bounds are those of its last ALLOCATE: read them as they are */
	if (!S->stmt || !ir_expr_reads_variable(bound) || unchanged(S, bound) ||
	    (bound->kind == IR_VAR && bound->u.var.sym->alloc_of))
		return ir_expr_copy(S->a, bound);
	for (int i = 0; i + 1 < S->entry_of.n; i += 2)
		if (ir_expr_equal(S->entry_of.v[i], bound))
			return ir_var(S->a, S->entry_of.v[i + 1], NULL, 0, loc);
	IrSym *c = sema_new_local(S, "extent_", bound->type, bound->loc);
	ir_vec_push(S->a, &S->entry_of, bound);
	ir_vec_push(S->a, &S->entry_of, c);
	ir_block_add(S->a, &S->prologue,
	             ir_assign(S->a, ir_var(S->a, c, NULL, 0, bound->loc), ir_expr_copy(S->a, bound), bound->loc));
	return ir_var(S->a, c, NULL, 0, loc);
}

static IrExpr *dim_lo(Sema *S, const IrSym *a, int d, IrLoc loc)
{
	return a->dims[d].lo ? sema_bound_at_entry(S, a->dims[d].lo, loc) : icon(S, 1, loc);
}

static IrExpr *dim_hi(Sema *S, const IrSym *a, int d, IrLoc loc)
{
	return a->dims[d].hi ? sema_bound_at_entry(S, a->dims[d].hi, loc) : NULL;
}

/* e computed into a new local before the statement being resolved; the local, read. */
IrExpr *sema_value_before(Sema *S, IrExpr *e, const char *base)
{
	IrSym *c = sema_new_local(S, base, e->type, e->loc);
	ir_block_add(S->a, S->hoist, ir_assign(S->a, ir_var(S->a, c, NULL, 0, e->loc), e, e->loc));
	return ir_var(S->a, c, NULL, 0, e->loc);
}

/* ---------------------------------------------------------------- integer linear forms */

/* An INTEGER expression as c + sum k_i * atom_i, to simplify subscripts (`i + (1 - 2)` is
 * `i - 1`) and to compare bounds (`(m - 1) - (m - 2)` is 1). Atoms are compared structurally;
 * values stay far from overflow or the form gives up (the expression is then one atom). */
#define LIN_MAX 8
#define LIN_BIG ((int64_t)1 << 40)

typedef struct Lin {
	int n;
	const IrExpr *atom[LIN_MAX];
	int64_t k[LIN_MAX];
	int64_t c;
} Lin;

static int lin_mul(int64_t a, int64_t b, int64_t *r)
{
	if (a > LIN_BIG || a < -LIN_BIG || b > LIN_BIG || b < -LIN_BIG)
		return 0;
	if (a != 0 && (b > LIN_BIG / (a < 0 ? -a : a) || b < -LIN_BIG / (a < 0 ? -a : a)))
		return 0;
	*r = a * b;
	return 1;
}

static int lin_addc(int64_t *acc, int64_t v)
{
	if (v > LIN_BIG || v < -LIN_BIG || *acc > LIN_BIG || *acc < -LIN_BIG)
		return 0;
	*acc += v;
	return 1;
}

static int lin_atom(Lin *l, const IrExpr *e, int64_t k)
{
	for (int i = 0; i < l->n; i++)
		if (ir_expr_equal(l->atom[i], e))
			return lin_addc(&l->k[i], k);
	if (l->n == LIN_MAX)
		return 0;
	l->atom[l->n] = e;
	l->k[l->n++] = k;
	return 1;
}

/* l += k * e */
static int lin_acc(Lin *l, const IrExpr *e, int64_t k)
{
	int64_t v, t;
	if (const_int(e, &v))
		return lin_mul(k, v, &t) && lin_addc(&l->c, t);
	if (e->type == TY_INT && e->kind == IR_UNARY && e->u.op.op == IR_NEG)
		return lin_acc(l, e->u.op.a, -k);
	if (e->type == TY_INT && e->kind == IR_BINARY) {
		switch (e->u.op.op) {
		case IR_ADD: return lin_acc(l, e->u.op.a, k) && lin_acc(l, e->u.op.b, k);
		case IR_SUB: return lin_acc(l, e->u.op.a, k) && lin_acc(l, e->u.op.b, -k);
		case IR_MUL:
			if (const_int(e->u.op.a, &v))
				return lin_mul(k, v, &t) && lin_acc(l, e->u.op.b, t);
			if (const_int(e->u.op.b, &v))
				return lin_mul(k, v, &t) && lin_acc(l, e->u.op.a, t);
			break;
		default: break;
		}
	}
	return lin_atom(l, e, k);
}

/* The form of sum(sign[i] * e[i]); 0 when it does not fit. */
static int lin_of(Lin *l, int n, IrExpr *const *e, const int *sign)
{
	memset(l, 0, sizeof *l);
	for (int i = 0; i < n; i++)
		if (e[i] && !lin_acc(l, e[i], sign[i]))
			return 0;
	return 1;
}

/* sum(sign[i] * e[i]) as a simplified expression (constant term last). */
static IrExpr *lin_sum(Sema *S, int n, IrExpr *const *e, const int *sign, IrLoc loc)
{
	Lin l;
	if (!lin_of(&l, n, e, sign)) {
		IrExpr *r = NULL;
		for (int i = 0; i < n; i++) {
			if (!e[i])
				continue;
			IrExpr *x = cp(S, e[i]);
			if (!r)
				r = sign[i] < 0 ? ir_unop(S->a, IR_NEG, x, loc) : x;
			else
				r = ir_binop(S->a, sign[i] < 0 ? IR_SUB : IR_ADD, r, x, loc);
		}
		return r ? r : icon(S, 0, loc);
	}
	IrExpr *r = NULL;
	for (int i = 0; i < l.n; i++) {
		int64_t k = l.k[i];
		if (!k)
			continue;
		int64_t m = k < 0 ? -k : k;
		IrExpr *t = cp(S, l.atom[i]);
		if (m != 1)
			t = ir_binop(S->a, IR_MUL, icon(S, m, loc), t, loc);
		if (!r)
			r = k < 0 ? ir_unop(S->a, IR_NEG, t, loc) : t;
		else
			r = ir_binop(S->a, k < 0 ? IR_SUB : IR_ADD, r, t, loc);
	}
	if (!r)
		return icon(S, l.c, loc);
	if (l.c > 0)
		r = ir_binop(S->a, IR_ADD, r, icon(S, l.c, loc), loc);
	else if (l.c < 0)
		r = ir_binop(S->a, IR_SUB, r, icon(S, -l.c, loc), loc);
	return r;
}

/* x - y when it is a constant. */
static int lin_diff(const IrExpr *x, const IrExpr *y, int64_t *d)
{
	IrExpr *e[2] = {(IrExpr *)x, (IrExpr *)y};
	int sg[2] = {1, -1};
	Lin l;
	if (!lin_of(&l, 2, e, sg))
		return 0;
	for (int i = 0; i < l.n; i++)
		if (l.k[i])
			return 0;
	*d = l.c;
	return 1;
}

static int same_stride(const IrExpr *x, const IrExpr *y)
{
	int64_t d;
	if (unit_stride(x) && unit_stride(y))
		return 1;
	if (!x || !y)
		return 0;
	return lin_diff(x, y, &d) && d == 0;
}

/* ---------------------------------------------------------------- views and shapes */

/* An array operand: per dimension a scalar subscript, or a triplet (a position). */
typedef struct View {
	IrSym *sym;
	IrExpr *sub[IR_MAX_RANK];                                    /* scalar subscript, NULL: triplet */
	IrExpr *lo[IR_MAX_RANK], *hi[IR_MAX_RANK], *st[IR_MAX_RANK]; /* triplet; st NULL: 1 */
	int pos[IR_MAX_RANK];                                        /* position of dimension d, or -1 */
	int dim[IR_MAX_RANK];                                        /* dimension of position p */
	int rank;                                                    /* number of positions */
} View;

/* A CSHIFT computed into the temporary t by two copy nests (fill, data_move), which an
 * elementwise assignment may read through instead (shifted_through): t(j) is then x at j with
 * its position along dim moved by k, wrapped at n, and the copy is dropped. */
typedef struct Shifted {
	IrSym *t;
	IrExpr *x;    /* the argument: an array reference */
	IrSym *k, *n; /* the shift reduced into 0..n-1; n = max(extent along dim, 1) */
	int dim;      /* 1-based */
	IrStmt *fill[2];
	int through; /* the copy is dropped: t's reference reads x */
} Shifted;

/* The view of an array reference (IR_VAR of rank > 0, whole or a section); 0 when a needed bound
 * is missing (assumed size), which shape_of reports. */
static int view_of(Sema *S, const IrExpr *e, View *v)
{
	IrSym *a = e->u.var.sym;
	memset(v, 0, sizeof *v);
	v->sym = a;
	for (int d = 0; d < a->rank; d++) {
		IrExpr *x = e->u.var.nidx ? e->u.var.idx[d] : NULL;
		if (x && x->kind != IR_TRIPLET) {
			v->sub[d] = x;
			v->pos[d] = -1;
			continue;
		}
		v->dim[v->rank] = d;
		v->pos[d] = v->rank++;
		v->lo[d] = x && x->u.triplet.lo ? x->u.triplet.lo : dim_lo(S, a, d, e->loc);
		v->hi[d] = x && x->u.triplet.hi ? x->u.triplet.hi : dim_hi(S, a, d, e->loc);
		v->st[d] = x ? x->u.triplet.st : NULL;
		if (!v->hi[d])
			return 0;
	}
	return 1;
}

/* The view of a reference already known to have one (shape_of checked it). */
static void view_sure(Sema *S, const IrExpr *e, View *v)
{
	int ok = view_of(S, e, v);
	assert(ok);
	(void)ok;
}

/* The number of elements of lo:hi:st, not clamped at 0 (NULL: unknown). */
static IrExpr *triplet_extent(Sema *S, IrExpr *lo, IrExpr *hi, IrExpr *st, IrLoc loc)
{
	if (unit_stride(st)) {
		IrExpr *e[3] = {hi, lo, NULL};
		int sg[3] = {1, -1, 1};
		IrExpr *one = icon(S, 1, loc);
		e[2] = one;
		return lin_sum(S, 3, e, sg, loc);
	}
	int64_t l, h, s;
	if (const_int(lo, &l) && const_int(hi, &h) && const_int(st, &s) && s != 0)
		return icon(S, (h - l + s) / s, loc);
	IrExpr *e[3] = {hi, lo, st};
	int sg[3] = {1, -1, 1};
	return ir_binop(S->a, IR_DIV, lin_sum(S, 3, e, sg, loc), cp(S, st), loc);
}

/* max(0, e), folded when constant. */
static IrExpr *clamp0(Sema *S, IrExpr *e, IrLoc loc)
{
	int64_t v;
	if (e->kind == IR_VAR && e->u.var.sym->extent_of)
		return e; /* an assumed-shape dummy's extent: the caller passed it clamped */
	if (const_int(e, &v))
		return icon(S, v < 0 ? 0 : v, loc);
	IrExpr **args = ir_alloc(S->a, sizeof *args * 2);
	args[0] = icon(S, 0, loc);
	args[1] = e;
	return ir_intrin(S->a, INTR_MAX, args, 2, loc);
}

typedef struct Shape {
	int rank;
	IrExpr *ext[IR_MAX_RANK]; /* extents (not clamped), NULL: unknown */
	int entry[IR_MAX_RANK];   /* the extent is known on entry (a constant, or a declared bound's) */
} Shape;

static int shape_of(Sema *S, IrExpr *e, Shape *sh);

/* The rank of a resolved expression: 0 for a scalar. */
int sema_rank(const IrExpr *e)
{
	if (!e)
		return 0;
	switch (e->kind) {
	case IR_VAR:
		if (!e->u.var.sym->rank)
			return 0;
		if (!e->u.var.nidx)
			return e->u.var.sym->rank;
		{
			int r = 0;
			for (int i = 0; i < e->u.var.nidx; i++)
				r += e->u.var.idx[i]->kind == IR_TRIPLET;
			return r;
		}
	case IR_UNARY: return sema_rank(e->u.op.a);
	case IR_BINARY: {
		int a = sema_rank(e->u.op.a), b = sema_rank(e->u.op.b);
		return a > b ? a : b;
	}
	case IR_CONVERT: return sema_rank(e->u.conv.e);
	case IR_ARRAYCON: return 1;
	case IR_FCALL:
		if (elemental_fcall(e)) {
			int r = 0;
			for (int i = 0; i < e->u.call.nargs; i++) {
				int k = sema_rank(e->u.call.args[i]);
				r = k > r ? k : r;
			}
			return r;
		}
		return 0;
	case IR_INTRIN:
		switch (e->u.call.id) {
		case INTR_TRANSPOSE: return 2;
		case INTR_MATMUL: return sema_rank(e->u.call.args[0]) + sema_rank(e->u.call.args[1]) - 2;
		default:
			if (is_dim_reduction(e))
				return sema_rank(e->u.call.args[0]) - 1;
			{
				int r = 0;
				for (int i = 0; i < e->u.call.nargs; i++) {
					int k = sema_rank(e->u.call.args[i]);
					r = k > r ? k : r;
				}
				return r;
			}
		}
	default: return 0;
	}
}

/* Two shapes conform: equal ranks, extents equal where both are known. */
static int conform(const Shape *x, const Shape *y, int *dim, int64_t *ex, int64_t *ey)
{
	if (x->rank != y->rank)
		return 0;
	for (int d = 0; d < x->rank; d++) {
		int64_t a, b;
		if (x->ext[d] && y->ext[d] && const_int(x->ext[d], &a) && const_int(y->ext[d], &b)) {
			a = a < 0 ? 0 : a;
			b = b < 0 ? 0 : b;
			if (a != b) {
				*dim = d + 1;
				*ex = a;
				*ey = b;
				return 0;
			}
		}
	}
	return 1;
}

/* Combine the shapes of the operands of an elemental operation. */
static int shape_join(Shape *acc, const Shape *sh, const char *what, IrLoc loc)
{
	if (!sh->rank)
		return 1;
	if (!acc->rank) {
		*acc = *sh;
		return 1;
	}
	int d;
	int64_t a, b;
	if (acc->rank != sh->rank) {
		ir_error(loc, "the operands of %s have ranks %d and %d", what, acc->rank, sh->rank);
		return 0;
	}
	if (!conform(acc, sh, &d, &a, &b)) {
		ir_error(loc, "the operands of %s have different shapes (extents %lld and %lld in dimension %d)", what,
		         (long long)a, (long long)b, d);
		return 0;
	}
	for (int k = 0; k < acc->rank; k++)
		if (!acc->ext[k] || (!acc->entry[k] && sh->entry[k])) {
			acc->ext[k] = sh->ext[k];
			acc->entry[k] = sh->entry[k];
		}
	return 1;
}

static const char *op_what(Sema *S, const IrExpr *e)
{
	if (e->kind == IR_INTRIN)
		return ir_sprintf(S->a, "%s", e->u.call.name);
	if (e->kind == IR_FCALL)
		return ir_sprintf(S->a, "the ELEMENTAL function '%s'", e->u.call.name);
	return ir_sprintf(S->a, "'%s'", ir_ops[e->u.op.op].fortran);
}

/* The size of a constructor (NULL: not known without running it). */
static IrExpr *con_size(Sema *S, const IrExpr *con, IrLoc loc);

static IrExpr *size_of_shape(Sema *S, const Shape *sh, IrLoc loc)
{
	IrExpr *r = NULL;
	for (int d = 0; d < sh->rank; d++) {
		if (!sh->ext[d])
			return NULL;
		IrExpr *x = clamp0(S, cp(S, sh->ext[d]), loc);
		int64_t a, b, ab;
		if (r && const_int(r, &a) && const_int(x, &b) && lin_mul(a, b, &ab))
			r = icon(S, ab, loc);
		else
			r = r ? ir_binop(S->a, IR_MUL, r, x, loc) : x;
	}
	return r ? r : icon(S, 1, loc);
}


static IrExpr *con_size(Sema *S, const IrExpr *con, IrLoc loc)
{
	IrExpr *r = icon(S, 0, loc);
	for (int i = 0; i < con->u.list.nitems; i++) {
		IrExpr *it = con->u.list.items[i], *n;
		if (it->kind == IR_IMPLDO) {
			IrExpr *inner = con_size(S, it, loc);
			if (!inner || ir_expr_mentions(inner, it->u.list.ido->var->u.var.sym))
				return NULL; /* the items' sizes change with the DO variable */
			IrExpr *trip = clamp0(
			        S, triplet_extent(S, it->u.list.ido->lo, it->u.list.ido->hi, it->u.list.ido->st, loc), loc);
			int64_t a, b, ab;
			if (const_int(trip, &a) && const_int(inner, &b) && lin_mul(a, b, &ab))
				n = icon(S, ab, loc);
			else
				n = ir_binop(S->a, IR_MUL, trip, inner, loc);
		} else if (it->kind == IR_ARRAYCON) {
			n = con_size(S, it, loc);
		} else if (!sema_rank(it)) {
			n = icon(S, 1, loc);
		} else {
			Shape sh;
			if (!shape_of(S, it, &sh))
				return NULL;
			n = size_of_shape(S, &sh, loc);
		}
		if (!n)
			return NULL;
		IrExpr *e[2] = {r, n};
		int sg[2] = {1, 1};
		r = lin_sum(S, 2, e, sg, loc);
	}
	return r;
}

/* The shape of an elemental intrinsic's or ELEMENTAL function's reference: its arguments'. */
static int args_shape(Sema *S, IrExpr *e, Shape *sh)
{
	for (int i = 0; i < e->u.call.nargs; i++) {
		Shape x;
		if (!shape_of(S, e->u.call.args[i], &x) || !shape_join(sh, &x, op_what(S, e), e->loc))
			return 0;
	}
	return 1;
}

/* The shape of a resolved expression; reports what is wrong (0). */
static int shape_of(Sema *S, IrExpr *e, Shape *sh)
{
	memset(sh, 0, sizeof *sh);
	switch (e->kind) {
	case IR_VAR: {
		if (!is_array_ref(e))
			return 1;
		View v;
		if (!view_of(S, e, &v)) {
			/* a section without its last upper bound was refused when it was resolved */
			if (!e->u.var.nidx)
				ir_error(e->loc, "'%s' has assumed size: array operations need its extent", e->u.var.sym->name);
			return 0;
		}
		sh->rank = v.rank;
		for (int p = 0; p < v.rank; p++) {
			int d = v.dim[p];
			const IrExpr *x = e->u.var.nidx ? e->u.var.idx[d] : NULL;
			int64_t c;
			sh->ext[p] = triplet_extent(S, v.lo[d], v.hi[d], v.st[d], e->loc);
			sh->entry[p] = (!x || (!x->u.triplet.lo && !x->u.triplet.hi && unit_stride(x->u.triplet.st))) ||
			        const_int(sh->ext[p], &c);
		}
		return 1;
	}
	case IR_UNARY: return shape_of(S, e->u.op.a, sh);
	case IR_CONVERT: return shape_of(S, e->u.conv.e, sh);
	case IR_BINARY: {
		Shape x, y;
		if (!shape_of(S, e->u.op.a, &x) || !shape_of(S, e->u.op.b, &y))
			return 0;
		*sh = x;
		return shape_join(sh, &y, op_what(S, e), e->loc);
	}
	case IR_ARRAYCON: {
		int64_t c;
		sh->rank = 1;
		sh->ext[0] = con_size(S, e, e->loc);
		sh->entry[0] = sh->ext[0] && const_int(sh->ext[0], &c);
		return 1;
	}
	case IR_INTRIN: {
		IrIntrinsic id = e->u.call.id;
		if (id == INTR_TRANSPOSE) {
			Shape x;
			if (!shape_of(S, e->u.call.args[0], &x))
				return 0;
			sh->rank = 2;
			sh->ext[0] = x.ext[1];
			sh->ext[1] = x.ext[0];
			sh->entry[0] = x.entry[1];
			sh->entry[1] = x.entry[0];
			return 1;
		}
		if (id == INTR_MATMUL) {
			Shape x, y;
			if (!shape_of(S, e->u.call.args[0], &x) || !shape_of(S, e->u.call.args[1], &y))
				return 0;
			Shape kx = {1, {x.ext[x.rank - 1]}, {0}}, ky = {1, {y.ext[0]}, {0}};
			int d;
			int64_t a, b;
			if (!conform(&kx, &ky, &d, &a, &b)) {
				ir_error(e->loc, "the arguments of MATMUL do not conform (%lld columns and %lld rows)",
				         (long long)a, (long long)b);
				return 0;
			}
			if (x.rank == 2) {
				sh->entry[sh->rank] = x.entry[0];
				sh->ext[sh->rank++] = x.ext[0];
			}
			if (y.rank == 2) {
				sh->entry[sh->rank] = y.entry[1];
				sh->ext[sh->rank++] = y.ext[1];
			}
			return 1;
		}
		if (is_dim_reduction(e)) {
			Shape x;
			int64_t dim = 0;
			if (!shape_of(S, e->u.call.args[0], &x))
				return 0;
			int ok = const_int(e->u.call.args[1], &dim);
			assert(ok);
			(void)ok;
			for (int d = 0; d < x.rank; d++)
				if (d != dim - 1) {
					sh->entry[sh->rank] = x.entry[d];
					sh->ext[sh->rank++] = x.ext[d];
				}
			return 1;
		}
		return args_shape(S, e, sh);
	}
	case IR_FCALL: return !elemental_fcall(e) || args_shape(S, e, sh);
	default: return 1;
	}
}

/* ---------------------------------------------------------------- nests of loops */

/* One DO loop per position; loop j runs iv[j] over the driver's lo:hi:st (backwards when
 * back[j]); at[j], when set, fixes position j at the element whose loop variable is that
 * variable (a reduction's chosen element). */
typedef struct Nest {
	int rank;
	IrSym *iv[IR_MAX_RANK];
	IrSym *at[IR_MAX_RANK];
	IrExpr *lo[IR_MAX_RANK], *hi[IR_MAX_RANK], *st[IR_MAX_RANK];
	int back[IR_MAX_RANK];
	int has[IR_MAX_RANK]; /* the driver of position j is set */
} Nest;

static void nest_init(Sema *S, Nest *N, int rank, IrLoc loc)
{
	memset(N, 0, sizeof *N);
	N->rank = rank;
	for (int j = 0; j < rank; j++)
		N->iv[j] = new_ivar(S, j, loc);
}

static void nest_drive(Nest *N, int j, IrExpr *lo, IrExpr *hi, IrExpr *st)
{
	N->lo[j] = lo;
	N->hi[j] = hi;
	N->st[j] = st;
	N->has[j] = 1;
}

/* Drivers for the positions still without one, from the first array operand met in e
 * (perm[p]: the nest position of e's position p). */
static void nest_drive_from(Sema *S, Nest *N, IrExpr *e, const int *perm)
{
	switch (e->kind) {
	case IR_VAR: {
		if (!is_array_ref(e))
			return;
		View v;
		if (!view_of(S, e, &v))
			return;
		for (int p = 0; p < v.rank; p++) {
			int j = perm[p], d = v.dim[p];
			if (!N->has[j])
				nest_drive(N, j, v.lo[d], v.hi[d], v.st[d]);
		}
		return;
	}
	case IR_UNARY:
	case IR_BINARY:
		nest_drive_from(S, N, e->u.op.a, perm);
		if (e->u.op.b)
			nest_drive_from(S, N, e->u.op.b, perm);
		return;
	case IR_CONVERT: nest_drive_from(S, N, e->u.conv.e, perm); return;
	case IR_INTRIN:
		if (e->u.call.id == INTR_TRANSPOSE) {
			int q[2] = {perm[1], perm[0]};
			nest_drive_from(S, N, e->u.call.args[0], q);
			return;
		}
		for (int i = 0; i < e->u.call.nargs; i++)
			nest_drive_from(S, N, e->u.call.args[i], perm);
		return;
	case IR_FCALL:
		if (elemental_fcall(e))
			for (int i = 0; i < e->u.call.nargs; i++)
				nest_drive_from(S, N, e->u.call.args[i], perm);
		return;
	default: return;
	}
}

/* A stride's value when it is a constant (omitted: 1). */
static int stride_value(const IrExpr *st, int64_t *v)
{
	if (unit_stride(st)) {
		*v = 1;
		return 1;
	}
	return const_int(st, v) && *v != 0;
}

/* The subscript, at nest position j, of an operand whose triplet there is lo:*:st. */
static IrExpr *sub_at(Sema *S, const Nest *N, int j, IrExpr *lo, IrExpr *st, IrLoc loc)
{
	IrExpr *iv = vref(S, N->at[j] ? N->at[j] : N->iv[j], loc);
	if (same_stride(st, N->st[j])) {
		IrExpr *e[3] = {lo, iv, N->lo[j]};
		int sg[3] = {1, 1, -1};
		return lin_sum(S, 3, e, sg, loc);
	}
	int64_t sd, so;
	if (stride_value(N->st[j], &sd) && stride_value(st, &so) && so % sd == 0) {
		/* iv - lo_driver is a multiple of the driver's stride: lo + (iv - lo_driver) * (st / st_driver) */
		IrExpr *f = icon(S, so / sd, loc);
		IrExpr *e[3] = {lo, ir_binop(S->a, IR_MUL, f, iv, loc), ir_binop(S->a, IR_MUL, cp(S, f), cp(S, N->lo[j]), loc)};
		int sg[3] = {1, 1, -1};
		return lin_sum(S, 3, e, sg, loc);
	}
	IrExpr *e2[2] = {iv, N->lo[j]};
	int sg2[2] = {1, -1};
	IrExpr *k = lin_sum(S, 2, e2, sg2, loc); /* distance along the driver, then in its steps */
	if (!unit_stride(N->st[j]))
		k = ir_binop(S->a, IR_DIV, k, cp(S, N->st[j]), loc);
	IrExpr *step = unit_stride(st) ? icon(S, 1, loc) : cp(S, st);
	IrExpr *e3[2] = {lo, ir_binop(S->a, IR_MUL, k, step, loc)};
	int sg3[2] = {1, 1};
	return lin_sum(S, 2, e3, sg3, loc);
}

/* The CSHIFT computed into the whole array reference e, or NULL. */
static Shifted *shifted_of(Sema *S, const IrExpr *e)
{
	if (e->kind != IR_VAR || e->u.var.nidx)
		return NULL;
	for (int i = S->shifted.n - 1; i >= 0; i--) {
		Shifted *h = S->shifted.v[i];
		if (h->t == e->u.var.sym)
			return h;
	}
	return NULL;
}

static IrExpr *view_elem(Sema *S, const View *V, IrExpr *const *c, IrLoc loc);

/* e at the nest's current position (perm[p]: nest position of e's position p). */
static IrExpr *elem(Sema *S, const IrExpr *e, const Nest *N, const int *perm)
{
	switch (e->kind) {
	case IR_VAR: {
		if (!is_array_ref(e))
			return cp(S, e);
		View v;
		view_sure(S, e, &v);
		IrSym *a = e->u.var.sym;
		IrExpr **idx = ir_alloc(S->a, sizeof *idx * (size_t)a->rank);
		for (int d = 0; d < a->rank; d++)
			idx[d] = v.sub[d] ? cp(S, v.sub[d]) : sub_at(S, N, perm[v.pos[d]], v.lo[d], v.st[d], e->loc);
		Shifted *h = shifted_of(S, e);
		if (h && h->through) {
			/* CSHIFT read through: x at positions c, c(dim) = w - n where w = c(dim) + k >= n, else w */
			IrExpr *c[IR_MAX_RANK];
			for (int d = 0; d < a->rank; d++) {
				IrExpr *x[2] = {idx[d], v.lo[d]};
				int sg[2] = {1, -1};
				c[d] = lin_sum(S, 2, x, sg, e->loc);
			}
			IrExpr *w = ir_binop(S->a, IR_ADD, c[h->dim - 1], vref(S, h->k, e->loc), e->loc);
			IrExpr **m = ir_alloc(S->a, sizeof *m * 3);
			m[0] = ir_binop(S->a, IR_SUB, cp(S, w), vref(S, h->n, e->loc), e->loc);
			m[1] = w;
			m[2] = ir_binop(S->a, IR_GE, cp(S, w), vref(S, h->n, e->loc), e->loc);
			c[h->dim - 1] = ir_intrin(S->a, INTR_MERGE, m, 3, e->loc);
			c[h->dim - 1]->type = TY_INT;
			View vx;
			view_sure(S, h->x, &vx);
			return view_elem(S, &vx, c, e->loc);
		}
		return ir_var(S->a, a, idx, a->rank, e->loc);
	}
	case IR_UNARY:
	case IR_BINARY: {
		IrExpr *c = ir_alloc(S->a, sizeof *c);
		*c = *e;
		c->u.op.a = elem(S, e->u.op.a, N, perm);
		c->u.op.b = e->u.op.b ? elem(S, e->u.op.b, N, perm) : NULL;
		return c;
	}
	case IR_CONVERT: {
		IrExpr *c = ir_alloc(S->a, sizeof *c);
		*c = *e;
		c->u.conv.e = elem(S, e->u.conv.e, N, perm);
		return c;
	}
	case IR_INTRIN: {
		if (e->u.call.id == INTR_TRANSPOSE) {
			int q[2] = {perm[1], perm[0]};
			return elem(S, e->u.call.args[0], N, q);
		}
		IrExpr *c = ir_alloc(S->a, sizeof *c);
		*c = *e;
		c->u.call.args = ir_alloc(S->a, sizeof *c->u.call.args * (size_t)(e->u.call.nargs + 1));
		for (int i = 0; i < e->u.call.nargs; i++)
			c->u.call.args[i] = elem(S, e->u.call.args[i], N, perm);
		return c;
	}
	case IR_FCALL: {
		if (!elemental_fcall(e))
			return cp(S, e);
		/* the reference at this element: its array arguments' elements, its scalars as they are
		 * (sema_elemental_fcall checked them against the scalar dummies) */
		IrExpr *c = ir_alloc(S->a, sizeof *c);
		*c = *e;
		c->u.call.args = ir_alloc(S->a, sizeof *c->u.call.args * (size_t)(e->u.call.nargs + 1));
		for (int i = 0; i < e->u.call.nargs; i++)
			c->u.call.args[i] = elem(S, e->u.call.args[i], N, perm);
		return c;
	}
	default: return cp(S, e);
	}
}

static const int ident[IR_MAX_RANK] = {0, 1, 2, 3, 4, 5, 6};

static IrStmt *mk_do(Sema *S, IrSym *iv, IrExpr *lo, IrExpr *hi, IrExpr *st, IrBlock body, IrLoc loc)
{
	IrStmt *d = ir_stmt_new(S->a, IR_DO, loc);
	d->u.do_.var = vref(S, iv, loc);
	d->u.do_.lo = lo;
	d->u.do_.hi = hi;
	d->u.do_.step = st;
	d->u.do_.body = body;
	return d;
}

/* The DO loop of nest position j around body. */
static IrStmt *nest_do(Sema *S, const Nest *N, int j, IrBlock body, IrLoc loc)
{
	assert(N->has[j]);
	if (!N->back[j])
		return mk_do(S, N->iv[j], cp(S, N->lo[j]), cp(S, N->hi[j]), unit_stride(N->st[j]) ? NULL : cp(S, N->st[j]), body,
		             loc);
	if (unit_stride(N->st[j]))
		return mk_do(S, N->iv[j], cp(S, N->hi[j]), cp(S, N->lo[j]), icon(S, -1, loc), body, loc);
	/* the last element the driver reaches: lo + ((hi - lo) / st) * st */
	IrExpr *e[2] = {N->hi[j], N->lo[j]};
	int sg[2] = {1, -1};
	IrExpr *n = ir_binop(S->a, IR_DIV, lin_sum(S, 2, e, sg, loc), cp(S, N->st[j]), loc);
	IrExpr *last = ir_binop(S->a, IR_ADD, cp(S, N->lo[j]), ir_binop(S->a, IR_MUL, n, cp(S, N->st[j]), loc), loc);
	Const c;
	if (sema_const_of(last, &c))
		last = icon(S, c.i, loc);
	return mk_do(S, N->iv[j], last, cp(S, N->lo[j]), ir_unop(S->a, IR_NEG, cp(S, N->st[j]), loc), body, loc);
}

/* The nest's loops around one statement, position 0 innermost. */
static IrStmt *nest_wrap(Sema *S, const Nest *N, IrStmt *inner, IrLoc loc)
{
	IrStmt *s = inner;
	for (int j = 0; j < N->rank; j++) {
		IrBlock b = {0};
		ir_block_add(S->a, &b, s);
		s = nest_do(S, N, j, b, loc);
	}
	return s;
}

static IrBlock one(Sema *S, IrStmt *s)
{
	IrBlock b = {0};
	ir_block_add(S->a, &b, s);
	return b;
}

static IrStmt *mk_if(Sema *S, IrExpr *cond, IrBlock then, IrLoc loc)
{
	IrStmt *s = ir_stmt_new(S->a, IR_IF, loc);
	s->u.if_.ncond = 1;
	s->u.if_.conds = ir_alloc(S->a, sizeof *s->u.if_.conds);
	s->u.if_.blocks = ir_alloc(S->a, sizeof *s->u.if_.blocks);
	s->u.if_.conds[0] = cond;
	s->u.if_.blocks[0] = then;
	return s;
}

/* ---------------------------------------------------------------- walks */

/* What an array statement must read before its loops change anything: elements of the array
 * assigned (y = y + y(1)), in any subscript too (a(1:n) = b(a(1):)), and references to
 * functions (scalar arguments: one value for every element; a function may read the array
 * through a module). Constructors are left alone: an implied DO's items depend on its
 * variable (a constructor that reads the array is evaluated into a temporary instead). */
static IrExpr *hoist_reads(Sema *S, IrExpr *e, const IrSym *a)
{
	if (!e)
		return e;
	switch (e->kind) {
	case IR_VAR:
		if (a && e->u.var.sym == a && e->u.var.nidx && !is_array_ref(e))
			return sema_value_before(S, e, ir_sprintf(S->a, "%s_elem", a->name));
		for (int i = 0; i < e->u.var.nidx; i++)
			e->u.var.idx[i] = hoist_reads(S, e->u.var.idx[i], a);
		return e;
	case IR_TRIPLET:
		e->u.triplet.lo = hoist_reads(S, e->u.triplet.lo, a);
		e->u.triplet.hi = hoist_reads(S, e->u.triplet.hi, a);
		e->u.triplet.st = hoist_reads(S, e->u.triplet.st, a);
		return e;
	case IR_FCALL:
		/* a scalar function of its arguments (whole arrays too): one value for every element;
		 * an elemental one applied to arrays: one value per element, in the loops */
		for (int i = 0; i < e->u.call.nargs; i++)
			e->u.call.args[i] = hoist_reads(S, e->u.call.args[i], a);
		if (!e->u.call.callee || elemental_on_arrays(e))
			return e;
		return sema_value_before(S, e, ir_sprintf(S->a, "%s_value", e->u.call.callee->name));
	case IR_UNARY:
	case IR_BINARY:
		e->u.op.a = hoist_reads(S, e->u.op.a, a);
		e->u.op.b = hoist_reads(S, e->u.op.b, a);
		return e;
	case IR_INTRIN:
		for (int i = 0; i < e->u.call.nargs; i++)
			e->u.call.args[i] = hoist_reads(S, e->u.call.args[i], a);
		return e;
	case IR_CONVERT: e->u.conv.e = hoist_reads(S, e->u.conv.e, a); return e;
	default: return e;
	}
}

/* An elemental expression may not hold what only an assignment can lower: MATMUL or a
 * reduction along DIM (materialize() took out the others). */
static int check_elemental(Sema *S, const IrExpr *e, int top)
{
	switch (e->kind) {
	case IR_UNARY:
	case IR_BINARY: return check_elemental(S, e->u.op.a, 0) && (!e->u.op.b || check_elemental(S, e->u.op.b, 0));
	case IR_CONVERT: return check_elemental(S, e->u.conv.e, top);
	case IR_INTRIN:
		if (e->u.call.id == INTR_MATMUL || (is_dim_reduction(e) && sema_rank(e) > 0)) {
			assert(top); /* materialize() replaced the others */
			return 1;
		}
		for (int i = 0; i < e->u.call.nargs; i++)
			if (!check_elemental(S, e->u.call.args[i], 0))
				return 0;
		return 1;
	case IR_FCALL:
		for (int i = 0; elemental_fcall(e) && i < e->u.call.nargs; i++)
			if (!check_elemental(S, e->u.call.args[i], 0))
				return 0;
		return 1;
	default: return 1;
	}
}

/* ---------------------------------------------------------------- constructors */

typedef enum SinkKind { SINK_STORE, SINK_SUM, SINK_PRODUCT, SINK_ANY, SINK_ALL, SINK_COUNTS, SINK_MAX, SINK_MIN } SinkKind;

/* Where the elements of a constructor go, one by one in order: stored into an array (the
 * position `k` counts along the one triplet dimension of `v`, by its stride), or accumulated. */
typedef struct Sink {
	SinkKind kind;
	const IrExpr *target; /* SINK_STORE: the array reference stored to (a rank-1 section or whole) */
	IrSym *into;          /* SINK_STORE: the array stored to (target's, or a temporary like it) */
	IrSym *k;             /* SINK_STORE: the subscript of the next element; SINK_MAX/MIN: found */
	IrSym *acc;           /* reductions: the accumulator */
} Sink;

static void sink_put(Sema *S, Sink *k, IrExpr *v, IrBlock *out, IrLoc loc)
{
	switch (k->kind) {
	case SINK_STORE: {
		View w;
		view_sure(S, k->target, &w);
		assert(w.rank == 1);
		IrSym *a = k->into;
		IrExpr **idx = ir_alloc(S->a, sizeof *idx * (size_t)a->rank);
		int d0 = w.dim[0];
		for (int d = 0; d < a->rank; d++)
			idx[d] = d == d0 ? vref(S, k->k, loc) : cp(S, w.sub[d]);
		IrExpr *el = ir_var(S->a, a, idx, a->rank, loc);
		ir_block_add(S->a, out, ir_assign(S->a, el, ir_convert(S->a, v, a->type), loc));
		IrExpr *st = unit_stride(w.st[d0]) ? icon(S, 1, loc) : cp(S, w.st[d0]);
		ir_block_add(S->a, out,
		             ir_assign(S->a, vref(S, k->k, loc), ir_binop(S->a, IR_ADD, vref(S, k->k, loc), st, loc), loc));
		return;
	}
	case SINK_SUM:
	case SINK_PRODUCT: {
		IrExpr *x = ir_convert(S->a, v, k->acc->type);
		IrExpr *r = ir_binop(S->a, k->kind == SINK_SUM ? IR_ADD : IR_MUL, vref(S, k->acc, loc), x, loc);
		ir_block_add(S->a, out, ir_assign(S->a, vref(S, k->acc, loc), r, loc));
		return;
	}
	case SINK_ANY:
	case SINK_ALL: {
		IrExpr *r = ir_binop(S->a, k->kind == SINK_ANY ? IR_OR : IR_AND, vref(S, k->acc, loc), v, loc);
		ir_block_add(S->a, out, ir_assign(S->a, vref(S, k->acc, loc), r, loc));
		return;
	}
	case SINK_COUNTS: {
		IrExpr *r = ir_binop(S->a, IR_ADD, vref(S, k->acc, loc), icon(S, 1, loc), loc);
		ir_block_add(S->a, out, mk_if(S, v, one(S, ir_assign(S->a, vref(S, k->acc, loc), r, loc)), loc));
		return;
	}
	case SINK_MAX:
	case SINK_MIN: {
		/* the first extreme value: IF (found == 0 .OR. v > acc) acc = v; found = 1 */
		IrExpr *better = ir_binop(S->a, k->kind == SINK_MAX ? IR_GT : IR_LT, cp(S, v), vref(S, k->acc, loc), loc);
		IrExpr *c = ir_binop(S->a, IR_OR, ir_binop(S->a, IR_EQ, vref(S, k->k, loc), icon(S, 0, loc), loc), better, loc);
		IrBlock take = {0};
		ir_block_add(S->a, &take, ir_assign(S->a, vref(S, k->acc, loc), v, loc));
		ir_block_add(S->a, &take, ir_assign(S->a, vref(S, k->k, loc), icon(S, 1, loc), loc));
		ir_block_add(S->a, out, mk_if(S, c, take, loc));
		return;
	}
	}
}

static void materialize(Sema *S, IrExpr **pe, IrBlock *out, const IrExpr *like);

/* Every element of the list (a constructor or an implied DO's items), in order, into the sink;
 * the statements go to out. */
static void con_visit(Sema *S, const IrExpr *list, Sink *k, IrBlock *out)
{
	for (int i = 0; i < list->u.list.nitems; i++) {
		IrExpr *it = list->u.list.items[i];
		IrLoc loc = it->loc;
		if (it->kind == IR_IMPLDO) {
			IrBlock body = {0};
			if (it->u.list.ido->pre)
				for (int q = 0; q < it->u.list.ido->pre->n; q++)
					ir_block_add(S->a, &body, it->u.list.ido->pre->v[q]);
			con_visit(S, it, k, &body);
			ir_block_add(S->a, out,
			             mk_do(S, it->u.list.ido->var->u.var.sym, cp(S, it->u.list.ido->lo),
			                   cp(S, it->u.list.ido->hi), it->u.list.ido->st ? cp(S, it->u.list.ido->st) : NULL, body,
			                   loc));
		} else if (it->kind == IR_ARRAYCON) {
			con_visit(S, it, k, out);
		} else if (!sema_rank(it)) {
			sink_put(S, k, cp(S, it), out, loc);
		} else {
			IrExpr *x = cp(S, it);
			materialize(S, &x, out, NULL);
			Shape sh;
			if (!shape_of(S, x, &sh) || !check_elemental(S, x, 0))
				continue;
			Nest N;
			nest_init(S, &N, sh.rank, loc);
			nest_drive_from(S, &N, x, ident);
			IrBlock body = {0};
			sink_put(S, k, elem(S, x, &N, ident), &body, loc);
			IrStmt *s = body.n == 1 ? body.v[0] : NULL;
			if (s)
				ir_block_add(S->a, out, nest_wrap(S, &N, s, loc));
			else {
				/* two statements (store, advance): wrap the innermost loop around both */
				IrStmt *inner = nest_do(S, &N, 0, body, loc);
				for (int j = 1; j < N.rank; j++)
					inner = nest_do(S, &N, j, one(S, inner), loc);
				ir_block_add(S->a, out, inner);
			}
		}
	}
}

/* Store the constructor con into target (a rank-1 array reference) of array `into`. */
static void con_store(Sema *S, const IrExpr *con, const IrExpr *target, IrSym *into, IrBlock *out, IrLoc loc)
{
	View w;
	view_sure(S, target, &w);
	assert(w.rank == 1);
	int d0 = w.dim[0];
	IrSym *a = into;
	int scalars = 1;
	for (int i = 0; i < con->u.list.nitems; i++)
		scalars &= con->u.list.items[i]->kind != IR_IMPLDO && con->u.list.items[i]->kind != IR_ARRAYCON &&
		        !sema_rank(con->u.list.items[i]);
	if (scalars) {
		/* a(lo + i*st) = v_i, one statement per value */
		for (int i = 0; i < con->u.list.nitems; i++) {
			IrExpr **idx = ir_alloc(S->a, sizeof *idx * (size_t)a->rank);
			for (int d = 0; d < a->rank; d++) {
				if (d != d0) {
					idx[d] = cp(S, w.sub[d]);
					continue;
				}
				IrExpr *step = unit_stride(w.st[d]) ? icon(S, 1, loc) : cp(S, w.st[d]);
				IrExpr *e[2] = {w.lo[d], ir_binop(S->a, IR_MUL, icon(S, i, loc), step, loc)};
				int sg[2] = {1, 1};
				idx[d] = lin_sum(S, 2, e, sg, loc);
			}
			IrExpr *v = ir_convert(S->a, cp(S, con->u.list.items[i]), a->type);
			ir_block_add(S->a, out, ir_assign(S->a, ir_var(S->a, a, idx, a->rank, loc), v, loc));
		}
		return;
	}
	const IrExpr *it = con->u.list.items[0];
	int64_t sti;
	if (con->u.list.nitems == 1 && it->kind == IR_IMPLDO && it->u.list.nitems == 1 &&
	    stride_value(it->u.list.ido->st, &sti) && (sti == 1 || sti == -1) && it->u.list.items[0]->kind != IR_IMPLDO &&
	    it->u.list.items[0]->kind != IR_ARRAYCON && !sema_rank(it->u.list.items[0])) {
		/* [(f(i), i = l, h, +-1)]: the element of i is at lo + (i - l)*(+-1)*st */
		IrSym *iv = it->u.list.ido->var->u.var.sym;
		IrExpr **idx = ir_alloc(S->a, sizeof *idx * (size_t)a->rank);
		for (int d = 0; d < a->rank; d++) {
			if (d != d0) {
				idx[d] = cp(S, w.sub[d]);
				continue;
			}
			IrExpr *e2[2] = {vref(S, iv, loc), it->u.list.ido->lo};
			int sg2[2] = {(int)sti, -(int)sti};
			IrExpr *k = lin_sum(S, 2, e2, sg2, loc);
			if (!unit_stride(w.st[d]))
				k = ir_binop(S->a, IR_MUL, k, cp(S, w.st[d]), loc);
			IrExpr *e[2] = {w.lo[d], k};
			int sg[2] = {1, 1};
			idx[d] = lin_sum(S, 2, e, sg, loc);
		}
		IrBlock body = {0};
		if (it->u.list.ido->pre)
			for (int q = 0; q < it->u.list.ido->pre->n; q++)
				ir_block_add(S->a, &body, it->u.list.ido->pre->v[q]);
		IrExpr *v = ir_convert(S->a, cp(S, it->u.list.items[0]), a->type);
		ir_block_add(S->a, &body, ir_assign(S->a, ir_var(S->a, a, idx, a->rank, loc), v, loc));
		ir_block_add(S->a, out,
		             mk_do(S, iv, cp(S, it->u.list.ido->lo), cp(S, it->u.list.ido->hi),
		                   sti == 1 ? NULL : icon(S, -1, loc), body, loc));
		return;
	}
	Sink k = {SINK_STORE, target, into, sema_new_local(S, "k", TY_INT, loc), NULL};
	ir_block_add(S->a, out, ir_assign(S->a, vref(S, k.k, loc), cp(S, w.lo[d0]), loc));
	con_visit(S, con, &k, out);
}

/* A temporary array with a's type and bounds (fixed at entry like a's). */
static IrSym *temp_like(Sema *S, const IrSym *a, IrBase type, IrLoc loc)
{
	IrSym *t = sema_new_local(S, ir_sprintf(S->a, "%s_tmp", a->name), type, loc);
	t->rank = a->rank;
	if (type == TY_CHAR && a->clen)
		t->clen = cp(S, a->clen);
	for (int d = 0; d < a->rank; d++) {
		t->dims[d].lo = a->dims[d].lo ? cp(S, a->dims[d].lo) : NULL;
		t->dims[d].hi = cp(S, a->dims[d].hi);
	}
	sema_alloc_temp(S, t, loc);
	return t;
}

static void assign_accumulate(Sema *S, IrStmt *s, IrExpr *lhs, const View *L, const Shape *shL, IrExpr *rhs);
static void assign_elemental(Sema *S, IrStmt *s, IrExpr *lhs, const View *L, const Shape *shL, IrExpr *rhs, IrExpr *mask);

/* MATMUL or a reduction along DIM inside an expression: computed before it into a temporary,
 * which needs its shape on entry (the temporary is declared with it): the declared extents of
 * whole arrays, or constants. */
static IrExpr *materialize_accumulation(Sema *S, IrExpr *e, IrBlock *out)
{
	Shape sh, raw;
	if (!shape_of(S, e, &sh))
		return icon(S, 0, e->loc);
	int keep = S->stmt;
	S->stmt = 0; /* the declared bounds themselves, as the temporary's declaration evaluates them */
	int ok = shape_of(S, e, &raw);
	S->stmt = keep;
	for (int k = 0; ok && k < sh.rank; k++)
		ok = sh.entry[k] && raw.ext[k];
	if (!ok) {
		ir_error(e->loc,
		         "%s inside an expression needs a shape known on entry (whole arrays or constant extents); assign "
		         "it to an array first",
		         e->u.call.id == INTR_MATMUL ? "MATMUL" : "a reduction along DIM");
		return icon(S, 0, e->loc);
	}
	IrSym *t = sema_new_local(S, e->u.call.id == INTR_MATMUL ? "matmul" : e->u.call.name, e->type, e->loc);
	t->rank = sh.rank;
	for (int k = 0; k < sh.rank; k++)
		t->dims[k].hi = raw.ext[k];
	sema_alloc_temp(S, t, e->loc);
	IrExpr *whole = ir_var(S->a, t, NULL, 0, e->loc);
	View L;
	Shape shL;
	int vok = view_of(S, whole, &L) && shape_of(S, whole, &shL);
	assert(vok);
	(void)vok;
	IrStmt *st = ir_stmt_new(S->a, IR_CONTINUE, e->loc);
	IrBlock *keep_hoist = S->hoist;
	S->hoist = out;
	assign_accumulate(S, st, whole, &L, &shL, e);
	S->hoist = keep_hoist;
	ir_block_add(S->a, out, st);
	return ir_var(S->a, t, NULL, 0, e->loc);
}

/* Constructors inside an expression become temporaries filled before it: declared with their
 * size when it is a constant; else, in an assignment to the rank-1 array reference `like`, a
 * temporary like its array, filled at like's own subscripts. MATMUL and reductions along DIM
 * become temporaries too. */
static void materialize(Sema *S, IrExpr **pe, IrBlock *out, const IrExpr *like)
{
	IrExpr *e = *pe;
	switch (e->kind) {
	case IR_UNARY:
	case IR_BINARY:
		materialize(S, &e->u.op.a, out, like);
		if (e->u.op.b)
			materialize(S, &e->u.op.b, out, like);
		return;
	case IR_CONVERT: materialize(S, &e->u.conv.e, out, like); return;
	case IR_INTRIN:
		for (int i = 0; i < e->u.call.nargs; i++)
			materialize(S, &e->u.call.args[i], out,
			            e->u.call.id == INTR_TRANSPOSE || e->u.call.id == INTR_MATMUL || is_dim_reduction(e) ? NULL
			                                                                                                 : like);
		if (e->u.call.id == INTR_MATMUL || (is_dim_reduction(e) && sema_rank(e) > 0))
			*pe = materialize_accumulation(S, e, out);
		return;
	case IR_FCALL:
		for (int i = 0; elemental_fcall(e) && i < e->u.call.nargs; i++)
			materialize(S, &e->u.call.args[i], out, like);
		return;
	case IR_ARRAYCON: {
		IrExpr *n = con_size(S, e, e->loc);
		int64_t v;
		if ((!n || !const_int(n, &v)) && like) {
			IrSym *a = like->u.var.sym;
			if (a->dims[a->rank - 1].hi) {
				IrSym *t = temp_like(S, a, e->type, e->loc);
				IrExpr *at = cp(S, like);
				at->u.var.sym = t;
				at->type = t->type;
				con_store(S, e, at, t, out, e->loc);
				*pe = at;
				return;
			}
		}
		if (!n || !const_int(n, &v)) {
			ir_error(e->loc,
			         "an array constructor whose size is not a constant is supported only in an assignment "
			         "to a rank-1 array or as the argument of SUM, PRODUCT, MAXVAL, MINVAL, ANY, ALL or COUNT");
			*pe = icon(S, 0, e->loc);
			return;
		}
		IrSym *t = sema_new_local(S, "con", e->type, e->loc);
		t->rank = 1;
		t->dims[0].hi = icon(S, v < 1 ? 1 : v, e->loc);
		IrExpr *whole = ir_var(S->a, t, NULL, 0, e->loc);
		if (v < 1) {
			/* a zero-sized constructor: a zero-sized section of a one-element temporary */
			IrExpr **idx = ir_alloc(S->a, sizeof *idx);
			IrExpr *tr = ir_alloc(S->a, sizeof *tr);
			tr->kind = IR_TRIPLET;
			tr->type = TY_INT;
			tr->loc = e->loc;
			tr->u.triplet.lo = icon(S, 1, e->loc);
			tr->u.triplet.hi = icon(S, 0, e->loc);
			idx[0] = tr;
			*pe = ir_var(S->a, t, idx, 1, e->loc);
			return;
		}
		con_store(S, e, whole, t, out, e->loc);
		*pe = whole;
		return;
	}
	default: return;
	}
}

/* ---------------------------------------------------------------- reductions to a scalar */

static IrExpr *huge_of(Sema *S, IrBase t, int neg, IrLoc loc)
{
	switch (t) {
	case TY_INT: return icon(S, neg ? -2147483647 - 1 : 2147483647, loc);
	case TY_REAL4:
		return ir_real(S->a, neg ? -3.40282347e38 : 3.40282347e38, neg ? "-3.40282347e38" : "3.40282347e38", TY_REAL4,
		               loc);
	default:
		return ir_real(S->a, neg ? -1.7976931348623157e308 : 1.7976931348623157e308,
		               neg ? "-1.7976931348623157d308" : "1.7976931348623157d308", TY_REAL8, loc);
	}
}

static IrExpr *zero_of(Sema *S, IrBase t, IrLoc loc)
{
	switch (t) {
	case TY_INT: return icon(S, 0, loc);
	case TY_LOGICAL: return ir_logical(S->a, 0, loc);
	case TY_REAL4: return ir_real(S->a, 0.0, "0.0", TY_REAL4, loc);
	default: return ir_real(S->a, 0.0, "0.0d0", TY_REAL8, loc);
	}
}

static IrExpr *one_of(Sema *S, IrBase t, IrLoc loc)
{
	switch (t) {
	case TY_INT: return icon(S, 1, loc);
	case TY_REAL4: return ir_real(S->a, 1.0, "1.0", TY_REAL4, loc);
	default: return ir_real(S->a, 1.0, "1.0d0", TY_REAL8, loc);
	}
}

static void before(Sema *S, IrStmt *s)
{
	ir_block_add(S->a, S->hoist, s);
}

/* The shape of a reduction's argument(s); 0 when wrong (reported). */
static int reduce_shape(Sema *S, IrExpr **x, IrExpr **mask, Shape *sh, const char *name, IrLoc loc)
{
	/* function references: one value for every element, computed before the loop */
	*x = hoist_reads(S, *x, NULL);
	if (mask && *mask)
		*mask = hoist_reads(S, *mask, NULL);
	materialize(S, x, S->hoist, NULL);
	if (mask && *mask)
		materialize(S, mask, S->hoist, NULL);
	if (!check_elemental(S, *x, 0) || (mask && *mask && !check_elemental(S, *mask, 0)))
		return 0;
	if (!shape_of(S, *x, sh))
		return 0;
	if (mask && *mask) {
		Shape m;
		if (!shape_of(S, *mask, &m))
			return 0;
		if (m.rank) {
			int d;
			int64_t a, b;
			if (!conform(sh, &m, &d, &a, &b)) {
				ir_error((*mask)->loc, "the MASK of %s does not conform to its array", name);
				return 0;
			}
		}
	}
	(void)loc;
	return 1;
}

/* SUM/PRODUCT/ANY/ALL/COUNT of x (mask: only where true), DOT_PRODUCT of x and y: an
 * accumulation before the statement; the accumulator, read. */
static IrExpr *reduce_acc(Sema *S, IrIntrinsic id, IrExpr *x, IrExpr *y, IrExpr *mask, IrBase type, IrLoc loc)
{
	static const struct {
		IrIntrinsic id;
		SinkKind k;
		const char *base;
	} kinds[] = {
	        {INTR_SUM, SINK_SUM, "sum"}, {INTR_PRODUCT, SINK_PRODUCT, "product"}, {INTR_ANY, SINK_ANY, "any"},
	        {INTR_ALL, SINK_ALL, "all"}, {INTR_COUNTS, SINK_COUNTS, "count"},     {INTR_DOT_PRODUCT, SINK_SUM, "dot"},
	};
	int w = 0;
	while (kinds[w].id != id)
		w++;
	IrSym *acc = sema_new_local(S, kinds[w].base, type, loc);
	IrExpr *init = id == INTR_PRODUCT ? one_of(S, type, loc)
	        : id == INTR_ALL          ? ir_logical(S->a, 1, loc)
	                                  : zero_of(S, type, loc);
	before(S, ir_assign(S->a, vref(S, acc, loc), init, loc));
	Sink k = {kinds[w].k, NULL, NULL, NULL, acc};
	if (id == INTR_DOT_PRODUCT && type == TY_LOGICAL)
		k.kind = SINK_ANY;
	if (x->kind == IR_ARRAYCON && !mask && !y) {
		con_visit(S, x, &k, S->hoist);
		return vref(S, acc, loc);
	}
	Shape sh;
	if (!reduce_shape(S, &x, &mask, &sh, ir_intrinsics[id].name, loc))
		return vref(S, acc, loc);
	if (y) {
		Shape sy;
		y = hoist_reads(S, y, NULL);
		materialize(S, &y, S->hoist, NULL);
		if (!check_elemental(S, y, 0) || !shape_of(S, y, &sy))
			return vref(S, acc, loc);
		int d;
		int64_t a, b;
		if (sy.rank != sh.rank) {
			/* a scalar: an operand refused above (its error is out), or DOT_PRODUCT's own */
			if (sy.rank && sh.rank)
				ir_error(loc, "the arguments of DOT_PRODUCT have ranks %d and %d", sh.rank, sy.rank);
			return vref(S, acc, loc);
		}
		if (!conform(&sh, &sy, &d, &a, &b)) {
			ir_error(loc, "the arguments of DOT_PRODUCT have different sizes (%lld and %lld)", (long long)a,
			         (long long)b);
			return vref(S, acc, loc);
		}
	}
	Nest N;
	nest_init(S, &N, sh.rank, loc);
	nest_drive_from(S, &N, x, ident);
	if (y)
		nest_drive_from(S, &N, y, ident);
	if (mask)
		nest_drive_from(S, &N, mask, ident);
	IrExpr *v = elem(S, x, &N, ident);
	if (y) {
		IrExpr *w2 = elem(S, y, &N, ident);
		if (type == TY_LOGICAL)
			v = ir_binop(S->a, IR_AND, v, w2, loc);
		else
			v = ir_binop(S->a, IR_MUL, ir_convert(S->a, v, type), ir_convert(S->a, w2, type), loc);
	}
	IrBlock body = {0};
	sink_put(S, &k, v, &body, loc);
	IrStmt *s = body.v[0];
	if (mask)
		s = mk_if(S, elem(S, mask, &N, ident), body, loc);
	before(S, nest_wrap(S, &N, s, loc));
	return vref(S, acc, loc);
}

/* MAXVAL/MINVAL/MAXLOC/MINLOC of x: a search loop whose running extreme `mx` only steers it
 * and whose position variables `at` record the first extreme element; then the value of that
 * element (or the positions). loc_out: the positions (1-based, 0 when no element) for
 * MAXLOC/MINLOC. */
static IrExpr *reduce_ext(Sema *S, IrIntrinsic id, IrExpr *x, IrExpr *mask, IrExpr **loc_out, IrLoc loc)
{
	int ismax = id == INTR_MAXVAL || id == INTR_MAXLOC, isloc = id == INTR_MAXLOC || id == INTR_MINLOC;
	IrBase type = x->type;
	if (x->kind == IR_ARRAYCON && !isloc && !mask) {
		/* a constructor's elements have no address to come back to: keep the extreme value */
		Sink k = {ismax ? SINK_MAX : SINK_MIN, NULL, NULL, sema_new_local(S, "found", TY_INT, loc),
		          sema_new_local(S, ismax ? "maxval" : "minval", type, loc)};
		before(S, ir_assign(S->a, vref(S, k.acc, loc), huge_of(S, type, ismax, loc), loc));
		before(S, ir_assign(S->a, vref(S, k.k, loc), icon(S, 0, loc), loc));
		con_visit(S, x, &k, S->hoist);
		return vref(S, k.acc, loc);
	}
	Shape sh;
	if (!reduce_shape(S, &x, &mask, &sh, ir_intrinsics[id].name, loc))
		return icon(S, 0, loc);
	Nest N;
	nest_init(S, &N, sh.rank, loc);
	nest_drive_from(S, &N, x, ident);
	if (mask)
		nest_drive_from(S, &N, mask, ident);
	IrSym *mx = sema_new_local(S, ismax ? "maxv" : "minv", type, loc);
	IrSym *found = sema_new_local(S, "found", TY_INT, loc);
	IrSym *at[IR_MAX_RANK];
	before(S, ir_assign(S->a, vref(S, mx, loc), huge_of(S, type, ismax, loc), loc));
	before(S, ir_assign(S->a, vref(S, found, loc), icon(S, 0, loc), loc));
	IrBlock take = {0};
	ir_block_add(S->a, &take, ir_assign(S->a, vref(S, mx, loc), elem(S, x, &N, ident), loc));
	ir_block_add(S->a, &take, ir_assign(S->a, vref(S, found, loc), icon(S, 1, loc), loc));
	for (int j = 0; j < N.rank; j++) {
		at[j] = sema_new_local(S, "at", TY_INT, loc);
		before(S, ir_assign(S->a, vref(S, at[j], loc), icon(S, 0, loc), loc));
		ir_block_add(S->a, &take, ir_assign(S->a, vref(S, at[j], loc), vref(S, N.iv[j], loc), loc));
	}
	/* the first extreme element: strictly greater (smaller) than every earlier one */
	IrExpr *better = ir_binop(S->a, ismax ? IR_GT : IR_LT, elem(S, x, &N, ident), vref(S, mx, loc), loc);
	IrExpr *cond = ir_binop(S->a, IR_OR, ir_binop(S->a, IR_EQ, vref(S, found, loc), icon(S, 0, loc), loc), better, loc);
	if (mask)
		cond = ir_binop(S->a, IR_AND, elem(S, mask, &N, ident), cond, loc);
	before(S, nest_wrap(S, &N, mk_if(S, cond, take, loc), loc));
	if (isloc) {
		/* positions counted from 1 along each dimension of x */
		for (int j = 0; j < N.rank; j++) {
			IrSym *p = sema_new_local(S, ismax ? "maxloc" : "minloc", TY_INT, loc);
			IrExpr *e[3] = {vref(S, at[j], loc), N.lo[j], NULL};
			int sg[3] = {1, -1, 1};
			IrExpr *pos;
			if (unit_stride(N.st[j])) {
				e[2] = icon(S, 1, loc);
				pos = lin_sum(S, 3, e, sg, loc);
			} else {
				IrExpr *k = ir_binop(S->a, IR_DIV, lin_sum(S, 2, e, sg, loc), cp(S, N.st[j]), loc);
				pos = ir_binop(S->a, IR_ADD, k, icon(S, 1, loc), loc);
			}
			IrStmt *s = ir_stmt_new(S->a, IR_IF, loc);
			s->u.if_.ncond = 1;
			s->u.if_.conds = ir_alloc(S->a, sizeof *s->u.if_.conds);
			s->u.if_.blocks = ir_alloc(S->a, sizeof *s->u.if_.blocks);
			s->u.if_.conds[0] = ir_binop(S->a, IR_NE, vref(S, found, loc), icon(S, 0, loc), loc);
			s->u.if_.blocks[0] = one(S, ir_assign(S->a, vref(S, p, loc), pos, loc));
			s->u.if_.has_else = 1;
			ir_block_add(S->a, &s->u.if_.else_, ir_assign(S->a, vref(S, p, loc), icon(S, 0, loc), loc));
			before(S, s);
			loc_out[j] = vref(S, p, loc);
		}
		return NULL;
	}
	/* the result is the chosen element itself, so the derivative flows to it alone */
	IrSym *r = sema_new_local(S, ismax ? "maxval" : "minval", type, loc);
	for (int j = 0; j < N.rank; j++)
		N.at[j] = at[j];
	IrStmt *s = ir_stmt_new(S->a, IR_IF, loc);
	s->u.if_.ncond = 1;
	s->u.if_.conds = ir_alloc(S->a, sizeof *s->u.if_.conds);
	s->u.if_.blocks = ir_alloc(S->a, sizeof *s->u.if_.blocks);
	s->u.if_.conds[0] = ir_binop(S->a, IR_NE, vref(S, found, loc), icon(S, 0, loc), loc);
	s->u.if_.blocks[0] = one(S, ir_assign(S->a, vref(S, r, loc), elem(S, x, &N, ident), loc));
	s->u.if_.has_else = 1;
	ir_block_add(S->a, &s->u.if_.else_, ir_assign(S->a, vref(S, r, loc), huge_of(S, type, ismax, loc), loc));
	before(S, s);
	return vref(S, r, loc);
}

/* ---------------------------------------------------------------- array intrinsics: arguments */

typedef struct ArrayIntr {
	IrIntrinsic id;
	const char *kw[4]; /* keyword names of the arguments, in order */
	int nreq;          /* required arguments */
} ArrayIntr;

static const ArrayIntr array_intrinsics[] = {
        {INTR_SUM, {"array", "dim", "mask"}, 1},
        {INTR_PRODUCT, {"array", "dim", "mask"}, 1},
        {INTR_MAXVAL, {"array", "dim", "mask"}, 1},
        {INTR_MINVAL, {"array", "dim", "mask"}, 1},
        {INTR_MAXLOC, {"array", "dim", "mask"}, 1},
        {INTR_MINLOC, {"array", "dim", "mask"}, 1},
        {INTR_DOT_PRODUCT, {"vector_a", "vector_b"}, 2},
        {INTR_MATMUL, {"matrix_a", "matrix_b"}, 2},
        {INTR_TRANSPOSE, {"matrix"}, 1},
        {INTR_SIZE, {"array", "dim", "kind"}, 1},
        {INTR_LBOUND, {"array", "dim", "kind"}, 1},
        {INTR_UBOUND, {"array", "dim", "kind"}, 1},
        {INTR_SHAPE, {"source", "kind"}, 1},
        {INTR_ANY, {"mask", "dim"}, 1},
        {INTR_ALL, {"mask", "dim"}, 1},
        {INTR_COUNTS, {"mask", "dim", "kind"}, 1},
        {INTR_CSHIFT, {"array", "shift", "dim"}, 2},
        {INTR_EOSHIFT, {"array", "shift", "boundary", "dim"}, 2},
        {INTR_SPREAD, {"source", "dim", "ncopies"}, 3},
        {INTR_RESHAPE, {"source", "shape", "pad", "order"}, 2},
        {INTR_PACK, {"array", "mask", "vector"}, 2},
        {INTR_UNPACK, {"vector", "mask", "field"}, 3},
};

/* What an array operation refused (reported) stands for: marked, so that the operations around
 * it (`maxval(matmul(reshape(u, [1, n]), v))`) add no error of their own. */
static IrExpr *bad(Sema *S, IrLoc loc)
{
	IrExpr *e = icon(S, 0, loc);
	e->failed = 1;
	return e;
}

static const char *upper(Sema *S, const char *s)
{
	char *u = ir_strdup(S->a, s);
	for (char *c = u; *c; c++)
		if (*c >= 'a' && *c <= 'z')
			*c = (char)(*c - 'a' + 'A');
	return u;
}

/* DIM: a constant within 1..rank. */
static int dim_arg(IrExpr *d, int rank, const char *name, int64_t *v)
{
	if (!ir_base_is_int(d->type) || sema_rank(d) || !const_int(d, v)) {
		ir_error(d->loc, "the DIM argument of %s must be an integer constant", name);
		return 0;
	}
	if (*v < 1 || *v > rank) {
		ir_error(d->loc, "the DIM argument of %s is %lld, but the array has rank %d", name, (long long)*v, rank);
		return 0;
	}
	return 1;
}

/* SIZE, LBOUND, UBOUND, SHAPE: expressions of the bounds (no statements). */
static IrExpr *bounds_intrinsic(Sema *S, IrIntrinsic id, IrExpr *x, IrExpr *dim, IrLoc loc)
{
	const char *name = upper(S, ir_intrinsics[id].name);
	int r = sema_rank(x);
	if (!r) {
		if (!x->failed)
			ir_error(x->loc, "the argument of %s must be an array", name);
		return bad(S, loc);
	}
	int whole = x->kind == IR_VAR && !x->u.var.nidx;
	IrSym *a = whole ? x->u.var.sym : NULL;
	int64_t d = 0;
	if (dim && !dim_arg(dim, r, name, &d))
		return bad(S, loc);
	/* an assumed-size array: only the bounds of its leading dimensions, and its last lower bound */
	if (a && !a->dims[a->rank - 1].hi && !(dim && (d < r || id == INTR_LBOUND))) {
		ir_error(x->loc, "'%s' has assumed size: %s needs %s", a->name, name,
		         id == INTR_LBOUND ? "DIM" : "DIM below its rank (the last extent is unknown)");
		return bad(S, loc);
	}
	Shape sh = {0};
	if (!a && !shape_of(S, x, &sh))
		return bad(S, loc);
	IrExpr *v[IR_MAX_RANK] = {NULL};
	int first = dim ? (int)d - 1 : 0, last = dim ? (int)d - 1 : r - 1;
	for (int k = first; k <= last; k++) {
		IrExpr *ext = a
		        ? (a->dims[k].hi ? triplet_extent(S, dim_lo(S, a, k, loc), dim_hi(S, a, k, loc), NULL, loc) : NULL)
		        : sh.ext[k];
		switch (id) {
		case INTR_LBOUND: v[k] = a ? dim_lo(S, a, k, loc) : icon(S, 1, loc); break;
		case INTR_UBOUND: v[k] = a ? dim_hi(S, a, k, loc) : clamp0(S, ext, loc); break;
		default: v[k] = clamp0(S, ext, loc); break;
		}
	}
	if (id == INTR_SIZE && !dim) {
		IrExpr *p = v[0];
		for (int k = 1; k < r; k++) {
			int64_t s1, s2, s12;
			if (const_int(p, &s1) && const_int(v[k], &s2) && lin_mul(s1, s2, &s12))
				p = icon(S, s12, loc);
			else
				p = ir_binop(S->a, IR_MUL, p, v[k], loc);
		}
		return p;
	}
	if (dim)
		return v[first];
	/* LBOUND(a), UBOUND(a), SHAPE(a): a rank-1 array of the values */
	IrExpr *con = ir_alloc(S->a, sizeof *con);
	con->kind = IR_ARRAYCON;
	con->type = TY_INT;
	con->loc = loc;
	con->u.list.nitems = r;
	con->u.list.items = ir_alloc(S->a, sizeof *con->u.list.items * (size_t)r);
	for (int k = 0; k < r; k++)
		con->u.list.items[k] = v[k];
	return con;
}

/* Array intrinsics known to the standard that stad does not lower: refused by name. */
static const char *const refused_array_intrinsics[] = {"merge_bits", "findloc", "iall", "iany", "iparity", "parity", NULL};

int sema_refused_array_intrinsic(const char *name, IrLoc loc)
{
	for (int i = 0; refused_array_intrinsics[i]; i++)
		if (!strcmp(refused_array_intrinsics[i], name)) {
			char up[32];
			size_t n = strlen(name);
			for (size_t k = 0; k <= n && k < sizeof up; k++)
				up[k] = (char)(name[k] >= 'a' && name[k] <= 'z' ? name[k] - 'a' + 'A' : name[k]);
			up[sizeof up - 1] = 0;
			ir_error(loc, "the array intrinsic %s is not supported", up);
			return 1;
		}
	return 0;
}

/* ---------------------------------------------------------------- data movement
 *
 * CSHIFT, EOSHIFT, SPREAD, RESHAPE and PACK move elements without arithmetic: each is computed
 * before the statement into a temporary of its result's shape (known on entry: whole arrays or
 * constant extents, as for MATMUL inside an expression), by loops over the result whose
 * element t(j) = x(g(j)) reads the element of its argument the intrinsic's index map g gives
 * (`mod` for CSHIFT, an IF for EOSHIFT's boundary, a counter for PACK). The statement then reads
 * the temporary. The derivative passes see those copy loops: the tangent moves the derivative
 * the same way, and the adjoint of t(j) = x(g(j)) is xb(g(j)) += tb(j), the transpose. */

/* A scalar INTEGER argument evaluated once, before the statement (a constant stays one). */
static IrExpr *scalar_once(Sema *S, IrExpr *e, const char *name, const char *what)
{
	if (sema_rank(e)) {
		ir_error(e->loc, "an array %s of %s is not supported (a scalar INTEGER is)", what, name);
		return NULL;
	}
	if (!ir_base_is_int(e->type)) {
		ir_error(e->loc, "the %s argument of %s must be an INTEGER", what, name);
		return NULL;
	}
	Const c;
	if (sema_const_of(e, &c))
		return icon(S, c.i, e->loc);
	return sema_value_before(S, ir_convert(S->a, e, TY_INT), "shift");
}

/* The element of the view V at 0-based positions c[p]. */
static IrExpr *view_elem(Sema *S, const View *V, IrExpr *const *c, IrLoc loc)
{
	IrSym *a = V->sym;
	IrExpr **idx = ir_alloc(S->a, sizeof *idx * (size_t)a->rank);
	for (int d = 0; d < a->rank; d++) {
		if (V->sub[d]) {
			idx[d] = cp(S, V->sub[d]);
			continue;
		}
		IrExpr *k = c[V->pos[d]];
		if (!unit_stride(V->st[d]))
			k = ir_binop(S->a, IR_MUL, k, cp(S, V->st[d]), loc);
		IrExpr *e[2] = {V->lo[d], k};
		int sg[2] = {1, 1};
		idx[d] = lin_sum(S, 2, e, sg, loc);
	}
	return ir_var(S->a, a, idx, a->rank, loc);
}

/* CSHIFT's copy into t: with k = mod(mod(shift, n) + n, n) computed once (n = max(extent, 1)),
 * two loop nests along DIM, t(j) = x(j + k) for j <= n - k and t(j) = x(j + k - n) after,
 * instead of one loop taking mod(j - 1 + k, n) per element (an integer division each, and a
 * loop no compiler vectorizes). c holds the zero-based subscripts j - 1 of the other
 * dimensions and of DIM. */
static IrExpr *cshift_loops(Sema *S, IrSym *t, const View *V, const Shape *sx, IrExpr **c, IrSym **j, int r, int dim,
                            IrExpr *shift, Shifted *out, IrLoc loc)
{
	IrExpr **a1 = ir_alloc(S->a, sizeof *a1 * 2), **m1 = ir_alloc(S->a, sizeof *m1 * 2),
	       **m2 = ir_alloc(S->a, sizeof *m2 * 2);
	a1[0] = icon(S, 1, loc);
	a1[1] = cp(S, sx->ext[dim - 1]);
	IrSym *nv = sema_new_local(S, "nshift", TY_INT, loc), *kv = sema_new_local(S, "kshift", TY_INT, loc);
	before(S, ir_assign(S->a, vref(S, nv, loc), ir_intrin(S->a, INTR_MAX, a1, 2, loc), loc));
	m1[0] = cp(S, shift);
	m1[1] = vref(S, nv, loc);
	IrExpr *s1 = ir_intrin(S->a, INTR_MOD, m1, 2, loc);
	s1->type = TY_INT;
	m2[0] = ir_binop(S->a, IR_ADD, s1, vref(S, nv, loc), loc);
	m2[1] = vref(S, nv, loc);
	IrExpr *s2 = ir_intrin(S->a, INTR_MOD, m2, 2, loc);
	s2->type = TY_INT;
	before(S, ir_assign(S->a, vref(S, kv, loc), s2, loc));
	for (int part = 0; part < 2; part++) {
		IrExpr *cc[IR_MAX_RANK];
		for (int q = 0; q < r; q++)
			cc[q] = cp(S, c[q]);
		/* j - 1 + k, or j - 1 + k - n */
		cc[dim - 1] = ir_binop(S->a, IR_ADD, cc[dim - 1], vref(S, kv, loc), loc);
		if (part)
			cc[dim - 1] = ir_binop(S->a, IR_SUB, cc[dim - 1], vref(S, nv, loc), loc);
		IrExpr **ti = ir_alloc(S->a, sizeof *ti * (size_t)r);
		for (int q = 0; q < r; q++)
			ti[q] = vref(S, j[q], loc);
		IrStmt *st = ir_assign(S->a, ir_var(S->a, t, ti, r, loc), view_elem(S, V, cc, loc), loc);
		for (int q = 0; q < r; q++) {
			IrExpr *lo = icon(S, 1, loc), *hi = clamp0(S, cp(S, sx->ext[q]), loc);
			if (q == dim - 1 && !part) /* 1 .. n - k */
				hi = ir_binop(S->a, IR_SUB, hi, vref(S, kv, loc), loc);
			else if (q == dim - 1) /* n - k + 1 .. n */
				lo = ir_binop(S->a, IR_ADD, ir_binop(S->a, IR_SUB, cp(S, hi), vref(S, kv, loc), loc),
				              icon(S, 1, loc), loc);
			st = mk_do(S, j[q], lo, hi, NULL, one(S, st), loc);
		}
		before(S, st);
		out->fill[part] = st;
	}
	out->t = t;
	out->k = kv;
	out->n = nv;
	out->dim = dim;
	return ir_var(S->a, t, NULL, 0, loc);
}

/* CSHIFT's or EOSHIFT's copy of the view V (shape sx, rank r) into t along dimension dim, by
 * the loops j. */
static void shift_fill(Sema *S, IrIntrinsic id, IrSym *t, const View *V, const Shape *sx, IrSym **j, int r, int dim,
                       IrExpr *shift, IrExpr *bnd, Shifted *out, IrLoc loc)
{
	IrExpr *c[IR_MAX_RANK]; /* 0-based positions in x */
	for (int p = 0; p < r; p++)
		c[p] = ir_binop(S->a, IR_SUB, vref(S, j[p], loc), icon(S, 1, loc), loc);
	if (id == INTR_CSHIFT) {
		cshift_loops(S, t, V, sx, c, j, r, dim, shift, out, loc);
		return;
	}
	/* EOSHIFT: j - 1 + shift, where it falls inside x; the boundary elsewhere */
	c[dim - 1] = ir_binop(S->a, IR_ADD, c[dim - 1], cp(S, shift), loc);
	IrExpr *cond = ir_binop(S->a, IR_AND, ir_binop(S->a, IR_GE, cp(S, c[dim - 1]), icon(S, 0, loc), loc),
	                        ir_binop(S->a, IR_LT, cp(S, c[dim - 1]), cp(S, sx->ext[dim - 1]), loc), loc);
	IrExpr **ti = ir_alloc(S->a, sizeof *ti * (size_t)r);
	for (int q = 0; q < r; q++)
		ti[q] = vref(S, j[q], loc);
	IrExpr *te = ir_var(S->a, t, ti, r, loc);
	IrStmt *st = mk_if(S, cond, one(S, ir_assign(S->a, te, view_elem(S, V, c, loc), loc)), loc);
	st->u.if_.has_else = 1;
	ir_block_add(S->a, &st->u.if_.else_, ir_assign(S->a, cp(S, te), cp(S, bnd), loc));
	for (int q = 0; q < r; q++)
		st = mk_do(S, j[q], icon(S, 1, loc), clamp0(S, cp(S, sx->ext[q]), loc), NULL, one(S, st), loc);
	before(S, st);
}

/* PACK's and UNPACK's count: a local `name` set to 0 before the statement, N a nest of rank r
 * over the elements of over in array element order, and b (the body for a true mask element)
 * begun with name = name + 1. Returns the count. */
static IrSym *counting_nest(Sema *S, const char *name, IrExpr *over, int r, Nest *N, IrBlock *b, IrLoc loc)
{
	IrSym *cnt = sema_new_local(S, name, TY_INT, loc);
	before(S, ir_assign(S->a, vref(S, cnt, loc), icon(S, 0, loc), loc));
	nest_init(S, N, r, loc);
	nest_drive_from(S, N, over, ident);
	*b = (IrBlock){0};
	ir_block_add(S->a, b,
	             ir_assign(S->a, vref(S, cnt, loc), ir_binop(S->a, IR_ADD, vref(S, cnt, loc), icon(S, 1, loc), loc), loc));
	return cnt;
}

/* t = x, element by element (x an array of t's shape, or a scalar), before the statement. */
static void fill_temp(Sema *S, IrSym *t, IrExpr *x, IrLoc loc)
{
	IrExpr *whole = ir_var(S->a, t, NULL, 0, loc);
	View L;
	Shape sh;
	view_sure(S, whole, &L);
	int ok = shape_of(S, whole, &sh);
	assert(ok);
	(void)ok;
	IrStmt *st = ir_stmt_new(S->a, IR_CONTINUE, loc);
	assign_elemental(S, st, whole, &L, &sh, x, NULL);
	before(S, st);
}

/* NCOPIES of SPREAD as the extent it gives: a constant, or a variable the routine never changes
 * (read where it is used). NULL after an error. */
static IrExpr *spread_ncopies(Sema *S, IrExpr *nc, IrLoc loc)
{
	Const c;
	if (!sema_rank(nc) && ir_base_is_int(nc->type) && sema_const_of(nc, &c))
		return icon(S, c.i < 0 ? 0 : c.i, loc);
	/* an INTENT(IN) dummy changes nowhere, also the host's in an internal procedure (s18:
	 * spread(e, 1, n) there was refused); unchanged() keeps the host's variables apart, which
	 * bounds read at entry need */
	int in_dummy = nc->kind == IR_VAR && !nc->u.var.nidx && nc->u.var.sym->kind == SYM_ARG &&
	               nc->u.var.sym->intent == INTENT_IN;
	if (!sema_rank(nc) && ir_base_is_int(nc->type) && (in_dummy || unchanged(S, nc)))
		return ir_convert(S->a, cp(S, nc), TY_INT);
	ir_error(nc->loc, "NCOPIES of SPREAD must be an INTEGER constant or a variable the routine never changes");
	return NULL;
}

/* SPREAD(s, 1, n) of a scalar s: a temporary t(n), every element s, the source evaluated once
 * (trial s16: refused as 'must be an array'). */
static IrExpr *spread_scalar(Sema *S, IrExpr **arg, IrLoc loc)
{
	IrExpr *x = arg[0];
	int64_t dim;
	if (!S->stmt) {
		ir_error(loc, "SPREAD is supported only in executable statements");
		return bad(S, loc);
	}
	if (x->type == TY_CHAR) {
		ir_error(x->loc, "SPREAD of CHARACTER is not supported");
		return bad(S, loc);
	}
	if (!dim_arg(arg[1], 1, "SPREAD", &dim))
		return bad(S, loc);
	IrExpr *nc = spread_ncopies(S, arg[2], loc);
	if (!nc)
		return bad(S, loc);
	IrSym *t = sema_new_local(S, "spread", x->type, loc);
	t->rank = 1;
	t->dims[0].hi = nc;
	sema_alloc_temp(S, t, loc);
	fill_temp(S, t, x, loc);
	return ir_var(S->a, t, NULL, 0, loc);
}

static IrExpr *data_move(Sema *S, IrIntrinsic id, IrExpr **arg, IrLoc loc)
{
	const char *name = upper(S, ir_intrinsics[id].name);
	IrExpr *x = arg[0];
	int r = sema_rank(x);
	if (!r && id == INTR_SPREAD && !x->failed)
		return spread_scalar(S, arg, loc);
	if (!r) {
		if (!x->failed)
			ir_error(x->loc, "the argument of %s must be an array", name);
		return bad(S, loc);
	}
	if (!S->stmt) {
		ir_error(loc, "%s is supported only in executable statements", name);
		return bad(S, loc);
	}
	if (x->type == TY_CHAR) {
		ir_error(x->loc, "%s of CHARACTER arrays is not supported", name);
		return bad(S, loc);
	}
	if (id == INTR_RESHAPE && (arg[2] || arg[3])) {
		ir_error((arg[2] ? arg[2] : arg[3])->loc,
		         "RESHAPE with %s is not supported (give SOURCE all the elements, in order)", arg[2] ? "PAD" : "ORDER");
		return bad(S, loc);
	}
	if (id == INTR_PACK && arg[2]) {
		ir_error(arg[2]->loc, "PACK with VECTOR is not supported (assign PACK's result to a section of the vector)");
		return bad(S, loc);
	}
	/* the argument as an array variable: an expression goes into a temporary first */
	Shape sx, raw;
	materialize(S, &x, S->hoist, NULL);
	if (!sema_rank(x) || !check_elemental(S, x, 0) || !shape_of(S, x, &sx))
		return bad(S, loc); /* (materialize reported it) */
	int keep = S->stmt;
	S->stmt = 0;
	int entry = shape_of(S, x, &raw);
	S->stmt = keep;
	/* the temporaries' extents: as declared when they are known on entry, else (a section
	 * u(n:1:-1, m), trial s16) as the statement finds them, allocated there */
	IrExpr *ext[IR_MAX_RANK];
	for (int k = 0; k < r; k++) {
		if (!sx.ext[k]) {
			ir_error(x->loc, "%s needs the shape of its argument; assign it to an array first", name);
			return bad(S, loc);
		}
		entry = entry && sx.entry[k] && raw.ext[k];
	}
	for (int k = 0; k < r; k++)
		ext[k] = entry ? raw.ext[k] : clamp0(S, cp(S, sx.ext[k]), loc);
	if (!entry && S->hoist != &S->before) {
		/* evaluated at each test of the condition, but the statement's temporaries are freed once */
		ir_error(x->loc,
		         "%s of an array whose shape is not fixed on entry, in a DO WHILE or ELSE IF condition or an "
		         "implied DO, is not supported: assign it to an array before",
		         name);
		return bad(S, loc);
	}
	if (x->kind != IR_VAR) {
		IrSym *t0 = sema_new_local(S, "arg", x->type, loc);
		t0->rank = r;
		for (int k = 0; k < r; k++)
			t0->dims[k].hi = ext[k];
		if (entry)
			sema_alloc_temp(S, t0, loc); /* sized at the statement when x is an ALLOCATABLE's */
		else
			sema_alloc_temp_now(S, t0, loc);
		fill_temp(S, t0, x, loc);
		x = ir_var(S->a, t0, NULL, 0, loc);
		shape_of(S, x, &sx);
	}
	View V;
	view_sure(S, x, &V);

	/* the result's shape: rank R, extents E (declaration) */
	int R = r;
	IrExpr *E[IR_MAX_RANK];
	IrExpr *shift = NULL, *bnd = NULL, *mask = NULL, *field = NULL, *dimv = NULL;
	int64_t dim = 1;
	for (int k = 0; k < r; k++)
		E[k] = ext[k];
	switch (id) {
	case INTR_CSHIFT:
	case INTR_EOSHIFT: {
		IrExpr *d = arg[id == INTR_CSHIFT ? 2 : 3];
		if (d && ir_base_is_int(d->type) && !sema_rank(d) && !const_int(d, &dim)) {
			/* DIM known at run time: the copy along each dimension, chosen by it */
			if (!(dimv = scalar_once(S, d, name, "DIM")))
				return bad(S, loc);
		} else if (d && !dim_arg(d, r, name, &dim))
			return bad(S, loc);
		if (!(shift = scalar_once(S, arg[1], name, "SHIFT")))
			return bad(S, loc);
		if (id == INTR_EOSHIFT) {
			bnd = arg[2];
			if (bnd && sema_rank(bnd)) {
				ir_error(bnd->loc, "an array BOUNDARY of EOSHIFT is not supported (a scalar is)");
				return bad(S, loc);
			}
			bnd = bnd ? ir_convert(S->a, hoist_reads(S, bnd, NULL), x->type) : zero_of(S, x->type, loc);
			if (x->type == TY_LOGICAL && !arg[2])
				bnd = ir_logical(S->a, 0, loc);
		}
		break;
	}
	case INTR_SPREAD: {
		if (!dim_arg(arg[1], r + 1, name, &dim))
			return bad(S, loc);
		if (r + 1 > IR_MAX_RANK) {
			ir_error(loc, "SPREAD would give rank %d (at most %d)", r + 1, IR_MAX_RANK);
			return bad(S, loc);
		}
		IrExpr *nc = spread_ncopies(S, arg[2], loc);
		if (!nc)
			return bad(S, loc);
		R = r + 1;
		for (int k = r; k > dim - 1; k--)
			E[k] = E[k - 1];
		E[dim - 1] = nc;
		break;
	}
	case INTR_RESHAPE: {
		IrExpr **vals = NULL;
		int con = arg[1]->kind == IR_ARRAYCON;
		for (int k = 0; con && k < arg[1]->u.list.nitems; k++) {
			/* [1, n] with n a variable: refused below, not as an initialization */
			const IrExpr *it = arg[1]->u.list.items[k];
			Const c;
			con = it->kind == IR_IMPLDO || it->kind == IR_ARRAYCON || (!sema_rank(it) && sema_const_of(it, &c));
		}
		long n = con || (arg[1]->kind == IR_VAR && arg[1]->u.var.sym->kind == SYM_PARAM)
		        ? sema_con_values(S, arg[1]->kind == IR_VAR ? arg[1]->u.var.sym->init : arg[1], TY_INT, &vals)
		        : -1;
		int cst = n >= 1 && n <= IR_MAX_RANK;
		for (long k = 0; cst && k < n; k++) {
			Const c;
			cst = sema_const_of(vals[k], &c) && c.i >= 0;
			if (cst)
				E[k] = icon(S, c.i, loc);
		}
		if (!cst) {
			ir_error(arg[1]->loc,
			         "the SHAPE of RESHAPE must be a constant array of at most %d non-negative extents (constants "
			         "or PARAMETERs, [2, m]); for extents known only at run time, declare an array of that shape and "
			         "fill it in DO loops",
			         IR_MAX_RANK);
			return bad(S, loc);
		}
		R = (int)n;
		int64_t want = 1, have = 1, v;
		int known = 1;
		for (int k = 0; k < R; k++)
			want *= E[k]->u.ival;
		for (int k = 0; k < r; k++)
			known = known && const_int(raw.ext[k], &v) ? (have *= v < 0 ? 0 : v, 1) : 0;
		if (known && have < want) {
			ir_error(arg[0]->loc, "RESHAPE needs %lld elements but its SOURCE has %lld", (long long)want,
			         (long long)have);
			return bad(S, loc);
		}
		break;
	}
	case INTR_UNPACK: {
		/* the result has the mask's shape (known on entry); FIELD a scalar or conforming */
		mask = arg[1];
		if (r != 1) {
			ir_error(arg[0]->loc, "the VECTOR of UNPACK must have rank 1");
			return bad(S, loc);
		}
		if (mask->type != TY_LOGICAL || !sema_rank(mask)) {
			ir_error(mask->loc, "the MASK of UNPACK must be a logical array");
			return bad(S, loc);
		}
		Shape sm, rawm;
		materialize(S, &mask, S->hoist, NULL);
		if (!shape_of(S, mask, &sm))
			return bad(S, loc);
		S->stmt = 0;
		int mok = shape_of(S, mask, &rawm);
		S->stmt = keep;
		for (int k = 0; mok && k < sm.rank; k++)
			mok = sm.entry[k] && rawm.ext[k];
		if (!mok) {
			ir_error(
			        mask->loc,
			        "UNPACK needs the shape of its MASK known on entry (whole arrays or constant extents); assign it "
			        "to an array first");
			return bad(S, loc);
		}
		field = arg[2];
		if (field->type == TY_CHAR || (field->type == TY_LOGICAL) != (x->type == TY_LOGICAL)) {
			ir_error(field->loc, "the FIELD of UNPACK must have the type of its VECTOR");
			return bad(S, loc);
		}
		if (sema_rank(field)) {
			Shape sf;
			int dd;
			int64_t ex, ey;
			materialize(S, &field, S->hoist, NULL);
			if (!shape_of(S, field, &sf))
				return bad(S, loc);
			if (sf.rank != sm.rank || !conform(&sm, &sf, &dd, &ex, &ey)) {
				ir_error(field->loc, "the FIELD of UNPACK does not conform to its MASK");
				return bad(S, loc);
			}
		} else
			field = hoist_reads(S, field, NULL);
		field = ir_convert(S->a, field, x->type);
		R = sm.rank;
		for (int k = 0; k < R; k++)
			E[k] = rawm.ext[k];
		break;
	}
	case INTR_PACK: {
		mask = arg[1];
		if (mask->type != TY_LOGICAL) {
			ir_error(mask->loc, "the MASK of PACK must be logical");
			return bad(S, loc);
		}
		Shape sm;
		int dd;
		int64_t ex, ey;
		if (sema_rank(mask)) {
			materialize(S, &mask, S->hoist, NULL);
			if (!shape_of(S, mask, &sm))
				return bad(S, loc);
			if (sm.rank != r || !conform(&sx, &sm, &dd, &ex, &ey)) {
				ir_error(mask->loc, "the MASK of PACK does not conform to its array");
				return bad(S, loc);
			}
		}
		R = 1;
		IrExpr *e = cp(S, ext[0]);
		for (int k = 1; k < r; k++)
			e = ir_binop(S->a, IR_MUL, e, cp(S, ext[k]), loc);
		Const c;
		E[0] = sema_const_of(e, &c) ? icon(S, c.i, loc) : e;
		break;
	}
	default: assert(0);
	}
	IrSym *t = sema_new_local(S, ir_intrinsics[id].name, x->type, loc);
	t->rank = R;
	for (int k = 0; k < R; k++) {
		int64_t v;
		t->dims[k].hi = const_int(E[k], &v) && v < 1 ? icon(S, 1, loc) : E[k]; /* zero-sized: one element unused */
	}
	if (entry || id == INTR_RESHAPE || id == INTR_UNPACK)
		sema_alloc_temp(S, t, loc); /* an ALLOCATABLE argument's extents: allocated at the statement */
	else
		sema_alloc_temp_now(S, t, loc);

	if (id == INTR_PACK) {
		/* n = 0; loops over x in array element order: where mask, n = n + 1; t(n) = x(...) */
		Nest N;
		IrBlock b;
		IrSym *cnt = counting_nest(S, "npack", x, r, &N, &b, loc);
		IrExpr **i1 = ir_alloc(S->a, sizeof *i1);
		i1[0] = vref(S, cnt, loc);
		ir_block_add(S->a, &b, ir_assign(S->a, ir_var(S->a, t, i1, 1, loc), elem(S, x, &N, ident), loc));
		IrStmt *st = mk_if(S, sema_rank(mask) ? elem(S, mask, &N, ident) : cp(S, mask), b, loc);
		before(S, nest_wrap(S, &N, st, loc));
		/* the result: t(1:n) */
		IrExpr **idx = ir_alloc(S->a, sizeof *idx);
		IrExpr *tr = ir_alloc(S->a, sizeof *tr);
		tr->kind = IR_TRIPLET;
		tr->type = TY_INT;
		tr->loc = loc;
		tr->u.triplet.lo = icon(S, 1, loc);
		tr->u.triplet.hi = vref(S, cnt, loc);
		idx[0] = tr;
		return ir_var(S->a, t, idx, 1, loc);
	}

	if (id == INTR_UNPACK) {
		/* n = 0; loops over the mask in array element order: where mask, n = n + 1 and
		 * t(j) = x(n), elsewhere t(j) = field (j) */
		Nest N;
		IrBlock b;
		IrSym *cnt = counting_nest(S, "nunpack", mask, R, &N, &b, loc);
		IrExpr *c0 = ir_binop(S->a, IR_SUB, vref(S, cnt, loc), icon(S, 1, loc), loc);
		IrExpr *whole = ir_var(S->a, t, NULL, 0, loc);
		ir_block_add(S->a, &b, ir_assign(S->a, elem(S, whole, &N, ident), view_elem(S, &V, &c0, loc), loc));
		IrStmt *st = mk_if(S, elem(S, mask, &N, ident), b, loc);
		st->u.if_.has_else = 1;
		ir_block_add(S->a, &st->u.if_.else_,
		             ir_assign(S->a, elem(S, whole, &N, ident),
		                       sema_rank(field) ? elem(S, field, &N, ident) : cp(S, field), loc));
		before(S, nest_wrap(S, &N, st, loc));
		return ir_var(S->a, t, NULL, 0, loc);
	}

	/* loops j(q) = 1..E(q) over the result, the first innermost, around t(j) = x(g(j)) */
	IrSym *j[IR_MAX_RANK];
	for (int q = 0; q < R; q++)
		j[q] = sema_new_local(S, "j", TY_INT, loc);
	if (id == INTR_CSHIFT || id == INTR_EOSHIFT) {
		Shifted *sh = ir_alloc(S->a, sizeof *sh);
		memset(sh, 0, sizeof *sh);
		if (!dimv) {
			shift_fill(S, id, t, &V, &sx, j, r, (int)dim, shift, bnd, sh, loc);
			if (id == INTR_CSHIFT) {
				/* an elementwise assignment may read x through the shift instead (shifted_read) */
				sh->x = cp(S, x);
				ir_vec_push(S->a, &S->shifted, sh);
			}
			return ir_var(S->a, t, NULL, 0, loc);
		}
		/* IF (dim == 1) THEN copy along 1 ELSE IF (dim == 2) ... ELSE copy along r END IF (a DIM
		 * outside 1..r is not Fortran) */
		IrBlock *outer = S->hoist;
		IrStmt *chain = NULL, *last = NULL;
		for (int dd = 1; dd <= r; dd++) {
			IrBlock b = {0};
			S->hoist = &b;
			shift_fill(S, id, t, &V, &sx, j, r, dd, shift, bnd, sh, loc);
			S->hoist = outer;
			if (dd == r && last) {
				last->u.if_.has_else = 1;
				last->u.if_.else_ = b;
				break;
			}
			if (dd == r) { /* rank 1 */
				chain = mk_if(S, ir_logical(S->a, 1, loc), b, loc);
				break;
			}
			IrStmt *x1 = mk_if(S, ir_binop(S->a, IR_EQ, cp(S, dimv), icon(S, dd, loc), loc), b, loc);
			if (last) {
				last->u.if_.has_else = 1;
				ir_block_add(S->a, &last->u.if_.else_, x1);
			} else
				chain = x1;
			last = x1;
		}
		before(S, chain);
		return ir_var(S->a, t, NULL, 0, loc);
	}
	IrExpr *c[IR_MAX_RANK]; /* 0-based positions in x */
	if (id == INTR_RESHAPE) {
		/* the element's place in array element order, then x's positions from it */
		IrExpr *lin = NULL;
		int64_t stride = 1;
		for (int q = 0; q < R; q++) {
			IrExpr *term = ir_binop(S->a, IR_SUB, vref(S, j[q], loc), icon(S, 1, loc), loc);
			if (stride != 1)
				term = ir_binop(S->a, IR_MUL, term, icon(S, stride, loc), loc);
			lin = lin ? ir_binop(S->a, IR_ADD, lin, term, loc) : term;
			stride *= E[q]->u.ival;
		}
		IrExpr *below = NULL; /* the product of x's extents before position p */
		for (int p = 0; p < r; p++) {
			IrExpr *n = clamp0(S, cp(S, sx.ext[p]), loc);
			IrExpr *q = below ? ir_binop(S->a, IR_DIV, cp(S, lin), cp(S, below), loc) : cp(S, lin);
			if (p + 1 < r) {
				IrExpr **ma = ir_alloc(S->a, sizeof *ma * 2);
				ma[0] = q;
				ma[1] = n;
				q = ir_intrin(S->a, INTR_MOD, ma, 2, loc);
				q->type = TY_INT;
			}
			c[p] = q;
			below = below ? ir_binop(S->a, IR_MUL, below, cp(S, n), loc) : cp(S, n);
		}
	} else {
		for (int p = 0, q = 0; p < r; p++, q++) {
			if (id == INTR_SPREAD && q == dim - 1)
				q++;
			c[p] = ir_binop(S->a, IR_SUB, vref(S, j[q], loc), icon(S, 1, loc), loc);
		}
	}
	IrExpr **ti = ir_alloc(S->a, sizeof *ti * (size_t)R);
	for (int q = 0; q < R; q++)
		ti[q] = vref(S, j[q], loc);
	IrExpr *te = ir_var(S->a, t, ti, R, loc);
	IrStmt *st = ir_assign(S->a, te, view_elem(S, &V, c, loc), loc);
	for (int q = 0; q < R; q++) {
		IrExpr *hi;
		if (id == INTR_RESHAPE || (id == INTR_SPREAD && q == dim - 1))
			hi = cp(S, E[q]);
		else
			hi = clamp0(S, cp(S, sx.ext[id == INTR_SPREAD && q > dim - 1 ? q - 1 : q]), loc);
		st = mk_do(S, j[q], icon(S, 1, loc), hi, NULL, one(S, st), loc);
	}
	before(S, st);
	return ir_var(S->a, t, NULL, 0, loc);
}

/* A call of an array intrinsic (ref: the parsed reference, arguments unresolved). */
IrExpr *sema_array_intrinsic(Sema *S, IrIntrinsic id, IrExpr *ref)
{
	const ArrayIntr *ai = NULL;
	for (size_t i = 0; i < sizeof array_intrinsics / sizeof array_intrinsics[0]; i++)
		if (array_intrinsics[i].id == id)
			ai = &array_intrinsics[i];
	assert(ai);
	const char *name = upper(S, ir_intrinsics[id].name);
	IrLoc loc = ref->loc;
	int nkw = 0;
	while (nkw < 4 && ai->kw[nkw])
		nkw++;
	IrExpr *arg[4] = {NULL, NULL, NULL, NULL};
	int npos = 0, seen_kw = 0;
	for (int i = 0; i < ref->u.ref.nargs; i++) {
		IrExpr *x = ref->u.ref.args[i];
		int slot = -1;
		if (x->kind == IR_KEYWORD) {
			seen_kw = 1;
			for (int k = 0; k < nkw; k++)
				if (!strcmp(ai->kw[k], x->u.kw.name))
					slot = k;
			if (slot < 0 && !strcmp(x->u.kw.name, "back") && (id == INTR_MAXLOC || id == INTR_MINLOC)) {
				ir_error(x->loc,
				         "BACK= of %s is not supported: without it the first position is found (for the last, "
				         "write a DO loop from the end)",
				         name);
				return bad(S, loc);
			}
			if (slot < 0) {
				ir_error(x->loc, "%s has no argument '%s'", name, x->u.kw.name);
				return bad(S, loc);
			}
			x = x->u.kw.e;
		} else {
			if (seen_kw) {
				ir_error(x->loc, "a positional argument of %s follows a keyword argument", name);
				return bad(S, loc);
			}
			slot = npos++;
			if (slot >= nkw) {
				ir_error(x->loc, "too many arguments to %s", name);
				return bad(S, loc);
			}
		}
		if (x->kind == IR_TRIPLET || x->kind == IR_KEYWORD) {
			ir_error(x->loc, "a subscript triplet is allowed only in an array reference");
			return bad(S, loc);
		}
		if (arg[slot]) {
			ir_error(x->loc, "the argument '%s' of %s is given twice", ai->kw[slot], name);
			return bad(S, loc);
		}
		arg[slot] = sema_resolve_expr(S, x);
		/* SUM(array, mask): a logical second positional argument is the mask */
		if (x == ref->u.ref.args[i] && slot == 1 && nkw == 3 && !strcmp(ai->kw[2], "mask") &&
		    arg[1]->type == TY_LOGICAL) {
			arg[2] = arg[1];
			arg[1] = NULL;
			npos++;
		}
	}
	for (int k = 0; k < ai->nreq; k++)
		if (!arg[k]) {
			ir_error(loc, "%s needs the argument '%s'", name, ai->kw[k]);
			return bad(S, loc);
		}
	for (int k = 0; k < nkw; k++)
		if (arg[k] && !strcmp(ai->kw[k], "kind")) {
			ir_error(arg[k]->loc, "the KIND argument of %s is not supported", name);
			return bad(S, loc);
		}
	switch (id) {
	case INTR_CSHIFT:
	case INTR_EOSHIFT:
	case INTR_SPREAD:
	case INTR_RESHAPE:
	case INTR_PACK:
	case INTR_UNPACK: return data_move(S, id, arg, loc);
	default: break;
	}
	IrExpr *x = arg[0];
	int r = sema_rank(x);
	switch (id) {
	case INTR_SIZE:
	case INTR_LBOUND:
	case INTR_UBOUND:
	case INTR_SHAPE: return bounds_intrinsic(S, id, x, id == INTR_SHAPE ? NULL : arg[1], loc);
	default: break;
	}
	if (!r) {
		if (!x->failed)
			ir_error(x->loc, "the argument of %s must be an array", name);
		return bad(S, loc);
	}
	if (!S->stmt) {
		ir_error(loc, "%s is supported only in executable statements", name);
		return bad(S, loc);
	}
	int logical = id == INTR_ANY || id == INTR_ALL || id == INTR_COUNTS;
	if (logical ? x->type != TY_LOGICAL
	            : (!sema_is_numeric(x->type) && !(id == INTR_DOT_PRODUCT || id == INTR_MATMUL || id == INTR_TRANSPOSE))) {
		ir_error(x->loc, "the argument of %s must be %s", name, logical ? "logical" : "numeric");
		return bad(S, loc);
	}
	IrExpr *mask = nkw == 3 && !strcmp(ai->kw[2], "mask") ? arg[2] : NULL;
	if (mask && mask->type != TY_LOGICAL) {
		ir_error(mask->loc, "the MASK of %s must be logical", name);
		return bad(S, loc);
	}
	IrExpr *dim = !strcmp(ai->kw[1] ? ai->kw[1] : "", "dim") ? arg[1] : NULL;
	int64_t d = 0;
	if (dim && !dim_arg(dim, r, name, &d))
		return bad(S, loc);
	switch (id) {
	case INTR_TRANSPOSE: {
		if (r != 2) {
			ir_error(x->loc, "the argument of TRANSPOSE must have rank 2");
			return bad(S, loc);
		}
		IrExpr **args = ir_alloc(S->a, sizeof *args);
		args[0] = x;
		IrExpr *t = ir_intrin(S->a, id, args, 1, loc);
		t->type = x->type;
		return t;
	}
	case INTR_MATMUL:
	case INTR_DOT_PRODUCT: {
		IrExpr *y = arg[1];
		int ry = sema_rank(y);
		int ok = id == INTR_DOT_PRODUCT ? r == 1 && ry == 1 : (r == 2 && (ry == 1 || ry == 2)) || (r == 1 && ry == 2);
		if (!ok) {
			ir_error(loc, "%s of arrays of rank %d and %d is not supported", name, r, ry);
			return bad(S, loc);
		}
		IrBase t;
		if (x->type == TY_LOGICAL && y->type == TY_LOGICAL && id == INTR_DOT_PRODUCT)
			t = TY_LOGICAL;
		else if (sema_is_numeric(x->type) && sema_is_numeric(y->type))
			t = sema_max_type(x->type, y->type);
		else {
			ir_error(loc, "the arguments of %s must be numeric", name);
			return bad(S, loc);
		}
		if (id == INTR_DOT_PRODUCT)
			return reduce_acc(S, id, x, y, NULL, t, loc);
		IrExpr **args = ir_alloc(S->a, sizeof *args * 2);
		args[0] = x;
		args[1] = y;
		IrExpr *m = ir_intrin(S->a, id, args, 2, loc);
		m->type = t;
		return m;
	}
	case INTR_MAXLOC:
	case INTR_MINLOC: {
		if (dim && r > 1) {
			ir_error(dim->loc, "%s with DIM on an array of rank %d is not supported", name, r);
			return bad(S, loc);
		}
		if (x->type == TY_LOGICAL) {
			ir_error(x->loc, "the argument of %s must be numeric", name);
			return bad(S, loc);
		}
		IrExpr *pos[IR_MAX_RANK];
		reduce_ext(S, id, x, mask, pos, loc);
		if (dim)
			return pos[0];
		IrExpr *con = ir_alloc(S->a, sizeof *con);
		con->kind = IR_ARRAYCON;
		con->type = TY_INT;
		con->loc = loc;
		con->u.list.nitems = r;
		con->u.list.items = ir_alloc(S->a, sizeof *con->u.list.items * (size_t)r);
		for (int k = 0; k < r; k++)
			con->u.list.items[k] = pos[k] ? pos[k] : icon(S, 0, loc);
		return con;
	}
	default: break;
	}
	/* SUM, PRODUCT, MAXVAL, MINVAL, ANY, ALL, COUNT */
	IrBase t = id == INTR_COUNTS ? TY_INT : x->type;
	if (dim && r > 1) {
		IrExpr **args = ir_alloc(S->a, sizeof *args * 3);
		args[0] = x;
		args[1] = icon(S, d, dim->loc);
		args[2] = mask;
		IrExpr *n = ir_intrin(S->a, id, args, mask ? 3 : 2, loc);
		n->type = t;
		return n;
	}
	if (id == INTR_MAXVAL || id == INTR_MINVAL)
		return reduce_ext(S, id, x, mask, NULL, loc);
	return reduce_acc(S, id, x, NULL, mask, t, loc);
}

/* ---------------------------------------------------------------- constructors: resolution */

/* A constructor or implied DO's items resolved; the values' common type (TY_NONE: none yet). */
static void resolve_items(Sema *S, IrExpr *list, IrBase *type, int *err)
{
	for (int i = 0; i < list->u.list.nitems; i++) {
		IrExpr *it = list->u.list.items[i];
		if (it->kind == IR_IMPLDO) {
			/* the DO variable is the constructor's own (a fresh integer standing for the name) */
			const char *vn = it->u.list.ido->var->u.ref.name;
			IrSym *outer = sema_lookup(S, S->unit, vn);
			IrSym *iv;
			for (int k = 0; k + 1 < S->scope.n; k += 2)
				if (!strcmp(S->scope.v[k], vn))
					outer = S->scope.v[k + 1];
			if ((outer && !ir_base_is_int(outer->type)) ||
			    (!outer && !ir_base_is_int(sema_implicit_type(S->unit, vn)))) {
				ir_error(it->u.list.ido->var->loc, "the implied-DO variable '%s' must be an integer", vn);
				*err = 1;
				return;
			}
			if (S->stmt)
				iv = sema_new_local(S, ir_sprintf(S->a, "%s_", vn), TY_INT, it->loc);
			else {
				iv = ir_sym_new(S->a, NULL, vn, SYM_LOCAL, it->loc);
				iv->type = TY_INT;
			}
			IrExpr **parts[3] = {&it->u.list.ido->lo, &it->u.list.ido->hi, &it->u.list.ido->st};
			for (int k = 0; k < 3; k++) {
				if (!*parts[k])
					continue;
				IrExpr *x = sema_resolve_expr(S, *parts[k]);
				if (!ir_base_is_int(x->type) || sema_rank(x)) {
					ir_error(x->loc, "implied-DO bounds must be integer scalars");
					x = icon(S, 1, x->loc);
				}
				x = ir_convert(S->a, x, TY_INT);
				*parts[k] = x;
			}
			int64_t st;
			if (it->u.list.ido->st && const_int(it->u.list.ido->st, &st) && st == 0)
				ir_error(it->u.list.ido->st->loc, "the implied-DO step is zero");
			ir_vec_push(S->a, &S->scope, (void *)vn);
			ir_vec_push(S->a, &S->scope, iv);
			IrBlock *outer_hoist = S->hoist;
			IrBlock *pre = ir_alloc(S->a, sizeof *pre);
			if (S->hoist)
				S->hoist = pre; /* what the items need computed runs in each iteration */
			resolve_items(S, it, type, err);
			S->hoist = outer_hoist;
			S->scope.n -= 2;
			it->u.list.ido->pre = pre;
			it->u.list.ido->var = vref(S, iv, it->u.list.ido->var->loc);
			continue;
		}
		if (it->kind == IR_TRIPLET || it->kind == IR_KEYWORD) {
			ir_error(it->loc, "this is not allowed in an array constructor");
			list->u.list.items[i] = bad(S, it->loc);
			continue;
		}
		IrExpr *x = sema_resolve_expr(S, it);
		list->u.list.items[i] = x;
		if (x->kind == IR_ARRAYCON && !x->u.list.nitems)
			continue;
		if (x->type == TY_CHAR) { /* one error for the constructor, none at its uses */
			if (!*err)
				ir_error(x->loc,
				         "a CHARACTER array constructor is supported as the value of a PARAMETER, an initial "
				         "value, or assigned to a CHARACTER array (assign it to one, then use that)");
			*err = 1;
			continue;
		}
		if (*type == TY_NONE)
			*type = x->type;
		else if (*type != x->type) {
			ir_error(x->loc, "the values of an array constructor must have one type (%s and %s here)",
			         ir_base_name(*type), ir_base_name(x->type));
			*type = x->type;
		}
		if (sema_rank(x) > 1)
			ir_error(x->loc, "an array of rank %d in an array constructor is not supported", sema_rank(x));
	}
}

IrExpr *sema_resolve_arraycon(Sema *S, IrExpr *e)
{
	IrBase t = TY_NONE;
	int err = 0;
	resolve_items(S, e, &t, &err);
	if (err)
		return bad(S, e->loc);
	if (t == TY_NONE) {
		ir_error(e->loc, "an empty array constructor needs a type, which is not supported");
		t = TY_INT;
	}
	e->type = t;
	return e;
}

/* Values of a constant constructor (initializations, PARAMETER arrays), converted to type; the
 * number of values, or -1 (reported). */
static long con_values_into(Sema *S, const IrExpr *list, IrBase type, IrVec *out)
{
	for (int i = 0; i < list->u.list.nitems; i++) {
		IrExpr *it = list->u.list.items[i];
		if (it->kind == IR_IMPLDO) {
			int64_t lo, hi, st = 1;
			if (!const_int(it->u.list.ido->lo, &lo) || !const_int(it->u.list.ido->hi, &hi) ||
			    (it->u.list.ido->st && !const_int(it->u.list.ido->st, &st)) || st == 0) {
				ir_error(it->loc, "the bounds of an implied DO in an initialization must be constants");
				return -1;
			}
			IrSym *v = it->u.list.ido->var->u.var.sym;
			IrSymKind k = v->kind;
			IrExpr *init = v->init;
			int64_t n = st > 0 ? (hi - lo + st) / st : (hi - lo + st) / st;
			if (n > 1000000) {
				ir_error(it->loc, "this initialization has more than a million values");
				return -1;
			}
			for (int64_t q = 0; q < n; q++) {
				v->kind = SYM_PARAM; /* the variable is the constant lo + q*st while the items fold */
				v->init = icon(S, lo + q * st, it->loc);
				long r = con_values_into(S, it, type, out);
				v->kind = k;
				v->init = init;
				if (r < 0)
					return -1;
			}
			continue;
		}
		if (it->kind == IR_ARRAYCON) {
			if (con_values_into(S, it, type, out) < 0)
				return -1;
			continue;
		}
		Const c;
		if (sema_rank(it) || !sema_const_of(it, &c)) {
			ir_error(it->loc, "an initialization must be a constant expression");
			return -1;
		}
		if ((c.type == TY_LOGICAL) != (type == TY_LOGICAL)) {
			ir_error(it->loc, "a %s value initializes an array of type %s", ir_base_name(c.type), ir_base_name(type));
			return -1;
		}
		ir_vec_push(S->a, out, sema_const_expr(S, &c, type, it->loc));
	}
	return out->n;
}

long sema_con_values(Sema *S, const IrExpr *con, IrBase type, IrExpr ***vals)
{
	IrVec v = {0};
	long n = con_values_into(S, con, type, &v);
	*vals = (IrExpr **)v.v;
	return n;
}

/* ---------------------------------------------------------------- array assignment */

/* Where loop direction cannot make an in-place assignment right. */
enum { DIR_ANY = 0, DIR_FWD = 1, DIR_BACK = 2, DIR_TEMP = 4 };

/* The constant range [min, max] a triplet covers, if its bounds are constant. */
static int const_range(const IrExpr *lo, const IrExpr *hi, const IrExpr *st, int64_t *mn, int64_t *mx)
{
	int64_t l, h, s = 1;
	if (!const_int(lo, &l) || !const_int(hi, &h) || (st && !const_int(st, &s)) || s == 0)
		return 0;
	int64_t n = (h - l + s) / s;
	if (n <= 0) {
		*mn = 1;
		*mx = 0; /* empty: disjoint from everything */
		return 1;
	}
	int64_t last = l + (n - 1) * s;
	*mn = l < last ? l : last;
	*mx = l < last ? last : l;
	return 1;
}

/* How the reference r (a section of the array assigned, its positions mapped by perm) constrains
 * the loops of an assignment to L: per nest position, DIR_* bits in dir; DIR_TEMP when no
 * direction is safe. */
static void overlap(Sema *S, const View *L, const IrExpr *r, const int *perm, int *dir)
{
	View R;
	if (!view_of(S, r, &R)) {
		dir[0] |= DIR_TEMP;
		return;
	}
	int need[IR_MAX_RANK] = {0};
	for (int d = 0; d < L->sym->rank; d++) {
		int64_t x, y, a0, a1, b0, b1;
		if (L->sub[d] && R.sub[d]) {
			if (lin_diff(L->sub[d], R.sub[d], &x) && x != 0)
				return; /* another plane: disjoint */
			continue;
		}
		if (L->sub[d] || R.sub[d]) {
			const View *t = L->sub[d] ? &R : L;
			const IrExpr *s = L->sub[d] ? L->sub[d] : R.sub[d];
			if (const_int(s, &x) && const_range(t->lo[d], t->hi[d], t->st[d], &a0, &a1) && (x < a0 || x > a1))
				return;
			dir[0] |= DIR_TEMP;
			return;
		}
		if (const_range(L->lo[d], L->hi[d], L->st[d], &a0, &a1) && const_range(R.lo[d], R.hi[d], R.st[d], &b0, &b1) &&
		    (a1 < b0 || b1 < a0))
			return;
		int jl = L->pos[d], jr = perm[R.pos[d]];
		if (jl != jr || !same_stride(L->st[d], R.st[d]) || !lin_diff(R.lo[d], L->lo[d], &x)) {
			dir[0] |= DIR_TEMP;
			return;
		}
		/* R reads, at each position, the element L stores D positions later (earlier if D < 0) */
		int64_t s;
		if (!stride_value(L->st[d], &s)) {
			if (x != 0) {
				dir[0] |= DIR_TEMP;
				return;
			}
			continue;
		}
		if (x % s != 0)
			return; /* interleaved: never the same element */
		y = x / s;
		if (y > 0)
			need[jl] |= DIR_FWD;
		else if (y < 0)
			need[jl] |= DIR_BACK;
	}
	for (int j = 0; j < L->rank; j++)
		dir[j] |= need[j];
}

/* Every reference to the array a in e, with its position map. */
static void overlaps(Sema *S, const View *L, const IrExpr *e, const int *perm, int *dir)
{
	switch (e->kind) {
	case IR_VAR:
		if (e->u.var.sym == L->sym && is_array_ref(e))
			overlap(S, L, e, perm, dir);
		return;
	case IR_UNARY:
	case IR_BINARY:
		overlaps(S, L, e->u.op.a, perm, dir);
		if (e->u.op.b)
			overlaps(S, L, e->u.op.b, perm, dir);
		return;
	case IR_CONVERT: overlaps(S, L, e->u.conv.e, perm, dir); return;
	case IR_INTRIN:
		if (e->u.call.id == INTR_TRANSPOSE) {
			int q[2] = {perm[1], perm[0]};
			overlaps(S, L, e->u.call.args[0], q, dir);
			return;
		}
		for (int i = 0; i < e->u.call.nargs; i++)
			overlaps(S, L, e->u.call.args[i], perm, dir);
		return;
	case IR_FCALL:
		for (int i = 0; elemental_fcall(e) && i < e->u.call.nargs; i++)
			overlaps(S, L, e->u.call.args[i], perm, dir);
		return;
	default: return;
	}
}

/* s becomes n (keeping its label and directives). */
void sema_become(IrStmt *s, const IrStmt *n)
{
	int label = s->label;
	IrDirective **dirs = s->dirs;
	int ndirs = s->ndirs;
	*s = *n;
	s->label = label;
	s->dirs = dirs;
	s->ndirs = ndirs;
}

/* The nest of an assignment to the view L (lhs), driven by it. */
static void lhs_nest(Sema *S, Nest *N, const View *L, IrLoc loc)
{
	nest_init(S, N, L->rank, loc);
	for (int p = 0; p < L->rank; p++) {
		int d = L->dim[p];
		nest_drive(N, p, L->lo[d], L->hi[d], L->st[d]);
	}
}

/* lhs(...) with the array replaced by `into` (a temporary like it), at the nest's position. */
static IrExpr *lhs_elem(Sema *S, const IrExpr *lhs, IrSym *into, const Nest *N, const int *perm)
{
	IrExpr *el = elem(S, lhs, N, perm);
	el->u.var.sym = into;
	el->type = into->type;
	return el;
}

/* The element store of a masked assignment (WHERE) is done where the mask holds. */
static IrStmt *masked(Sema *S, IrExpr *mask, const Nest *N, IrStmt *store, IrLoc loc)
{
	if (!mask)
		return store;
	return mk_if(S, elem(S, mask, N, ident), one(S, store), loc);
}

/* The CSHIFTs an elementwise expression e reads (elem's walk), collected into h[*n]. */
static void shifted_in(Sema *S, const IrExpr *e, Shifted **h, int *n)
{
	switch (e->kind) {
	case IR_VAR: {
		Shifted *x = shifted_of(S, e);
		if (x && !x->through && *n < 64)
			h[(*n)++] = x;
		return;
	}
	case IR_UNARY:
	case IR_BINARY:
		shifted_in(S, e->u.op.a, h, n);
		if (e->u.op.b)
			shifted_in(S, e->u.op.b, h, n);
		return;
	case IR_CONVERT: shifted_in(S, e->u.conv.e, h, n); return;
	case IR_INTRIN:
	case IR_FCALL:
		for (int i = 0; (e->kind == IR_INTRIN || elemental_fcall(e)) && i < e->u.call.nargs; i++)
			shifted_in(S, e->u.call.args[i], h, n);
		return;
	default: return;
	}
}

/* The CSHIFTs the right-hand side of an elementwise assignment to the array a reads are read
 * through (elem) instead of copied: their copy nests become CONTINUE. Returns 1 when one of them
 * shifts a itself, so that the assignment goes through a temporary (Fortran evaluates the right
 * side before it stores: `u = cshift(u, 1)`); none is read through when a has assumed size
 * (no temporary) or the routine has EQUIVALENCE (another name may be a's storage). */
static int shifted_through(Sema *S, const IrExpr *rhs, const IrSym *a)
{
	Shifted *h[64];
	int n = 0, self = 0;
	shifted_in(S, rhs, h, &n);
	if (sema_has_equivalence(S))
		return 0;
	for (int i = 0; i < n; i++)
		self |= h[i]->x->u.var.sym == a;
	if (self && !a->dims[a->rank - 1].hi)
		return 0;
	for (int i = 0; i < n; i++) {
		h[i]->through = 1;
		for (int p = 0; p < 2; p++)
			sema_become(h[i]->fill[p], ir_stmt_new(S->a, IR_CONTINUE, h[i]->fill[p]->loc));
	}
	return self;
}

/* Elemental function references on arrays in e; *sees is set when one of them may read the
 * array a other than through its arguments: a module or COMMON array, or any array when the
 * function is internal (host association). */
static int elemental_refs(const IrExpr *e, const IrSym *a, int *sees)
{
	if (!e)
		return 0;
	int n = 0;
	switch (e->kind) {
	case IR_UNARY:
	case IR_BINARY: return elemental_refs(e->u.op.a, a, sees) + elemental_refs(e->u.op.b, a, sees);
	case IR_CONVERT: return elemental_refs(e->u.conv.e, a, sees);
	case IR_FCALL:
		if (elemental_on_arrays(e)) {
			n = 1;
			if (a->kind == SYM_MODULE || a->kind == SYM_COMMON || e->u.call.callee->host)
				*sees = 1;
		}
		/* fall through */
	case IR_INTRIN:
		for (int i = 0; i < e->u.call.nargs; i++)
			n += elemental_refs(e->u.call.args[i], a, sees);
		return n;
	default: return 0;
	}
}

static void assign_elemental(Sema *S, IrStmt *s, IrExpr *lhs, const View *L, const Shape *shL, IrExpr *rhs, IrExpr *mask)
{
	IrSym *a = L->sym;
	IrLoc loc = s->loc;
	materialize(S, &rhs, S->hoist, L->rank == 1 ? lhs : NULL);
	if (!check_elemental(S, rhs, 1))
		return;
	Shape sh;
	if (!shape_of(S, rhs, &sh))
		return;
	if (sh.rank) {
		int d;
		int64_t x, y;
		if (sh.rank != shL->rank) {
			ir_error(rhs->loc, "the right-hand side has rank %d but the array assigned to has rank %d", sh.rank,
			         shL->rank);
			return;
		}
		if (!conform(shL, &sh, &d, &x, &y)) {
			ir_error(rhs->loc,
			         "the right-hand side has extent %lld in dimension %d but the array assigned to has extent %lld",
			         (long long)y, d, (long long)x);
			return;
		}
	}
	int dir[IR_MAX_RANK] = {0};
	overlaps(S, L, rhs, ident, dir);
	int temp = shifted_through(S, rhs, a);
	/* an elemental function that may read a (not an argument) reads it before any store */
	(void)elemental_refs(rhs, a, &temp);
	for (int j = 0; j < L->rank; j++)
		temp |= (dir[j] & DIR_TEMP) || dir[j] == (DIR_FWD | DIR_BACK);
	Nest N;
	lhs_nest(S, &N, L, loc);
	if (temp) {
		if (!a->dims[a->rank - 1].hi) {
			ir_error(rhs->loc,
			         "the right-hand side may overlap '%s', which has assumed size, so no temporary can hold it: "
			         "write a DO loop",
			         a->name);
			return;
		}
		if (a->type == TY_CHAR && !(a->clen && ir_expr_is_const(a->clen))) {
			ir_error(rhs->loc,
			         "the right-hand side may overlap '%s', whose CHARACTER length is known only at run time, so no "
			         "temporary can hold it: write a DO loop",
			         a->name);
			return;
		}
		IrSym *t = temp_like(S, a, a->type, loc);
		IrExpr *v = ir_convert(S->a, elem(S, rhs, &N, ident), a->type);
		before(S,
		       nest_wrap(S, &N, masked(S, mask, &N, ir_assign(S->a, lhs_elem(S, lhs, t, &N, ident), v, loc), loc), loc));
		Nest M;
		lhs_nest(S, &M, L, loc);
		IrStmt *copy = ir_assign(S->a, elem(S, lhs, &M, ident), lhs_elem(S, lhs, t, &M, ident), loc);
		sema_become(s, nest_wrap(S, &M, masked(S, mask, &M, copy, loc), loc));
		return;
	}
	for (int j = 0; j < L->rank; j++)
		N.back[j] = (dir[j] & DIR_BACK) != 0;
	IrExpr *v = ir_convert(S->a, elem(S, rhs, &N, ident), a->type);
	sema_become(s, nest_wrap(S, &N, masked(S, mask, &N, ir_assign(S->a, elem(S, lhs, &N, ident), v, loc), loc), loc));
}

/* lhs = a constructor: its values in order into the positions of lhs. */
static void assign_con(Sema *S, IrStmt *s, IrExpr *lhs, const View *L, const Shape *shL, IrExpr *con)
{
	IrSym *a = L->sym;
	IrLoc loc = s->loc;
	if (L->rank != 1) {
		ir_error(con->loc, "an array constructor has rank 1 but the array assigned to has rank %d", L->rank);
		return;
	}
	IrExpr *n = con_size(S, con, loc);
	int64_t x, y;
	if (n && shL->ext[0] && const_int(n, &x) && const_int(shL->ext[0], &y) && x != (y < 0 ? 0 : y)) {
		ir_error(con->loc, "the array constructor has %lld values but the array assigned to has %lld elements",
		         (long long)x, (long long)(y < 0 ? 0 : y));
		return;
	}
	IrBlock out = {0};
	/* a constructor that reads the array assigned (or calls a function, which may) goes
	 * through a temporary */
	int temp = ir_expr_mentions(con, a) || ir_expr_calls(con);
	IrSym *into = a;
	if (temp) {
		if (!a->dims[a->rank - 1].hi) {
			ir_error(con->loc,
			         "the array constructor reads '%s', which has assumed size, so no temporary can hold it: write "
			         "a DO loop",
			         a->name);
			return;
		}
		into = temp_like(S, a, a->type, loc);
	}
	con_store(S, con, lhs, into, &out, loc);
	if (temp) {
		for (int i = 0; i < out.n; i++)
			before(S, out.v[i]);
		Nest M;
		lhs_nest(S, &M, L, loc);
		IrStmt *copy = ir_assign(S->a, elem(S, lhs, &M, ident), lhs_elem(S, lhs, into, &M, ident), loc);
		sema_become(s, nest_wrap(S, &M, copy, loc));
		return;
	}
	for (int i = 0; i + 1 < out.n; i++)
		before(S, out.v[i]);
	if (out.n)
		sema_become(s, out.v[out.n - 1]);
	else
		sema_become(s, ir_stmt_new(S->a, IR_CONTINUE, loc));
}

/* lhs = MATMUL(x, y) or a reduction along DIM: loops of their own that accumulate into the
 * array assigned (or a temporary when the arguments read it, or its type differs). */
static void assign_accumulate(Sema *S, IrStmt *s, IrExpr *lhs, const View *L, const Shape *shL, IrExpr *rhs)
{
	IrSym *a = L->sym;
	IrLoc loc = s->loc;
	IrIntrinsic id = rhs->u.call.id;
	for (int i = 0; i < rhs->u.call.nargs; i++) {
		materialize(S, &rhs->u.call.args[i], S->hoist, NULL);
		if (!check_elemental(S, rhs->u.call.args[i], 0))
			return;
	}
	Shape sh;
	if (!shape_of(S, rhs, &sh))
		return;
	int d;
	int64_t ex, ey;
	if (sh.rank != shL->rank) {
		ir_error(rhs->loc, "the right-hand side has rank %d but the array assigned to has rank %d", sh.rank, shL->rank);
		return;
	}
	if (!conform(shL, &sh, &d, &ex, &ey)) {
		ir_error(rhs->loc,
		         "the right-hand side has extent %lld in dimension %d but the array assigned to has extent %lld",
		         (long long)ey, d, (long long)ex);
		return;
	}
	int temp = rhs->type != a->type;
	for (int i = 0; i < rhs->u.call.nargs; i++)
		temp |= ir_expr_mentions(rhs->u.call.args[i], a);
	IrSym *into = a;
	if (temp) {
		if (!a->dims[a->rank - 1].hi) {
			ir_error(rhs->loc, "the right-hand side reads '%s', which has assumed size, so no temporary can hold it",
			         a->name);
			return;
		}
		into = temp_like(S, a, rhs->type, loc);
	}
	IrBlock out = {0};
	if (id == INTR_MATMUL) {
		/* nest positions: I (rows of x), K (the sum), J (columns of y); x(I,K) y(K,J) */
		IrExpr *x = rhs->u.call.args[0], *y = rhs->u.call.args[1];
		int rx = sema_rank(x), ry = sema_rank(y);
		enum { I = 0, K = 1, J = 2 };
		Nest N;
		nest_init(S, &N, 3, loc);
		int pl[2], px[2], py[2];
		int nl = 0;
		if (rx == 2)
			pl[nl++] = I;
		if (ry == 2)
			pl[nl++] = J;
		px[0] = rx == 2 ? I : K;
		px[1] = K;
		py[0] = K;
		py[1] = J;
		for (int p = 0; p < L->rank; p++) {
			int dd = L->dim[p];
			nest_drive(&N, pl[p], L->lo[dd], L->hi[dd], L->st[dd]);
		}
		nest_drive_from(S, &N, x, px);
		nest_drive_from(S, &N, y, py);
		IrExpr *el = lhs_elem(S, lhs, into, &N, pl);
		IrExpr *prod = ir_binop(S->a, IR_MUL, ir_convert(S->a, elem(S, x, &N, px), rhs->type),
		                        ir_convert(S->a, elem(S, y, &N, py), rhs->type), loc);
		IrStmt *acc = ir_assign(S->a, el, ir_binop(S->a, IR_ADD, lhs_elem(S, lhs, into, &N, pl), prod, loc), loc);
		IrStmt *zero = ir_assign(S->a, lhs_elem(S, lhs, into, &N, pl), zero_of(S, rhs->type, loc), loc);
		if (rx == 2 && ry == 2) {
			/* do J: do I: c = 0; do K: do I: c(I,J) += x(I,K)*y(K,J) */
			IrBlock bj = {0};
			ir_block_add(S->a, &bj, nest_do(S, &N, I, one(S, zero), loc));
			ir_block_add(S->a, &bj, nest_do(S, &N, K, one(S, nest_do(S, &N, I, one(S, acc), loc)), loc));
			ir_block_add(S->a, &out, nest_do(S, &N, J, bj, loc));
		} else if (rx == 2) {
			/* do I: c = 0; do K: do I: c(I) += x(I,K)*y(K) */
			ir_block_add(S->a, &out, nest_do(S, &N, I, one(S, zero), loc));
			ir_block_add(S->a, &out, nest_do(S, &N, K, one(S, nest_do(S, &N, I, one(S, acc), loc)), loc));
		} else {
			/* do J: c = 0; do K: c(J) += x(K)*y(K,J) */
			IrBlock bj = {0};
			ir_block_add(S->a, &bj, zero);
			ir_block_add(S->a, &bj, nest_do(S, &N, K, one(S, acc), loc));
			ir_block_add(S->a, &out, nest_do(S, &N, J, bj, loc));
		}
	} else {
		/* a reduction along DIM: initialize every element, then run over the argument in its
		 * own order (dimension 1 innermost), accumulating into the element it projects to */
		IrExpr *x = rhs->u.call.args[0], *mask = rhs->u.call.nargs > 2 ? rhs->u.call.args[2] : NULL;
		int64_t dim = 0;
		int ok = const_int(rhs->u.call.args[1], &dim);
		assert(ok);
		(void)ok;
		int rx = sema_rank(x);
		if (mask && sema_rank(mask)) {
			Shape sx, sm;
			if (!shape_of(S, x, &sx) || !shape_of(S, mask, &sm))
				return;
			if (!conform(&sx, &sm, &d, &ex, &ey)) {
				ir_error(mask->loc, "the MASK of %s does not conform to its array", upper(S, rhs->u.call.name));
				return;
			}
		}
		Nest I0;
		lhs_nest(S, &I0, L, loc);
		IrExpr *init = id == INTR_PRODUCT                ? one_of(S, rhs->type, loc)
		        : id == INTR_ALL                         ? ir_logical(S->a, 1, loc)
		        : id == INTR_MAXVAL || id == INTR_MINVAL ? huge_of(S, rhs->type, id == INTR_MAXVAL, loc)
		                                                 : zero_of(S, rhs->type, loc);
		ir_block_add(S->a, &out, nest_wrap(S, &I0, ir_assign(S->a, lhs_elem(S, lhs, into, &I0, ident), init, loc), loc));
		Nest N;
		nest_init(S, &N, rx, loc);
		int pl[IR_MAX_RANK];
		for (int p = 0, q = 0; p < rx; p++)
			if (p != dim - 1)
				pl[q++] = p;
		nest_drive_from(S, &N, x, ident);
		if (mask)
			nest_drive_from(S, &N, mask, ident);
		IrExpr *v = elem(S, x, &N, ident);
		IrExpr *cur = lhs_elem(S, lhs, into, &N, pl);
		IrStmt *st;
		switch (id) {
		case INTR_SUM:
		case INTR_PRODUCT:
			st = ir_assign(S->a, cur,
			               ir_binop(S->a, id == INTR_SUM ? IR_ADD : IR_MUL, lhs_elem(S, lhs, into, &N, pl), v, loc),
			               loc);
			break;
		case INTR_ANY:
		case INTR_ALL:
			st = ir_assign(S->a, cur,
			               ir_binop(S->a, id == INTR_ANY ? IR_OR : IR_AND, lhs_elem(S, lhs, into, &N, pl), v, loc),
			               loc);
			break;
		case INTR_COUNTS:
			st = mk_if(
			        S, v,
			        one(S,
			            ir_assign(S->a, cur,
			                      ir_binop(S->a, IR_ADD, lhs_elem(S, lhs, into, &N, pl), icon(S, 1, loc), loc), loc)),
			        loc);
			break;
		default: /* MAXVAL, MINVAL: the first extreme element along DIM */
			st = mk_if(S, ir_binop(S->a, id == INTR_MAXVAL ? IR_GT : IR_LT, v, lhs_elem(S, lhs, into, &N, pl), loc),
			           one(S, ir_assign(S->a, cur, elem(S, x, &N, ident), loc)), loc);
			break;
		}
		if (mask)
			st = mk_if(S, elem(S, mask, &N, ident), one(S, st), loc);
		ir_block_add(S->a, &out, nest_wrap(S, &N, st, loc));
	}
	if (temp) {
		for (int i = 0; i < out.n; i++)
			before(S, out.v[i]);
		Nest M;
		lhs_nest(S, &M, L, loc);
		IrStmt *copy = ir_assign(S->a, elem(S, lhs, &M, ident),
		                         ir_convert(S->a, lhs_elem(S, lhs, into, &M, ident), a->type), loc);
		sema_become(s, nest_wrap(S, &M, copy, loc));
		return;
	}
	for (int i = 0; i + 1 < out.n; i++)
		before(S, out.v[i]);
	sema_become(s, out.v[out.n - 1]);
}

/* `lhs = rhs` with lhs an array (whole or a section): the statement s becomes its loops, with
 * what they need first placed before it. */
static IrStmt *alloc_rt(Sema *S, IrRtKind k, IrSym *a, IrLoc loc)
{
	IrStmt *s = ir_stmt_new(S->a, IR_RT, loc);
	s->u.rt.kind = k;
	s->u.rt.e = vref(S, a, loc);
	return s;
}

/* `a = rhs`, a a whole ALLOCATABLE and rhs an array of another shape maybe: Fortran 2003 (and
 * gfortran by default) allocates a with rhs's shape when it is unallocated or its shape differs,
 * its lower bounds rhs's (1 but for a whole array). Before the statement:
 *   e1 = extent 1 of rhs; ...
 *   IF (.not. a_al .or. max(0, a_ub1 - a_lb1 + 1) /= e1 .or. ...) THEN
 *     IF (a_al) THEN; a_al = .false.; RT_FREE(a); END IF
 *     a_lb1 = lo1; a_ub1 = lo1 + e1 - 1; ...; a_al = .true.; RT_ALLOC(a)
 *   END IF
 * so that the AD passes see ALLOCATE and DEALLOCATE as written (the reverse sweep restores the
 * old allocation from the tape). A right-hand side that reads a itself is computed first into a
 * temporary, which *prhs then names. Returns 0 after an error. */
int sema_alloc_realloc(Sema *S, IrExpr *lhs, IrExpr **prhs, IrLoc loc)
{
	IrSym *a = lhs->u.var.sym;
	IrExpr *rhs = *prhs;
	if (sema_rank(rhs) != a->rank) {
		ir_error(loc, "an array of rank %d is assigned to the ALLOCATABLE '%s' of rank %d", sema_rank(rhs), a->name,
		         a->rank);
		return 0;
	}
	Shape sh;
	if (!shape_of(S, rhs, &sh))
		return 0;
	IrExpr *ext[IR_MAX_RANK], *lo[IR_MAX_RANK];
	int whole = rhs->kind == IR_VAR && !rhs->u.var.nidx;
	for (int d = 0; d < a->rank; d++) {
		if (!sh.ext[d]) {
			ir_error(loc, "the shape of the value assigned to the ALLOCATABLE '%s' is not known", a->name);
			return 0;
		}
		IrExpr *e = clamp0(S, cp(S, sh.ext[d]), loc);
		int64_t c;
		ext[d] = const_int(e, &c) ? e : sema_value_before(S, e, "extent");
		lo[d] = whole ? dim_lo(S, rhs->u.var.sym, d, loc) : icon(S, 1, loc);
		if (!const_int(lo[d], &c))
			lo[d] = sema_value_before(S, lo[d], "lo");
	}
	if (ir_expr_mentions(rhs, a)) {
		/* rhs reads a (`a = a(2:)`, `a = [a, x]`): evaluated first into a temporary of its
		 * shape, allocated before the statement and freed after it (sema_alloc_temp), which
		 * is then assigned */
		IrSym *t = sema_new_local(S, ir_sprintf(S->a, "%s_new", a->name), a->type, loc);
		t->rank = a->rank;
		for (int d = 0; d < a->rank; d++) {
			int64_t c;
			if (!const_int(ext[d], &c)) /* (marked so that sema_alloc_temp sizes t where it is) */
				ext[d]->u.var.sym->alloc_of = a;
			t->dims[d].hi = cp(S, ext[d]);
		}
		sema_alloc_temp(S, t, loc);
		IrExpr *tw = vref(S, t, loc);
		View L0;
		Shape sh0;
		view_sure(S, tw, &L0);
		if (!shape_of(S, tw, &sh0))
			return 0;
		IrStmt *st = ir_stmt_new(S->a, IR_CONTINUE, loc);
		if (rhs->kind == IR_ARRAYCON)
			assign_con(S, st, tw, &L0, &sh0, rhs);
		else if (is_intrin(rhs, INTR_MATMUL) || (is_dim_reduction(rhs) && sema_rank(rhs) > 0))
			assign_accumulate(S, st, tw, &L0, &sh0, rhs);
		else
			assign_elemental(S, st, tw, &L0, &sh0, rhs, NULL);
		before(S, st);
		*prhs = vref(S, t, loc);
	}
	IrExpr *al = vref(S, a->alloc_status, loc);
	IrExpr *cond = ir_unop(S->a, IR_NOT, al, loc);
	for (int d = 0; d < a->rank; d++) {
		IrExpr *now = ir_binop(S->a, IR_ADD, ir_binop(S->a, IR_SUB, cp(S, a->dims[d].hi), cp(S, a->dims[d].lo), loc),
		                       icon(S, 1, loc), loc);
		cond = ir_binop(S->a, IR_OR, cond, ir_binop(S->a, IR_NE, clamp0(S, now, loc), cp(S, ext[d]), loc), loc);
	}
	IrBlock drop = {0}, then = {0};
	ir_block_add(S->a, &drop, ir_assign(S->a, vref(S, a->alloc_status, loc), ir_logical(S->a, 0, loc), loc));
	ir_block_add(S->a, &drop, alloc_rt(S, RT_FREE, a, loc));
	ir_block_add(S->a, &then, mk_if(S, vref(S, a->alloc_status, loc), drop, loc));
	for (int d = sema_alloc_fixed(a); d < a->rank; d++) { /* (a leaf's component bounds stay) */
		ir_block_add(S->a, &then, ir_assign(S->a, cp(S, a->dims[d].lo), cp(S, lo[d]), loc));
		IrExpr *hi =
		        ir_binop(S->a, IR_SUB, ir_binop(S->a, IR_ADD, cp(S, lo[d]), cp(S, ext[d]), loc), icon(S, 1, loc), loc);
		ir_block_add(S->a, &then, ir_assign(S->a, cp(S, a->dims[d].hi), hi, loc));
	}
	ir_block_add(S->a, &then, ir_assign(S->a, vref(S, a->alloc_status, loc), ir_logical(S->a, 1, loc), loc));
	ir_block_add(S->a, &then, alloc_rt(S, RT_ALLOC, a, loc));
	ir_block_add(S->a, S->hoist, mk_if(S, cond, then, loc));
	return 1;
}

void sema_array_assign(Sema *S, IrStmt *s, IrExpr *lhs, IrExpr *rhs, IrExpr *mask)
{
	IrSym *a = lhs->u.var.sym;
	if (a->readonly) {
		ir_error(lhs->loc, "cannot assign to PARAMETER '%s'", a->name);
		return;
	}
	if (a->kind == SYM_PARAM || (a->kind == SYM_ARG && a->intent == INTENT_IN)) {
		ir_error(lhs->loc, "cannot assign to '%s'", a->name);
		return;
	}
	if (rhs->failed)
		return; /* reported */
	/* a CHARACTER array assigned an array variable or section, or a scalar variable or literal,
	 * of CHARACTER: element by element (a structure's CHARACTER array component, `b = a`: trial
	 * s16); CHARACTER expressions of arrays are refused */
	int chars = a->type == TY_CHAR && rhs->type == TY_CHAR && !mask &&
	        (rhs->kind == IR_VAR || rhs->kind == IR_CONST_STR || rhs->kind == IR_ARRAYCON ||
	         (rhs->kind == IR_INTRIN && rhs->u.call.id == INTR_SUBSTR && !sema_rank(rhs)));
	if (a->type == TY_CHAR && !chars) {
		ir_error(lhs->loc,
		         "whole-array CHARACTER assignment is supported from a CHARACTER array, section or scalar "
		         "only (write a DO loop over the elements)");
		return;
	}
	if (chars && rhs->kind == IR_ARRAYCON && ir_expr_mentions(rhs, a)) {
		ir_error(rhs->loc, "a CHARACTER array constructor that reads '%s', assigned to '%s': assign the elements one "
		                   "by one", a->name, a->name);
		return;
	}
	if ((rhs->type == TY_CHAR && !chars) || (rhs->type == TY_LOGICAL) != (a->type == TY_LOGICAL)) {
		ir_error(rhs->loc, "cannot assign %s to %s", ir_base_name(rhs->type), ir_base_name(a->type));
		return;
	}
	Shape shL;
	if (!shape_of(S, lhs, &shL))
		return;
	/* Fortran evaluates the whole right-hand side before it assigns any element */
	lhs = hoist_reads(S, lhs, a);
	rhs = hoist_reads(S, rhs, a);
	View L;
	view_sure(S, lhs, &L);
	if (mask) {
		/* WHERE (sema_where.c): the mask conforms to lhs and reads nothing the statement
		 * stores before it reads it; everything goes element by element */
		Shape shM;
		int d;
		int64_t x, y;
		if (mask->type != TY_LOGICAL) {
			ir_error(mask->loc, "the mask of WHERE must be LOGICAL");
			return;
		}
		materialize(S, &mask, S->hoist, L.rank == 1 ? lhs : NULL);
		if (!check_elemental(S, mask, 1) || !shape_of(S, mask, &shM))
			return;
		if (shM.rank != shL.rank) {
			ir_error(mask->loc, "the mask of WHERE has rank %d but the array assigned to has rank %d", shM.rank,
			         shL.rank);
			return;
		}
		if (!conform(&shL, &shM, &d, &x, &y)) {
			ir_error(mask->loc,
			         "the mask of WHERE has extent %lld in dimension %d but the array assigned to has extent %lld",
			         (long long)y, d, (long long)x);
			return;
		}
		assign_elemental(S, s, lhs, &L, &shL, rhs, mask);
	} else if (rhs->kind == IR_ARRAYCON)
		assign_con(S, s, lhs, &L, &shL, rhs);
	else if (is_intrin(rhs, INTR_MATMUL) || (is_dim_reduction(rhs) && sema_rank(rhs) > 0))
		assign_accumulate(S, s, lhs, &L, &shL, rhs);
	else
		assign_elemental(S, s, lhs, &L, &shL, rhs, NULL);
}

/* s: a WHERE mask stored into its temporary (sema_where.c): `into` is the temporary, whole and
 * still without a shape, which then takes the mask's (its declaration needs it on entry: whole
 * arrays or constant extents); or the temporary at the subscripts of the array assigned first.
 * On an error (reported) s is left with mask_fill -1. */
void sema_mask_fill(Sema *S, IrStmt *s, IrExpr *into, IrExpr *mask)
{
	s->u.assign.mask_fill = -1;
	if (into->kind != IR_VAR)
		return;
	if (mask->type != TY_LOGICAL) {
		ir_error(mask->loc, "the mask of WHERE must be LOGICAL");
		return;
	}
	materialize(S, &mask, S->hoist, NULL);
	Shape sh;
	if (!check_elemental(S, mask, 1) || !shape_of(S, mask, &sh))
		return;
	if (!sh.rank) {
		ir_error(mask->loc, "the mask of WHERE must be an array");
		return;
	}
	IrSym *t = into->u.var.sym;
	if (!t->rank) {
		Shape raw;
		int keep = S->stmt;
		S->stmt = 0; /* the declared bounds themselves, as the temporary's declaration evaluates them */
		int ok = shape_of(S, mask, &raw);
		S->stmt = keep;
		int alloc = 0;
		for (int k = 0; ok && k < sh.rank; k++) {
			ok = sh.entry[k] && raw.ext[k];
			alloc |= ok && sema_reads_alloc_bound(raw.ext[k]);
		}
		if (ok && alloc) {
			/* an ALLOCATABLE's shape is set by ALLOCATE, not known on entry: the temporary is a
			 * LOGICAL ALLOCATABLE local, allocated by the assignment as `t = mask` would be */
			t->rank = sh.rank;
			sema_alloc_local(S, t);
			IrExpr *whole = ir_var(S->a, t, NULL, 0, into->loc);
			if (!sema_alloc_realloc(S, whole, &mask, s->loc))
				return;
			s->u.assign.mask_fill = 0;
			sema_array_assign(S, s, whole, mask, NULL);
			return;
		}
		if (!ok) {
			ir_error(mask->loc,
			         "this mask reads what the WHERE assigns, so it is evaluated first into a temporary, whose "
			         "shape must be known on entry (whole arrays or constant extents): compute it into a "
			         "LOGICAL array first");
			return;
		}
		t->rank = sh.rank;
		for (int k = 0; k < sh.rank; k++)
			t->dims[k].hi = raw.ext[k];
	}
	View L;
	Shape shL;
	if (!shape_of(S, into, &shL))
		return;
	view_sure(S, into, &L);
	int d;
	int64_t x, y;
	if (sh.rank != shL.rank) {
		ir_error(mask->loc, "the mask of WHERE has rank %d but the array assigned to has rank %d", sh.rank, shL.rank);
		return;
	}
	if (!conform(&shL, &sh, &d, &x, &y)) {
		ir_error(mask->loc, "the mask of WHERE has extent %lld in dimension %d but the array assigned to has extent %lld",
		         (long long)y, d, (long long)x);
		return;
	}
	s->u.assign.mask_fill = 0;
	assign_elemental(S, s, into, &L, &shL, mask, NULL);
}

/* ---------------------------------------------------------------- PRINT of arrays */

/* PRINT *, x, a(2:n), s: an array item is printed element by element, one PRINT each, in array
 * element order (the numbers come out in Fortran's order, on lines of their own); scalar items
 * around it stay in PRINTs of their own. */
void sema_print_arrays(Sema *S, IrStmt *s)
{
	int any = 0;
	for (int i = 0; i < s->u.print.nitems; i++)
		any |= sema_rank(s->u.print.items[i]) > 0;
	if (!any)
		return;
	IrLoc loc = s->loc;
	IrVec cur = {0};
	IrStmt *last = NULL;
	for (int i = 0; i <= s->u.print.nitems; i++) {
		IrExpr *x = i < s->u.print.nitems ? s->u.print.items[i] : NULL;
		if (x && !sema_rank(x)) {
			ir_vec_push(S->a, &cur, x);
			continue;
		}
		if (x && x->kind == IR_ARRAYCON) {
			int scalars = 1;
			for (int k = 0; k < x->u.list.nitems; k++)
				scalars &= x->u.list.items[k]->kind != IR_IMPLDO && !sema_rank(x->u.list.items[k]);
			if (scalars) {
				for (int k = 0; k < x->u.list.nitems; k++)
					ir_vec_push(S->a, &cur, x->u.list.items[k]);
				continue;
			}
		}
		if (cur.n) {
			if (last)
				before(S, last);
			last = ir_stmt_new(S->a, IR_PRINT, loc);
			last->u.print.io = s->u.print.io;
			last->u.print.input = s->u.print.input; /* (CHARACTER items of a READ) */
			last->u.print.items = (IrExpr **)cur.v;
			last->u.print.nitems = cur.n;
			cur = (IrVec){0};
		}
		if (!x)
			break;
		materialize(S, &x, S->hoist, NULL);
		Shape sh;
		if (!check_elemental(S, x, 0) || !shape_of(S, x, &sh))
			return;
		Nest N;
		nest_init(S, &N, sh.rank, loc);
		nest_drive_from(S, &N, x, ident);
		IrStmt *p = ir_stmt_new(S->a, IR_PRINT, loc);
		p->u.print.io = s->u.print.io;
		p->u.print.input = s->u.print.input;
		p->u.print.items = ir_alloc(S->a, sizeof *p->u.print.items);
		p->u.print.items[0] = elem(S, x, &N, ident);
		p->u.print.nitems = 1;
		if (last)
			before(S, last);
		last = nest_wrap(S, &N, p, loc);
	}
	sema_become(s, last);
}

/* ---------------------------------------------------------------- sections as actual arguments */

/* A section whose elements are consecutive in storage: whole leading dimensions, then one with
 * stride 1, then scalar subscripts (a(:, j), a(2:n-1), a(:, 2:3)); a whole array. */
int sema_section_contiguous(Sema *S, const IrExpr *e)
{
	if (!e->u.var.nidx)
		return 1;
	View v;
	if (!view_of(S, e, &v))
		return 0;
	const IrSym *a = e->u.var.sym;
	int last = -1;
	for (int d = 0; d < a->rank; d++)
		if (!v.sub[d])
			last = d;
	for (int d = 0; d < a->rank; d++) {
		if (d > last)
			break; /* scalar subscripts after the last triplet */
		if (v.sub[d] || !unit_stride(v.st[d]))
			return 0;
		if (d == last)
			break;
		/* a leading triplet must take the whole dimension */
		const IrExpr *t = e->u.var.idx[d];
		int64_t x;
		IrExpr *one = icon(S, 1, e->loc);
		if (t->u.triplet.lo && !(lin_diff(t->u.triplet.lo, a->dims[d].lo ? a->dims[d].lo : one, &x) && x == 0))
			return 0;
		if (t->u.triplet.hi && !(a->dims[d].hi && lin_diff(t->u.triplet.hi, a->dims[d].hi, &x) && x == 0))
			return 0;
	}
	return 1;
}

/* The first element of a section (what F77 passes for it). */
IrExpr *sema_section_first(Sema *S, const IrExpr *e)
{
	View v;
	view_sure(S, e, &v);
	IrSym *a = e->u.var.sym;
	IrExpr **idx = ir_alloc(S->a, sizeof *idx * (size_t)a->rank);
	for (int d = 0; d < a->rank; d++)
		idx[d] = cp(S, v.sub[d] ? v.sub[d] : v.lo[d]);
	return ir_var(S->a, a, idx, a->rank, e->loc);
}

/* The extent of position p of an array reference (0 when empty). */
IrExpr *sema_section_extent(Sema *S, const IrExpr *e, int p)
{
	Shape sh;
	if (!shape_of(S, (IrExpr *)e, &sh) || p >= sh.rank || !sh.ext[p])
		return icon(S, 0, e->loc);
	return clamp0(S, cp(S, sh.ext[p]), e->loc);
}

static IrStmt *nest_wrap_block(Sema *S, const Nest *N, IrBlock body, IrLoc loc)
{
	IrStmt *s = nest_do(S, N, 0, body, loc);
	for (int j = 1; j < N->rank; j++)
		s = nest_do(S, N, j, one(S, s), loc);
	return s;
}


/* An array expression passed as an actual argument (`call rhs(s + 0.5d0*dt*k1, p, k2)`, `f(a*x)`,
 * `g([1d0, x])`, `h((x))`): evaluated once, before the statement, into a temporary of its shape,
 * which is passed (the callee cannot change the expression, so nothing is copied back). The
 * temporary is an ordinary local: derivatives flow through it. Its extents are the expression's:
 * declared bounds when they are known on entry (an automatic array), else computed before the
 * statement, which allocates the temporary and frees it after the statement (sema_alloc_temp_now).
 * NULL when refused (reported). */
IrExpr *sema_expr_temp(Sema *S, IrExpr *e, const char *base)
{
	IrLoc loc = e->loc;
	Shape sh, raw;
	if (!shape_of(S, e, &sh))
		return NULL;
	int keep = S->stmt;
	S->stmt = 0; /* the declared bounds themselves, as the temporary's declaration evaluates them */
	int entry = shape_of(S, e, &raw);
	S->stmt = keep;
	for (int k = 0; k < sh.rank; k++) {
		if (!sh.ext[k]) {
			ir_error(loc,
			         "the shape of this array expression is not known, so it cannot be passed as an actual "
			         "argument: assign it to an array and pass that");
			return NULL;
		}
		entry = entry && sh.entry[k] && raw.ext[k] && !sema_reads_alloc_bound(raw.ext[k]);
	}
	IrSym *t = sema_new_local(S, ir_sprintf(S->a, "%s_arg", base), e->type, loc);
	t->rank = sh.rank;
	for (int k = 0; k < sh.rank; k++)
		t->dims[k].hi = entry ? raw.ext[k] : clamp0(S, cp(S, sh.ext[k]), loc);
	if (!entry && S->hoist != &S->before) {
		/* evaluated at each test of the condition, but the statement's temporaries are freed once */
		ir_error(loc,
		         "an array expression whose shape is not fixed on entry, as an actual argument in a DO WHILE or "
		         "ELSE IF condition or an implied DO, is not supported: assign it to an array before");
		return NULL;
	}
	if (entry)
		sema_alloc_temp(S, t, loc);
	else
		sema_alloc_temp_now(S, t, loc);
	IrExpr *whole = vref(S, t, loc);
	IrStmt *st = ir_stmt_new(S->a, IR_CONTINUE, loc);
	int nerr = ir_error_count(S->p);
	sema_array_assign(S, st, whole, e, NULL);
	if (ir_error_count(S->p) != nerr)
		return NULL;
	before(S, st);
	return vref(S, t, loc);
}

/* A non-contiguous section passed to a dummy: a temporary holding its elements in order (a
 * rank-1 array as large as the dimensions the section runs along), copied in before the call
 * when `in`, and back into the section after it (into `after`) when `after` is given. The
 * derivative code does the same, since it differentiates these copies. */
IrExpr *sema_section_copy(Sema *S, IrExpr *e, int in, IrBlock *after)
{
	IrLoc loc = e->loc;
	IrSym *a = e->u.var.sym;
	View v;
	Shape sh;
	if (!view_of(S, e, &v) || !shape_of(S, e, &sh))
		return e;
	/* the temporary's size, known on entry: the declared extents along the section's triplets */
	IrExpr *size = NULL;
	for (int p = 0; p < v.rank; p++) {
		int d = v.dim[p];
		IrExpr *ext;
		int64_t c;
		if (a->dims[d].hi) {
			IrExpr *one = icon(S, 1, loc);
			IrExpr *x[3] = {a->dims[d].hi, a->dims[d].lo ? a->dims[d].lo : one, one};
			int sg[3] = {1, -1, 1};
			ext = lin_sum(S, 3, x, sg, loc);
		} else if (sh.ext[p] && const_int(sh.ext[p], &c)) {
			ext = icon(S, c < 0 ? 0 : c, loc);
		} else {
			ir_error(loc,
			         "a non-contiguous section of the assumed-size array '%s' as an actual argument is not "
			         "supported (its size is unknown)",
			         a->name);
			return e;
		}
		size = size ? ir_binop(S->a, IR_MUL, size, ext, loc) : ext;
	}
	IrSym *t = sema_new_local(S, ir_sprintf(S->a, "%s_sec", a->name), a->type, loc);
	t->rank = 1;
	t->dims[0].hi = size;
	sema_alloc_temp(S, t, loc);
	IrExpr *whole = ir_var(S->a, t, NULL, 0, loc);
	if (in) {
		IrExpr *con = ir_alloc(S->a, sizeof *con);
		con->kind = IR_ARRAYCON;
		con->type = a->type;
		con->loc = loc;
		con->u.list.nitems = 1;
		con->u.list.items = ir_alloc(S->a, sizeof *con->u.list.items);
		con->u.list.items[0] = e;
		con_store(S, con, whole, t, S->hoist, loc);
	}
	if (after) {
		/* k = 1; loops over the section: a(...) = t(k); k = k + 1 */
		IrSym *k = sema_new_local(S, "k", TY_INT, loc);
		ir_block_add(S->a, after, ir_assign(S->a, vref(S, k, loc), icon(S, 1, loc), loc));
		Nest N;
		nest_init(S, &N, sh.rank, loc);
		nest_drive_from(S, &N, e, ident);
		IrBlock body = {0};
		IrExpr **ti = ir_alloc(S->a, sizeof *ti);
		ti[0] = vref(S, k, loc);
		ir_block_add(S->a, &body, ir_assign(S->a, elem(S, e, &N, ident), ir_var(S->a, t, ti, 1, loc), loc));
		ir_block_add(
		        S->a, &body,
		        ir_assign(S->a, vref(S, k, loc), ir_binop(S->a, IR_ADD, vref(S, k, loc), icon(S, 1, loc), loc), loc));
		ir_block_add(S->a, after, nest_wrap_block(S, &N, body, loc));
	}
	return whole;
}

/* ---------------------------------------------------------------- elemental procedures on arrays */

/* Can f be applied elementally to arrays here: every dummy a scalar without hidden arguments
 * (no CHARACTER, OPTIONAL, ALLOCATABLE), and the actuals of its types? Reports (0). */
static int elemental_actuals(const IrUnit *f, IrExpr *const *args, int nargs, IrLoc loc)
{
	int nuser = 0;
	for (int k = 0; k < f->nargs; k++)
		nuser += !f->args[k] || (!f->args[k]->extent_of && !f->args[k]->len_of && !f->args[k]->alloc_of);
	if (nargs != nuser || nargs != f->nargs) {
		if (nargs != nuser)
			ir_error(loc, "'%s' takes %d argument%s but %d %s given", f->name, nuser, nuser == 1 ? "" : "s", nargs,
			         nargs == 1 ? "is" : "are");
		else
			ir_error(loc,
			         "'%s' is ELEMENTAL with a CHARACTER or ALLOCATABLE dummy: applying it to arrays is not "
			         "supported; call it on each element in a DO loop",
			         f->name);
		return 0;
	}
	for (int k = 0; k < nargs; k++) {
		const IrSym *d = f->args[k];
		const IrExpr *a = args[k];
		if (!d || d->rank || d->type == TY_CHAR || d->optional || d->allocatable || a->type == TY_CHAR ||
		    (a->kind == IR_VAR && a->u.var.sym->absent)) {
			ir_error(a->loc,
			         "argument %d of '%s': an ELEMENTAL procedure is applied to arrays here, which is supported "
			         "with scalar dummies of numeric or LOGICAL type, all given; call it on each element in a "
			         "DO loop",
			         k + 1, f->name);
			return 0;
		}
		if (a->type != d->type) {
			ir_error(a->loc, "argument %d of '%s' is %s, but the dummy '%s' is %s", k + 1, f->name,
			         ir_base_name(a->type), d->name, ir_base_name(d->type));
			return 0;
		}
	}
	return 1;
}

/* The common shape of the actuals of an elemental reference (what: how errors name it). */
static int elemental_shape(Sema *S, IrExpr *const *args, int nargs, const char *what, Shape *sh)
{
	memset(sh, 0, sizeof *sh);
	for (int k = 0; k < nargs; k++) {
		Shape x;
		if (!check_elemental(S, args[k], 0) || !shape_of(S, args[k], &x) || !shape_join(sh, &x, what, args[k]->loc))
			return 0;
	}
	return 1;
}

IrExpr *sema_elemental_fcall(Sema *S, IrUnit *f, IrExpr **args, int nargs, IrLoc loc)
{
	Shape sh;
	if (!elemental_actuals(f, args, nargs, loc) ||
	    !elemental_shape(S, args, nargs, ir_sprintf(S->a, "the ELEMENTAL function '%s'", f->name), &sh))
		return NULL;
	IrExpr *c = ir_alloc(S->a, sizeof *c);
	c->kind = IR_FCALL;
	c->loc = loc;
	c->u.call.callee = f;
	c->u.call.name = f->name;
	c->u.call.args = args;
	c->u.call.nargs = nargs;
	c->type = f->result ? f->result->type : ir_default_real;
	return c;
}

/* Does e read the symbol v (anywhere, subscripts too)? */
static int reads_sym(const IrExpr *e, const IrSym *v)
{
	if (!e)
		return 0;
	switch (e->kind) {
	case IR_VAR:
		if (e->u.var.sym == v)
			return 1;
		for (int i = 0; i < e->u.var.nidx; i++)
			if (reads_sym(e->u.var.idx[i], v))
				return 1;
		return 0;
	case IR_TRIPLET: return reads_sym(e->u.triplet.lo, v) || reads_sym(e->u.triplet.hi, v) || reads_sym(e->u.triplet.st, v);
	case IR_UNARY:
	case IR_BINARY: return reads_sym(e->u.op.a, v) || reads_sym(e->u.op.b, v);
	case IR_CONVERT: return reads_sym(e->u.conv.e, v);
	case IR_FCALL:
	case IR_INTRIN:
		for (int i = 0; i < e->u.call.nargs; i++)
			if (reads_sym(e->u.call.args[i], v))
				return 1;
		return 0;
	default: return 0;
	}
}

int sema_elemental_call(Sema *S, IrStmt *s, IrUnit *f)
{
	IrExpr **args = s->u.call.args;
	int nargs = s->u.call.nargs;
	int array = 0;
	for (int k = 0; k < nargs; k++)
		array |= sema_rank(args[k]) > 0;
	if (!array)
		return 0;
	IrLoc loc = s->loc;
	Shape sh;
	if (!elemental_actuals(f, args, nargs, loc))
		return 1;
	for (int k = 0; k < nargs; k++)
		materialize(S, &args[k], S->hoist, NULL);
	if (!elemental_shape(S, args, nargs, ir_sprintf(S->a, "the ELEMENTAL subroutine '%s'", f->name), &sh))
		return 1;
	/* what the calls write: arrays (Fortran: every INTENT(OUT/INOUT) actual has the shape); an
	 * expression or a scalar is a value computed before the first call, so one that reads an
	 * array written is computed before the nest (into a temporary, or read once); sections are
	 * the variables themselves, read in array element order as the calls go */
	for (int k = 0; k < nargs; k++) {
		const IrSym *d = f->args[k];
		if (!(d->intent & INTENT_OUT))
			continue;
		if (!is_array_ref(args[k])) {
			ir_error(args[k]->loc,
			         "argument %d of '%s': the INTENT(%s) dummy '%s' of an ELEMENTAL subroutine called on arrays "
			         "needs an array of their shape",
			         k + 1, f->name, d->intent == INTENT_OUT ? "OUT" : "INOUT", d->name);
			return 1;
		}
		IrSym *w = args[k]->u.var.sym;
		for (int i = 0; i < nargs; i++) {
			if (i == k)
				continue;
			if (!sema_rank(args[i])) {
				args[i] = hoist_reads(S, args[i], w);
				continue;
			}
			if (!is_array_ref(args[i]) && reads_sym(args[i], w)) {
				/* an expression is a value computed before the calls (`call upd(u, 2*u)`): into a
				 * temporary like w, at the elements args[k] writes */
				if (!w->dims[w->rank - 1].hi) {
					ir_error(
					        args[i]->loc,
					        "argument %d of '%s': this expression reads '%s', which the calls write and which "
					        "has assumed size, so no temporary can hold it: assign it to an array first",
					        i + 1, f->name, w->name);
					return 1;
				}
				IrSym *t = temp_like(S, w, args[i]->type, args[i]->loc);
				IrExpr *at = cp(S, args[k]);
				at->u.var.sym = t;
				at->type = t->type;
				IrStmt *fill = ir_assign(S->a, at, args[i], args[i]->loc);
				sema_array_assign(S, fill, cp(S, at), args[i], NULL);
				before(S, fill);
				args[i] = cp(S, at);
			}
		}
	}
	for (int k = 0; k < nargs; k++)
		if (!sema_rank(args[k]) && args[k]->kind != IR_VAR && ir_expr_calls(args[k]))
			args[k] = sema_value_before(S, args[k], "arg");
	Nest N;
	nest_init(S, &N, sh.rank, loc);
	for (int k = 0; k < nargs; k++)
		nest_drive_from(S, &N, args[k], ident);
	IrStmt *c = ir_stmt_new(S->a, IR_CALL, loc);
	c->u.call.name = f->name;
	c->u.call.callee = f;
	c->u.call.site = -1;
	c->u.call.nargs = nargs;
	c->u.call.args = ir_alloc(S->a, sizeof *c->u.call.args * (size_t)(nargs + 1));
	for (int k = 0; k < nargs; k++)
		c->u.call.args[k] = elem(S, args[k], &N, ident);
	sema_bind_actuals(S, f, &c->u.call.args, &c->u.call.nargs, loc, &S->after);
	sema_become(s, nest_wrap(S, &N, c, loc));
	return 1;
}
