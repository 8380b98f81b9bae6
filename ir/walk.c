/*
 * walk.c — the children of a statement and of an expression, for passes that visit every
 * expression or every nested block of a routine (the one place that knows where IrStmt and
 * IrExpr keep their parts; a pass adds only what it does at a node).
 */
#include "ir.h"

static void slot(const IrVisit *v, IrExpr **e)
{
	if (*e && v->expr)
		v->expr(v->ctx, e);
}

static void slots(const IrVisit *v, IrExpr **e, int n)
{
	for (int i = 0; i < n; i++)
		slot(v, &e[i]);
}

static void block(const IrVisit *v, IrBlock *b)
{
	if (v->block)
		v->block(v->ctx, b);
}

void ir_stmt_children(IrStmt *s, const IrVisit *v)
{
	for (int k = 0; k < s->ndirs; k++)
		slots(v, s->dirs[k]->args, s->dirs[k]->nargs);
	ir_stmt_parts(s, v);
}

void ir_stmt_parts(IrStmt *s, const IrVisit *v)
{
	switch (s->kind) {
	case IR_ASSIGN:
		slot(v, &s->u.assign.lhs);
		slot(v, &s->u.assign.rhs);
		slot(v, &s->u.assign.mask);
		break;
	case IR_IF:
		for (int k = 0; k < s->u.if_.ncond; k++) {
			slot(v, &s->u.if_.conds[k]);
			block(v, &s->u.if_.blocks[k]);
		}
		block(v, &s->u.if_.else_);
		break;
	case IR_DO:
		slot(v, &s->u.do_.var);
		slot(v, &s->u.do_.lo);
		slot(v, &s->u.do_.hi);
		slot(v, &s->u.do_.step);
		block(v, &s->u.do_.body);
		break;
	case IR_DOWHILE:
		slot(v, &s->u.dowhile.cond);
		block(v, &s->u.dowhile.body);
		break;
	case IR_CALL: slots(v, s->u.call.args, s->u.call.nargs); break;
	case IR_PRINT: slots(v, s->u.print.items, s->u.print.nitems); break;
	case IR_STOP: slot(v, &s->u.stop.code); break;
	case IR_RT:
		slot(v, &s->u.rt.e);
		slot(v, &s->u.rt.count);
		break;
	case IR_BLOCK: block(v, &s->u.block); break;
	case IR_GOTO: slot(v, &s->u.go.expr); break;
	case IR_SELECT:
		slot(v, &s->u.select.expr);
		for (int c = 0; c < s->u.select.ncases; c++) {
			IrCase *k = s->u.select.cases[c];
			for (int j = 0; j < k->nitems; j++) {
				slot(v, &k->items[j]->lo);
				slot(v, &k->items[j]->hi);
			}
			block(v, &k->body);
		}
		break;
	case IR_EXIT:
	case IR_CYCLE:
	case IR_RETURN:
	case IR_CONTINUE: break;
	}
}

void ir_expr_children(IrExpr *e, const IrVisit *v)
{
	switch (e->kind) {
	case IR_REF: slots(v, e->u.ref.args, e->u.ref.nargs); break;
	case IR_VAR: slots(v, e->u.var.idx, e->u.var.nidx); break;
	case IR_UNARY:
	case IR_BINARY:
		slot(v, &e->u.op.a);
		slot(v, &e->u.op.b);
		break;
	case IR_INTRIN:
	case IR_FCALL: slots(v, e->u.call.args, e->u.call.nargs); break;
	case IR_CONVERT: slot(v, &e->u.conv.e); break;
	case IR_TRIPLET:
		slot(v, &e->u.triplet.lo);
		slot(v, &e->u.triplet.hi);
		slot(v, &e->u.triplet.st);
		break;
	case IR_ARRAYCON:
	case IR_IMPLDO:
		if (e->u.list.ido) {
			slot(v, &e->u.list.ido->var);
			slot(v, &e->u.list.ido->lo);
			slot(v, &e->u.list.ido->hi);
			slot(v, &e->u.list.ido->st);
			if (e->u.list.ido->pre)
				block(v, e->u.list.ido->pre);
		}
		slots(v, e->u.list.items, e->u.list.nitems);
		break;
	case IR_KEYWORD: slot(v, &e->u.kw.e); break;
	case IR_COMPONENT:
		slot(v, &e->u.comp.base);
		slots(v, e->u.comp.args, e->u.comp.nargs);
		break;
	case IR_CONST_INT:
	case IR_CONST_REAL:
	case IR_CONST_LOG:
	case IR_CONST_STR: break;
	}
}

typedef struct {
	int (*f)(void *ctx, IrStmt *s);
	void *ctx;
	IrStmt *found;
} Find;

static void find_in(void *ctx, IrBlock *b)
{
	Find *x = ctx;
	IrVisit v = {NULL, find_in, x};
	for (int i = 0; i < b->n && !x->found; i++) {
		if (x->f(x->ctx, b->v[i]))
			x->found = b->v[i];
		else
			ir_stmt_children(b->v[i], &v);
	}
}

IrStmt *ir_block_find(const IrBlock *b, int (*f)(void *ctx, IrStmt *s), void *ctx)
{
	Find x = {f, ctx, NULL};
	find_in(&x, (IrBlock *)b); /* (its statements are not const) */
	return x.found;
}

typedef struct {
	IrArena *a;
	const IrRewrite *r;
	IrStmt *s; /* the statement whose parts are visited */
	IrBlock *pre;
} Rewrite;

static void rewrite_block(void *ctx, IrBlock *b);

static void rewrite_expr(void *ctx, IrExpr **e)
{
	Rewrite *x = ctx;
	x->r->expr(x->r->ctx, x->s, e, x->pre);
}

static void rewrite_stmt(Rewrite *x, IrStmt *s, IrBlock *out)
{
	IrBlock pre = {0};
	IrRewriteLeft left = x->r->stmt(x->r->ctx, s, &pre, out);
	if (left == IR_REWRITE_DONE)
		return;
	Rewrite in = {x->a, x->r, s, &pre};
	IrVisit v = {left == IR_REWRITE_PARTS ? rewrite_expr : NULL, rewrite_block, &in};
	ir_stmt_parts(s, &v); /* (a directive's arguments name things: not rewritten) */
	if (pre.n) {
		IrStmt *first = pre.v[0];
		first->label = s->label;
		s->label = 0;
		for (int i = 0; i < pre.n; i++)
			ir_block_add(x->a, out, pre.v[i]);
	}
	ir_block_add(x->a, out, s);
}

static void rewrite_block(void *ctx, IrBlock *b)
{
	Rewrite *x = ctx;
	IrBlock out = {0};
	for (int i = 0; i < b->n; i++)
		rewrite_stmt(x, b->v[i], &out);
	*b = out;
}

void ir_block_rewrite(IrArena *a, IrBlock *b, const IrRewrite *r)
{
	Rewrite x = {a, r, NULL, NULL};
	rewrite_block(&x, b);
}
