/*
 * diff.c — `stad diff` and `stad ir`: their options and output files. The translation is
 * pipeline/pipeline.c's pl_translate (parse → sema → AD passes → emit); here are the files
 * emit writes (C, header, Fortran interface, --split parts), atomically.
 */
#define _POSIX_C_SOURCE 200809L
#include "ad.h"
#include "backend.h"
#include "cli.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char diff_usage[] =
        "usage: stad diff FILES... --head 'name(deps)/(indeps)' [options]\n"
        "  --mode reverse|tangent|primal   what to generate (default reverse)\n"
        "  -o OUT.c                        output C file; OUT.h is written beside it\n"
        "  --split N                       the C as N files OUT_1.c ... OUT_N.c (build them all) and the\n"
        "                                  header they share, OUT_parts.h, instead of OUT.c\n"
        "  --table T                       checkpoint toggle table (see 'stad calls')\n"
        "  --nocheckpoint 'a b'            switch off the checkpoints of calls to a and b\n"
        "  --default-nocheckpoint          switch off every checkpoint not set otherwise\n"
        "  --default-checkpoint on|off|auto  the state of the sites no pragma, option or table sets:\n"
        "                                  on (the default), off (= --default-nocheckpoint), or\n"
        "                                  auto: chosen from the snapshot's and the callee's tape size\n"
        "  --set NAME=V                    (auto) the head's integer argument NAME is V\n"
        "  --profile                       build the adjoint with profiling hooks\n"
        "  --dynamic-sites                 decide every checkpoint at run time ($STAD_SITES)\n"
        "  --nan-safe                      a zero adjoint weight adds nothing through any partial (NaN or\n"
        "                                  infinite values a failed iteration leaves and the code discards)\n"
        "  --fortran-abi                   for a gfortran caller: '_' appended to exported names, module and\n"
        "                                  COMMON variables shared with the Fortran program, and\n"
        "                                  OUT_interface.f90 written beside OUT.c (see README)\n"
        "  --line-directives               emit #line directives\n"
        "  --verbose                       list every module and COMMON variable the code uses (else one line),\n"
        "                                  and the call sites forced off with the reason\n"
        "  --fixed | --free                source form (default: from the file extension)\n"
        "  --line-length N                 fixed-form line length (default 72)\n"
        "  -D NAME[=VALUE], -U NAME        C preprocessor macros (.F .F90 .fpp .FPP ... files, or with --cpp)\n"
        "  -I DIR                          folder searched for #include and INCLUDE files\n"
        "  --cpp                           run the C preprocessor on every file\n"
        "  --default-real-8                REAL without a kind is REAL(8) (gfortran -fdefault-real-8\n"
        "                                  -fdefault-double-8)\n"
        "With --mode primal and a PROGRAM unit, --head may be omitted: the program becomes main().\n";

/* Derive OUT.h from OUT.c. */
static char *header_path(const char *out)
{
	size_t n = strlen(out);
	char *h = malloc(n + 3);
	if (!h)
		return NULL;
	memcpy(h, out, n + 1);
	if (n > 2 && !strcmp(h + n - 2, ".c"))
		h[n - 1] = 'h';
	else
		strcat(h, ".h");
	return h;
}

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

/* OUT_interface.f90 beside OUT.c, and its module's name: the stem made a Fortran name. */
static char *interface_path(const char *out, char **module)
{
	size_t n = strlen(out);
	if (n > 2 && !strcmp(out + n - 2, ".c"))
		n -= 2;
	char *f = malloc(n + 16);
	const char *b = base_name(out);
	size_t bn = n - (size_t)(b - out);
	char *m = malloc(bn + 16);
	if (!f || !m) {
		free(f);
		free(m);
		return NULL;
	}
	memcpy(f, out, n);
	strcpy(f + n, "_interface.f90");
	size_t k = 0;
	if (!bn || !isalpha((unsigned char)b[0]))
		m[k++] = 'm', m[k++] = '_';
	for (size_t i = 0; i < bn; i++)
		m[k++] = isalnum((unsigned char)b[i]) ? (char)tolower((unsigned char)b[i]) : '_';
	strcpy(m + k, "_interface");
	*module = m;
	return f;
}

/* A generated C file written straight into PATH.tmpPID and renamed to PATH when complete (the
 * text of a large program is not held in memory once more for an atomic write). */
typedef struct Staged {
	const char *path;
	char tmp[4096];
	FILE *f;
} Staged;

