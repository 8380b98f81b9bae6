/*
 * check.c — `stad check`: is the derivative right?
 *
 * Generates the primal, the tangent and the adjoint of the head, and a C driver that, for every
 * (independent x_i, dependent y_j) pair, draws a direction v on x_i and weights w on y_j and
 * compares three numbers that must agree:
 *     w · (J v)  from the tangent,
 *     (J^T w) · v  from the adjoint (the dot-product identity: equal to rounding),
 *     w · (F(x + h v) - F(x - h v)) / 2h  from central finite differences (two step sizes, the
 *     better one is kept).
 * Exit status 1 if any pair disagrees. The driver and the generated files stay in a temporary
 * folder (printed with --keep).
 */
#define _DEFAULT_SOURCE
#define _POSIX_C_SOURCE 200809L
#include "ad.h"
#include "backend.h"
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---------------------------------------------------------------- sizes */

/* The value of --set NAME=V as a Fortran INTEGER (4 bytes); 0 when NAME was not set or V is
 * not such an integer (check_sets reports that first). */
static int lookup_set(const CliOpts *o, const char *name, long *v)
{
	for (int i = 0; i < o->nsets; i++)
		if (!strcasecmp(o->sets[i].name, name)) {
			char *end;
			errno = 0;
			long x = strtol(o->sets[i].value, &end, 10);
			if (errno || end == o->sets[i].value || *end || x < -2147483647L - 1 || x > 2147483647L)
				return 0;
			*v = x;
			return 1;
		}
	return 0;
}

/* The value of --set NAME=V for a LOGICAL argument: T, F, .TRUE., .FALSE., TRUE or FALSE (any
 * case) as 1 or 0; 0 when NAME was not set or V is none of those. */
static int lookup_logical(const CliOpts *o, const char *name, long *v)
{
	static const char *const word[] = {"t", ".true.", "true", "f", ".false.", "false"};
	for (int i = 0; i < o->nsets; i++)
		if (!strcasecmp(o->sets[i].name, name)) {
			for (int w = 0; w < 6; w++)
				if (!strcasecmp(o->sets[i].value, word[w])) {
					*v = w < 3;
					return 1;
				}
			return 0;
		}
	return 0;
}

/* 1 if the expression reads a variable called name (not a PARAMETER). */
static int reads_named(const IrExpr *e, const void *name)
{
	return e->kind == IR_VAR && e->u.var.sym->kind != SYM_PARAM && !strcasecmp(e->u.var.sym->name, name);
}

static int expr_reads(const IrExpr *e, const char *name)
{
	return ir_expr_any(e, reads_named, name);
}

/* Checks every --set against the head: the name must be an integer argument, be read by an
 * argument's bounds, or be an assumed-size array argument (its last extent), given once, with a Fortran INTEGER value. Prints "stad CMD: error: ..."
 * for each problem and returns their number. */
/* The integer argument NAME_k (k digits) of h: the name stad gave a hidden extent or VALUE copy
 * whose usual name NAME a dummy of the source already has; NULL when there is none. */
static const IrSym *renamed_hidden(const IrUnit *h, const char *name)
{
	size_t n = strlen(name);
	for (int k = 0; k < h->nargs; k++) {
		const IrSym *s = h->args[k];
		if (!ir_base_is_int(s->type) || s->rank || strncasecmp(s->name, name, n) || s->name[n] != '_' ||
		    !s->name[n + 1] || strspn(s->name + n + 1, "0123456789") != strlen(s->name + n + 1))
			continue;
		for (int j = 0; j < h->nargs; j++)
			if (!strcasecmp(h->args[j]->name, name))
				return s;
	}
	return NULL;
}

