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

#define SEMA_NIVARS 8 /* loop variables of array statements: one per nest position */

typedef struct Sema {
	IrProgram *p;
	IrArena *a;
	IrVec all;    /* every unit, parse order */
	IrUnit *unit; /* unit being resolved */
	int loopdepth;
	void *complex_types[2];    /* sema_type.c: COMPLEX(4) and COMPLEX(8) as types of two leaves */
	IrBlock prologue;          /* statements to run on entry to S->unit: bounds fixed at entry */
	IrBlock before;            /* statements to place before the one being resolved */
	IrBlock after;             /* statements to place after it (copy-out of section actuals) */
	IrVec alloc_temps;         /* IrSym*: temporaries allocated for it, freed after it (sema_alloc.c) */
	int stmt;                  /* resolving an executable statement (not a declaration) */
	IrBlock *hoist;            /* where statements an expression needs go (&before, or an implied
	                           DO's own block); NULL outside executable statements */
	IrVec scope;               /* implied-DO variables in scope: pairs (name, IrSym*) */
	const char **names;        /* every name the unit being resolved uses (open addressing) */
	size_t nnames;             /* slots of names (a power of two, or 0) */
	const char **changed;      /* the names the unit may change: assigned, DO variables, actuals */
	size_t nchanged;           /* slots of changed */
	IrSym *ivars[SEMA_NIVARS]; /* the unit's loop variables of array statements, made on first use */
	IrVec entry_of;            /* pairs (bound expression, its entry copy) of S->unit */
	IrUnit **procs, **mods;    /* open-addressing tables by name (nslots, a power of two) */
	IrVec stmtfns;             /* statement functions of S->unit (sema_stmtfn.c) */
	IrUnit **mprocs;           /* module procedures by name (a PROGRAM stand-in: several modules) */
	size_t nslots;
	IrVec passive_names; /* const char*: routines !$AD EXTERNAL PASSIVE declares */
	IrVec passive_units; /* IrUnit*: the ones called so far (made from their first call) */
	IrVec common_views;  /* sema_common.c: members of COMMON blocks laid out differently, to rewrite */
	IrVec shifted;       /* sema_array.c: CSHIFTs an elementwise assignment may read through (Shifted*) */
	IrVec equiv_common;  /* sema_equiv.c: locals EQUIVALENCE puts into a COMMON block (SemaEquivCommon*) */
	IrVec equiv_done;    /* ... and the EQUIVALENCE groups that did it (IrDecl*): not classes of locals */
	IrVec default_ctors;  /* sema_type.c: pairs (IrExpr*, TType*): `sub()` made for a structure component
	                         a constructor leaves out (its defaults), whose type may have no name there */
	IrVec clashes;       /* pairs (IrUnit*, name): ambiguous USEd names reported (sema_refuse_use_clash) */
} Sema;

/* A folded constant: integer, real (with its kind), or logical. */
typedef struct Const {
	IrBase type;
	int64_t i;
	double r;
} Const;

/* Functions one file of sema calls in another (sema_*.c: where each is defined). */
/* sema_alias.c: one variable given to two dummies, one of which the callee changes */
void sema_check_aliasing(IrProgram *p);
/* The position (from 1) in the source's argument list of q's dummy k: a dummy of derived type
 * is its leaves in q->args (`q%x`, `q%y`), hidden dummies (extents, lengths) are none. When
 * *leaf is not NULL it says whether dummy k is one leaf of a structure. */
int sema_source_argpos(const IrUnit *q, int k, int *leaf);
/* sema_char.c: CHARACTER expressions */
IrExpr *sema_substring(Sema *S, IrExpr *base, IrExpr *triplet);
IrExpr *sema_char_binop(Sema *S, IrOp op, IrExpr *x, IrExpr *y, IrLoc loc);
IrExpr *sema_char_intrinsic(Sema *S, IrIntrinsic id, IrExpr *e);
int sema_char_actual(Sema *S, IrExpr *a);
/* not // or ADJUSTL/R (they need a buffer; one of constant length is assigned to a local before
 * the statement and *px becomes it): 1, or 0 after an error */
