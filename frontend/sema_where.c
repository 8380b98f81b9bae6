/*
 * sema_where.c — WHERE constructs, lowered to masked array assignments, and FORALL, lowered to
 * loops (see the FORALL section below), before anything else
 * in sema sees them.
 *
 * The builder gives a WHERE construct as an IF marked `where` (build.c): its conditions are the
 * masks of WHERE and each ELSEWHERE (mask), its else block the plain ELSEWHERE. An element takes
 * the first branch whose mask holds, as an IF would, so the assignments of branch k are done
 * where `.not. m1 .and. ... .not. m(k-1) .and. mk` holds (the else block: where no mask holds).
 *
 * Fortran evaluates each mask once: WHERE's before any assignment of the construct, an
 * ELSEWHERE's after the assignments before it. A mask that reads a variable the construct
 * assigns (or calls a function, or that cannot be told apart from a call; or every mask, when
 * an assignment may call a function, which may change what they read) is therefore stored
 * into a LOGICAL temporary at its place in the sequence, shaped like the mask (sema_mask_fill:
 * the shape must be known on entry, as for MATMUL inside an expression). Every other
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
		if (e->u.list.ido)
			h |= mask_hazard(S, e->u.list.ido->lo, N) | mask_hazard(S, e->u.list.ido->hi, N) |
			        mask_hazard(S, e->u.list.ido->st, N);
		return h;
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
	case IR_REF: {
		int self = !strcmp(e->u.ref.name, name);
		if (self && (!lhs || !same(e, lhs)))
			return 0;
		/* the subscripts of the element assigned must not read it; other references' arguments
		 * may read it where it is assigned */
		for (int i = 0; i < e->u.ref.nargs; i++)
			if (!reads_only_at(e->u.ref.args[i], name, self ? NULL : lhs))
				return 0;
		return 1;
	}
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

/* s becomes the statements of seq (resolved): the last in its place (keeping its label and
 * directives), the others before it. */
static void splice(Sema *S, IrStmt *s, IrBlock *seq)
{
	IrStmt *last = seq->n ? seq->v[seq->n - 1] : ir_stmt_new(S->a, IR_CONTINUE, s->loc);
	for (int i = 0; i + 1 < seq->n; i++)
		ir_block_add(S->a, S->hoist, seq->v[i]);
	sema_become(s, last);
}

/* ---------------------------------------------------------------- fusion
 *
 * A construct whose statements all go element by element over one index space is lowered to
 * one loop nest instead: per element, the masks in order and the assignments of the first
 * branch whose mask holds, as an IF / ELSE IF / ELSE would (the loop form a person writes).
 * That is the construct's meaning when every array reference (masks included) is at the
 * element of the loops — each reference maps the loops' positions the same way: whole arrays
 * with the same declared bounds, or sections with the same triplets written the same — and each
 * array the construct assigns is referenced only as written where it is assigned: element e of
 * a mask or a right-hand side then reads only what the statements before it stored at e, which
 * is what the statement-by-statement order gives. Only elemental intrinsics are called (a
 * function, or a reduction, keeps the lowering above); no EQUIVALENCE in the unit (it could
 * make two names one storage). Anything else — including a conformance error — goes the
 * statement-by-statement way, which checks and reports it. */

/* One position of the index space: dimension `d` of `sym` over a triplet (t) or all of it. */
typedef struct Pos {
	IrSym *sym;
	int d;
	const IrExpr *t; /* NULL: the whole dimension (declared bounds) */
} Pos;

typedef struct Fuse {
	Sema *S;
	const Names *N;         /* the arrays assigned */
	const IrExpr **first;   /* per name of N: its first reference (all must be written so) */
	int rank;               /* -1 until the first array reference sets the index space */
	Pos key[IR_MAX_RANK];   /* the index space */
	IrSym *iv[IR_MAX_RANK]; /* its loop variables */
	int arrays;             /* array references rewritten in the current expression */
	int ok;
} Fuse;

