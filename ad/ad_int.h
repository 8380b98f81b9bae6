/*
 * ad_int.h — what the AD passes share: bitsets over symbol ids, per-unit facts, and the
 * expression helpers used by both the tangent and the reverse transformation.
 */
#ifndef STAD_AD_INT_H
#define STAD_AD_INT_H

#include "ad.h"

#include <stdint.h>

/* ---------------------------------------------------------------- bitsets over IrSym.id */

/* Dense (sp NULL): word i of the set is w[i], i < nw. Sparse (sp set, w NULL, nw 0): only the
 * nonzero words, sorted by their index, in *sp, which copies of the Bits share; a routine's
 * summary (reads, writes, needs, entry) is sparse, since it holds the routine's own dummies and
 * the few globals it reaches: sets sized by the whole program, one per routine, made memory grow
 * with routines x symbols (issue 12). Every ad_bits_* function takes both kinds; code that reads
 * w and nw itself must be given a dense set (the temporaries and the global mask are). */
typedef struct BitsSparse {
	int n, cap;
	int *at;     /* at[k]: the index of the word w[k], ascending */
	uint64_t *w; /* nonzero words */
	IrArena *a;
} BitsSparse;

typedef struct Bits {
	uint64_t *w;
	int nw;
	BitsSparse *sp;
	int *span; /* a dense set's words [span[0], span[1]) hold every set bit (NULL: any word), and
	              after them the list of the words that may be nonzero (analysis.c, list_of): the
	              per-statement temporaries of TBR (rev_tmp_bits) are over the whole program but
	              hold a routine's few ids, so copies, ORs and clears visit only the listed words
	              (a span from a module's low ids to the routine's high ones was the program) */
} Bits;

Bits ad_bits_new(IrArena *a, int nbits);
Bits ad_bits_sparse(IrArena *a);             /* an empty sparse set */
Bits ad_bits_listed(IrArena *a, int nbits);  /* an empty dense set that lists its words, as rev_tmp_bits's */
void ad_bits_span(Bits b, int *lo, int *hi); /* the words of a dense set that may be nonzero */
/* A temporary's (rev_tmp_bits) words that may be nonzero, ascending, in *v; their count (-1: not
 * a temporary). */
int ad_bits_words(Bits b, int **v);
void ad_bits_clear(Bits b);
int ad_bits_get(Bits b, int i);
void ad_bits_set(Bits b, int i);
int ad_bits_or(Bits dst, Bits src);                    /* returns 1 if dst changed */
void ad_bits_or_masked(Bits dst, Bits src, Bits mask); /* dst |= src & mask */
void ad_bits_copy(Bits dst, Bits src);
int ad_bits_eq(Bits x, Bits y);
int ad_bits_nslots(Bits b);                    /* how many words b stores */
uint64_t ad_bits_slot(Bits b, int k, int *wi); /* its k-th stored word (ascending) and the word's index */

/* A map from symbol id to symbol, for copying IR into a new unit. The dense array v (indexed by
 * id) comes from a pool in the Ad context and goes back to it cleared, entry by entry (the ids set
 * are listed), so that building a routine costs its own size, not the program's symbol count. */
typedef struct SymMap {
	IrSym **v;
	int n;
	int *set; /* ids whose entry is set */
	int nset, capset;
	struct Ad *ad;
} SymMap;

/* ---------------------------------------------------------------- the AD context */

typedef struct UnitInfo {
	IrUnit *u;
	int reachable;             /* in the differentiated call tree */
	int was_function;          /* FUNCTION turned into a SUBROUTINE with its result appended */
	Bits reads, writes;        /* over canonical ids: own args and globals (interprocedural) */
	int needs_deriv;           /* has active variables or calls a unit that has */
	IrSym **dsym;              /* per local symbol index (position in u->syms): derivative symbol or NULL */
	IrUnit *d, *fwd, *bwd, *b; /* generated units */
	IrUnit *bwd_in;            /* reverse: the backward sweep proper when bwd pops entry extents first */
	int is_head;
	int aliased;        /* two dummies, or a dummy and a global it uses, may be one variable: no `restrict` */
	int *alias_ids;     /* nalias pairs of canonical ids that may be one storage here (mark_aliasing): a
	                       dummy and a global the routine or its callees use by name, or two dummies */
	int nalias;
	int order;          /* position in Ad.units */
	IrVec entry_bounds; /* canon: pairs (bound expression, local copy made on entry) for regions */
	Bits entry;         /* reverse: what its callers need restored after its backward sweep */
	int has_entry;
	Bits needs; /* reverse: dummies/globals its backward sweep reads for its adjoints */
	int has_needs;
	const IrStmt *draws; /* reverse: a statement of it or of a callee using the random generator */
	int draws_state;     /* 0 not known, 1 being computed, 2 known (reverse.c: unit_draws) */
	/* linsolve.c: the globals it reads other than through LINEAR-SOLVE calls (their work
	 * vectors), and 0 not known, 1 being computed, 2 known */
	Bits ls_reads;
	int ls_reads_state;
} UnitInfo;

