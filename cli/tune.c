/*
 * tune.c — `stad tune`: the processes and files around the tuning loop, whose decisions are
 * profile/'s (prof_tune_next, prof_tune_keep, prof_meas_best: pure functions).
 *
 *   build once: the adjoint with every call site decided at run time (STAD_SITES), a plain
 *               and a profiled binary, and a driver (generated, or the user's --driver);
 *   measure the default configuration; then repeat:
 *       profile the current configuration → profile/ chooses the next configuration →
 *       measure it → report predicted vs measured → profile/ says whether to keep it
 *   until nothing is predicted to help. Every measurement is cached in DIR, so a second run
 *   resumes without rerunning; the final table (written by checkpoint/) has its gradient
 *   checked against the default's.
 */
#define _DEFAULT_SOURCE
#define _POSIX_C_SOURCE 200809L
#include "ad.h"
#include "backend.h"
#include "ckp_revolve.h"
#include "cli.h"
#include "prof.h"
#include "stats.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* A configuration is a string (profile/prof.h): "BITS" (one 0/1 per site) or
 * "BITS|site=snaps,..." when binomial loops get another snapshot count ($STAD_SNAPS). Peaks are
 * tape plus revolve snapshots. */

typedef struct Tune {
	CliOpts *o;
	double ev_cost0, scale0; /* the default's profile: profile s per event, measured s per profile s */
	const char *dir;
	int n; /* sites */
	char **ids;
	char *defaults; /* default bits */
	char *isbin;    /* per site: a BINOMIAL-CKP loop (a knob, not a toggle) */
	char *fixed;    /* per site: a call of a routine without source (always checkpointed, no toggle) */
	char plain[8800], prof[8800];
	ProfMeas *m;
	int nm, capm;
	ProfTuneStep *it;
	int nit, capit;
	ProfTuner tuner; /* the loop's decisions (profile/) */
	uint64_t budget;
	uint64_t last_rv_peak; /* revolve snapshot bytes of the last run */
	uint64_t off_peak;     /* predicted peak with every call site off */
	double st_time;        /* the best configuration built from its table (static_run), -1: not run */
	uint64_t st_peak;
	ProfCompare cmp;   /* default and best re-measured side by side */
	double off_side_s; /* all off re-measured with them (when predicted within the budget); 0: not */
	double byte_cost;  /* the tape term fitted to every measurement (reported) */
	int calls;         /* adjoint calls per measured run (the generated driver repeats; DIR/calls) */
	double rec_cost;   /* the recording cost fitted to every measurement (reported; prior tuner.rec_cost0) */
	double err_prior;  /* the points' median error with tuner.rec_cost0, the recording cost not fitted */
	double limit_s;    /* a measured run is killed after this (0: no limit yet) */
} Tune;

/* The loop's state lives until exit (the command is the process's last work); keeping it in
 * static storage says so to leak checkers. */
static Tune tune_state;

static char *xstrdup(const char *s)
{
	char *d = strdup(s);
	if (!d) {
		fprintf(stderr, "stad tune: out of memory\n");
		exit(1);
	}
	return d;
}

static void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n);
	if (!q) {
		fprintf(stderr, "stad tune: out of memory\n");
		exit(1);
	}
	return q;
}

/* ---------------------------------------------------------------- files */

static int write_text(const char *path, const char *text)
{
	return ir_write_atomic(path, text, strlen(text));
}

static int dir_is_ours_or_new(const char *dir)
{
	struct stat st;
	if (stat(dir, &st) != 0)
		return mkdir(dir, 0777) == 0 ? 1 : -1;
	if (!S_ISDIR(st.st_mode))
		return -1;
	char mark[4200];
	snprintf(mark, sizeof mark, "%s/.stad-tune", dir);
	if (stat(mark, &st) == 0)
		return 2; /* resume */
	/* an existing folder: only if empty */
	return cli_dir_empty(dir) ? 1 : 0;
}

/* ---------------------------------------------------------------- measurements */

static ProfMeas *cached(Tune *t, const char *bits)
{
	for (int i = 0; i < t->nm; i++)
		if (!strcmp(t->m[i].config, bits))
			return &t->m[i];
	return NULL;
}

static ProfMeas *add_meas(Tune *t, const char *bits, double time_s, uint64_t peak, int kind)
{
	if (t->nm == t->capm) {
		t->capm = t->capm ? t->capm * 2 : 64;
		t->m = xrealloc(t->m, sizeof *t->m * (size_t)t->capm);
	}
	ProfMeas *m = &t->m[t->nm++];
	memset(m, 0, sizeof *m);
	m->config = xstrdup(bits);
	m->time_s = time_s;
	m->peak = peak;
	m->kind = kind;
	return m;
}

static const char *clock_name(const Tune *t)
{
	return t->o->clock_wall ? "wall" : "cpu";
}

/* The measurements of an earlier run in DIR, if it timed by the same clock: its first line is
 * "# clock cpu" (none: wall, a folder from before --clock). Another clock's file is kept aside
 * as measurements.CLOCK and a new one begun. A configuration killed at the time limit is a line
 * "# timeout CONFIG SECONDS KIND" (a comment to readers of the format before it). */
static void load_cache(Tune *t)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/measurements", t->dir);
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len = f ? getline(&line, &cap, f) : -1;
	char was[16] = "wall";
	if (len > 0 && sscanf(line, "# clock %15s", was) != 1)
		snprintf(was, sizeof was, "wall");
	if (f && len > 0 && strcmp(was, clock_name(t))) {
		char aside[4300];
		fclose(f);
		f = NULL;
		snprintf(aside, sizeof aside, "%s.%s", path, was);
		rename(path, aside);
	}
	if (!f || len <= 0) {
		if (f)
			fclose(f);
		free(line);
		f = fopen(path, "w");
		if (f) {
			fprintf(f, "# clock %s\n", clock_name(t));
			fclose(f);
		}
		return;
	}
	rewind(f);
	while ((len = getline(&line, &cap, f)) > 0) {
		char *bits;
		double ts;
		uint64_t pk, rv;
		int kind;
		if (line[len - 1] == '\n')
			len--;
		line[len] = 0;
		/* a later line of a configuration replaces an earlier one (measured again after it
		 * passed a shorter time limit) */
		char tb[8200];
		if (sscanf(line, "# timeout %8199s %lf %d", tb, &ts, &kind) == 3 && kind >= 0 && kind <= 2 && ts >= 0 &&
		    strspn(tb, "0123456789|=,") == strlen(tb)) {
			if ((int)strcspn(tb, "|") == t->n) {
				ProfMeas *m = cached(t, tb);
				if (!m)
					m = add_meas(t, tb, 0, 0, kind);
				m->time_s = ts;
				m->peak = UINT64_MAX;
				m->timed_out = 1;
			}
			continue;
		}
		if (sscanf(line, "# anchor %8199s %lf", tb, &ts) == 2 && ts > 0) {
			ProfMeas *m = cached(t, tb);
			if (m)
				m->anchor_s = ts;
			continue;
		}
		double hi, oth = 0;
		int nrun = 0, nf = sscanf(line, "# range %8199s %lf %lf %lf %d", tb, &ts, &hi, &oth, &nrun);
		if (nf >= 3 && ts > 0 && hi >= ts) {
			ProfMeas *m = cached(t, tb);
			if (m) {
				m->lo_s = ts;
				m->hi_s = hi;
				m->other_s = nf == 5 ? oth : 0;
				m->nruns = nf == 5 ? nrun : 0;
			}
			continue;
		}
		if (!cli_meas_parse_line(line, (size_t)len, &bits, &ts, &pk, &kind, &rv))
			continue; /* a line cut short by an interrupted run, or edited: measured again */
		if ((int)strcspn(bits, "|") == t->n) {
			ProfMeas *m = cached(t, bits);
			if (!m)
				m = add_meas(t, bits, 0, 0, kind);
			m->time_s = ts;
			m->peak = pk;
			m->rv_peak = rv;
			m->timed_out = 0;
		}
		free(bits);
	}
	free(line);
	fclose(f);
}

/* One line appended to DIR/measurements in one write (O_APPEND: lines of runs that end together
 * do not mix; a line cut by a kill is skipped when read back). */
static void append_line(Tune *t, const char *line, int n)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/measurements", t->dir);
	int fd = n > 0 ? open(path, O_WRONLY | O_APPEND | O_CREAT, 0666) : -1;
	if (fd < 0 || write(fd, line, (size_t)n) != n)
		fprintf(stderr, "stad tune: warning: could not record a measurement in %s\n", path);
	if (fd >= 0)
		close(fd);
}

/* A measurement, when it is complete. */
static void append_cache(Tune *t, const ProfMeas *m)
{
	char line[9000];
	int n = m->timed_out ? snprintf(line, sizeof line, "# timeout %s %.9f %d\n", m->config, m->time_s, m->kind)
	                     : snprintf(line, sizeof line, "%s %.9f %llu %d %llu\n", m->config, m->time_s,
	                                (unsigned long long)m->peak, m->kind, (unsigned long long)m->rv_peak);
	append_line(t, line, n < (int)sizeof line ? n : -1);
}

