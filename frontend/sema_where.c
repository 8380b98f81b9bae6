/*
 * sema_where.c — WHERE constructs, lowered to masked array assignments before anything else
 * in sema sees them.
 *
 * The builder gives a WHERE construct as an IF marked `where` (build.c): its conditions are the
 * masks of WHERE and each ELSEWHERE (mask), its else block the plain ELSEWHERE. An element takes
 * the first branch whose mask holds, as an IF would, so the assignments of branch k are done
 * where `.not. m1 .and. ... .not. m(k-1) .and. mk` holds (the else block: where no mask holds).
 *
 * Fortran evaluates each mask once: WHERE's before any assignment of the construct, an
 * ELSEWHERE's after the assignments before it. A mask that reads a variable the construct
 * assigns (or calls a function, or that cannot be told apart from a call) is therefore stored
 * into a LOGICAL temporary at its place in the sequence; a temporary shaped like the first array
 * assigned and filled at its subscripts (the masks conform to every assignment). Every other
 * mask is evaluated in the loops, element by element: nothing the construct does can change
 * it. One exception keeps the common `where (a > 0) a = sqrt(a)` free of temporaries: with a
 * single assignment and a mask that reads the array assigned only at the very subscripts
 * assigned, each element's mask is read in the iteration that stores that element, before it
 * stores it.
 *
 * The construct becomes a sequence of statements — mask temporaries and assignments carrying
 * their mask (IrStmt.u.assign.mask) — resolved one by one like any other statements, so that
 * each assignment's reductions (`b = a / sum(a)`) are evaluated at its place, after the
 * assignments before it. sema_array.c's assign_elemental then guards each element's store
 * with the mask; the derivative passes see only loops of IFs.
 */
#include "sema_int.h"

#include <string.h>

/* The variable an unresolved reference names (its root for a component). */
static const char *ref_root(const IrExpr *e)
{
	while (e && e->kind == IR_COMPONENT)
		e = e->u.comp.base;
	if (e && e->kind == IR_REF)
		return e->u.ref.name;
	if (e && e->kind == IR_VAR)
		return e->u.var.sym->name;
	return NULL;
}

typedef struct Names {
	const char **v;
	int n;
} Names;

static int in_names(const Names *N, const char *name)
{
	for (int i = 0; name && i < N->n; i++)
		if (!strcmp(N->v[i], name))
			return 1;
	return 0;
}

/* What a mask does that forbids evaluating it element by element in the loops: reading a
 * variable in N (1), calling what may be a function (2). */
static int mask_hazard(Sema *S, const IrExpr *e, const Names *N)
{
	if (!e)
		return 0;
	int h = 0;
	switch (e->kind) {
	case IR_REF: {
		if (in_names(N, e->u.ref.name))
			h |= 1;
		if (e->u.ref.has_parens) {
			IrSym *sym = sema_lookup(S, S->unit, e->u.ref.name);
			int array = sym && sym->rank > 0;
			int intrinsic = ir_intrinsic_lookup(e->u.ref.name) != INTR_NONE &&
			        !sema_find_proc(S, S->unit, e->u.ref.name) && !(sym && sym->kind == SYM_PROC);
			if (!array && !intrinsic)
				h |= 2;
		}
		for (int i = 0; i < e->u.ref.nargs; i++)
			h |= mask_hazard(S, e->u.ref.args[i], N);
		return h;
	}
	case IR_COMPONENT:
		if (in_names(N, ref_root(e)))
			h |= 1;
		for (int i = 0; i < e->u.comp.nargs; i++)
			h |= mask_hazard(S, e->u.comp.args[i], N);
		return h | mask_hazard(S, e->u.comp.base, N);
	case IR_VAR:
		if (in_names(N, e->u.var.sym->name))
			h |= 1;
		for (int i = 0; i < e->u.var.nidx; i++)
			h |= mask_hazard(S, e->u.var.idx[i], N);
		return h;
	case IR_UNARY:
	case IR_BINARY: return mask_hazard(S, e->u.op.a, N) | mask_hazard(S, e->u.op.b, N);
	case IR_CONVERT: return mask_hazard(S, e->u.conv.e, N);
	case IR_KEYWORD: return mask_hazard(S, e->u.kw.e, N);
	case IR_TRIPLET:
		return mask_hazard(S, e->u.triplet.lo, N) | mask_hazard(S, e->u.triplet.hi, N) |
		        mask_hazard(S, e->u.triplet.st, N);
	case IR_ARRAYCON:
	case IR_IMPLDO:
		for (int i = 0; i < e->u.list.nitems; i++)
			h |= mask_hazard(S, e->u.list.items[i], N);
		return h | mask_hazard(S, e->u.list.lo, N) | mask_hazard(S, e->u.list.hi, N) | mask_hazard(S, e->u.list.st, N);
	case IR_INTRIN:
	case IR_FCALL:
		for (int i = 0; i < e->u.call.nargs; i++)
			h |= mask_hazard(S, e->u.call.args[i], N);
		return h | (e->kind == IR_FCALL ? 2 : 0);
	default: return 0;
	}
}