static int is_elemental_intrinsic(Sema *S, const char *name)
{
	IrIntrinsic id = ir_intrinsic_lookup(name);
	if (id == INTR_NONE || sema_find_proc(S, S->unit, name) || sema_lookup(S, S->unit, name))
		return 0;
	int at = ir_intrinsics[id].argtype;
	return at != AT_ARRAY && at != AT_CHAR && !ir_intrinsic_impure(id) && strncmp(name, "stad_", 5) != 0;
}

static int fusable_type(const IrSym *a)
{
	return a->type == TY_INT || a->type == TY_INT8 || a->type == TY_REAL4 || a->type == TY_REAL8 || a->type == TY_LOGICAL;
}

static int same_bound(const IrExpr *x, const IrExpr *y) /* declared bounds; NULL lo: 1 */
{
	int64_t cx = 1, cy = 1;
	if (!x || !y)
		return (!x || (x->kind == IR_CONST_INT && (cx = x->u.ival, 1))) &&
		        (!y || (y->kind == IR_CONST_INT && (cy = y->u.ival, 1))) && cx == cy;
	return ir_expr_equal(x, y);
}

static int same_pos(const Pos *p, const Pos *q)
{
	if (!p->t != !q->t)
		return 0;
	if (!p->t)
		return p->sym->dims[p->d].hi && q->sym->dims[q->d].hi &&
		        same_bound(p->sym->dims[p->d].lo, q->sym->dims[q->d].lo) &&
		        same_bound(p->sym->dims[p->d].hi, q->sym->dims[q->d].hi);
	const IrExpr *a = p->t, *b = q->t;
	/* an omitted bound is the declared one: the same only for the same array and dimension */
	if ((!a->u.triplet.lo || !b->u.triplet.lo || !a->u.triplet.hi || !b->u.triplet.hi) && (p->sym != q->sym || p->d != q->d))
		return 0;
	return same(a->u.triplet.lo, b->u.triplet.lo) && same(a->u.triplet.hi, b->u.triplet.hi) &&
	        same(a->u.triplet.st, b->u.triplet.st);
}

/* e reads no array but at elements with scalar subscripts, nothing the construct assigns, and
 * calls only elemental intrinsics. */
static int fuse_scalar(Fuse *F, const IrExpr *e)
{
	if (!e)
		return 1;
	switch (e->kind) {
	case IR_CONST_INT:
	case IR_CONST_REAL:
	case IR_CONST_LOG: return 1;
	case IR_UNARY:
	case IR_BINARY: return fuse_scalar(F, e->u.op.a) && fuse_scalar(F, e->u.op.b);
	case IR_REF: {
		if (in_names(F->N, e->u.ref.name))
			return 0;
		IrSym *a = sema_lookup(F->S, F->S->unit, e->u.ref.name);
		if (!e->u.ref.has_parens)
			return !a || (a->rank == 0 && a->kind != SYM_PROC && (a->type != TY_NONE && a->type != TY_CHAR));
		int array = a && a->rank > 0 && a->kind != SYM_PROC;
		if (array && e->u.ref.nargs != a->rank)
			return 0;
		if (!array && !is_elemental_intrinsic(F->S, e->u.ref.name))
			return 0;
		for (int i = 0; i < e->u.ref.nargs; i++) {
			const IrExpr *x = e->u.ref.args[i];
			if (x->kind == IR_KEYWORD && !array)
				x = x->u.kw.e;
			if (x->kind == IR_TRIPLET || !fuse_scalar(F, x))
				return 0;
		}
		return 1;
	}
	default: return 0;
	}
}

/* The reference e of the array a at the loops' element: checks that it maps the index space as
 * the first reference did, and gives a(i1, ..., s, ..., ir). */
