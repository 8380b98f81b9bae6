/*
 * sema_flow.c — GO TO statements and EXIT/CYCLE of outer loops become the structured IR that the
 * AD passes reverse: IF blocks, DO WHILE loops, and EXIT/CYCLE of the innermost loop.
 *
 * The IR after sema has no gotos (ir/README.md), so the tangent and the adjoint only ever see
 * IF and loops, whose decisions the adjoint records (the branch taken, the trip count) and
 * replays backward. A routine with GO TOs is restructured here, for every mode: the primal
 * tests against gfortran check the restructured program.
 *
 *  1. Labels. Every label names one statement of the routine; a jump (GO TO, and the IF blocks
 *     sema made of computed GO TOs and arithmetic IFs) may go to a label in its own block or an
 *     enclosing one. A jump into a DO loop or an IF block from outside is refused, located
 *     (the F77 jump from an outer loop to the CONTINUE that ends it and an inner loop together
 *     is a CYCLE of the outer loop).
 *  2. Regions, outermost first: the routine's body, then each loop body and each IF branch.
 *     A region's statements become a flat list of instructions: a loop that a GO TO leaves is
 *     kept whole, the GO TO replaced by `goto_L = .true.` and an EXIT of that loop, and the
 *     loop followed by `IF (goto_L) GO TO L` (no flag when L labels the statement after the
 *     loop); an IF block that a GO TO leaves is flattened into a branch and the instructions of
 *     its blocks. A CHECKPOINT-START ... -END region is kept whole like a loop (jumps may leave
 *     it, not enter it), so that it stays in one block. The flat list is a control-flow graph;
 *     it must be reducible (every loop is entered at one statement), else the jump that enters
 *     a loop in its middle is refused.
 *  3. The graph is translated to structured code as in N. Ramsey, "Beyond Relooper: recursive
 *     translation of unstructured control flow to structured control flow" (ICFP 2022): along
 *     the dominator tree, a node reached from several places (a merge node) follows a block
 *     that its predecessors leave, a loop header opens a loop that its back edges continue;
 *     other nodes are placed where their only predecessor branches to them. Unlike WebAssembly,
 *     a loop here repeats when its body ends, so the nodes dominated by a loop's header but
 *     outside the loop follow the loop (blocks around it) instead of sitting in its body.
 *     Every transfer is explicit: an EXIT of a block (to the statement after it), a CYCLE or
 *     EXIT of a loop.
 *  4. Lowering: an EXIT or CYCLE that concerns the innermost loop stays; one at the end of the
 *     path to where it goes disappears; an EXIT of a loop nested in the target, with nothing
 *     after that loop, is a plain EXIT of it; anything else sets a flag, leaves the loops in
 *     between with EXITs (`IF (flag) EXIT` after each), and guards the statements it skips
 *     with `IF (.NOT. flag)`. Blocks are spliced into their surroundings. A loop made here,
 *     `DO WHILE (.TRUE.)`, becomes `DO WHILE (c)` when its body starts by leaving on a
 *     condition, or `t = .TRUE.; DO WHILE (t) ... t = c` when it ends by looping on one.
 *
 * Named EXIT and CYCLE (the parser resolved the loop) go through step 4 only.
 */
#include "sema_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- small growable arrays */

typedef struct IntVec {
	int *v;
	int n, cap;
} IntVec;

static void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		abort();
	return q;
}

static void *zalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		abort();
	return p;
}

static void ivec_push(IntVec *v, int x)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 8;
		v->v = xrealloc(v->v, sizeof *v->v * (size_t)v->cap);
	}
	v->v[v->n++] = x;
}

/* ---------------------------------------------------------------- the pass's state */

typedef struct Flow {
	Sema *S;
	IrArena *a;
	IrUnit *u;
	/* labels of the unit: dense ids through an open-addressing table */
	int *lkey, *lid; /* table: label value, id (nslot entries, lkey 0 = empty) */
	int nslot;       /* a power of two */
	IrStmt **lstmt;  /* id → the statement carrying the label */
	int nlabels, caplabels;
	IrSym **goto_flag; /* id → `goto_L`, made when needed */
	int *mark;         /* id → stamp (leaky()) */
	int stamp;
	IrVec jflags;   /* triples (target construct, kind as pointer, flag) of step 4 */
	IrVec loops;    /* DO WHILE (.TRUE.) loops made by step 3 */
	IrVec regions;  /* IR_BLOCKs holding a CHECKPOINT-START ... -END region (wrap_regions) */
	int next_label; /* labels made up for checkpointed regions */
} Flow;

/* The slot of label in the table: its own, or the empty one where it would go. */
static int slot_of(const Flow *F, int label)
{
	unsigned mask = (unsigned)F->nslot - 1, k = ((unsigned)label * 2654435761u) & mask;
	while (F->lkey[k] && F->lkey[k] != label)
		k = (k + 1) & mask;
	return (int)k;
}

static int label_id(const Flow *F, int label)
{
	if (!F->nslot)
		return -1;
	int k = slot_of(F, label);
	return F->lkey[k] ? F->lid[k] : -1;
}

static void label_put(Flow *F, int label, IrStmt *s)
{
	if ((F->nlabels + 1) * 2 > F->nslot) { /* grow the table, at most half full */
		int old = F->nslot, *ok = F->lkey, *oi = F->lid;
		F->nslot = old ? old * 2 : 64;
		F->lkey = zalloc((size_t)F->nslot, sizeof *F->lkey);
		F->lid = zalloc((size_t)F->nslot, sizeof *F->lid);
		for (int i = 0; i < old; i++)
			if (ok[i]) {
				int k = slot_of(F, ok[i]);
				F->lkey[k] = ok[i];
				F->lid[k] = oi[i];
			}
		free(ok);
		free(oi);
	}
	if (F->nlabels == F->caplabels) {
		F->caplabels = F->caplabels ? F->caplabels * 2 : 32;
		F->lstmt = xrealloc(F->lstmt, sizeof *F->lstmt * (size_t)F->caplabels);
	}
	int k = slot_of(F, label);
	F->lkey[k] = label;
	F->lid[k] = F->nlabels;
	F->lstmt[F->nlabels++] = s;
}

static int is_loop(const IrStmt *s)
{
	return s->kind == IR_DO || s->kind == IR_DOWHILE;
}

static IrBlock *loop_body(IrStmt *s)
{
	return s->kind == IR_DO ? &s->u.do_.body : &s->u.dowhile.body;
}

/* The k-th block a statement holds (IF branches then ELSE, a loop body, a nested block), or NULL. */
static IrBlock *child(IrStmt *s, int k)
{
	switch (s->kind) {
	case IR_IF:
		if (k < s->u.if_.ncond)
			return &s->u.if_.blocks[k];
		return k == s->u.if_.ncond ? &s->u.if_.else_ : NULL;
	case IR_DO:
	case IR_DOWHILE: return k == 0 ? loop_body(s) : NULL;
	case IR_BLOCK: return k == 0 ? &s->u.block : NULL;
	default: return NULL;
	}
}

static int is_region(const Flow *F, const IrStmt *s)
{
	if (s->kind != IR_BLOCK)
		return 0;
	for (int i = 0; i < F->regions.n; i++)
		if (F->regions.v[i] == s)
			return 1;
	return 0;
}

static int has_dir(const IrStmt *s, IrDirKind k)
{
	for (int i = 0; i < s->ndirs; i++)
		if (s->dirs[i]->kind == k)
			return 1;
	return 0;
}

/* The directives of kind k taken off s onto a new CONTINUE. */
static IrStmt *take_dirs(Flow *F, IrStmt *s, IrDirKind k)
{
	IrStmt *c = ir_stmt_new(F->a, IR_CONTINUE, s->loc);
	c->dirs = ir_alloc(F->a, sizeof *c->dirs * (size_t)s->ndirs);
	IrDirective **keep = ir_alloc(F->a, sizeof *keep * (size_t)s->ndirs);
	int nkeep = 0;
	for (int i = 0; i < s->ndirs; i++) {
		if (s->dirs[i]->kind == k)
			c->dirs[c->ndirs++] = s->dirs[i];
		else
			keep[nkeep++] = s->dirs[i];
	}
	s->dirs = keep;
	s->ndirs = nkeep;
	return c;
}

