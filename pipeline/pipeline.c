/*
 * pipeline.c — the translation as one list (passes[], run by pl_translate):
 *
 *   parse → sema → canon → head → sets → activity → symbols → sites → tbr → ad → emit
 *
 * The frontend's passes are here; the derivative's are ad/ad.c's (ad.h), run one by one between
 * ad_begin and ad_end. After every pass the IR verifier runs (after sema always; after the
 * derivative's in debug builds or with --verify; not after parse, whose IR is not yet typed and
 * resolved, which is what it checks) and `stad ir --dump=PASS` (AdRequest.dump_after) prints the
 * IR: after parse or sema the list stops there; the derivative's passes go on.
 *
 * --default-checkpoint auto's fixpoint is the entry after the derivative's passes: while auto's
 * choices change it ends the list, and pl_translate runs it again.
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

/* The state of one run of the list. */
typedef struct Pl {
	const PlInput *in;
	const AdRequest *req; /* as the caller asked */
	AdRequest r;          /* this round's: auto's choices of the previous round added */
	PlEmit emit;
	void *ctx;
	IrProgram *p; /* NULL once a pass failed after reporting (and freed it) */
	AdRun *ad;    /* between ad_begin and ad_end */
	AdResult *res;
	int round;
	signed char *prev; /* auto: the previous round's choices (auto_again) */
	int stop;          /* the list ends after this pass (its dump is printed, or another round) */
	int again;         /* ... and runs again (auto) */
} Pl;

/* Is PASS the one req asks to dump (stad ir --dump=PASS)? */
static int dumps(const AdRequest *req, const char *pass)
{
	return req->dump_after && !strcmp(req->dump_after, pass);
}

/* Errors in the frontend: reported, the program freed. */
static int front_failed(Pl *pl)
{
	pl_report_errors(pl->p);
	ir_program_free(pl->p);
	pl->p = NULL;
	return 1;
}

/* The files (and --lib descriptions, and sources given as text) read into one program; with a
 * head, only its call tree is kept: what it does not reach may be outside the language
 * (frontend/reach.c). Not when the parse itself is dumped. */
static int parse(Pl *pl)
{
	const PlInput *in = pl->in;
	if (!in->nfiles && !in->ntexts) {
		fprintf(stderr, "stad %s: no input files\n", in->cmd);
		return 1;
	}
	IrProgram *p = pl->p = ir_program_new();
	int errs = 0;
	for (int i = 0; i < in->nlib_files; i++)
		errs += fe_parse_lib(p, in->lib_files[i]);
	char root[128] = "";
	if (!dumps(pl->req, "parse") && in->head)
		sscanf(in->head, " %127[A-Za-z0-9_]", root);
	if (*root)
		ir_diag_hold(p);
	int start = ir_error_count(p);
	for (int i = 0; i < in->nfiles; i++)
		fe_parse_file(p, in->files[i], &in->fe);
	for (int i = 0; i < in->ntexts; i++)
		fe_parse_string(p, in->texts[i].name, in->texts[i].text, in->texts[i].len, &in->fe);
	if (*root)
		fe_prune(p, ir_strlower(p->arena, root), in->verbose);
	errs += ir_error_count(p) - start;
	return errs ? front_failed(pl) : 0;
}

/* Names, types, storage, lowering (frontend/sema*.c); then the verifier, in every build. */
static int sema(Pl *pl)
{
	if (fe_sema(pl->p))
		return front_failed(pl);
	int bad = ir_verify(pl->p);
	if (bad) {
		fprintf(stderr, "stad: internal error: %d IR problems after sema\n", bad);
		ir_program_free(pl->p);
		pl->p = NULL;
		return 1;
	}
	return 0;
}

/* The derivative begins (ad_begin: the head's routine found and checked, derivative code's
 * output dropped) and ends (ad_end: the result filled). */
static int begin(Pl *pl)
{
	pl->ad = ad_begin(pl->p, &pl->r, pl->res);
	return !pl->ad;
}

static int end(Pl *pl)
{
	AdRun *ad = pl->ad;
	pl->ad = NULL;
	return ad_end(ad, 0, pl->res);
}

/* --default-checkpoint auto decides after the analysis of what to save (TBR), which takes every
 * undecided site as checkpointed, the safe assumption: a split call needs at most what a
 * checkpointed one does saved around it. So the list runs again with the sites auto chose off
 * analysed as off, until its choices stay the same (they can only turn off: at most one round
 * per site; four rounds at most, each one's code correct for its states). A dump is of one
 * round: stad ir runs the list once. */