static IrExpr *fuse_array(Fuse *F, const IrExpr *e, IrSym *a)
{
	Sema *S = F->S;
	Pos pos[IR_MAX_RANK];
	int r = 0;
	if (!fusable_type(a) || !a->dims[a->rank - 1].hi) {
		F->ok = 0;
		return NULL;
	}
	if (!e->u.ref.has_parens)
		for (int d = 0; d < a->rank; d++)
			pos[r++] = (Pos){a, d, NULL};
	else {
		if (e->u.ref.nargs != a->rank) {
			F->ok = 0;
			return NULL;
		}
		for (int d = 0; d < a->rank; d++) {
			const IrExpr *x = e->u.ref.args[d];
			if (x->kind == IR_TRIPLET) {
				if (!fuse_scalar(F, x->u.triplet.lo) || !fuse_scalar(F, x->u.triplet.hi) ||
				    !fuse_scalar(F, x->u.triplet.st)) {
					F->ok = 0;
					return NULL;
				}
				pos[r++] = (Pos){a, d, (x->u.triplet.lo || x->u.triplet.hi || x->u.triplet.st) ? x : NULL};
			} else if (!fuse_scalar(F, x)) {
				F->ok = 0;
				return NULL;
			}
		}
	}
	if (F->rank < 0) {
		F->rank = r;
		for (int p = 0; p < r; p++) {
			F->key[p] = pos[p];
			F->iv[p] = sema_new_local(S, "i", TY_INT, e->loc);
		}
	}
	if (r != F->rank) {
		F->ok = 0;
		return NULL;
	}
	for (int p = 0; p < r; p++)
		if (!same_pos(&F->key[p], &pos[p])) {
			F->ok = 0;
			return NULL;
		}
	F->arrays++;
	IrExpr **args = ir_alloc(S->a, sizeof *args * (size_t)a->rank);
	for (int d = 0, p = 0; d < a->rank; d++) {
		const IrExpr *x = e->u.ref.has_parens ? e->u.ref.args[d] : NULL;
		if (!x || x->kind == IR_TRIPLET) {
			args[d] = ir_ref(S->a, F->iv[p]->name, NULL, 0, 0, e->loc);
			p++;
		} else
			args[d] = ir_expr_copy(S->a, x);
	}
	return ir_ref(S->a, a->name, args, a->rank, 1, e->loc);
}

/* e at the loops' element (F->ok 0 when it cannot be). */
static IrExpr *fuse_expr(Fuse *F, const IrExpr *e)
{
	Sema *S = F->S;
	if (!F->ok || !e)
		return NULL;
	switch (e->kind) {
	case IR_CONST_INT:
	case IR_CONST_REAL:
	case IR_CONST_LOG: return ir_expr_copy(S->a, e);
	case IR_UNARY:
	case IR_BINARY: {
		IrExpr *x = ir_expr_copy(S->a, e);
		x->u.op.a = fuse_expr(F, e->u.op.a);
		x->u.op.b = e->u.op.b ? fuse_expr(F, e->u.op.b) : NULL;
		return x;
	}
	case IR_REF: {
		IrSym *a = sema_lookup(S, S->unit, e->u.ref.name);
		int array = a && a->rank > 0 && a->kind != SYM_PROC;
		int section = !e->u.ref.has_parens;
		for (int i = 0; array && i < e->u.ref.nargs; i++)
			section |= e->u.ref.args[i]->kind == IR_TRIPLET;
		if (array && section) {
			/* an array the construct assigns: only ever written as it first was */
			int k = -1;
			for (int i = 0; i < F->N->n; i++)
				if (!strcmp(F->N->v[i], a->name))
					k = i;
			if (k >= 0) {
				if (!F->first[k])
					F->first[k] = e;
				else if (!same(F->first[k], e)) {
					F->ok = 0;
					return NULL;
				}
			}
			return fuse_array(F, e, a);
		}
		if (array || !e->u.ref.has_parens) { /* an element or a scalar */
			if (!fuse_scalar(F, e))
				F->ok = 0;
			return ir_expr_copy(S->a, e);
		}
		if (!is_elemental_intrinsic(S, e->u.ref.name)) {
			F->ok = 0;
			return NULL;
		}
		IrExpr *x = ir_expr_copy(S->a, e);
		for (int i = 0; i < e->u.ref.nargs; i++) {
			const IrExpr *y = e->u.ref.args[i];
			if (y->kind == IR_KEYWORD) {
				x->u.ref.args[i] = ir_expr_copy(S->a, y);
				x->u.ref.args[i]->u.kw.e = fuse_expr(F, y->u.kw.e);
			} else
				x->u.ref.args[i] = fuse_expr(F, y);
		}
		return x;
	}
	default: F->ok = 0; return NULL;
	}
}