static FILE *staged_open(Staged *st, const char *path)
{
	st->path = path;
	snprintf(st->tmp, sizeof st->tmp, "%s.tmp%ld", path, (long)getpid());
	st->f = fopen(st->tmp, "wb");
	if (!st->f)
		fprintf(stderr, "stad: error: cannot write '%s': %s\n", path, strerror(errno));
	return st->f;
}

/* Renames the file into place when ok (0), else removes it; 1 on failure (said). */
static int staged_close(Staged *st, int ok)
{
	if (!st->f)
		return 1;
	int bad = ferror(st->f) || fflush(st->f) != 0;
	int e = errno;
	bad |= fclose(st->f) != 0;
	st->f = NULL;
	if (ok && !bad && rename(st->tmp, st->path) == 0)
		return 0;
	e = errno ? errno : e;
	remove(st->tmp);
	if (ok)
		fprintf(stderr, "stad: error: cannot write '%s': %s\n", st->path, strerror(e));
	return 1;
}

/* --split N: OUT_1.c ... OUT_N.c and OUT_parts.h beside OUT.c (the stem is OUT.c without .c),
 * and the prefix of the names the parts share: the stem's base name made a C name, plus '_'. */
typedef struct Split {
	int n;
	char **paths; /* n parts, then the shared header */
	char *prefix;
	Staged *parts; /* n parts */
	char *hbuf;    /* the shared header */
	size_t hlen;
	FILE **files; /* n parts, then the shared header */
} Split;

static void split_free(Split *sp)
{
	for (int k = 0; sp->paths && k <= sp->n; k++) {
		if (k < sp->n && sp->parts[k].f)
			staged_close(&sp->parts[k], 0);
		free(sp->paths[k]);
	}
	free(sp->paths);
	free(sp->parts);
	free(sp->hbuf);
	free(sp->files);
	free(sp->prefix);
}

static int split_open(Split *sp, int n, const char *out)
{
	memset(sp, 0, sizeof *sp);
	sp->n = n;
	size_t len = strlen(out);
	if (len > 2 && !strcmp(out + len - 2, ".c"))
		len -= 2;
	sp->paths = calloc((size_t)n + 1, sizeof *sp->paths);
	sp->parts = calloc((size_t)n + 1, sizeof *sp->parts);
	sp->files = calloc((size_t)n + 1, sizeof *sp->files);
	const char *b = base_name(out);
	size_t bn = len - (size_t)(b - out);
	sp->prefix = malloc(bn + 4);
	if (!sp->paths || !sp->parts || !sp->files || !sp->prefix)
		return -1;
	size_t k = 0;
	if (!bn || !(isalpha((unsigned char)b[0]) || b[0] == '_'))
		sp->prefix[k++] = 's', sp->prefix[k++] = '_';
	for (size_t i = 0; i < bn; i++)
		sp->prefix[k++] = isalnum((unsigned char)b[i]) ? b[i] : '_';
	sp->prefix[k++] = '_';
	sp->prefix[k] = 0;
	for (int i = 0; i <= n; i++) {
		sp->paths[i] = malloc(len + 24);
		if (!sp->paths[i])
			return -1;
		if (i < n)
			snprintf(sp->paths[i], len + 24, "%.*s_%d.c", (int)len, out, i + 1);
		else
			snprintf(sp->paths[i], len + 24, "%.*s_parts.h", (int)len, out);
	}
	return 0;
}

/* The parts' files (staged) and the shared header's stream; -1 when one cannot be opened (said). */
static int split_files(Split *sp)
{
	for (int i = 0; i < sp->n; i++)
		if (!(sp->files[i] = staged_open(&sp->parts[i], sp->paths[i])))
			return -1;
	sp->files[sp->n] = open_memstream(&sp->hbuf, &sp->hlen);
	return sp->files[sp->n] ? 0 : -1;
}

