/*
 * sema_procarg.c — procedure arguments: a routine given a procedure is specialised for it.
 *
 * A dummy procedure (EXTERNAL f, an interface body for f, PROCEDURE(iface) :: f, or a dummy
 * the routine CALLs or references as a function without declaring it an array) is what every
 * integrator, quadrature and minimizer takes. stad sees the whole program, so each call that
 * passes known procedures gets its own copy of the callee: `CALL EULER(RHS, N, H, Y)` becomes
 * `CALL EULER__RHS(N, H, Y)`, a copy of EULER without the dummy F, in which every reference to
 * F is one to RHS (one copy per callee and distinct procedures passed; a copy passing a
 * procedure on is specialised in turn). A procedure is known when the caller declares it
 * EXTERNAL, gives it an interface, or it is a module procedure the caller sees. This runs on the
 * parser's IR before anything else of sema, so activity, the calling convention, checkpoint
 * sites and `stad calls` see ordinary calls of ordinary routines. The originals leave the
 * program; one that no call passes a procedure (a head with a procedure argument, which the C
 * interface cannot take) is refused, located, with what to write instead.
 */
#include "sema_int.h"

#include <string.h>

enum { MAX_COPIES = 500 }; /* copies in one program (a routine passing procedures in a cycle) */

typedef struct Spec {
	IrUnit *callee;
	int n;         /* procedure dummies replaced */
	int *pos;      /* their positions */
	IrUnit **proc; /* the procedures passed */
	IrUnit *copy;
	IrLoc at; /* the first call that made it */
} Spec;

typedef struct PA {
	Sema *S;
	IrVec specs;   /* Spec* */
	IrVec work;    /* IrUnit*: units whose calls are still to look at */
	IrVec refused; /* IrUnit*: routines a call of which was refused (nothing more said of them) */
	int failed;    /* too many copies (reported) */
} PA;

/* ---------------------------------------------------------------- deep copy of parser IR */

typedef struct Copy {
	IrArena *a;
	IrVec from, to; /* statements copied (EXIT and CYCLE targets) */
} Copy;

static IrExpr **copy_exprs(IrArena *a, IrExpr *const *v, int n)
{
	if (!v)
		return NULL;
	IrExpr **r = ir_alloc(a, sizeof *r * (size_t)(n + 1));
	for (int i = 0; i < n; i++)
		r[i] = v[i] ? ir_expr_copy(a, v[i]) : NULL;
	return r;
}

static IrExpr *cx(IrArena *a, const IrExpr *e)
{
	return e ? ir_expr_copy(a, e) : NULL;
}

static IrBlock copy_block(Copy *C, const IrBlock *b);

static IrStmt *copy_stmt(Copy *C, const IrStmt *s)
{
	IrArena *a = C->a;
	IrStmt *c = ir_alloc(a, sizeof *c);
	*c = *s;
	c->aux = NULL;
	ir_vec_push(a, &C->from, (void *)s);
	ir_vec_push(a, &C->to, c);
	if (s->ndirs) {
		c->dirs = ir_alloc(a, sizeof *c->dirs * (size_t)s->ndirs);
		for (int k = 0; k < s->ndirs; k++) {
			IrDirective *d = ir_alloc(a, sizeof *d);
			*d = *s->dirs[k];
			d->args = copy_exprs(a, d->args, d->nargs);
			c->dirs[k] = d;
		}
	}
	switch (s->kind) {
	case IR_ASSIGN:
		c->u.assign.lhs = cx(a, s->u.assign.lhs);
		c->u.assign.rhs = cx(a, s->u.assign.rhs);
		c->u.assign.mask = cx(a, s->u.assign.mask);
		break;
	case IR_IF:
		c->u.if_.conds = copy_exprs(a, s->u.if_.conds, s->u.if_.ncond);
		c->u.if_.blocks = ir_alloc(a, sizeof *c->u.if_.blocks * (size_t)(s->u.if_.ncond + 1));
		for (int k = 0; k < s->u.if_.ncond; k++)
			c->u.if_.blocks[k] = copy_block(C, &s->u.if_.blocks[k]);
		c->u.if_.else_ = copy_block(C, &s->u.if_.else_);
		break;
	case IR_DO:
		c->u.do_.var = cx(a, s->u.do_.var);
		c->u.do_.lo = cx(a, s->u.do_.lo);
		c->u.do_.hi = cx(a, s->u.do_.hi);
		c->u.do_.step = cx(a, s->u.do_.step);
		c->u.do_.body = copy_block(C, &s->u.do_.body);
		break;
	case IR_DOWHILE:
		c->u.dowhile.cond = cx(a, s->u.dowhile.cond);
		c->u.dowhile.body = copy_block(C, &s->u.dowhile.body);
		break;
	case IR_CALL: c->u.call.args = copy_exprs(a, s->u.call.args, s->u.call.nargs); break;
	case IR_PRINT: c->u.print.items = copy_exprs(a, s->u.print.items, s->u.print.nitems); break;
	case IR_STOP: c->u.stop.code = cx(a, s->u.stop.code); break;
	case IR_BLOCK: c->u.block = copy_block(C, &s->u.block); break;
	case IR_GOTO:
		c->u.go.labels = ir_alloc(a, sizeof *c->u.go.labels * (size_t)(s->u.go.nlabels + 1));
		memcpy(c->u.go.labels, s->u.go.labels, sizeof *c->u.go.labels * (size_t)s->u.go.nlabels);
		c->u.go.expr = cx(a, s->u.go.expr);
		break;
	case IR_SELECT:
		c->u.select.expr = cx(a, s->u.select.expr);
		c->u.select.cases = ir_alloc(a, sizeof *c->u.select.cases * (size_t)(s->u.select.ncases + 1));
		for (int k = 0; k < s->u.select.ncases; k++) {
			const IrCase *o = s->u.select.cases[k];
			IrCase *n = ir_alloc(a, sizeof *n);
			*n = *o;
			if (o->items) {
				n->items = ir_alloc(a, sizeof *n->items * (size_t)(o->nitems + 1));
				for (int j = 0; j < o->nitems; j++) {
					IrCaseItem *it = ir_alloc(a, sizeof *it);
					*it = *o->items[j];
					it->lo = cx(a, it->lo);
					it->hi = cx(a, it->hi);
					n->items[j] = it;
				}
			}
			n->body = copy_block(C, &o->body);
			c->u.select.cases[k] = n;
		}
		break;
	case IR_RT: /* not made before sema */
	case IR_EXIT:
	case IR_CYCLE:
	case IR_RETURN:
	case IR_CONTINUE: break;
	}
	return c;
}