/* The construct as one loop nest (see above), or NULL when it must go statement by statement. */
static IrStmt *where_fused(Sema *S, IrStmt *s, IrBlock *blocks, int nb, const Names *N)
{
	if (sema_has_equivalence(S))
		return NULL;
	if (sema_lookup(S, S->unit, "lbound") || sema_lookup(S, S->unit, "ubound") || sema_find_proc(S, S->unit, "lbound") ||
	    sema_find_proc(S, S->unit, "ubound"))
		return NULL;
	Fuse F = {S, N, NULL, -1, {{0}}, {0}, 0, 1};
	F.first = ir_alloc(S->a, sizeof *F.first * (size_t)(N->n + 1));
	IrStmt *ifs = ir_stmt_new(S->a, IR_IF, s->loc);
	ifs->u.if_.ncond = nb - 1;
	ifs->u.if_.has_else = blocks[nb - 1].n > 0;
	ifs->u.if_.from_where = 1;
	ifs->u.if_.conds = ir_alloc(S->a, sizeof(IrExpr *) * (size_t)nb);
	ifs->u.if_.blocks = ir_alloc(S->a, sizeof(IrBlock) * (size_t)nb);
	/* the first assignment's left side first: it sets the index space */
	for (int k = 0; k < nb && F.ok; k++)
		for (int i = 0; i < blocks[k].n && F.ok; i++) {
			IrStmt *t = blocks[k].v[i];
			F.arrays = 0;
			IrExpr *l = fuse_expr(&F, t->u.assign.lhs);
			if (!F.ok || !F.arrays || t->u.assign.lhs->kind != IR_REF)
				return NULL;
			IrExpr *r = fuse_expr(&F, t->u.assign.rhs);
			if (!F.ok)
				return NULL;
			IrStmt *x = ir_assign(S->a, l, r, t->loc);
			ir_block_add(S->a, k + 1 < nb ? &ifs->u.if_.blocks[k] : &ifs->u.if_.else_, x);
		}
	for (int k = 0; k + 1 < nb && F.ok; k++) {
		F.arrays = 0;
		ifs->u.if_.conds[k] = fuse_expr(&F, s->u.if_.conds[k]);
		if (!F.ok || !F.arrays)
			return NULL;
	}
	if (!F.ok || F.rank <= 0)
		return NULL;
	/* the loops, the first dimension innermost, over the index space */
	IrStmt *nest = ifs;
	for (int p = 0; p < F.rank; p++) {
		const Pos *q = &F.key[p];
		IrLoc loc = s->loc;
		IrExpr *lo = q->t ? q->t->u.triplet.lo : NULL, *hi = q->t ? q->t->u.triplet.hi : NULL;
		IrExpr *st = q->t ? q->t->u.triplet.st : NULL;
		IrExpr *bnd[2];
		for (int j = 0; j < 2; j++) {
			IrExpr **args = ir_alloc(S->a, sizeof *args * 2);
			args[0] = ir_ref(S->a, q->sym->name, NULL, 0, 0, loc);
			args[1] = ir_int(S->a, q->d + 1, loc);
			bnd[j] = ir_ref(S->a, j ? "ubound" : "lbound", args, 2, 1, loc);
		}
		IrStmt *d = ir_stmt_new(S->a, IR_DO, loc);
		d->u.do_.var = ir_ref(S->a, F.iv[p]->name, NULL, 0, 0, loc);
		d->u.do_.lo = lo ? ir_expr_copy(S->a, lo) : bnd[0];
		d->u.do_.hi = hi ? ir_expr_copy(S->a, hi) : bnd[1];
		d->u.do_.step = st ? ir_expr_copy(S->a, st) : NULL;
		ir_block_add(S->a, &d->u.do_.body, nest);
		nest = d;
	}
	return nest;
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

	IrStmt *fused = nassign ? where_fused(S, s, blocks, nb, &N) : NULL;
	if (fused) {
		IrBlock seq = {0};
		ir_block_add(S->a, &seq, fused);
		sema_resolve_block(S, &seq);
		splice(S, s, &seq);
		return;
	}

	/* a function the assignments call may change what a mask reads: every mask is stored then */
	Names nothing = {0};
	int calls = 0;
	for (int k = 0; k < nb; k++)
		for (int i = 0; i < blocks[k].n; i++) {
			IrStmt *t = blocks[k].v[i];
			calls |= (mask_hazard(S, t->u.assign.lhs, &nothing) | mask_hazard(S, t->u.assign.rhs, &nothing)) & 2;
		}

	/* masks: in the loops or through a temporary (see the top comment) */
	IrExpr **mask = ir_alloc(S->a, sizeof *mask * (size_t)nb);
	IrStmt **fill = ir_alloc(S->a, sizeof *fill * (size_t)nb);
	for (int k = 0; k + 1 < nb; k++) {
		IrExpr *m = s->u.if_.conds[k];
		mask[k] = m;
		fill[k] = NULL;
		int h = mask_hazard(S, m, &N) | calls;
		if (!h || !lhs0)
			continue;
		if (h == 1 && nassign == 1 && nb == 2 && lhs0->kind == IR_REF && reads_only_at(m, lhs0->u.ref.name, lhs0))
			continue;
		IrSym *t = sema_new_local(S, "mask", TY_LOGICAL, m->loc);
		IrSym *a = lhs0->kind == IR_REF ? sema_lookup(S, S->unit, lhs0->u.ref.name) : NULL;
		int like = a && a->rank > 0 && a->dims[a->rank - 1].hi && !a->allocatable; /* an allocatable's
		                                                  bounds are set by ALLOCATE, not known on entry */
		for (int i = 0; like && i < lhs0->u.ref.nargs; i++)
			like = !mask_hazard(S, lhs0->u.ref.args[i], &N);
		if (like) {
			/* shaped like the first array assigned, filled at its subscripts */
			t->rank = a->rank;
			for (int d = 0; d < a->rank; d++) {
				t->dims[d].lo = a->dims[d].lo ? ir_expr_copy(S->a, a->dims[d].lo) : NULL;
				t->dims[d].hi = ir_expr_copy(S->a, a->dims[d].hi);
			}
			IrExpr *at = ir_expr_copy(S->a, lhs0);
			at->u.ref.name = t->name;
			fill[k] = ir_assign(S->a, at, m, m->loc);
			mask[k] = ir_expr_copy(S->a, at);
		} else {
			/* shaped like the mask (sema_mask_fill) */
			fill[k] = ir_assign(S->a, ir_var(S->a, t, NULL, 0, m->loc), m, m->loc);
			mask[k] = ir_ref(S->a, t->name, NULL, 0, 0, m->loc);
		}
		fill[k]->u.assign.mask_fill = 1;
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
	/* resolved one by one: a mask temporary that could not be made ends it (its error said why) */
	IrBlock out = {0};
	for (int i = 0; i < seq.n; i++) {
		IrStmt *x = seq.v[i];
		IrBlock one = {0};
		ir_block_add(S->a, &one, x);
		sema_resolve_block(S, &one);
		if (x->kind == IR_ASSIGN && x->u.assign.mask_fill < 0)
			return;
		for (int j = 0; j < one.n; j++)
			ir_block_add(S->a, &out, one.v[j]);
	}
	splice(S, s, &out);
}

/* ---------------------------------------------------------------- FORALL
 *
 * FORALL (i = l1:h1:s1, j = ..., mask) assignments: each assignment in turn, over every
 * combination of the indices where the mask holds, as DO loops (the first index innermost) on
 * fresh loop variables (an index is local to the FORALL: a variable of the same name keeps its
 * value). Fortran evaluates all of an assignment's right-hand side before it stores any element:
 * when the right-hand side reads the array assigned other than at the element assigned (or
 * calls a function, which may read it), it goes into a temporary shaped like that array first
 * (each element the FORALL assigns is assigned once, so the temporary holds each value), then
 * is copied. The mask and the bounds are evaluated once, before any assignment: they must not
 * read what the FORALL assigns (refused, located), except a mask of a single assignment reading
 * the array at the element assigned. */

/* e with the references to index k renamed to to[k]. */
static void rename_indices(IrExpr *e, int n, const char *const *from, const char *const *to)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_REF:
		for (int k = 0; !e->u.ref.has_parens && k < n; k++)
			if (!strcmp(e->u.ref.name, from[k])) {
				e->u.ref.name = to[k];
				break;
			}
		for (int i = 0; i < e->u.ref.nargs; i++)
			rename_indices(e->u.ref.args[i], n, from, to);
		return;
	case IR_COMPONENT:
		rename_indices(e->u.comp.base, n, from, to);
		for (int i = 0; i < e->u.comp.nargs; i++)
			rename_indices(e->u.comp.args[i], n, from, to);
		return;
	case IR_UNARY:
	case IR_BINARY:
		rename_indices(e->u.op.a, n, from, to);
		rename_indices(e->u.op.b, n, from, to);
		return;
	case IR_CONVERT: rename_indices(e->u.conv.e, n, from, to); return;
	case IR_KEYWORD: rename_indices(e->u.kw.e, n, from, to); return;
	case IR_TRIPLET:
		rename_indices(e->u.triplet.lo, n, from, to);
		rename_indices(e->u.triplet.hi, n, from, to);
		rename_indices(e->u.triplet.st, n, from, to);
		return;
	case IR_ARRAYCON:
	case IR_IMPLDO:
		for (int i = 0; i < e->u.list.nitems; i++)
			rename_indices(e->u.list.items[i], n, from, to);
		if (e->u.list.ido) {
			rename_indices(e->u.list.ido->var, n, from, to);
			rename_indices(e->u.list.ido->lo, n, from, to);
			rename_indices(e->u.list.ido->hi, n, from, to);
			rename_indices(e->u.list.ido->st, n, from, to);
		}
		return;
	default: return;
	}
}

