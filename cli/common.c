/*
 * common.c — what the subcommands share: one option parser for all of them (options and files
 * in any order), loading a program through the front half of the pipeline, atomic output that
 * never replaces a file stad did not write, and where the runtime lives.
 */
#define _DEFAULT_SOURCE
#define _POSIX_C_SOURCE 200809L
#include "ad.h"
#include "cli.h"
#include "frontend.h"
#include "prof.h"
#include "sema.h"

#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* What an option is: a string kept as given, a flag set to 1, or a value (ARG_VALUE) or a
 * switch without one (ARG_SWITCH) that cli_parse checks and converts, one case each. */
enum { ARG_STRING, ARG_FLAG, ARG_VALUE, ARG_SWITCH };

typedef struct OptSpec {
	const char *name;
	unsigned group; /* OPT_*: the commands that accept it */
	int how;        /* ARG_* */
	size_t field;   /* ARG_STRING, ARG_FLAG: its field in CliOpts */
} OptSpec;

#define STR(name, group, field)                                                                                                  \
	{                                                                                                                        \
		name, group, ARG_STRING, offsetof(CliOpts, field)                                                                \
	}
#define FLAG(name, group, field)                                                                                                 \
	{                                                                                                                        \
		name, group, ARG_FLAG, offsetof(CliOpts, field)                                                                  \
	}
#define VALUE(name, group)                                                                                                       \
	{                                                                                                                        \
		name, group, ARG_VALUE, 0                                                                                        \
	}
#define SWITCH(name, group)                                                                                                      \
	{                                                                                                                        \
		name, group, ARG_SWITCH, 0                                                                                       \
	}

static const OptSpec specs[] = {
        STR("--head", OPT_HEAD, head),
        VALUE("--mode", OPT_MODE),
        STR("-o", OPT_OUT, out),
        STR("--table", OPT_TABLE, table),
        STR("--nocheckpoint", OPT_CKP, nocheckpoint),
        FLAG("--default-nocheckpoint", OPT_CKP, default_nocheckpoint),
        VALUE("--default-checkpoint", OPT_CKP),
        FLAG("--profile", OPT_PROFILE, profile),
        FLAG("--dynamic-sites", OPT_PROFILE, dynamic_sites),
        FLAG("--nan-safe", OPT_CKP, nan_safe),
        FLAG("--fortran-abi", OPT_ABI, fortran_abi),
        FLAG("--line-directives", OPT_ABI, line_directives),
        VALUE("--set", OPT_SET | OPT_CKP),
        VALUE("--input", OPT_SET),
        STR("--driver", OPT_TUNE, driver),
        VALUE("--budget", OPT_PLAN),
        VALUE("--strategy", OPT_PLAN),
        VALUE("--random", OPT_TUNE),
        FLAG("--exhaustive", OPT_TUNE, exhaustive),
        VALUE("--repeat", OPT_TUNE),
        VALUE("--repeat-until", OPT_TUNE),
        VALUE("--repeat-max", OPT_TUNE),
        VALUE("--point-runs", OPT_TUNE),
        VALUE("--clock", OPT_TUNE),
        VALUE("--jobs", OPT_TUNE),
        STR("--launcher", OPT_TUNE, launcher),
        VALUE("--time-limit", OPT_TUNE),
        VALUE("--min-sample", OPT_TUNE),
        FLAG("--keep", OPT_SET, keep),
        FLAG("--verbose", OPT_FORM, verbose),
        VALUE("--tol", OPT_SET),
        VALUE("--opt", OPT_SET),
        STR("--dump", OPT_DUMP, dump),
        FLAG("--verify", OPT_FORM, verify),
        VALUE("--line-length", OPT_FORM),
        VALUE("--split", OPT_SPLIT),
        SWITCH("--fixed", OPT_FORM),
        SWITCH("--free", OPT_FORM),
        FLAG("--json", OPT_REPORT, json),
        STR("--write-table", OPT_REPORT, write_table),
        STR("--update-table", OPT_UPDATE, update_table),
        STR("--steps", OPT_REVOLVE, steps),
        STR("--snaps", OPT_REVOLVE, snaps),
        STR("--memory", OPT_REVOLVE, memory),
        STR("--snapshot-bytes", OPT_REVOLVE, snapshot_bytes),
        FLAG("--cflags", OPT_CONFIG, cflags),
        FLAG("--libs", OPT_CONFIG, libs),
        FLAG("--cpp", OPT_FORM, cpp),
        FLAG("--default-real-8", OPT_FORM, default_real8),
        VALUE("--lib", OPT_FORM),
        VALUE("--link", OPT_LINK),
        VALUE("--data", OPT_FORM),
};