static int check_sets(const CliOpts *o, const IrUnit *h)
{
	int bad = 0;
	for (int i = 0; i < o->nsets; i++) {
		const char *name = o->sets[i].name, *val = o->sets[i].value;
		for (int j = 0; j < i; j++)
			if (!strcasecmp(o->sets[j].name, name)) {
				fprintf(stderr, "stad %s: error: --set %s is given twice ('%s' and '%s')\n", o->cmd, name,
				        o->sets[j].value, val);
				bad++;
				break;
			}
		int known = 0, logical = 0;
		const IrSym *param = NULL, *hidden;
		for (int k = 0; k < h->nargs && !known; k++) {
			const IrSym *s = h->args[k];
			if (s->type == TY_LOGICAL && !s->rank &&
			    (!strcasecmp(s->name, name) || !strcasecmp(ir_arg_written(h, k), name)))
				known = logical = 1;
			if (ir_base_is_int(s->type) && !s->rank &&
			    (!strcasecmp(s->name, name) || !strcasecmp(ir_arg_written(h, k), name)))
				known = 1;
			if (s->rank && !s->dims[s->rank - 1].hi && !strcasecmp(s->name, name))
				known = 1; /* an assumed-size array: the extent of its last dimension */
			for (int d = 0; d < s->rank && !known; d++)
				known = expr_reads(s->dims[d].lo, name) || expr_reads(s->dims[d].hi, name);
		}
		for (int k = 0; k < h->syms.n && !known; k++) {
			const IrSym *s = h->syms.v[k];
			if (s->kind == SYM_PARAM && !strcasecmp(s->name, name))
				param = s;
		}
		if (!known) {
			if (param)
				fprintf(stderr,
				        "stad %s: error: --set %s=%s: '%s' is a PARAMETER of %s; its value is fixed in the source\n",
				        o->cmd, name, val, param->name, h->name);
			else if ((hidden = renamed_hidden(h, name)))
				/* a hidden extent or VALUE copy whose usual name a dummy of the source took
				 * (x_size1 beside a dummy x_size1): it was renamed x_size1_1 (s19 trial D F3) */
				fprintf(stderr,
				        "stad %s: error: --set %s=%s: '%s' is a dummy of %s in the source, so the hidden argument "
				        "that name would give is called '%s' here: --set %s=%s\n",
				        o->cmd, name, val, name, h->name, hidden->name, hidden->name, val);
			else
				fprintf(stderr,
				        "stad %s: error: --set %s=%s: %s has no integer or LOGICAL argument named '%s' and no argument "
				        "whose bounds use it\n",
				        o->cmd, name, val, h->name, name);
			bad++;
			continue;
		}
		long v;
		if (logical && !lookup_logical(o, name, &v)) {
			fprintf(stderr, "stad %s: error: --set %s=%s: '%s' is LOGICAL: give T, F, .true. or .false.\n", o->cmd, name,
			        val, name);
			bad++;
		} else if (!logical && !lookup_set(o, name, &v)) {
			fprintf(stderr,
			        "stad %s: error: --set %s=%s: '%s' is not an integer (a Fortran INTEGER, -2147483648 to "
			        "2147483647)\n",
			        o->cmd, name, val, val);
			bad++;
		}
	}
	return bad;
}

/* A --set value for an integer argument or a variable of a bound (a VALUE dummy by its name as
 * written, or its hidden one). */
static const IrUnit *set_head;
static int set_value(void *ctx, const IrSym *s, int64_t *v)
{
	long x;
	const char *written = s->name;
	for (int k = 0; set_head && k < set_head->nargs; k++)
		if (set_head->args[k] == s)
			written = ir_arg_written(set_head, k);
	int (*look)(const CliOpts *, const char *, long *) = s->type == TY_LOGICAL ? lookup_logical : lookup_set;
	if (!look(ctx, written, &x) && !look(ctx, s->name, &x))
		return 0;
	*v = x;
	return 1;
}

