/*
 * analysis.c — the data-flow facts the transformations rely on:
 *
 *  - read and write sets of every routine of the differentiated call tree, interprocedural
 *    (callees first, cycles of RECURSIVE routines to a fixed point), over its own dummy arguments and the canonical
 *    module/COMMON variables;
 *  - activity: a variable is *varied* if it may depend on an independent input and *useful* if a
 *    dependent output may depend on it; it is active when both hold and it is real. The analysis
 *    is flow-insensitive and binds actual and dummy arguments both ways, which over-approximates
 *    (more derivative code, never a missing derivative) and keeps one derivative signature per
 *    routine for all its call sites.
 */
#include "ad_int.h"

#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- bitsets */

Bits ad_bits_new(IrArena *a, int nbits)
{
	Bits b = {0};
	b.nw = (nbits + 63) / 64 + 1;
	b.w = ir_alloc(a, sizeof(uint64_t) * (size_t)b.nw);
	return b;
}

Bits ad_bits_listed(IrArena *a, int nbits)
{
	Bits b = {0};
	b.nw = (nbits + 63) / 64 + 1;
	/* the layout of rev_tmp_bits: words, span, count, word list, marks (list_of) */
	b.w = ir_alloc(a, sizeof(uint64_t) * (size_t)b.nw + sizeof(int) * (size_t)(4 + b.nw) + (size_t)b.nw);
	b.span = (int *)(b.w + b.nw);
	return b;
}

Bits ad_bits_sparse(IrArena *a)
{
	Bits b = {0};
	b.sp = ir_alloc(a, sizeof *b.sp);
	b.sp->a = a;
	return b;
}

/* The position of word wi in a sparse set, or where it would go (-1 - position). */
static int sparse_find(const BitsSparse *sp, int wi)
{
	int lo = 0, hi = sp->n;
	while (lo < hi) {
		int m = (lo + hi) / 2;
		if (sp->at[m] < wi)
			lo = m + 1;
		else if (sp->at[m] > wi)
			hi = m;
		else
			return m;
	}
	return -1 - lo;
}

void ad_bits_span(Bits b, int *lo, int *hi)
{
	*lo = 0;
	*hi = b.nw;
	if (b.span) {
		*lo = b.span[0];
		*hi = b.span[1] < b.nw ? b.span[1] : b.nw;
		if (*lo > *hi)
			*lo = *hi;
	}
}

/* A temporary's word list (rev_tmp_bits): after span[0], span[1] come span[2], how many words
 * are listed, the list of words that may be nonzero (each once, in no order) and a byte per
 * word, 1 if listed. Copies, ORs and clears visit the listed words only, so a routine's sets cost
 * what the routine touches: a single span from a module's low ids to the routine's own high ids
 * covered the whole program between them (issue 12 §1). */
static int *list_of(Bits b)
{
	return b.span + 3;
}

static unsigned char *marks_of(Bits b)
{
	return (unsigned char *)(b.span + 3 + b.nw);
}

/* Word wi of a temporary may now be nonzero. */
static void list_add(Bits b, int wi)
{
	unsigned char *m = marks_of(b);
	if (!m[wi]) {
		m[wi] = 1;
		list_of(b)[b.span[2]++] = wi;
	}
}

static int cmp_int(const void *x, const void *y)
{
	int a = *(const int *)x, b = *(const int *)y;
	return (a > b) - (a < b);
}

int ad_bits_words(Bits b, int **v)
{
	if (!b.span)
		return -1;
	*v = list_of(b);
	qsort(*v, (size_t)b.span[2], sizeof(int), cmp_int);
	return b.span[2];
}

/* Words [lo, hi) of dense b may now be nonzero. */
static void span_add(Bits b, int lo, int hi)
{
	if (!b.span || lo >= hi)
		return;
	if (b.span[0] >= b.span[1]) {
		b.span[0] = lo;
		b.span[1] = hi;
		return;
	}
	if (lo < b.span[0])
		b.span[0] = lo;
	if (hi > b.span[1])
		b.span[1] = hi;
}