typedef struct Forall {
	int n;                             /* indices */
	const char *name[IR_MAX_RANK + 1]; /* as written */
	IrSym *iv[IR_MAX_RANK + 1];        /* the loop variables */
	IrExpr *lo[IR_MAX_RANK + 1], *hi[IR_MAX_RANK + 1], *st[IR_MAX_RANK + 1];
	IrExpr *mask;
	IrLoc loc;
} Forall;

/* The FORALL's loops around one statement, the first index innermost, guarded by its mask. */
static IrStmt *forall_loops(Sema *S, const Forall *F, IrStmt *inner)
{
	IrStmt *s = inner;
	if (F->mask) {
		IrStmt *m = ir_stmt_new(S->a, IR_IF, F->mask->loc);
		m->u.if_.conds = ir_alloc(S->a, sizeof(IrExpr *));
		m->u.if_.blocks = ir_alloc(S->a, sizeof(IrBlock));
		m->u.if_.conds[0] = ir_expr_copy(S->a, F->mask);
		m->u.if_.ncond = 1;
		ir_block_add(S->a, &m->u.if_.blocks[0], s);
		s = m;
	}
	for (int k = 0; k < F->n; k++) {
		IrStmt *d = ir_stmt_new(S->a, IR_DO, F->loc);
		d->u.do_.var = ir_ref(S->a, F->iv[k]->name, NULL, 0, 0, F->loc);
		d->u.do_.lo = ir_expr_copy(S->a, F->lo[k]);
		d->u.do_.hi = ir_expr_copy(S->a, F->hi[k]);
		d->u.do_.step = F->st[k] ? ir_expr_copy(S->a, F->st[k]) : NULL;
		ir_block_add(S->a, &d->u.do_.body, s);
		s = d;
	}
	return s;
}