static int parse_int(const char *s, int *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || *end || end == s || v < 0 || v > INT_MAX)
		return 0;
	*out = (int)v;
	return 1;
}

int cli_usage_error(const CliOpts *o, const char *usage, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "stad %s: ", o->cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n%s", usage);
	return 2;
}

/* The option arrays live until exit (the program is short-lived); keeping them reachable from
 * here says so to leak checkers. */
static const char **kept_files, **kept_cpp, **kept_inc, **kept_libs, **kept_links, **kept_data;
static CliSet *kept_sets, *kept_inputs;

/* -DNAME[=VALUE], -UNAME, -IDIR (the value joined or the next argument): 0, or a usage error. */
static int cpp_option(CliOpts *o, const char *usage, int argc, char **argv, int *i)
{
	const char *a = argv[*i];
	char letter = a[1];
	const char *val = a + 2;
	if (!*val) {
		if (*i + 1 >= argc) {
			char opt[3] = {'-', letter, 0};
			return cli_usage_error(o, usage, "option '%s' needs a value", opt);
		}
		val = argv[++*i];
	}
	if (letter == 'I') {
		if (!*val)
			return cli_usage_error(o, usage, "-I wants a folder, not '%s'", val);
		o->include_dirs[o->ninclude_dirs++] = val;
		return 0;
	}
	/* a macro name: a letter or _, then letters, digits and _ (then =VALUE for -D) */
	size_t n = 0;
	while (val[n] &&
	       (val[n] == '_' || (val[n] >= 'a' && val[n] <= 'z') || (val[n] >= 'A' && val[n] <= 'Z') ||
	        (n && val[n] >= '0' && val[n] <= '9')))
		n++;
	if (!n || (val[n] && !(letter == 'D' && val[n] == '=')))
		return letter == 'D' ? cli_usage_error(o, usage, "-D wants NAME or NAME=VALUE, not '%s'", val)
		                     : cli_usage_error(o, usage, "-U wants a NAME, not '%s'", val);
	char *arg = malloc(strlen(val) + 3);
	if (!arg)
		return cli_usage_error(o, usage, "out of memory");
	arg[0] = '-';
	arg[1] = letter;
	strcpy(arg + 2, val);
	o->cpp_args[o->ncpp_args++] = arg;
	return 0;
}

/* An --input value written as Fortran writes doubles (1d-6:2.5D0) in C's spelling (1e-6:2.5e0):
 * a d or D between a digit or '.' and a sign or digit; hexadecimal floats (0x1dp3) are left as
 * they are. The copy lives as long as the options. */
static const char *d_exponent(const char *val)
{
	const char *eq = strchr(val, '=');
	if (!eq || strpbrk(eq, "xX") || !strpbrk(eq, "dD"))
		return val;
	char *c = strdup(val);
	if (!c)
		abort();
	for (char *q = c + (eq - val) + 2; *q; q++) /* (the value only: a name may hold 1d2) */
		if ((*q == 'd' || *q == 'D') && (isdigit((unsigned char)q[-1]) || q[-1] == '.') &&
		    (isdigit((unsigned char)q[1]) || q[1] == '+' || q[1] == '-'))
			*q = 'e';
	return c;
}

