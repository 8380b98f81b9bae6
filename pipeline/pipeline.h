/*
 * pipeline.h — the translation as one list (prefix pl_), the one function every command runs:
 *
 *   parse → sema (+ verify) → ad_run [canon, head, sets, activity, symbols, ad] → emit
 *
 * with --default-checkpoint auto's fixpoint around it (an AD decision, so here and not in cli/).
 * Emitting is the caller's (it owns the files): pl_translate calls it last, once.
 */
#ifndef STAD_PIPELINE_H
#define STAD_PIPELINE_H

#include "ad.h"
#include "frontend.h"
#include "ir.h"

typedef struct PlInput {
	const char *cmd; /* the command, for "stad CMD: no input files" */
	const char *const *files;
	int nfiles;
	const char *const *lib_files; /* --lib: descriptions of routines without source */
	int nlib_files;
	const char *head; /* with a head, only its call tree is translated (fe_prune) */
	int verbose;
	FeOptions fe;
} PlInput;

/* Parse (and, with_sema, prune, sema and verify) the input: the program, or NULL after
 * reporting. */
IrProgram *pl_load(const PlInput *in, int with_sema);

/* Says how many errors p holds ("stad: 2 errors"), when any. */
void pl_report_errors(const IrProgram *p);

/* Is NAME a pass `stad ir --dump=NAME` can print after (parse, sema, or ad_run's: canon, head,
 * sets, activity, symbols, ad)? */
int pl_pass_known(const char *name);

/* emit(ctx, p, res): writes the result; 0, or nonzero after reporting. */
typedef int (*PlEmit)(void *ctx, IrProgram *p, const AdResult *res);

/* Load, ad_run with req (again, with --default-checkpoint auto, until auto's choices stay the
 * same) and, when emit is not NULL, emit. With req->dump_after (stad ir --dump=PASS) the IR
 * after PASS is printed to req->dump (NULL: stdout), the list runs once and stops after PASS
 * when it is parse or sema (then *res is empty). Returns 0 with *p and *res filled
 * (ir_program_free(*p) when done), or 1 after reporting (*p NULL). */
int pl_translate(const PlInput *in, const AdRequest *req, PlEmit emit, void *ctx, IrProgram **p, AdResult *res);

#endif