/* Each head argument's size from the --set values; 0, or 1 after saying which one cannot be sized. */
static int size_arguments(const CliOpts *o, const CgDriver *d, long *sizes)
{
	/* stad tune takes a driver of the user's; stad check does not */
	const char *other = strcmp(o->cmd, "tune") ? "check a routine that calls the head with it" : "use --driver";
	for (int k = 0; k < d->nargs; k++)
		if (d->args[k].sym->type == TY_CHAR) {
			fprintf(stderr,
			        "stad %s: the head's argument '%s' is CHARACTER: a generated driver cannot give it a value: %s\n",
			        o->cmd, d->args[k].sym->name, other);
			return 1;
		}
	int bad;
	int why = cg_driver_sizes(d, sizes, &bad);
	const char *name = why == CG_SIZED ? "" : d->args[bad].name ? d->args[bad].name : d->args[bad].sym->name;
	switch (why) {
	case CG_SIZED: return 0;
	case CG_SIZE_UNKNOWN_BOUND:
		/* an assumed-shape dummy: its extents are the hidden arguments after it */
		if (bad + 1 < d->nargs && d->args[bad + 1].sym->extent_of == d->args[bad].sym) {
			fprintf(stderr,
			        "stad %s: '%s' has assumed shape: give its extents with --set %s=N (and %s_size2=N ... for "
			        "more dimensions)\n",
			        o->cmd, name, d->args[bad + 1].sym->name, name);
			return 1;
		}
		fprintf(stderr, "stad %s: cannot size argument '%s': give its bounds' values with --set\n", o->cmd, name);
		return 1;
	case CG_SIZE_ASSUMED:
		fprintf(stderr,
		        "stad %s: argument '%s' has assumed size: give the extent of its last dimension with --set %s=N, or %s\n",
		        o->cmd, name, name, other);
		return 1;
	case CG_SIZE_NO_VALUE:
		fprintf(stderr, "stad %s: give the integer argument '%s' a value with --set %s=N\n", o->cmd, name, name);
		return 1;
	default:
		fprintf(stderr, "stad %s: integer array argument '%s' is not supported by the generated driver: %s\n", o->cmd,
		        name, other);
		return 1;
	}
}

int cli_write_driver(const CliOpts *o, const AdResult *res, const CgDriver *names, CgDriverWriter *write, const char *path)
{
	const IrUnit *h = res->head;
	if (check_sets(o, h))
		return 1;
	CgDriverArg *args = calloc((size_t)h->nargs + 1, sizeof *args);
	long *sizes = calloc((size_t)h->nargs + 1, sizeof *sizes);
	int rc = 1;
	if (!args || !sizes) {
		fprintf(stderr, "stad %s: out of memory\n", o->cmd);
		goto done;
	}
	for (int k = 0; k < h->nargs; k++)
		args[k] = (CgDriverArg){h->args[k], res->args[k].independent, res->args[k].dependent, res->args[k].has_deriv, 0.5,
		                        1.5,        ir_arg_written(h, k)};
	set_head = h;
	for (int i = 0; i < o->ninputs; i++) {
		int k = 0;
		while (k < h->nargs && strcasecmp(h->args[k]->name, o->inputs[i].name) &&
		       strcasecmp(ir_arg_written(h, k), o->inputs[i].name))
			k++;
		if (k == h->nargs || !ir_base_is_real(h->args[k]->type)) {
			fprintf(stderr, "stad %s: error: --input %s=%s: '%s' is not a real argument of '%s'\n", o->cmd,
			        o->inputs[i].name, o->inputs[i].value, o->inputs[i].name, h->name);
			goto done;
		}
		char *end;
		args[k].lo = strtod(o->inputs[i].value, &end);
		args[k].hi = strtod(end + 1, NULL);
	}
	CgDriver d = *names;
	d.head = h->name;
	d.args = args;
	d.nargs = h->nargs;
	d.value = set_value;
	d.ctx = (void *)o;
	d.tol = o->tol;
	d.real4_inside = res->active_real4;
	d.real4_names = res->real4_names;
	if (size_arguments(o, &d, sizes))
		goto done;
	FILE *f = fopen(path, "w");
	rc = !f || write(f, &d, sizes) != 0;
	if (f && fclose(f) != 0)
		rc = 1;
	if (rc)
		fprintf(stderr, "stad %s: error: cannot write '%s'\n", o->cmd, path);
done:
	free(args);
	free(sizes);
	return rc;
}