int sema_char_plain(Sema *S, IrExpr **px);
void sema_bind_actuals(Sema *S, IrUnit *callee, IrExpr ***args, int *nargs, IrLoc loc, IrBlock *after);
/* sema_ext.c: routines without source */
void sema_externals_collect(Sema *S);
void sema_passive_scan(Sema *S);
IrUnit *sema_passive_unit(Sema *S, const char *name, int function, IrBase rtype, IrExpr **args, int nargs, IrLoc loc);
void sema_report_undefined(Sema *S, const char *name, int function, IrLoc loc);
IrExpr *sema_const_expr(Sema *S, const Const *c, IrBase want, IrLoc loc);
int sema_const_of(const IrExpr *e, Const *c);
void sema_declare_unit(Sema *S, IrUnit *u);
/* What to write for a procedure that calls itself without the RECURSIVE prefix (a format taking
 * the procedure's kind, SUBROUTINE or FUNCTION): gfortran 12 refuses it too, even with -std=f2018. */
#define SEMA_RECURSION_ADVICE "add RECURSIVE before %s (the standard requires it of a procedure that calls itself)"
/* sema_stmt.c: the actuals of a call of f (unresolved) with keyword arguments `mode = 2` moved to
 * the positions of f's dummies of those names. f must have an explicit interface: a module or
 * internal procedure, or an external one an INTERFACE block declares (sema_has_interface).
 * Returns 0 after an error (reported). */
int sema_has_interface(Sema *S, const IrUnit *u, const char *name);
int sema_keyword_actuals(Sema *S, IrUnit *f, const char *name, IrExpr ***args, int *nargs, IrLoc loc);
/* sema_procarg.c: a routine given procedures is copied for them, the call made a call of the
 * copy (before declarations: on the parser's IR). */
int sema_procargs(Sema *S); /* 1: the units changed */
/* sema_internal.c: internal procedures lifted to routines given the host variables they use
 * as extra dummies (after every body is resolved). */
void sema_lift_internal(Sema *S);
/* sema_equiv.c: EQUIVALENCE groups of locals become one array (after every body is resolved). */
void sema_equivalence(Sema *S);
/* Before COMMON blocks are unified: a local EQUIVALENCEd (directly or through other locals) with
 * a COMMON member becomes a member of that block, starting delta elements after anchor's start
 * (the block extends past its end when the local does; sema_common.c places it). */
typedef struct SemaEquivCommon {
	IrUnit *u;
	IrSym *sym, *anchor;
	long long delta;
	IrLoc loc;
} SemaEquivCommon;
void sema_equiv_common(Sema *S);
const SemaEquivCommon *sema_equiv_common_of(const Sema *S, const IrSym *s);
int sema_has_equivalence(const Sema *S);
/* A variable seen as a part of a rank-1 array (EQUIVALENCE classes, COMMON blocks laid out
 * differently by different routines): every reference of sym becomes an element of base,
 * `sym(i, j)` is `base(pos + (i - lo[0]) + (j - lo[1]) * ext[0])`, a whole sym (an actual
 * argument) the element where it starts. */
typedef struct SemaView {
	IrSym *sym;
	IrSym *base;
	long long pos;
	long long lo[IR_MAX_RANK], ext[IR_MAX_RANK];
	const char *common; /* the COMMON block (for the refusal of a DO variable), NULL: EQUIVALENCE */
} SemaView;
/* Every reference in u and its internal procedures rewritten (after every body is resolved). */
void sema_rewrite_views(Sema *S, IrUnit *u, const SemaView *v, int n);
/* sema_common.c: COMMON blocks unified across units (before bodies are resolved), and the
 * members of blocks laid out differently rewritten to views of the block's storage (after). */