/* Word wi of b (0 if not stored). */
static uint64_t bits_word(Bits b, int wi)
{
	if (!b.sp)
		return wi >= 0 && wi < b.nw ? b.w[wi] : 0;
	int k = sparse_find(b.sp, wi);
	return k >= 0 ? b.sp->w[k] : 0;
}

/* ORs v into word wi of b; returns 1 if it changed. A dense set ignores words past its end. */
static int bits_or_word(Bits b, int wi, uint64_t v)
{
	if (!v || wi < 0)
		return 0;
	if (!b.sp) {
		if (wi >= b.nw || (b.w[wi] | v) == b.w[wi])
			return 0;
		b.w[wi] |= v;
		span_add(b, wi, wi + 1);
		if (b.span)
			list_add(b, wi);
		return 1;
	}
	BitsSparse *sp = b.sp;
	int k = sparse_find(sp, wi);
	if (k >= 0) {
		if ((sp->w[k] | v) == sp->w[k])
			return 0;
		sp->w[k] |= v;
		return 1;
	}
	k = -1 - k;
	if (sp->n == sp->cap) { /* grows by doubling in the arena: the old arrays stay as garbage, at most as much again */
		int cap = sp->cap ? 2 * sp->cap : 4;
		int *at = ir_alloc(sp->a, sizeof *at * (size_t)cap);
		uint64_t *w = ir_alloc(sp->a, sizeof *w * (size_t)cap);
		if (sp->n) {
			memcpy(at, sp->at, sizeof *at * (size_t)sp->n);
			memcpy(w, sp->w, sizeof *w * (size_t)sp->n);
		}
		sp->at = at;
		sp->w = w;
		sp->cap = cap;
	}
	memmove(sp->at + k + 1, sp->at + k, sizeof *sp->at * (size_t)(sp->n - k));
	memmove(sp->w + k + 1, sp->w + k, sizeof *sp->w * (size_t)(sp->n - k));
	sp->at[k] = wi;
	sp->w[k] = v;
	sp->n++;
	return 1;
}

int ad_bits_nslots(Bits b)
{
	return b.sp ? b.sp->n : b.nw;
}

uint64_t ad_bits_slot(Bits b, int k, int *wi)
{
	if (!b.sp) {
		*wi = k;
		return b.w[k];
	}
	*wi = b.sp->at[k];
	return b.sp->w[k];
}

void ad_bits_clear(Bits b)
{
	if (b.sp) {
		b.sp->n = 0;
		return;
	}
	if (b.span) {
		int *l = list_of(b);
		unsigned char *m = marks_of(b);
		for (int k = 0; k < b.span[2]; k++) {
			b.w[l[k]] = 0;
			m[l[k]] = 0;
		}
		b.span[0] = b.span[1] = b.span[2] = 0;
		return;
	}
	memset(b.w, 0, sizeof(uint64_t) * (size_t)b.nw);
}

int ad_bits_get(Bits b, int i)
{
	return i >= 0 && (bits_word(b, i / 64) >> (i % 64)) & 1;
}

void ad_bits_set(Bits b, int i)
{
	if (i >= 0)
		bits_or_word(b, i / 64, (uint64_t)1 << (i % 64));
}

int ad_bits_or(Bits dst, Bits src)
{
	int ch = 0;
	if (!dst.sp && src.span) { /* the common case: the words src lists */
		const int *l = list_of(src);
		for (int k = 0; k < src.span[2]; k++)
			ch |= bits_or_word(dst, l[k], src.w[l[k]]);
		return ch;
	}
	if (!dst.sp && !src.sp) { /* word by word (over the words src may have) */
		int lo, hi;
		ad_bits_span(src, &lo, &hi);
		if (hi > dst.nw)
			hi = dst.nw;
		for (int i = lo; i < hi; i++) {
			uint64_t n = dst.w[i] | src.w[i];
			ch |= n != dst.w[i];
			dst.w[i] = n;
		}
		if (ch && dst.span) {
			span_add(dst, lo, hi);
			for (int i = lo; i < hi; i++)
				if (dst.w[i])
					list_add(dst, i);
		}
		return ch;
	}
	if (src.span) { /* into a sparse set: the words src lists */
		const int *l = list_of(src);
		for (int k = 0; k < src.span[2]; k++)
			ch |= bits_or_word(dst, l[k], src.w[l[k]]);
		return ch;
	}
	for (int k = 0; k < ad_bits_nslots(src); k++) {
		int wi;
		uint64_t v = ad_bits_slot(src, k, &wi);
		ch |= bits_or_word(dst, wi, v);
	}
	return ch;
}