/* x and y are written the same (unresolved references compared by name). */
static int same(const IrExpr *x, const IrExpr *y)
{
	if (!x || !y)
		return x == y;
	if (x->kind != y->kind)
		return 0;
	switch (x->kind) {
	case IR_REF:
		if (strcmp(x->u.ref.name, y->u.ref.name) || x->u.ref.has_parens != y->u.ref.has_parens ||
		    x->u.ref.nargs != y->u.ref.nargs)
			return 0;
		for (int i = 0; i < x->u.ref.nargs; i++)
			if (!same(x->u.ref.args[i], y->u.ref.args[i]))
				return 0;
		return 1;
	case IR_TRIPLET:
		return same(x->u.triplet.lo, y->u.triplet.lo) && same(x->u.triplet.hi, y->u.triplet.hi) &&
		        same(x->u.triplet.st, y->u.triplet.st);
	case IR_UNARY:
	case IR_BINARY: return x->u.op.op == y->u.op.op && same(x->u.op.a, y->u.op.a) && same(x->u.op.b, y->u.op.b);
	default: return ir_expr_equal(x, y);
	}
}

/* Every reference to `name` in e is exactly `lhs` (written the same, its subscripts not reading
 * `name`); lhs NULL: e does not read `name`. */
static int reads_only_at(const IrExpr *e, const char *name, const IrExpr *lhs)
{
	if (!e)
		return 1;
	switch (e->kind) {
	case IR_REF:
		if (!strcmp(e->u.ref.name, name) && (!lhs || !same(e, lhs)))
			return 0;
		for (int i = 0; i < e->u.ref.nargs; i++)
			if (!reads_only_at(e->u.ref.args[i], name, NULL))
				return 0;
		return 1;
	case IR_TRIPLET:
		return reads_only_at(e->u.triplet.lo, name, NULL) && reads_only_at(e->u.triplet.hi, name, NULL) &&
		        reads_only_at(e->u.triplet.st, name, NULL);
	case IR_UNARY:
	case IR_BINARY: return reads_only_at(e->u.op.a, name, lhs) && reads_only_at(e->u.op.b, name, lhs);
	case IR_CONST_INT:
	case IR_CONST_REAL:
	case IR_CONST_LOG: return 1;
	default: return 0; /* anything else: not sure */
	}
}

static IrExpr *land(Sema *S, IrExpr *x, IrExpr *y, IrLoc loc)
{
	return x ? ir_binop(S->a, IR_AND, x, y, loc) : y;
}

