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
 * not such an integer (cli_check_sets reports that first). */
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

/* 1 if the expression reads a variable called name (not a PARAMETER). */
static int expr_reads(const IrExpr *e, const char *name)
{
	if (!e)
		return 0;
	switch (e->kind) {
	case IR_VAR:
		if (e->u.var.sym->kind != SYM_PARAM && !strcasecmp(e->u.var.sym->name, name))
			return 1;
		for (int i = 0; i < e->u.var.nidx; i++)
			if (expr_reads(e->u.var.idx[i], name))
				return 1;
		return 0;
	case IR_UNARY: return expr_reads(e->u.op.a, name);
	case IR_BINARY: return expr_reads(e->u.op.a, name) || expr_reads(e->u.op.b, name);
	case IR_INTRIN:
	case IR_FCALL:
		for (int i = 0; i < e->u.call.nargs; i++)
			if (expr_reads(e->u.call.args[i], name))
				return 1;
		return 0;
	case IR_CONVERT: return expr_reads(e->u.conv.e, name);
	default: return 0;
	}
}

int cli_check_sets(const CliOpts *o, const IrUnit *h)
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
		int known = 0;
		const IrSym *param = NULL;
		for (int k = 0; k < h->nargs && !known; k++) {
			const IrSym *s = h->args[k];
			if (s->type == TY_INT && !s->rank && !strcasecmp(s->name, name))
				known = 1;
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
			else
				fprintf(stderr,
				        "stad %s: error: --set %s=%s: %s has no integer argument named '%s' and no argument whose bounds "
				        "use it\n",
				        o->cmd, name, val, h->name, name);
			bad++;
			continue;
		}
		long v;
		if (!lookup_set(o, name, &v)) {
			fprintf(stderr,
			        "stad %s: error: --set %s=%s: '%s' is not an integer (a Fortran INTEGER, -2147483648 to "
			        "2147483647)\n",
			        o->cmd, name, val, val);
			bad++;
		}
	}
	return bad;
}

/* Evaluates an integer specification expression over PARAMETERs and --set values. */
/* A --set value for a variable of a bound or size expression. */
static int set_value(void *ctx, const IrSym *s, int64_t *v)
{
	long x;
	if (!lookup_set(ctx, s->name, &x))
		return 0;
	*v = x;
	return 1;
}

static int eval_int(const IrExpr *e, const CliOpts *o, long *out)
{
	int64_t v;
	if (!ir_eval_int(e, set_value, (void *)o, &v))
		return 0;
	*out = (long)v;
	return 1;
}


/* ---------------------------------------------------------------- the driver */