static IrBlock copy_block(Copy *C, const IrBlock *b)
{
	IrBlock r = {0};
	for (int i = 0; i < b->n; i++)
		ir_block_add(C->a, &r, copy_stmt(C, b->v[i]));
	return r;
}

/* EXIT and CYCLE of the copy leave the copy's loops. */
static void retarget(Copy *C, IrBlock *b)
{
	for (int i = 0; i < C->to.n; i++) {
		IrStmt *s = C->to.v[i];
		if ((s->kind != IR_EXIT && s->kind != IR_CYCLE) || !s->u.jump.target)
			continue;
		for (int k = 0; k < C->from.n; k++)
			if (C->from.v[k] == s->u.jump.target) {
				s->u.jump.target = C->to.v[k];
				break;
			}
	}
	(void)b;
}

static IrEntity *copy_entity(IrArena *a, const IrEntity *e)
{
	IrEntity *c = ir_alloc(a, sizeof *c);
	*c = *e;
	for (int k = 0; k < c->rank; k++) {
		c->dims[k].lo = cx(a, c->dims[k].lo);
		c->dims[k].hi = cx(a, c->dims[k].hi);
	}
	c->init = cx(a, c->init);
	c->clen = cx(a, c->clen);
	return c;
}

static IrDecl *copy_decl(IrArena *a, const IrDecl *d)
{
	IrDecl *c = ir_alloc(a, sizeof *c);
	*c = *d;
	c->kind_expr = cx(a, d->kind_expr);
	c->clen = cx(a, d->clen);
	for (int k = 0; k < c->rank; k++) {
		c->dims[k].lo = cx(a, c->dims[k].lo);
		c->dims[k].hi = cx(a, c->dims[k].hi);
	}
	c->ents = ir_alloc(a, sizeof *c->ents * (size_t)(d->nents + 1));
	for (int k = 0; k < d->nents; k++)
		c->ents[k] = copy_entity(a, d->ents[k]);
	c->vals = copy_exprs(a, d->vals, d->nvals);
	return c;
}

static IrUnit *copy_unit(IrArena *a, const IrUnit *u)
{
	IrUnit *c = ir_alloc(a, sizeof *c);
	*c = *u;
	c->aux = NULL;
	c->argnames = ir_alloc(a, sizeof *c->argnames * (size_t)(u->nargs + 1));
	if (u->nargs) /* (memcpy from NULL is undefined, even of 0 bytes) */
		memcpy(c->argnames, u->argnames, sizeof *c->argnames * (size_t)u->nargs);
	c->declared_kind = cx(a, u->declared_kind);
	c->interfaces = (IrVec){0};
	for (int i = 0; i < u->interfaces.n; i++)
		ir_vec_push(a, &c->interfaces, u->interfaces.v[i]);
	c->decls = (IrVec){0};
	for (int i = 0; i < u->decls.n; i++)
		ir_vec_push(a, &c->decls, copy_decl(a, u->decls.v[i]));
	c->types = (IrVec){0};
	for (int i = 0; i < u->types.n; i++) {
		const IrTypeDef *t = u->types.v[i];
		IrTypeDef *n = ir_alloc(a, sizeof *n);
		*n = *t;
		n->owner = c;
		n->aux = NULL;
		n->comps = (IrVec){0};
		for (int k = 0; k < t->comps.n; k++)
			ir_vec_push(a, &n->comps, copy_decl(a, t->comps.v[k]));
		ir_vec_push(a, &c->types, n);
	}
	c->structs = (IrVec){0};
	c->syms = (IrVec){0};
	Copy C = {a, {0}, {0}};
	c->body = copy_block(&C, &u->body);
	retarget(&C, &c->body);
	c->contains = (IrVec){0};
	for (int i = 0; i < u->contains.n; i++) {
		IrUnit *k = copy_unit(a, u->contains.v[i]);
		k->host = c;
		ir_vec_push(a, &c->contains, k);
	}
	return c;
}

