/*
 * tbr.c — the analysis half of reverse mode: what every statement's adjoint reads, TBR (which
 * overwritten values must be saved), snapshots of call sites, and the temporaries the
 * backward sweep recomputes instead of saving. reverse.c builds the sweeps from these facts;
 * the rules are written at the top of reverse.c.
 */
#include "rev_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>


/* Temporary bitsets of the analysis live on the heap and are freed at once (the arena would
 * keep every visit's copy until the end: too much on large programs). */
/* Freed temporaries, kept for the next of the same size: a set over the whole program made
 * and zeroed for every IF, loop and call of every routine was quadratic in time (and a fresh
 * calloc zeroes all of it); a kept one is clear already, and its word list tells what to zero. */
static struct {
	Bits v[64];
	int n;
} tmp_pool;

Bits rev_tmp_bits(int nbits)
{
	int nw = (nbits + 63) / 64 + 1;
	while (tmp_pool.n) {
		Bits b = tmp_pool.v[--tmp_pool.n];
		if (b.nw == nw)
			return b;
		free(b.w);
	}
	Bits b = {0};
	b.nw = nw;
	/* after the words: the span, the word list and its marks (analysis.c, list_of) */
	b.w = calloc(1, sizeof(uint64_t) * (size_t)b.nw + sizeof(int) * (size_t)(4 + b.nw) + (size_t)b.nw);
	if (!b.w) {
		fprintf(stderr, "stad: out of memory\n");
		abort();
	}
	b.span = (int *)(b.w + b.nw);
	return b;
}

void rev_tmp_free(Bits b)
{
	if (tmp_pool.n == (int)(sizeof tmp_pool.v / sizeof tmp_pool.v[0])) {
		free(b.w);
		return;
	}
	ad_bits_clear(b);
	tmp_pool.v[tmp_pool.n++] = b;
}

void rev_tmp_pool_free(void)
{
	while (tmp_pool.n)
		free(tmp_pool.v[--tmp_pool.n].w);
}

Facts *rev_facts(Rev *r, IrStmt *s)
{
	if (!s->aux) {
		Facts *f = ir_alloc(r->ad->a, sizeof *f);
		s->aux = f;
	}
	return s->aux;
}

IrExpr *rev_cp(Rev *r, const IrExpr *e)
{
	return ir_expr_copy(r->ad->a, e);
}

static int is_scalar(const IrSym *s)
{
	return s->rank == 0;
}

/* ---------------------------------------------------------------- adjoint of an assignment */

/* Is e the very same reference as the variable v (same symbol, same subscripts)? */
static int same_ref(const IrExpr *e, const IrExpr *v)
{
	if (e->kind != IR_VAR || e->u.var.sym != v->u.var.sym || e->u.var.nidx != v->u.var.nidx)
		return 0;
	for (int i = 0; i < e->u.var.nidx; i++) {
		const IrExpr *x = e->u.var.idx[i], *y = v->u.var.idx[i];
		int okx, oky;
		int64_t cx = ir_const_int(x, &okx), cy = ir_const_int(y, &oky);
		if (okx && oky && cx == cy)
			continue;
		if (x->kind == IR_VAR && y->kind == IR_VAR && !x->u.var.nidx && !y->u.var.nidx && x->u.var.sym == y->u.var.sym)
			continue;
		return 0; /* anything more complex: not provably the same element */
	}
	return 1;
}

/* The id of y's partner in one of ui's alias pairs (rev_alias_close), from the k-th pair on, or
 * -1: the storage y may be under another name. */
static int alias_partner(const UnitInfo *ui, int y, int *k)
{
	for (; *k < ui->nalias; ++*k) {
		int x = ui->alias_ids[2 * *k], z = ui->alias_ids[2 * *k + 1];
		if (x == y || z == y) {
			++*k;
			return x == y ? z : x;
		}
	}
	return -1;
}

/* Does e read y, or a variable y may be by its alias pairs (two parts of one array given to
 * two dummies, whose overlap a run-time index decides: `call f(w(k), w(j))`)? */
static int reads_alias(Rev *r, const IrExpr *e, IrSym *y)
{
	if (ad_expr_refers(e, y))
		return 1;
	const UnitInfo *ui = ad_info(r->src);
	if (!ui->nalias)
		return 0;
	Bits b = rev_tmp_bits(r->nbits);
	ad_collect_vars(e, b);
	int hit = 0;
	for (int k = 0, z; !hit && (z = alias_partner(ui, ad_canon(y)->id, &k)) >= 0;)
		hit = ad_bits_get(b, z);
	ad_bits_clear(b);
	rev_tmp_free(b);
	return hit;
}

/* y = e, y active:   [t = yb;] yb = 0 (after, or before when e reads y, by its name or by an
 * alias pair: yb zeroed after eb += t would zero what was added to one storage); eb += t */
void rev_adjoint_assign(Rev *r, const IrStmt *s, IrBlock *out, IrUnit *tmpowner)
{
	Ad *ad = r->ad;
	IrArena *a = ad->a;
	IrExpr *lhs = s->u.assign.lhs;
	if (!ad_active(ad, lhs->u.var.sym))
		return;
	IrExpr *lb = ad_dref(ad, lhs);
	IrExpr *zero = ad_zero(a, lb->type, s->loc);
	if (!ad_expr_active(ad, s->u.assign.rhs)) {
		ir_block_add(a, out, ir_assign(a, lb, zero, s->loc));
		return;
	}
	/* y = y + e, y = e + y, y = y - e (e not reading y): yb stays, eb += ±yb */
	const IrExpr *rhs = s->u.assign.rhs;
	if (rhs->kind == IR_BINARY && (rhs->u.op.op == IR_ADD || rhs->u.op.op == IR_SUB)) {
		const IrExpr *other = NULL;
		if (same_ref(rhs->u.op.a, lhs) && !ad_expr_refers(rhs->u.op.b, lhs->u.var.sym))
			other = rhs->u.op.b;
		else if (rhs->u.op.op == IR_ADD && same_ref(rhs->u.op.b, lhs) && !ad_expr_refers(rhs->u.op.a, lhs->u.var.sym))
			other = rhs->u.op.a;
		if (other) {
			IrExpr *w = rev_cp(r, lb);
			if (rhs->u.op.op == IR_SUB)
				w = ir_unop(a, IR_NEG, w, s->loc);
			ad_adjoint_expr(ad, other, w, ad_dref, ad, out, tmpowner);
			return;
		}
	}
	if (reads_alias(r, s->u.assign.rhs, lhs->u.var.sym)) {
		IrSym *t = ad_new_local(ad, tmpowner, "tempb", lb->type);
		ir_block_add(a, out, ir_assign(a, ir_var(a, t, NULL, 0, s->loc), lb, s->loc));
		ir_block_add(a, out, ir_assign(a, rev_cp(r, lb), zero, s->loc));
		ad_adjoint_expr(ad, s->u.assign.rhs, ir_var(a, t, NULL, 0, s->loc), ad_dref, ad, out, tmpowner);
	} else {
		ad_adjoint_expr(ad, s->u.assign.rhs, lb, ad_dref, ad, out, tmpowner);
		ir_block_add(a, out, ir_assign(a, rev_cp(r, lb), zero, s->loc));
	}
}

