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
 *
 * Linear in the program: units are found by name through one hash index built before the walk
 * (routines and modules by name, USE renames by local name), each distinct name is followed
 * once, and a unit's place in the list is found through a pointer index.
 */
#include "fe_int.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* A USE rename `local => remote` of some unit (local != remote). */
typedef struct Rename {
	const char *local, *remote;
} Rename;

typedef struct Reach {
	IrProgram *p;
	IrVec all;     /* every unit of the given files, hosts before what they contain */
	char *reached; /* per index in all */
	IrVec work;    /* units reached, not yet walked */
	int *dropped;  /* per index in all: diagnostics dropped (errors) */
	const char **first; /* per index in all: the first dropped error ("line 7: ..."), or NULL */
	IrArena *a;
	/* the indexes: nslots (a power of two) slots each */
	size_t nslots;
	int *by_name;    /* slot → first unit index with that name's hash chain (-1: none) */
	int *name_next;  /* per unit: the next unit in its chain */
	int *by_ptr;     /* open addressing: slot → unit index (-1: empty) */
	Rename *renames; /* all renames; chained by local name like the units */
	int nrenames;
	int *ren_first, *ren_next;
	IrNames followed; /* names already followed */
} Reach;

static size_t ptr_slot(const Reach *R, const void *u)
{
	return (size_t)(((uintptr_t)u >> 4) * 0x9E3779B97F4A7C15ull) & (R->nslots - 1);
}

static int index_of(const Reach *R, const IrUnit *u)
{
	for (size_t k = ptr_slot(R, u); R->by_ptr[k] >= 0; k = (k + 1) & (R->nslots - 1))
		if (R->all.v[R->by_ptr[k]] == u)
			return R->by_ptr[k];
	return -1;
}

static size_t name_slot(const Reach *R, const char *name)
{
	return ir_name_hash(name) & (R->nslots - 1);
}

static void build_indexes(Reach *R)
{
	size_t n = (size_t)R->all.n;
	R->nslots = 16;
	while (R->nslots < 2 * n + 2)
		R->nslots *= 2;
	R->by_name = ir_alloc(R->a, sizeof(int) * R->nslots);
	R->by_ptr = ir_alloc(R->a, sizeof(int) * R->nslots);
	R->ren_first = ir_alloc(R->a, sizeof(int) * R->nslots);
	R->name_next = ir_alloc(R->a, sizeof(int) * (n + 1));
	for (size_t k = 0; k < R->nslots; k++)
		R->by_name[k] = R->by_ptr[k] = R->ren_first[k] = -1;
	int nren = 0;
	for (int i = R->all.n - 1; i >= 0; i--) { /* chains in list order */
		IrUnit *u = R->all.v[i];
		size_t k;
		R->name_next[i] = -1;
		if (u->name) { /* an unnamed PROGRAM or BLOCK DATA has none */
			k = name_slot(R, u->name);
			R->name_next[i] = R->by_name[k];
			R->by_name[k] = i;
		}
		for (k = ptr_slot(R, u); R->by_ptr[k] >= 0; k = (k + 1) & (R->nslots - 1))
			;
		R->by_ptr[k] = i;
		for (int j = 0; j < u->uses.n; j++)
			nren += ((IrUse *)u->uses.v[j])->nnames;
	}
	R->renames = ir_alloc(R->a, sizeof(Rename) * ((size_t)nren + 1));
	R->ren_next = ir_alloc(R->a, sizeof(int) * ((size_t)nren + 1));
	for (int i = 0; i < R->all.n; i++) {
		const IrUnit *u = R->all.v[i];
		for (int j = 0; j < u->uses.n; j++) {
			const IrUse *us = u->uses.v[j];
			for (int m = 0; m < us->nnames; m++) {
				if (!strcmp(us->local[m], us->remote[m]))
					continue;
				size_t k = name_slot(R, us->local[m]);
				R->renames[R->nrenames] = (Rename){us->local[m], us->remote[m]};
				R->ren_next[R->nrenames] = R->ren_first[k];
				R->ren_first[k] = R->nrenames++;
			}
		}
	}
}

static void reach_unit(Reach *R, IrUnit *u);