int cli_parse(int argc, char **argv, unsigned accepted, CliOpts *o, const char *usage)
{
	memset(o, 0, sizeof *o);
	o->cmd = argv[0];
	o->mode = AD_REVERSE;
	o->line_length = 72;
	o->form = FE_FORM_AUTO;
	o->repeat = 3;
	o->repeat_max = 20;
	o->point_runs = 1;
	o->jobs = 1;
	o->min_sample = 0.05;
	o->strategy = -1; /* each command's default */
	o->files = calloc((size_t)argc + 1, sizeof *o->files);
	o->sets = calloc((size_t)argc + 1, sizeof *o->sets);
	o->inputs = calloc((size_t)argc + 1, sizeof *o->inputs);
	o->cpp_args = calloc((size_t)argc + 1, sizeof *o->cpp_args);
	o->include_dirs = calloc((size_t)argc + 1, sizeof *o->include_dirs);
	o->lib_files = calloc((size_t)argc + 1, sizeof *o->lib_files);
	o->links = calloc((size_t)argc + 1, sizeof *o->links);
	o->data = calloc((size_t)argc + 1, sizeof *o->data);
	if (!o->files || !o->sets || !o->inputs || !o->cpp_args || !o->include_dirs || !o->lib_files || !o->links || !o->data) {
		fprintf(stderr, "stad: out of memory\n");
		return 2;
	}
	free(kept_files);
	free(kept_sets);
	free(kept_inputs);
	free(kept_cpp);
	free(kept_inc);
	free(kept_libs);
	free(kept_links);
	free(kept_data);
	kept_data = o->data;
	kept_files = o->files;
	kept_sets = o->sets;
	kept_inputs = o->inputs;
	kept_cpp = o->cpp_args;
	kept_inc = o->include_dirs;
	kept_libs = o->lib_files;
	kept_links = o->links;
	for (int i = 1; i < argc; i++) {
		char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			fputs(usage, stdout);
			return -1;
		}
		if (a[0] != '-' || !strcmp(a, "-")) {
			o->files[o->nfiles++] = a;
			continue;
		}
		if ((a[1] == 'D' || a[1] == 'U' || a[1] == 'I') && (accepted & OPT_FORM)) {
			int bad = cpp_option(o, usage, argc, argv, &i);
			if (bad)
				return bad;
			continue;
		}
		/* --opt=value is accepted too */
		char name[64];
		const char *val = NULL;
		const char *eq = strchr(a, '=');
		size_t nl = eq ? (size_t)(eq - a) : strlen(a);
		if (nl >= sizeof name)
			return cli_usage_error(o, usage, "unknown option '%s'", a);
		memcpy(name, a, nl);
		name[nl] = 0;
		const OptSpec *sp = NULL;
		for (size_t k = 0; k < sizeof specs / sizeof specs[0]; k++)
			if (!strcmp(specs[k].name, name))
				sp = &specs[k];
		if (!sp || !(sp->group & accepted))
			return cli_usage_error(o, usage, "unknown option '%s'", name);
		if (sp->how == ARG_STRING || sp->how == ARG_VALUE) {
			if (eq)
				val = eq + 1;
			else if (i + 1 < argc)
				val = argv[++i];
			else
				return cli_usage_error(o, usage, "option '%s' needs a value", name);
		} else if (eq) {
			return cli_usage_error(o, usage, "option '%s' takes no value", name);
		}
		if (sp->how == ARG_STRING) {
			*(const char **)((char *)o + sp->field) = val;
			continue;
		}
		if (sp->how == ARG_FLAG) {
			*(int *)((char *)o + sp->field) = 1;
			continue;
		}
		if (!strcmp(name, "--mode")) {
			o->mode_given = 1;
			if (!strcmp(val, "primal"))
				o->mode = AD_PRIMAL;
			else if (!strcmp(val, "tangent") || !strcmp(val, "forward"))
				o->mode = AD_TANGENT;
			else if (!strcmp(val, "reverse") || !strcmp(val, "adjoint"))
				o->mode = AD_REVERSE;
			else
				return cli_usage_error(o, usage, "unknown mode '%s' (primal, tangent or reverse)", val);
		} else if (!strcmp(name, "--default-checkpoint")) {
			if (!strcmp(val, "on"))
				o->default_nocheckpoint = o->default_auto = 0;
			else if (!strcmp(val, "off"))
				o->default_nocheckpoint = 1, o->default_auto = 0;
			else if (!strcmp(val, "auto"))
				o->default_nocheckpoint = 0, o->default_auto = 1;
			else
				return cli_usage_error(o, usage, "--default-checkpoint wants on, off or auto, not '%s'", val);
		} else if (!strcmp(name, "--input")) {
			val = d_exponent(val);
			const char *e2 = strchr(val, '=');
			char *end;
			double lo, hi;
			if (!e2 || e2 == val || (lo = strtod(e2 + 1, &end), end == e2 + 1 || *end != ':') ||
			    (hi = strtod(end + 1, &end), *end) || !(lo < hi))
				return cli_usage_error(o, usage, "--input wants NAME=LO:HI with LO < HI, not '%s'", val);
			/* (inf, 1e400, or a width HI - LO past the largest double: the driver draws LO + (HI - LO)*u) */
			if (!isfinite(lo) || !isfinite(hi) || !isfinite(hi - lo))
				return cli_usage_error(o, usage,
				                       "--input wants finite LO and HI whose difference HI - LO is below %.3g too, "
				                       "not '%s'",
				                       DBL_MAX, val);
			o->inputs[o->ninputs].name = strndup(val, (size_t)(e2 - val));
			o->inputs[o->ninputs].value = e2 + 1;
			o->ninputs++;
		} else if (!strcmp(name, "--set")) {
			const char *e2 = strchr(val, '=');
			if (!e2 || e2 == val || !e2[1])
				return cli_usage_error(o, usage, "--set wants NAME=VALUE, not '%s'", val);
			o->sets[o->nsets].name = strndup(val, (size_t)(e2 - val));
			o->sets[o->nsets].value = e2 + 1;
			o->nsets++;
		} else if (!strcmp(name, "--budget")) {
			uint64_t bytes; /* the peak it may be a multiple of is known later: its syntax now */
			if (prof_parse_budget(val, 1, 1, &bytes) != 0)
				return cli_usage_error(o, usage,
				                       "bad budget '%s' (bytes such as 100000, 64MiB, 1.5GiB, a multiple of the "
				                       "default's peak such as 2x, or of the all-off peak such as 0.5off)",
				                       val);
			o->budget = val;
		} else if (!strcmp(name, "--strategy")) {
			ProfStrategy st;
			if (prof_parse_strategy(val, &st) != 0)
				return cli_usage_error(o, usage, "unknown strategy '%s' (optimal, gain-first or memory-careful)",
				                       val);
			o->strategy = st;
		} else if (!strcmp(name, "--random")) {
			if (!parse_int(val, &o->random))
				return cli_usage_error(o, usage, "--random wants a count, not '%s'", val);
		} else if (!strcmp(name, "--repeat")) {
			if (!parse_int(val, &o->repeat) || o->repeat < 1)
				return cli_usage_error(o, usage, "--repeat wants a positive count, not '%s'", val);
		} else if (!strcmp(name, "--repeat-max")) {
			if (!parse_int(val, &o->repeat_max) || o->repeat_max < 1 || o->repeat_max > 1000)
				return cli_usage_error(o, usage, "--repeat-max wants a count from 1 to 1000, not '%s'", val);
		} else if (!strcmp(name, "--point-runs")) {
			if (!parse_int(val, &o->point_runs) || o->point_runs < 1 || o->point_runs > 100)
				return cli_usage_error(o, usage, "--point-runs wants a count from 1 to 100, not '%s'", val);
		} else if (!strcmp(name, "--repeat-until")) {
			char *end;
			o->repeat_until = strtod(val, &end);
			if (*end || end == val || !(o->repeat_until > 0) || o->repeat_until >= 1)
				return cli_usage_error(
				        o, usage,
				        "--repeat-until wants the interval's width as a fraction of the median (0.05), "
				        "not '%s'",
				        val);
		} else if (!strcmp(name, "--clock")) {
			if (strcmp(val, "cpu") && strcmp(val, "wall"))
				return cli_usage_error(o, usage, "--clock wants cpu or wall, not '%s'", val);
			o->clock_wall = !strcmp(val, "wall");
		} else if (!strcmp(name, "--jobs")) {
			if (!parse_int(val, &o->jobs) || o->jobs < 1 || o->jobs > 64)
				return cli_usage_error(o, usage, "--jobs wants a count from 1 to 64, not '%s'", val);
		} else if (!strcmp(name, "--time-limit") || !strcmp(name, "--min-sample")) {
			char *end;
			double v = strtod(val, &end);
			int limit = !strcmp(name, "--time-limit");
			if (*end || end == val || !(limit ? v > 0 : v >= 0) || v > 1e6)
				return cli_usage_error(o, usage, "%s wants %s number of seconds, not '%s'", name,
				                       limit ? "a positive" : "a", val);
			*(limit ? &o->time_limit : &o->min_sample) = v;
		} else if (!strcmp(name, "--tol")) {
			char *end;
			o->tol = strtod(val, &end);
			if (*end || o->tol <= 0)
				return cli_usage_error(o, usage, "--tol wants a positive number, not '%s'", val);
		} else if (!strcmp(name, "--opt")) {
			/* compiler flags, split at blanks into arguments: letters, digits and = - _ . , + only
			 * (a typo such as "-O2;true" is an error, not a file name) */
			if (!*val ||
			    strspn(val, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789=-_.,+ ") != strlen(val) ||
			    val[0] != '-')
				return cli_usage_error(
				        o, usage, "--opt wants compiler flags such as -O2 or '-O3 -march=native', not '%s'", val);
			o->opt = val;
		} else if (!strcmp(name, "--lib")) {
			o->lib_files[o->nlib_files++] = val;
		} else if (!strcmp(name, "--link")) {
			o->links[o->nlinks++] = val;
		} else if (!strcmp(name, "--data")) {
			o->data[o->ndata++] = val;
		} else if (!strcmp(name, "--line-length")) {
			if (!parse_int(val, &o->line_length) || o->line_length < 72 || o->line_length > 100000)
				return cli_usage_error(o, usage, "--line-length wants a number of columns (72 or more), not '%s'",
				                       val);
		} else if (!strcmp(name, "--split")) {
			if (!parse_int(val, &o->split) || o->split < 1 || o->split > 1000)
				return cli_usage_error(o, usage, "--split wants a number of C files from 1 to 1000, not '%s'",
				                       val);
		} else if (!strcmp(name, "--fixed")) {
			o->form = FE_FORM_FIXED;
		} else {
			assert(!strcmp(name, "--free"));
			o->form = FE_FORM_FREE;
		}
	}
	if ((accepted & OPT_NO_FILES) && o->nfiles)
		return cli_usage_error(o, usage, "unknown argument '%s'", o->files[0]);
	if ((accepted & OPT_NEED_HEAD) && !o->head)
		return cli_usage_error(o, usage, "--head is required");
	return 0;
}