/* ---------------------------------------------------------------- renaming in a copy */

typedef struct Rename {
	int n;
	const char **from, **to;
} Rename;

static const char *renamed(const Rename *R, const char *name)
{
	for (int i = 0; i < R->n; i++)
		if (!strcmp(R->from[i], name))
			return R->to[i];
	return name;
}

static void rename_expr_at(void *ctx, IrExpr **pe)
{
	IrExpr *e = *pe;
	if (e->kind == IR_REF)
		e->u.ref.name = renamed(ctx, e->u.ref.name);
	ir_expr_children(e, &(IrVisit){rename_expr_at, NULL, ctx});
}

static void rename_block_at(void *ctx, IrBlock *b)
{
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		if (s->kind == IR_CALL)
			s->u.call.name = renamed(ctx, s->u.call.name);
		ir_stmt_children(s, &(IrVisit){rename_expr_at, rename_block_at, ctx});
	}
}

static void rename_x(const Rename *R, IrExpr **e)
{
	if (*e)
		rename_expr_at((void *)R, e);
}

static void rename_decls(const Rename *R, IrVec *decls)
{
	for (int i = 0; i < decls->n; i++) {
		IrDecl *d = decls->v[i];
		rename_x(R, &d->kind_expr);
		rename_x(R, &d->clen);
		for (int k = 0; k < d->rank; k++) {
			rename_x(R, &d->dims[k].lo);
			rename_x(R, &d->dims[k].hi);
		}
		for (int k = 0; k < d->nents; k++) {
			IrEntity *e = d->ents[k];
			e->name = renamed(R, e->name);
			for (int j = 0; j < e->rank; j++) {
				rename_x(R, &e->dims[j].lo);
				rename_x(R, &e->dims[j].hi);
			}
			rename_x(R, &e->init);
			rename_x(R, &e->clen);
		}
	}
}

/* Does u declare `name` as something else than an external procedure? */
static int declares(const IrUnit *u, const char *name)
{
	for (int i = 0; i < u->nargs; i++)
		if (!strcmp(u->argnames[i], name))
			return 1;
	for (int i = 0; i < u->decls.n; i++) {
		const IrDecl *d = u->decls.v[i];
		if (d->kind == DECL_EXTERNAL || d->kind == DECL_INTRINSIC || d->kind == DECL_IMPLICIT || d->kind == DECL_ACCESS ||
		    d->kind == DECL_SAVE || d->is_external)
			continue;
		for (int k = 0; k < d->nents; k++)
			if (!strcmp(d->ents[k]->name, name))
				return 1;
	}
	return 0;
}

static void rename_unit(const Rename *R, IrUnit *u)
{
	rename_decls(R, &u->decls);
	rename_block_at((void *)R, &u->body);
	for (int i = 0; i < u->contains.n; i++) {
		IrUnit *c = u->contains.v[i];
		int shadow = 0; /* host association: not in one declaring such a name itself */
		for (int k = 0; k < R->n; k++)
			shadow |= declares(c, R->from[k]);
		if (!shadow)
			rename_unit(R, c);
	}
}

/* Entities named `name` leave u's declarations (a declaration left without any, too). */
static void undeclare(IrArena *a, IrUnit *u, const char *name)
{
	IrVec keep = {0};
	for (int i = 0; i < u->decls.n; i++) {
		IrDecl *d = u->decls.v[i];
		int n = 0, had = d->nents;
		for (int k = 0; k < d->nents; k++)
			if (strcmp(d->ents[k]->name, name) != 0)
				d->ents[n++] = d->ents[k];
		d->nents = n;
		if (had && !n)
			continue;
		ir_vec_push(a, &keep, d);
	}
	u->decls = keep;
	int n = 0;
	for (int i = 0; i < u->interfaces.n; i++)
		if (strcmp(u->interfaces.v[i], name) != 0)
			u->interfaces.v[n++] = u->interfaces.v[i];
	u->interfaces.n = n;
}

/* ---------------------------------------------------------------- what is a procedure */

static int declared_external(const IrUnit *u, const char *name)
{
	for (int i = 0; i < u->decls.n; i++) {
		const IrDecl *d = u->decls.v[i];
		if (d->kind != DECL_EXTERNAL && !(d->kind == DECL_TYPE && d->is_external))
			continue;
		for (int k = 0; k < d->nents; k++)
			if (!strcmp(d->ents[k]->name, name))
				return 1;
	}
	for (int i = 0; i < u->interfaces.n; i++)
		if (!strcmp(u->interfaces.v[i], name))
			return 1;
	return 0;
}

/* Declared with dimensions, or CHARACTER (a reference with parentheses is then no call). */
static int declared_array(const IrUnit *u, const char *name)
{
	for (int i = 0; i < u->decls.n; i++) {
		const IrDecl *d = u->decls.v[i];
		if (d->kind != DECL_TYPE && d->kind != DECL_DIMENSION && d->kind != DECL_COMMON)
			continue;
		for (int k = 0; k < d->nents; k++)
			if (!strcmp(d->ents[k]->name, name) &&
			    (d->ents[k]->rank || d->has_dimension || d->kind == DECL_DIMENSION || d->base == TY_CHAR))
				return 1;
	}
	return 0;
}