/* "# range CONFIG LO HI OTHER RUNS": the fastest and slowest of the runs of CONFIG's median, their
 * median by the other clock and their count (the last two since --repeat-until; older stad reads
 * the first three). */
static void append_range(Tune *t, const ProfMeas *m)
{
	char line[9000];
	int n = snprintf(line, sizeof line, "# range %s %.9f %.9f %.9f %d\n", m->config, m->lo_s, m->hi_s, m->other_s, m->nruns);
	append_line(t, line, n < (int)sizeof line ? n : -1);
}

/* "# anchor CONFIG SECONDS": the default's time measured next to CONFIG (measure_many). */
static void append_anchor(Tune *t, const ProfMeas *m)
{
	char line[9000];
	int n = snprintf(line, sizeof line, "# anchor %s %.9f\n", m->config, m->anchor_s);
	append_line(t, line, n < (int)sizeof line ? n : -1);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double cpu_seconds(const struct rusage *u)
{
	return (double)u->ru_utime.tv_sec + (double)u->ru_stime.tv_sec +
	        1e-6 * (double)(u->ru_utime.tv_usec + u->ru_stime.tv_usec);
}

static double mono_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* One run of a measured program, and what it gave. */
typedef struct Run {
	const char *bin;       /* plain, profiled or reference build */
	const char *config;    /* the configuration: STAD_SITES, STAD_SNAPS */
	const char *extra_env; /* NAME=value, or NULL */
	const char *profile;   /* STAD_PROFILE: this path, "" a scratch file of the run's slot, NULL none */
	int calls;             /* adjoint calls in the run (STAD_REPEAT; the generated driver honours it) */
	int group;             /* the caller's: which configuration of a batch */
	int status;            /* 0, the program's failing status, or CLI_RUN_TIMEOUT */
	double time_s;         /* per adjoint call */
	uint64_t peak, rv_peak;
	double other_s; /* per adjoint call by the other clock, of the whole process (ProfMeas.other_s) */
} Run;

/* The files of run slot j (one per job): output, statistics, a scratch profile. */
static void slot_file(const Tune *t, int j, const char *what, char *buf, size_t n)
{
	if (j == 0)
		snprintf(buf, n, "%s/%s.%s", t->dir, !strcmp(what, "prof") ? "scratch" : "run", what);
	else
		snprintf(buf, n, "%s/%s.%d.%s", t->dir, !strcmp(what, "prof") ? "scratch" : "run", j, what);
}

static pid_t start_run(Tune *t, const Run *r, int slot)
{
	char stats[4200], out[4200], prof[4200];
	slot_file(t, slot, "stats", stats, sizeof stats);
	slot_file(t, slot, "out", out, sizeof out);
	remove(stats); /* a run that dies writes none: not the last one's */
	if (r->profile && !*r->profile)
		slot_file(t, slot, "prof", prof, sizeof prof);
	else if (r->profile)
		snprintf(prof, sizeof prof, "%s", r->profile);
	const char *bits = r->config;
	char sites[8192], snaps[2048] = "";
	snprintf(sites, sizeof sites, "%.*s", (int)strcspn(bits, "|"), bits);
	if (strchr(bits, '|'))
		snprintf(snaps, sizeof snaps, "%s", strchr(bits, '|') + 1);
	char e_sites[8300], e_snaps[2100], e_stats[4300], e_prof[4300], e_rep[64];
	snprintf(e_sites, sizeof e_sites, "STAD_SITES=%s", t->n ? sites : "");
	snprintf(e_snaps, sizeof e_snaps, "STAD_SNAPS=%s", snaps);
	snprintf(e_stats, sizeof e_stats, "STAD_STATS=%s", stats);
	snprintf(e_prof, sizeof e_prof, "STAD_PROFILE=%s", prof);
	snprintf(e_rep, sizeof e_rep, "STAD_REPEAT=%d", r->calls > 0 ? r->calls : 1);
	/* the driver's stad_time_s in CPU time unless --clock wall (runtime/sites.c) */
	const char *env[8] = {e_sites, e_snaps, e_stats, t->o->clock_wall ? "STAD_CLOCK=wall" : "STAD_CLOCK=cpu", e_rep};
	int ne = 5;
	if (r->profile)
		env[ne++] = e_prof;
	if (r->extra_env)
		env[ne++] = r->extra_env;
	env[ne] = NULL;
	CliArgv cmd = {0};
	if (t->o->launcher)
		cli_argv_words(&cmd, t->o->launcher); /* --launcher: its words, then the program */
	cli_argv_add(&cmd, r->bin);
	CliRun how = {t->dir, env, out, CLI_OUT_QUIET};
	/* a profiled run records every checkpoint boundary (bgc's: 44 million events, 5x the plain
	 * run's CPU time, and more than the default limit of wall time at load 16): its limit only
	 * guards against a hang, 10 times the measured runs' */
	pid_t pid = cli_spawn(&cmd, &how, r->bin == t->prof && t->limit_s > 0 ? 10 * t->limit_s : t->limit_s);
	cli_argv_free(&cmd);
	return pid;
}

/* What run r in slot j gave: its status, time per adjoint call, peak. 0, or -1 (reported). */
static int finish_run(Tune *t, Run *r, int slot, int status, const struct rusage *ru, double wall_s)
{
	char stats[4200], out[4200];
	slot_file(t, slot, "stats", stats, sizeof stats);
	slot_file(t, slot, "out", out, sizeof out);
	r->status = status;
	if (status == CLI_RUN_TIMEOUT) {
		r->time_s = t->limit_s;
		return 0;
	}
	if (status != 0) {
		fprintf(stderr, "stad tune: the program failed (status %d) in configuration %s; its output is in %s\n", status,
		        r->config, out);
		return -1;
	}
	/* a driver that prints no stad_time_s is timed as a whole: its CPU time (user + system), or
	 * the time from its start to its end */
	double total = t->o->clock_wall ? wall_s : cpu_seconds(ru), v;
	int calls = 1, timed = 0;
	FILE *f = fopen(out, "r");
	char line[512];
	while (f && fgets(line, sizeof line, f)) {
		if (sscanf(line, "stad_time_s %lf", &v) == 1)
			total = v, timed = 1;
		else if (sscanf(line, "stad_calls %d", &calls) == 1 && calls < 1)
			calls = 1;
	}
	if (f)
		fclose(f);
	if (!timed && t->o->launcher) {
		fprintf(stderr,
		        "stad tune: with --launcher the driver must print 'stad_time_s SECONDS' (the launcher's own time is not "
		        "the program's); %s has none\n",
		        out);
		return -1;
	}
	r->time_s = total / calls;
	r->other_s = (t->o->clock_wall ? cpu_seconds(ru) : wall_s) / calls;
	CliStats st;
	cli_stats_read(stats, &st);
	r->peak = st.peak_tape_bytes + st.revolve_peak_bytes; /* binomial snapshots count with the tape */
	r->rv_peak = st.revolve_peak_bytes;
	return 0;
}

/* Runs r[0..n-1], --jobs of them at a time (each slot with its own files), calling done(r) as
 * each ends. 0, or -1 when one failed (reported; the others running are let finish). */
static int run_batch(Tune *t, Run *r, int n, void (*done)(Tune *, Run *, void *), void *ctx)
{
	enum { MAXJOBS = 64 };
	pid_t pid[MAXJOBS] = {0};
	int which[MAXJOBS];
	double start[MAXJOBS];
	int jobs = t->o->jobs > 1 ? t->o->jobs : 1, next = 0, running = 0, failed = 0;
	if (jobs > MAXJOBS)
		jobs = MAXJOBS;
	while ((next < n && !failed) || running) {
		for (int j = 0; j < jobs && next < n && !failed; j++) {
			if (pid[j])
				continue;
			start[j] = mono_s();
			pid[j] = start_run(t, &r[next], j);
			if (pid[j] < 0) {
				fprintf(stderr, "stad tune: could not start %s\n", r[next].bin);
				pid[j] = 0;
				failed = 1;
				break;
			}
			which[j] = next++;
			running++;
		}
		if (!running)
			break;
		int st;
		struct rusage ru;
		pid_t p = cli_wait_any(&st, &ru);
		if (p < 0)
			return -1;
		for (int j = 0; j < jobs; j++)
			if (pid[j] == p) {
				pid[j] = 0;
				running--;
				Run *x = &r[which[j]];
				if (finish_run(t, x, j, st, &ru, mono_s() - start[j]) != 0)
					failed = 1;
				else if (done)
					done(t, x, ctx);
			}
	}
	return failed ? -1 : 0;
}

/* One run of bin (calls adjoint calls in it): its time per call and peak. 0, -1 (it failed:
 * reported) or -2 (killed at the time limit). */
static int run_once(Tune *t, const char *bin, const char *bits, const char *extra_env, int calls, double *time_s, uint64_t *peak)
{
	Run r = {bin, bits, extra_env, NULL, calls, 0, 0, 0, 0, 0, 0};
	if (run_batch(t, &r, 1, NULL, NULL) != 0)
		return -1;
	*time_s = r.time_s;
	*peak = r.peak;
	t->last_rv_peak = r.rv_peak;
	return r.status == CLI_RUN_TIMEOUT ? -2 : 0;
}

/* The runs of one configuration in a batch: their times, and the measurement when all ended. */
typedef struct Group {
	const char *config;
	int kind, nruns, ndone, ntimeout;
	double *times;
	uint64_t peak, rv_peak;
	double *other; /* the runs by the other clock */
	int cap;       /* room in times and other: --repeat-max with --repeat-until, else nruns */
} Group;

/* A batch: its configurations, and the default's runs between them (anchors). */
typedef struct Batch {
	Group *g;
	double *anchor; /* the default's runs before configuration j * ANCHOR_EVERY (and after the last), in
	                 * round k of r at j * r + k (group -1 - that); 0: none */
} Batch;

enum { ANCHOR_EVERY = 4 };

static void group_done(Tune *t, Run *r, void *ctx)
{
	Batch *b = ctx;
	if (r->group < 0) {
		if (r->status == 0)
			b->anchor[-1 - r->group] = r->time_s;
		return;
	}
	Group *g = &b->g[r->group];
	if (r->status == CLI_RUN_TIMEOUT)
		g->ntimeout++;
	else {
		g->other[g->ndone] = r->other_s;
		g->times[g->ndone++] = r->time_s;
		g->peak = r->peak;
		g->rv_peak = r->rv_peak;
	}
	if (g->ndone + g->ntimeout < g->nruns)
		return;
	/* --repeat-until: one more run while the interval on the median is wider than asked (the
	 * caller runs another round of the groups not complete) */
	if (!g->ntimeout && g->nruns < g->cap && t->o->repeat_until > 0) {
		double *x = malloc((size_t)g->ndone * sizeof *x);
		if (!x)
			abort();
		memcpy(x, g->times, (size_t)g->ndone * sizeof *x);
		int more = prof_repeat_more(x, (size_t)g->ndone, t->o->repeat_until, (size_t)g->cap);
		free(x);
		if (more) {
			g->nruns++;
			return;
		}
	}
	/* complete: cached at once, so that a stad tune killed later does not run it again (a
	 * configuration that passed a shorter limit before is measured again, in place) */
	ProfMeas *m = cached(t, g->config);
	if (!m)
		m = add_meas(t, g->config, 0, 0, g->kind);
	m->timed_out = g->ntimeout > 0;
	if (m->timed_out) {
		m->time_s = t->limit_s;
		m->peak = UINT64_MAX;
	} else {
		qsort(g->times, (size_t)g->ndone, sizeof *g->times, cmp_double);
		m->time_s = g->times[g->ndone / 2];
		m->peak = g->peak;
		m->rv_peak = g->rv_peak;
		m->lo_s = g->ndone > 1 ? g->times[0] : 0;
		m->hi_s = g->ndone > 1 ? g->times[g->ndone - 1] : 0;
		qsort(g->other, (size_t)g->ndone, sizeof *g->other, cmp_double);
		m->other_s = g->other[g->ndone / 2];
		m->nruns = g->ndone;
	}
	append_cache(t, m);
	if (m->lo_s > 0)
		append_range(t, m);
}

/* Measures the configurations not measured yet (kind: the tuning path takes the median of
 * --repeat runs; random and exhaustive points of the plane --point-runs each), --jobs at a time,
 * with runs of base between them (anchors; NULL: none). 0, or -1 (reported). */
static int measure_many(Tune *t, const char *const *configs, int n, int kind, const char *base)
{
	int r = kind ? t->o->point_runs > 0 ? t->o->point_runs : 1 : t->o->repeat > 0 ? t->o->repeat : 3, ng = 0, nr = 0;
	int cap = !kind && t->o->repeat_until > 0 && t->o->repeat_max > r ? t->o->repeat_max : r;
	Group *g = calloc((size_t)n + 1, sizeof *g);
	double *times = calloc((size_t)n * (size_t)cap + 1, sizeof *times);
	double *other = calloc((size_t)n * (size_t)cap + 1, sizeof *other);
	if (!g || !times || !other)
		abort();
	for (int i = 0; i < n; i++) {
		const ProfMeas *c = cached(t, configs[i]);
		int dup = c && !(c->timed_out && (t->limit_s <= 0 || c->time_s < t->limit_s));
		for (int k = 0; k < ng && !dup; k++)
			dup = !strcmp(g[k].config, configs[i]);
		if (dup)
			continue;
		g[ng] = (Group){
		        configs[i], kind, r, 0, 0, times + (size_t)ng * (size_t)cap, 0, 0, other + (size_t)ng * (size_t)cap, cap};
		ng++;
	}
	/* interleaved: the first run of every configuration, then the second, ... with a run of base
	 * before every ANCHOR_EVERY-th and after the last: each is predicted from base measured next
	 * to it, not measured earlier under another load (the points of the plane: the default; a
	 * move of the loop: the configuration it was predicted from) */
	int nanchor = base && ng ? (ng + ANCHOR_EVERY - 1) / ANCHOR_EVERY + 1 : 0;
	Run *all = calloc((size_t)(ng * r + nanchor * r) + 1, sizeof *all);
	double *anchor = calloc((size_t)(nanchor * r) + 1, sizeof *anchor);
	if (!all || !anchor)
		abort();
	for (int k = 0; k < r; k++) {
		for (int i = 0; i < ng; i++) {
			if (nanchor && i % ANCHOR_EVERY == 0)
				all[nr++] = (Run){t->plain, base, NULL, NULL, t->calls, -1 - (i / ANCHOR_EVERY * r + k),
				                  0,        0,    0,    0,    0};
			all[nr++] = (Run){t->plain, g[i].config, NULL, NULL, t->calls, i, 0, 0, 0, 0, 0};
		}
		if (nanchor && (kind || k == r - 1)) /* a move: one run of base after its last */
			all[nr++] = (Run){t->plain, base, NULL, NULL, t->calls, -1 - ((nanchor - 1) * r + k), 0, 0, 0, 0, 0};
	}
	Batch b = {g, anchor};
	int rc = run_batch(t, all, nr, group_done, &b);
	/* --repeat-until: rounds of one more run of each configuration whose interval is still wide */
	while (rc == 0) {
		int nmore = 0;
		for (int i = 0; i < ng; i++)
			if (g[i].ndone + g[i].ntimeout < g[i].nruns)
				all[nmore++] = (Run){t->plain, g[i].config, NULL, NULL, t->calls, i, 0, 0, 0, 0, 0};
		if (!nmore)
			break;
		rc = run_batch(t, all, nmore, group_done, &b);
	}
	/* each anchor the median of its rounds' runs */
	for (int j = 0; j < nanchor; j++) {
		double *x = anchor + (size_t)j * (size_t)r;
		int nx = 0;
		for (int k = 0; k < r; k++)
			if (x[k] > 0)
				x[nx++] = x[k];
		qsort(x, (size_t)nx, sizeof *x, cmp_double);
		anchor[j] = nx ? x[nx / 2] : 0;
	}
	for (int i = 0; rc == 0 && i < ng && nanchor; i++) {
		double a = anchor[i / ANCHOR_EVERY], z = anchor[i / ANCHOR_EVERY + 1];
		ProfMeas *m = cached(t, g[i].config);
		if (!m || (a <= 0 && z <= 0))
			continue;
		m->anchor_s = a > 0 && z > 0 ? 0.5 * (a + z) : a > 0 ? a : z;
		append_anchor(t, m);
	}
	free(all);
	free(anchor);
	free(g);
	free(times);
	free(other);
	return rc;
}

static ProfMeas *measure(Tune *t, const char *bits, int kind, const char *base)
{
	const char *one[] = {bits};
	if (measure_many(t, one, 1, kind, base) != 0)
		return NULL;
	return cached(t, bits);
}

/* Adjoint calls per measured run. The generated driver calls the adjoint STAD_REPEAT times
 * (inputs restored before each, the statistics and profile of the last call kept) and prints
 * the total time and the count; a run shorter than --min-sample (50 ms) is mostly start-up and
 * clock granularity, so the calls are raised to fill it, from one probe run of the default.
 * The count is kept in DIR/calls: every measurement of a folder is made alike (a folder from
 * before this, with measurements and no such file, keeps one call). A --driver may honour
 * STAD_REPEAT and print "stad_calls K"; tune does not ask it to. */
static int choose_calls(Tune *t)
{
	char path[4200], line[64];
	snprintf(path, sizeof path, "%s/calls", t->dir);
	if (cli_first_line(path, line, sizeof line) && atoi(line) >= 1) {
		t->calls = atoi(line);
		return 0;
	}
	t->calls = 1;
	if (t->nm == 0 && !t->o->driver && t->o->min_sample > 0) {
		double ts;
		uint64_t pk;
		int rc = run_once(t, t->plain, t->defaults, NULL, 1, &ts, &pk);
		if (rc == -1)
			return -1;
		if (rc == 0 && ts > 0 && ts < t->o->min_sample) {
			double k = ceil(t->o->min_sample / ts);
			t->calls = k > 10000 ? 10000 : (int)k;
		}
	}
	snprintf(line, sizeof line, "%d\n", t->calls);
	return write_text(path, line) == 0 ? 0 : -1;
}

/* Profiles the configuration; *prof_time receives the profiled runs' median time (to measure
 * what recording events costs), or -1 when the profile came from the cache; *file_time the time
 * of the run(s) that wrote the profile (to convert its clock: prof_time_scale), or -1. With three
 * runs or more the first three write profiles and the profile is their median
 * (prof_merge_median: a time slice lost to another process in one run is dropped), *file_time
 * their median time; else the first run's. The profile is written as NAME.prof.part and renamed when its times are written,
 * so that a tune killed in between finds no profile without them. STAD_TUNE_KEEP_RUNS=1 keeps
 * the runs' own profiles as NAME.prof.runK (to compare predictions made from one run). */
static ProfData *profile_of(Tune *t, const char *bits, double *prof_time, double *file_time)
{
	*prof_time = -1;
	*file_time = -1;
	char path[4200];
	snprintf(path, sizeof path, "%s/profiles", t->dir);
	mkdir(path, 0777);
	char fname[2000];
	snprintf(fname, sizeof fname, "%s", t->n ? bits : "none");
	for (char *q = fname; *q; q++)
		if (*q == '|' || *q == '=' || *q == ',')
			*q = '_';
	snprintf(path, sizeof path, "%s/profiles/%s.prof", t->dir, fname);
	/* a profile whose run was timed by another clock is made again: its times convert the
	 * profile's clock to the measurements' (prof_time_scale) */
	char tp0[4300], clk[16] = "";
	snprintf(tp0, sizeof tp0, "%s.time", path);
	FILE *tf0 = fopen(tp0, "r");
	if (tf0) {
		double x, y;
		if (fscanf(tf0, "%lf %lf %15s", &x, &y, clk) != 3 || strcmp(clk, clock_name(t)))
			remove(path);
		fclose(tf0);
	}
	struct stat st;
	if (stat(path, &st) != 0) {
		/* --repeat runs of the profiled build, side by side with --jobs: their median time is what
		 * recording costs, and with three or more their profiles make one (merge.c) */
		int rep = t->o->repeat > 0 ? t->o->repeat : 3;
		char part[4300];
		snprintf(part, sizeof part, "%s.part", path);
		Run *runs = calloc((size_t)rep, sizeof *runs);
		double *times = calloc((size_t)rep, sizeof *times);
		if (!runs || !times)
			abort();
		char(*parts)[4320] = calloc((size_t)rep, sizeof *parts);
		if (!parts)
			abort();
		/* the first three runs write profiles (a per-cell model's is hundreds of MB), the others
		 * a scratch file */
		int merge = rep >= 3, nmerge = merge ? 3 : 1;
		for (int i = 0; i < rep; i++) {
			snprintf(parts[i], sizeof parts[i], "%s.part%d", path, i);
			runs[i] = (Run){t->prof, bits, NULL, i < nmerge ? parts[i] : "", t->calls, i, 0, 0, 0, 0, 0};
		}
		int rc = run_batch(t, runs, rep, NULL, NULL);
		if (rc == 0 && runs[0].status == CLI_RUN_TIMEOUT) {
			fprintf(stderr, "stad tune: the profiled run of configuration %s passed the time limit of %g s\n", bits,
			        10 * t->limit_s);
			rc = -1;
		}
		double ts = runs[0].time_s;
		for (int i = 0; i < rep; i++) {
			times[i] = runs[i].status ? ts : runs[i].time_s;
			merge &= i >= nmerge || !runs[i].status;
			/* the median drops a time slice lost now and then; on a machine loaded past its
			 * cores every long window loses some in every run and the short ones in few, so the
			 * median kept the long windows' inflation and took the short ones' away (ice at load
			 * 12: predictions 17 % low, 6-8 % from one run's profile). Merged only when the runs
			 * had the CPU three quarters of their time. */
			double cpu = t->o->clock_wall ? runs[i].other_s : runs[i].time_s;
			double wall = t->o->clock_wall ? runs[i].time_s : runs[i].other_s;
			if (i < nmerge && !(cpu > 0 && wall > 0 && cpu >= 0.75 * wall))
				merge = 0;
		}
		if (rc == 0) {
			char err[512] = "";
			const char *pp[3] = {parts[0], merge ? parts[1] : NULL, merge ? parts[2] : NULL};
			if (merge && prof_merge_median(pp, nmerge, part, err, sizeof err) != 0) {
				fprintf(stderr, "stad tune: note: the profile is the first run's: %s\n", err);
				merge = 0;
			}
			if (!merge && rename(parts[0], part) != 0) {
				fprintf(stderr, "stad tune: error: the profiled run of configuration %s wrote no profile\n",
				        bits);
				rc = -1;
			}
		}
		const char *keep = getenv("STAD_TUNE_KEEP_RUNS");
		for (int i = 0; i < nmerge; i++) {
			char kept[4340];
			snprintf(kept, sizeof kept, "%s.run%d", path, i);
			if (!(keep && *keep == '1' && rc == 0 && merge && rename(parts[i], kept) == 0))
				remove(parts[i]);
		}
		free(parts);
		if (rc != 0) {
			free(runs);
			free(times);
			return NULL;
		}
		qsort(times, (size_t)rep, sizeof *times, cmp_double);
		*prof_time = times[rep / 2];
		if (merge) { /* the median time of the runs that made the profile */
			double a = runs[0].time_s, b = runs[1].time_s, c = runs[2].time_s;
			*file_time = fmax(fmin(a, b), fmin(fmax(a, b), c));
		} else
			*file_time = ts;
		free(runs);
		free(times);
		char tp[4300];
		snprintf(tp, sizeof tp, "%s.time", path);
		FILE *tf = fopen(tp, "w");
		if (tf) {
			fprintf(tf, "%.9f %.9f %s\n", *prof_time, *file_time, clock_name(t));
			fclose(tf);
		}
		rename(part, path);
	} else {
		char tp[4300];
		snprintf(tp, sizeof tp, "%s.time", path);
		FILE *tf = fopen(tp, "r");
		if (tf) {
			if (fscanf(tf, "%lf", prof_time) != 1)
				*prof_time = -1;
			if (fscanf(tf, "%lf", file_time) != 1) /* written before the clock scale */
				*file_time = -1;
			fclose(tf);
		}
	}
	char err[512];
	ProfData *d = prof_read(path, err, sizeof err);
	if (!d)
		fprintf(stderr, "stad tune: error: %s\n", err);
	return d;
}

/* ---------------------------------------------------------------- the driver */


/* The adjoint with every site decided at run time, profiled or not, into dir/STEM.c. */
static int gen_adjoint(const CliOpts *o, const char *dir, const char *stem, int profile, CliTranslation *t)
{
	AdRequest req;
	cli_ad_request(o, AD_REVERSE, &req);
	req.profile = profile;
	req.dynamic_sites = 1;
	char path[4200];
	snprintf(path, sizeof path, "%s/%s.c", dir, stem);
	return cli_translate(o, &req, path, profile ? "profiled adjoint" : "adjoint", t);
}

/* The configuration built as `--table` builds it, its states fixed at translation: the build
 * tune measures decides every site at run time, so the analysis of what to save (TBR) takes each
 * one as checkpointed, and a split call there saves what a re-run would need (swtype all off:
 * 94 MB there, 43 MB built from the table). Run --repeat times (at least 3) interleaved with the
 * measured build in the same configuration, each the median of its runs (*dyn_s): one run of it
 * on a loaded machine read slower than the upper bound it is compared with (s18 trial A, s19
 * trial C). 0, or -1 (reported). */
static int static_run(Tune *t, const CliOpts *o, const char *bdir, const char *driver, const char *config, double *time_s,
                      uint64_t *peak, double *dyn_s, int *nruns)
{
	int *force = calloc((size_t)t->n + 1, sizeof *force);
	if (!force)
		abort();
	for (int i = 0; i < t->n; i++)
		force[i] = t->isbin[i] || t->fixed[i] ? -1 : config[i] == '1';
	AdRequest req;
	cli_ad_request(o, AD_REVERSE, &req);
	req.dynamic_sites = 0;
	req.profile = 0;
	req.default_auto = 0;
	req.force_states = force;
	req.nforce = t->n;
	char path[4200], exe[4200];
	snprintf(path, sizeof path, "%s/adjoint_table.c", bdir);
	CliTranslation tr;
	int rc = cli_translate(o, &req, path, "adjoint", &tr);
	free(force);
	if (rc)
		return -1;
	ir_program_free(tr.p);
	const char *sources[] = {driver, "adjoint_table.c", NULL};
	CliArgv cmd = {0};
	cli_argv_build(&cmd, cli_opt_flags(o), "adjoint_table", sources);
	CliRun how = {bdir, NULL, NULL, CLI_OUT_STDERR};
	rc = cli_run(&cmd, &how);
	cli_argv_free(&cmd);
	if (rc != 0)
		return -1;
	snprintf(exe, sizeof exe, "%s/adjoint_table", bdir);
	char abs[4200];
	if (realpath(exe, abs))
		snprintf(exe, sizeof exe, "%s", abs);
	int reps = o->repeat > 3 ? o->repeat : 3, n = 0;
	double ts[64], td[64];
	if (reps > 64)
		reps = 64;
	for (int k = 0; k < reps; k++) {
		double a, b;
		uint64_t pa, pb;
		if (run_once(t, exe, config, NULL, t->calls, &a, &pa) != 0)
			return -1;
		if (run_once(t, t->plain, config, NULL, t->calls, &b, &pb) != 0)
			return -1;
		ts[n] = a;
		td[n++] = b;
		*peak = pa;
	}
	double lo, hi;
	prof_median_interval(ts, (size_t)n, &lo, &hi);
	*time_s = n % 2 ? ts[n / 2] : (ts[n / 2 - 1] + ts[n / 2]) / 2;
	prof_median_interval(td, (size_t)n, &lo, &hi);
	*dyn_s = n % 2 ? td[n / 2] : (td[n / 2 - 1] + td[n / 2]) / 2;
	*nruns = n;
	return 0;
}

/* A site the switchable build cannot switch (its snapshot would need an assumed-size array, or
 * its callee draws random numbers: the profile marks it fixed) keeps its default state in every
 * configuration tune draws, enumerates or moves to: switching it changed nothing that was run, so
 * the exhaustive plane measured each configuration of the others two or four times (tracer:
 * 512 points for 128) and its predictions assumed a switch that did not happen. */
static void fixed_from_profile(Tune *t, const ProfData *d)
{
	for (size_t s = 0; d && s < prof_nsites(d); s++) {
		const ProfSite *ps = prof_site(d, s);
		if (ps->kind != PROF_SITE_FIXED)
			continue;
		for (int i = 0; i < t->n; i++)
			if (!strcmp(t->ids[i], ps->id))
				t->fixed[i] = 1;
	}
}

/* ---------------------------------------------------------------- report and plot */

/* The all-off configuration among the measurements (every call site off, snapshot counts as
 * the default's), or NULL. */
static char *all_off_config(const Tune *t)
{
	char *c = xstrdup(t->defaults);
	for (int i = 0; i < t->n; i++)
		if (!t->isbin[i] && !t->fixed[i])
			c[i] = '0';
	return c;
}

static const ProfMeas *all_off_meas(Tune *t)
{
	char *c = all_off_config(t);
	const ProfMeas *m = cached(t, c);
	free(c);
	return m && !m->timed_out ? m : NULL;
}

/* report.json and plot.svg (profile/report.c) from the state. */
static ProfTuneReport report_of(Tune *t)
{
	ProfTuneReport r;
	memset(&r, 0, sizeof r);
	r.head = t->o->head;
	r.launcher = t->o->launcher;
	r.jobs = t->o->jobs;
	r.clock_wall = t->o->clock_wall;
	r.ids = (const char *const *)t->ids;
	r.n = t->n;
	r.calls = t->calls;
	r.tuner = t->tuner;
	r.budget = t->budget;
	r.m = t->m;
	r.nm = t->nm;
	r.it = t->it;
	r.nit = t->nit;
	r.all_off = all_off_meas(t);
	r.off_peak = t->off_peak;
	r.cmp = t->cmp;
	r.off_side_s = t->off_side_s;
	r.byte_cost = t->byte_cost;
	r.rec_cost = t->rec_cost;
	r.rec_cost0 = t->tuner.rec_cost0;
	r.err_prior = t->err_prior;
	r.ev_cost0 = t->ev_cost0;
	r.scale0 = t->scale0;
	r.st_time = t->st_time;
	r.st_peak = t->st_peak;
	return r;
}

static void write_report(Tune *t, const ProfMeas *base, const ProfMeas *best, const char *path, int grad_ok)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return;
	ProfTuneReport r = report_of(t);
	prof_report_json(f, &r, base, best, grad_ok);
	fclose(f);
}