void cli_ad_request(const CliOpts *o, int mode, AdRequest *req)
{
	memset(req, 0, sizeof *req);
	req->mode = mode;
	req->head = o->head;
	req->verify = o->verify;
	req->caller_globals = o->fortran_abi;
	if (mode == AD_REVERSE) {
		req->table = o->table;
		req->nocheckpoint = o->nocheckpoint;
		req->default_nocheckpoint = o->default_nocheckpoint;
		req->default_auto = o->default_auto;
		if (o->nsets) {
			const char **nv = calloc((size_t)o->nsets * 2, sizeof *nv);
			for (int i = 0; nv && i < o->nsets; i++)
				nv[i] = o->sets[i].name, nv[o->nsets + i] = o->sets[i].value;
			req->set_names = nv;
			req->set_values = nv ? nv + o->nsets : NULL;
			req->nsets = nv ? o->nsets : 0;
		}
		req->sets_strict = !strcmp(o->cmd, "calls") || !strcmp(o->cmd, "diff");
		req->profile = o->profile;
		req->dynamic_sites = o->dynamic_sites;
		req->nan_safe = o->nan_safe;
	}
}

const char *cli_opt_flags(const CliOpts *o)
{
	return o->opt ? o->opt : "-O2";
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n > m && !strcmp(s + n - m, suffix);
}