typedef struct Indices {
	int n;
	const char *const *from, *const *to;
} Indices;

static void indices_expr_at(void *ctx, IrExpr **pe)
{
	const Indices *I = ctx;
	rename_indices(*pe, I->n, I->from, I->to);
}

static void indices_block_at(void *ctx, IrBlock *b)
{
	for (int i = 0; i < b->n; i++)
		ir_stmt_children(b->v[i], &(IrVisit){indices_expr_at, indices_block_at, ctx});
}

/* DO CONCURRENT (i = ..., j = ...): an index is local to the construct (a variable of the same
 * name outside keeps its value), so its loops run on fresh variables. */
void sema_do_concurrent(Sema *S, IrStmt *s)
{
	int n = s->u.do_.concurrent;
	s->u.do_.concurrent = 0;
	if (n > IR_MAX_RANK) {
		ir_error(s->loc, "DO CONCURRENT with more than %d indices is not supported", IR_MAX_RANK);
		return;
	}
	const char *from[IR_MAX_RANK + 1], *to[IR_MAX_RANK + 1];
	IrStmt *d = s;
	for (int k = 0; k < n; k++) {
		from[k] = d->u.do_.var->u.ref.name;
		for (int j = 0; j < k; j++)
			if (!strcmp(from[j], from[k])) {
				ir_error(s->loc, "the index '%s' appears twice in this DO CONCURRENT", from[k]);
				return;
			}
		to[k] = sema_new_local(S, from[k], TY_INT, s->loc)->name;
		if (k + 1 < n)
			d = d->u.do_.body.v[0];
	}
	Indices I = {n, from, to};
	IrBlock top = {0};
	ir_block_add(S->a, &top, s);
	indices_block_at(&I, &top);
}