int cli_check_driver(FILE *f, const CliOpts *o, const AdResult *res, const char *pname, const char *dname, const char *bname,
                     int primal_returns, long *sizes)
{
	IrUnit *h = res->head;
	int n = h->nargs;
	for (int k = 0; k < n; k++) {
		IrSym *s = h->args[k];
		long size = 1;
		if (s->rank) {
			for (int d = 0; d < s->rank; d++) {
				long lo = 1, hi;
				if (s->dims[d].lo && !eval_int(s->dims[d].lo, o, &lo)) {
					fprintf(stderr,
					        "stad check: cannot size argument '%s': give its bounds' values with --set\n",
					        s->name);
					return 1;
				}
				if (!s->dims[d].hi) {
					fprintf(stderr,
					        "stad check: argument '%s' has assumed size: a driver cannot size it; use --driver\n",
					        s->name);
					return 1;
				}
				if (!eval_int(s->dims[d].hi, o, &hi)) {
					/* an assumed-shape dummy: its extents are the hidden arguments after it */
					int shaped = k + 1 + d < n && h->args[k + 1 + d]->extent_of == s;
					if (shaped)
						fprintf(stderr,
						        "stad check: '%s' has assumed shape: give its extents with --set %s=N (and "
						        "the following dimensions' %s_size2=N ...)\n",
						        s->name, h->args[k + 1 + d]->name, s->name);
					else
						fprintf(stderr,
						        "stad check: cannot size argument '%s': give its bounds' values with --set\n",
						        s->name);
					return 1;
				}
				size *= hi >= lo ? hi - lo + 1 : 0;
			}
		} else if (s->type == TY_INT) {
			long v;
			if (!lookup_set(o, s->name, &v)) {
				fprintf(stderr, "stad check: give the integer argument '%s' a value with --set %s=N\n", s->name,
				        s->name);
				return 1;
			}
		}
		if (s->type == TY_INT && s->rank) {
			fprintf(stderr,
			        "stad check: integer array argument '%s' is not supported by the generated driver; use --driver\n",
			        s->name);
			return 1;
		}
		sizes[k] = size;
	}
	fprintf(f, "/* Generated by stad: validation driver for %s */\n", h->name);
	fputs("#define _POSIX_C_SOURCE 199309L\n#include <math.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n"
	      "#include <time.h>\n",
	      f);
	/* prototypes */
	fprintf(f, "%s %s(", primal_returns ? cg_ctype(h->args[n - 1]->type) : "void", pname);
	int first = 1;
	for (int k = 0; k < n - (primal_returns ? 1 : 0); k++) {
		fprintf(f, "%s%s *", first ? "" : ", ", cg_ctype(h->args[k]->type));
		first = 0;
	}
	fprintf(f, "%s);\n", first ? "void" : "");
	for (int mode = 0; mode < 2; mode++) {
		fprintf(f, "void %s(", mode ? bname : dname);
		for (int k = 0; k < n; k++) {
			fprintf(f, "%s%s *", k ? ", " : "", cg_ctype(h->args[k]->type));
			if (res->args[k].has_deriv)
				fprintf(f, ", %s *", cg_ctype(h->args[k]->type));
		}
		fputs(");\n", f);
	}
	fputs("static unsigned long long rng = 88172645463325252ULL;\n"
	      "static double urand(void) { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return (double)(rng >> 11) / 9007199254740992.0; }\n",
	      f);
	/* storage: x (current), x0 (original), d (derivative), v/w */
	for (int k = 0; k < n; k++) {
		const char *t = cg_ctype(h->args[k]->type);
		fprintf(f, "static %s a%d[%ld], a%d_0[%ld], a%d_d[%ld];\n", t, k, sizes[k], k, sizes[k], k, sizes[k]);
		fprintf(f, "static double a%d_v[%ld], a%d_base[%ld], a%d_p[%ld], a%d_m[%ld];\n", k, sizes[k], k, sizes[k], k,
		        sizes[k], k, sizes[k]);
	}
	fputs("static void reset(void) {\n", f);
	for (int k = 0; k < n; k++)
		fprintf(f, "  memcpy(a%d, a%d_0, sizeof a%d);\n", k, k, k);
	fputs("}\n", f);
	/* primal call; copies the outputs into dst (base, plus, minus) */
	fputs("static void run_primal(int which) {\n", f);
	if (primal_returns)
		fprintf(f, "  a%d[0] = ", n - 1);
	else
		fputs("  ", f);
	fprintf(f, "%s(", pname);
	for (int k = 0; k < n - (primal_returns ? 1 : 0); k++)
		fprintf(f, "%sa%d", k ? ", " : "", k);
	fputs(");\n", f);
	for (int k = 0; k < n; k++)
		if (res->args[k].dependent)
			fprintf(f,
			        "  for (long i = 0; i < %ld; i++) (which == 0 ? a%d_base : which == 1 ? a%d_p : a%d_m)[i] = a%d[i];\n",
			        sizes[k], k, k, k, k);
	fputs("}\n", f);
	/* derivative calls */
	for (int mode = 0; mode < 2; mode++) {
		fprintf(f, "static void run_%s(void) {\n  %s(", mode ? "adjoint" : "tangent", mode ? bname : dname);
		for (int k = 0; k < n; k++) {
			fprintf(f, "%sa%d", k ? ", " : "", k);
			if (res->args[k].has_deriv)
				fprintf(f, ", a%d_d", k);
		}
		fputs(");\n}\n", f);
	}
	fputs("static double relerr(double a, double b, double scale) {\n"
	      "  double m = fabs(a) > fabs(b) ? fabs(a) : fabs(b);\n"
	      "  if (m < scale) m = scale;\n"
	      "  return m == 0 ? 0 : fabs(a - b) / m;\n}\n",
	      f);
	int real4 = 0;
	for (int k = 0; k < n; k++)
		real4 |= h->args[k]->type == TY_REAL4;
	double tol_dot = o->tol > 0 ? o->tol : real4 ? 1e-4 : 1e-10;
	double tol_fd = real4 ? 2e-2 : 1e-5;
	int npairs = 0;
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			npairs += res->args[i].independent && res->args[j].dependent;
	/* Progress on stderr, at most every 2 s, so a long check is never silent. */
	fputs("static double t_start, t_last;\n"
	      "static double now(void) { struct timespec ts; clock_gettime(CLOCK_MONOTONIC, &ts); "
	      "return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec; }\n"
	      "static void progress(int pair, int npairs, const char *x, const char *y, const char *what) {\n"
	      "  double t = now();\n"
	      "  if (t - t_last < 2.0) return;\n"
	      "  t_last = t;\n"
	      "  fprintf(stderr, \"stad check: pair %d of %d (%s -> %s): %s, %.0f s so far\\n\", pair, npairs, x, y, what, t - t_start);\n"
	      "}\n",
	      f);
	fputs("int main(void) {\n  int bad = 0, vague = 0;\n  t_start = t_last = now();\n", f);
	fprintf(f, "  const double tol_dot = %g, tol_fd = %g;\n", tol_dot, tol_fd);
	/* the step: eps^(1/3) of the precision the primal computes in, times the input's scale */
	fprintf(f, "  const double eps3 = %s;\n",
	        real4 ? "4.921566601151848e-03 /* cbrt(FLT_EPSILON) */" : "6.055454452393343e-06 /* cbrt(DBL_EPSILON) */");
	for (int k = 0; k < n; k++) {
		IrSym *s = h->args[k];
		long v;
		if (s->type == TY_INT)
			fprintf(f, "  a%d_0[0] = %ld;\n", k, lookup_set(o, s->name, &v) ? v : 0L);
		else if (s->type == TY_LOGICAL)
			fprintf(f, "  a%d_0[0] = 0;\n", k);
		else
			fprintf(f, "  for (long i = 0; i < %ld; i++) a%d_0[i] = (%s)(0.5 + urand());\n", sizes[k], k,
			        cg_ctype(s->type));
	}
	fputs("  printf(\"finite differences: central, steps h and 10h, h = eps^(1/3) * max(|x|, 1) / max|v| \"\n"
	      "         \"('step' is the one closer to the tangent; 'fd ratio' is fd(h)/fd(10h))\\n\");\n",
	      f);
	fputs("  printf(\"%-14s %-14s %24s %24s %24s %9s %9s %9s %13s\\n\", \"independent\", \"dependent\", \"tangent\", "
	      "\"adjoint\", \"finite diff\", \"adj-tan\", \"tan-fd\", \"step\", \"fd ratio\");\n",
	      f);
	int pair = 0;
	for (int i = 0; i < n; i++) {
		if (!res->args[i].independent)
			continue;
		for (int j = 0; j < n; j++) {
			if (!res->args[j].dependent)
				continue;
			IrSym *xi = h->args[i], *yj = h->args[j];
			pair++;
			char where[600];
			snprintf(where, sizeof where, "%d, %d, \"%s\", \"%s\"", pair, npairs, xi->name, yj->name);
			fputs("  {\n", f);
			/* direction on x_i, weights on y_j */
			fprintf(f, "    static double w[%ld];\n", sizes[j]);
			fprintf(f, "    for (long i = 0; i < %ld; i++) a%d_v[i] = urand() - 0.5;\n", sizes[i], i);
			fprintf(f, "    for (long i = 0; i < %ld; i++) w[i] = urand() - 0.5;\n", sizes[j]);
			/* tangent: seed derivatives */
			fprintf(f, "    progress(%s, \"tangent\");\n", where);
			fputs("    reset();\n", f);
			for (int k = 0; k < n; k++)
				if (res->args[k].has_deriv)
					fprintf(f, "    for (long i = 0; i < %ld; i++) a%d_d[i] = 0;\n", sizes[k], k);
			fprintf(f, "    for (long i = 0; i < %ld; i++) a%d_d[i] = (%s)a%d_v[i];\n", sizes[i], i,
			        cg_ctype(xi->type), i);
			fputs("    run_tangent();\n", f);
			fprintf(f, "    double tan = 0; for (long i = 0; i < %ld; i++) tan += w[i] * a%d_d[i];\n", sizes[j], j);
			/* adjoint: weights on y_j, accumulate into x_i */
			fprintf(f, "    progress(%s, \"adjoint\");\n", where);
			fputs("    reset();\n", f);
			for (int k = 0; k < n; k++)
				if (res->args[k].has_deriv)
					fprintf(f, "    for (long i = 0; i < %ld; i++) a%d_d[i] = 0;\n", sizes[k], k);
			fprintf(f, "    for (long i = 0; i < %ld; i++) a%d_d[i] = (%s)w[i];\n", sizes[j], j, cg_ctype(yj->type));
			fputs("    run_adjoint();\n", f);
			fprintf(f, "    double adj = 0; for (long i = 0; i < %ld; i++) adj += a%d_d[i] * a%d_v[i];\n", sizes[i],
			        i, i);
			/* central differences at h and 10h, h from the scale of x_i and of the direction */
			fprintf(f,
			        "    double xs = 1, vs = 0;\n"
			        "    for (long i = 0; i < %ld; i++) { if (fabs((double)a%d_0[i]) > xs) xs = fabs((double)a%d_0[i]); "
			        "if (fabs(a%d_v[i]) > vs) vs = fabs(a%d_v[i]); }\n",
			        sizes[i], i, i, i, i);
			fputs("    double h0 = eps3 * xs / (vs > 0 ? vs : 1), fds[2];\n", f);
			fputs("    double scale = fabs(tan) > fabs(adj) ? fabs(tan) : fabs(adj);\n", f);
			fputs("    for (int s = 0; s < 2; s++) {\n", f);
			fputs("      double h = s ? 10 * h0 : h0;\n", f);
			fprintf(f, "      progress(%s, s ? \"finite differences, step 10h\" : \"finite differences, step h\");\n",
			        where);
			fputs("      reset();\n", f);
			fprintf(f, "      for (long i = 0; i < %ld; i++) a%d[i] = (%s)(a%d_0[i] + h * a%d_v[i]);\n", sizes[i], i,
			        cg_ctype(xi->type), i, i);
			fputs("      run_primal(1);\n      reset();\n", f);
			fprintf(f, "      for (long i = 0; i < %ld; i++) a%d[i] = (%s)(a%d_0[i] - h * a%d_v[i]);\n", sizes[i], i,
			        cg_ctype(xi->type), i, i);
			fputs("      run_primal(2);\n", f);
			/* the step actually taken, in the precision of x (what F saw) */
			fprintf(f, "      double d = 0; for (long i = 0; i < %ld; i++) d += w[i] * (a%d_p[i] - a%d_m[i]);\n",
			        sizes[j], j, j);
			fputs("      fds[s] = d / (2 * h);\n    }\n", f);
			fputs("    double floor_ = 1e-12 * (1 + scale);\n"
			      "    double e0 = relerr(fds[0], tan, floor_), e10 = relerr(fds[1], tan, floor_);\n"
			      "    int k = e10 < e0 ? 1 : 0;\n"
			      "    double fd = fds[k], fderr = k ? e10 : e0, step = k ? 10 * h0 : h0;\n"
			      "    double ratio = fds[1] == 0 ? (fds[0] == 0 ? 1 : HUGE_VAL) : fds[0] / fds[1];\n"
			      "    double e1 = relerr(adj, tan, 1e-14 * (1 + scale));\n"
			      "    /* tangent vs adjoint decides; the differences only confirm, when the two steps agree */\n"
			      "    const char *verdict = \"ok\";\n"
			      "    if (!(e1 <= tol_dot)) verdict = \"MISMATCH\";\n"
			      "    else if (!(fderr <= tol_fd)) verdict = relerr(fds[0], fds[1], floor_) <= tol_fd ? \"MISMATCH\" : \"inconclusive\";\n"
			      "    if (verdict[0] == 'M') bad++;\n"
			      "    if (verdict[0] == 'i') vague++;\n",
			      f);
			fprintf(f,
			        "    printf(\"%%-14s %%-14s %%24.17e %%24.17e %%24.17e %%9.1e %%9.1e %%9.2e %%13.10f  %%s\\n\", \"%s\", \"%s\", "
			        "tan, adj, fd, e1, fderr, step, ratio, verdict);\n",
			        xi->name, yj->name);
			fputs("    fflush(stdout);\n  }\n", f);
		}
	}
	fputs("  if (bad) printf(\"%d mismatch%s\\n\", bad, bad == 1 ? \"\" : \"es\");\n"
	      "  else if (vague) printf(\"warning: finite differences inconclusive for %d of %d pairs (their two steps disagree \"\n"
	      "                        \"with each other); tangent and adjoint agree\\n\", vague, ",
	      f);
	fprintf(f, "%d);\n", npairs);
	fputs("  else printf(\"all derivatives agree\\n\");\n"
	      "  return bad ? 1 : 0;\n}\n",
	      f);
	return 0;
}