/* In a routine with GO TOs, a CHECKPOINT-START ... -END region is a construct while they are
 * restructured: an IR_BLOCK holding a CONTINUE with the START and the region's statements,
 * followed by a CONTINUE with the END (so restructuring keeps them in one block). Jumps may leave
 * it (with EXIT, like a loop) and go to its first statement; step 4 splices it back. */
static void wrap_regions(Flow *F, IrBlock *b)
{
	for (int i = 0; i < b->n; i++)
		for (int k = 0; child(b->v[i], k); k++)
			wrap_regions(F, child(b->v[i], k));
	IrBlock nb = {0};
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		int j = i + 1;
		while (j < b->n && !has_dir(b->v[j], DIR_CHECKPOINT_END))
			j++;
		if (!has_dir(s, DIR_CHECKPOINT_START) || j == b->n) { /* (sema paired them) */
			ir_block_add(F->a, &nb, s);
			continue;
		}
		IrStmt *r = ir_stmt_new(F->a, IR_BLOCK, s->loc);
		ir_block_add(F->a, &r->u.block, take_dirs(F, s, DIR_CHECKPOINT_START));
		for (int k = i; k < j; k++)
			ir_block_add(F->a, &r->u.block, b->v[k]);
		ir_block_add(F->a, &nb, r);
		ir_block_add(F->a, &nb, take_dirs(F, b->v[j], DIR_CHECKPOINT_END));
		ir_vec_push(F->a, &F->regions, r);
		i = j - 1;
	}
	*b = nb;
}

static IrSym *new_local(Flow *F, const char *base, IrBase type)
{
	const char *n = base;
	for (int t = 1; sema_lookup(F->S, F->u, n); t++)
		n = ir_sprintf(F->a, "%s_%d", base, t);
	IrSym *s = ir_sym_new(F->a, F->u, n, SYM_LOCAL, F->u->loc);
	s->type = type;
	s->declared = 1;
	return s;
}

static IrExpr *var_of(Flow *F, IrSym *s, IrLoc loc)
{
	return ir_var(F->a, s, NULL, 0, loc);
}

static IrStmt *set_flag(Flow *F, IrSym *f, int v, IrLoc loc)
{
	return ir_assign(F->a, var_of(F, f, loc), ir_logical(F->a, v, loc), loc);
}

static IrStmt *jump_stmt(Flow *F, IrStmtKind kind, IrStmt *target, IrLoc loc)
{
	IrStmt *s = ir_stmt_new(F->a, kind, loc);
	s->u.jump.target = target;
	return s;
}

static IrExpr *negate(Flow *F, IrExpr *c)
{
	if (c->kind == IR_UNARY && c->u.op.op == IR_NOT)
		return c->u.op.a;
	return ir_unop(F->a, IR_NOT, c, c->loc);
}

static IrStmt *if_stmt(Flow *F, IrExpr **conds, int n, IrLoc loc)
{
	IrStmt *s = ir_stmt_new(F->a, IR_IF, loc);
	s->u.if_.conds = ir_alloc(F->a, sizeof *conds * (size_t)n);
	s->u.if_.blocks = ir_alloc(F->a, sizeof(IrBlock) * (size_t)n);
	for (int i = 0; i < n; i++)
		s->u.if_.conds[i] = conds[i];
	s->u.if_.ncond = n;
	return s;
}

/* ---------------------------------------------------------------- 1. labels */

/* Where a statement sits (in s->aux while the jumps are checked). */
typedef struct Where {
	IrStmt *parent; /* the construct whose block holds it; NULL: the routine's body */
	IrBlock *block;
} Where;

static void where_block(Flow *F, IrBlock *b, IrStmt *parent)
{
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		Where *w = ir_alloc(F->a, sizeof *w);
		w->parent = parent;
		w->block = b;
		s->aux = w;
		if (s->label) {
			int id = label_id(F, s->label);
			if (id >= 0)
				ir_error(s->loc, "label %d is already used at line %d", s->label, F->lstmt[id]->loc.line);
			else
				label_put(F, s->label, s);
		}
		for (int k = 0; child(s, k); k++)
			where_block(F, child(s, k), s);
	}
}

static void clear_aux(IrBlock *b)
{
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		s->aux = NULL;
		for (int k = 0; child(s, k); k++)
			clear_aux(child(s, k));
	}
}

static Where *where(const IrStmt *s)
{
	return s->aux;
}

/* Is block b the block of s or one around it? */
static int encloses(const IrBlock *b, const IrStmt *s)
{
	for (const Where *w = where(s); w; w = w->parent ? where(w->parent) : NULL)
		if (w->block == b)
			return 1;
	return 0;
}

static int inside(const IrStmt *c, const IrStmt *s)
{
	for (const Where *w = where(s); w && w->parent; w = where(w->parent))
		if (w->parent == c)
			return 1;
	return 0;
}

static const char *construct_word(const Flow *F, const IrStmt *c)
{
	if (is_loop(c))
		return "DO loop";
	if (is_region(F, c))
		return "checkpointed region";
	return c->kind == IR_IF && !c->u.if_.from_select ? "IF block" : "SELECT CASE block";
}

/* The F77 jump from an outer DO loop to the CONTINUE that ends it together with the inner loop
 * x: every statement from the CONTINUE up to x is the last of its block and every loop among
 * them ends at that label. Returns the outer loop. Such a jump enters the inner loop's range,
 * which F77 (X3.9-1978 11.10.8, A2(7)) and every later standard forbid; gfortran runs it as a
 * jump to the inner loop's increment (more inner iterations when the stale index is below its
 * bound), what its author meant was a CYCLE of the outer loop: refused, with the rewrite. */
static IrStmt *shared_end(const IrStmt *t, const IrStmt *x, int label)
{
	if (t->kind != IR_CONTINUE)
		return NULL;
	for (const IrStmt *s = t;; s = where(s)->parent) {
		const Where *w = where(s);
		if (w->block->v[w->block->n - 1] != s)
			return NULL;
		if (s != t && !(s->kind == IR_DO && s->u.do_.end_label == label))
			return NULL;
		if (s == x)
			break;
	}
	IrStmt *d = where(x)->parent;
	return d && d->kind == IR_DO && d->u.do_.end_label == label ? d : NULL;
}

/* A GO TO may go to its own block or one around it. Returns 0 after reporting. */
static int check_jump(Flow *F, IrStmt *g)
{
	int label = g->u.go.labels[0];
	int id = label_id(F, label);
	if (id < 0) {
		ir_error(g->loc, "jump to label %d: no statement of this routine has that label", label);
		return 0;
	}
	IrStmt *t = F->lstmt[id];
	if (encloses(where(t)->block, g))
		return 1;
	/* x: the outermost construct around t whose own block is around g */
	IrStmt *x = where(t)->parent;
	while (!encloses(where(x)->block, g))
		x = where(x)->parent;
	if (inside(x, g)) {
		ir_error(g->loc, "jump to label %d goes into another branch of the %s at line %d: not supported", label,
		         construct_word(F, x), x->loc.line);
		return 0;
	}
	if (is_region(F, x) && where(t)->block == &x->u.block && x->u.block.n > 1 && x->u.block.v[1] == t) {
		/* to the first statement of a checkpointed region: to the region */
		if (!x->label) {
			if (F->next_label <= 199999)
				F->next_label = 199999;
			x->label = ++F->next_label;
			label_put(F, x->label, x);
		}
		g->u.go.labels[0] = x->label;
		return 1;
	}
	if (x->kind == IR_DO && x->u.do_.end_label == label) {
		IrStmt *d = shared_end(t, x, label);
		if (d && inside(d, g)) {
			/* CYCLE goes on with d only when d is the innermost DO around the jump */
			IrStmt *in = where(g)->parent;
			while (in && in->kind != IR_DO)
				in = where(in)->parent;
			ir_error(g->loc,
			         "jump to label %d from outside the inner DO loop at line %d that also ends at label %d: "
			         "Fortran (F77 included) allows it from the innermost loop only, and gfortran runs it as a "
			         "jump into the inner loop's increment; to go on with the next iteration of the DO loop at "
			         "line %d, end that loop on its own CONTINUE after label %d and jump to it%s",
			         label, x->loc.line, label, d->loc.line, label, in == d ? " (or write CYCLE)" : "");
			return 0;
		}
		ir_error(g->loc,
		         "jump to label %d enters the inner DO loop at line %d that also ends at label %d: end each loop on "
		         "its own CONTINUE and jump to the outer loop's",
		         label, x->loc.line, label);
		return 0;
	}
	ir_error(g->loc, "jump to label %d enters the %s at line %d from outside: not supported (%s)", label,
	         construct_word(F, x), x->loc.line,
	         is_loop(x)                ? "jump to the DO statement, or restructure the loop"
	                 : is_region(F, x) ? "jump to its first statement, or move the label out of it"
	                                   : "move the label out of the block");
	return 0;
}