void ad_bits_or_masked(Bits dst, Bits src, Bits mask)
{
	if (src.span) {
		const int *l = list_of(src);
		for (int k = 0; k < src.span[2]; k++)
			bits_or_word(dst, l[k], src.w[l[k]] & bits_word(mask, l[k]));
		return;
	}
	if (!src.sp) {
		int lo, hi;
		ad_bits_span(src, &lo, &hi);
		for (int wi = lo; wi < hi; wi++)
			bits_or_word(dst, wi, src.w[wi] & bits_word(mask, wi));
		return;
	}
	for (int k = 0; k < ad_bits_nslots(src); k++) {
		int wi;
		uint64_t v = ad_bits_slot(src, k, &wi);
		bits_or_word(dst, wi, v & bits_word(mask, wi));
	}
}

void ad_bits_copy(Bits dst, Bits src)
{
	if (!dst.sp && !src.sp) {
		if (!dst.span && !src.span) {
			memcpy(dst.w, src.w, sizeof(uint64_t) * (size_t)(dst.nw < src.nw ? dst.nw : src.nw));
			return;
		}
		ad_bits_clear(dst);
		ad_bits_or(dst, src);
		return;
	}
	ad_bits_clear(dst);
	ad_bits_or(dst, src);
}

/* Equal as sets (dense sets: over the words both have). */
int ad_bits_eq(Bits x, Bits y)
{
	if (x.span && y.span) { /* outside both lists, both are zero */
		int n = x.nw < y.nw ? x.nw : y.nw;
		for (int k = 0; k < x.span[2]; k++) {
			int wi = list_of(x)[k];
			if (wi < n && x.w[wi] != y.w[wi])
				return 0;
		}
		for (int k = 0; k < y.span[2]; k++) {
			int wi = list_of(y)[k];
			if (wi < n && x.w[wi] != y.w[wi])
				return 0;
		}
		return 1;
	}
	if (!x.sp && !y.sp) {
		int n = x.nw < y.nw ? x.nw : y.nw, xl, xh, yl, yh;
		ad_bits_span(x, &xl, &xh);
		ad_bits_span(y, &yl, &yh);
		int lo = xl < yl ? xl : yl, hi = xh > yh ? xh : yh; /* outside both, both are zero */
		if (xl >= xh)
			lo = yl, hi = yh;
		else if (yl >= yh)
			lo = xl, hi = xh;
		if (hi > n)
			hi = n;
		return lo >= hi || !memcmp(x.w + lo, y.w + lo, sizeof(uint64_t) * (size_t)(hi - lo));
	}
	for (int k = 0; k < ad_bits_nslots(x); k++) {
		int wi;
		if (ad_bits_slot(x, k, &wi) != bits_word(y, wi))
			return 0;
	}
	for (int k = 0; k < ad_bits_nslots(y); k++) {
		int wi;
		if (ad_bits_slot(y, k, &wi) != bits_word(x, wi))
			return 0;
	}
	return 1;
}

/* ---------------------------------------------------------------- variables */

IrSym *ad_root(const IrExpr *e)
{
	return e && e->kind == IR_VAR ? e->u.var.sym : NULL;
}

/* Every variable an expression or a block reads or writes (PARAMETERs left out), as the
 * canonical id given to fn: ad_collect_vars puts them in a bitset, tbr.c's id lists in a list. */