/* The names of routines, module variables and COMMON members, for fresh names (canon.c). */
typedef struct GlobalNames {
	IrNames names;
	IrNames units;        /* the routines' names alone */
	int nunits, ncommons; /* the program's counts when the set was built */
	IrUnit **mods;        /* the modules, and how many of each one's symbols are in the set */
	int *mods_seen, nmods;
	int *commons_seen; /* per COMMON block, how many of its members are in the set */
} GlobalNames;

typedef struct Ad {
	IrProgram *p;
	IrArena *a;
	const AdRequest *req;
	IrUnit *head;
	IrVec units;         /* reachable units, callees first */
	Bits varied, useful; /* over canonical ids */
	IrSym **dglobal;     /* canonical global id -> derivative global symbol */
	IrUnit *saved;       /* synthetic module holding SAVE'd locals of reachable units */
	IrUnit *dmod;        /* synthetic module holding derivative globals */
	CkpSites *sites;
	int nerrors;
	const char *suffix; /* "d" or "b" for derivative names */
	IrSym **dmap;       /* symbol id -> derivative symbol (primal-level; cloned per unit) */
	int ndmap;
	int *named; /* head argument k is named in --head */
	int *indep, *dep;
	int profile;
	IrSym **mappool[4]; /* cleared SymMap arrays for reuse (symbols are added as AD runs: */
	int mappool_n[4];   /* their sizes, nsyms + 1 when they were made) */
	int nmappool;
	GlobalNames gnames;
	/* The recomputation analysis's per-symbol counts (tbr.c), kept across routines and zeroed
	 * entry by entry: allocated per routine they made the pass routines x symbols. */
	int *rc_counts; /* 4 arrays of rc_n ints */
	int rc_n;
	int *rc_touched; /* ids whose counts may be nonzero */
	int rc_ntouched, rc_captouched;
	/* Where TBR builds the adjoints it reads only for the variables they use (tbr.c), reset
	 * after each: they were a fifth of the reverse transformation's memory. */
	IrArena *scratch;
	IrSym **gsyms;    /* canonical global id -> its module variable or COMMON member (tbr.c) */
	uint64_t *idmark; /* tbr.c: the ids an adjoint's list holds so far (cleared id by id) */
	int ngsyms;
	/* Reverse mode, from pass "tbr" to pass "ad" (reverse.c): the canonical globals (a set of
	 * rev_nbits) and, per unit order, the locals TBR requires at the routine's end. */
	Bits rev_globals;
	int rev_nbits;
	struct IdList *rev_ends;
	/* LINEAR-SOLVE: the switch, 1 while a solver runs with A^T (in saved; NULL: none), and the
	 * apply= routines that then call their transpose= (pairs: apply, transpose) */
	IrSym *ls_transposed;
	IrVec ls_dispatched;
	/* tbr.c: the program's modules in unit order, for the walks per call site that look at
	 * module variables only (a walk over every unit per call was calls x units); remade when
	 * p->units changes (its array or count, the key) */
	IrUnit **modunits;
	int nmodunits;
	void *modunits_key;
	int modunits_keyn;
	/* canon.c: the FP-LOOP statements refused for reading their DO variable (IrStmt*, the
	 * source's: one error per loop, not one per specialised copy of its routine) */
	IrVec fp_refused;
} Ad;

/* 1 if the head zeroes the derivative d of a global on entry: every one, except those the caller
 * owns (AdRequest.caller_globals: module and COMMON variables; SAVE'd locals stay private). */
int ad_head_zeroes(const Ad *ad, const IrSym *d);
/* Derivative symbol of an active variable (NULL if none). */
IrSym *ad_dsym(const Ad *ad, IrSym *s);
/* Does dummy k of u get a derivative argument? */
int ad_has_darg(const Ad *ad, const IrUnit *u, int k);
void ad_abi_alias_checks(Ad *ad, IrUnit *u, IrBlock *out); /* --fortran-abi head: dummy inside a global */
/* Name of a generated routine: "step" + "_b" etc. */
const char *ad_unit_name(Ad *ad, const IrUnit *u, const char *suffix);

static inline UnitInfo *ad_info(const IrUnit *u)
{
	return (UnitInfo *)u->aux;
}

