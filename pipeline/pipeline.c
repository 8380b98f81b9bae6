/*
 * pipeline.c — the translation as one list (pl_translate):
 *
 *   parse → (prune to the head's call tree) → sema → verify
 *   → ad_run: canon, head, sets, activity, symbols, ad (its table, ad/ad.c; each pass followed
 *     by the verifier in debug builds or with --verify)
 *   → emit (the caller's: it owns the files)
 *
 * `stad ir --dump=PASS` (AdRequest.dump_after) prints the IR after any of these but emit: the
 * list stops after parse or sema when it is one of them; ad_run dumps its own passes.
 *
 * and --default-checkpoint auto's fixpoint, which runs the list again until auto's choices
 * stay the same.
 */
#include "pipeline.h"

#include "sema.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void pl_report_errors(const IrProgram *p)
{
	int n = ir_error_count(p);
	if (n)
		fprintf(stderr, "stad: %d error%s\n", n, n == 1 ? "" : "s");
}

IrProgram *pl_load(const PlInput *in, int with_sema)
{
	if (!in->nfiles) {
		fprintf(stderr, "stad %s: no input files\n", in->cmd);
		return NULL;
	}
	IrProgram *p = ir_program_new();
	int errs = 0;
	for (int i = 0; i < in->nlib_files; i++)
		errs += fe_parse_lib(p, in->lib_files[i]);
	/* with a head, only its call tree is translated: what it does not reach may be outside the
	 * language (reach.c) */
	char root[128] = "";
	if (with_sema && in->head)
		sscanf(in->head, " %127[A-Za-z0-9_]", root);
	if (*root)
		ir_diag_hold(p);
	int start = ir_error_count(p);
	for (int i = 0; i < in->nfiles; i++)
		fe_parse_file(p, in->files[i], &in->fe);
	if (*root)
		fe_prune(p, ir_strlower(p->arena, root), in->verbose);
	errs += ir_error_count(p) - start;
	if (!with_sema && !errs)
		return p;
	if (!errs)
		errs = fe_sema(p);
	if (errs) {
		pl_report_errors(p);
		ir_program_free(p);
		return NULL;
	}
	int bad = ir_verify(p);
	if (bad) {
		fprintf(stderr, "stad: internal error: %d IR problems after sema\n", bad);
		ir_program_free(p);
		return NULL;
	}
	return p;
}

/* --default-checkpoint auto decides after the analysis of what to save (TBR), which takes every
 * undecided site as checkpointed, the safe assumption: a split call needs at most what a
 * checkpointed one does saved around it. So translate again with the sites auto chose off
 * analysed as off, until its choices stay the same (they can only turn off: at most one round
 * per site; four rounds at most, each one's code correct for its states). Returns 1 when round
 * (0, 1, ...) must be followed by another, with r and *prev (per site, 0 when auto chose off,
 * else -1; malloc'ed) set for it. */
static int auto_again(const AdRequest *req, const AdResult *res, int round, AdRequest *r, signed char **prev)
{
	if (!(req->mode == AD_REVERSE && req->default_auto && !req->dynamic_sites) || round == 3 || !res->sites)
		return 0;
	const CkpSites *s = res->sites;
	signed char *cur = malloc((size_t)s->n + 1);
	if (!cur)
		return 0;
	int anyoff = 0;
	for (int i = 0; i < s->n; i++) {
		cur[i] = s->v[i]->why == WHY_AUTO && !s->v[i]->on ? 0 : -1;
		anyoff |= cur[i] == 0;
	}
	int same = *prev && !memcmp(*prev, cur, (size_t)s->n);
	free(*prev);
	*prev = cur;
	if (same || !anyoff)
		return 0;
	r->auto_prev = cur;
	r->nauto_prev = s->n;
	return 1;
}

int pl_pass_known(const char *name)
{
	return !strcmp(name, "parse") || !strcmp(name, "sema") || ad_pass_known(name);
}

/* Is PASS the one req asks to dump (stad ir --dump=PASS)? */
static int dumps(const AdRequest *req, const char *pass)
{
	return req->dump_after && !strcmp(req->dump_after, pass);
}

int pl_translate(const PlInput *in, const AdRequest *req, PlEmit emit, void *ctx, IrProgram **p, AdResult *res)
{
	AdRequest r = *req;
	signed char *prev = NULL;
	int front = dumps(req, "parse") || dumps(req, "sema");
	for (int round = 0;; round++) {
		memset(res, 0, sizeof *res);
		*p = pl_load(in, !dumps(req, "parse")); /* parse, prune, sema, verify */
		if (!*p || front)
			break;
		if (ad_run(*p, &r, res) != 0) { /* canon, head, sets, activity, symbols, ad */
			if (!req->dump_after)   /* (stad ir: the located errors alone) */
				pl_report_errors(*p);
			ir_program_free(*p);
			*p = NULL;
			break;
		}
		/* (a dump is of one round: stad ir runs the list once) */
		if (req->dump_after || !auto_again(req, res, round, &r, &prev))
			break;
		ir_program_free(*p);
	}
	free(prev);
	if (!*p)
		return 1;
	if (front)
		ir_dump_program(req->dump ? req->dump : stdout, *p);
	if (emit && emit(ctx, *p, res) != 0) { /* C, header (and Fortran interface) */
		ir_program_free(*p);
		*p = NULL;
		return 1;
	}
	return 0;
}