/* ---------------------------------------------------------------- the command */

/* Which value each LOGICAL argument has: they are not drawn, so a check covers one branch. */
static void say_logicals(const CliOpts *o, const IrUnit *h)
{
	for (int k = 0; k < h->nargs; k++) {
		const IrSym *s = h->args[k];
		if (s->type != TY_LOGICAL)
			continue;
		const char *name = ir_arg_written(h, k);
		long v = 0;
		if (s->rank)
			printf("LOGICAL argument %s: every element .false. (not drawn)\n", name);
		else if (lookup_logical(o, name, &v) || lookup_logical(o, s->name, &v))
			printf("LOGICAL argument %s = %s (--set)\n", name, v ? ".true." : ".false.");
		else
			printf("LOGICAL argument %s = .false. (not drawn; --set %s=T for the other value)\n", name, name);
	}
}

/* One mode into dir/STEM.c (STEM: primal, tangent, adjoint); t as cli_translate leaves it. */
static int generate(const CliOpts *o, int mode, const char *dir, CliTranslation *t)
{
	static const char *stem[] = {"primal", "tangent", "adjoint"};
	AdRequest req;
	cli_ad_request(o, mode, &req); /* --dynamic-sites: checks the adjoint tune builds ($STAD_SITES) */
	req.profile = 0;
	char path[4096];
	snprintf(path, sizeof path, "%s/%s.c", dir, stem[mode]);
	return cli_translate(o, &req, path, stem[mode], t);
}