/* ---------------------------------------------------------------- TBR */

/* b gets, with each id of ui's alias pairs (ad.c, alias_pairs), the other id of the pair: a
 * dummy and the module or COMMON variable, or the other dummy, it may be are one storage, so a
 * write of one saves what an adjoint reads through the other. */
void rev_alias_close(const UnitInfo *ui, Bits b)
{
	for (int changed = ui->nalias > 0; changed;) {
		changed = 0;
		for (int i = 0; i < ui->nalias; i++) {
			int x = ui->alias_ids[2 * i], y = ui->alias_ids[2 * i + 1];
			int gx = ad_bits_get(b, x), gy = ad_bits_get(b, y);
			if (gx != gy) {
				ad_bits_set(b, gx ? y : x);
				changed = 1;
			}
		}
	}
}

/* Does q read id, or storage its alias pairs make one with id? */
static int reads_as(const UnitInfo *qi, int id)
{
	if (ad_bits_get(qi->reads, id))
		return 1;
	for (int i = 0; i < qi->nalias; i++) {
		int x = qi->alias_ids[2 * i], y = qi->alias_ids[2 * i + 1];
		if ((x == id && ad_bits_get(qi->reads, y)) || (y == id && ad_bits_get(qi->reads, x)))
			return 1;
	}
	return 0;
}

static void index_vars(const IrExpr *e, Bits b)
{
	if (e && e->kind == IR_VAR)
		for (int i = 0; i < e->u.var.nidx; i++)
			ad_collect_vars(e->u.var.idx[i], b);
}

/* The ids set in b, as a list in the arena; b is cleared. */
static IdList id_list(Rev *r, Bits b)
{
	int n = 0, *wv, nwv = ad_bits_words(b, &wv); /* ascending */
	for (int k = 0; k < nwv; k++)
		n += __builtin_popcountll(b.w[wv[k]]);
	IdList l = {ir_alloc(r->ad->a, sizeof(int) * (size_t)(n + 1)), 0};
	for (int k = 0; k < nwv; k++)
		for (uint64_t w = b.w[wv[k]]; w; w &= w - 1)
			l.v[l.n++] = wv[k] * 64 + __builtin_ctzll(w);
	ad_bits_clear(b);
	return l;
}

/* req ∪= l, leaving out `except` (an id, or -1). */
static void or_list(Bits req, IdList l, int except)
{
	for (int i = 0; i < l.n; i++)
		if (l.v[i] != except)
			ad_bits_set(req, l.v[i]);
}

static int in_list(IdList l, int id)
{
	for (int i = 0; i < l.n; i++)
		if (l.v[i] == id)
			return 1;
	return 0;
}

static IdList used_of_assign(Rev *r, IrStmt *s);

int rev_adjoint_reads(Rev *r, IrStmt *s, IrSym *x)
{
	return in_list(used_of_assign(r, s), ad_canon(x)->id);
}

/* The ids an adjoint uses, without a whole-program bitset per assignment: each id once (marked
 * in ad->idmark, a bitset made once per run and cleared id by id), ids from `limit` on left out
 * as a bitset of the run's size leaves them out. */
typedef struct IdCollect {
	Ad *ad;
	int limit;
	int n, cap;
	int *v;
} IdCollect;

static void collect_id(void *ctx, int id)
{
	IdCollect *c = ctx;
	if (id < 0 || id >= c->limit || (c->ad->idmark[id / 64] >> (id % 64) & 1))
		return;
	c->ad->idmark[id / 64] |= (uint64_t)1 << (id % 64);
	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 16;
		c->v = ir_xrealloc(c->v, sizeof *c->v * (size_t)c->cap);
	}
	c->v[c->n++] = id;
}

static int cmp_int(const void *x, const void *y)
{
	int a = *(const int *)x, b = *(const int *)y;
	return (a > b) - (a < b);
}

/* The collected ids in increasing order (id_list's), as a list in the arena; the marks cleared. */
static IdList collected_ids(Rev *r, IdCollect *c)
{
	if (c->n > 1) /* (qsort of NULL, 0 is undefined) */
		qsort(c->v, (size_t)c->n, sizeof *c->v, cmp_int);
	IdList l = {ir_alloc(r->ad->a, sizeof(int) * (size_t)(c->n + 1)), c->n};
	for (int i = 0; i < c->n; i++) {
		l.v[i] = c->v[i];
		c->ad->idmark[c->v[i] / 64] &= ~((uint64_t)1 << (c->v[i] % 64));
	}
	free(c->v);
	return l;
}

static IdList used_of_assign(Rev *r, IrStmt *s)
{
	Facts *f = rev_facts(r, s);
	if (!f->used_done) {
		/* The adjoint is built in a scratch arena, read, and dropped. Building it has no effect
		 * outside its nodes but the temporaries it makes in r->scratch: their symbols (in the
		 * scratch arena too, and forgotten with it) take ids from the program's counter as
		 * before, so that every later id, and the generated code, stays the same. */
		Ad *ad = r->ad;
		IrArena *keep = ad->a;
		if (!ad->scratch)
			ad->scratch = ir_arena_new();
		ad->a = ad->scratch;
		IrVec syms = r->scratch->syms;
		IrBlock tmp = {0};
		rev_adjoint_assign(r, s, &tmp, r->scratch);
		IdCollect c = {ad, ((r->nbits + 63) / 64 + 1) * 64, 0, 0, NULL};
		if (!ad->idmark) {
			ad->idmark = calloc((size_t)c.limit / 64, sizeof(uint64_t));
			if (!ad->idmark)
				abort();
		}
		ad_walk_block_vars(&tmp, collect_id, &c);
		ad->a = keep;
		r->scratch->syms = syms;
		ir_arena_reset(ad->scratch);
		f->used = collected_ids(r, &c);
		f->used_done = 1;
	}
	return f->used;
}

