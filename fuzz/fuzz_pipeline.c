/*
 * fuzz_pipeline.c — the libFuzzer target for the whole translation pipeline:
 * frontend → sema → AD (tangent, reverse, primal) → backend, as `stad diff` runs it.
 *
 * Each input is parsed (free form, else fixed form; fixed form first when its hash says so) and, when sema is
 * clean, a head is chosen among the routines that have a real argument: which routine, and
 * (besides the run where every real argument is both) which real arguments are dependent and
 * independent, and every option of the reverse mode (each
 * site's checkpoint forced on or off, --default-nocheckpoint, --default-checkpoint auto, --profile,
 * --dynamic-sites) and
 * of the emission (--fortran-abi, --line-directives) come from a hash of the input, so every
 * input maps to one deterministic run and a reproducer replays exactly. Each mode then runs
 * the list every command runs (pl_translate, pipeline/) on the input's text: a fresh parse,
 * pruned to the head's call tree, because AD canonicalizes the program it is given. The C goes
 * to /dev/null.
 *
 * User errors (located diagnostics, refusals) are normal results; an assert, a crash, a leak
 * or a sanitizer report is a finding. fuzz/replay.c runs the same entry point over the seed
 * corpus and fuzz/crashes/pipeline/ in the default CTest run (tests/fuzz/).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend.h"
#include "frontend.h"
#include "ir.h"
#include "pipeline.h"
#include "sema.h"

#include "fuzz_frontend.h"

static FILE *devnull;

/* FNV-1a of the input: the source of every choice below. */
static uint64_t hash_of(const uint8_t *data, size_t size)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < size; i++) {
		h ^= data[i];
		h *= 1099511628211ull;
	}
	return h;
}