int cli_emit_files(const CliOpts *o, IrProgram *p, IrUnit *const *exported, int nexported, const char *out, int uses_runtime,
                   const char *what)
{
	char *hpath = header_path(out);
	/* --fortran-abi: a Fortran interface module beside the C */
	char *fpath = NULL, *fmodule = NULL;
	if (o->fortran_abi && hpath && !(fpath = interface_path(out, &fmodule))) {
		free(hpath);
		fprintf(stderr, "stad: out of memory\n");
		return 1;
	}
	Split sp = {0};
	if (o->split && split_open(&sp, o->split, out) != 0) {
		split_free(&sp);
		free(hpath);
		free(fpath);
		free(fmodule);
		fprintf(stderr, "stad: out of memory\n");
		return 1;
	}
	int writable = hpath && cli_can_write(hpath, o) && (!fpath || cli_can_write(fpath, o));
	if (writable && !o->split)
		writable = cli_can_write(out, o);
	for (int k = 0; writable && k <= sp.n && o->split; k++)
		writable = cli_can_write(sp.paths[k], o);
	if (!writable) {
		split_free(&sp);
		free(hpath);
		free(fpath);
		free(fmodule);
		return 1;
	}
	char *hbuf = NULL, *fbuf = NULL;
	size_t hlen = 0, flen = 0;
	Staged cst = {0};
	FILE *c = o->split ? NULL : staged_open(&cst, out);
	if ((o->split && split_files(&sp) != 0) || (!o->split && !c)) {
		split_free(&sp);
		free(hpath);
		free(fpath);
		free(fmodule);
		return 1;
	}
	FILE *h = open_memstream(&hbuf, &hlen);
	FILE *f = fpath ? open_memstream(&fbuf, &flen) : NULL;
	if (!hpath || !h || (fpath && !f)) {
		fprintf(stderr, "stad: out of memory\n");
		return 1;
	}
	char banner[1024];
	int k = snprintf(banner, sizeof banner, "Generated by stad %s: %s of", STAD_VERSION, what);
	for (int i = 0; i < o->nfiles && k < (int)sizeof banner - 64; i++)
		k += snprintf(banner + k, sizeof banner - (size_t)k, " %s", base_name(o->files[i]));
	CgOptions co = {0};
	co.fortran_abi = o->fortran_abi;
	co.line_directives = o->line_directives;
	co.header_name = base_name(hpath);
	co.banner = banner;
	co.uses_runtime = uses_runtime;
	co.deriv_suffix = strstr(what, "adjoint") ? "b" : strstr(what, "tangent") ? "d" : NULL;
	/* `stad diff` says which module and COMMON variables the code reads and writes */
	co.report = !strcmp(o->cmd, "diff") ? stderr : NULL;
	co.report_all = o->verbose;
	co.fortran = f;
	co.fortran_module = fmodule;
	if (o->split) {
		co.nparts = sp.n;
		co.parts = sp.files;
		co.parts_header = sp.files[sp.n];
		co.parts_header_name = base_name(sp.paths[sp.n]);
		co.prefix = sp.prefix;
	}
	int bad = cg_emit(c, h, p, exported, nexported, &co);
	fclose(h);
	if (f)
		fclose(f);
	if (o->split)
		fclose(sp.files[sp.n]);
	int rc = 0;
	if (bad) {
		if (bad > 0) /* -1: refused, and said where */
			fprintf(stderr, "stad: internal error: the backend reported %d problems\n", bad);
		rc = 1;
	}
	if (!rc)
		rc = cli_write_file(hpath, hbuf, hlen, o, 0);
	if (!rc && fpath)
		rc = cli_write_file(fpath, fbuf, flen, o, 0);
	if (!rc && o->split) /* the shared header, then the parts */
		rc = cli_write_file(sp.paths[sp.n], sp.hbuf, sp.hlen, o, 0);
	for (int i = 0; i < sp.n && o->split; i++)
		rc |= staged_close(&sp.parts[i], !rc);
	if (c)
		rc |= staged_close(&cst, !rc);
	split_free(&sp);
	free(hbuf);
	free(fbuf);
	free(hpath);
	free(fpath);
	free(fmodule);
	return rc;
}

int cli_cmd_diff(int argc, char **argv)
{
	CliOpts o;
	int rc = cli_parse(argc, argv,
	                   OPT_HEAD | OPT_MODE | OPT_OUT | OPT_TABLE | OPT_CKP | OPT_PROFILE | OPT_ABI | OPT_FORM | OPT_SPLIT, &o,
	                   diff_usage);
	if (rc)
		return rc < 0 ? 0 : rc;
	if (!o.head && o.mode != AD_PRIMAL) {
		return cli_usage_error(&o, diff_usage, "--head is required in %s mode",
		                       o.mode == AD_TANGENT ? "tangent" : "reverse");
	}
	if ((o.table || o.nocheckpoint || o.default_nocheckpoint || o.default_auto || o.nsets || o.profile || o.dynamic_sites) &&
	    o.mode != AD_REVERSE) {
		const char *which = o.table      ? "--table"
		        : o.nocheckpoint         ? "--nocheckpoint"
		        : o.default_nocheckpoint ? "--default-nocheckpoint"
		        : o.default_auto         ? "--default-checkpoint auto"
		        : o.nsets                ? "--set (sizes for --default-checkpoint auto)"
		        : o.profile              ? "--profile"
		                                 : "--dynamic-sites";
		fprintf(stderr,
		        "stad diff: %s applies to --mode reverse only (checkpoints and profiles are the adjoint's); leave it out in %s mode\n",
		        which, o.mode == AD_TANGENT ? "tangent" : "primal");
		return 2;
	}
	AdRequest req;
	cli_ad_request(&o, o.mode, &req);
	static const char *what[] = {"primal", "tangent (forward) derivative", "adjoint (reverse) derivative"};
	CliTranslation t;
	rc = cli_translate(&o, &req, o.out ? o.out : "", what[req.mode], &t);
	/* --verbose: the call sites forced off, and why (stad calls shows them in its table) */
	for (int i = 0; !rc && o.verbose && t.res.sites && i < t.res.sites->n; i++) {
		const CkpSite *s = t.res.sites->v[i];
		if (s->why == WHY_FORCED && !s->on && s->forced_why)
			fprintf(stderr, "stad: call site %s (line %d) is not checkpointed: the call %s\n", s->id, s->line,
			        s->forced_why);
	}
	if (!rc)
		ir_program_free(t.p);
	return rc;
}