static void write_plot(Tune *t, const ProfMeas *base, const ProfMeas *best, const char *path)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return;
	ProfTuneReport r = report_of(t);
	prof_report_svg(f, &r, base, best);
	fclose(f);
}

/* The table of configuration bits (checkpoint/ writes it). */
static int write_table(Tune *t, const char *bits, const char *path, const char *comment)
{
	CkpConfigSite *s = calloc((size_t)t->n + 1, sizeof *s);
	if (!s)
		return -1;
	for (int i = 0; i < t->n; i++)
		s[i] = (CkpConfigSite){t->ids[i],
		                       t->isbin[i],
		                       bits[i] == '1',
		                       t->defaults[i] == '1',
		                       t->isbin[i] ? prof_config_snaps(bits, (size_t)i) : 0,
		                       t->fixed[i]};
	char *text = ckp_config_table_text(s, t->n, comment);
	int rc = text ? write_text(path, text) : -1;
	free(text);
	free(s);
	return rc;
}

/* Compares two gradient files: 1 equal (1e-12 relative), 0 different, -1 missing. */
static int same_gradient(const char *a, const char *b)
{
	FILE *fa = fopen(a, "r"), *fb = fopen(b, "r");
	if (!fa || !fb) {
		if (fa)
			fclose(fa);
		if (fb)
			fclose(fb);
		return -1;
	}
	double x, y, maxdiff = 0, maxv = 0;
	int n = 0, ok = 1;
	for (;;) {
		int ra = fscanf(fa, "%lf", &x), rb = fscanf(fb, "%lf", &y);
		if (ra != rb) {
			ok = 0;
			break;
		}
		if (ra != 1)
			break;
		maxdiff = fmax(maxdiff, fabs(x - y));
		maxv = fmax(maxv, fmax(fabs(x), fabs(y)));
		n++;
	}
	fclose(fa);
	fclose(fb);
	if (!ok || (n && maxdiff > 1e-12 * fmax(maxv, 1e-300)))
		return 0;
	return 1;
}