void sema_common_views(Sema *S);
int sema_rank(const IrExpr *e);                         /* 0 for scalars */
int sema_reads_name(const IrExpr *e, const char *name); /* an unresolved e names it, anywhere */
void sema_become(IrStmt *s, const IrStmt *n);           /* s is n now, keeping its label and directives */
/* sema_io.c: WRITE with a format or unit, OPEN, CLOSE, REWIND, FLUSH (lowered; see there) */
void sema_io(Sema *S, IrStmt *s);
/* sema_where.c: DO CONCURRENT's indices become fresh variables (local to the construct) */
void sema_do_concurrent(Sema *S, IrStmt *s);
/* CALL of CPU_TIME, SYSTEM_CLOCK, DATE_AND_TIME, RANDOM_NUMBER, RANDOM_SEED: lowered (1), or 0 */
int sema_intrinsic_sub(Sema *S, IrStmt *s);
/* sema_stmt.c: resolve s, a statement sema_io.c has just rewritten, in place */
void sema_resolve_stmt_again(Sema *S, IrStmt *s);
IrUnit *sema_find_module(Sema *S, const char *name);
IrUnit *sema_find_proc(Sema *S, IrUnit *u, const char *name);
IrUnit *sema_find_unit(Sema *S, const char *name);
int sema_saves_all(const IrUnit *u); /* sema_decl.c: a bare SAVE */
/* The generic interface `name` visible in u (its own, its host's, a USEd module's), or NULL;
 * the specific procedure for these (resolved) actual arguments, or NULL after an error. */
const IrGeneric *sema_find_generic(Sema *S, IrUnit *u, const char *name);
/* An ELEMENTAL procedure given an array: refused, located (1); 0 when every actual is scalar. */
int sema_elemental_arrays(const IrUnit *f, IrExpr *const *args, int nargs);
/* A reference to the ELEMENTAL function f with an array among its (resolved) actuals: checked
 * (scalar dummies of the actuals' types; conforming shapes, an error when extents known at
 * compile time differ) and kept as one IR_FCALL whose arguments are arrays, rank the largest of
 * theirs; the assignment, reduction or PRINT holding it lowers it with its loops into one
 * reference per element (sema_array.c). NULL after an error. */
IrExpr *sema_elemental_fcall(Sema *S, IrUnit *f, IrExpr **args, int nargs, IrLoc loc);
/* s: CALL of the ELEMENTAL subroutine f. With an array actual, s becomes a DO nest over their
 * common shape calling f on the elements in array element order (scalar actuals the same in
 * every call), bound; returns 1 (also after a located error). 0: every actual is scalar. */
int sema_elemental_call(Sema *S, IrStmt *s, IrUnit *f);
/* The specific procedure i of g as u sees it (NULL after an error). */
IrUnit *sema_generic_spec(Sema *S, IrUnit *u, const IrGeneric *g, int i);
IrUnit *sema_generic_specific(Sema *S, IrUnit *u, const IrGeneric *g, IrExpr *const *args, int nargs, IrLoc loc);
int sema_module_exports(const IrUnit *m, const char *name);
/* u's dummies become args (names: their names as written), each knowing its position. */
void sema_set_dummies(IrUnit *u, const IrVec *args, const IrVec *names);
/* What one of the modules u USEs gives under `name` (through ONLY lists and renames), found in
 * each module m by in_module under the name m knows it by (NULL: not there, or not accessible;
 * an in_module follows m's own USEs with sema_through_uses at depth + 1): the first found, in
 * USE order; NULL past 64 levels of USE. The one walk of USE association. */
typedef void *(*SemaInModule)(Sema *S, IrUnit *m, const char *name, int depth);
void *sema_through_uses(Sema *S, IrUnit *u, const char *name, int depth, SemaInModule in_module);
void sema_fold_param(Sema *S, IrSym *s);
IrBase sema_kind_type(Sema *S, IrUnit *u, IrBase deflt, IrExpr *kind);
/* 1 when module m gives its users `name` (a variable, constant or procedure), -1 when it has
 * it PRIVATE, 0 when it has no such name. */