void ad_walk_vars(const IrExpr *e, AdIdFn fn, void *ctx)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_VAR:
		if (e->u.var.sym->kind != SYM_PARAM)
			fn(ctx, ad_canon(e->u.var.sym)->id);
		for (int i = 0; i < e->u.var.nidx; i++)
			ad_walk_vars(e->u.var.idx[i], fn, ctx);
		break;
	case IR_UNARY:
	case IR_BINARY:
		ad_walk_vars(e->u.op.a, fn, ctx);
		ad_walk_vars(e->u.op.b, fn, ctx);
		break;
	case IR_INTRIN:
	case IR_FCALL:
		for (int i = 0; i < e->u.call.nargs; i++)
			ad_walk_vars(e->u.call.args[i], fn, ctx);
		break;
	case IR_CONVERT: ad_walk_vars(e->u.conv.e, fn, ctx); break;
	default: break;
	}
}

typedef struct {
	AdIdFn *fn;
	void *ctx;
} WalkVars;

static void walk_slot(void *ctx, IrExpr **e)
{
	WalkVars *w = ctx;
	ad_walk_vars(*e, w->fn, w->ctx);
}

static int walk_stmt(void *ctx, IrStmt *s)
{
	IrVisit own = {walk_slot, NULL, ctx}; /* its own expressions: ir_block_find visits its blocks */
	ir_stmt_children(s, &own);
	return 0;
}

void ad_walk_block_vars(const IrBlock *blk, AdIdFn fn, void *ctx)
{
	WalkVars w = {fn, ctx};
	ir_block_find(blk, walk_stmt, &w);
}

static void set_bit(void *ctx, int id)
{
	ad_bits_set(*(Bits *)ctx, id);
}

void ad_collect_vars(const IrExpr *e, Bits b)
{
	ad_walk_vars(e, set_bit, &b);
}

static void collect_index_vars(const IrExpr *e, Bits b)
{
	if (e && e->kind == IR_VAR)
		for (int i = 0; i < e->u.var.nidx; i++)
			ad_collect_vars(e->u.var.idx[i], b);
}

void ad_collect_block_vars(const IrBlock *blk, Bits b)
{
	ad_walk_block_vars(blk, set_bit, &b);
}

IrSym *ad_bind(const IrStmt *call, IrSym *callee_sym)
{
	if (callee_sym->kind == SYM_ARG && callee_sym->owner == call->u.call.callee)
		return ad_root(call->u.call.args[callee_sym->argpos]);
	return ad_canon(callee_sym);
}

/* ---------------------------------------------------------------- read / write sets */

typedef struct RW {
	Ad *ad;
	Bits r, w;
	Bits globals;
} RW;

static void rw_block(RW *x, const IrBlock *b);
static void rw_unit(RW *x, IrUnit *u);

static void rw_call(RW *x, const IrStmt *s)
{
	IrUnit *q = s->u.call.callee;
	UnitInfo *qi = ad_info(q);
	for (int k = 0; k < s->u.call.nargs; k++) {
		IrExpr *act = s->u.call.args[k];
		collect_index_vars(act, x->r);
		IrSym *root = ad_root(act);
		IrSym *d = q->args[k];
		if (!root || root->kind == SYM_PARAM || root->absent) /* an omitted OPTIONAL: nothing passed */
			continue;
		if (ad_bits_get(qi->reads, d->id))
			ad_bits_set(x->r, ad_canon(root)->id);
		if (ad_bits_get(qi->writes, d->id))
			ad_bits_set(x->w, ad_canon(root)->id);
	}
	ad_bits_or_masked(x->r, qi->reads, x->globals);
	ad_bits_or_masked(x->w, qi->writes, x->globals);
}