static IdList used_of_call(Rev *r, IrStmt *s)
{
	Facts *f = rev_facts(r, s);
	if (!f->used_done) {
		Bits used = rev_tmp_bits(r->nbits);
		IrUnit *q = s->u.call.callee;
		UnitInfo *qi = ad_info(q);
		/* Split, the callee's backward sweep reads only what its own adjoints need (its
		 * needs, found callees first); checkpointed, its forward sweep re-runs from the
		 * snapshot and reads everything it reads. A run-time decided site may be either. */
		CkpSite *site = ckp_site_of(r->ad->sites, s);
		int joint = !site || site->on || r->ad->req->dynamic_sites || !qi->has_needs;
		Bits need = joint ? qi->reads : qi->needs;
		if (q->ext && q->ext->passive) /* nothing of it runs in the backward sweep */
			need = ad_bits_sparse(r->ad->a);
		for (int k = 0; k < s->u.call.nargs; k++) {
			IrExpr *act = s->u.call.args[k];
			index_vars(act, used);
			IrSym *root = ad_root(act);
			if (root && !root->absent && ad_bits_get(need, q->args[k]->id))
				ad_bits_set(used, ad_canon(root)->id);
		}
		ad_bits_or_masked(used, need, r->globals);
		f->used = id_list(r, used);
		rev_tmp_free(used);
		f->used_done = 1;
	}
	return f->used;
}

/* The module variable or COMMON member whose id is i, the first in the order of the program's
 * modules then its COMMON blocks, by an index made once per translation; NULL when the index
 * misses (a symbol added after it was made: the caller then scans). */
static IrSym *global_of(Ad *ad, int i)
{
	if (!ad->gsyms) {
		ad->ngsyms = ad->p->nsyms;
		ad->gsyms = calloc((size_t)ad->ngsyms + 1, sizeof *ad->gsyms);
		if (!ad->gsyms) {
			fprintf(stderr, "stad: out of memory\n");
			abort();
		}
		for (int u = 0; u < ad->p->units.n; u++) {
			IrUnit *m = ad->p->units.v[u];
			if (m->kind == UNIT_MODULE)
				for (int k = 0; k < m->syms.n; k++) {
					IrSym *v = m->syms.v[k];
					if (v->id >= 0 && v->id < ad->ngsyms && !ad->gsyms[v->id])
						ad->gsyms[v->id] = v;
				}
		}
		for (int c = 0; c < ad->p->commons.n; c++) {
			IrCommon *cb = ad->p->commons.v[c];
			for (int k = 0; k < cb->members.n; k++) {
				IrSym *v = cb->members.v[k];
				if (v->id >= 0 && v->id < ad->ngsyms && !ad->gsyms[v->id])
					ad->gsyms[v->id] = v;
			}
		}
	}
	return i >= 0 && i < ad->ngsyms ? ad->gsyms[i] : NULL;
}

static void snapshot_of(Rev *r, IrStmt *s, Bits req)
{
	Facts *f = rev_facts(r, s);
	Ad *ad = r->ad;
	IrUnit *q = s->u.call.callee;
	UnitInfo *qi = ad_info(q);
	f->snap = (IrVec){0};
	f->snap_bad = 0;
	/* a passive routine without source is not run again (its reads need no saving), and one
	 * the pragma declares changes no active variable (its contract) */
	int rerun = !(q->ext && q->ext->passive), pragma = q->ext && q->ext->passive && !q->ext->described;
	Bits seen = rev_tmp_bits(r->nbits);
	for (int k = 0; k < s->u.call.nargs; k++) {
		IrSym *d = q->args[k];
		IrSym *root = ad_root(s->u.call.args[k]);
		if (!root || root->kind == SYM_PARAM || root->absent || !ad_bits_get(qi->writes, d->id))
			continue;
		if (pragma && ad_active(ad, root))
			continue;
		IrSym *c = ad_canon(root);
		if (!(rerun && reads_as(qi, d->id)) && !ad_bits_get(req, c->id))
			continue;
		if (ad_bits_get(seen, c->id))
			continue;
		ad_bits_set(seen, c->id);
		ir_vec_push(ad->a, &f->snap, root);
	}
	/* the globals it writes, by the set bits of globals & writes (a walk over every id per call
	 * site made the pass call sites x symbols) */
	for (int slot = 0; slot < ad_bits_nslots(qi->writes); slot++) {
		int w;
		uint64_t written = ad_bits_slot(qi->writes, slot, &w);
		if (w >= r->globals.nw)
			break;
		for (uint64_t bits = r->globals.w[w] & written; bits; bits &= bits - 1) {
			int i = w * 64 + __builtin_ctzll(bits);
			if (i >= ad->p->nsyms || i >= r->nbits)
				break;
			if (!reads_as(qi, i) && !ad_bits_get(req, i))
				continue;
			if (ad_bits_get(seen, i))
				continue;
			ad_bits_set(seen, i);
			/* find the canonical global symbol with this id */
			IrSym *g = global_of(ad, i);
			for (int u = 0; u < ad->p->units.n && !g; u++) {
				IrUnit *m = ad->p->units.v[u];
				if (m->kind == UNIT_MODULE)
					for (int k = 0; k < m->syms.n; k++)
						if (((IrSym *)m->syms.v[k])->id == i)
							g = m->syms.v[k];
			}
			for (int c = 0; c < ad->p->commons.n && !g; c++) {
				IrCommon *cb = ad->p->commons.v[c];
				for (int k = 0; k < cb->members.n; k++)
					if (((IrSym *)cb->members.v[k])->id == i)
						g = cb->members.v[k];
			}
			if (g)
				ir_vec_push(ad->a, &f->snap, g);
		}
	}
	rev_tmp_free(seen);
	for (int i = 0; i < f->snap.n; i++) {
		IrSym *v = f->snap.v[i];
		if (v->rank && !v->dims[v->rank - 1].hi) {
			f->snap_bad = 1;
			f->snap_bad_sym = v;
		}
	}
	/* a call that allocates or deallocates a module's ALLOCATABLE array (it writes the array's
	 * status) is not re-run from a snapshot: the re-run would allocate its adjoint anew, losing
	 * what the backward sweep accumulated there. It is always split (off). */
	if (ad->modunits_key != (void *)ad->p->units.v || ad->modunits_keyn != ad->p->units.n) {
		ad->modunits = ir_alloc(ad->a, sizeof(IrUnit *) * (size_t)(ad->p->units.n + 1));
		ad->nmodunits = 0;
		for (int i = 0; i < ad->p->units.n; i++)
			if (((IrUnit *)ad->p->units.v[i])->kind == UNIT_MODULE)
				ad->modunits[ad->nmodunits++] = ad->p->units.v[i];
		ad->modunits_key = ad->p->units.v;
		ad->modunits_keyn = ad->p->units.n;
	}
	for (int i = 0; i < ad->nmodunits && !f->snap_bad; i++) {
		IrUnit *m = ad->modunits[i];
		for (int k = 0; k < m->syms.n; k++) {
			IrSym *v = m->syms.v[k];
			if (v->alloc_of && v->alloc_dim < 0 && v->id < r->nbits && ad_bits_get(qi->writes, v->id)) {
				f->snap_bad = 1;
				f->snap_bad_sym = v->alloc_of;
				break;
			}
		}
	}
	/* NAME_b of a routine without source may leave what the routine writes changed (stad's
	 * own adjoints do): what earlier adjoints read of it is saved around the call (it is in
	 * the snapshot, so its size is known) */
	f->guard = (IrVec){0};
	if (q->ext && !q->ext->passive) {
		Bits g = rev_tmp_bits(r->nbits);
		for (int k = 0; k < s->u.call.nargs; k++) {
			IrSym *root = ad_root(s->u.call.args[k]);
			if (!root || root->kind == SYM_PARAM || root->absent || !ad_bits_get(qi->writes, q->args[k]->id))
				continue;
			IrSym *c = ad_canon(root);
			if (ad_bits_get(req, c->id) && !ad_bits_get(g, c->id)) {
				ad_bits_set(g, c->id);
				ir_vec_push(ad->a, &f->guard, root);
			}
		}
		rev_tmp_free(g);
	}
}