/* A small deterministic generator seeded by the hash (splitmix64). */
static uint64_t next(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static IrProgram *load(const uint8_t *data, size_t size, int form)
{
	IrProgram *p = ir_program_new();
	FeOptions opt = {0};
	opt.form = form;
	const char *name = form == FE_FORM_FIXED ? "fuzz.f" : "fuzz.f90";
	if (fe_parse_string(p, name, (const char *)data, size, &opt) || fe_sema(p) != 0) {
		ir_program_free(p);
		return NULL;
	}
	if (ir_verify(p) != 0) {
		fprintf(stderr, "fuzz: clean sema left IR that fails ir_verify\n");
		abort();
	}
	return p;
}

static int has_real_arg(const IrUnit *u)
{
	for (int k = 0; k < u->nargs; k++)
		if (u->args[k] && ir_base_is_real(u->args[k]->type))
			return 1;
	return u->kind == UNIT_FUNCTION && u->result && ir_base_is_real(u->result->type);
}

/* Appends "a,b" to buf: the real arguments whose bit in mask is set (at least one). */
static void add_names(char *buf, size_t n, const IrUnit *u, uint64_t mask, int with_result)
{
	int any = 0;
	size_t len = strlen(buf);
	for (int k = 0; k < u->nargs && k < 64; k++) {
		const IrSym *s = u->args[k];
		if (!s || !ir_base_is_real(s->type) || !((mask >> k) & 1))
			continue;
		len += (size_t)snprintf(buf + len, len < n ? n - len : 0, "%s%s", any ? "," : "", u->argnames[k]);
		any = 1;
	}
	if (with_result) {
		len += (size_t)snprintf(buf + len, len < n ? n - len : 0, "%s%s", any ? "," : "",
		                        u->result_name ? u->result_name : u->name);
		any = 1;
	}
	if (!any) /* the first real argument */
		for (int k = 0; k < u->nargs; k++)
			if (u->args[k] && ir_base_is_real(u->args[k]->type)) {
				snprintf(buf + len, len < n ? n - len : 0, "%s", u->argnames[k]);
				break;
			}
}

/* Chooses a head `name(deps)/(indeps)` among the routines with a real argument; 0 if none.
 * all: every real argument (and a FUNCTION's result) is dependent and independent, the
 * broadest head; else random subsets. */
static int choose_head(const IrProgram *p, uint64_t *rng, int all, char *buf, size_t n)
{
	const IrUnit *cand[64];
	int nc = 0;
	for (int i = 0; i < p->allunits.n && nc < 64; i++) {
		const IrUnit *u = p->allunits.v[i];
		if ((u->kind == UNIT_SUBROUTINE || u->kind == UNIT_FUNCTION) && has_real_arg(u))
			cand[nc++] = u;
	}
	if (!nc)
		return 0;
	const IrUnit *u = cand[next(rng) % (uint64_t)nc];
	int fn_result = u->kind == UNIT_FUNCTION && u->result && ir_base_is_real(u->result->type);
	uint64_t deps = all ? ~0ull : next(rng), indeps = all ? ~0ull : next(rng);
	snprintf(buf, n, "%s(", u->name);
	add_names(buf, n, u, deps, fn_result && (all || (deps & (1ull << 63)) == 0));
	size_t len = strlen(buf);
	snprintf(buf + len, n - len, ")/(");
	add_names(buf, n, u, indeps, 0);
	len = strlen(buf);
	snprintf(buf + len, n - len, ")");
	return 1;
}

/* The C to /dev/null; ctx: --fortran-abi (bit 0) and --line-directives (bit 1). */
static int emit(void *ctx, IrProgram *p, const AdResult *res)
{
	int flags = *(const int *)ctx;
	CgOptions co = {0};
	co.fortran_abi = flags & 1;
	co.line_directives = (flags >> 1) & 1;
	co.header_name = "fuzz.h";
	co.banner = "fuzz";
	co.uses_runtime = res->uses_runtime;
	rewind(devnull);
	if (cg_emit(devnull, devnull, p, res->exported, res->nexported, &co) != 0 && !ir_error_count(p)) {
		fprintf(stderr, "fuzz: the backend reported problems without an error\n");
		abort();
	}
	return 0;
}

/* One mode of `stad diff`: a parse to choose the head from, then the translation. */
static void run_mode(const uint8_t *data, size_t size, int form, int mode, int all, uint64_t seed)
{
	IrProgram *p = load(data, size, form);
	if (!p) /* the seeds have both forms */
		p = load(data, size, form == FE_FORM_FREE ? FE_FORM_FIXED : FE_FORM_FREE);
	if (!p)
		return;
	uint64_t rng = seed;
	char head[2048];
	int have_head = choose_head(p, &rng, all, head, sizeof head);
	int has_program = 0;
	for (int i = 0; i < p->units.n; i++)
		has_program |= ((IrUnit *)p->units.v[i])->kind == UNIT_PROGRAM;
	if (!have_head && !(mode == AD_PRIMAL && has_program)) {
		ir_program_free(p);
		return;
	}
	AdRequest req;
	memset(&req, 0, sizeof req);
	req.mode = mode;
	req.head = mode == AD_PRIMAL && has_program && (next(&rng) & 1) ? NULL : have_head ? head : NULL;
	int force[64];
	uint64_t opts = next(&rng), bits = next(&rng);
	if (mode == AD_REVERSE) {
		req.default_nocheckpoint = (opts & 3) == 0;
		req.default_auto = (opts & 3) == 1; /* --default-checkpoint auto: its sizing of the IR */
		req.profile = (opts >> 2) & 1;
		req.dynamic_sites = ((opts >> 3) & 3) == 0;
		if ((opts >> 5) & 1) { /* force each site on or off, as `stad tune` does */
			for (int k = 0; k < 64; k++)
				force[k] = (int)((bits >> k) & 1);
			req.force_states = force;
			req.nforce = (int)((opts >> 6) % 65);
		}
	}
	/* the translation as stad runs it (pl_translate, from a fresh parse: the head's call tree) */
	ir_program_free(p);
	PlText src = {form == FE_FORM_FIXED ? "fuzz.f" : "fuzz.f90", (const char *)data, size};
	PlInput in;
	memset(&in, 0, sizeof in);
	in.cmd = "fuzz";
	in.texts = &src;
	in.ntexts = 1;
	in.head = req.head;
	in.fe.form = form;
	AdResult res;
	int abi_lines = (int)((opts >> 13) & 3);
	req.caller_globals = abi_lines & 1; /* --fortran-abi asks both (cli_ad_request), as stad diff does */
	if (pl_translate(&in, &req, emit, &abi_lines, &p, &res) == 0)
		ir_program_free(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!devnull && !(devnull = fopen("/dev/null", "w")))
		abort();
	uint64_t h = hash_of(data, size);
	int form = (h >> 61) == 0 ? FE_FORM_FIXED : FE_FORM_FREE; /* mostly free form */
	/* each mode with the broadest head, and with random subsets of arguments */
	for (int all = 1; all >= 0; all--) {
		run_mode(data, size, form, AD_REVERSE, all, h ^ (uint64_t)all);
		run_mode(data, size, form, AD_TANGENT, all, h ^ 0x5bd1e995u ^ (uint64_t)all);
	}
	if ((h & 7) == 0)
		run_mode(data, size, form, AD_PRIMAL, 0, h ^ 0x27d4eb2fu);
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_silence_diagnostics();
	return 0;
}