typedef struct Called {
	const char *name;
	int found;
} Called;

static void called_expr_at(void *ctx, IrExpr **pe)
{
	Called *c = ctx;
	const IrExpr *e = *pe;
	if (e->kind == IR_REF && e->u.ref.has_parens && !strcmp(e->u.ref.name, c->name))
		c->found = 1;
	ir_expr_children(*pe, &(IrVisit){called_expr_at, NULL, ctx});
}

static void called_block_at(void *ctx, IrBlock *b)
{
	Called *c = ctx;
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		if (s->kind == IR_CALL && !strcmp(s->u.call.name, c->name))
			c->found = 1;
		ir_stmt_children(s, &(IrVisit){called_expr_at, called_block_at, ctx});
	}
}

/* Is dummy `name` of u a procedure: declared EXTERNAL (or PROCEDURE(...)), given an interface,
 * CALLed, or referenced with parentheses without being an array or a string? */
static int dummy_proc(const IrUnit *u, const char *name)
{
	if (declared_external(u, name))
		return 1;
	if (declared_array(u, name))
		return 0;
	Called c = {name, 0};
	called_block_at(&c, (IrBlock *)&u->body);
	return c.found;
}

static int dummy_pos(const IrUnit *u, const char *name)
{
	for (int i = 0; i < u->nargs; i++)
		if (!strcmp(u->argnames[i], name))
			return i;
	return -1;
}

/* The procedure (with source) the actual e of a call in u is, or NULL. */
static IrUnit *actual_proc(Sema *S, IrUnit *u, const IrExpr *e)
{
	if (e->kind != IR_REF || e->u.ref.has_parens || e->u.ref.nargs || e->paren)
		return NULL;
	const char *n = e->u.ref.name;
	int ext = declared_external(u, n) || (u->host && declared_external(u->host, n) && !declares(u, n));
	if (!ext && (declares(u, n) || (u->host && declares(u->host, n))))
		return NULL;
	IrUnit *f = sema_find_proc(S, u, n);
	if (!f || f->ext || f->kind == UNIT_PROGRAM || f->kind == UNIT_MODULE)
		return NULL;
	if (!ext && !f->host && !(f->parent && f->parent->kind == UNIT_MODULE))
		return NULL; /* an external procedure passed without EXTERNAL: a variable of that name */
	return f;
}

static int unit_proc_dummy(const IrUnit *u);

/* Could `name` in callee (or its internal procedures) mean a variable: one of its own, its
 * host's, or one of a module its module or it USEs (ONLY lists ignored: a conservative answer)? */
static int sees_variable(PA *P, const IrUnit *callee, const char *name, int own_dummy)
{
	const IrUnit *scope[3] = {callee, callee->host, callee->parent};
	for (int i = own_dummy ? 1 : 0; i < 3; i++) { /* (its own dummy of that name is replaced) */
		const IrUnit *u = scope[i];
		if (!u)
			continue;
		if (declares(u, name))
			return 1;
		for (int k = 0; k < u->uses.n; k++) {
			const IrUse *us = u->uses.v[k];
			IrUnit *m = sema_find_module(P->S, us->module);
			if (m && declares(m, name))
				return 1;
		}
	}
	return 0;
}

/* ---------------------------------------------------------------- specialisation */

static int name_taken(PA *P, const char *name)
{
	if (sema_find_unit(P->S, name) || sema_find_module(P->S, name))
		return 1;
	for (int i = 0; i < P->specs.n; i++)
		if (!strcmp(((Spec *)P->specs.v[i])->copy->name, name))
			return 1;
	for (int i = 0; i < P->S->all.n; i++)
		if (!strcmp(((IrUnit *)P->S->all.v[i])->name, name))
			return 1;
	return 0;
}

static void add_unit(PA *P, IrUnit *c)
{
	Sema *S = P->S;
	ir_vec_push(S->a, &S->all, c);
	for (int i = 0; i < c->contains.n; i++) {
		IrUnit *k = c->contains.v[i];
		k->host = c;
		k->parent = c->parent;
		k->local_name = k->name;
		ir_vec_push(S->a, &S->all, k);
	}
}

/* The copy `name` of module procedure `orig` of module m is visible wherever orig is: added to
 * the ONLY lists that name orig (under its own name: calls of the copy use it). */
static void only_lists(PA *P, const IrUnit *m, const char *orig, const char *name)
{
	Sema *S = P->S;
	for (int i = 0; i < S->all.n; i++) {
		IrUnit *u = S->all.v[i];
		for (int k = 0; k < u->uses.n; k++) {
			IrUse *us = u->uses.v[k];
			int has = 0;
			for (int j = 0; j < us->nnames && !has; j++)
				has = !strcmp(us->remote[j], orig);
			if (!has || sema_find_module(S, us->module) != m)
				continue;
			const char **l = ir_alloc(S->a, sizeof *l * (size_t)(us->nnames + 1));
			const char **r = ir_alloc(S->a, sizeof *r * (size_t)(us->nnames + 1));
			IrLoc *locs = ir_alloc(S->a, sizeof *locs * (size_t)(us->nnames + 1));
			memcpy(l, us->local, sizeof *l * (size_t)us->nnames);
			memcpy(r, us->remote, sizeof *r * (size_t)us->nnames);
			memcpy(locs, us->locs, sizeof *locs * (size_t)us->nnames);
			l[us->nnames] = r[us->nnames] = name;
			locs[us->nnames] = us->loc;
			us->local = l;
			us->remote = r;
			us->locs = locs;
			us->nnames++;
		}
	}
}

