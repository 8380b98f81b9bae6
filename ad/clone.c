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

IrExpr *ad_subst_expr(Ad *ad, const SymMap *m, const IrExpr *e)
{
	if (!e)
		return NULL;
	IrExpr *c = ir_alloc(ad->a, sizeof *c);
	*c = *e;
	switch (e->kind) {
	case IR_VAR:
		c->u.var.sym = map_get(m, e->u.var.sym);
		if (e->u.var.nidx) {
			c->u.var.idx = ir_alloc(ad->a, sizeof(IrExpr *) * (size_t)e->u.var.nidx);
			for (int i = 0; i < e->u.var.nidx; i++)
				c->u.var.idx[i] = ad_subst_expr(ad, m, e->u.var.idx[i]);
		}
		break;
	case IR_UNARY:
	case IR_BINARY:
		c->u.op.a = ad_subst_expr(ad, m, e->u.op.a);
		c->u.op.b = ad_subst_expr(ad, m, e->u.op.b);
		break;
	case IR_INTRIN:
	case IR_FCALL:
		if (e->u.call.nargs) {
			c->u.call.args = ir_alloc(ad->a, sizeof(IrExpr *) * (size_t)e->u.call.nargs);
			for (int i = 0; i < e->u.call.nargs; i++)
				c->u.call.args[i] = ad_subst_expr(ad, m, e->u.call.args[i]);
		}
		break;
	case IR_CONVERT: c->u.conv.e = ad_subst_expr(ad, m, e->u.conv.e); break;
	default: break;
	}
	return c;
}

static IrExpr **subst_list(Ad *ad, const SymMap *m, IrExpr *const *v, int n)
{
	if (!n)
		return NULL;
	IrExpr **r = ir_alloc(ad->a, sizeof *r * (size_t)n);
	for (int i = 0; i < n; i++)
		r[i] = ad_subst_expr(ad, m, v[i]);
	return r;
}

static IrStmt *subst_stmt(Ad *ad, const SymMap *m, const IrStmt *s)
{
	IrStmt *c = ir_alloc(ad->a, sizeof *c);
	*c = *s;
	switch (s->kind) {
	case IR_ASSIGN:
		c->u.assign.lhs = ad_subst_expr(ad, m, s->u.assign.lhs);
		c->u.assign.rhs = ad_subst_expr(ad, m, s->u.assign.rhs);
		break;
	case IR_IF:
		c->u.if_.conds = subst_list(ad, m, s->u.if_.conds, s->u.if_.ncond);
		c->u.if_.blocks = ir_alloc(ad->a, sizeof(IrBlock) * (size_t)(s->u.if_.ncond + 1));
		for (int k = 0; k < s->u.if_.ncond; k++) {
			c->u.if_.blocks[k] = s->u.if_.blocks[k];
			ad_subst_block(ad, m, &c->u.if_.blocks[k]);
		}
		ad_subst_block(ad, m, &c->u.if_.else_);
		break;
	case IR_DO:
		c->u.do_.var = ad_subst_expr(ad, m, s->u.do_.var);
		c->u.do_.lo = ad_subst_expr(ad, m, s->u.do_.lo);
		c->u.do_.hi = ad_subst_expr(ad, m, s->u.do_.hi);
		c->u.do_.step = ad_subst_expr(ad, m, s->u.do_.step);
		ad_subst_block(ad, m, &c->u.do_.body);
		break;
	case IR_DOWHILE:
		c->u.dowhile.cond = ad_subst_expr(ad, m, s->u.dowhile.cond);
		ad_subst_block(ad, m, &c->u.dowhile.body);
		break;
	case IR_CALL: c->u.call.args = subst_list(ad, m, s->u.call.args, s->u.call.nargs); break;
	case IR_PRINT: c->u.print.items = subst_list(ad, m, s->u.print.items, s->u.print.nitems); break;
	case IR_STOP: c->u.stop.code = ad_subst_expr(ad, m, s->u.stop.code); break;
	case IR_RT:
		c->u.rt.e = ad_subst_expr(ad, m, s->u.rt.e);
		c->u.rt.count = ad_subst_expr(ad, m, s->u.rt.count);
		if (s->u.rt.nvars) {
			c->u.rt.vars = ir_alloc(ad->a, sizeof(IrSym *) * (size_t)s->u.rt.nvars);
			for (int i = 0; i < s->u.rt.nvars; i++)
				c->u.rt.vars[i] = map_get(m, s->u.rt.vars[i]);
		}
		break;
	case IR_BLOCK: ad_subst_block(ad, m, &c->u.block); break;
	default: break;
	}
	return c;
}

void ad_subst_block(Ad *ad, const SymMap *m, IrBlock *b)
{
	IrBlock nb = {0};
	for (int i = 0; i < b->n; i++)
		ir_block_add(ad->a, &nb, subst_stmt(ad, m, b->v[i]));
	*b = nb;
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