/* A change of more than three sites, for the terminal: "N changes: a off, b on, c counts". */
static char *summarize_change(char *change)
{
	int n = 1, off = 0, on = 0, snaps = 0;
	if (!change)
		return NULL;
	for (const char *q = change; (q = strstr(q, ", ")); q += 2)
		n++;
	if (n <= 3)
		return change;
	for (const char *q = change; (q = strstr(q, " off")); q += 4)
		off++;
	for (const char *q = change; (q = strstr(q, " on")); q += 3)
		on += q[3] == ',' || q[3] == 0;
	for (const char *q = change; (q = strstr(q, " snapshots ")); q += 11)
		snaps++;
	char *sum = malloc(96);
	if (sum)
		snprintf(sum, 96, "%d changes: %d off, %d on, %d snapshot counts", n, off, on, snaps);
	free(change);
	return sum;
}

/* No configuration fits the budget: say so, and leave the lowest peak found as DIR/table (the
 * search's prediction when it is lower than every measurement: a configuration predicted over
 * the budget is not measured). Returns the exit status, 1. */
static int no_fit(Tune *t, const ProfMeas *base)
{
	const ProfMeas *low = prof_meas_lowest(t->m, (size_t)t->nm);
	const ProfCand *pl = t->tuner.lowest.config ? &t->tuner.lowest : NULL;
	int use_pred = pl && (!low || pl->pred_peak < low->peak);
	const char *config = use_pred ? pl->config : low->config;
	uint64_t peak = use_pred ? pl->pred_peak : low->peak;
	char path[4200], note[512];
	snprintf(note, sizeof note, "no configuration fits the budget of %llu B: the lowest peak found, %llu B (%s)",
	         (unsigned long long)t->budget, (unsigned long long)peak, use_pred ? "predicted" : "measured");
	snprintf(path, sizeof path, "%s/table", t->dir);
	write_table(t, config, path, note);
	snprintf(path, sizeof path, "%s/report.json", t->dir);
	write_report(t, base, NULL, path, -1);
	snprintf(path, sizeof path, "%s/plot.svg", t->dir);
	write_plot(t, base, low ? low : base, path);
	fflush(stdout);
	fprintf(stderr,
	        "stad tune: error: no configuration %s the budget of %llu B; the lowest peak found is %llu B (%s, "
	        "configuration %s), written to %s/table\n",
	        t->tuner.strategy == PROF_OPTIMAL && t->tuner.complete ? "can fit" : "was found within",
	        (unsigned long long)t->budget, (unsigned long long)peak, use_pred ? "predicted" : "measured", config, t->dir);
	return 1;
}