static int check_jumps(Flow *F, IrBlock *b)
{
	int ok = 1;
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		if (s->kind == IR_GOTO)
			ok &= check_jump(F, s);
		for (int k = 0; child(s, k); k++)
			ok &= check_jumps(F, child(s, k));
	}
	return ok;
}

/* ---------------------------------------------------------------- 2. regions as flat lists */

typedef enum InsKind { I_STMT, I_BRANCH, I_JUMP } InsKind;

typedef struct Ins {
	InsKind kind;
	IrStmt *s;      /* I_STMT: the statement */
	int label;      /* a jump may come here (0: none) */
	int falls;      /* I_STMT: control may go on to the next instruction */
	IrExpr **conds; /* I_BRANCH: IF (conds[0]) to[0] ELSE IF ... ELSE to[ncond] */
	int ncond;
	int *to;    /* instruction indexes: I_BRANCH ncond + 1 of them, I_JUMP one */
	int jlabel; /* I_JUMP to a label: resolved into to[0] when the list is complete */
	IrLoc loc;
} Ins;

typedef struct Flat {
	Ins *v;
	int n, cap;
} Flat;

static int emit(Flat *fl, InsKind kind, IrStmt *s, int label, IrLoc loc)
{
	if (fl->n == fl->cap) {
		fl->cap = fl->cap ? fl->cap * 2 : 32;
		fl->v = xrealloc(fl->v, sizeof *fl->v * (size_t)fl->cap);
	}
	Ins *in = &fl->v[fl->n];
	memset(in, 0, sizeof *in);
	in->kind = kind;
	in->s = s;
	in->label = label;
	in->falls = 1;
	in->loc = loc;
	return fl->n++;
}

static int emit_jump(Flow *F, Flat *fl, int tolabel, int label, IrLoc loc)
{
	int i = emit(fl, I_JUMP, NULL, label, loc);
	fl->v[i].to = ir_alloc(F->a, sizeof(int));
	fl->v[i].to[0] = -1;
	fl->v[i].jlabel = tolabel;
	return i;
}

/* Control never goes on to the next statement after these. */
static int leaves(const IrStmt *s)
{
	return s->kind == IR_RETURN || s->kind == IR_STOP || s->kind == IR_EXIT || s->kind == IR_CYCLE;
}

/* Labels of statements strictly inside s get F->stamp in F->mark; labels of the GO TOs in s go
 * to used. */
static void scan(Flow *F, IrStmt *s, int top, IntVec *used)
{
	if (!top && s->label) {
		int id = label_id(F, s->label);
		if (id >= 0)
			F->mark[id] = F->stamp;
	}
	if (s->kind == IR_GOTO)
		ivec_push(used, label_id(F, s->u.go.labels[0]));
	for (int k = 0; child(s, k); k++) {
		IrBlock *b = child(s, k);
		for (int i = 0; i < b->n; i++)
			scan(F, b->v[i], 0, used);
	}
}

/* Does a GO TO in s go to a statement outside s? */
static int leaky(Flow *F, IrStmt *s)
{
	IntVec used = {0};
	F->stamp++;
	scan(F, s, 1, &used);
	int leak = 0;
	for (int i = 0; i < used.n && !leak; i++)
		leak = F->mark[used.v[i]] != F->stamp;
	free(used.v);
	return leak;
}

/* Directives on a statement that is not kept (a GO TO, a flattened IF) go on a CONTINUE that
 * takes its place and its label. Returns the label left for the next instruction. */
static int keep_dirs(Flow *F, Flat *fl, IrStmt *s)
{
	if (!s->ndirs)
		return s->label;
	IrStmt *c = ir_stmt_new(F->a, IR_CONTINUE, s->loc);
	c->dirs = s->dirs;
	c->ndirs = s->ndirs;
	emit(fl, I_STMT, c, s->label, s->loc);
	return 0;
}

static void flatten_block(Flow *F, Flat *fl, IrBlock *b);

/* IF (c1) B1 ELSE IF (c2) B2 ELSE B3  →  branch(c1: B1, c2: B2, else: B3); B1; jump join; B2;
 * jump join; B3; join: */
static void flatten_if(Flow *F, Flat *fl, IrStmt *s)
{
	int label = keep_dirs(F, fl, s);
	int n = s->u.if_.ncond;
	int br = emit(fl, I_BRANCH, s, label, s->loc);
	int *to = ir_alloc(F->a, sizeof *to * (size_t)(n + 1));
	int *ends = calloc((size_t)n + 1, sizeof *ends);
	if (!ends)
		abort();
	fl->v[br].conds = s->u.if_.conds;
	fl->v[br].ncond = n;
	for (int k = 0; k < n; k++) {
		to[k] = fl->n;
		flatten_block(F, fl, &s->u.if_.blocks[k]);
		ends[k] = emit_jump(F, fl, 0, 0, s->loc);
	}
	to[n] = fl->n;
	flatten_block(F, fl, &s->u.if_.else_);
	for (int k = 0; k < n; k++)
		fl->v[ends[k]].to[0] = fl->n;
	fl->v[br].to = to;
	free(ends);
}

static IrSym *goto_flag(Flow *F, int label)
{
	int id = label_id(F, label);
	if (!F->goto_flag[id])
		F->goto_flag[id] = new_local(F, ir_sprintf(F->a, "goto_%d", label), TY_LOGICAL);
	return F->goto_flag[id];
}

/* The GO TOs of b whose label has state[id] (1: leave without a flag, 2: with one) become an
 * EXIT of loop (after setting goto_L). */
static void exit_instead(Flow *F, IrBlock *b, IrStmt *loop, const int *state)
{
	IrBlock nb = {0};
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		int id = s->kind == IR_GOTO ? label_id(F, s->u.go.labels[0]) : -1;
		if (id < 0 || !state[id]) {
			for (int k = 0; child(s, k); k++)
				exit_instead(F, child(s, k), loop, state);
			ir_block_add(F->a, &nb, s);
			continue;
		}
		IrStmt *x = jump_stmt(F, IR_EXIT, loop, s->loc);
		x->dirs = s->dirs;
		x->ndirs = s->ndirs;
		if (state[id] == 2) {
			IrStmt *f = set_flag(F, goto_flag(F, s->u.go.labels[0]), 1, s->loc);
			f->label = s->label;
			ir_block_add(F->a, &nb, f);
		} else {
			x->label = s->label;
		}
		ir_block_add(F->a, &nb, x);
	}
	*b = nb;
}

/* A loop or a checkpointed region that GO TOs leave: goto_L = .false.; the construct, each GO TO
 * L an EXIT of it after goto_L = .true.; [end: the CONTINUE with the region's END;]
 * IF (goto_L) GO TO L. No flag when L is the next statement. */