/* ---------------------------------------------------------------- the command */

/* Generate one mode into dir/NAME.c; returns the exported C name in cname. */
static int generate(const CliOpts *o, int mode, const char *dir, const char *stem, char *cname, size_t ncname, AdResult *keep,
                    IrProgram **keepp, int *returns)
{
	AdRequest req;
	cli_ad_request(o, mode, &req); /* --dynamic-sites: checks the adjoint tune builds ($STAD_SITES) */
	req.profile = 0;
	char path[4096];
	snprintf(path, sizeof path, "%s/%s.c", dir, stem);
	static const char *what[] = {"primal", "tangent", "adjoint"};
	CliTranslation t;
	if (cli_translate(o, &req, path, what[mode], &t) != 0)
		return 1;
	if (returns)
		*returns = t.res.exported[0]->kind == UNIT_FUNCTION;
	CgOptions co = {0};
	cg_unit_cname(t.res.exported[0], &co, cname, ncname);
	if (keep) {
		*keep = t.res;
		*keepp = t.p;
	} else {
		ir_program_free(t.p);
	}
	return 0;
}

int cli_cmd_check(int argc, char **argv)
{
	static const char usage[] =
	        "usage: stad check FILES... --head 'name(deps)/(indeps)' [--set n=100]... [--opt FLAGS] [--table T]\n"
	        "                  [--nocheckpoint 'a b'] [--default-nocheckpoint] [--dynamic-sites] [--tol T] [--keep]\n"
	        "Builds the tangent and the adjoint of the head with a generated driver and compares, for every\n"
	        "independent/dependent pair, adjoint vs tangent (dot-product identity) and both vs central\n"
	        "finite differences at two steps, h and 10h, with h = eps^(1/3) * max(|x|, 1) / max|v|.\n"
	        "Integer arguments get their values from --set; arrays are sized from their declarations.\n"
	        "--opt: the flags the generated C is compiled with (default -O2, as users build it).\n"
	        "Exit status 1 when tangent and adjoint disagree, or when both steps agree with each other\n"
	        "but not with them (MISMATCH). When the two steps disagree with each other and neither\n"
	        "confirms the tangent, the pair is 'inconclusive': a warning, exit status 0.\n";
	CliOpts o;
	int rc = cli_parse(argc, argv, OPT_HEAD | OPT_SET | OPT_TABLE | OPT_CKP | OPT_FORM | OPT_PROFILE, &o, usage);
	if (rc)
		return rc < 0 ? 0 : rc;
	if (!o.head) {
		fprintf(stderr, "stad check: --head is required\n%s", usage);
		return 2;
	}
	char dir[] = "/tmp/stad-check-XXXXXX";
	if (!mkdtemp(dir)) {
		fprintf(stderr, "stad check: cannot make a temporary folder: %s\n", strerror(errno));
		return 1;
	}
	char pname[256], dname[256], bname[256];
	AdResult res;
	IrProgram *p = NULL;
	int returns = 0;
	rc = generate(&o, AD_PRIMAL, dir, "primal", pname, sizeof pname, NULL, NULL, &returns);
	if (!rc)
		rc = generate(&o, AD_TANGENT, dir, "tangent", dname, sizeof dname, NULL, NULL, NULL);
	if (!rc)
		rc = generate(&o, AD_REVERSE, dir, "adjoint", bname, sizeof bname, &res, &p, NULL);
	if (rc) {
		if (!o.keep)
			cli_remove_tree(dir);
		return 1;
	}
	if (cli_check_sets(&o, res.head)) {
		rc = 1;
		goto done;
	}
	char path[4200];
	snprintf(path, sizeof path, "%s/driver.c", dir);
	FILE *f = fopen(path, "w");
	long *sizes = calloc((size_t)res.head->nargs + 1, sizeof *sizes);
	rc = !f || !sizes || cli_check_driver(f, &o, &res, pname, dname, bname, returns, sizes);
	if (f)
		fclose(f);
	free(sizes);
	if (!rc) {
		const char *cc = getenv("CC") && *getenv("CC") ? getenv("CC") : "cc";
		CliArgv cmd = {0};
		cli_argv_words(&cmd, cc);
		cli_argv_add(&cmd, "-std=c99");
		cli_argv_words(&cmd, cli_opt_flags(&o));
		const char *rest[] = {"-o", "check", "driver.c", "primal.c", "tangent.c", "adjoint.c"};
		for (size_t i = 0; i < sizeof rest / sizeof rest[0]; i++)
			cli_argv_add(&cmd, rest[i]);
		cli_argv_runtime_cflags(&cmd);
		cli_argv_runtime_libs(&cmd);
		CliRun in_dir = {dir, NULL, NULL, CLI_OUT_STDERR};
		int built = cli_run(&cmd, &in_dir);
		cli_argv_free(&cmd);
		if (built != 0) {
			fprintf(stderr, "stad check: the generated code did not compile (kept in %s)\n", dir);
			ir_program_free(p);
			return 1;
		}
		printf("stad check: %s (generated C compiled with %s %s)\n", o.head, cc, cli_opt_flags(&o));
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
done:
	if (o.keep)
		fprintf(stderr, "stad check: files kept in %s\n", dir);
	else
		cli_remove_tree(dir);
	ir_program_free(p);
	return rc;
}