/* ---------------------------------------------------------------- the command */

/* The tuning loop's side (prof_tune_loop): measurements, profiles, and after each move its line,
 * its table DIR/iterNN/table and its record for report.json. */
static ProfMeas *loop_measure(void *ctx, const char *config, const char *base)
{
	return measure(ctx, config, PROF_MEAS_TUNING, base);
}

static const ProfMeas *loop_measured(void *ctx, const char *config)
{
	return cached(ctx, config);
}

static ProfData *loop_profile(void *ctx, const char *config, double *file_time)
{
	double tprof;
	return profile_of(ctx, config, &tprof, file_time);
}

static void loop_moved(void *ctx, int iter, ProfMove *mv, const ProfMeas *m, int kept)
{
	Tune *t = ctx;
	if (t->nit == t->capit) {
		t->capit = t->capit ? t->capit * 2 : 16;
		t->it = xrealloc(t->it, sizeof *t->it * (size_t)t->capit);
	}
	ProfTuneStep *it = &t->it[t->nit++];
	it->move = *mv;
	it->meas_time = m->time_s;
	it->meas_peak = m->peak;
	it->accepted = kept;
	char *change = prof_move_text(mv, (const char *const *)t->ids);
	change = summarize_change(change); /* report.json keeps the whole list */
	if (m->timed_out)
		printf("  %2d %-36s predicted %.4f s %10llu B   killed at the time limit of %g s  undone\n", iter,
		       change ? change : "?", mv->pred_time_s, (unsigned long long)mv->pred_peak, t->limit_s);
	else
		printf("  %2d %-36s predicted %.4f s %10llu B   measured %.4f s %10llu B  %s\n", iter, change ? change : "?",
		       mv->pred_time_s, (unsigned long long)mv->pred_peak, m->time_s, (unsigned long long)m->peak,
		       kept ? "kept" : "undone");
	free(change);
	fflush(stdout);
	/* the table of the configuration tried */
	char path[4200], note[512];
	snprintf(path, sizeof path, "%s/iter%02d", t->dir, iter);
	mkdir(path, 0777);
	snprintf(path, sizeof path, "%s/iter%02d/table", t->dir, iter);
	snprintf(note, sizeof note, "iteration %d: predicted %.6f s %llu B, measured %.6f s %llu B", iter, mv->pred_time_s,
	         (unsigned long long)mv->pred_peak, m->time_s, (unsigned long long)m->peak);
	write_table(t, mv->config, path, note);
}