void rev_tbr_block(Rev *r, IrBlock *b, Bits req, int record);
static void tbr_loop_body(Rev *r, IrBlock *body, Bits req, int record);

IrDirective *rev_binomial_dir(const IrStmt *s)
{
	for (int i = 0; i < s->ndirs; i++)
		if (s->dirs[i]->kind == DIR_BINOMIAL)
			return s->dirs[i];
	return NULL;
}

IrDirective *rev_fploop_dir(const IrStmt *s)
{
	for (int i = 0; i < s->ndirs; i++)
		if (s->dirs[i]->kind == DIR_FPLOOP)
			return s->dirs[i]->taped ? NULL : s->dirs[i]; /* switched off: an ordinary loop */
	return NULL;
}

static int allocates(void *ctx, IrStmt *s)
{
	return s->kind == IR_RT && s->u.rt.kind == RT_ALLOC && s->u.rt.e->u.var.sym == ctx;
}

/* A temporary sema allocates before one statement and frees after it (an array-valued
 * expression's value: no status variable), or one of its bounds, allocated in body: dead between
 * the steps of a loop, so not part of their state (a snapshot would save its NULL storage). */
static int statement_temporary(const IrBlock *body, const IrSym *v)
{
	const IrSym *t = v->alloc_of && v->alloc_dim >= 0 ? v->alloc_of : v;
	return t->allocatable && !t->alloc_status && t->kind == SYM_LOCAL && ir_block_find(body, allocates, (void *)t);
}

typedef struct AllocWriter {
	Rev *r;
	const IrSym *v; /* an ALLOCATABLE's status or bounds, as the block's unit names it */
	int depth;
	IrStmt *found;
} AllocWriter;

static IrStmt *alloc_writer(Rev *r, const IrBlock *b, const IrSym *v, int depth);

static void note_block(void *ctx, IrBlock *b)
{
	(void)b;
	++*(int *)ctx;
}

/* Does s write x->v, and is it the statement that does (not a compound one around it)? A call
 * is followed into its callee through the dummy it passes v to. */
static int writes_alloc(void *ctx, IrStmt *s)
{
	AllocWriter *x = ctx;
	Rev *r = x->r;
	Bits rd = rev_tmp_bits(r->nbits), wr = rev_tmp_bits(r->nbits);
	IrBlock one = {0};
	ir_vec_push(r->ad->a, &one, s);
	ad_block_rw(r->ad, &one, r->globals, rd, wr);
	int w = x->v->id < r->nbits && ad_bits_get(wr, x->v->id);
	rev_tmp_free(rd);
	rev_tmp_free(wr);
	if (!w)
		return 0;
	int blocks = 0;
	ir_stmt_children(s, &(IrVisit){NULL, note_block, &blocks});
	if (blocks)
		return 0; /* the statement inside */
	const IrUnit *q = s->kind == IR_CALL ? s->u.call.callee : NULL;
	if (q && !q->ext && x->depth < 16)
		for (int k = 0; k < s->u.call.nargs && k < q->nargs && !x->found; k++) {
			const IrSym *root = ad_root(s->u.call.args[k]);
			if (root && q->args[k] && ad_canon((IrSym *)root) == ad_canon((IrSym *)x->v))
				x->found = alloc_writer(r, &q->body, q->args[k], x->depth + 1);
		}
	if (!x->found)
		x->found = s;
	return 1;
}

/* The statement of b (or of a routine it calls) that writes v, an ALLOCATABLE's status or
 * bounds: an ALLOCATE, a DEALLOCATE, or an assignment that may reallocate. NULL: none found. */
static IrStmt *alloc_writer(Rev *r, const IrBlock *b, const IrSym *v, int depth)
{
	AllocWriter x = {r, v, depth, NULL};
	(void)ir_block_find(b, writes_alloc, &x);
	return x.found;
}

static const char *whole_of(int rank)
{
	static const char all[] = ":, :, :, :, :, :, :";
	rank = rank < 1 ? 1 : rank > 7 ? 7 : rank;
	return all + 3 * (7 - rank);
}

/* The variables of the loop's body's write set wr, in f->state (locals, module and COMMON
 * variables): the snapshot of a BINOMIAL-CKP step or of an FP-LOOP's state; what cannot be
 * saved is refused (what names the directive). */