int sema_module_provides(Sema *S, IrUnit *m, const char *name);
/* A module u USEs (or its host does) that has `name` PRIVATE, for the hint of "not found". */
const IrUnit *sema_private_in(Sema *S, IrUnit *u, const char *name);
/* USE association gives u two different entities (variables, constants, procedures) named
 * `name` through two modules (Fortran: an ambiguous reference): the second module, the first in
 * *first; NULL when u or a host has its own `name`, or one module gives it. */
const IrUnit *sema_use_clash(Sema *S, IrUnit *u, const char *name, const IrUnit **first);
/* A reference to such a name: its located error, once per unit and name; 1 when refused. */
int sema_refuse_use_clash(Sema *S, IrUnit *u, const char *name, IrLoc loc);
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
/* sema_flow.c: GO TOs and EXIT/CYCLE of outer loops restructured (run on a resolved unit). */
void sema_flow_unit(Sema *S, IrUnit *u);
IrExpr *sema_value_expr(Sema *S, IrExpr *e);
/* sema_const_of, and why it failed (SEMA_FOLD_OVERFLOW, SEMA_FOLD_DIVZERO, or 0). */
enum { SEMA_FOLD_OVERFLOW = 1, SEMA_FOLD_DIVZERO = 2 };
int sema_const_fold(const IrExpr *e, Const *c, int *why);

/* sema_array.c: array syntax lowered to loops (see its top comment). */
const char *sema_fresh_name(Sema *S, const char *base);
IrSym *sema_new_local(Sema *S, const char *base, IrBase type, IrLoc loc);
IrExpr *sema_bound_at_entry(Sema *S, IrExpr *bound, IrLoc loc);
/* Is e an operation or constant a bound may be computed by (operators, conversions, intrinsics,
 * constants: not a variable, function reference or array syntax)? */
int sema_bound_operation(const IrExpr *e);
IrExpr *sema_value_before(Sema *S, IrExpr *e, const char *base);
IrExpr *sema_array_intrinsic(Sema *S, IrIntrinsic id, IrExpr *ref);
int sema_refused_array_intrinsic(const char *name, IrLoc loc);
IrExpr *sema_resolve_arraycon(Sema *S, IrExpr *e);
long sema_con_values(Sema *S, const IrExpr *con, IrBase type, IrExpr ***vals);
void sema_array_assign(Sema *S, IrStmt *s, IrExpr *lhs, IrExpr *rhs, IrExpr *mask);
void sema_mask_fill(Sema *S, IrStmt *s, IrExpr *into, IrExpr *mask);
/* sema_where.c: WHERE constructs lowered to masked assignments, FORALL to loops */
void sema_where(Sema *S, IrStmt *s);
void sema_forall(Sema *S, IrStmt *s);
void sema_print_arrays(Sema *S, IrStmt *s);
int sema_section_contiguous(Sema *S, const IrExpr *e);
IrExpr *sema_section_first(Sema *S, const IrExpr *e);
IrExpr *sema_section_extent(Sema *S, const IrExpr *e, int p);
IrExpr *sema_section_copy(Sema *S, IrExpr *e, int in, IrBlock *after);
IrExpr *sema_expr_temp(Sema *S, IrExpr *e, const char *base);
/* sema_type.c: derived types (see its top comment) */
void sema_types_decl(Sema *S, IrUnit *u, IrDecl *d);
void sema_types_declare(Sema *S, IrUnit *u);
void sema_types_body(Sema *S, IrUnit *u);
void sema_types_spec(Sema *S, IrExpr *e); /* SIZE(p) etc. of an array of structures in a declaration */
int sema_types_provided(Sema *S, IrUnit *m, const char *name);
/* The variable of derived type module m gives its users as `name` (NULL: none). */
void *sema_module_struct(Sema *S, IrUnit *m, const char *name, int depth);
/* The constant string v blank-padded or cut to n characters. */
IrExpr *sema_str_fit(Sema *S, const IrExpr *v, int64_t n);
/* A CHARACTER array constructor `['ab', 'cd']`, `[character(len=8) :: 'a', name]`, resolved: its
 * values CHARACTER scalars of constant lengths, all one length (without a type-spec), or each
 * padded or cut to the type-spec's (constants padded and cut here, a longer variable cut by a
 * substring); no implied DO. Returns con typed CHARACTER, or a failed expression (reported). */