int cli_cmd_tune(int argc, char **argv)
{
	static const char usage[] =
	        "usage: stad tune FILES... --head 'name(deps)/(indeps)' [-o DIR] [--set n=..] [--driver main.c]\n"
	        "                 [--budget SIZE|Nx|Noff] [--strategy optimal|gain-first|memory-careful] [--random N]\n"
	        "                 [--exhaustive] [--repeat R] [--clock cpu|wall] [--table T] [--tol FRACTION] [--opt FLAGS]\n"
	        "                 [--lib FILE] [--link FILE] [--input NAME=LO:HI]... [--default-checkpoint on|off|auto]\n"
	        "                 [--jobs N] [--launcher 'CMD ARGS'] [--time-limit SECONDS] [--min-sample SECONDS]\n"
	        "                 [--repeat-until FRACTION] [--repeat-max N] [--point-runs N]\n"
	        "Measures the adjoint in its default configuration, then repeats profile → choose → measure.\n"
	        "--strategy optimal (default) searches every configuration (call sites on/off, BINOMIAL-CKP\n"
	        "snapshot counts) on the profile's exact peak and time model for the fastest one predicted\n"
	        "within the budget, measures it, keeps it if faster, and stops when nothing else is predicted\n"
	        "to gain more than --tol of the run time (default 0.01) or 3 predictions in a row measured\n"
	        "slower; gain-first and memory-careful switch one site per iteration (greedy). A configuration\n"
	        "predicted over the budget is never measured; when none fits, tune says so, writes the lowest\n"
	        "peak found as DIR/table and exits 1. --budget: bytes (64MiB), a multiple of the default's\n"
	        "peak (2x) or of the all-off peak (0.5off). Writes DIR/table (best configuration within the\n"
	        "budget), DIR/report.json and DIR/plot.svg; DIR keeps every measurement, so running again\n"
	        "resumes. Runs are timed in CPU time (--clock wall: by the monotonic clock); the profile's\n"
	        "times are scaled to that clock by its run's ratio of the two; every measured configuration,\n"
	        "random ones included, is also predicted, and the median prediction error printed.\n"
	        "--driver: your C main() calling the adjoint (timed as a whole unless it prints\n"
	        "'stad_time_s SECONDS', read with srt_clock_ns()). --opt: the flags the adjoint is built and measured with (default\n"
	        "-O2); the tuned configuration's gradient is checked against the\n"
	        "default configuration's built with -O0. The generated driver draws real inputs from\n"
	        "[0.5, 1.5), or from [LO, HI) for an argument given --input NAME=LO:HI (a model that needs its\n"
	        "inputs in a physical range). --default-checkpoint auto: the default is auto's configuration.\n"
	        "--jobs N: N runs at a time (builds, repeats, profiled runs, random and exhaustive points, the\n"
	        "side-by-side rounds; the loop's moves stay one after another), timed in CPU time; on one\n"
	        "machine they disturb each other. --launcher 'srun -n1 --exclusive': its words (split at\n"
	        "blanks, no shell) are put before every measured program; the driver must print stad_time_s.\n"
	        "--time-limit: a run is killed after this (default 10 s + 20 times the default's run; a profiled\n"
	        "run 10 times that); a\n"
	        "configuration killed is slower than the limit and never kept. --min-sample (0.05): when a run\n"
	        "of the generated driver is shorter, it calls the adjoint several times (reported).\n"
	        "--repeat-until FRACTION: after --repeat runs, a configuration the loop measures is run again\n"
	        "until the 95 % interval on its median is narrower than FRACTION of it, at most --repeat-max\n"
	        "runs (20); report.json gives each measurement's runs and its median by the other clock.\n"
	        "--point-runs N: each random or exhaustive point (and the default measured between them) N\n"
	        "times in N interleaved rounds, their median (default 1).\n" CLI_SOURCE_USAGE;
	CliOpts o;
	int rc = cli_parse(argc, argv,
	                   OPT_NEED_HEAD | OPT_HEAD | OPT_SET | OPT_TUNE | OPT_PLAN | OPT_OUT | OPT_TABLE | OPT_CKP | OPT_FORM |
	                           OPT_LINK,
	                   &o, usage);
	if (rc)
		return rc < 0 ? 0 : rc;
	if (o.launcher && (!o.launcher[strspn(o.launcher, " \t")] || strpbrk(o.launcher, "'\"\\`$;|&<>")))
		return cli_usage_error(&o, usage,
		                       "--launcher wants a command and its arguments separated by blanks, without quotes or "
		                       "shell characters (it is run without a shell), not '%s'",
		                       o.launcher);
	if (o.jobs > 1 && o.clock_wall && !o.launcher)
		return cli_usage_error(&o, usage,
		                       "--clock wall with --jobs %d: runs side by side on this machine stretch each other's "
		                       "wall time; use CPU time (the default), or a --launcher that runs them elsewhere",
		                       o.jobs);
	Tune *t = &tune_state;
	t->o = &o;
	t->st_time = -1;
	cli_kill_children_on_signal(); /* a stopped tune leaves no run behind */
	if (o.jobs > 1 && !o.launcher)
		fprintf(stderr,
		        "stad tune: warning: %d runs at a time on this machine disturb each other's timing (shared caches, "
		        "memory bandwidth, cores); they are timed in CPU time, and differences of a few per cent are noise\n",
		        o.jobs);
	t->dir = o.out ? o.out : "stad-tune";
	int st = dir_is_ours_or_new(t->dir);
	if (st <= 0) {
		fprintf(stderr, "stad tune: error: %s: %s\n", t->dir,
		        st < 0 ? "cannot create this folder"
		               : "the folder exists and was not written by stad tune; refusing to use it");
		return 1;
	}
	char path[4200], bdir[4000];
	static char absdir[4096];
	if (realpath(t->dir, absdir))
		t->dir = absdir; /* commands run from inside it */
	/* the measurements kept in DIR hold for one set of compiler flags only */
	snprintf(path, sizeof path, "%s/opt", t->dir);
	char was[512];
	const char *opt_was = NULL; /* the flags DIR's measurements were built with */
	if (cli_first_line(path, was, sizeof was))
		opt_was = was;
	else if (st == 2)
		opt_was = "-O2"; /* a folder from before --opt */
	if (opt_was && strcmp(opt_was, cli_opt_flags(&o)) != 0) {
		fprintf(stderr, "stad tune: error: %s holds measurements of code built with '%s', not '%s': use another folder\n",
		        t->dir, opt_was, cli_opt_flags(&o));
		return 1;
	}
	char optline[600];
	snprintf(optline, sizeof optline, "%s\n", cli_opt_flags(&o));
	write_text(path, optline);
	snprintf(path, sizeof path, "%s/.stad-tune", t->dir);
	write_text(path, "stad tune working folder\n");
	snprintf(bdir, sizeof bdir, "%s/build", t->dir);
	mkdir(bdir, 0777);
	/* build: plain and profiled adjoints with run-time sites, and the driver */
	static CliTranslation adj; /* until exit, as tune_state */
	CliTranslation prof;
	if (gen_adjoint(&o, bdir, "adjoint", 0, &adj) || gen_adjoint(&o, bdir, "adjoint_prof", 1, &prof))
		return 1;
	ir_program_free(prof.p);
	const AdResult res = adj.res;
	t->n = res.sites ? res.sites->n : 0;
	if (o.exhaustive && t->n > 16) {
		fprintf(stderr, "stad tune: --exhaustive is refused above 16 call sites (this tree has %d)\n", t->n);
		return 2;
	}
	t->ids = calloc((size_t)t->n + 1, sizeof *t->ids);
	t->defaults = calloc((size_t)t->n + 2, 1);
	t->isbin = calloc((size_t)t->n + 2, 1);
	t->fixed = calloc((size_t)t->n + 2, 1);
	for (int i = 0; i < t->n; i++) {
		t->isbin[i] = (char)res.sites->v[i]->is_binomial;
		/* (forced off here, unforced: it cannot be checkpointed, no toggle either) */
		t->fixed[i] = (char)(res.sites->v[i]->is_external || res.sites->v[i]->is_linsolve ||
		                     (res.sites->v[i]->why == WHY_FORCED && !res.sites->v[i]->on));
		t->ids[i] = xstrdup(res.sites->v[i]->id);
		t->defaults[i] = res.sites->v[i]->on ? '1' : '0';
	}
	const char *driver = o.driver;
	char dpath[4400];
	if (!driver) {
		snprintf(dpath, sizeof dpath, "%s/driver.c", bdir);
		CgDriver names = {.adjoint = adj.cname}; /* the adjoint run once on `stad check`'s inputs */
		if (cli_write_driver(&o, &res, &names, cg_tune_driver, dpath))
			return 1;
		driver = dpath;
	}
	char absdriver[4200];
	if (!realpath(driver, absdriver)) {
		fprintf(stderr, "stad tune: cannot read the driver '%s'\n", driver);
		return 1;
	}
	/* the measured builds at the user's level (--opt, default -O2); with the generated driver also
	 * a reference build at -O0, against which the tuned configuration's gradient is checked: an
	 * independent build, not one that may share an optimizer-dependent mistake (a false
	 * `restrict`, say) with the measured ones */
	static char ref[8800];
	CliArgv links = {0}; /* --link: built once, linked into every build */
	if (cli_build_links(&o, bdir, &links) || cli_copy_data(&o, t->dir))
		return 1; /* (--data: the measured programs run in DIR and read what stad check's read) */
	int compiling = 0, failed = 0;
	for (int pass = 0; pass < (o.driver ? 2 : 3); pass++) {
		static const char *exe[] = {"adjoint_run", "adjoint_prof", "adjoint_ref"};
		static const char *src[] = {"adjoint", "adjoint_prof", "adjoint"};
		char *dst = pass == 0 ? t->plain : pass == 1 ? t->prof : ref;
		snprintf(dst, sizeof t->plain, "%s/%s", bdir, exe[pass]);
		if (realpath(bdir, path))
			snprintf(dst, sizeof t->plain, "%s/%s", path, exe[pass]);
		CliArgv cmd = {0};
		snprintf(path, sizeof path, "%s.c", src[pass]);
		/* the driver, the adjoint, and what --link gives */
		const char **sources = calloc((size_t)links.n + 3, sizeof *sources);
		if (!sources)
			abort();
		sources[0] = absdriver;
		sources[1] = path;
		for (int i = 0; i < links.n; i++)
			sources[2 + i] = links.v[i];
		cli_argv_build(&cmd, pass == 2 ? "-O0" : cli_opt_flags(&o), exe[pass], sources);
		free(sources);
		CliRun how = {bdir, NULL, NULL, CLI_OUT_STDERR};
		/* the builds are independent: --jobs of them at a time */
		pid_t pid = cli_spawn(&cmd, &how, 0);
		cli_argv_free(&cmd);
		compiling += pid > 0;
		failed += pid <= 0;
		while (compiling && (compiling >= o.jobs || pass == (o.driver ? 1 : 2))) {
			int cs;
			struct rusage ru;
			if (cli_wait_any(&cs, &ru) < 0)
				break;
			compiling--;
			failed += cs != 0;
		}
	}
	if (failed) {
		fprintf(stderr, "stad tune: the adjoint did not compile with the driver\n");
		cli_argv_free(&links);
		return 1;
	}
	cli_argv_free(&links);
	load_cache(t);
	t->limit_s = o.time_limit;
	if (choose_calls(t) != 0)
		return 1;
	ProfMeas *base = measure(t, t->defaults, PROF_MEAS_TUNING, NULL);
	if (!base)
		return 1;
	if (base->timed_out) {
		fprintf(stderr, "stad tune: error: the default configuration passed the time limit of %g s (--time-limit)\n",
		        t->limit_s);
		return 1;
	}
	/* from here on a run may take at most 20 times the default's, and 10 s more */
	if (o.time_limit <= 0)
		t->limit_s = 10 + 20 * base->time_s * t->calls;
	const char *cur = t->defaults;
	double tprof = -1, tfile = -1;
	ProfData *d = t->n ? profile_of(t, cur, &tprof, &tfile) : NULL;
	fixed_from_profile(t, d);
	/* budget: bytes, or relative to the default configuration's peak (2x) or to the exact
	 * predicted peak with every call site off (0.5off) */
	uint64_t off_peak = base->peak;
	if (d && prof_peak_all_off(d, &off_peak) == 0)
		off_peak += base->rv_peak;
	t->off_peak = off_peak;
	t->budget = PROF_NO_BUDGET;
	if (o.budget && prof_parse_budget(o.budget, base->peak, off_peak, &t->budget) != 0) { /* syntax checked by cli_parse */
		fprintf(stderr,
		        "stad tune: bad budget '%s': more bytes than 64 bits hold (the default configuration's peak is %llu B)\n",
		        o.budget, (unsigned long long)base->peak);
		return 2;
	}
	ProfStrategy strategy = o.strategy < 0 ? PROF_OPTIMAL : (ProfStrategy)o.strategy;
	prof_tuner_init(&t->tuner, (size_t)t->n, strategy, t->budget, o.tol > 0 ? o.tol : 0.01);
	printf("stad tune: %s, %d call sites, strategy %s, budget %s", o.head, t->n, prof_strategy_name(strategy),
	       o.budget ? o.budget : "none");
	if (o.budget)
		printf(" (%llu B)", (unsigned long long)t->budget);
	printf("\n  default         time %.4f s  peak %llu B%s\n", base->time_s, (unsigned long long)base->peak,
	       base->peak > t->budget ? "  (over the budget)" : "");
	if (d)
		printf("  all off         peak %llu B (predicted)\n", (unsigned long long)off_peak);
	if (t->calls > 1)
		printf("  runs            %d adjoint calls per run, time per call (a run of one call is under --min-sample "
		       "%.0f ms)\n",
		       t->calls, 1e3 * o.min_sample);
	if (o.jobs > 1)
		printf("  jobs            %d runs at a time%s%s\n", o.jobs, o.launcher ? ", each started by " : "",
		       o.launcher ? o.launcher : "");
	fflush(stdout);
	/* the loop: profile the current configuration, let profile/ choose a move, measure it */
	int maxit = 4 * t->n + 8;
	/* What one profile event costs, measured once, on the default configuration. */
	t->tuner.time_scale = prof_time_scale(d, tfile);
	/* what an event costs inside the windows a switch removes: the profile's own empty gaps when
	 * it has checkpointed calls, else the run-wide average */
	t->tuner.ev_cost =
	        d && prof_event_gap(d) > 0 ? prof_event_gap(d) : prof_event_cost(d, tprof, base->time_s) / t->tuner.time_scale;
	if (d)
		printf("  profile         %zu events, %.1f ns each; %.2f %s s per profile s\n", prof_nevents(d),
		       t->tuner.ev_cost * 1e9, t->tuner.time_scale, o.clock_wall ? "wall" : "CPU");
	t->ev_cost0 = t->tuner.ev_cost;
	t->scale0 = t->tuner.time_scale;
	ProfTuneIO io = {t, loop_measure, loop_measured, loop_profile, loop_moved};
	int stop = prof_tune_loop(&t->tuner, &io, cur, d, tfile, maxit);
	if (stop == -1) {
		fprintf(stderr, "stad tune: out of memory\n");
		return 1;
	}
	if (stop == -2)
		return 1;
	if (stop == 1)
		printf("  stop: %s\n",
		       t->tuner.none_fits ? "no configuration is predicted within the budget"
		       : t->tuner.complete ? "nothing else is predicted to help"
		                           : "nothing the search met is predicted to help (it stopped at its limit)");
	if (t->tuner.nevals)
		printf("  search          %zu exact peaks predicted%s\n", t->tuner.nevals,
		       t->tuner.complete ? "" : " (the last search stopped at its limit: best found, not proven)");
	/* random and exhaustive configurations for the plane */
	/* random and exhaustive configurations for the plane: independent, --jobs at a time */
	if ((o.random > 0 || o.exhaustive) && t->n) {
		/* every combination of the sites that switch (a fixed one stays as it is) */
		int nfree = 0;
		for (int i = 0; i < t->n; i++)
			nfree += !t->fixed[i];
		int nx = o.exhaustive ? 1 << nfree : 0, nr = o.random > 0 ? o.random : 0;
		char **cfg = calloc((size_t)(nr + nx) + 1, sizeof *cfg);
		if (!cfg)
			abort();
		uint64_t state = 0x9E3779B97F4A7C15ULL;
		for (int r = 0; r < nr; r++) {
			cfg[r] = calloc((size_t)t->n + 1, 1);
			prof_config_random(&state, cfg[r], (size_t)t->n);
			for (int i = 0; i < t->n; i++)
				if (t->fixed[i])
					cfg[r][i] = t->defaults[i];
		}
		for (int c = 0; c < nx; c++) {
			char *b = cfg[nr + c] = calloc((size_t)t->n + 1, 1);
			for (int i = 0, k = 0; i < t->n; i++)
				b[i] = t->fixed[i] ? t->defaults[i] : (c >> k++) & 1 ? '1' : '0';
		}
		int bad = (nr && measure_many(t, (const char *const *)cfg, nr, PROF_MEAS_RANDOM, t->defaults)) ||
		        (nx && measure_many(t, (const char *const *)cfg + nr, nx, PROF_MEAS_EXHAUSTIVE, t->defaults));
		for (int i = 0; i < nr + nx; i++)
			free(cfg[i]);
		free(cfg);
		if (bad)
			return 1;
	}
	/* the random and exhaustive points predicted from the default's profile: the model's error
	 * on many configurations, not only on the few the loop chose */
	ProfData *d0 = NULL;
	if (t->n && t->nm > 1) {
		double x, y;
		d0 = profile_of(t, t->defaults, &x, &y);
	}
	t->byte_cost = t->tuner.byte_cost;
	t->rec_cost = t->tuner.rec_cost;
	t->err_prior = 0;
	if (d0 &&
	    prof_predict_points(d0, t->m, (size_t)t->nm, cached(t, t->defaults), t->scale0, t->tuner.rec_cost0, &t->tuner.fit,
	                        &t->rec_cost, &t->byte_cost, &t->err_prior) != 0)
		t->byte_cost = -1;
	int have_d0 = d0 != NULL;
	prof_free(d0);
	if (t->byte_cost < 0) {
		fprintf(stderr, "stad tune: out of memory\n");
		return 1;
	}
	{
		double med, mx;
		size_t nex, np = prof_meas_errors(t->m, (size_t)t->nm, &med, &mx, &nex);
		if (np)
			printf("  prediction      time error median %.1f %%, largest %.1f %% over %zu configurations; %zu of %zu peaks "
			       "exact\n",
			       100 * med, 100 * mx, np, nex, np);
		if (t->o->repeat_until > 0) {
			/* --repeat-until: how many runs the loop's measurements took */
			int nt = 0, lo = 0, hi = 0, capped = 0;
			for (int i = 0; i < t->nm; i++)
				if (t->m[i].nruns > 0 && t->m[i].kind == PROF_MEAS_TUNING) {
					int k = t->m[i].nruns;
					lo = nt && lo < k ? lo : k;
					hi = hi > k ? hi : k;
					capped += k >= t->o->repeat_max;
					nt++;
				}
			if (nt)
				printf("  repeats         %d to %d runs per configuration until the interval on the median was within "
				       "%.3g %% (%d of %d stopped at --repeat-max %d)\n",
				       lo, hi, 100 * t->o->repeat_until, capped, nt, t->o->repeat_max);
		}
		if (have_d0)
			printf("  recording cost  %.1f ns per event a switch stops recording (fitted; %.1f ns from the profile's "
			       "gaps: error median %.1f %% with it)\n",
			       1e9 * t->rec_cost, 1e9 * t->tuner.rec_cost0, 100 * t->err_prior);
		if (t->byte_cost > 0)
			printf("  tape term       %.3f ns per byte of peak above the profiled configuration's (fitted to the "
			       "measurements)\n",
			       1e9 * t->byte_cost);
	}
	/* best within the budget among the configurations the loop measured with --repeat runs
	 * (random and exhaustive points, measured once each, are for the plane) */
	base = cached(t, t->defaults);
	const ProfMeas *best = prof_meas_best(t->m, (size_t)t->nm, base, t->budget);
	if (!best)
		return no_fit(t, base);
	/* Re-measure the default and the best side by side, interleaved (load on the machine
	 * changes over a long run): the comparison reported is from these runs. */
	ProfCompare cmp = {base->time_s, best->time_s, base->time_s / fmax(best->time_s, 1e-12), 0, 0};
	if (best != base) {
		/* rounds of (default, best), side by side when --jobs allows: the same load for both;
		 * all off in the same rounds when it is predicted within the budget (the comparison
		 * default / all off / best; never a configuration predicted over it) */
		int rr = (t->o->repeat > 0 ? t->o->repeat : 3) + 2;
		char *offc = all_off_config(t);
		int k = t->n && strcmp(offc, base->config) && strcmp(offc, best->config) &&
		                (t->budget == PROF_NO_BUDGET || t->off_peak <= t->budget)
		        ? 3
		        : 2;
		double *ta = calloc((size_t)rr, sizeof *ta), *tb = calloc((size_t)rr, sizeof *tb),
		       *tc = calloc((size_t)rr, sizeof *tc);
		Run *runs = calloc((size_t)k * (size_t)rr, sizeof *runs);
		if (!ta || !tb || !tc || !runs)
			abort();
		for (int i = 0; i < k * rr; i++)
			runs[i] = (Run){t->plain, i % k == 0 ? base->config : i % k == 1 ? best->config : offc,
			                NULL,     NULL,
			                t->calls, i,
			                0,        0,
			                0,        0,
			                0};
		int okr = run_batch(t, runs, k * rr, NULL, NULL) == 0, okc = okr;
		for (int i = 0; i < k * rr; i++) {
			if (i % k == 2) {
				okc = okc && runs[i].status == 0;
				tc[i / k] = runs[i].time_s;
				continue;
			}
			okr = okr && runs[i].status == 0;
			(i % k ? tb : ta)[i / k] = runs[i].time_s;
		}
		if (okr)
			prof_compare(ta, tb, (size_t)rr, &cmp);
		if (k == 3 && okc) {
			qsort(tc, (size_t)rr, sizeof *tc, cmp_double);
			t->off_side_s = tc[rr / 2];
		}
		free(runs);
		free(ta);
		free(tb);
		free(tc);
		free(offc);
	}
	t->cmp = cmp;
	/* the best configuration must give the default's gradient */
	int grad_ok = -1;
	if (!o.driver) {
		char ga[4200], gb[4200], env[8600];
		double ts;
		uint64_t pk;
		snprintf(ga, sizeof ga, "%s/gradient.default", t->dir);
		snprintf(gb, sizeof gb, "%s/gradient.best", t->dir);
		snprintf(env, sizeof env, "STAD_GRAD=%s", ga);
		run_once(t, ref, t->defaults, env, 1, &ts, &pk); /* the -O0 build, default configuration */
		snprintf(env, sizeof env, "STAD_GRAD=%s", gb);
		run_once(t, t->plain, best->config, env, 1, &ts, &pk);
		grad_ok = same_gradient(ga, gb);
	}
	/* the best configuration as its table builds it (not with --link: its objects are gone) */
	double st_time = -1, st_dyn = -1;
	uint64_t st_peak = 0;
	int st_runs = 0;
	if (t->n && !o.nlinks &&
	    static_run(t, &o, bdir, absdriver, best->config, &st_time, &st_peak, &st_dyn, &st_runs) != 0)
		st_time = -1;
	t->st_time = st_time;
	t->st_peak = st_peak;
	snprintf(path, sizeof path, "%s/table", t->dir);
	char note[512];
	snprintf(note, sizeof note, "tuned by stad tune (%s): %.6f s, peak %llu B (default %.6f s, %llu B)",
	         prof_strategy_name(t->tuner.strategy), best->time_s, (unsigned long long)best->peak, base->time_s,
	         (unsigned long long)base->peak);
	write_table(t, best->config, path, note);
	snprintf(path, sizeof path, "%s/report.json", t->dir);
	write_report(t, base, best, path, grad_ok);
	snprintf(path, sizeof path, "%s/plot.svg", t->dir);
	write_plot(t, base, best, path);
	printf("  best            time %.4f s  peak %llu B  ", best->time_s, (unsigned long long)best->peak);
	if (best == base)
		printf("(the default)\n");
	else if (cmp.verdict > 0)
		printf("(%.2fx faster than the default, re-measured side by side: %.4f s vs %.4f s, noise %.0f %%)\n", cmp.ratio,
		       cmp.b_s, cmp.a_s, 100 * cmp.noise);
	else if (cmp.verdict < 0)
		printf("(slower than the default re-measured side by side: %.4f s vs %.4f s, noise %.0f %%)\n", cmp.b_s, cmp.a_s,
		       100 * cmp.noise);
	else
		printf("(re-measured side by side: %.4f s vs the default's %.4f s, a difference within the noise of %.0f %%)\n",
		       cmp.b_s, cmp.a_s, 100 * cmp.noise);
	if (t->off_side_s > 0)
		printf("  all off         time %.4f s  (re-measured in the same rounds)\n", t->off_side_s);
	if (st_time >= 0)
		printf("  built from the table  time %.4f s  peak %llu B  (medians of %d runs interleaved with the measured\n"
		       "                  build's, which ran %.4f s: it switches sites at run time and saves around each\n"
		       "                  call what a checkpointed one needs)\n",
		       st_time, (unsigned long long)st_peak, st_runs, st_dyn);
	if (grad_ok == 0) {
		fprintf(stderr,
		        "stad tune: error: the tuned configuration's gradient (built with %s) differs from the default "
		        "configuration's built with -O0\n",
		        cli_opt_flags(&o));
		return 1;
	}
	printf("  gradient of the best configuration: %s\n",
	       grad_ok > 0 ? "same as the default configuration's built with -O0" : "not checked (--driver)");
	printf("  wrote %s/table, %s/report.json, %s/plot.svg\n", t->dir, t->dir, t->dir);
	ir_program_free(adj.p);
	return 0;
}