/* Canonical symbol: a unit's COMMON member maps to the block's canonical member. */
static inline IrSym *ad_canon(IrSym *s)
{
	return s->kind == SYM_COMMON && s->origin ? s->origin : s;
}

/* Does e reference s or a symbol of the same storage (the same canonical symbol)? */
int ad_expr_refers(const IrExpr *e, const IrSym *s);
/* The first statement of b other than I/O that reads or writes v, or NULL. */
const IrStmt *ad_block_use(const IrBlock *b, const IrSym *v);

static inline int ad_is_global(const IrSym *s)
{
	return s->kind == SYM_MODULE || s->kind == SYM_COMMON;
}

/* scatter.c: a backward sweep's increments at several subscripts of one adjoint array, out of
 * its innermost loops of constant bounds into one stream per subscript */
void ad_stream_increments(Ad *ad, IrUnit *bwd);

/* canon.c */
int ad_canonicalize(Ad *ad);
void ad_number_syms(IrProgram *p);

/* analysis.c */
void ad_rw_sets(Ad *ad);
/* The canonical module and COMMON variables, as a bitset of nbits. */
Bits ad_global_mask(Ad *ad, int nbits);
/* Read and write sets of a block (over canonical ids, callees mapped). */
void ad_block_rw(Ad *ad, const IrBlock *b, Bits globals, Bits r, Bits w); /* r, w as wide as globals */
void ad_activity(Ad *ad, const int *indep, const int *dep);
int ad_active(const Ad *ad, IrSym *s);
/* The root variable of an actual argument or lhs (NULL for a non-variable). */
IrSym *ad_root(const IrExpr *e);
/* Calls f(callee_arg_or_global_sym_canonical_id -> caller symbol) for a call's bindings. */
IrSym *ad_bind(const IrStmt *call, IrSym *callee_sym);
/* Every variable e (a block) reads or writes, PARAMETERs left out, by canonical id: */
typedef void AdIdFn(void *ctx, int id);
void ad_walk_vars(const IrExpr *e, AdIdFn fn, void *ctx);
void ad_walk_block_vars(const IrBlock *blk, AdIdFn fn, void *ctx);
void ad_collect_vars(const IrExpr *e, Bits b);
void ad_collect_block_vars(const IrBlock *blk, Bits b);

/* diffexpr.c */
int ad_expr_active(const Ad *ad, const IrExpr *e);
/* Tangent of e (NULL when zero); dvar maps an active variable reference to its derivative. */
typedef IrExpr *(*AdDerivRef)(void *ctx, const IrExpr *var);
IrExpr *ad_tangent_expr(Ad *ad, const IrExpr *e, AdDerivRef dref, void *ctx);
/* Append to `out` the adjoint statements of "e contributes with weight m". */
void ad_adjoint_expr(Ad *ad, const IrExpr *e, IrExpr *m, AdDerivRef dref, void *ctx, IrBlock *out, IrUnit *tmpowner);
IrExpr *ad_zero(IrArena *a, IrBase t, IrLoc loc);
IrExpr *ad_add(IrArena *a, IrExpr *x, IrExpr *y);
IrExpr *ad_mul(IrArena *a, IrExpr *x, IrExpr *y);
IrSym *ad_new_local(Ad *ad, IrUnit *u, const char *base, IrBase type);
/* The module of file-scope variables stad adds (SAVE'd locals, LINEAR-SOLVE's transpose switch),
 * made on first use */
IrUnit *ad_saved_module(Ad *ad, IrLoc loc);
const char *ad_fresh_name(Ad *ad, IrUnit *u, const char *base);

/* A derivative reference for the transformations: VAR(dsym(v), same subscripts). */
IrExpr *ad_dref(void *ad, const IrExpr *var);
/* Zero every derivative local of src (those of dsyms not arguments) at the start of a block. */
/* ALLOCATE/DEALLOCATE (IR_RT RT_ALLOC / RT_FREE of an ALLOCATABLE array, frontend/sema_alloc.c):
 * the statement for the array's derivative as well, when it has one (out gets nothing else). */
void ad_alloc_deriv(Ad *ad, const IrStmt *s, IrRtKind kind, IrBlock *out);
void ad_zero_dlocals(Ad *ad, IrUnit *src, IrBlock *out);
/* Clone src's symbols and its derivative symbols into dst; builds the argument list:
 * each primal dummy, followed by its derivative when with_derivs and ad_has_darg. */
void ad_build_signature(Ad *ad, IrUnit *src, IrUnit *dst, SymMap *m, int with_derivs);