static void flatten_exits(Flow *F, Flat *fl, IrStmt *s, const IrStmt *next, IrStmt *end)
{
	IntVec used = {0}, outs = {0};
	F->stamp++;
	scan(F, s, 1, &used);
	int *state = calloc((size_t)F->nlabels + 1, sizeof *state);
	if (!state)
		abort();
	for (int i = 0; i < used.n; i++) {
		int id = used.v[i];
		if (F->mark[id] == F->stamp || state[id])
			continue;
		int label = F->lstmt[id]->label;
		state[id] = next && next->label == label ? 1 : 2;
		if (state[id] == 2)
			ivec_push(&outs, label);
	}
	exit_instead(F, child(s, 0), s, state);
	int label = s->label;
	for (int i = 0; i < outs.n; i++) {
		emit(fl, I_STMT, set_flag(F, goto_flag(F, outs.v[i]), 0, s->loc), label, s->loc);
		label = 0;
	}
	emit(fl, I_STMT, s, label, s->loc);
	if (end)
		emit(fl, I_STMT, end, 0, end->loc);
	for (int i = 0; i < outs.n; i++) {
		int br = emit(fl, I_BRANCH, NULL, 0, s->loc);
		fl->v[br].conds = ir_alloc(F->a, sizeof(IrExpr *));
		fl->v[br].conds[0] = var_of(F, goto_flag(F, outs.v[i]), s->loc);
		fl->v[br].ncond = 1;
		fl->v[br].to = ir_alloc(F->a, sizeof(int) * 2);
		fl->v[br].to[0] = br + 1;
		fl->v[br].to[1] = br + 2;
		emit_jump(F, fl, outs.v[i], 0, s->loc);
	}
	free(used.v);
	free(outs.v);
	free(state);
}

static void flatten_block(Flow *F, Flat *fl, IrBlock *b)
{
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		int region = is_region(F, s);
		/* a region's END stays right after it (wrap_regions put it on a CONTINUE there) */
		IrStmt *end = region ? b->v[++i] : NULL;
		if (s->kind == IR_GOTO) {
			int label = keep_dirs(F, fl, s);
			emit_jump(F, fl, s->u.go.labels[0], label, s->loc);
		} else if (s->kind == IR_BLOCK && !region) {
			int label = keep_dirs(F, fl, s);
			if (label)
				emit(fl, I_STMT, ir_stmt_new(F->a, IR_CONTINUE, s->loc), label, s->loc);
			flatten_block(F, fl, &s->u.block);
		} else if (s->kind == IR_IF && leaky(F, s)) {
			flatten_if(F, fl, s);
		} else if ((is_loop(s) || region) && leaky(F, s)) {
			flatten_exits(F, fl, s, i + 1 < b->n ? b->v[i + 1] : NULL, end);
		} else {
			int k = emit(fl, I_STMT, s, s->label, s->loc);
			fl->v[k].falls = !leaves(s);
			if (end)
				emit(fl, I_STMT, end, 0, end->loc);
		}
	}
}

/* ---------------------------------------------------------------- 3. the graph, structured */

typedef struct Cfg {
	Flow *F;
	Flat *fl;
	int nn, x;         /* nodes, the exit node X (= nn - 1: after the region) included */
	int *first, *last; /* node → its instructions, first..last (X: none) */
	int *node_of;      /* instruction → node (fl->n → X) */
	IntVec *succ, *pred;
	int *rpo, *order; /* node ↔ reverse postorder number (-1: unreachable) */
	int *parent;      /* node → its parent in the depth-first tree */
	int nreach;
	int *idom;
	unsigned char **loop; /* header → membership of its loop (NULL: not a header) */
	int *fwdin;           /* forward in-edges */
	int *place;           /* node → the loop header whose loop it follows, or -1 */
	IntVec *kids;         /* dominator-tree children that are not placed after a loop */
	IntVec *follow;       /* header → the nodes placed after its loop */
} Cfg;

static int dominates(const Cfg *C, int d, int n)
{
	for (;;) {
		if (n == d)
			return 1;
		if (n == C->idom[n])
			return 0;
		n = C->idom[n];
	}
}

static int intersect(const Cfg *C, int a, int b)
{
	while (a != b) {
		while (C->rpo[a] > C->rpo[b])
			a = C->idom[a];
		while (C->rpo[b] > C->rpo[a])
			b = C->idom[b];
	}
	return a;
}

/* An edge to a node that is only a jump goes where the jump goes (`IF (c) GO TO L` is a branch
 * to L's node, not to a node of its own). */
static int through(const Cfg *C, int n)
{
	for (int hops = 0; n != C->x && hops < C->nn; hops++) {
		const Ins *in = &C->fl->v[C->first[n]];
		if (C->first[n] != C->last[n] || in->kind != I_JUMP)
			break;
		n = C->node_of[in->to[0]];
	}
	return n;
}

/* u → v is a retreating edge whose target v does not dominate u: the loop it closes (the
 * depth-first path from v to u) can be entered without passing v. Report the edge that enters
 * it: into the first node of the path that the first node reaches avoiding v. */
static void report_irreducible(Cfg *C, int u, int v)
{
	Flat *fl = C->fl;
	unsigned char *avoid = zalloc((size_t)C->nn, 1), *onpath = zalloc((size_t)C->nn, 1);
	int *work = zalloc((size_t)C->nn, sizeof(int)), nw = 0;
	if (v != 0) {
		avoid[0] = 1;
		work[nw++] = 0;
	}
	while (nw) {
		int m = work[--nw];
		for (int a = 0; a < C->succ[m].n; a++) {
			int t = C->succ[m].v[a];
			if (t != v && !avoid[t]) {
				avoid[t] = 1;
				work[nw++] = t;
			}
		}
	}
	int n = 0;
	for (int m = u; m != v; m = C->parent[m])
		work[n++] = m; /* the path, backward */
	int w = -1, p = -1;
	for (int k = n - 1; k >= 0 && w < 0; k--) {
		onpath[work[k]] = 1;
		if (avoid[work[k]])
			w = work[k];
	}
	for (int a = 0; w >= 0 && a < C->pred[w].n && p < 0; a++)
		if (avoid[C->pred[w].v[a]] && !onpath[C->pred[w].v[a]])
			p = C->pred[w].v[a];
	Ins *start = &fl->v[C->first[v]];
	Ins *jump = p >= 0 ? &fl->v[C->last[p]] : NULL;
	for (int a = 0; jump && jump->kind == I_BRANCH && a <= jump->ncond; a++) {
		Ins *arm = &fl->v[jump->to[a]]; /* IF (c) GO TO L: point at the GO TO */
		if (arm->kind == I_JUMP && through(C, C->node_of[jump->to[a]]) == w) {
			jump = arm;
			break;
		}
	}
	int lw = w >= 0 ? fl->v[C->first[w]].label : 0;
	if (jump && jump->kind != I_STMT && lw && start->label)
		ir_error(jump->loc,
		         "jump to label %d enters the middle of the loop that starts at label %d (line %d): a loop with two "
		         "entries (irreducible control flow) is not supported; jump to label %d instead, or write the loop "
		         "as a DO WHILE loop",
		         lw, start->label, start->loc.line, start->label);
	else
		ir_error(w >= 0 ? fl->v[C->first[w]].loc : fl->v[C->last[u]].loc,
		         "this statement can be reached both inside the loop that starts at line %d and from outside it "
		         "without passing its start: a loop with two entries (irreducible control flow) is not supported; "
		         "enter the loop only at its first statement, or write it as a DO WHILE loop",
		         start->loc.line);
	free(avoid);
	free(onpath);
	free(work);
}

static void cfg_free(Cfg *C)
{
	for (int i = 0; i < C->nn; i++) { /* (an irreducible graph stops cfg_build half way) */
		free(C->succ[i].v);
		free(C->pred[i].v);
		if (C->kids)
			free(C->kids[i].v);
		if (C->follow)
			free(C->follow[i].v);
		if (C->loop)
			free(C->loop[i]);
	}
	free(C->first);
	free(C->last);
	free(C->node_of);
	free(C->succ);
	free(C->pred);
	free(C->rpo);
	free(C->order);
	free(C->parent);
	free(C->idom);
	free(C->loop);
	free(C->fwdin);
	free(C->place);
	free(C->kids);
	free(C->follow);
}


