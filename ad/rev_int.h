/*
 * rev_int.h — what the two halves of reverse mode share: the facts TBR records on each
 * statement (tbr.c) and the state of the unit being built (reverse.c).
 */
#ifndef STAD_REV_INT_H
#define STAD_REV_INT_H

#include "ad_int.h"

/* A small set of symbol ids, as a list: what one statement's adjoint reads. (A bitset over the
 * whole program per statement made reverse mode quadratic in time and memory.) */
typedef struct IdList {
	int *v;
	int n;
} IdList;

typedef struct Facts {
	int push_lhs; /* ASSIGN: save the overwritten value */
	int push_row; /* ASSIGN: ... as part of its loop's row block (reverse.c, row_blocks) */
	int push_var; /* DO: save the loop variable before the loop */
	int used_done;
	IdList used;  /* ASSIGN/CALL: variables the adjoint reads (canonical ids, no repeats) */
	IrVec snap;   /* CALL: snapshot variables (caller symbols) */
	IrVec guard;  /* CALL of an active routine without source: what it writes that earlier
	                 adjoints read, saved around its NAME_b (which may leave it changed) */
	int snap_bad; /* CALL: cannot be checkpointed (assumed size) */
	int draws;    /* CALL: the callee draws random numbers: never checkpointed (random_sites) */
	IrSym *snap_bad_sym;
	int lo_c, hi_c, st_c; /* DO: bounds are compile-time constants */
	int binomial;         /* DO under !$AD BINOMIAL-CKP */
	int fploop;           /* DO or DO WHILE under !$AD FP-LOOP: two-phase adjoint */
	IrVec fpnorm;         /* fploop: the adjoint variables whose size decides convergence */
	int recompute;        /* ASSIGN: recomputed in the backward sweep instead of saved */
	IrVec state;          /* binomial, fploop: the variables a step may write (its snapshot) */
	int64_t lo_v, hi_v, st_v;
	IrVec rows; /* DO: the assignments whose saved values are pushed as one row block */
} Facts;

typedef struct Rev {
	Ad *ad;
	IrUnit *src;
	IrUnit *fwd, *bwd;
	IrUnit *scratch; /* owner of throw-away temporaries while analysing */
	Bits globals;
	int nbits;
	IrSym *fp_skip; /* in an FP-LOOP's adjoint step: its EXIT flag, never set there */
	IrVec fp_kept;  /* there: (LINEAR-SOLVE call, its last primal run's solution, 1 if it ran) */
} Rev;

/* tbr.c: analysis */
Bits rev_tmp_bits(int nbits);
void rev_tmp_free(Bits b);
Facts *rev_facts(Rev *r, IrStmt *s);
void rev_alias_close(const UnitInfo *ui, Bits b);
IrExpr *rev_cp(Rev *r, const IrExpr *e);
/* Appends the adjoint statements of an assignment (reads the adjoint's used variables too). */
void rev_adjoint_assign(Rev *r, const IrStmt *s, IrBlock *out, IrUnit *tmpowner);
IrDirective *rev_binomial_dir(const IrStmt *s);
/* The loop's FP-LOOP directive, or NULL (none, or switched off in the table: taped). */
IrDirective *rev_fploop_dir(const IrStmt *s);
/* TBR over a block: req is what later adjoints read; record = 1 stores the facts. */
void rev_tbr_block(Rev *r, IrBlock *b, Bits req, int record);
/* Marks the temporaries the backward sweep recomputes instead of saving. */
void rev_mark_recompute(Rev *r, IrUnit *u);
/* TBR of one routine with what its callers need back at entry; returns Req at its start. */
/* TBR of one routine, recording its facts; the ids of its locals required at its end. */
IdList rev_analyse_unit(Ad *ad, IrUnit *u, Bits globals, int nbits);
/* Does the adjoint of assignment s read variable x? */
int rev_adjoint_reads(Rev *r, IrStmt *s, IrSym *x);
/* Is x a temporary the backward sweep of u recomputes? */
int rev_recomputed(const IrUnit *u, const IrSym *x);

#endif