int cli_copy_data(const CliOpts *o, const char *dir)
{
	for (int i = 0; i < o->ndata; i++) {
		const char *f = o->data[i], *slash = strrchr(f, '/');
		char alt[4200], to[4200];
		FILE *in = fopen(f, "rb");
		if (!in && f[0] != '/' && o->nfiles) { /* from the first source's folder */
			const char *s = strrchr(o->files[0], '/');
			if (s) {
				snprintf(alt, sizeof alt, "%.*s/%s", (int)(s - o->files[0]), o->files[0], f);
				in = fopen(alt, "rb");
			}
		}
		if (!in) {
			fprintf(stderr, "stad %s: error: --data %s: %s\n", o->cmd, f, strerror(errno));
			return 1;
		}
		snprintf(to, sizeof to, "%s/%s", dir, slash ? slash + 1 : f);
		FILE *out = fopen(to, "wb");
		if (!out) {
			fclose(in);
			fprintf(stderr, "stad %s: error: cannot write %s: %s\n", o->cmd, to, strerror(errno));
			return 1;
		}
		char buf[8192];
		size_t n;
		while ((n = fread(buf, 1, sizeof buf, in)) > 0)
			fwrite(buf, 1, n, out);
		fclose(in);
		if (fclose(out)) {
			fprintf(stderr, "stad %s: error: cannot write %s\n", o->cmd, to);
			return 1;
		}
	}
	return 0;
}