static void loop_state(Rev *r, IrStmt *s, Facts *f, Bits wr, const char *what)
{
	Ad *ad = r->ad;
	f->state = (IrVec){0};
	const IrBlock *body = s->kind == IR_DO ? &s->u.do_.body : &s->u.dowhile.body;
	for (int k = 0; k < r->src->syms.n; k++) {
		IrSym *v = r->src->syms.v[k];
		if (v->kind != SYM_PARAM && !ad_is_global(v) && ad_bits_get(wr, v->id) && !statement_temporary(body, v))
			ir_vec_push(ad->a, &f->state, v);
	}
	for (int i = 0; i < ad->p->units.n; i++) {
		IrUnit *m = ad->p->units.v[i];
		if (m->kind == UNIT_MODULE)
			for (int k = 0; k < m->syms.n; k++) {
				IrSym *v = m->syms.v[k];
				if (v->kind == SYM_MODULE && v->id < ad->ndmap && ad_bits_get(wr, v->id))
					ir_vec_push(ad->a, &f->state, v);
			}
	}
	for (int i = 0; i < ad->p->commons.n; i++) {
		IrCommon *c = ad->p->commons.v[i];
		for (int k = 0; k < c->members.n; k++) {
			IrSym *v = c->members.v[k];
			if (v->id < ad->ndmap && ad_bits_get(wr, v->id))
				ir_vec_push(ad->a, &f->state, v);
		}
	}
	for (int i = 0; i < f->state.n; i++) {
		IrSym *v = f->state.v[i];
		if (v->alloc_of && v->alloc_dim < 0) {
			const IrStmt *at = alloc_writer(r, body, v, 0);
			const char *a = v->alloc_of->name;
			if (at && at->loc.line)
				ir_error(at->loc,
				         "the %s loop (%s:%d) cannot save and re-run its steps: this statement may allocate or "
				         "deallocate '%s' (an ALLOCATE, a DEALLOCATE, or an assignment '%s = ...' that may "
				         "reallocate it: write '%s(%s) = ...' when its shape does not change, and allocate it "
				         "before the loop)",
				         what, s->loc.file, s->loc.line, a, a, a, whole_of(v->alloc_of->rank));
			else
				ir_error(s->loc,
				         "the %s loop allocates or deallocates '%s': its steps cannot be saved and "
				         "re-run (allocate the array before the loop; write '%s(%s) = ...' when an "
				         "assignment's shape does not change)",
				         what, a, a, whole_of(v->alloc_of->rank));
		}
		if (v->rank && !v->dims[v->rank - 1].hi)
			ir_error(s->loc, "the %s loop writes '%s', whose size is assumed ('*'): it cannot be saved", what,
			         v->name);
	}
}

/* A BINOMIAL-CKP loop is reversed as a whole by a revolve schedule: its state (everything a
 * step may write, the loop variable included) is its snapshot. Like a call, it reads its read
 * set in the backward sweep and restores what it writes. */
static void tbr_binomial(Rev *r, IrStmt *s, Bits req, int record)
{
	Ad *ad = r->ad;
	Facts *f = rev_facts(r, s);
	Bits inner = ad_bits_new(ad->a, r->nbits);
	tbr_loop_body(r, &s->u.do_.body, inner, record);
	if (record && !f->binomial) {
		f->binomial = 1;
		Bits rd = ad_bits_new(ad->a, r->nbits), wr = ad_bits_new(ad->a, r->nbits);
		ad_block_rw(ad, &s->u.do_.body, r->globals, rd, wr);
		ad_bits_set(wr, ad_canon(s->u.do_.var->u.var.sym)->id);
		loop_state(r, s, f, wr, "BINOMIAL-CKP");
		int ok;
		if (s->u.do_.step && (ir_const_int(s->u.do_.step, &ok) != 1 || !ok))
			ir_error(s->loc, "a BINOMIAL-CKP loop must have step 1");
	}
	Bits rd = rev_tmp_bits(r->nbits), wr = rev_tmp_bits(r->nbits);
	ad_block_rw(ad, &s->u.do_.body, r->globals, rd, wr);
	ad_bits_or(req, rd);
	ad_bits_or(req, wr);
	rev_tmp_free(rd);
	rev_tmp_free(wr);
	ad_collect_vars(s->u.do_.lo, req);
	ad_collect_vars(s->u.do_.hi, req);
	for (int i = 0; i < rev_binomial_dir(s)->nargs; i++)
		ad_collect_vars(rev_binomial_dir(s)->args[i], req);
}

/* An FP-LOOP (fixed-point loop) is reversed as a whole, two-phase (reverse.c, bwd_fploop):
 * the forward sweep runs it as the primal does and saves its state (everything a step may
 * write) before and after; the backward sweep repeats one step's adjoint at the converged
 * state. Like a BINOMIAL-CKP loop it reads its read set in the backward sweep and restores what
 * it writes. f->fpnorm: the adjoints of the state named in the directive and of every active
 * variable a step both reads and writes (what it carries to the next step). */
/* Is v, written by an FP-LOOP, the variable its directive names as n? The same symbol, or one of
 * the same name: in an internal procedure, sema resolved n to the host's variable, which the
 * lifted routine receives as a dummy of that name (frontend/sema_internal.c). */
static int names_state(IrSym *n, IrSym *v)
{
	return ad_canon(n) == ad_canon(v) || !strcmp(n->name, v->name);
}

static void tbr_fploop(Rev *r, IrStmt *s, Bits req, int record)
{
	Ad *ad = r->ad;
	Facts *f = rev_facts(r, s);
	IrDirective *d = rev_fploop_dir(s);
	IrBlock *body = s->kind == IR_DO ? &s->u.do_.body : &s->u.dowhile.body;
	Bits inner = ad_bits_new(ad->a, r->nbits);
	tbr_loop_body(r, body, inner, record);
	if (record && !f->fploop) {
		f->fploop = 1;
		Bits rd = ad_bits_new(ad->a, r->nbits), wr = ad_bits_new(ad->a, r->nbits);
		ad_block_rw(ad, body, r->globals, rd, wr);
		if (s->kind == IR_DO) /* (canon.c refuses a step that uses it) */
			ad_bits_set(wr, ad_canon(s->u.do_.var->u.var.sym)->id);
		loop_state(r, s, f, wr, "FP-LOOP");
		f->fpnorm = (IrVec){0};
		for (int i = 0; i < d->nstate; i++) {
			int written = 0;
			for (int k = 0; k < f->state.n; k++)
				written |= names_state(d->state[i], f->state.v[k]);
			if (!written)
				ir_error(d->loc,
				         "!$AD FP-LOOP names '%s', which the loop does not write: name the variables the loop "
				         "iterates on",
				         d->state[i]->name);
		}
		int active = 0;
		for (int i = 0; i < f->state.n; i++) {
			IrSym *v = f->state.v[i], *dv = ad_active(ad, v) ? ad_dsym(ad, v) : NULL;
			if (!dv)
				continue;
			active = 1;
			int named = 0;
			for (int k = 0; k < d->nstate; k++)
				named |= names_state(d->state[k], v);
			if (named || ad_bits_get(rd, ad_canon(v)->id))
				ir_vec_push(ad->a, &f->fpnorm, dv);
		}
		if (active && !f->fpnorm.n)
			ir_error(d->loc,
			         "this FP-LOOP carries no active variable from one step to the next (none is both read "
			         "and written): it is not a fixed-point iteration; remove the directive or name the state: "
			         "!$AD FP-LOOP z");
		if (!active)
			ir_warning(d->loc, "!$AD FP-LOOP on a loop that writes no active variable has no effect");
	}
	Bits rd = rev_tmp_bits(r->nbits), wr = rev_tmp_bits(r->nbits);
	ad_block_rw(ad, body, r->globals, rd, wr);
	ad_bits_or(req, rd);
	ad_bits_or(req, wr);
	rev_tmp_free(rd);
	rev_tmp_free(wr);
}