static void reach_module(Reach *R, const char *name)
{
	for (int i = R->by_name[name_slot(R, name)]; i >= 0; i = R->name_next[i]) {
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
 * and every routine any USE renames to it (`use m, first => helper`). Once per name (which
 * also ends cycles of renames). */
static void reach_name(Reach *R, const char *name)
{
	if (!name || ir_names_has(&R->followed, name))
		return;
	ir_names_add(&R->followed, name);
	size_t k = name_slot(R, name);
	for (int i = R->by_name[k]; i >= 0; i = R->name_next[i]) {
		IrUnit *u = R->all.v[i];
		if ((u->kind == UNIT_SUBROUTINE || u->kind == UNIT_FUNCTION) && !strcmp(u->name, name))
			reach_unit(R, u);
	}
	for (int j = R->ren_first[k]; j >= 0; j = R->ren_next[j])
		if (!strcmp(R->renames[j].local, name))
			reach_name(R, R->renames[j].remote);
}

/* Every name an expression or a statement refers to, through ir_expr_children and
 * ir_stmt_children (the IR is only read here). */
static void walk_expr(Reach *R, const IrExpr *e);
static void walk_block(Reach *R, const IrBlock *b);

static void walk_expr_at(void *R, IrExpr **e)
{
	walk_expr(R, *e);
}

static void walk_block_at(void *R, IrBlock *b)
{
	walk_block(R, b);
}

static void walk_expr(Reach *R, const IrExpr *e)
{
	if (!e)
		return;
	if (e->kind == IR_REF)
		reach_name(R, e->u.ref.name);
	else if (e->kind == IR_INTRIN || e->kind == IR_FCALL)
		reach_name(R, e->u.call.name);
	ir_expr_children((IrExpr *)e, &(IrVisit){walk_expr_at, walk_block_at, R});
}

/* The name after `transpose=` in a LINEAR-SOLVE directive's text (blanks around '=' are gone:
 * build.c), lower case; NULL if none. */
static const char *linsolve_transpose(Reach *R, const char *text)
{
	for (const char *c = text; *c; c++) {
		if (strncasecmp(c, "transpose=", 10) || (c > text && c[-1] != ' ' && c[-1] != '\t' && c[-1] != ','))
			continue;
		size_t n = 0;
		while (c[10 + n] && c[10 + n] != ' ' && c[10 + n] != '\t' && c[10 + n] != ',')
			n++;
		return ir_strlower(R->a, ir_strndup(R->a, c + 10, n));
	}
	return NULL;
}

static void walk_block(Reach *R, const IrBlock *b)
{
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		if (s->kind == IR_CALL)
			reach_name(R, s->u.call.name);
		for (int k = 0; k < s->ndirs; k++) /* the routine of A^T, which no CALL names */
			if (s->dirs[k]->kind == DIR_LINSOLVE)
				reach_name(R, linsolve_transpose(R, s->dirs[k]->text));
		ir_stmt_children(s, &(IrVisit){walk_expr_at, walk_block_at, R});
	}
}

static void walk_exprs(Reach *R, IrExpr *const *v, int n)
{
	for (int i = 0; i < n; i++)
		walk_expr(R, v[i]);
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

static int drop_unreached(void *ctx, IrLoc loc, int is_error, const char *msg)
{
	Reach *R = ctx;
	int i = unit_at(R, loc);
	if (i < 0 || R->reached[i])
		return 0;
	R->dropped[i] += is_error;
	if (is_error && !R->first[i])
		R->first[i] = ir_sprintf(R->a, "line %d: %s", loc.line, msg);
	return 1;
}

/* Has this warning been printed already? stad check and stad tune translate the same files
 * several times in one process: one warning per routine and process (a short list). */
static int warned_before(const IrUnit *u)
{
	static char seen[64][256];
	static int nseen;
	char key[256];
	snprintf(key, sizeof key, "%s:%d:%s", u->loc.file ? u->loc.file : "", u->loc.line, u->name);
	for (int i = 0; i < nseen; i++)
		if (!strcmp(seen[i], key))
			return 1;
	if (nseen < (int)(sizeof seen / sizeof seen[0]))
		memcpy(seen[nseen++], key, sizeof key);
	return 0;
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
	R->first = ir_alloc(R->a, sizeof(char *) * ((size_t)R->all.n + 1));
	build_indexes(R);
	reach_name(R, head);
	if (!R->work.n) { /* no such routine: the head's own check says so */
		ir_diag_release(p, NULL, NULL);
		ir_names_free(&R->followed);
		return;
	}
	/* BLOCK DATA is called by nobody and gives COMMON storage its initial values for the whole
	 * program: always kept (it was dropped, and the head read zeros) */
	for (int i = 0; i < R->all.n; i++)
		if (((IrUnit *)R->all.v[i])->blockdata)
			reach_unit(R, R->all.v[i]);
	while (R->work.n)
		walk_unit(R, R->work.v[--R->work.n]);
	ir_diag_release(p, drop_unreached, R);
	int nskipped = 0;
	for (int i = 0; i < R->all.n; i++) {
		const IrUnit *u = R->all.v[i];
		if (R->reached[i])
			continue;
		nskipped += u->kind != UNIT_MODULE;
		if (R->dropped[i] && !warned_before(u))
			ir_warning(u->loc, "%s %s is not reached from the head '%s': not translated, its %d error%s ignored (%s%s)",
			           kind_word(u), u->name, head, R->dropped[i], R->dropped[i] == 1 ? "" : "s",
			           R->dropped[i] == 1 ? "" : "the first: ", R->first[i]);
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
	ir_names_free(&R->followed);
}
