/*
 * reach.c — fe_prune: only the head's call tree is translated.
 *
 * Real models carry routines the head never calls (I/O, setup, CHARACTER handling) that may use
 * statements outside stad's language. Between parsing and sema, with a head given, the
 * routines are followed from the head by name, before any resolution: a CALL's name, and any
 * name written in an expression or a declaration (a function reference, a routine passed as an
 * argument — over-approximating is safe: it only holds more routines to full rigour). A reached
 * routine needs its host (module or host routine) and the modules it USEs (their declarations,
 * not their unreached procedures), and the specific procedures of the generic interfaces they
 * declare. The diagnostics of the parse were held back: those located in
 * routines left unreached are dropped, with one warning per such routine; the others are
 * printed as usual. Unreached routines leave the program (p->unreached keeps them, for their
 * !$AD EXTERNAL directives and --verbose), so sema never sees them.
 */
#include "fe_int.h"

#include <stdio.h>
#include <string.h>

typedef struct Reach {
	IrProgram *p;
	IrVec all;     /* every unit of the given files, hosts before what they contain */
	char *reached; /* per index in all */
	IrVec work;    /* units reached, not yet walked */
	int *dropped;  /* per index in all: diagnostics dropped (errors) */
	IrArena *a;
} Reach;

static int index_of(const Reach *R, const IrUnit *u)
{
	for (int i = 0; i < R->all.n; i++)
		if (R->all.v[i] == u)
			return i;
	return -1;
}

static void reach_unit(Reach *R, IrUnit *u);

static void reach_module(Reach *R, const char *name)
{
	for (int i = 0; i < R->all.n; i++) {
		IrUnit *m = R->all.v[i];
		if (m->kind == UNIT_MODULE && !strcmp(m->name, name))
			reach_unit(R, m);
	}
}

static void reach_unit(Reach *R, IrUnit *u)
{
	int i = index_of(R, u);
	if (i < 0 || R->reached[i])
		return;
	R->reached[i] = 1;
	ir_vec_push(R->a, &R->work, u);
	if (u->parent)
		reach_unit(R, u->parent);
	for (int k = 0; k < u->uses.n; k++)
		reach_module(R, ((IrUse *)u->uses.v[k])->module);
}

/* A name written in a reached unit: every routine of that name (never a module or PROGRAM),
 * and every routine any USE renames to it (`use m, first => helper`). */
static void reach_name_at(Reach *R, const char *name, int depth)
{
	if (!name || depth > 16) /* renames of renames: a cycle ends here */
		return;
	for (int i = 0; i < R->all.n; i++) {
		IrUnit *u = R->all.v[i];
		if ((u->kind == UNIT_SUBROUTINE || u->kind == UNIT_FUNCTION) && !strcmp(u->name, name))
			reach_unit(R, u);
		for (int k = 0; k < u->uses.n; k++) {
			const IrUse *us = u->uses.v[k];
			for (int j = 0; j < us->nnames; j++)
				if (!strcmp(us->local[j], name) && strcmp(us->remote[j], name) != 0)
					reach_name_at(R, us->remote[j], depth + 1);
		}
	}
}

static void reach_name(Reach *R, const char *name)
{
	reach_name_at(R, name, 0);
}

static void walk_expr(Reach *R, const IrExpr *e);
static void walk_block(Reach *R, const IrBlock *b);

static void walk_exprs(Reach *R, IrExpr *const *v, int n)
{
	for (int i = 0; i < n; i++)
		walk_expr(R, v[i]);
}

static void walk_expr(Reach *R, const IrExpr *e)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_REF:
		reach_name(R, e->u.ref.name);
		walk_exprs(R, e->u.ref.args, e->u.ref.nargs);
		break;
	case IR_UNARY:
	case IR_BINARY:
		walk_expr(R, e->u.op.a);
		walk_expr(R, e->u.op.b);
		break;
	case IR_INTRIN:
	case IR_FCALL:
		reach_name(R, e->u.call.name);
		walk_exprs(R, e->u.call.args, e->u.call.nargs);
		break;
	case IR_VAR: walk_exprs(R, e->u.var.idx, e->u.var.nidx); break;
	case IR_CONVERT: walk_expr(R, e->u.conv.e); break;
	case IR_TRIPLET:
		walk_expr(R, e->u.triplet.lo);
		walk_expr(R, e->u.triplet.hi);
		walk_expr(R, e->u.triplet.st);
		break;
	case IR_ARRAYCON:
	case IR_IMPLDO:
		walk_exprs(R, e->u.list.items, e->u.list.nitems);
		walk_expr(R, e->u.list.lo);
		walk_expr(R, e->u.list.hi);
		walk_expr(R, e->u.list.st);
		if (e->u.list.pre)
			walk_block(R, e->u.list.pre);
		break;
	case IR_KEYWORD: walk_expr(R, e->u.kw.e); break;
	default: break;
	}
}