IrExpr *sema_char_constructor(Sema *S, IrExpr *con);
IrSym *sema_struct_leaf(Sema *S, IrUnit *u, const char *name);
IrExpr *sema_component_ref(Sema *S, IrExpr *e);
int sema_struct_misused(Sema *S, const IrExpr *e);
/* COMPLEX (sema_type.c): a designator of a complex variable or component gives the references
 * of its two leaves (1; *dbl: COMPLEX(8), *array: a whole array or section), 0 when e is not
 * one, -1 after an error; a fresh complex scalar temporary (its name, a designator). */
int sema_complex_desig(Sema *S, IrExpr *e, IrExpr **re, IrExpr **im, int *dbl, int *array);
int sema_complex_kind(Sema *S, const IrExpr *e); /* 1: names a complex, -1: another variable, 0 */
const char *sema_complex_temp(Sema *S, int dbl, IrLoc loc);
int sema_is_complex_type(const char *type_name);
/* sema_complex.c: every complex expression of u's statements as two real ones. */
void sema_complex_body(Sema *S, IrUnit *u);
/* sema_alloc.c: ALLOCATABLE arrays (see its top comment) */
void sema_alloc_decls(Sema *S, IrUnit *u);
int sema_alloc_fixed(const IrSym *a); /* leading dimensions of constant bounds (a structure array's leaf) */
void sema_alloc_entry(Sema *S, IrUnit *u);
void sema_alloc_stmt(Sema *S, IrStmt *s);
IrExpr *sema_allocated(Sema *S, IrExpr *e);
/* Does e read the hidden bound variable of an ALLOCATABLE (set by ALLOCATE, unknown on entry)? */
int sema_reads_alloc_bound(const IrExpr *e);
void sema_alloc_temp(Sema *S, IrSym *t, IrLoc loc);
void sema_alloc_temp_now(Sema *S, IrSym *t, IrLoc loc); /* allocated whatever its bounds read */
void sema_alloc_local(Sema *S, IrSym *t);               /* t (a new local) made ALLOCATABLE */
int sema_alloc_same_shape(const IrExpr *e, const IrSym *a);
void sema_alloc_temps_free(Sema *S, IrBlock *out);
int sema_alloc_realloc(Sema *S, IrExpr *lhs, IrExpr **prhs, IrLoc loc);
/* sema_afunc.c: array-valued FUNCTIONs lowered to SUBROUTINEs (see its top comment): the unit
 * converted when declared, checked after; a reference (its actuals resolved) as a temporary
 * filled by a CALL before the statement, or NULL after an error (reported). */
void sema_array_result(Sema *S, IrUnit *u);
void sema_array_result_check(Sema *S, IrUnit *u);
IrExpr *sema_array_fcall(Sema *S, IrUnit *f, IrExpr **args, int nargs, IrLoc loc);
/* sema_decl.c: a specification expression resolved in u */
IrExpr *sema_spec_expr(Sema *S, IrUnit *u, IrExpr *e);
/* sema.c: the names a unit's source uses, so that temporaries do not take them */
void sema_names_collect(Sema *S, const IrUnit *u);
int sema_name_used(const Sema *S, const char *name);
int sema_unit_uses_name(Sema *S, const IrUnit *u, const char *name);
int sema_name_changed(const Sema *S, const char *name);

#endif