int cli_build_links(const CliOpts *o, const char *dir, CliArgv *objs)
{
	static const char *const fortran[] = {".f",   ".F",   ".for", ".FOR", ".f90", ".F90",
	                                      ".f95", ".F95", ".f03", ".F03", ".f08", ".F08"};
	int gfortran = 0;
	CliArgv list = {0};
	for (int i = 0; i < o->nlinks; i++) {
		const char *f = o->links[i];
		char abs[PATH_MAX];
		if (!realpath(f, abs)) {
			fprintf(stderr, "stad %s: error: --link %s: %s\n", o->cmd, f, strerror(errno));
			cli_argv_free(&list);
			return 1;
		}
		int is_f = 0;
		for (size_t k = 0; k < sizeof fortran / sizeof fortran[0]; k++)
			is_f |= ends_with(f, fortran[k]);
		if (ends_with(f, ".o") || ends_with(f, ".a") || ends_with(f, ".so")) {
			cli_argv_add(&list, abs);
			continue;
		}
		if (!is_f && !ends_with(f, ".c")) {
			fprintf(stderr,
			        "stad %s: error: --link %s: give a C source (.c), a Fortran source (.f, .f90, ...), an object "
			        "(.o) or a library (.a, .so)\n",
			        o->cmd, f);
			cli_argv_free(&list);
			return 1;
		}
		const char *env = getenv(is_f ? "FC" : "CC");
		const char *comp = env && *env ? env : is_f ? "gfortran" : "cc";
		char obj[64];
		snprintf(obj, sizeof obj, "link%d.o", i);
		CliArgv cmd = {0};
		cli_argv_words(&cmd, comp);
		cli_argv_words(&cmd, cli_opt_flags(o));
		cli_argv_add(&cmd, "-c");
		cli_argv_add(&cmd, abs);
		cli_argv_add(&cmd, "-o");
		cli_argv_add(&cmd, obj);
		CliRun how = {dir, NULL, NULL, CLI_OUT_STDERR};
		int rc = cli_run(&cmd, &how);
		cli_argv_free(&cmd);
		if (rc != 0) {
			fprintf(stderr, "stad %s: error: --link %s did not compile (%s, status %d)\n", o->cmd, f, comp, rc);
			cli_argv_free(&list);
			return 1;
		}
		cli_argv_add(&list, obj);
		gfortran |= is_f;
	}
	if (gfortran)
		cli_argv_add(&list, "-lgfortran");
	char path[PATH_MAX + 16];
	snprintf(path, sizeof path, "%s/link.args", dir);
	FILE *a = list.n ? fopen(path, "w") : NULL;
	for (int i = 0; i < list.n; i++) {
		cli_argv_add(objs, list.v[i]);
		if (a)
			fprintf(a, "%s\n", list.v[i]);
	}
	if (a)
		fclose(a);
	cli_argv_free(&list);
	return 0;
}