static int auto_fixpoint(Pl *pl)
{
	const AdRequest *req = pl->req;
	const AdResult *res = pl->res;
	if (req->dump_after || !(req->mode == AD_REVERSE && req->default_auto && !req->dynamic_sites) || pl->round == 3 ||
	    !res->sites)
		return 0;
	const CkpSites *s = res->sites;
	signed char *cur = calloc((size_t)s->n + 1, 1);
	if (!cur)
		return 0;
	int anyoff = 0;
	for (int i = 0; i < s->n; i++) {
		cur[i] = s->v[i]->why == WHY_AUTO && !s->v[i]->on ? 0 : -1;
		anyoff |= cur[i] == 0;
	}
	int same = pl->prev && !memcmp(pl->prev, cur, (size_t)s->n);
	free(pl->prev);
	pl->prev = cur;
	if (same || !anyoff)
		return 0;
	/* per site, 0 when auto chose off, else -1 */
	pl->r.auto_prev = cur;
	pl->r.nauto_prev = s->n;
	pl->again = pl->stop = 1;
	return 0;
}

/* The caller's: C, header (and Fortran interface). */
static int emit(Pl *pl)
{
	if (!pl->emit || pl->emit(pl->ctx, pl->p, pl->res) == 0)
		return 0;
	ir_program_free(pl->p);
	pl->p = NULL;
	return 1;
}

typedef struct PlPass {
	const char *name;   /* for --dump=NAME; NULL: no pass of its own (nothing to dump) */
	int (*run)(Pl *);   /* the frontend's, and what is around the derivative's */
	int (*ad)(AdRun *); /* the derivative's (ad.h), when they apply to the mode */
} PlPass;

static const PlPass passes[] = {
        {"parse", parse, NULL},               /* the sources → IR; pruned to the head's call tree */
        {"sema", sema, NULL},                 /* names, types, storage, lowering; verified */
        {NULL, begin, NULL},                  /* the head found; derivative code's output dropped */
        {"canon", NULL, ad_pass_canon},       /* functions → subroutines, hoisting, jumps → flags */
        {"head", NULL, ad_pass_head},         /* --head's names matched with the head's dummies */
        {"sets", NULL, ad_pass_sets},         /* read/write sets; aliasing (restrict) */
        {"activity", NULL, ad_pass_activity}, /* varied ∧ useful */
        {"symbols", NULL, ad_pass_symbols},   /* derivative symbols */
        {"sites", NULL, ad_pass_sites},       /* reverse: call sites numbered, checkpoints decided */
        {"tbr", NULL, ad_pass_tbr},           /* reverse: what the backward sweeps need saved */
        {"ad", NULL, ad_pass_ad},             /* tangent or reverse units (auto decides its sites) */
        {NULL, end, NULL},                    /* the result */
        {NULL, auto_fixpoint, NULL},          /* --default-checkpoint auto: again until it settles */
        {"emit", emit, NULL},                 /* the caller's files */
};

int pl_pass_known(const char *name)
{
	for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++)
		if (passes[i].name && strcmp(passes[i].name, "emit") && !strcmp(passes[i].name, name))
			return 1;
	return 0;
}

/* One pass, and after it the verifier and the dump asked for. */
static int step(Pl *pl, const PlPass *ps)
{
	if (ps->ad)
		return ad_pass_applies(pl->ad, ps->name) && (ps->ad(pl->ad) || ad_after(pl->ad, ps->name));
	if (ps->run(pl))
		return 1;
	if (ps->name && dumps(pl->req, ps->name)) { /* the frontend's: the list ends there */
		ir_dump_program(pl->req->dump ? pl->req->dump : stdout, pl->p);
		pl->stop = 1;
	}
	return 0;
}

int pl_translate(const PlInput *in, const AdRequest *req, PlEmit emit_fn, void *ctx, IrProgram **p, AdResult *res)
{
	Pl pl = {in, req, *req, emit_fn, ctx, NULL, NULL, res, 0, NULL, 0, 0};
	int failed = 0;
	for (;; pl.round++) {
		memset(res, 0, sizeof *res);
		pl.stop = pl.again = 0;
		for (size_t i = 0; i < sizeof passes / sizeof passes[0] && !failed && !pl.stop; i++)
			failed = step(&pl, &passes[i]);
		if (pl.ad) /* a derivative's pass failed */
			ad_end(pl.ad, 1, res), pl.ad = NULL;
		if (failed && pl.p) { /* (stad ir: the located errors alone) */
			if (!req->dump_after)
				pl_report_errors(pl.p);
			ir_program_free(pl.p);
			pl.p = NULL;
		}
		if (failed || !pl.again)
			break;
		ir_program_free(pl.p);
	}
	free(pl.prev);
	*p = pl.p;
	return failed;
}