/* Nodes, edges, dominators, loops. 0 when the graph is irreducible (reported). */
static int cfg_build(Cfg *C)
{
	Flat *fl = C->fl;
	int n = fl->n;
	unsigned char *lead = zalloc((size_t)n + 1, 1);
	lead[0] = 1;
	for (int i = 0; i < n; i++) {
		Ins *in = &fl->v[i];
		if (in->kind == I_JUMP)
			lead[in->to[0]] = 1;
		if (in->kind == I_BRANCH)
			for (int k = 0; k <= in->ncond; k++)
				lead[in->to[k]] = 1;
		if (in->kind != I_STMT || !in->falls)
			lead[i + 1] = 1;
	}
	int nn = 0;
	for (int i = 0; i < n; i++)
		nn += lead[i];
	C->x = nn++;
	C->nn = nn;
	C->first = zalloc((size_t)nn, sizeof(int));
	C->last = zalloc((size_t)nn, sizeof(int));
	C->node_of = zalloc((size_t)n + 1, sizeof(int));
	for (int i = 0, k = -1; i < n; i++) {
		if (lead[i])
			C->first[++k] = i;
		C->node_of[i] = k;
		C->last[k] = i;
	}
	C->node_of[n] = C->x;
	free(lead);
	C->succ = zalloc((size_t)nn, sizeof(IntVec));
	C->pred = zalloc((size_t)nn, sizeof(IntVec));
	for (int k = 0; k < C->x; k++) {
		int i = C->last[k];
		Ins *in = &fl->v[i];
		if (in->kind == I_JUMP)
			ivec_push(&C->succ[k], through(C, C->node_of[in->to[0]]));
		else if (in->kind == I_BRANCH)
			for (int a = 0; a <= in->ncond; a++)
				ivec_push(&C->succ[k], through(C, C->node_of[in->to[a]]));
		else if (in->falls)
			ivec_push(&C->succ[k], through(C, C->node_of[i + 1]));
	}
	/* depth-first from the first node: reverse postorder (successors taken last first, so that
	 * the order follows the source's) */
	C->rpo = zalloc((size_t)nn, sizeof(int));
	C->order = zalloc((size_t)nn, sizeof(int));
	C->parent = zalloc((size_t)nn, sizeof(int));
	for (int k = 0; k < nn; k++)
		C->rpo[k] = -1;
	int *stack = zalloc((size_t)nn, sizeof(int)), *next = zalloc((size_t)nn, sizeof(int)),
	    *post = zalloc((size_t)nn, sizeof(int));
	unsigned char *seen = zalloc((size_t)nn, 1);
	int sp = 0, np = 0;
	stack[sp++] = 0;
	seen[0] = 1;
	while (sp) {
		int k = stack[sp - 1];
		if (next[k] < C->succ[k].n) {
			int s = C->succ[k].v[C->succ[k].n - 1 - next[k]++];
			if (!seen[s]) {
				seen[s] = 1;
				C->parent[s] = k;
				stack[sp++] = s;
			}
		} else {
			post[np++] = k;
			sp--;
		}
	}
	C->nreach = np;
	for (int r = 0; r < np; r++) {
		C->order[r] = post[np - 1 - r];
		C->rpo[C->order[r]] = r;
	}
	free(stack);
	free(next);
	free(post);
	free(seen);
	for (int k = 0; k < nn; k++)
		if (C->rpo[k] >= 0)
			for (int a = 0; a < C->succ[k].n; a++)
				ivec_push(&C->pred[C->succ[k].v[a]], k);
	/* dominators (Cooper, Harvey, Kennedy: "A simple, fast dominance algorithm") */
	C->idom = zalloc((size_t)nn, sizeof(int));
	for (int k = 0; k < nn; k++)
		C->idom[k] = -1;
	C->idom[0] = 0;
	for (int changed = 1; changed;) {
		changed = 0;
		for (int r = 1; r < np; r++) {
			int b = C->order[r], nd = -1;
			for (int a = 0; a < C->pred[b].n; a++) {
				int p = C->pred[b].v[a];
				if (C->idom[p] < 0)
					continue;
				nd = nd < 0 ? p : intersect(C, p, nd);
			}
			if (C->idom[b] != nd) {
				C->idom[b] = nd;
				changed = 1;
			}
		}
	}
	/* back edges go to a node that dominates their source; their targets head loops */
	C->loop = zalloc((size_t)nn, sizeof *C->loop);
	C->fwdin = zalloc((size_t)nn, sizeof(int));
	int *work = zalloc((size_t)nn, sizeof(int));
	for (int r = 0; r < np; r++) {
		int u = C->order[r];
		for (int a = 0; a < C->succ[u].n; a++) {
			int v = C->succ[u].v[a];
			if (C->rpo[v] > r) {
				C->fwdin[v]++;
				continue;
			}
			if (!dominates(C, v, u)) {
				report_irreducible(C, u, v);
				free(work);
				return 0;
			}
			if (!C->loop[v]) {
				C->loop[v] = zalloc((size_t)nn, 1);
				C->loop[v][v] = 1;
			}
			unsigned char *in = C->loop[v];
			int w = 0;
			if (!in[u]) {
				in[u] = 1;
				work[w++] = u;
			}
			while (w) {
				int m = work[--w];
				for (int q = 0; q < C->pred[m].n; q++) {
					int p = C->pred[m].v[q];
					if (!in[p]) {
						in[p] = 1;
						work[w++] = p;
					}
				}
			}
		}
	}
	free(work);
	/* a node outside the loops around its immediate dominator follows the outermost of them */
	C->place = zalloc((size_t)nn, sizeof(int));
	C->kids = zalloc((size_t)nn, sizeof(IntVec));
	C->follow = zalloc((size_t)nn, sizeof(IntVec));
	for (int k = 0; k < nn; k++)
		C->place[k] = -1;
	for (int r = 1; r < np; r++) {
		int z = C->order[r], p = C->idom[z], best = -1;
		if (z == C->x)
			continue;
		for (int h = 0; h < nn; h++)
			if (C->loop[h] && C->loop[h][p] && !C->loop[h][z] && (best < 0 || C->rpo[h] < C->rpo[best]))
				best = h;
		C->place[z] = best;
		if (best >= 0)
			ivec_push(&C->follow[best], z);
		else
			ivec_push(&C->kids[p], z);
	}
	return 1;
}

/* What encloses the code being generated: a block followed by a node's code (an EXIT of the
 * block goes there), a loop headed by a node (a CYCLE of it goes there), or a branch of an IF
 * (node -1). */
typedef struct Ctx {
	const struct Ctx *up;
	int node;
	int is_loop;
	IrStmt *c;
	int depth; /* loops and IF branches around the code */
} Ctx;

/* Past this depth, a branch to a node placed only there puts the node after the IF rather than
 * in its branch: a chain of `IF (c) GO TO L` keeps the same depth (C compilers limit nesting). */
enum { NEST_LIMIT = 12 };

static void do_tree(Cfg *C, int x, const Ctx *ctx, IrBlock *out);

static IrStmt *ctx_find(const Ctx *ctx, int node, int is_loop)
{
	for (; ctx; ctx = ctx->up)
		if (ctx->node == node && ctx->is_loop == is_loop)
			return ctx->c;
	return NULL;
}

static void branch(Cfg *C, int src, int t, const Ctx *ctx, IrBlock *out, IrLoc loc)
{
	Flow *F = C->F;
	IrStmt *c;
	if (t == C->x) {
		ir_block_add(F->a, out, jump_stmt(F, IR_EXIT, ctx_find(ctx, t, 0), loc));
	} else if (C->rpo[t] <= C->rpo[src]) {
		c = ctx_find(ctx, t, 1);
		assert(c);
		ir_block_add(F->a, out, jump_stmt(F, IR_CYCLE, c, loc));
	} else if ((c = ctx_find(ctx, t, 0)) != NULL) {
		ir_block_add(F->a, out, jump_stmt(F, IR_EXIT, c, loc));
	} else {
		assert(C->idom[t] == src && C->place[t] < 0);
		do_tree(C, t, ctx, out);
	}
}