static void walk_stmt(Reach *R, const IrStmt *s)
{
	switch (s->kind) {
	case IR_ASSIGN:
		walk_expr(R, s->u.assign.lhs);
		walk_expr(R, s->u.assign.rhs);
		break;
	case IR_IF:
		walk_exprs(R, s->u.if_.conds, s->u.if_.ncond);
		for (int k = 0; k < s->u.if_.ncond; k++)
			walk_block(R, &s->u.if_.blocks[k]);
		walk_block(R, &s->u.if_.else_);
		break;
	case IR_DO:
		walk_expr(R, s->u.do_.lo);
		walk_expr(R, s->u.do_.hi);
		walk_expr(R, s->u.do_.step);
		walk_block(R, &s->u.do_.body);
		break;
	case IR_DOWHILE:
		walk_expr(R, s->u.dowhile.cond);
		walk_block(R, &s->u.dowhile.body);
		break;
	case IR_CALL:
		reach_name(R, s->u.call.name);
		walk_exprs(R, s->u.call.args, s->u.call.nargs);
		break;
	case IR_PRINT: walk_exprs(R, s->u.print.items, s->u.print.nitems); break;
	case IR_STOP: walk_expr(R, s->u.stop.code); break;
	case IR_BLOCK: walk_block(R, &s->u.block); break;
	case IR_GOTO: walk_expr(R, s->u.go.expr); break;
	case IR_SELECT:
		walk_expr(R, s->u.select.expr);
		for (int c = 0; c < s->u.select.ncases; c++) {
			const IrCase *k = s->u.select.cases[c];
			for (int j = 0; j < k->nitems; j++) {
				walk_expr(R, k->items[j]->lo);
				walk_expr(R, k->items[j]->hi);
			}
			walk_block(R, &k->body);
		}
		break;
	default: break;
	}
}

static void walk_block(Reach *R, const IrBlock *b)
{
	for (int i = 0; i < b->n; i++)
		walk_stmt(R, b->v[i]);
}

static void walk_dims(Reach *R, const IrDim *d, int rank)
{
	for (int k = 0; k < rank; k++) {
		walk_expr(R, d[k].lo);
		walk_expr(R, d[k].hi);
	}
}

static void walk_unit(Reach *R, const IrUnit *u)
{
	for (int i = 0; i < u->decls.n; i++) {
		const IrDecl *d = u->decls.v[i];
		walk_expr(R, d->kind_expr);
		walk_dims(R, d->dims, d->rank);
		for (int k = 0; k < d->nents; k++) {
			walk_dims(R, d->ents[k]->dims, d->ents[k]->rank);
			walk_expr(R, d->ents[k]->init);
		}
		walk_exprs(R, d->vals, d->nvals);
	}
	/* a generic interface's specific procedures: any of them may be the one a reference to the
	 * generic name chooses (over-approximated: every generic of a reached unit) */
	for (int i = 0; i < u->generics.n; i++) {
		const IrGeneric *g = u->generics.v[i];
		for (int k = 0; k < g->nspecs; k++)
			reach_name(R, g->specs[k]);
	}
	walk_block(R, &u->body);
}

static void collect(Reach *R, IrUnit *u)
{
	ir_vec_push(R->a, &R->all, u);
	for (int k = 0; k < u->contains.n; k++)
		collect(R, u->contains.v[k]);
}

/* The innermost unit whose lines hold loc (-1: none). */
static int unit_at(const Reach *R, IrLoc loc)
{
	int best = -1;
	for (int i = 0; i < R->all.n; i++) {
		const IrUnit *u = R->all.v[i];
		if (!loc.file || !u->loc.file || strcmp(loc.file, u->loc.file) != 0)
			continue;
		int last = u->end_loc.line > 0 ? u->end_loc.line : u->loc.line;
		if (loc.line >= u->loc.line && loc.line <= last &&
		    (best < 0 || u->loc.line >= ((const IrUnit *)R->all.v[best])->loc.line))
			best = i;
	}
	return best;
}

static int drop_unreached(void *ctx, IrLoc loc, int is_error)
{
	Reach *R = ctx;
	int i = unit_at(R, loc);
	if (i < 0 || R->reached[i])
		return 0;
	R->dropped[i] += is_error;
	return 1;
}

static void remove_unreached(Reach *R, IrVec *v)
{
	int k = 0;
	for (int i = 0; i < v->n; i++) {
		IrUnit *u = v->v[i];
		if (R->reached[index_of(R, u)]) {
			v->v[k++] = u;
			remove_unreached(R, &u->contains);
		} else {
			ir_vec_push(R->a, &R->p->unreached, u);
		}
	}
	v->n = k;
}

static const char *kind_word(const IrUnit *u)
{
	return u->kind == UNIT_FUNCTION   ? "FUNCTION"
	        : u->kind == UNIT_PROGRAM ? "PROGRAM"
	        : u->kind == UNIT_MODULE  ? "MODULE"
	                                  : "SUBROUTINE";
}

void fe_prune(IrProgram *p, const char *head, int verbose)
{
	Reach R0 = {0}, *R = &R0;
	R->p = p;
	R->a = p->arena;
	for (int i = 0; i < p->units.n; i++)
		collect(R, p->units.v[i]);
	R->reached = ir_alloc(R->a, (size_t)R->all.n + 1);
	R->dropped = ir_alloc(R->a, sizeof(int) * ((size_t)R->all.n + 1));
	reach_name(R, head);
	if (!R->work.n) { /* no such routine: the head's own check says so */
		ir_diag_release(p, NULL, NULL);
		return;
	}
	while (R->work.n)
		walk_unit(R, R->work.v[--R->work.n]);
	ir_diag_release(p, drop_unreached, R);
	int nskipped = 0;
	for (int i = 0; i < R->all.n; i++) {
		const IrUnit *u = R->all.v[i];
		if (R->reached[i])
			continue;
		nskipped += u->kind != UNIT_MODULE;
		if (R->dropped[i])
			ir_warning(u->loc, "%s %s is not reached from the head '%s': not translated, its %d error%s ignored",
			           kind_word(u), u->name, head, R->dropped[i], R->dropped[i] == 1 ? "" : "s");
	}
	if (verbose && nskipped) {
		fprintf(stderr, "stad: routines seen but not translated (the head does not reach them):");
		for (int i = 0; i < R->all.n; i++) {
			const IrUnit *u = R->all.v[i];
			if (!R->reached[i] && u->kind != UNIT_MODULE)
				fprintf(stderr, " %s", u->name);
		}
		fputc('\n', stderr);
	}
	remove_unreached(R, &p->units);
}
