/*
 * clone.c — copying IR into a new unit with its own symbols.
 *
 * The transformations build statements that refer to the primal routine's symbols (and to
 * derivative symbols made for them); a SymMap then turns every reference into the new unit's
 * clone, so each generated routine owns its declarations while globals stay shared.
 */
#include "ad_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

SymMap ad_map_new(Ad *ad)
{
	SymMap m = {0};
	m.ad = ad;
	m.n = ad->p->nsyms + 1;
	while (ad->nmappool && ad->mappool_n[ad->nmappool - 1] < m.n) /* made before symbols were added */
		free(ad->mappool[--ad->nmappool]);
	if (ad->nmappool) {
		ad->nmappool--;
		m.v = ad->mappool[ad->nmappool];
		m.n = ad->mappool_n[ad->nmappool];
	} else {
		m.n += m.n / 2 + 1024;                              /* room for the symbols the passes add */
		m.v = ir_xrealloc(NULL, sizeof *m.v * (size_t)m.n); /* back to the pool or freed by ad_map_free */
		memset(m.v, 0, sizeof *m.v * (size_t)m.n);
	}
	return m;
}

void ad_map_free(SymMap *m)
{
	for (int i = 0; i < m->nset; i++)
		m->v[m->set[i]] = NULL;
	Ad *ad = m->ad;
	if (ad->nmappool < (int)(sizeof ad->mappool / sizeof ad->mappool[0])) {
		ad->mappool_n[ad->nmappool] = m->n;
		ad->mappool[ad->nmappool++] = m->v;
	} else
		free(m->v);
	free(m->set);
	*m = (SymMap){0};
}

/* Empties the pool (at the end of a run). */
void ad_map_pool_free(Ad *ad)
{
	while (ad->nmappool)
		free(ad->mappool[--ad->nmappool]);
}

static IrSym *map_get(const SymMap *m, IrSym *s)
{
	if (s->id >= 0 && s->id < m->n && m->v[s->id])
		return m->v[s->id];
	return s;
}

IrSym *ad_clone_sym(Ad *ad, SymMap *m, IrUnit *dst, IrSym *s)
{
	IrSym *c = ir_alloc(ad->a, sizeof *c);
	*c = *s;
	c->owner = dst;
	c->origin = s->kind == SYM_COMMON ? s->origin : s;
	c->aux = NULL;
	ir_vec_push(ad->a, &dst->syms, c);
	if (s->id >= 0 && s->id < m->n) {
		if (!m->v[s->id]) {
			if (m->nset == m->capset) {
				m->capset = m->capset ? 2 * m->capset : 64;
				m->set = ir_xrealloc(m->set, sizeof(int) * (size_t)m->capset);
			}
			m->set[m->nset++] = s->id;
		}
		m->v[s->id] = c;
	}
	return c;
}

/* A substitution: the map, and with own set the mark since which the nodes were made by the
 * caller's sweep alone, changed in place; older nodes (the primal's, Facts') are copied. */
typedef struct Subst {
	Ad *ad;
	const SymMap *m;
	int own;
	IrArenaMark mark;
} Subst;

/* Can p be changed in place? (Only what was allocated since the mark.) */
static int mine(const Subst *x, const void *p)
{
	return x->own && ir_arena_since(x->ad->a, x->mark, p);
}

static void *node(const Subst *x, const void *p, size_t n)
{
	if (mine(x, p))
		return (void *)p;
	void *c = ir_alloc(x->ad->a, n);
	memcpy(c, p, n);
	return c;
}

/* The array v of n expressions with each substituted: v itself when it may be changed. */
static IrExpr *subst_expr(const Subst *x, const IrExpr *e);

static IrExpr **subst_list(const Subst *x, IrExpr *const *v, int n)
{
	if (!n)
		return NULL;
	IrExpr **r = mine(x, v) ? (IrExpr **)v : ir_alloc(x->ad->a, sizeof *r * (size_t)n);
	for (int i = 0; i < n; i++)
		r[i] = subst_expr(x, v[i]);
	return r;
}

static IrExpr *subst_expr(const Subst *x, const IrExpr *e)
{
	if (!e)
		return NULL;
	IrExpr *c = node(x, e, sizeof *c);
	switch (e->kind) {
	case IR_VAR:
		c->u.var.sym = map_get(x->m, c->u.var.sym);
		c->u.var.idx = subst_list(x, c->u.var.idx, c->u.var.nidx);
		break;
	case IR_UNARY:
	case IR_BINARY:
		c->u.op.a = subst_expr(x, c->u.op.a);
		c->u.op.b = subst_expr(x, c->u.op.b);
		break;
	case IR_INTRIN:
	case IR_FCALL: c->u.call.args = subst_list(x, c->u.call.args, c->u.call.nargs); break;
	case IR_CONVERT: c->u.conv.e = subst_expr(x, c->u.conv.e); break;
	default: break;
	}
	return c;
}

IrExpr *ad_subst_expr(Ad *ad, const SymMap *m, const IrExpr *e)
{
	Subst x = {ad, m, 0, {0}};
	return subst_expr(&x, e);
}

static void subst_block(const Subst *x, IrBlock *b);