void cli_pl_input(const CliOpts *o, PlInput *in)
{
	memset(in, 0, sizeof *in);
	in->cmd = o->cmd;
	in->files = (const char *const *)o->files;
	in->nfiles = o->nfiles;
	in->lib_files = (const char *const *)o->lib_files;
	in->nlib_files = o->nlib_files;
	in->head = o->head;
	in->verbose = o->verbose;
	in->fe.form = o->form;
	in->fe.line_length = o->line_length;
	in->fe.include_dirs = o->include_dirs;
	in->fe.ninclude_dirs = o->ninclude_dirs;
	in->fe.cpp = o->cpp;
	ir_default_real = o->default_real8 ? TY_REAL8 : TY_REAL4;
	in->fe.preprocess = cli_preprocess;
	in->fe.preprocess_ctx = (void *)o;
}

static int same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	if (stat(a, &sa) || stat(b, &sb))
		return 0;
	return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* Is path one of the inputs? (said, then 1) */
static int is_input(const char *path, const CliOpts *o)
{
	for (int i = 0; o && i < o->nfiles; i++)
		if (same_file(path, o->files[i]) || !strcmp(path, o->files[i])) {
			fprintf(stderr, "stad: error: refusing to overwrite the input file '%s'\n", path);
			return 1;
		}
	return 0;
}

int cli_first_line(const char *path, char *line, size_t n)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return 0;
	if (!fgets(line, (int)n, f))
		line[0] = 0;
	fclose(f);
	line[strcspn(line, "\n")] = 0;
	return 1;
}

int cli_can_write(const char *path, const CliOpts *o)
{
	if (is_input(path, o))
		return 0;
	char line[256];
	if (cli_first_line(path, line, sizeof line)) {
		if (strncmp(line, STAD_MARK, strlen(STAD_MARK)) != 0 && strncmp(line, "# stad", 6) != 0 &&
		    strncmp(line, STAD_FMARK, strlen(STAD_FMARK)) != 0) {
			fprintf(stderr, "stad: error: refusing to overwrite '%s', which stad did not write\n", path);
			return 0;
		}
	}
	return 1;
}

int cli_write_file(const char *path, const char *data, size_t len, const CliOpts *o, int allow_any)
{
	if (allow_any ? is_input(path, o) : !cli_can_write(path, o))
		return 1;
	if (ir_write_atomic(path, data, len) != 0) {
		fprintf(stderr, "stad: error: cannot write '%s': %s\n", path, strerror(errno));
		return 1;
	}
	return 0;
}


/* ---------------------------------------------------------------- runtime location */

#ifndef STAD_RUNTIME_EXTRA
#define STAD_RUNTIME_EXTRA ""
#endif

static int file_exists(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0;
}

/* Where stad_rt.h and libstad_rt.a are. Installed layout: BIN/stad with BIN/../include/stad_rt.h
 * and BIN/../lib/libstad_rt.a; build tree: the paths compiled in. Found once (the answer
 * cannot change while stad runs). */