static void kill_scalar(Bits req, IrSym *s)
{
	if (is_scalar(s)) {
		int id = ad_canon(s)->id;
		if (id >= 0 && id / 64 < req.nw)
			req.w[id / 64] &= ~((uint64_t)1 << (id % 64));
	}
}

static void tbr_loop_body(Rev *r, IrBlock *body, Bits req, int record)
{
	Bits head = rev_tmp_bits(r->nbits);
	ad_bits_copy(head, req);
	Bits out = rev_tmp_bits(r->nbits);
	for (int iter = 0; iter < 100; iter++) {
		ad_bits_copy(out, head);
		rev_tbr_block(r, body, out, 0);
		if (!ad_bits_or(head, out))
			break;
	}
	ad_bits_copy(out, head);
	if (record)
		rev_tbr_block(r, body, out, 1);
	else
		rev_tbr_block(r, body, out, 0);
	ad_bits_or(head, out);
	ad_bits_copy(req, head);
	rev_tmp_free(head);
	rev_tmp_free(out);
}

static void tbr_stmt(Rev *r, IrStmt *s, Bits req, int record)
{
	Ad *ad = r->ad;
	rev_alias_close(ad_info(r->src), req);
	switch (s->kind) {
	case IR_ASSIGN: {
		IrSym *y = s->u.assign.lhs->u.var.sym;
		IdList used = used_of_assign(r, s);
		int yid = is_scalar(y) ? ad_canon(y)->id : -1; /* what kill_scalar removes */
		if (rev_facts(r, s)->recompute) {
			/* its value comes back by recomputation: nothing to save, but the backward
			 * sweep reads its right-hand side again (callers must give that back) */
			or_list(req, used, -1);
			ad_collect_vars(s->u.assign.rhs, req);
			kill_scalar(req, y); /* y itself is not needed before the statement */
			return;
		}
		int push = ad_bits_get(req, ad_canon(y)->id) || in_list(used, ad_canon(y)->id);
		/* its own adjoint reads what y may be under another name (an alias pair): the write
		 * through y must be undone before it */
		for (int k = 0, z; !push && (z = alias_partner(ad_info(r->src), ad_canon(y)->id, &k)) >= 0;)
			push = in_list(used, z);
		if (record)
			rev_facts(r, s)->push_lhs = push;
		if (push) {
			kill_scalar(req, y);
			index_vars(s->u.assign.lhs, req);
		}
		or_list(req, used, push ? yid : -1); /* its pre-statement value comes back by the pop */
		return;
	}
	case IR_IF: {
		Bits acc = rev_tmp_bits(r->nbits);
		Bits br = rev_tmp_bits(r->nbits);
		for (int k = 0; k < s->u.if_.ncond; k++) {
			ad_bits_copy(br, req);
			rev_tbr_block(r, &s->u.if_.blocks[k], br, record);
			ad_bits_or(acc, br);
		}
		ad_bits_copy(br, req);
		rev_tbr_block(r, &s->u.if_.else_, br, record);
		ad_bits_or(acc, br);
		ad_bits_copy(req, acc);
		rev_tmp_free(acc);
		rev_tmp_free(br);
		return;
	}
	case IR_DO: {
		if (rev_fploop_dir(s)) {
			tbr_fploop(r, s, req, record);
			return;
		}
		if (rev_binomial_dir(s)) {
			tbr_binomial(r, s, req, record);
			return;
		}
		IrSym *v = s->u.do_.var->u.var.sym;
		int push = ad_bits_get(req, ad_canon(v)->id);
		if (record)
			rev_facts(r, s)->push_var = push;
		kill_scalar(req, v);
		tbr_loop_body(r, &s->u.do_.body, req, record);
		kill_scalar(req, v);
		return;
	}
	case IR_DOWHILE:
		if (rev_fploop_dir(s)) {
			tbr_fploop(r, s, req, record);
			return;
		}
		if (rev_binomial_dir(s) && record)
			ir_error(s->loc, "a BINOMIAL-CKP loop cannot be left early (by EXIT, RETURN or a GO TO out of it)");
		tbr_loop_body(r, &s->u.dowhile.body, req, record);
		return;
	case IR_BLOCK: rev_tbr_block(r, &s->u.block, req, record); return;
	case IR_CALL: {
		if (record) {
			snapshot_of(r, s, req);
			/* the callee must give back what this caller still needs (callers are analysed
			 * first; see ad_reverse) */
			IrUnit *q = s->u.call.callee;
			UnitInfo *qi = ad_info(q);
			if (!qi->has_entry) {
				qi->entry = ad_bits_sparse(ad->a);
				qi->has_entry = 1;
			}
			for (int k = 0; k < s->u.call.nargs; k++) {
				IrSym *root = ad_root(s->u.call.args[k]);
				if (root && ad_bits_get(req, ad_canon(root)->id))
					ad_bits_set(qi->entry, q->args[k]->id);
			}
			ad_bits_or_masked(qi->entry, req, r->globals);
		}
		or_list(req, used_of_call(r, s), -1);
		return;
	}
	default: return;
	}
}

void rev_tbr_block(Rev *r, IrBlock *b, Bits req, int record)
{
	for (int i = 0; i < b->n; i++)
		tbr_stmt(r, b->v[i], req, record);
	rev_alias_close(ad_info(r->src), req);
}

/* ---------------------------------------------------------------- recomputation */

/* A temporary `x = e` is recomputed in the backward sweep instead of saved when its value is
 * the same whenever the backward sweep needs it: x is a scalar local assigned only there (no
 * call writes it), read only after it in the same block, and e reads only variables the
 * routine never writes, the variables of enclosing DO loops (the backward sweep sets them),
 * constants, and temporaries recomputed before it in the block. The backward sweep of the
 * block starts by re-running those assignments in order. This removes most pushes of
 * stencil-like loop bodies. */