/* What s itself reads and writes (ir_block_find visits its blocks). */
static int rw_stmt(void *ctx, IrStmt *s)
{
	RW *x = ctx;
	switch (s->kind) {
	case IR_ASSIGN:
		ad_bits_set(x->w, ad_canon(s->u.assign.lhs->u.var.sym)->id);
		collect_index_vars(s->u.assign.lhs, x->r);
		ad_collect_vars(s->u.assign.rhs, x->r);
		break;
	case IR_IF:
		for (int k = 0; k < s->u.if_.ncond; k++)
			ad_collect_vars(s->u.if_.conds[k], x->r);
		break;
	case IR_DO:
		ad_bits_set(x->w, ad_canon(s->u.do_.var->u.var.sym)->id);
		ad_collect_vars(s->u.do_.var, x->r);
		ad_collect_vars(s->u.do_.lo, x->r);
		ad_collect_vars(s->u.do_.hi, x->r);
		ad_collect_vars(s->u.do_.step, x->r);
		break;
	case IR_DOWHILE: ad_collect_vars(s->u.dowhile.cond, x->r); break;
	case IR_CALL: rw_call(x, s); break;
	case IR_PRINT:
		for (int k = 0; k < s->u.print.nitems; k++)
			ad_collect_vars(s->u.print.items[k], x->r);
		break;
	case IR_RT:
		/* ALLOCATE / DEALLOCATE write the whole array (its bounds are read) */
		if (s->u.rt.kind == RT_ALLOC || s->u.rt.kind == RT_FREE) {
			const IrSym *v = s->u.rt.e->u.var.sym;
			ad_bits_set(x->w, ad_canon(s->u.rt.e->u.var.sym)->id);
			for (int d = 0; d < v->rank; d++) {
				ad_collect_vars(v->dims[d].lo, x->r);
				ad_collect_vars(v->dims[d].hi, x->r);
			}
		}
		break;
	default: break;
	}
	return 0;
}

static void rw_block(RW *x, const IrBlock *b)
{
	ir_block_find(b, rw_stmt, x);
}

Bits ad_global_mask(Ad *ad, int nbits)
{
	Bits g = ad_bits_new(ad->a, nbits);
	for (int i = 0; i < ad->p->units.n; i++) {
		IrUnit *u = ad->p->units.v[i];
		if (u->kind == UNIT_MODULE)
			for (int k = 0; k < u->syms.n; k++)
				if (((IrSym *)u->syms.v[k])->kind == SYM_MODULE)
					ad_bits_set(g, ((IrSym *)u->syms.v[k])->id);
	}
	for (int i = 0; i < ad->p->commons.n; i++) {
		IrCommon *c = ad->p->commons.v[i];
		for (int k = 0; k < c->members.n; k++)
			ad_bits_set(g, ((IrSym *)c->members.v[k])->id);
	}
	return g;
}

void ad_block_rw(Ad *ad, const IrBlock *b, Bits globals, Bits r, Bits w)
{
	RW x = {ad, r, w, globals};
	rw_block(&x, b);
}

/*
 * Callees first, so one sweep suffices where the call graph is acyclic. The routines of a cycle
 * of calls (RECURSIVE) read their own summaries: every set starts empty and the sweep repeats
 * until no set grows (each sweep only adds, so this ends; the result is the least fixed point,
 * the same sets a sweep over the unrolled recursion would give).
 */
void ad_rw_sets(Ad *ad)
{
	Bits g = ad_global_mask(ad, ad->p->nsyms);
	int cyclic = 0;
	for (int i = 0; i < ad->units.n; i++) {
		IrUnit *u = ad->units.v[i];
		UnitInfo *ui = ad_info(u);
		ui->reads = ad_bits_sparse(ad->a);
		ui->writes = ad_bits_sparse(ad->a);
		cyclic |= u->cycle != 0;
	}
	/* listed: clearing them and ORing them into each routine's sparse summary costs what the
	 * routine touches, not the program's symbol count (issue 12 §1) */
	RW x = {ad, ad_bits_listed(ad->a, ad->p->nsyms), ad_bits_listed(ad->a, ad->p->nsyms), g};
	for (int changed = 1; changed;) {
		changed = 0;
		for (int i = 0; i < ad->units.n; i++) {
			IrUnit *u = ad->units.v[i];
			UnitInfo *ui = ad_info(u);
			ad_bits_clear(x.r);
			ad_bits_clear(x.w);
			rw_unit(&x, u);
			changed |= ad_bits_or(ui->reads, x.r) | ad_bits_or(ui->writes, x.w);
		}
		changed &= cyclic;
	}
}