void sema_forall(Sema *S, IrStmt *s)
{
	Forall F = {0};
	F.n = s->u.do_.forall;
	F.loc = s->loc;
	if (F.n > IR_MAX_RANK) {
		ir_error(s->loc, "FORALL with more than %d indices is not supported", IR_MAX_RANK);
		return;
	}
	IrStmt *d = s;
	IrBlock *body = NULL;
	for (int k = F.n - 1; k >= 0; k--) {
		F.name[k] = d->u.do_.var->u.ref.name;
		F.lo[k] = d->u.do_.lo;
		F.hi[k] = d->u.do_.hi;
		F.st[k] = d->u.do_.step;
		body = &d->u.do_.body;
		if (k > 0)
			d = body->v[0];
	}
	if (s->u.do_.forall_mask) {
		IrStmt *m = body->v[0];
		F.mask = m->u.if_.conds[0];
		body = &m->u.if_.blocks[0];
	}
	int bad = 0;
	for (int k = 0; k < F.n; k++)
		for (int j = 0; j < k; j++)
			if (!strcmp(F.name[j], F.name[k])) {
				ir_error(s->loc, "the index '%s' appears twice in this FORALL", F.name[k]);
				return;
			}

	/* only assignments to array elements; the names they assign */
	Names N = {0};
	N.v = ir_alloc(S->a, sizeof *N.v * (size_t)(body->n + 1));
	for (int i = 0; i < body->n; i++) {
		IrStmt *t = body->v[i];
		if ((t->kind == IR_DO && t->u.do_.forall) || (t->kind == IR_IF && t->u.if_.where)) {
			ir_error(t->loc, "a %s inside a FORALL is not supported: write DO loops",
			         t->kind == IR_DO ? "FORALL" : "WHERE");
			bad = 1;
			continue;
		}
		if (t->kind != IR_ASSIGN) {
			ir_error(t->loc, "only assignments can be inside FORALL");
			bad = 1;
			continue;
		}
		if (t->label) {
			ir_error(t->loc, "a statement inside FORALL cannot have a label");
			bad = 1;
			continue;
		}
		IrExpr *l = t->u.assign.lhs;
		IrSym *a = l->kind == IR_REF ? sema_lookup(S, S->unit, l->u.ref.name) : NULL;
		int ok = a && a->rank > 0 && l->u.ref.has_parens && l->u.ref.nargs == a->rank;
		for (int k = 0; ok && k < l->u.ref.nargs; k++)
			ok = l->u.ref.args[k]->kind != IR_TRIPLET && l->u.ref.args[k]->kind != IR_KEYWORD;
		if (!ok) {
			ir_error(l->loc,
			         "the variable assigned inside FORALL must be an array element, a(i, j), subscripted by "
			         "the indices");
			bad = 1;
			continue;
		}
		for (int k = 0; k < l->u.ref.nargs; k++)
			if (!reads_only_at(l->u.ref.args[k], l->u.ref.name, NULL)) {
				ir_error(l->u.ref.args[k]->loc, "a subscript of '%s' reads '%s' inside FORALL: write DO loops",
				         l->u.ref.name, l->u.ref.name);
				bad = 1;
			}
		N.v[N.n++] = l->u.ref.name;
	}
	if (bad)
		return;

	/* the bounds and the mask: evaluated once, before any assignment */
	Names I = {F.name, F.n};
	for (int k = 0; k < F.n; k++) {
		IrExpr *b[3] = {F.lo[k], F.hi[k], F.st[k]};
		for (int j = 0; j < 3; j++) {
			if (b[j] && (mask_hazard(S, b[j], &I) & 1)) {
				ir_error(b[j]->loc, "a bound of a FORALL index cannot read another index of the same FORALL");
				return;
			}
			if (b[j] && (mask_hazard(S, b[j], &N) & 1)) {
				ir_error(b[j]->loc,
				         "this bound reads an array the FORALL assigns: compute it into a variable first");
				return;
			}
		}
	}
	if (F.mask && (mask_hazard(S, F.mask, &N) & 1)) {
		IrExpr *l0 = body->n == 1 ? ((IrStmt *)body->v[0])->u.assign.lhs : NULL;
		if (!l0 || !reads_only_at(F.mask, l0->u.ref.name, l0)) {
			ir_error(F.mask->loc,
			         "this FORALL mask reads what the FORALL assigns (Fortran evaluates it before any "
			         "assignment): compute it into a LOGICAL array first");
			return;
		}
	}

	/* fresh loop variables in place of the indices */
	const char *to[IR_MAX_RANK + 1];
	for (int k = 0; k < F.n; k++) {
		F.iv[k] = sema_new_local(S, F.name[k], TY_INT, s->loc);
		to[k] = F.iv[k]->name;
	}
	rename_indices(F.mask, F.n, F.name, to);

	IrBlock seq = {0};
	Names none = {0};
	for (int i = 0; i < body->n; i++) {
		IrStmt *t = body->v[i];
		IrExpr *l = t->u.assign.lhs, *r = t->u.assign.rhs;
		int temp = !reads_only_at(r, l->u.ref.name, l) || (mask_hazard(S, r, &none) & 2);
		rename_indices(l, F.n, F.name, to);
		rename_indices(r, F.n, F.name, to);
		if (!temp) {
			ir_block_add(S->a, &seq, forall_loops(S, &F, t));
			continue;
		}
		IrSym *a = sema_lookup(S, S->unit, l->u.ref.name);
		if (!a->dims[a->rank - 1].hi) {
			ir_error(r->loc,
			         "the right-hand side reads '%s', which has assumed size, so no temporary can hold it: write "
			         "DO loops",
			         a->name);
			return;
		}
		if (a->allocatable) {
			ir_error(r->loc,
			         "the right-hand side reads other elements of the ALLOCATABLE '%s', so it needs a temporary, "
			         "which FORALL does not make for an allocatable: write DO loops (with a copy where needed)",
			         a->name);
			return;
		}
		IrSym *tmp = sema_new_local(S, ir_sprintf(S->a, "%s_tmp", a->name), a->type, t->loc);
		tmp->rank = a->rank;
		for (int k = 0; k < a->rank; k++) {
			tmp->dims[k].lo = a->dims[k].lo ? ir_expr_copy(S->a, a->dims[k].lo) : NULL;
			tmp->dims[k].hi = ir_expr_copy(S->a, a->dims[k].hi);
		}
		IrExpr *at = ir_expr_copy(S->a, l);
		at->u.ref.name = tmp->name;
		ir_block_add(S->a, &seq, forall_loops(S, &F, ir_assign(S->a, at, r, t->loc)));
		t->u.assign.rhs = ir_expr_copy(S->a, at);
		ir_block_add(S->a, &seq, forall_loops(S, &F, t));
	}
	sema_resolve_block(S, &seq);
	splice(S, s, &seq);
}