typedef struct Recomp {
	Ad *ad;
	Bits written; /* assigned or written by calls anywhere in the routine */
	int *nassign; /* per symbol id: assignments (and DO headers) */
	int *nuse;    /* per symbol id: references */
	int nids;
	Bits loopvars;              /* DO variables of the loops around the current block */
	Bits avail;                 /* recomputable temporaries of the current block so far */
	int delta;                  /* what count_block adds per reference: 1, or -1 to undo */
	int *after_use, *after_asg; /* scratch, zero between uses: counts over the rest of a block */
} Recomp;

/* Adds c->delta to counts[id] and remembers id, so that the counts are zeroed after the routine. */
static void count_add(Recomp *c, int *counts, int id)
{
	if (id < 0 || id >= c->nids)
		return;
	Ad *ad = c->ad;
	if (!counts[id]) {
		if (ad->rc_ntouched == ad->rc_captouched) {
			ad->rc_captouched = ad->rc_captouched ? 2 * ad->rc_captouched : 1024;
			ad->rc_touched = ir_xrealloc(ad->rc_touched, sizeof(int) * (size_t)ad->rc_captouched);
		}
		ad->rc_touched[ad->rc_ntouched++] = id;
	}
	counts[id] += c->delta;
}

static void count_expr(Recomp *c, const IrExpr *e)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_VAR:
		count_add(c, c->nuse, e->u.var.sym->id);
		for (int i = 0; i < e->u.var.nidx; i++)
			count_expr(c, e->u.var.idx[i]);
		break;
	case IR_UNARY:
	case IR_BINARY:
		count_expr(c, e->u.op.a);
		count_expr(c, e->u.op.b);
		break;
	case IR_INTRIN:
	case IR_FCALL:
		for (int i = 0; i < e->u.call.nargs; i++)
			count_expr(c, e->u.call.args[i]);
		break;
	case IR_CONVERT: count_expr(c, e->u.conv.e); break;
	default: break;
	}
}

static void count_block(Recomp *c, const IrBlock *b, int *nuse_out)
{
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		switch (s->kind) {
		case IR_ASSIGN: {
			count_add(c, c->nassign, s->u.assign.lhs->u.var.sym->id);
			for (int k = 0; k < s->u.assign.lhs->u.var.nidx; k++)
				count_expr(c, s->u.assign.lhs->u.var.idx[k]);
			count_expr(c, s->u.assign.rhs);
			break;
		}
		case IR_IF:
			for (int k = 0; k < s->u.if_.ncond; k++) {
				count_expr(c, s->u.if_.conds[k]);
				count_block(c, &s->u.if_.blocks[k], nuse_out);
			}
			count_block(c, &s->u.if_.else_, nuse_out);
			break;
		case IR_DO: {
			count_add(c, c->nassign, s->u.do_.var->u.var.sym->id);
			count_expr(c, s->u.do_.lo);
			count_expr(c, s->u.do_.hi);
			count_expr(c, s->u.do_.step);
			count_block(c, &s->u.do_.body, nuse_out);
			break;
		}
		case IR_DOWHILE:
			count_expr(c, s->u.dowhile.cond);
			count_block(c, &s->u.dowhile.body, nuse_out);
			break;
		case IR_CALL:
			for (int k = 0; k < s->u.call.nargs; k++)
				count_expr(c, s->u.call.args[k]);
			break;
		case IR_PRINT:
			for (int k = 0; k < s->u.print.nitems; k++)
				count_expr(c, s->u.print.items[k]);
			break;
		case IR_BLOCK: count_block(c, &s->u.block, nuse_out); break;
		default: break;
		}
	}
}

/* Every variable of e can be read again, unchanged, in the backward sweep. */
static int stable_expr(Recomp *c, const IrExpr *e)
{
	if (!e)
		return 1;
	switch (e->kind) {
	case IR_VAR: {
		IrSym *v = e->u.var.sym;
		if (v->allocatable)
			return 0; /* may be unallocated where the backward sweep of the block starts */
		if (v->kind != SYM_PARAM) {
			int id = ad_canon(v)->id;
			if (ad_bits_get(c->written, id) && !ad_bits_get(c->loopvars, id) && !ad_bits_get(c->avail, v->id))
				return 0;
		}
		for (int i = 0; i < e->u.var.nidx; i++)
			if (!stable_expr(c, e->u.var.idx[i]))
				return 0;
		return 1;
	}
	case IR_UNARY:
	case IR_BINARY: return stable_expr(c, e->u.op.a) && stable_expr(c, e->u.op.b);
	case IR_INTRIN:
		if (ir_intrinsic_impure(e->u.call.id))
			return 0; /* a timer or a random number: another value each time */
		for (int i = 0; i < e->u.call.nargs; i++)
			if (!stable_expr(c, e->u.call.args[i]))
				return 0;
		return 1;
	case IR_CONVERT: return stable_expr(c, e->u.conv.e);
	case IR_FCALL: return 0;
	default: return 1;
	}
}

/* reads_after[i]: statement i assigns a variable every reference of which (in the routine) comes
 * after i in this block. One backward walk counting references into scratch counters, one forward
 * walk undoing the counts. */
static unsigned char *reads_after(Recomp *c, const IrBlock *b)
{
	unsigned char *ok = ir_xrealloc(NULL, (size_t)b->n + 1);
	Recomp after = *c;
	after.nuse = c->after_use;
	after.nassign = c->after_asg;
	for (int i = b->n - 1; i >= 0; i--) {
		IrStmt *s = b->v[i];
		ok[i] = 0;
		if (s->kind == IR_ASSIGN) {
			int id = s->u.assign.lhs->u.var.sym->id;
			ok[i] = id >= 0 && id < c->nids && after.nuse[id] == c->nuse[id];
		}
		IrBlock one = {b->v + i, 1, 1};
		after.delta = 1;
		count_block(&after, &one, NULL);
	}
	after.delta = -1;
	count_block(&after, b, NULL);
	return ok;
}