/* Does a branch from src to t place t's code there (rather than jump)? */
static int placed_at_branch(const Cfg *C, int src, int t, const Ctx *ctx)
{
	return t != C->x && C->rpo[t] > C->rpo[src] && !ctx_find(ctx, t, 0);
}

/* x's statements, then its branches. */
static void node_code(Cfg *C, int x, const Ctx *ctx, IrBlock *out)
{
	Flow *F = C->F;
	for (int i = C->first[x]; i <= C->last[x]; i++)
		if (C->fl->v[i].kind == I_STMT)
			ir_block_add(F->a, out, C->fl->v[i].s);
	Ins *in = &C->fl->v[C->last[x]];
	IntVec *sx = &C->succ[x];
	if (in->kind == I_BRANCH) {
		IrStmt *s = if_stmt(F, in->conds, in->ncond, in->loc);
		Ctx arm = {ctx, -1, 0, NULL, ctx->depth + 1};
		int after = -1, nplaced = 0; /* too deep: the one node placed at a branch goes after the IF */
		for (int k = 0; k <= in->ncond; k++)
			if (placed_at_branch(C, x, sx->v[k], ctx))
				nplaced++, after = k;
		if (nplaced != 1 || ctx->depth < NEST_LIMIT)
			after = -1;
		for (int k = 0; k <= in->ncond; k++)
			if (k != after)
				branch(C, x, sx->v[k], &arm, k < in->ncond ? &s->u.if_.blocks[k] : &s->u.if_.else_, in->loc);
		s->u.if_.has_else = 1;
		ir_block_add(F->a, out, s);
		if (after >= 0)
			do_tree(C, sx->v[after], ctx, out);
	} else if (sx->n) {
		branch(C, x, sx->v[0], ctx, out, in->loc);
	}
}

/* block_yn { ... block_y1 { inner } y1 ... } yn, with inner the loop headed by x (stage 0) or
 * x's code (stage 1). */
static void followed(Cfg *C, int x, int stage, const int *ys, int n, const Ctx *ctx, IrBlock *out)
{
	Flow *F = C->F;
	if (n) {
		int y = ys[n - 1];
		IrStmt *b = ir_stmt_new(F->a, IR_BLOCK, C->fl->v[C->first[y]].loc);
		Ctx in = {ctx, y, 0, b, ctx->depth};
		followed(C, x, stage, ys, n - 1, &in, &b->u.block);
		ir_block_add(F->a, out, b);
		do_tree(C, y, ctx, out);
		return;
	}
	if (stage == 0) {
		IrLoc loc = C->fl->v[C->first[x]].loc;
		IrStmt *l = ir_stmt_new(F->a, IR_DOWHILE, loc);
		l->u.dowhile.cond = ir_logical(F->a, 1, loc);
		ir_vec_push(F->a, &F->loops, l);
		Ctx in = {ctx, x, 1, l, ctx->depth + 1};
		IntVec m = {0};
		for (int k = 0; k < C->kids[x].n; k++)
			if (C->fwdin[C->kids[x].v[k]] > 1)
				ivec_push(&m, C->kids[x].v[k]);
		followed(C, x, 1, m.v, m.n, &in, &l->u.dowhile.body);
		free(m.v);
		ir_block_add(F->a, out, l);
		return;
	}
	node_code(C, x, ctx, out);
}

static void do_tree(Cfg *C, int x, const Ctx *ctx, IrBlock *out)
{
	if (C->loop[x]) {
		followed(C, x, 0, C->follow[x].v, C->follow[x].n, ctx, out);
		return;
	}
	IntVec m = {0};
	for (int k = 0; k < C->kids[x].n; k++)
		if (C->fwdin[C->kids[x].v[k]] > 1)
			ivec_push(&m, C->kids[x].v[k]);
	followed(C, x, 1, m.v, m.n, ctx, out);
	free(m.v);
}

/* The region's flat list as structured statements in one block (spliced by step 4); depth: the
 * loops and IF branches around the region. */
static int structure(Flow *F, Flat *fl, IrBlock *r, int depth)
{
	Cfg C = {0};
	C.F = F;
	C.fl = fl;
	int ok = cfg_build(&C);
	if (ok) {
		IrStmt *top = ir_stmt_new(F->a, IR_BLOCK, fl->v[0].loc);
		Ctx bottom = {NULL, C.x, 0, top, depth};
		do_tree(&C, 0, &bottom, &top->u.block);
		*r = (IrBlock){0};
		ir_block_add(F->a, r, top);
	}
	cfg_free(&C);
	return ok;
}

static int has_goto(IrBlock *b)
{
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		if (s->kind == IR_GOTO)
			return 1;
		for (int k = 0; child(s, k); k++)
			if (has_goto(child(s, k)))
				return 1;
	}
	return 0;
}

/* Step 2 and 3 for region r, then for the regions inside it (depth: the constructs around r).
 * 0 after an error. */
static int region(Flow *F, IrBlock *r, int depth)
{
	if (!has_goto(r))
		return 1;
	Flat fl = {0};
	flatten_block(F, &fl, r);
	int ok = 1, jumps = 0;
	for (int i = 0; i < fl.n; i++) {
		Ins *in = &fl.v[i];
		jumps |= in->kind != I_STMT;
		if (in->kind == I_STMT)
			for (int k = 0; child(in->s, k); k++)
				ok &= region(F, child(in->s, k), depth + 1);
	}
	if (ok && jumps) {
		/* labels to instructions */
		int *at = zalloc((size_t)F->nlabels + 1, sizeof(int));
		for (int i = 0; i < fl.n; i++)
			if (fl.v[i].label)
				at[label_id(F, fl.v[i].label)] = i + 1;
		for (int i = 0; i < fl.n; i++)
			if (fl.v[i].kind == I_JUMP && fl.v[i].jlabel) {
				int to = at[label_id(F, fl.v[i].jlabel)] - 1;
				assert(to >= 0);
				fl.v[i].to[0] = to;
			}
		free(at);
		ok = structure(F, &fl, r, depth);
	} else if (ok) {
		IrBlock nb = {0};
		for (int i = 0; i < fl.n; i++)
			ir_block_add(F->a, &nb, fl.v[i].s);
		*r = nb;
	}
	free(fl.v);
	return ok;
}

/* ---------------------------------------------------------------- 4. jumps lowered */

enum { O_UNIT, O_IF, O_LOOP, O_BLOCK };

/* The statement being lowered: statement i of block b, which construct owner holds. */
typedef struct Frame {
	const struct Frame *up; /* the frame of owner itself */
	IrStmt *owner;          /* NULL: the routine's body */
	int kind;               /* O_* */
	const IrBlock *b;
	int i;
} Frame;

/* A jump that could not be lowered where it stands: its flag is set, and control goes on at
 * the end of the statement holding it (guarded), or, with via, after the loop via that it left. */
typedef struct Esc {
	IrStmt *target;
	int cycle;
	IrStmt *via;
} Esc;

typedef struct EscSet {
	Esc *v;
	int n, cap;
} EscSet;

static void esc_add(EscSet *e, Esc x)
{
	for (int i = 0; i < e->n; i++)
		if (e->v[i].target == x.target && e->v[i].cycle == x.cycle && e->v[i].via == x.via)
			return;
	if (e->n == e->cap) {
		e->cap = e->cap ? e->cap * 2 : 4;
		e->v = xrealloc(e->v, sizeof *e->v * (size_t)e->cap);
	}
	e->v[e->n++] = x;
}

/* The flag of a jump to target (EXIT of a block or a loop, CYCLE of a loop); NULL when none was
 * needed and create is 0. */