/* The copy of callee with the dummies at pos[] replaced by the procedures proc[]. */
/* Does u (or a procedure it contains) keep values between calls: SAVE, DATA, or a variable
 * with an initial value? Copies of u would each keep their own. */
static int saves_state(const IrUnit *u)
{
	for (int i = 0; i < u->decls.n; i++) {
		const IrDecl *d = u->decls.v[i];
		if (d->kind == DECL_SAVE || d->kind == DECL_DATA || (d->kind == DECL_TYPE && d->is_save))
			return 1;
		if (d->kind == DECL_TYPE && !d->is_parameter)
			for (int k = 0; k < d->nents; k++)
				if (d->ents[k]->init)
					return 1;
	}
	for (int i = 0; i < u->contains.n; i++)
		if (saves_state(u->contains.v[i]))
			return 1;
	return 0;
}

/* A call or reference of the procedure dummy `name` with keyword arguments: its location. */
typedef struct {
	const char *name;
	const IrLoc *at;
} KwCall;

static int keywords(IrExpr *const *args, int n)
{
	for (int i = 0; i < n; i++)
		if (args[i] && args[i]->kind == IR_KEYWORD)
			return 1;
	return 0;
}

static void kw_expr_at(void *ctx, IrExpr **pe)
{
	KwCall *k = ctx;
	const IrExpr *e = *pe;
	if (!k->at && e->kind == IR_REF && !strcmp(e->u.ref.name, k->name) && keywords(e->u.ref.args, e->u.ref.nargs))
		k->at = &e->loc;
	ir_expr_children(*pe, &(IrVisit){kw_expr_at, NULL, ctx});
}

static void kw_block_at(void *ctx, IrBlock *b)
{
	KwCall *k = ctx;
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		if (!k->at && s->kind == IR_CALL && !strcmp(s->u.call.name, k->name) && keywords(s->u.call.args, s->u.call.nargs))
			k->at = &s->loc;
		ir_stmt_children(s, &(IrVisit){kw_expr_at, kw_block_at, ctx});
	}
}

