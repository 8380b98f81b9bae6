/*
 * sema_int.h — what the files of semantic analysis share: the state of a run (Sema), folded
 * constants, and the functions one file calls in another. sema.c runs the steps in order
 * (see its top comment); sema_fold.c folds constants, sema_decl.c declares symbols, DATA and
 * COMMON, sema_expr.c resolves expressions, sema_stmt.c statements, sema_flow.c restructures
 * GO TOs.
 */
#ifndef STAD_SEMA_INT_H
#define STAD_SEMA_INT_H

#include "sema.h"

#include <stdint.h>

typedef struct Sema {
	IrProgram *p;
	IrArena *a;
	IrVec all;    /* every unit, parse order */
	IrUnit *unit; /* unit being resolved */
	int loopdepth;
	IrBlock prologue;       /* statements to run on entry to S->unit: bounds fixed at entry */
	IrBlock before;         /* statements to place before the one being resolved */
	IrVec entry_of;         /* pairs (bound expression, its entry copy) of S->unit */
	IrUnit **procs, **mods; /* open-addressing tables by name (nslots, a power of two) */
	size_t nslots;
} Sema;

/* A folded constant: integer, real (with its kind), or logical. */
typedef struct Const {
	IrBase type;
	int64_t i;
	double r;
} Const;

/* Functions one file of sema calls in another (sema_*.c: where each is defined). */
void sema_check_actuals(Sema *S, IrUnit *callee, IrExpr **args, int nargs, IrLoc loc);
IrExpr *sema_const_expr(Sema *S, const Const *c, IrBase want, IrLoc loc);
int sema_const_of(const IrExpr *e, Const *c);
void sema_declare_unit(Sema *S, IrUnit *u);
int sema_expr_has_whole_array(const IrExpr *e);
IrUnit *sema_find_module(Sema *S, const char *name);
IrUnit *sema_find_unit(Sema *S, const char *name);
IrBase sema_implicit_type(const IrUnit *u, const char *name);
int sema_is_numeric(IrBase t);
IrSym *sema_lookup(Sema *S, IrUnit *u, const char *name);
IrBase sema_max_type(IrBase x, IrBase y);
void sema_resolve_block(Sema *S, IrBlock *b);
IrExpr *sema_resolve_expr(Sema *S, IrExpr *e);
void sema_unify_commons(Sema *S);
/* sema_flow.c: GO TOs and EXIT/CYCLE of outer loops restructured (run on a resolved unit). */
void sema_flow_unit(Sema *S, IrUnit *u);
IrExpr *sema_value_expr(Sema *S, IrExpr *e);
/* sema_const_of, and why it failed (SEMA_FOLD_OVERFLOW, SEMA_FOLD_DIVZERO, or 0). */
enum { SEMA_FOLD_OVERFLOW = 1, SEMA_FOLD_DIVZERO = 2 };
int sema_const_fold(const IrExpr *e, Const *c, int *why);

#endif