/* The read and write sets of u (into x) from its body and its callees' current sets. */
static void rw_unit(RW *x, IrUnit *u)
{
	if (u->ext) {
		/* a routine without source: its intents (a passive one declared by the pragma reads
		 * and writes everything); module and COMMON variables it cannot name */
		for (int k = 0; k < u->nargs; k++) {
			if (u->args[k]->intent & INTENT_IN)
				ad_bits_set(x->r, u->args[k]->id);
			if (u->args[k]->intent & INTENT_OUT)
				ad_bits_set(x->w, u->args[k]->id);
		}
		return;
	}
	rw_block(x, &u->body);
	/* Array bounds read dummy arguments and globals at entry. */
	for (int k = 0; k < u->syms.n; k++) {
		IrSym *s = u->syms.v[k];
		for (int d = 0; d < s->rank; d++) {
			ad_collect_vars(s->dims[d].lo, x->r);
			ad_collect_vars(s->dims[d].hi, x->r);
		}
	}
}

/* ---------------------------------------------------------------- activity */

static int is_real_sym(const IrSym *s)
{
	return ir_base_is_real(s->type);
}

/*
 * The fixed point is a reachability problem on a graph built once: an assignment `l = e` gives
 * the edges v → l for the real variables v of e in the *varied* graph and l → v in the *useful*
 * graph; an actual argument bound to a real dummy gives edges both ways in both graphs (the
 * binding holds in both directions). Varied is what the independents and dependents reach in the
 * first graph, useful what they reach in the second. One pass over the statements plus a graph
 * search: linear in the program, where sweeping every routine until nothing changes took one
 * sweep per level of a deep call chain.
 */
typedef struct Graph {
	int n, cap;
	int *from, *to;
} Graph;

static void edge(Graph *g, int from, int to)
{
	if (from == to)
		return;
	if (g->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 1024;
		g->from = ir_xrealloc(g->from, sizeof(int) * (size_t)g->cap);
		g->to = ir_xrealloc(g->to, sizeof(int) * (size_t)g->cap);
	}
	g->from[g->n] = from;
	g->to[g->n] = to;
	g->n++;
}

typedef struct Act {
	Ad *ad;
	Graph varied, useful;
	int lhs; /* canonical id of the variable assigned */
} Act;

/* The real variables of e (not their subscripts, which are integers): edges with x->lhs. */
static void act_expr(Act *x, const IrExpr *e)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_VAR:
		if (is_real_sym(e->u.var.sym) && e->u.var.sym->kind != SYM_PARAM) {
			int id = ad_canon(e->u.var.sym)->id;
			edge(&x->varied, id, x->lhs);
			edge(&x->useful, x->lhs, id);
		}
		break;
	case IR_UNARY:
	case IR_BINARY:
		act_expr(x, e->u.op.a);
		act_expr(x, e->u.op.b);
		break;
	case IR_INTRIN:
		for (int i = 0; i < e->u.call.nargs; i++)
			act_expr(x, e->u.call.args[i]);
		break;
	case IR_CONVERT: act_expr(x, e->u.conv.e); break;
	default: break;
	}
}