static IrUnit *specialise(PA *P, IrUnit *callee, int n, const int *pos, IrUnit **proc, IrLoc at)
{
	for (int i = 0; i < P->specs.n; i++) {
		Spec *sp = P->specs.v[i];
		if (sp->callee != callee || sp->n != n)
			continue;
		int same = 1;
		for (int k = 0; k < n && same; k++)
			same = sp->pos[k] == pos[k] && sp->proc[k] == proc[k];
		if (same)
			return sp->copy;
	}
	Sema *S = P->S;
	IrArena *a = S->a;
	if (P->specs.n >= MAX_COPIES) {
		if (!P->failed)
			ir_error(at,
			         "more than %d copies of routines for the procedures passed to them (a cycle of calls "
			         "passing ever other procedures?): pass fewer procedures",
			         MAX_COPIES);
		P->failed = 1;
		return NULL;
	}
	const char *cname = callee->host ? callee->local_name : callee->name;
	/* each copy is the callee for its procedures: what would make copies differ from one
	 * routine (state kept between calls, names the procedures' own) is refused */
	for (int i = 0; i < P->specs.n; i++) {
		const Spec *sp = P->specs.v[i];
		if (sp->callee == callee && saves_state(callee)) {
			ir_error(at,
			         "'%s' keeps values between calls (SAVE, DATA or an initial value) and is passed other "
			         "procedures here than at line %d: stad makes a copy of it for each procedure passed, "
			         "and each copy would keep its own values; keep them in a module or COMMON block, or "
			         "pass one procedure",
			         cname, sp->at.line);
			return NULL;
		}
	}
	for (int k = 0; k < n; k++) {
		const char *d = callee->argnames[pos[k]];
		KwCall kw = {d, NULL};
		kw_block_at(&kw, &callee->body);
		for (int i = 0; i < callee->contains.n && !kw.at; i++)
			kw_block_at(&kw, &((IrUnit *)callee->contains.v[i])->body);
		if (kw.at) {
			ir_error(*kw.at,
			         "keyword arguments in a call of the procedure argument '%s' are not supported (stad "
			         "calls the procedure passed, whose dummies may have other names): pass them by position",
			         d);
			return NULL;
		}
	}
	for (int k = 0; k < n; k++) {
		const char *pn = proc[k]->host ? proc[k]->local_name : proc[k]->name;
		IrUnit *seen = sema_find_proc(S, callee, pn);
		if (seen && seen != proc[k] && !seen->ext) {
			ir_error(at,
			         "'%s' is passed to '%s', which sees another procedure of that name: rename one of them "
			         "(stad replaces the procedure argument by '%s' in a copy of '%s')",
			         pn, cname, pn, cname);
			return NULL;
		}
		/* `CALL HYBRD(FCN, ...)` into `SUBROUTINE HYBRD(FCN, ...)`: the copy's FCN is the procedure */
		int own = !strcmp(callee->argnames[pos[k]], pn);
		if (sees_variable(P, callee, pn, own)) {
			ir_error(at,
			         "'%s' is passed to '%s', which sees a variable or dummy of that name: rename one of them "
			         "(stad replaces the procedure argument by '%s' in a copy of '%s')",
			         pn, cname, pn, cname);
			return NULL;
		}
		if (proc[k]->host && proc[k]->host != callee->host) {
			ir_error(at,
			         "the internal procedure '%s' is passed as an argument: make it a module procedure (or an "
			         "external one)",
			         pn);
			return NULL;
		}
	}
	const char *name = cname;
	for (int k = 0; k < n; k++)
		name = ir_sprintf(a, "%s__%s", name, proc[k]->host ? proc[k]->local_name : proc[k]->name);
	const char *base = name;
	for (int k = 2; name_taken(P, name); k++)
		name = ir_sprintf(a, "%s_%d", base, k);

	IrUnit *c = copy_unit(a, callee);
	c->name = name;
	c->copy_of = callee->copy_of ? callee->copy_of : callee->name;
	c->local_name = callee->host ? name : NULL;
	Rename R = {0};
	R.from = ir_alloc(a, sizeof *R.from * (size_t)(n + 1));
	R.to = ir_alloc(a, sizeof *R.to * (size_t)(n + 1));
	for (int k = 0; k < n; k++) {
		const char *d = callee->argnames[pos[k]];
		undeclare(a, c, d);
		R.from[R.n] = d;
		R.to[R.n++] = proc[k]->host ? proc[k]->local_name : proc[k]->name;
	}
	if (callee->kind == UNIT_FUNCTION && !callee->result_name) { /* its result variable has its name */
		R.from[R.n] = cname;
		R.to[R.n++] = name;
	}
	rename_unit(&R, c);
	int m = 0;
	for (int i = 0; i < callee->nargs; i++) {
		int drop = 0;
		for (int k = 0; k < n; k++)
			drop |= pos[k] == i;
		if (!drop)
			c->argnames[m++] = callee->argnames[i];
	}
	c->nargs = m;
	/* the procedures passed: the copy sees them (a PRIVATE one of the caller's module too; the
	 * check above makes sure it sees no other of that name); EXTERNAL in the copy when external
	 * (as its callers declare them) */
	c->passed = (IrVec){0};
	for (int k = 0; k < callee->passed.n; k++) /* a copy's copy: those its original saw */
		ir_vec_push(a, &c->passed, callee->passed.v[k]);
	for (int k = 0; k < n; k++)
		ir_vec_push(a, &c->passed, proc[k]);
	for (int k = 0; k < n; k++) {
		if (proc[k]->host || (proc[k]->parent && proc[k]->parent->kind == UNIT_MODULE))
			continue;
		IrDecl *d = ir_alloc(a, sizeof *d);
		d->kind = DECL_EXTERNAL;
		d->loc = callee->loc;
		d->nents = 1;
		d->ents = ir_alloc(a, sizeof *d->ents);
		d->ents[0] = ir_alloc(a, sizeof *d->ents[0]);
		d->ents[0]->name = proc[k]->name;
		d->ents[0]->loc = callee->loc;
		ir_vec_push(a, &c->decls, d);
	}
	/* where the callee is: its host's, its module's, or the program's units */
	if (callee->host)
		ir_vec_push(a, &callee->host->contains, c);
	else if (callee->parent && callee->parent->kind == UNIT_MODULE) {
		IrUnit *mod = callee->parent;
		ir_vec_push(a, &mod->contains, c);
		only_lists(P, mod, callee->name, name);
		if (sema_module_exports(mod, callee->name)) {
			IrDecl *d = ir_alloc(a, sizeof *d);
			d->kind = DECL_ACCESS;
			d->access = ACCESS_PUBLIC;
			d->loc = callee->loc;
			d->nents = 1;
			d->ents = ir_alloc(a, sizeof *d->ents);
			d->ents[0] = ir_alloc(a, sizeof *d->ents[0]);
			d->ents[0]->name = name;
			d->ents[0]->loc = callee->loc;
			ir_vec_push(a, &mod->decls, d);
		}
	} else
		ir_vec_push(a, &S->p->units, c);
	add_unit(P, c);

	Spec *sp = ir_alloc(a, sizeof *sp);
	sp->callee = callee;
	sp->n = n;
	sp->pos = ir_alloc(a, sizeof *sp->pos * (size_t)(n + 1));
	sp->proc = ir_alloc(a, sizeof *sp->proc * (size_t)(n + 1));
	memcpy(sp->pos, pos, sizeof *pos * (size_t)n);
	memcpy(sp->proc, proc, sizeof *proc * (size_t)n);
	sp->copy = c;
	sp->at = at;
	ir_vec_push(a, &P->specs, sp);
	ir_vec_push(a, &P->work, c);
	return c;
}

/* A call in u of `*name` with actuals *args: when it passes procedures to procedure dummies of a
 * routine with source, it calls that routine's copy for them instead, without those actuals. */
/* A call in u of `*name` with actuals *args: when it passes procedures to procedure dummies of a
 * routine with source, it calls that routine's copy for them instead, without those actuals (1).
 * -1: refused (reported); the caller drops the call, so nothing else is said of it. */
