/*
 * pipeline.h — the translation as one list (prefix pl_), the one function every command runs:
 *
 *   parse → sema → canon → head → sets → activity → symbols → sites → tbr → ad → emit
 *
 * each pass followed by the IR verifier (debug builds, --verify) and, on request, a dump (stad
 * ir --dump=PASS), with --default-checkpoint auto's fixpoint around it (an AD decision, so here
 * and not in cli/). Emitting is the caller's (it owns the files): pl_translate calls it last, once.
 */
#ifndef STAD_PIPELINE_H
#define STAD_PIPELINE_H

#include "ad.h"
#include "frontend.h"
#include "ir.h"

/* A source given as text rather than as a file (the fuzzer, tests). */
typedef struct PlText {
	const char *name; /* its file name in messages (the form follows FeOptions or the suffix) */
	const char *text;
	size_t len;
} PlText;

typedef struct PlInput {
	const char *cmd; /* the command, for "stad CMD: no input files" */
	const char *const *files;
	int nfiles;
	const PlText *texts; /* sources given as text, read after the files */
	int ntexts;
	const char *const *lib_files; /* --lib: descriptions of routines without source */
	int nlib_files;
	const char *head; /* with a head, only its call tree is translated (fe_prune) */
	int verbose;
	FeOptions fe;
} PlInput;

/* Says how many errors p holds ("stad: 2 errors"), when any. */
void pl_report_errors(const IrProgram *p);

/* Is NAME a pass of the list that `stad ir --dump=NAME` can print after (every one but emit)? */
int pl_pass_known(const char *name);

/* emit(ctx, p, res): writes the result; 0, or nonzero after reporting. */
typedef int (*PlEmit)(void *ctx, IrProgram *p, const AdResult *res);

/* The list with req (again, with --default-checkpoint auto, until auto's choices stay the
 * same) and, when emit is not NULL, emit. With req->dump_after (stad ir --dump=PASS) the IR
 * after PASS is printed to req->dump (NULL: stdout) and the list runs once: after parse or sema
 * it stops there (then *res is empty). Returns 0 with *p and *res filled (ir_program_free(*p)
 * when done), or 1 after reporting (*p NULL). */
int pl_translate(const PlInput *in, const AdRequest *req, PlEmit emit, void *ctx, IrProgram **p, AdResult *res);

#endif