void sema_where(Sema *S, IrStmt *s)
{
	int nb = s->u.if_.ncond + 1; /* the branches; the last the else block */
	IrBlock *blocks = ir_alloc(S->a, sizeof *blocks * (size_t)nb);
	for (int k = 0; k < s->u.if_.ncond; k++)
		blocks[k] = s->u.if_.blocks[k];
	blocks[nb - 1] = s->u.if_.else_;

	/* only array assignments; the names they assign */
	Names N = {0};
	IrExpr *lhs0 = NULL;
	int nassign = 0, bad = 0;
	for (int k = 0; k < nb; k++)
		N.n += blocks[k].n;
	N.v = ir_alloc(S->a, sizeof *N.v * (size_t)(N.n + 1));
	N.n = 0;
	for (int k = 0; k < nb; k++)
		for (int i = 0; i < blocks[k].n; i++) {
			IrStmt *t = blocks[k].v[i];
			if (t->kind == IR_IF && t->u.if_.where) {
				ir_error(t->loc,
				         "a WHERE inside a WHERE is not supported: combine the masks with .and. in one WHERE");
				bad = 1;
			} else if (t->kind != IR_ASSIGN) {
				ir_error(t->loc, "only array assignments can be inside WHERE");
				bad = 1;
			} else if (t->label) {
				ir_error(t->loc, "a statement inside WHERE cannot have a label");
				bad = 1;
			} else {
				const char *name = ref_root(t->u.assign.lhs);
				if (name)
					N.v[N.n++] = name;
				if (!lhs0)
					lhs0 = t->u.assign.lhs;
				nassign++;
			}
		}
	if (bad)
		return;

	/* masks: in the loops or through a temporary (see the top comment) */
	IrExpr **mask = ir_alloc(S->a, sizeof *mask * (size_t)nb);
	IrStmt **fill = ir_alloc(S->a, sizeof *fill * (size_t)nb);
	for (int k = 0; k + 1 < nb; k++) {
		IrExpr *m = s->u.if_.conds[k];
		mask[k] = m;
		fill[k] = NULL;
		int h = mask_hazard(S, m, &N);
		if (!h || !lhs0)
			continue;
		if (h == 1 && nassign == 1 && nb == 2 && lhs0->kind == IR_REF && reads_only_at(m, lhs0->u.ref.name, lhs0))
			continue;
		IrSym *a = sema_lookup(S, S->unit, ref_root(lhs0));
		if (!a || a->rank == 0 || lhs0->kind != IR_REF) {
			ir_error(lhs0->loc, "the variable assigned inside WHERE must be an array");
			return;
		}
		if (!a->dims[a->rank - 1].hi) {
			ir_error(m->loc,
			         "this mask reads what the WHERE assigns, so it is evaluated into a temporary shaped like "
			         "'%s', which has assumed size: write a DO loop",
			         a->name);
			return;
		}
		for (int i = 0; i < lhs0->u.ref.nargs; i++)
			if (mask_hazard(S, lhs0->u.ref.args[i], &N)) {
				ir_error(lhs0->u.ref.args[i]->loc,
				         "a subscript of the first array assigned inside WHERE reads what the WHERE assigns; "
				         "write a DO loop");
				return;
			}
		IrSym *t = sema_new_local(S, "mask", TY_LOGICAL, m->loc);
		t->rank = a->rank;
		for (int d = 0; d < a->rank; d++) {
			t->dims[d].lo = a->dims[d].lo ? ir_expr_copy(S->a, a->dims[d].lo) : NULL;
			t->dims[d].hi = ir_expr_copy(S->a, a->dims[d].hi);
		}
		IrExpr *at = ir_expr_copy(S->a, lhs0);
		at->u.ref.name = t->name;
		fill[k] = ir_assign(S->a, at, m, m->loc);
		fill[k]->u.assign.mask_fill = 1;
		mask[k] = ir_expr_copy(S->a, at);
	}

	/* the sequence: each mask temporary at its place, each assignment with its mask */
	IrBlock seq = {0};
	IrExpr *none = NULL; /* .not. m1 .and. ... for the masks passed */
	for (int k = 0; k < nb; k++) {
		IrExpr *ctl;
		if (k + 1 < nb) {
			if (fill[k])
				ir_block_add(S->a, &seq, fill[k]);
			ctl = none ? land(S, ir_expr_copy(S->a, none), mask[k], mask[k]->loc) : mask[k];
			IrExpr *neg = ir_unop(S->a, IR_NOT, ir_expr_copy(S->a, mask[k]), mask[k]->loc);
			none = land(S, none, neg, mask[k]->loc);
		} else
			ctl = none;
		for (int i = 0; i < blocks[k].n; i++) {
			IrStmt *t = blocks[k].v[i];
			t->u.assign.mask = ir_expr_copy(S->a, ctl);
			ir_block_add(S->a, &seq, t);
		}
	}
	sema_resolve_block(S, &seq);
	if (!seq.n) {
		IrStmt *c = ir_stmt_new(S->a, IR_CONTINUE, s->loc);
		c->label = s->label;
		c->dirs = s->dirs;
		c->ndirs = s->ndirs;
		*s = *c;
		return;
	}
	for (int i = 0; i + 1 < seq.n; i++)
		ir_block_add(S->a, S->hoist, seq.v[i]);
	IrStmt *last = seq.v[seq.n - 1];
	int label = s->label;
	IrDirective **dirs = s->dirs;
	int ndirs = s->ndirs;
	*s = *last;
	s->label = label;
	s->dirs = dirs;
	s->ndirs = ndirs;
}
