/*
 * ad.h — automatic differentiation on the IR (prefix ad_).
 *
 * The derivative's passes are the middle of the pipeline's list (pl_translate,
 * pipeline/pipeline.c), one at a time between ad_begin and ad_end:
 *   canon (functions become subroutines, calls and non-variable actuals hoisted, EXIT/CYCLE/RETURN
 *   turned into flags) → head (--head's names) → sets (read/write sets) → activity → symbols
 *   (derivative symbols) → sites (call sites numbered and decided; reverse) → tbr (what the
 *   backward sweeps need; reverse) → ad (tangent or reverse units).
 * They build new IR units; the backend prints them.
 */
#ifndef STAD_AD_H
#define STAD_AD_H

#include <stdio.h>

#include "ir.h"
#include "ckp.h"

enum { AD_PRIMAL, AD_TANGENT, AD_REVERSE };

typedef struct AdRequest {
	int mode;                 /* AD_* */
	const char *head;         /* "name(deps)/(indeps)"; may be NULL in primal mode with a PROGRAM */
	const char *table;        /* toggle table file or NULL */
	const char *nocheckpoint; /* callee names, blank separated */
	int default_nocheckpoint;
	int default_auto; /* --default-checkpoint auto: sites no pragma, option or table decides are
	                     chosen from the sizes of their snapshot and their callee's tape (auto.c) */
	const char *const *set_names, *const *set_values; /* --set NAME=V: head integers for auto */
	int nsets;
	int sets_strict;              /* every --set must name an integer argument of the head (calls, diff) */
	const signed char *auto_prev; /* auto, a later pass: per site, 0 when the previous pass chose
	                                 off (kept off, and analysed as off), else -1 (pl_translate) */
	int nauto_prev;
	int profile;             /* emit profile events */
	int dynamic_sites;       /* decide every site at run time (srt_site_on; STAD_SITES) */
	int nan_safe;            /* a zero adjoint weight adds nothing through any partial, not only
	                            through those that may be infinite or NaN by themselves (diffexpr.c) */
	const int *force_states; /* optional: per static site 0/1 overriding everything (tune) */
	int nforce;
	int verify;             /* run the IR verifier after every pass (always in debug builds) */
	const char *dump_after; /* dump the units after this pass (pl_pass_known) */
	FILE *dump;             /* where (NULL: stdout) */
	int caller_globals;     /* the caller owns the derivatives of module and COMMON variables
	                             (--fortran-abi): the head does not zero them on entry, so they
	                             carry seeds in and results out like derivative arguments */
} AdRequest;

/* What the head looks like after differentiation, for generated drivers. */
typedef struct AdHeadArg {
	IrSym *sym;      /* the head's dummy argument (primal) */
	int independent; /* named in (indeps) */
	int dependent;   /* named in (deps) */
	int has_deriv;   /* followed by its derivative argument in the derivative routine */
} AdHeadArg;

typedef struct AdResult {
	IrUnit **exported; /* the units to export (head_d / head_b / head / main) */
	int nexported;
	IrUnit **units; /* every unit generated (for dumps) */
	int nunits;
	const char *default_name; /* default output stem, e.g. "cost_b" */
	int uses_runtime;
	IrUnit *head;            /* the primal head (as canonicalized) */
	AdHeadArg *args;         /* head->nargs entries */
	CkpSites *sites;         /* call sites of the differentiated call tree (reverse mode) */
	int active_real4;        /* an active variable is REAL(4) (or COMPLEX(4)): the derivatives are
	                     computed, and agree with each other, only to single precision */
	const char *real4_names; /* then the first few of them, "term (in typo), ..." */
} AdResult;

/* One derivative of p as req asks, pass by pass:
 *
 *   AdRun *r = ad_begin(p, req, res);             NULL after reporting
 *   for each pass X that ad_pass_applies(r, "X"):  failed = ad_pass_X(r) || ad_after(r, "X")
 *   ad_end(r, failed, res);                       0 with *res filled, or 1
 *
 * ad_begin finds the head's routine and checks what --fortran-abi refuses; in derivative modes it
 * drops the output statements derivative code does not do (drop_io). In primal mode it fills
 * *res itself and no pass applies. A pass returns nonzero after reporting; ad_after fails when
 * errors were reported since ad_begin or the verifier fails (debug builds, req->verify), and
 * dumps the IR after pass NAME when req->dump_after names it. ad_end frees r (whether or not a
 * pass failed) and returns 1 when one did. */
typedef struct AdRun AdRun;
AdRun *ad_begin(IrProgram *p, const AdRequest *req, AdResult *res);
int ad_pass_applies(const AdRun *r, const char *name); /* not in primal mode; sites, tbr: reverse */
int ad_pass_canon(AdRun *r);
int ad_pass_head(AdRun *r);
int ad_pass_sets(AdRun *r);
int ad_pass_activity(AdRun *r);
int ad_pass_symbols(AdRun *r);
int ad_pass_sites(AdRun *r);
int ad_pass_tbr(AdRun *r);
int ad_pass_ad(AdRun *r);
int ad_after(AdRun *r, const char *name);
int ad_end(AdRun *r, int failed, AdResult *res);

/* ---------------------------------------------------------------- internal passes (ad_int.h) */

#endif