/* external.c: routines without source */
/* The declaration (signature, no body) of the user's NAME_d or NAME_b (suffix "_d", "_b"). */
IrUnit *ad_external_decl(Ad *ad, IrUnit *u, const char *suffix);
/* 1 if ad_external_zero has a derivative to zero (or a refusal to make) for the call s. */
int ad_external_zeroes(Ad *ad, const IrStmt *s);
/* After a call of a described passive routine: zero the derivatives of the active variables it
 * writes (appended to out; the same statements serve as the adjoint). */
void ad_external_zero(Ad *ad, const IrStmt *s, IrBlock *out);

/* tangent.c / reverse.c */
/* linsolve.c: !$AD LINEAR-SOLVE before the CALL of a solver */
IrDirective *ad_linsolve_dir(const IrStmt *s);
/* the checks (located errors); sets the directive's ls_unit when its derivative applies */
void ad_linsolve_check(Ad *ad, IrUnit *caller, IrStmt *s);
/* Reverse mode: the switch that makes d's apply= routine call its transpose= (made on first use;
 * NULL when A is symmetric); the routine is noted, and ad_linsolve_dispatch, at the end of
 * reverse mode, gives its primal body the dispatch and the count of its calls (STAD_STATS) */
IrSym *ad_linsolve_switch(Ad *ad, const IrDirective *d);
void ad_linsolve_dispatch(Ad *ad);
/* The actuals of a call of the apply routine m (or its derivative, with dv): v[0] for x, v[1]
 * for y, each followed by dv[k] when given and by its extents when m's dummy is assumed shape */
IrExpr **ad_linsolve_apply_args(Ad *ad, const IrUnit *m, IrSym *const v[2], IrSym *const dv[2], IrLoc L, int *n);
/* Does the LINEAR-SOLVE call s in FP-LOOP loop qualify for taking, in the loop's adjoint steps,
 * the solution of the loop's last primal step instead of solving again? */
int ad_linsolve_fp_kept(Ad *ad, const IrStmt *loop, const IrStmt *s);
/* a site's snapshot with the solution and the right-hand side added */
IrVec ad_linsolve_vars(Ad *ad, const IrVec *snap, const IrDirective *d);
/* a local of owner shaped like `like` (constant bounds) */
IrSym *ad_linsolve_temp(Ad *ad, IrUnit *owner, const IrSym *like, const char *base);
enum { LS_COPY, LS_NEG, LS_ADD, LS_SUB };
/* dst := src, -src, dst + src or dst - src, element by element (one shape), loops in owner */
void ad_linsolve_copy(Ad *ad, IrUnit *owner, IrSym *dst, IrSym *src, int op, IrLoc L, IrBlock *out);
/* the tangent of the call: the primal solve, then ud += A^-1 (bd - (Ad u* + A ud)) */
void ad_linsolve_tangent(Ad *ad, IrUnit *owner, const IrStmt *s, IrBlock *out);
/* reverse.c: an integer expression of constants and PARAMETERs folded (ok = 0: not constant) */
int64_t ad_fold_int(const IrExpr *e, int *ok);

int ad_tangent(Ad *ad);
/* reverse mode's three passes, in this order: "sites", "tbr", "ad" (reverse.c) */
int ad_rev_sites(Ad *ad);
int ad_rev_tbr(Ad *ad);
int ad_reverse(Ad *ad);

/* clone.c */
SymMap ad_map_new(Ad *ad);
void ad_map_free(SymMap *m);
void ad_map_pool_free(Ad *ad);
void rev_recompute_free(Ad *ad); /* tbr.c: the recomputation analysis's counts */
void rev_tmp_pool_free(void);    /* tbr.c: the kept per-statement temporaries (rev_tmp_bits) */
void ad_global_names_free(Ad *ad);
int ad_unit_name_taken(Ad *ad, const char *n); /* a routine of the program has this name */
IrSym *ad_clone_sym(Ad *ad, SymMap *m, IrUnit *dst, IrSym *s);
IrStmt *ad_copy_whole(Ad *ad, IrSym *dst, IrSym *src, IrLoc loc); /* RT_COPY dst = src */
IrExpr *ad_subst_expr(Ad *ad, const SymMap *m, const IrExpr *e);
void ad_subst_block(Ad *ad, const SymMap *m, IrBlock *b);
void ad_subst_block_own(Ad *ad, const SymMap *m, IrBlock *b, IrArenaMark mark);
void ad_subst_dims(Ad *ad, const SymMap *m, IrUnit *dst);

/* auto.c: --default-checkpoint auto. Decides the sites left at their default, callees first,
 * calling build(ctx, u) for each routine once its own sites are decided (its forward sweep is
 * then sized); every routine is built when it returns. Returns the number of errors. */
typedef void (*AdAutoBuild)(void *ctx, IrUnit *u);
int ad_auto_sites(Ad *ad, AdAutoBuild build, void *ctx);

#endif
