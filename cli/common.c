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
#include "sema.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct OptSpec {
	const char *name;
	unsigned group;
	int takes_arg;
} OptSpec;

static const OptSpec specs[] = {
        {"--head", OPT_HEAD, 1},
        {"--mode", OPT_MODE, 1},
        {"-o", OPT_OUT, 1},
        {"--table", OPT_TABLE, 1},
        {"--nocheckpoint", OPT_CKP, 1},
        {"--default-nocheckpoint", OPT_CKP, 0},
        {"--profile", OPT_PROFILE, 0},
        {"--dynamic-sites", OPT_PROFILE, 0},
        {"--fortran-abi", OPT_ABI, 0},
        {"--line-directives", OPT_ABI, 0},
        {"--set", OPT_SET, 1},
        {"--driver", OPT_TUNE, 1},
        {"--budget", OPT_TUNE, 1},
        {"--strategy", OPT_TUNE, 1},
        {"--random", OPT_TUNE, 1},
        {"--exhaustive", OPT_TUNE, 0},
        {"--repeat", OPT_TUNE, 1},
        {"--keep", OPT_SET, 0},
        {"--verbose", OPT_FORM, 0},
        {"--tol", OPT_SET, 1},
        {"--opt", OPT_SET, 1},
        {"--dump", OPT_DUMP, 1},
        {"--verify", OPT_FORM, 0},
        {"--line-length", OPT_FORM, 1},
        {"--fixed", OPT_FORM, 0},
        {"--free", OPT_FORM, 0},
        {"--cpp", OPT_FORM, 0},
        {"--lib", OPT_FORM, 1},
        {"--link", OPT_LINK, 1},
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

static int usage_error(const CliOpts *o, const char *usage, const char *fmt, const char *arg)
{
	fprintf(stderr, "stad %s: ", o->cmd);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n%s", usage);
	return 2;
}

/* The option arrays live until exit (the program is short-lived); keeping them reachable from
 * here says so to leak checkers. */
static const char **kept_files, **kept_cpp, **kept_inc, **kept_libs, **kept_links;
static CliSet *kept_sets;

/* -DNAME[=VALUE], -UNAME, -IDIR (the value joined or the next argument): 0, or a usage error. */
static int cpp_option(CliOpts *o, const char *usage, int argc, char **argv, int *i)
{
	const char *a = argv[*i];
	char letter = a[1];
	const char *val = a + 2;
	if (!*val) {
		if (*i + 1 >= argc) {
			char opt[3] = {'-', letter, 0};
			return usage_error(o, usage, "option '%s' needs a value", opt);
		}
		val = argv[++*i];
	}
	if (letter == 'I') {
		if (!*val)
			return usage_error(o, usage, "-I wants a folder, not '%s'", val);
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
		return usage_error(o, usage,
		                   letter == 'D' ? "-D wants NAME or NAME=VALUE, not '%s'" : "-U wants a NAME, not '%s'", val);
	char *arg = malloc(strlen(val) + 3);
	if (!arg)
		return usage_error(o, usage, "out of memory%s", "");
	arg[0] = '-';
	arg[1] = letter;
	strcpy(arg + 2, val);
	o->cpp_args[o->ncpp_args++] = arg;
	return 0;
}

int cli_parse(int argc, char **argv, unsigned accepted, CliOpts *o, const char *usage)
{
	memset(o, 0, sizeof *o);
	o->cmd = argv[0];
	o->mode = AD_REVERSE;
	o->line_length = 72;
	o->form = FE_FORM_AUTO;
	o->repeat = 3;
	o->files = calloc((size_t)argc + 1, sizeof *o->files);
	o->sets = calloc((size_t)argc + 1, sizeof *o->sets);
	o->cpp_args = calloc((size_t)argc + 1, sizeof *o->cpp_args);
	o->include_dirs = calloc((size_t)argc + 1, sizeof *o->include_dirs);
	o->libs = calloc((size_t)argc + 1, sizeof *o->libs);
	o->links = calloc((size_t)argc + 1, sizeof *o->links);
	if (!o->files || !o->sets || !o->cpp_args || !o->include_dirs || !o->libs || !o->links) {
		fprintf(stderr, "stad: out of memory\n");
		return 2;
	}
	free(kept_files);
	free(kept_sets);
	free(kept_cpp);
	free(kept_inc);
	free(kept_libs);
	free(kept_links);
	kept_files = o->files;
	kept_sets = o->sets;
	kept_cpp = o->cpp_args;
	kept_inc = o->include_dirs;
	kept_libs = o->libs;
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
			return usage_error(o, usage, "unknown option '%s'", a);
		memcpy(name, a, nl);
		name[nl] = 0;
		const OptSpec *sp = NULL;
		for (size_t k = 0; k < sizeof specs / sizeof specs[0]; k++)
			if (!strcmp(specs[k].name, name))
				sp = &specs[k];
		if (!sp || !(sp->group & accepted))
			return usage_error(o, usage, "unknown option '%s'", name);
		if (sp->takes_arg) {
			if (eq)
				val = eq + 1;
			else if (i + 1 < argc)
				val = argv[++i];
			else
				return usage_error(o, usage, "option '%s' needs a value", name);
		} else if (eq) {
			return usage_error(o, usage, "option '%s' takes no value", name);
		}
		if (!strcmp(name, "--head"))
			o->head = val;
		else if (!strcmp(name, "--mode")) {
			o->mode_given = 1;
			if (!strcmp(val, "primal"))
				o->mode = AD_PRIMAL;
			else if (!strcmp(val, "tangent") || !strcmp(val, "forward"))
				o->mode = AD_TANGENT;
			else if (!strcmp(val, "reverse") || !strcmp(val, "adjoint"))
				o->mode = AD_REVERSE;
			else
				return usage_error(o, usage, "unknown mode '%s' (primal, tangent or reverse)", val);
		} else if (!strcmp(name, "-o"))
			o->out = val;
		else if (!strcmp(name, "--table"))
			o->table = val;
		else if (!strcmp(name, "--nocheckpoint"))
			o->nocheckpoint = val;
		else if (!strcmp(name, "--default-nocheckpoint"))
			o->default_nocheckpoint = 1;
		else if (!strcmp(name, "--profile"))
			o->profile = 1;
		else if (!strcmp(name, "--dynamic-sites"))
			o->dynamic_sites = 1;
		else if (!strcmp(name, "--fortran-abi"))
			o->fortran_abi = 1;
		else if (!strcmp(name, "--line-directives"))
			o->line_directives = 1;
		else if (!strcmp(name, "--set")) {
			const char *e2 = strchr(val, '=');
			if (!e2 || e2 == val || !e2[1])
				return usage_error(o, usage, "--set wants NAME=VALUE, not '%s'", val);
			o->sets[o->nsets].name = strndup(val, (size_t)(e2 - val));
			o->sets[o->nsets].value = e2 + 1;
			o->nsets++;
		} else if (!strcmp(name, "--driver"))
			o->driver = val;
		else if (!strcmp(name, "--budget"))
			o->budget = val;
		else if (!strcmp(name, "--strategy"))
			o->strategy = val;
		else if (!strcmp(name, "--random")) {
			if (!parse_int(val, &o->random))
				return usage_error(o, usage, "--random wants a count, not '%s'", val);
		} else if (!strcmp(name, "--exhaustive"))
			o->exhaustive = 1;
		else if (!strcmp(name, "--repeat")) {
			if (!parse_int(val, &o->repeat) || o->repeat < 1)
				return usage_error(o, usage, "--repeat wants a positive count, not '%s'", val);
		} else if (!strcmp(name, "--keep"))
			o->keep = 1;
		else if (!strcmp(name, "--verbose"))
			o->verbose = 1;
		else if (!strcmp(name, "--tol")) {
			char *end;
			o->tol = strtod(val, &end);
			if (*end || o->tol <= 0)
				return usage_error(o, usage, "--tol wants a positive number, not '%s'", val);
		} else if (!strcmp(name, "--opt")) {
			/* compiler flags, split at blanks into arguments: letters, digits and = - _ . , + only
			 * (a typo such as "-O2;true" is an error, not a file name) */
			if (!*val ||
			    strspn(val, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789=-_.,+ ") != strlen(val) ||
			    val[0] != '-')
				return usage_error(
				        o, usage, "--opt wants compiler flags such as -O2 or '-O3 -march=native', not '%s'", val);
			o->opt = val;
		} else if (!strcmp(name, "--dump"))
			o->dump = val;
		else if (!strcmp(name, "--verify"))
			o->verify = 1;
		else if (!strcmp(name, "--line-length")) {
			if (!parse_int(val, &o->line_length) || o->line_length < 72 || o->line_length > 100000)
				return usage_error(o, usage, "--line-length wants a number of columns (72 or more), not '%s'",
				                   val);
		} else if (!strcmp(name, "--fixed"))
			o->form = FE_FORM_FIXED;
		else if (!strcmp(name, "--free"))
			o->form = FE_FORM_FREE;
		else if (!strcmp(name, "--cpp"))
			o->cpp = 1;
		else if (!strcmp(name, "--lib"))
			o->libs[o->nlibs++] = val;
		else if (!strcmp(name, "--link"))
			o->links[o->nlinks++] = val;
	}
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
		req->profile = o->profile;
		req->dynamic_sites = o->dynamic_sites;
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

IrProgram *cli_load_stage(const CliOpts *o, int with_sema)
{
	if (!o->nfiles) {
		fprintf(stderr, "stad %s: no input files\n", o->cmd);
		return NULL;
	}
	IrProgram *p = ir_program_new();
	FeOptions fo = {0};
	fo.form = o->form;
	fo.line_length = o->line_length;
	fo.include_dirs = o->include_dirs;
	fo.ninclude_dirs = o->ninclude_dirs;
	fo.cpp = o->cpp;
	fo.preprocess = cli_preprocess;
	fo.preprocess_ctx = (void *)o;
	int errs = 0;
	for (int i = 0; i < o->nlibs; i++)
		errs += fe_parse_lib(p, o->libs[i]);
	for (int i = 0; i < o->nfiles; i++)
		errs += fe_parse_file(p, o->files[i], &fo);
	if (!with_sema && !errs)
		return p;
	if (!errs)
		errs = fe_sema(p);
	if (errs) {
		fprintf(stderr, "stad: %d error%s\n", ir_error_count(), ir_error_count() == 1 ? "" : "s");
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

IrProgram *cli_load(const CliOpts *o)
{
	return cli_load_stage(o, 1);
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

int cli_can_write(const char *path, const CliOpts *o)
{
	if (is_input(path, o))
		return 0;
	FILE *old = fopen(path, "r");
	if (old) {
		char line[256] = "";
		if (!fgets(line, sizeof line, old))
			line[0] = 0;
		fclose(old);
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

static char flags_buf[PATH_MAX + 64], libs_buf[PATH_MAX + 64];
static char inc_dir[PATH_MAX], lib_dir[PATH_MAX]; /* the same, as folders (argument vectors) */

#ifndef STAD_RUNTIME_EXTRA
#define STAD_RUNTIME_EXTRA ""
#endif

static void add_extra(void)
{
	if (STAD_RUNTIME_EXTRA[0]) {
		size_t n = strlen(flags_buf), m = strlen(libs_buf);
		snprintf(flags_buf + n, sizeof flags_buf - n, " %s", STAD_RUNTIME_EXTRA);
		snprintf(libs_buf + m, sizeof libs_buf - m, " %s", STAD_RUNTIME_EXTRA);
	}
}

static int file_exists(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0;
}

/* Installed layout: BIN/stad with BIN/../include/stad_rt.h and BIN/../lib/libstad_rt.a;
 * build tree: the paths compiled in. */
static void locate_runtime(void)
{
	if (flags_buf[0])
		return;
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = 0;
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = 0;
			char inc[PATH_MAX + 64], lib[PATH_MAX + 64];
			snprintf(inc, sizeof inc, "%s/../include/stad_rt.h", exe);
			const char *libdirs[] = {"lib", "lib64", "lib/x86_64-linux-gnu"};
			for (size_t k = 0; k < 3; k++) {
				snprintf(lib, sizeof lib, "%s/../%s/libstad_rt.a", exe, libdirs[k]);
				if (file_exists(inc) && file_exists(lib)) {
					char rinc[PATH_MAX], rlib[PATH_MAX];
					snprintf(inc, sizeof inc, "%s/../include", exe);
					snprintf(lib, sizeof lib, "%s/../%s", exe, libdirs[k]);
					if (realpath(inc, rinc) && realpath(lib, rlib)) {
						snprintf(flags_buf, sizeof flags_buf, "-I%s -fno-math-errno", rinc);
						snprintf(libs_buf, sizeof libs_buf, "-L%s -lstad_rt -lm", rlib);
						snprintf(inc_dir, sizeof inc_dir, "%s", rinc);
						snprintf(lib_dir, sizeof lib_dir, "%s", rlib);
						add_extra();
						return;
					}
				}
			}
		}
	}
	/* Fortran has no errno: without it, C compilers vectorize sqrt and hoist libm calls as
	 * gfortran does (the results are the same bits) */
	snprintf(flags_buf, sizeof flags_buf, "-I%s -fno-math-errno", STAD_RUNTIME_SRC_DIR);
	snprintf(libs_buf, sizeof libs_buf, "-L%s -lstad_rt -lm", STAD_RUNTIME_BIN_DIR);
	snprintf(inc_dir, sizeof inc_dir, "%s", STAD_RUNTIME_SRC_DIR);
	snprintf(lib_dir, sizeof lib_dir, "%s", STAD_RUNTIME_BIN_DIR);
	add_extra();
}

void cli_argv_runtime_cflags(CliArgv *a)
{
	locate_runtime();
	char f[PATH_MAX + 8];
	snprintf(f, sizeof f, "-I%s", inc_dir);
	cli_argv_add(a, f);
	cli_argv_add(a, "-fno-math-errno");
	cli_argv_words(a, STAD_RUNTIME_EXTRA);
}

void cli_argv_runtime_libs(CliArgv *a)
{
	locate_runtime();
	char f[PATH_MAX + 8];
	snprintf(f, sizeof f, "-L%s", lib_dir);
	cli_argv_add(a, f);
	cli_argv_add(a, "-lstad_rt");
	cli_argv_add(a, "-lm");
	cli_argv_words(a, STAD_RUNTIME_EXTRA);
}

const char *cli_runtime_cflags(void)
{
	locate_runtime();
	return flags_buf;
}

const char *cli_runtime_libs(void)
{
	locate_runtime();
	return libs_buf;
}

int cli_cmd_config(int argc, char **argv)
{
	static const char usage[] = "usage: stad config [--cflags] [--libs]\n"
	                            "Prints the compiler and linker flags for generated code and libstad_rt.\n";
	int cflags = 0, libs = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--cflags"))
			cflags = 1;
		else if (!strcmp(argv[i], "--libs"))
			libs = 1;
		else if (!strcmp(argv[i], "--help")) {
			fputs(usage, stdout);
			return 0;
		} else {
			fprintf(stderr, "stad config: unknown option '%s'\n%s", argv[i], usage);
			return 2;
		}
	}
	if (!cflags && !libs)
		cflags = libs = 1;
	if (cflags)
		printf("%s%s", cli_runtime_cflags(), libs ? " " : "\n");
	if (libs)
		printf("%s\n", cli_runtime_libs());
	return 0;
}