static void locate_runtime(char *inc_dir, char *lib_dir)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	char *slash = n > 0 ? (exe[n] = 0, strrchr(exe, '/')) : NULL;
	if (slash) {
		*slash = 0;
		char inc[PATH_MAX + 64], lib[PATH_MAX + 64];
		snprintf(inc, sizeof inc, "%s/../include/stad_rt.h", exe);
		const char *libdirs[] = {"lib", "lib64", "lib/x86_64-linux-gnu"};
		for (size_t k = 0; k < 3; k++) {
			snprintf(lib, sizeof lib, "%s/../%s/libstad_rt.a", exe, libdirs[k]);
			if (file_exists(inc) && file_exists(lib)) {
				snprintf(inc, sizeof inc, "%s/../include", exe);
				snprintf(lib, sizeof lib, "%s/../%s", exe, libdirs[k]);
				if (realpath(inc, inc_dir) && realpath(lib, lib_dir))
					return;
			}
		}
	}
	snprintf(inc_dir, PATH_MAX, "%s", STAD_RUNTIME_SRC_DIR);
	snprintf(lib_dir, PATH_MAX, "%s", STAD_RUNTIME_BIN_DIR);
}

/* The flags of generated code, one argument each: cflags (include and options) or libs. */
static void runtime_flags(CliArgv *a, int libs)
{
	static char inc_dir[PATH_MAX], lib_dir[PATH_MAX];
	if (!inc_dir[0])
		locate_runtime(inc_dir, lib_dir);
	char f[PATH_MAX + 8];
	snprintf(f, sizeof f, libs ? "-L%s" : "-I%s", libs ? lib_dir : inc_dir);
	cli_argv_add(a, f);
	if (libs) {
		cli_argv_add(a, "-lstad_rt");
		cli_argv_add(a, "-lm");
		cli_argv_add(a, "-pthread"); /* the tape's spill thread */
	} else {
		/* Fortran has no errno: without it, C compilers vectorize sqrt and hoist libm calls as
		 * gfortran does (the results are the same bits) */
		cli_argv_add(a, "-fno-math-errno");
		/* no fused multiply-adds where the compiler chooses: a loop contracted differently in
		 * its vector body and its scalar remainder, or in the primal and the forward sweep,
		 * would change the gradient's last bits (README "EXP and TANH of REAL(8)") */
		cli_argv_add(a, "-ffp-contract=off");
	}
	cli_argv_words(a, STAD_RUNTIME_EXTRA);
}

const char *cli_cc(void)
{
	const char *cc = getenv("CC");
	return cc && *cc ? cc : "cc";
}

void cli_argv_build(CliArgv *a, const char *opt, const char *exe, const char *const *sources)
{
	cli_argv_words(a, cli_cc());
	cli_argv_add(a, "-std=c99");
	cli_argv_words(a, opt);
	cli_argv_add(a, "-o");
	cli_argv_add(a, exe);
	for (; *sources; sources++)
		cli_argv_add(a, *sources);
	runtime_flags(a, 0);
	runtime_flags(a, 1);
}

/* `stad config`'s line: the flags, blank-separated. */
static void print_flags(int libs, const char *end)
{
	CliArgv a = {0};
	runtime_flags(&a, libs);
	for (int i = 0; i < a.n; i++)
		printf("%s%s", i ? " " : "", a.v[i]);
	fputs(end, stdout);
	cli_argv_free(&a);
}

int cli_cmd_config(int argc, char **argv)
{
	static const char usage[] = "usage: stad config [--cflags] [--libs]\n"
	                            "Prints the compiler and linker flags for generated code and libstad_rt.\n";
	CliOpts o;
	int rc = cli_parse(argc, argv, OPT_CONFIG | OPT_NO_FILES, &o, usage);
	if (rc)
		return rc < 0 ? 0 : rc;
	if (!o.cflags && !o.libs)
		o.cflags = o.libs = 1;
	if (o.cflags)
		print_flags(0, o.libs ? " " : "\n");
	if (o.libs)
		print_flags(1, "\n");
	return 0;
}