static void mark_block(Rev *r, Recomp *c, IrBlock *b)
{
	Bits saved = rev_tmp_bits(c->avail.nw * 64 - 64);
	ad_bits_copy(saved, c->avail);
	ad_bits_clear(c->avail);
	unsigned char *after_ok = reads_after(c, b);
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		if (s->kind == IR_ASSIGN) {
			IrSym *x = s->u.assign.lhs->u.var.sym;
			int id = x->id;
			int ok = x->kind == SYM_LOCAL && x->rank == 0 && id >= 0 && id < c->nids && c->nassign[id] == 1 &&
			        !ad_expr_refers(s->u.assign.rhs, x) && stable_expr(c, s->u.assign.rhs) && after_ok[i];
			if (ok) {
				rev_facts(r, s)->recompute = 1;
				ad_bits_set(c->avail, id);
			}
		}
		switch (s->kind) {
		case IR_IF:
			for (int k = 0; k < s->u.if_.ncond; k++)
				mark_block(r, c, &s->u.if_.blocks[k]);
			mark_block(r, c, &s->u.if_.else_);
			break;
		case IR_DO: {
			int v = ad_canon(s->u.do_.var->u.var.sym)->id;
			int had = ad_bits_get(c->loopvars, v);
			ad_bits_set(c->loopvars, v);
			if (!rev_binomial_dir(s) && !rev_fploop_dir(s))
				mark_block(r, c, &s->u.do_.body);
			if (!had && v >= 0 && v / 64 < c->loopvars.nw)
				c->loopvars.w[v / 64] &= ~((uint64_t)1 << (v % 64));
			break;
		}
		case IR_DOWHILE:
			if (!rev_fploop_dir(s))
				mark_block(r, c, &s->u.dowhile.body);
			break;
		case IR_BLOCK: mark_block(r, c, &s->u.block); break;
		default: break;
		}
	}
	free(after_ok);
	ad_bits_copy(c->avail, saved);
	rev_tmp_free(saved);
}

/* The variables the calls of a block write (through their dummies): ir_block_find. */
static int call_writes(void *ctx, IrStmt *s)
{
	Bits *out = ctx;
	if (s->kind != IR_CALL)
		return 0;
	IrUnit *q = s->u.call.callee;
	for (int k = 0; k < s->u.call.nargs; k++) {
		IrSym *root = ad_root(s->u.call.args[k]);
		if (root && ad_bits_get(ad_info(q)->writes, q->args[k]->id))
			ad_bits_set(*out, root->id);
	}
	return 0;
}

void rev_recompute_free(Ad *ad)
{
	free(ad->rc_counts);
	free(ad->rc_touched);
	ad->rc_counts = ad->rc_touched = NULL;
	free(ad->gsyms);
	ad->gsyms = NULL;
	free(ad->idmark);
	ad->idmark = NULL;
	ad->ngsyms = 0;
	ad->rc_n = ad->rc_ntouched = ad->rc_captouched = 0;
}

void rev_mark_recompute(Rev *r, IrUnit *u)
{
	Ad *ad = r->ad;
	Recomp c = {ad, {0}, NULL, NULL, 0, {0}, {0}, 1, NULL, NULL};
	c.nids = ad->p->nsyms + 64;
	if (ad->rc_n < c.nids + 1) { /* symbols were added since: bigger arrays, zeroed */
		free(ad->rc_counts);
		ad->rc_n = 2 * (c.nids + 1);
		ad->rc_counts = calloc((size_t)4 * (size_t)ad->rc_n, sizeof(int));
		if (!ad->rc_counts) {
			fprintf(stderr, "stad: out of memory\n");
			abort();
		}
		ad->rc_ntouched = 0;
	}
	c.nassign = ad->rc_counts;
	c.nuse = ad->rc_counts + ad->rc_n;
	c.after_use = ad->rc_counts + 2 * ad->rc_n;
	c.after_asg = ad->rc_counts + 3 * ad->rc_n;
	/* scratch sets, freed below: one per routine from the arena made memory grow with routines x symbols */
	Bits rd = rev_tmp_bits(c.nids);
	c.written = rev_tmp_bits(c.nids);
	ad_block_rw(ad, &u->body, r->globals, rd, c.written);
	rev_alias_close(ad_info(u), c.written);
	count_block(&c, &u->body, NULL);
	/* a temporary written by a call is not one */
	Bits callw = rev_tmp_bits(c.nids);
	ir_block_find(&u->body, call_writes, &callw);
	c.delta = 2; /* never a temporary */
	int *cwv, ncwv = ad_bits_words(callw, &cwv);
	for (int k = 0; k < ncwv; k++)
		for (uint64_t bits = callw.w[cwv[k]]; bits; bits &= bits - 1)
			count_add(&c, c.nassign, cwv[k] * 64 + __builtin_ctzll(bits));
	c.delta = 1;
	c.loopvars = rev_tmp_bits(c.nids);
	c.avail = rev_tmp_bits(c.nids);
	mark_block(r, &c, &u->body);
	for (int i = 0; i < ad->rc_ntouched; i++) { /* zero what this routine counted */
		int id = ad->rc_touched[i];
		c.nassign[id] = c.nuse[id] = c.after_use[id] = c.after_asg[id] = 0;
	}
	ad->rc_ntouched = 0;
	rev_tmp_free(rd);
	rev_tmp_free(c.written);
	rev_tmp_free(callw);
	rev_tmp_free(c.loopvars);
	rev_tmp_free(c.avail);
}

IdList rev_analyse_unit(Ad *ad, IrUnit *u, Bits globals, int nbits)
{
	UnitInfo *ui = ad_info(u);
	IrArena *a = ad->a;
	Rev r = {ad, u, ui->fwd, ui->bwd, NULL, globals, nbits, NULL, {0}};
	r.scratch = ir_unit_new(a, UNIT_SUBROUTINE, "scratch", u->loc);
	Bits req = rev_tmp_bits(nbits);
	if (!ui->is_head && ui->has_entry)
		ad_bits_or(req, ui->entry);
	rev_tbr_block(&r, &u->body, req, 1);
	/* of the set at the end, the routine's own locals (what build_unit asks of it), as a list:
	 * a whole-program set per routine made memory grow with routines x symbols */
	int n = 0;
	for (int k = 0; k < u->syms.n; k++) {
		IrSym *s = u->syms.v[k];
		n += (s->kind == SYM_LOCAL || s->kind == SYM_RESULT) && ad_bits_get(req, s->id);
	}
	IdList l = {ir_alloc(a, sizeof(int) * (size_t)(n + 1)), 0};
	for (int k = 0; k < u->syms.n; k++) {
		IrSym *s = u->syms.v[k];
		if ((s->kind == SYM_LOCAL || s->kind == SYM_RESULT) && ad_bits_get(req, s->id))
			l.v[l.n++] = s->id;
	}
	rev_tmp_free(req);
	return l;
}

static int recomputes(void *ctx, IrStmt *s)
{
	const Facts *f = s->aux;
	return s->kind == IR_ASSIGN && f && f->recompute && s->u.assign.lhs->u.var.sym == ctx;
}

/* Is x a temporary the backward sweep recomputes (its value is never saved)? */
int rev_recomputed(const IrUnit *u, const IrSym *x)
{
	return ir_block_find(&u->body, recomputes, (void *)x) != NULL;
}