int cli_cmd_check(int argc, char **argv)
{
	static const char usage[] =
	        "usage: stad check FILES... --head 'name(deps)/(indeps)' [--set n=100]... [--opt FLAGS] [--table T]\n"
	        "                  [--lib FILE] [--link FILE]\n"
	        "                  [--nocheckpoint 'a b'] [--default-nocheckpoint] [--dynamic-sites] [--nan-safe] [--tol T] [--keep]\n"
	        "                  [--default-checkpoint on|off|auto] [--input NAME=LO:HI]...\n"
	        "Builds the tangent and the adjoint of the head with a generated driver and compares, for every\n"
	        "independent/dependent pair, adjoint vs tangent (dot-product identity) and both vs central\n"
	        "finite differences at two steps, h and 10h, with h = eps^(1/3) * max|x| / max|v| (1 for max|x| when every x is 0).\n"
	        "Integer arguments get their values from --set; arrays are sized from their declarations.\n"
	        "Real inputs are drawn from [0.5, 1.5), or from [LO, HI) for an argument given --input NAME=LO:HI.\n"
	        "--opt: the flags the generated C is compiled with (default -O2, as users build it).\n"
	        "--link FILE: a C or Fortran source (compiled with $CC or $FC, default gfortran, and --opt), an\n"
	        "object or a library linked into the program: the routines a --lib file describes, and their\n"
	        "user-written tangents and adjoints (NAME_d, NAME_b).\n"
	        "Exit status 1 when tangent and adjoint disagree, or when both steps agree with each other\n"
	        "but not with them (MISMATCH). When the two steps disagree with each other and neither\n"
	        "confirms the tangent, or the difference is within what rounding alone makes of it (the\n"
	        "derivative is below what differences resolve), the pair is 'inconclusive': a warning, exit\n"
	        "status 0. Values below a floor scaled to the outputs' and inputs' sizes count as equal.\n"
	        "Tolerances: tangent vs adjoint 1e-10 (--tol T sets it), vs differences 1e-5; 1e-4 and 2e-2\n"
	        "with single-precision steps when an argument or an active variable inside is REAL(4).\n" CLI_SOURCE_USAGE;
	CliOpts o;
	int rc = cli_parse(argc, argv,
	                   OPT_NEED_HEAD | OPT_HEAD | OPT_SET | OPT_TABLE | OPT_CKP | OPT_FORM | OPT_PROFILE | OPT_LINK, &o,
	                   usage);
	if (rc)
		return rc < 0 ? 0 : rc;
	char dir[] = "/tmp/stad-check-XXXXXX";
	if (!mkdtemp(dir)) {
		fprintf(stderr, "stad check: cannot make a temporary folder: %s\n", strerror(errno));
		return 1;
	}
	if (!o.keep)
		cli_remove_on_signal(dir); /* Ctrl-C on a head that does not return leaves nothing */
	CliTranslation t[3];               /* primal, tangent, adjoint */
	memset(t, 0, sizeof t);
	for (int mode = AD_PRIMAL; mode <= AD_REVERSE && !rc; mode++)
		rc = generate(&o, mode, dir, &t[mode]);
	if (rc) {
		for (int mode = AD_PRIMAL; mode <= AD_REVERSE; mode++)
			ir_program_free(t[mode].p);
		if (!o.keep)
			cli_remove_tree(dir);
		return 1;
	}
	CgDriver names = {.primal = t[AD_PRIMAL].cname,
	                  .tangent = t[AD_TANGENT].cname,
	                  .adjoint = t[AD_REVERSE].cname,
	                  .primal_returns = t[AD_PRIMAL].res.exported[0]->kind == UNIT_FUNCTION};
	ir_program_free(t[AD_PRIMAL].p);
	ir_program_free(t[AD_TANGENT].p);
	IrProgram *p = t[AD_REVERSE].p;
	char path[4200];
	snprintf(path, sizeof path, "%s/driver.c", dir);
	rc = cli_write_driver(&o, &t[AD_REVERSE].res, &names, cg_check_driver, path);
	if (!rc) {
		CliArgv cmd = {0};
		/* the driver, the three translations, and what --link gives */
		CliArgv links = {0};
		if (cli_build_links(&o, dir, &links) || cli_copy_data(&o, dir)) {
			if (!o.keep)
				cli_remove_tree(dir);
			ir_program_free(p);
			return 1;
		}
		const char **sources = calloc((size_t)links.n + 5, sizeof *sources);
		if (!sources)
			abort();
		const char *fixed[] = {"driver.c", "primal.c", "tangent.c", "adjoint.c"};
		for (int i = 0; i < 4; i++)
			sources[i] = fixed[i];
		for (int i = 0; i < links.n; i++)
			sources[4 + i] = links.v[i];
		cli_argv_build(&cmd, cli_opt_flags(&o), "check", sources);
		free(sources);
		cli_argv_free(&links);
		CliRun in_dir = {dir, NULL, NULL, CLI_OUT_STDERR};
		int built = cli_run(&cmd, &in_dir);
		cli_argv_free(&cmd);
		if (built != 0) {
			fprintf(stderr, "stad check: the generated code did not compile (kept in %s)\n", dir);
			ir_program_free(p);
			return 1;
		}
		printf("stad check: %s (generated C compiled with %s %s)\n", o.head, cli_cc(), cli_opt_flags(&o));
		say_logicals(&o, t[AD_REVERSE].res.head);
		fflush(stdout);
		CliArgv run = {0};
		cli_argv_add(&run, "./check");
		in_dir.output = CLI_OUT_ASIS;
		int st = cli_run(&run, &in_dir);
		cli_argv_free(&run);
		rc = st == 0 ? 0 : 1;
		if (st >= CLI_RUN_SIGNAL) {
			fprintf(stderr, "stad check: error: the check program was killed by signal %d\n", st - CLI_RUN_SIGNAL);
			o.keep = 1;
		} else if (st > 128) {
			fprintf(stderr, "stad check: error: the check program crashed (signal %d)\n", st - 128);
			o.keep = 1;
		} else if (st > 1 || st < 0) {
			fprintf(stderr, "stad check: error: the check program failed (status %d)\n", st);
			o.keep = 1;
		}
	}
	cli_remove_on_signal(NULL);
	if (o.keep)
		fprintf(stderr, "stad check: files kept in %s\n", dir);
	else
		cli_remove_tree(dir);
	ir_program_free(p);
	return rc;
}
