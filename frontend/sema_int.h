/*
 * sema_int.h — what the files of semantic analysis share: the state of a run (Sema), folded
 * constants, and the functions one file calls in another. sema.c runs the steps in order
 * (see its top comment); sema_fold.c folds constants, sema_decl.c declares symbols, DATA and
 * COMMON, sema_expr.c resolves expressions, sema_stmt.c statements.
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
	IrVec stmtfns;          /* statement functions of S->unit (sema_stmtfn.c) */
	IrUnit **mprocs;        /* module procedures by name (a PROGRAM stand-in: several modules) */
	size_t nslots;
	IrVec passive_names; /* const char*: routines !$AD EXTERNAL PASSIVE declares */
	IrVec passive_units; /* IrUnit*: the ones called so far (made from their first call) */
} Sema;

/* A folded constant: integer, real (with its kind), or logical. */
typedef struct Const {
	IrBase type;
	int64_t i;
	double r;
} Const;

/* Functions one file of sema calls in another (sema_*.c: where each is defined). */
void sema_check_actuals(Sema *S, IrUnit *callee, IrExpr **args, int nargs, IrLoc loc);
/* sema_ext.c: routines without source */
void sema_externals_collect(Sema *S);
void sema_passive_scan(Sema *S);
IrUnit *sema_passive_unit(Sema *S, const char *name, int function, IrBase rtype, IrExpr **args, int nargs, IrLoc loc);
void sema_report_undefined(Sema *S, const char *name, int function, IrLoc loc);
IrExpr *sema_const_expr(Sema *S, const Const *c, IrBase want, IrLoc loc);
int sema_const_of(const IrExpr *e, Const *c);
void sema_declare_unit(Sema *S, IrUnit *u);
int sema_expr_has_whole_array(const IrExpr *e);
IrUnit *sema_find_module(Sema *S, const char *name);
IrUnit *sema_find_proc(Sema *S, IrUnit *u, const char *name);
int sema_module_exports(const IrUnit *m, const char *name);
void sema_fold_param(Sema *S, IrSym *s);
IrBase sema_kind_type(Sema *S, IrUnit *u, IrBase deflt, IrExpr *kind);
/* 1 when module m gives its users `name` (a variable, constant or procedure), -1 when it has
 * it PRIVATE, 0 when it has no such name. */
int sema_module_provides(Sema *S, IrUnit *m, const char *name);
/* A module u USEs (or its host does) that has `name` PRIVATE, for the hint of "not found". */
const IrUnit *sema_private_in(Sema *S, IrUnit *u, const char *name);
/* Statement functions: taken out of u's body before it is resolved; a reference expanded
 * (NULL when e names none). */
void sema_statement_functions(Sema *S, IrUnit *u);
IrExpr *sema_expand_stmtfn(Sema *S, IrExpr *e);
/* Does the folded constant c fit type t (INTEGER kinds' ranges; other types: yes)? */
int sema_const_fits(const Const *c, IrBase t);
IrBase sema_implicit_type(const IrUnit *u, const char *name);
int sema_is_numeric(IrBase t);
IrSym *sema_lookup(Sema *S, IrUnit *u, const char *name);
IrBase sema_max_type(IrBase x, IrBase y);
void sema_resolve_block(Sema *S, IrBlock *b);
IrExpr *sema_resolve_expr(Sema *S, IrExpr *e);
void sema_unify_commons(Sema *S);
IrExpr *sema_value_expr(Sema *S, IrExpr *e);
/* sema_const_of, and why it failed (SEMA_FOLD_OVERFLOW, SEMA_FOLD_DIVZERO, or 0). */
enum { SEMA_FOLD_OVERFLOW = 1, SEMA_FOLD_DIVZERO = 2 };
int sema_const_fold(const IrExpr *e, Const *c, int *why);

#endif