/* cli_translate's emit step: the exported routine's C name, then (out not NULL) the files. */
typedef struct Emit {
	const CliOpts *o;
	const char *out, *what;
	CliTranslation *t;
} Emit;

static int emit_files(void *ctx, IrProgram *p, const AdResult *res)
{
	Emit *e = ctx;
	CgOptions co = {0};
	co.fortran_abi = e->o->fortran_abi;
	if (res->nexported)
		cg_unit_cname(res->exported[0], &co, e->t->cname, sizeof e->t->cname);
	if (!e->out)
		return 0;
	const char *out = e->out;
	char defout[512];
	if (!*out) {
		snprintf(defout, sizeof defout, "%s.c", res->default_name);
		out = defout;
	}
	return cli_emit_files(e->o, p, res->exported, res->nexported, out, res->uses_runtime, e->what);
}

int cli_translate(const CliOpts *o, const AdRequest *req, const char *out, const char *what, CliTranslation *t)
{
	memset(t, 0, sizeof *t);
	PlInput in;
	cli_pl_input(o, &in);
	Emit e = {o, out, what, t};
	return pl_translate(&in, req, emit_files, &e, &t->p, &t->res);
}

int cli_cmd_ir(int argc, char **argv)
{
	static const char usage[] =
	        "usage: stad ir FILES... [--dump=PASS] [--head SPEC --mode tangent|reverse] [--verify] [--fixed|--free]\n"
	        "               [--line-length N]\n"
	        "Prints the IR after a pass: parse, sema (the default), or one of the derivative's passes\n"
	        "canon, head, sets, activity, symbols, sites, tbr, ad (these need --head and --mode; sites\n"
	        "and tbr --mode reverse). --verify runs the IR verifier after every pass (debug builds\n"
	        "always do).\n" CLI_SOURCE_USAGE;
	CliOpts o;
	int rc = cli_parse(argc, argv, OPT_FORM | OPT_HEAD | OPT_MODE | OPT_DUMP | OPT_CKP | OPT_TABLE, &o, usage);
	if (rc)
		return rc < 0 ? 0 : rc;
	const char *pass = o.dump;
	if (!pass)
		pass = o.head && o.mode_given && o.mode != AD_PRIMAL ? "ad" : "sema";
	int front = !strcmp(pass, "parse") || !strcmp(pass, "sema");
	if (!pl_pass_known(pass)) {
		fprintf(stderr,
		        "stad ir: unknown pass '%s' for --dump (parse, sema, canon, head, sets, activity, symbols, sites, tbr, "
		        "ad)\n",
		        pass);
		return 2;
	}
	if (!front && !(o.head && o.mode_given && o.mode != AD_PRIMAL)) {
		fprintf(stderr, "stad ir: --dump=%s needs --head and --mode tangent|reverse\n", pass);
		return 2;
	}
	if ((!strcmp(pass, "sites") || !strcmp(pass, "tbr")) && o.mode != AD_REVERSE) {
		fprintf(stderr, "stad ir: --dump=%s needs --mode reverse (tangent mode has no %s)\n", pass,
		        !strcmp(pass, "sites") ? "checkpoint sites" : "backward sweep");
		return 2;
	}
	AdRequest req;
	cli_ad_request(&o, front ? AD_PRIMAL : o.mode, &req);
	req.dump_after = pass;
	PlInput in;
	cli_pl_input(&o, &in);
	IrProgram *p;
	AdResult res;
	rc = pl_translate(&in, &req, NULL, NULL, &p, &res);
	if (!rc)
		ir_program_free(p);
	return rc;
}