static int specialise_call(PA *P, IrUnit *u, const char **name, IrExpr **args, int *nargs, IrLoc loc)
{
	Sema *S = P->S;
	if (P->failed)
		return 0;
	int n = 0;
	for (int i = 0; i < *nargs; i++) {
		const IrExpr *e = args[i]->kind == IR_KEYWORD ? args[i]->u.kw.e : args[i];
		n += e && e->kind == IR_REF && !e->u.ref.has_parens && !e->u.ref.nargs;
	}
	if (!n)
		return 0;
	IrUnit *callee = sema_find_proc(S, u, *name);
	if (!callee || callee->ext || callee->kind == UNIT_PROGRAM || callee->kind == UNIT_MODULE || callee == u)
		return 0;
	int *pos = ir_alloc(S->a, sizeof *pos * (size_t)(*nargs + 1));
	IrUnit **proc = ir_alloc(S->a, sizeof *proc * (size_t)(*nargs + 1));
	int *which = ir_alloc(S->a, sizeof *which * (size_t)(*nargs + 1));
	n = 0;
	for (int i = 0; i < *nargs; i++) {
		const IrExpr *e = args[i];
		int p = i;
		if (e->kind == IR_KEYWORD) {
			p = dummy_pos(callee, e->u.kw.name);
			e = e->u.kw.e;
		}
		if (p < 0 || p >= callee->nargs || !e)
			continue;
		IrUnit *f = actual_proc(S, u, e);
		if (!f || !dummy_proc(callee, callee->argnames[p]))
			continue;
		/* in order of the dummies, so that the copy's name does not depend on keyword order */
		int k = n++;
		while (k > 0 && pos[k - 1] > p) {
			pos[k] = pos[k - 1];
			proc[k] = proc[k - 1];
			k--;
		}
		pos[k] = p;
		proc[k] = f;
		which[i] = 1;
	}
	if (!n)
		return 0;
	IrUnit *c = specialise(P, callee, n, pos, proc, loc);
	if (!c) {
		ir_vec_push(S->a, &P->refused, callee);
		return -1;
	}
	int m = 0;
	for (int i = 0; i < *nargs; i++)
		if (!which[i])
			args[m++] = args[i];
	*nargs = m;
	*name = c->host ? c->local_name : c->name;
	return 1;
}

typedef struct Walk {
	PA *P;
	IrUnit *u;
} Walk;

static void calls_expr_at(void *ctx, IrExpr **pe)
{
	Walk *w = ctx;
	IrExpr *e = *pe;
	ir_expr_children(e, &(IrVisit){calls_expr_at, NULL, ctx});
	if (e->kind == IR_REF && e->u.ref.has_parens && e->u.ref.nargs && !declared_array(w->u, e->u.ref.name) &&
	    specialise_call(w->P, w->u, &e->u.ref.name, e->u.ref.args, &e->u.ref.nargs, e->loc) < 0)
		*pe = ir_real(w->P->S->a, 0, "0d0", TY_REAL8, e->loc);
}

static void calls_block_at(void *ctx, IrBlock *b)
{
	Walk *w = ctx;
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		ir_stmt_children(s, &(IrVisit){calls_expr_at, calls_block_at, ctx});
		if (s->kind == IR_CALL &&
		    specialise_call(w->P, w->u, &s->u.call.name, s->u.call.args, &s->u.call.nargs, s->loc) < 0)
			s->kind = IR_CONTINUE;
	}
}

/* A call in a unit that stays of a routine with a procedure dummy that no copy replaces: the
 * call passes something else than a procedure with source (refused here, the call dropped:
 * nothing else is said of it). */
static IrUnit *gone_callee(Walk *w, const char *name)
{
	IrUnit *f = sema_find_proc(w->P->S, w->u, name);
	return f && f->aux == w->P ? f : NULL;
}

static void gone_report(IrUnit *f, IrLoc loc)
{
	int d = unit_proc_dummy(f);
	const char *fn = f->host ? f->local_name : f->name;
	ir_error(loc,
	         "'%s' takes the procedure argument '%s', and this call does not pass it a procedure stad has the "
	         "source of: pass a routine of the given files (declared EXTERNAL, or a module procedure; for an "
	         "intrinsic such as SIN, a function that returns it)",
	         fn, d >= 0 ? f->argnames[d] : "?");
}

static void gone_expr_at(void *ctx, IrExpr **pe)
{
	Walk *w = ctx;
	IrExpr *e = *pe;
	ir_expr_children(e, &(IrVisit){gone_expr_at, NULL, ctx});
	IrUnit *f;
	if (e->kind == IR_REF && e->u.ref.has_parens && !declared_array(w->u, e->u.ref.name) &&
	    (f = gone_callee(w, e->u.ref.name)) != NULL) {
		gone_report(f, e->loc);
		*pe = ir_real(w->P->S->a, 0, "0d0", TY_REAL8, e->loc);
	}
}

static void gone_block_at(void *ctx, IrBlock *b)
{
	Walk *w = ctx;
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		IrUnit *f;
		if (s->kind == IR_CALL && (f = gone_callee(w, s->u.call.name)) != NULL) {
			gone_report(f, s->loc);
			s->kind = IR_CONTINUE;
			continue;
		}
		ir_stmt_children(s, &(IrVisit){gone_expr_at, gone_block_at, ctx});
	}
}