static IrStmt *subst_stmt(const Subst *x, const IrStmt *s)
{
	Ad *ad = x->ad;
	IrStmt *c = node(x, s, sizeof *c);
	switch (s->kind) {
	case IR_ASSIGN:
		c->u.assign.lhs = subst_expr(x, c->u.assign.lhs);
		c->u.assign.rhs = subst_expr(x, c->u.assign.rhs);
		break;
	case IR_IF: {
		int n = c->u.if_.ncond;
		c->u.if_.conds = subst_list(x, c->u.if_.conds, n);
		if (!mine(x, c->u.if_.blocks)) {
			IrBlock *bl = ir_alloc(ad->a, sizeof(IrBlock) * (size_t)(n + 1));
			for (int k = 0; k < n; k++)
				bl[k] = c->u.if_.blocks[k];
			c->u.if_.blocks = bl;
		}
		for (int k = 0; k < n; k++)
			subst_block(x, &c->u.if_.blocks[k]);
		subst_block(x, &c->u.if_.else_);
		break;
	}
	case IR_DO:
		c->u.do_.var = subst_expr(x, c->u.do_.var);
		c->u.do_.lo = subst_expr(x, c->u.do_.lo);
		c->u.do_.hi = subst_expr(x, c->u.do_.hi);
		c->u.do_.step = subst_expr(x, c->u.do_.step);
		subst_block(x, &c->u.do_.body);
		break;
	case IR_DOWHILE:
		c->u.dowhile.cond = subst_expr(x, c->u.dowhile.cond);
		subst_block(x, &c->u.dowhile.body);
		break;
	case IR_CALL: c->u.call.args = subst_list(x, c->u.call.args, c->u.call.nargs); break;
	case IR_PRINT: c->u.print.items = subst_list(x, c->u.print.items, c->u.print.nitems); break;
	case IR_STOP: c->u.stop.code = subst_expr(x, c->u.stop.code); break;
	case IR_RT:
		c->u.rt.e = subst_expr(x, c->u.rt.e);
		c->u.rt.count = subst_expr(x, c->u.rt.count);
		if (c->u.rt.nvars) { /* always a copy: the list may be a Facts' own (prof) */
			IrSym **v = ir_alloc(ad->a, sizeof(IrSym *) * (size_t)c->u.rt.nvars);
			for (int i = 0; i < c->u.rt.nvars; i++)
				v[i] = map_get(x->m, c->u.rt.vars[i]);
			c->u.rt.vars = v;
		}
		break;
	case IR_BLOCK: subst_block(x, &c->u.block); break;
	default: break;
	}
	return c;
}

static void subst_block(const Subst *x, IrBlock *b)
{
	if (mine(x, b->v)) {
		for (int i = 0; i < b->n; i++)
			b->v[i] = subst_stmt(x, b->v[i]);
		return;
	}
	IrBlock nb = {0};
	for (int i = 0; i < b->n; i++)
		ir_block_add(x->ad->a, &nb, subst_stmt(x, b->v[i]));
	*b = nb;
}

void ad_subst_block(Ad *ad, const SymMap *m, IrBlock *b)
{
	Subst x = {ad, m, 0, {0}};
	subst_block(&x, b);
}

/* The same, changing in place every node allocated since mark: a sweep built since then from
 * fresh nodes is not copied once more (that copy was a third of reverse mode's memory). A node
 * of the sweep that is reachable from elsewhere as well (a Facts' list, the primal's body) must
 * be older than the mark; the verifier checks that no routine refers to another's variables. */
void ad_subst_block_own(Ad *ad, const SymMap *m, IrBlock *b, IrArenaMark mark)
{
	Subst x = {ad, m, 1, mark};
	subst_block(&x, b);
}

void ad_subst_dims(Ad *ad, const SymMap *m, IrUnit *dst)
{
	for (int i = 0; i < dst->syms.n; i++) {
		IrSym *s = dst->syms.v[i];
		for (int d = 0; d < s->rank; d++) {
			s->dims[d].lo = ad_subst_expr(ad, m, s->dims[d].lo);
			s->dims[d].hi = ad_subst_expr(ad, m, s->dims[d].hi);
		}
		if (s->init)
			s->init = ad_subst_expr(ad, m, s->init);
		if (s->clen) /* a CHARACTER dummy's length may be its hidden dummy */
			s->clen = ad_subst_expr(ad, m, s->clen);
		if (s->alloc_status) /* an ALLOCATABLE's status (a snapshot restores it) */
			s->alloc_status = map_get(m, s->alloc_status);
	}
}

/* dst = src, whole variables of one type and shape (RT_COPY: a memcpy in the C) */
IrStmt *ad_copy_whole(Ad *ad, IrSym *dst, IrSym *src, IrLoc loc)
{
	IrStmt *c = ir_stmt_new(ad->a, IR_RT, loc);
	c->u.rt.kind = RT_COPY;
	c->u.rt.e = ir_var(ad->a, dst, NULL, 0, loc);
	c->u.rt.vars = ir_alloc(ad->a, sizeof *c->u.rt.vars);
	c->u.rt.vars[0] = src;
	c->u.rt.nvars = 1;
	return c;
}