static IrSym *jflag(Flow *F, IrStmt *target, int cycle, int create)
{
	for (int i = 0; i + 2 < F->jflags.n; i += 3)
		if (F->jflags.v[i] == target && F->jflags.v[i + 1] == (void *)(intptr_t)cycle)
			return F->jflags.v[i + 2];
	if (!create)
		return NULL;
	IrSym *f = new_local(F, target->kind == IR_BLOCK ? "skip" : cycle ? "next" : "leave", TY_LOGICAL);
	ir_vec_push(F->a, &F->jflags, target);
	ir_vec_push(F->a, &F->jflags, (void *)(intptr_t)cycle);
	ir_vec_push(F->a, &F->jflags, f);
	return f;
}

static int rest_empty(const IrBlock *b, int i)
{
	for (int k = i + 1; k < b->n; k++) {
		const IrStmt *s = b->v[k];
		if (s->kind != IR_CONTINUE || s->ndirs)
			return 0;
	}
	return 1;
}

/* Once the statement of frame f completes, does control reach the end of block target (an
 * EXIT of it) or the end of loop target's body (a CYCLE), running nothing else? */
static int tail(const Frame *f, const IrStmt *target, int cycle)
{
	for (; f; f = f->up) {
		if (!rest_empty(f->b, f->i))
			return 0;
		if (f->owner == target)
			return cycle ? is_loop(target) : !is_loop(target);
		if (f->kind != O_IF && f->kind != O_BLOCK)
			return 0;
	}
	return 0;
}

static IrBlock lower_block(Flow *F, const IrBlock *b, IrStmt *owner, int kind, const Frame *up, EscSet *esc);

static IrExpr *any_flag(Flow *F, const EscSet *e, IrLoc loc)
{
	IrExpr *c = NULL;
	for (int i = 0; i < e->n; i++) {
		IrExpr *x = var_of(F, jflag(F, e->v[i].target, e->v[i].cycle, 0), loc);
		c = c ? ir_binop(F->a, IR_OR, c, x, loc) : x;
	}
	return c;
}

static IrStmt *if_then(Flow *F, IrExpr *c, IrStmt *s)
{
	IrStmt *g = if_stmt(F, &c, 1, s->loc);
	ir_block_add(F->a, &g->u.if_.blocks[0], s);
	return g;
}

/* EXIT/CYCLE of target at frame fr. */
static void lower_jump(Flow *F, IrStmt *s, const Frame *fr, IrBlock *out, EscSet *esc)
{
	IrStmt *t = s->u.jump.target;
	int cycle = s->kind == IR_CYCLE;
	/* the innermost loop around the jump, and whether it lies inside the target */
	const Frame *lf = fr;
	while (lf && lf->kind != O_LOOP)
		lf = lf->up;
	IrStmt *lj = lf ? lf->owner : NULL;
	int lj_inside = 0;
	for (const Frame *f = lf ? lf->up : NULL; f && lj; f = f->up)
		if (f->owner == t)
			lj_inside = 1;
	if (t && tail(fr, t, cycle))
		return;
	if (!t || lj == t) {
		IrStmt *n = jump_stmt(F, s->kind, NULL, s->loc);
		n->label = s->label;
		ir_block_add(F->a, out, n);
		return;
	}
	if (lj_inside && tail(lf->up, t, cycle)) {
		ir_block_add(F->a, out, jump_stmt(F, IR_EXIT, NULL, s->loc));
		return;
	}
	ir_block_add(F->a, out, set_flag(F, jflag(F, t, cycle, 1), 1, s->loc));
	if (lj_inside) {
		ir_block_add(F->a, out, jump_stmt(F, IR_EXIT, NULL, s->loc));
		esc_add(esc, (Esc){t, cycle, lj});
	} else {
		assert(!is_loop(t) && !cycle);
		esc_add(esc, (Esc){t, cycle, NULL});
	}
}

static int is_ours(Flow *F, const IrStmt *s)
{
	for (int i = 0; i < F->loops.n; i++)
		if (F->loops.v[i] == s)
			return 1;
	return 0;
}

static int just_exit(const IrBlock *b)
{
	return b->n == 1 && ((IrStmt *)b->v[0])->kind == IR_EXIT;
}

/* A DO WHILE (.TRUE.) made in step 3, with a body that starts by leaving on c:
 * DO WHILE (.NOT. c); or that ends by leaving on c: t = .TRUE.; DO WHILE (t) ...; t = .NOT. c. */
static void shape_loop(Flow *F, IrStmt *l, IrBlock *out)
{
	IrBlock *b = &l->u.dowhile.body;
	IrStmt *first = b->n ? b->v[0] : NULL, *last = b->n ? b->v[b->n - 1] : NULL;
	if (first && first->kind == IR_IF && first->u.if_.ncond == 1) {
		IrExpr *c = first->u.if_.conds[0];
		if (just_exit(&first->u.if_.blocks[0])) { /* IF (c) EXIT [ELSE rest1]; rest2 */
			IrBlock nb = first->u.if_.else_;
			for (int i = 1; i < b->n; i++)
				ir_block_add(F->a, &nb, b->v[i]);
			l->u.dowhile.cond = negate(F, c);
			*b = nb;
			return;
		}
		if (b->n == 1 && first->u.if_.has_else && just_exit(&first->u.if_.else_)) { /* IF (c) THEN body ELSE EXIT */
			l->u.dowhile.cond = c;
			*b = first->u.if_.blocks[0];
			return;
		}
	}
	if (last && last->kind == IR_IF && last->u.if_.ncond == 1 && !last->u.if_.else_.n && just_exit(&last->u.if_.blocks[0])) {
		IrSym *t = new_local(F, "again", TY_LOGICAL);
		ir_block_add(F->a, out, set_flag(F, t, 1, l->loc));
		l->u.dowhile.cond = var_of(F, t, l->loc);
		b->v[b->n - 1] = ir_assign(F->a, var_of(F, t, last->loc), negate(F, last->u.if_.conds[0]), last->loc);
	}
}

/* IF blocks made of jumps that disappeared: an empty ELSE goes, an empty THEN with an ELSE
 * becomes IF (.NOT. c); an IF with nothing left goes (its conditions have no calls). */
static IrStmt *tidy_if(Flow *F, IrStmt *s)
{
	if (!s->u.if_.else_.n)
		s->u.if_.has_else = 0;
	while (s->u.if_.ncond > 1 && !s->u.if_.has_else && !s->u.if_.blocks[s->u.if_.ncond - 1].n &&
	       !ir_expr_calls(s->u.if_.conds[s->u.if_.ncond - 1]))
		s->u.if_.ncond--;
	if (s->u.if_.ncond == 1 && !s->u.if_.blocks[0].n && s->u.if_.has_else) {
		s->u.if_.conds[0] = negate(F, s->u.if_.conds[0]);
		s->u.if_.blocks[0] = s->u.if_.else_;
		s->u.if_.else_ = (IrBlock){0};
		s->u.if_.has_else = 0;
	}
	if (s->u.if_.ncond == 1 && !s->u.if_.blocks[0].n && !s->u.if_.has_else && !ir_expr_calls(s->u.if_.conds[0]))
		return NULL;
	return s;
}