/* Does a unit that stays call u (by name)? */
typedef struct Finds {
	PA *P;
	IrUnit *u, *target;
	int found;
} Finds;

static void finds_expr_at(void *ctx, IrExpr **pe)
{
	Finds *f = ctx;
	const IrExpr *e = *pe;
	if (e->kind == IR_REF && e->u.ref.has_parens && sema_find_proc(f->P->S, f->u, e->u.ref.name) == f->target)
		f->found = 1;
	ir_expr_children(*pe, &(IrVisit){finds_expr_at, NULL, ctx});
}

static void finds_block_at(void *ctx, IrBlock *b)
{
	Finds *f = ctx;
	for (int i = 0; i < b->n && !f->found; i++) {
		IrStmt *s = b->v[i];
		if (s->kind == IR_CALL && sema_find_proc(f->P->S, f->u, s->u.call.name) == f->target)
			f->found = 1;
		ir_stmt_children(s, &(IrVisit){finds_expr_at, finds_block_at, ctx});
	}
}

static int called_by_any(PA *P, IrUnit *target)
{
	for (int i = 0; i < P->S->all.n; i++) {
		IrUnit *u = P->S->all.v[i];
		if (u == target)
			continue;
		Finds f = {P, u, target, 0};
		finds_block_at(&f, &u->body);
		if (f.found)
			return 1;
	}
	return 0;
}

/* Where u declares its dummy `name` (else u itself). */
static IrLoc dummy_loc(const IrUnit *u, const char *name)
{
	for (int i = 0; i < u->decls.n; i++) {
		const IrDecl *d = u->decls.v[i];
		for (int k = 0; k < d->nents; k++)
			if (!strcmp(d->ents[k]->name, name))
				return d->ents[k]->loc;
	}
	return u->loc;
}

static int unit_proc_dummy(const IrUnit *u)
{
	if (u->kind != UNIT_SUBROUTINE && u->kind != UNIT_FUNCTION)
		return -1;
	for (int i = 0; i < u->nargs; i++)
		if (dummy_proc(u, u->argnames[i]))
			return i;
	return -1;
}

static void drop_from(IrVec *v, const IrUnit *u)
{
	int n = 0;
	for (int i = 0; i < v->n; i++)
		if (v->v[i] != u)
			v->v[n++] = v->v[i];
	v->n = n;
}

int sema_procargs(Sema *S)
{
	PA P = {0};
	P.S = S;
	for (int i = 0; i < S->all.n; i++) {
		((IrUnit *)S->all.v[i])->aux = NULL;
		ir_vec_push(S->a, &P.work, S->all.v[i]);
	}
	for (int i = 0; i < P.work.n; i++) {
		Walk w = {&P, P.work.v[i]};
		calls_block_at(&w, &w.u->body);
	}
	if (!P.specs.n && !P.refused.n && !P.failed) {
		int any = 0;
		for (int i = 0; i < S->all.n && !any; i++)
			any = unit_proc_dummy(S->all.v[i]) >= 0;
		if (!any)
			return 0;
	}
	/* The originals leave the program, and so do those no call passes a procedure (refused). */
	IrVec gone = {0};
	for (int i = 0; i < S->all.n; i++) {
		IrUnit *u = S->all.v[i];
		int d = unit_proc_dummy(u);
		if (d < 0)
			continue;
		int spec = 0;
		for (int k = 0; k < P.specs.n && !spec; k++)
			spec = ((Spec *)P.specs.v[k])->callee == u;
		for (int k = 0; k < P.refused.n && !spec; k++)
			spec = P.refused.v[k] == u;
		if (!spec && !called_by_any(&P, u)) /* a head: else the call says why */
			ir_error(dummy_loc(u, u->argnames[d]),
			         "'%s' is a procedure argument of '%s': stad makes a copy of a routine for each procedure "
			         "a call passes it, so neither a head nor a routine no call passes a procedure can take one "
			         "(the C interface cannot take a Fortran procedure); write a head without procedure "
			         "arguments that calls '%s' with the procedure",
			         u->argnames[d], u->host ? u->local_name : u->name, u->host ? u->local_name : u->name);
		ir_vec_push(S->a, &gone, u);
	}
	for (int i = 0; i < gone.n; i++) {
		IrUnit *u = gone.v[i];
		u->aux = &P; /* gone, with its internal procedures */
		for (int k = 0; k < u->contains.n; k++)
			((IrUnit *)u->contains.v[k])->aux = &P;
	}
	for (int i = 0; i < S->all.n; i++) { /* a call of one left unspecialised: why, at the call */
		Walk w = {&P, S->all.v[i]};
		if (!w.u->aux)
			gone_block_at(&w, &w.u->body);
	}
	for (int i = 0; i < S->all.n; i++)
		((IrUnit *)S->all.v[i])->aux = NULL;
	for (int i = 0; i < gone.n; i++) {
		IrUnit *u = gone.v[i];
		drop_from(&S->all, u);
		for (int k = 0; k < u->contains.n; k++)
			drop_from(&S->all, u->contains.v[k]);
		if (u->host)
			drop_from(&u->host->contains, u);
		else if (!u->parent || u->parent->kind != UNIT_MODULE) /* (a module keeps it: USE m, ONLY: f) */
			drop_from(&S->p->units, u);
	}
	return 1;
}