/* The activity edges of s itself (ir_block_find visits its blocks). */
static int act_stmt(void *ctx, IrStmt *s)
{
	Act *x = ctx;
	if (s->kind == IR_ASSIGN) {
		IrSym *l = ad_canon(s->u.assign.lhs->u.var.sym);
		if (is_real_sym(l)) {
			x->lhs = l->id;
			act_expr(x, s->u.assign.rhs);
		}
	} else if (s->kind == IR_CALL) {
		IrUnit *q = s->u.call.callee;
		for (int k = 0; k < s->u.call.nargs; k++) {
			IrSym *root = ad_root(s->u.call.args[k]);
			IrSym *d = q->args[k];
			if (!root || !is_real_sym(d) || root->kind == SYM_PARAM)
				continue;
			if (q->ext && !ad_has_darg(x->ad, q, k))
				continue; /* no derivative flows through it */
			int r = ad_canon(root)->id;
			edge(&x->varied, r, d->id);
			edge(&x->varied, d->id, r);
			edge(&x->useful, r, d->id);
			edge(&x->useful, d->id, r);
		}
	}
	return 0;
}

/* Sets in b every node reachable in g from the nodes already set (depth first, explicit stack). */
static void reach(const Graph *g, int nnodes, Bits b)
{
	int *start = ir_xrealloc(NULL, sizeof(int) * ((size_t)nnodes + 1)); /* node v: adj[start[v] .. start[v+1]) */
	int *adj = ir_xrealloc(NULL, sizeof(int) * (size_t)g->n);
	int *stack = ir_xrealloc(NULL, sizeof(int) * (size_t)nnodes);
	memset(start, 0, sizeof(int) * ((size_t)nnodes + 1));
	for (int i = 0; i < g->n; i++)
		start[g->from[i] + 1]++;
	for (int v = 0; v < nnodes; v++)
		start[v + 1] += start[v];
	for (int i = 0; i < g->n; i++)
		adj[start[g->from[i]]++] = g->to[i];
	for (int v = nnodes; v > 0; v--) /* undo the fill's advance */
		start[v] = start[v - 1];
	start[0] = 0;
	int top = 0;
	for (int v = 0; v < nnodes; v++)
		if (ad_bits_get(b, v))
			stack[top++] = v;
	while (top) {
		int v = stack[--top];
		for (int k = start[v]; k < start[v + 1]; k++)
			if (!ad_bits_get(b, adj[k])) {
				ad_bits_set(b, adj[k]);
				stack[top++] = adj[k];
			}
	}
	free(start);
	free(adj);
	free(stack);
}

void ad_activity(Ad *ad, const int *indep, const int *dep)
{
	int nsyms = ad->p->nsyms;
	ad->varied = ad_bits_new(ad->a, nsyms);
	ad->useful = ad_bits_new(ad->a, nsyms);
	IrUnit *h = ad->head;
	/* Every argument named in --head gets a derivative: it is made active. */
	for (int k = 0; k < h->nargs; k++)
		if ((indep[k] || dep[k]) && ir_base_is_real(h->args[k]->type)) {
			ad_bits_set(ad->varied, h->args[k]->id);
			ad_bits_set(ad->useful, h->args[k]->id);
		}
	/* A routine without source has one derivative signature, the one its user wrote: the
	 * arguments with a derivative are active, whatever its callers pass. */
	for (int i = 0; i < ad->units.n; i++) {
		IrUnit *u = ad->units.v[i];
		for (int k = 0; u->ext && k < u->nargs; k++)
			if (ad_has_darg(ad, u, k)) {
				ad_bits_set(ad->varied, u->args[k]->id);
				ad_bits_set(ad->useful, u->args[k]->id);
			}
	}
	Act x = {.ad = ad};
	for (int i = 0; i < ad->units.n; i++)
		ir_block_find(&((IrUnit *)ad->units.v[i])->body, act_stmt, &x);
	reach(&x.varied, nsyms, ad->varied);
	reach(&x.useful, nsyms, ad->useful);
	free(x.varied.from);
	free(x.varied.to);
	free(x.useful.from);
	free(x.useful.to);
}

int ad_active(const Ad *ad, IrSym *s)
{
	if (!s || s->kind == SYM_PARAM || !ir_base_is_real(s->type))
		return 0;
	int id = ad_canon(s)->id;
	return ad_bits_get(ad->varied, id) && ad_bits_get(ad->useful, id);
}