static void lower_stmt(Flow *F, IrStmt *s, const Frame *fr, IrBlock *out, EscSet *esc)
{
	switch (s->kind) {
	case IR_EXIT:
	case IR_CYCLE: lower_jump(F, s, fr, out, esc); return;
	case IR_IF: {
		for (int k = 0; child(s, k); k++)
			*child(s, k) = lower_block(F, child(s, k), s, O_IF, fr, esc);
		if ((s = tidy_if(F, s)) == NULL)
			return;
		ir_block_add(F->a, out, s);
		/* IF (c) THEN ... EXIT ELSE rest  →  IF (c) THEN ... EXIT END IF; rest */
		IrBlock *then = &s->u.if_.blocks[0];
		IrStmt *last = then->n ? then->v[then->n - 1] : NULL;
		if (s->u.if_.ncond == 1 && s->u.if_.has_else && last &&
		    (last->kind == IR_EXIT || last->kind == IR_CYCLE || last->kind == IR_RETURN || last->kind == IR_STOP)) {
			for (int i = 0; i < s->u.if_.else_.n; i++)
				ir_block_add(F->a, out, s->u.if_.else_.v[i]);
			s->u.if_.else_ = (IrBlock){0};
			s->u.if_.has_else = 0;
		}
		return;
	}
	case IR_DO:
	case IR_DOWHILE: {
		EscSet be = {0};
		IrBlock *body = loop_body(s);
		*body = lower_block(F, body, s, O_LOOP, fr, &be);
		for (int i = 0; i < be.n; i++) { /* the loop was left with an EXIT: control is after it */
			assert(be.v[i].via == s);
			esc_add(esc, (Esc){be.v[i].target, be.v[i].cycle, NULL});
		}
		free(be.v);
		IrSym *f = jflag(F, s, 0, 0);
		if (f)
			ir_block_add(F->a, out, set_flag(F, f, 0, s->loc));
		if ((f = jflag(F, s, 1, 0)) != NULL) {
			IrBlock nb = {0};
			ir_block_add(F->a, &nb, set_flag(F, f, 0, s->loc));
			for (int i = 0; i < body->n; i++)
				ir_block_add(F->a, &nb, body->v[i]);
			*body = nb;
		}
		if (s->kind == IR_DOWHILE && is_ours(F, s))
			shape_loop(F, s, out);
		ir_block_add(F->a, out, s);
		return;
	}
	case IR_BLOCK: {
		IrBlock body = lower_block(F, &s->u.block, s, O_BLOCK, fr, esc);
		IrSym *f = jflag(F, s, 0, 0);
		if (f)
			ir_block_add(F->a, out, set_flag(F, f, 0, s->loc));
		for (int i = 0; i < body.n; i++)
			ir_block_add(F->a, out, body.v[i]);
		return;
	}
	default: ir_block_add(F->a, out, s); return;
	}
}

/* The statements of b, owned by owner (of kind O_*). After a statement whose jumps set
 * flags: in a loop body, IF (flag) EXIT or CYCLE (or nothing at the end for a CYCLE of this
 * loop); elsewhere the rest of the block is guarded. What is still pending goes to esc. */
static IrBlock lower_block(Flow *F, const IrBlock *b, IrStmt *owner, int kind, const Frame *up, EscSet *esc)
{
	IrBlock out = {0}, *cur = &out;
	EscSet set = {0}; /* flags set by the statements so far, control going on */
	for (int i = 0; i < b->n; i++) {
		Frame fr = {up, owner, kind, b, i};
		EscSet e = {0};
		lower_stmt(F, b->v[i], &fr, cur, &e);
		EscSet now = {0}; /* flags set, control going on after statement i */
		for (int k = 0; k < e.n; k++) {
			if (e.v[k].via)
				esc_add(esc, e.v[k]); /* left through an EXIT: nothing runs here */
			else
				esc_add(&now, e.v[k]);
		}
		free(e.v);
		if (!now.n)
			continue;
		IrLoc L = ((IrStmt *)b->v[i])->loc;
		if (kind == O_LOOP) {
			EscSet beyond = {0};
			for (int k = 0; k < now.n; k++) {
				Esc x = now.v[k];
				IrExpr *f = var_of(F, jflag(F, x.target, x.cycle, 0), L);
				if (x.target == owner && x.cycle) {
					if (!rest_empty(b, i))
						ir_block_add(F->a, &out, if_then(F, f, jump_stmt(F, IR_CYCLE, NULL, L)));
				} else if (x.target == owner) {
					ir_block_add(F->a, &out, if_then(F, f, jump_stmt(F, IR_EXIT, NULL, L)));
				} else {
					esc_add(&beyond, (Esc){x.target, x.cycle, owner});
				}
			}
			if (beyond.n)
				ir_block_add(F->a, &out, if_then(F, any_flag(F, &beyond, L), jump_stmt(F, IR_EXIT, NULL, L)));
			for (int k = 0; k < beyond.n; k++)
				esc_add(esc, beyond.v[k]);
			free(beyond.v);
			free(now.v);
			continue;
		}
		/* the rest runs while no flag is set: each run between flag settings under its own IF
		 * (not nested: once set, a flag stays set to the end of the block) */
		for (int k = 0; k < now.n; k++) {
			esc_add(&set, now.v[k]);
			if (!(now.v[k].target == owner && kind == O_BLOCK))
				esc_add(esc, now.v[k]);
		}
		free(now.v);
		if (!rest_empty(b, i)) {
			IrExpr *c = negate(F, any_flag(F, &set, L));
			IrStmt *g = if_stmt(F, &c, 1, L);
			ir_block_add(F->a, &out, g);
			cur = &g->u.if_.blocks[0];
		}
	}
	free(set.v);
	return out;
}

/* ---------------------------------------------------------------- driver */

/* Does the unit need step 4: an EXIT or CYCLE of a loop other than the innermost? */
static int outer_jumps(const IrBlock *b, const IrStmt *loop)
{
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		if ((s->kind == IR_EXIT || s->kind == IR_CYCLE) && s->u.jump.target && s->u.jump.target != loop)
			return 1;
		for (int k = 0; child(s, k); k++)
			if (outer_jumps(child(s, k), is_loop(s) ? s : loop))
				return 1;
	}
	return 0;
}

static void clear_targets(IrBlock *b)
{
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		assert(s->kind != IR_GOTO);
		if (s->kind == IR_EXIT || s->kind == IR_CYCLE)
			s->u.jump.target = NULL;
		for (int k = 0; child(s, k); k++)
			clear_targets(child(s, k));
	}
}

/* CHECKPOINT-START and -END must still pair up inside one block after the restructuring (one
 * error is enough). */
#define CROSSED                                                                                                                  \
	"GO TO jumps cross this checkpointed region (its %s is in another block once they are restructured); put the "           \
	"region around all of them, or outside them"
static void check_regions(const IrBlock *b, int *bad)
{
	const IrDirective *open = NULL;
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		for (int k = 0; k < s->ndirs; k++) {
			const IrDirective *d = s->dirs[k];
			if (d->kind == DIR_CHECKPOINT_START) {
				open = d;
			} else if (d->kind == DIR_CHECKPOINT_END && !open && !*bad) {
				*bad = 1;
				ir_error(d->loc, "!$AD CHECKPOINT-END: " CROSSED, "start");
			} else if (d->kind == DIR_CHECKPOINT_END) {
				open = NULL;
			}
		}
		for (int k = 0; child(s, k); k++)
			check_regions(child(s, k), bad);
	}
	if (open && !*bad) {
		*bad = 1;
		ir_error(open->loc, "!$AD CHECKPOINT-START: " CROSSED, "end");
	}
}

void sema_flow_unit(Sema *S, IrUnit *u)
{
	Flow F = {0};
	F.S = S;
	F.a = S->a;
	F.u = u;
	int before = ir_error_count(S->p);
	int gotos = has_goto(&u->body);
	if (gotos)
		wrap_regions(&F, &u->body);
	where_block(&F, &u->body, NULL);
	if (gotos && ir_error_count(S->p) == before)
		check_jumps(&F, &u->body);
	clear_aux(&u->body);
	if (ir_error_count(S->p) == before && (gotos || outer_jumps(&u->body, NULL))) {
		F.goto_flag = zalloc((size_t)F.nlabels + 1, sizeof *F.goto_flag);
		F.mark = zalloc((size_t)F.nlabels + 1, sizeof *F.mark);
		if (region(&F, &u->body, 0)) {
			EscSet left = {0};
			u->body = lower_block(&F, &u->body, NULL, O_UNIT, NULL, &left);
			assert(!left.n);
			free(left.v);
			int bad = 0;
			check_regions(&u->body, &bad);
		}
	}
	if (ir_error_count(S->p) == before)
		clear_targets(&u->body);
	free(F.lkey);
	free(F.lid);
	free(F.lstmt);
	free(F.goto_flag);
	free(F.mark);
}
