/*
 * cmd.c — `stad profile`: reads a profile, predicts every switch, orders the sites by a
 * strategy, prints the result as a table (or JSON), and can write the suggested switches into
 * a toggle table, merged with an existing one.
 *
 *   stad profile PROFILE [--table T] [--budget SIZE] [--strategy gain-first|memory-careful]
 *                [--json] [--write-table T]
 *
 * The options are parsed in cli/ (cli/commands.c), as every other command's. Exit status 0, 1
 * for user errors (unreadable or corrupt files, a table stad did not write). Times are printed
 * in the unit that keeps three significant digits, so a gain of a few microseconds is never
 * printed as 0.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "prof_int.h"
#include "prof_table.h"

/* ---------------------------------------------------------------- formatting */

/* Three significant digits in the unit that keeps them. */
static void fmt_scaled(char *buf, size_t n, double v, const char *const *unitv, const double *scale, int nunits, int sign)
{
	double a = v < 0 ? -v : v;
	int u = 0;
	while (u + 1 < nunits && a >= scale[u + 1] * 0.9995)
		u++;
	double x = a / scale[u];
	int prec = u == 0 || x >= 100 ? 0 : x >= 10 ? 1 : 2;
	const char *sg = sign ? (v < 0 ? "-" : v > 0 ? "+" : "") : (v < 0 ? "-" : "");
	snprintf(buf, n, "%s%.*f %s", sg, prec, x, unitv[u]);
}

static void fmt_bytes(char *buf, size_t n, double v, int sign)
{
	static const char *const u[] = {"B", "KiB", "MiB", "GiB", "TiB"};
	static const double sc[] = {1.0, 1024.0, 1048576.0, 1073741824.0, 1099511627776.0};
	fmt_scaled(buf, n, v, u, sc, 5, sign);
}

static void fmt_time(char *buf, size_t n, double s, int sign)
{
	static const char *const u[] = {"ns", "us", "ms", "s"};
	static const double sc[] = {1e-9, 1e-6, 1e-3, 1.0};
	if (s == 0) {
		snprintf(buf, n, "0 s");
		return;
	}
	fmt_scaled(buf, n, s, u, sc, 4, sign);
}

static void json_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

static const char *reason_name(int r)
{
	switch (r) {
	case PROF_FREE: return "free win";
	case PROF_REPAIR: return "over budget";
	case PROF_GAIN: return "time gain";
	}
	return "";
}

static const char *reason_id(int r) /* the same, for JSON */
{
	switch (r) {
	case PROF_FREE: return "free-win";
	case PROF_REPAIR: return "over-budget";
	case PROF_GAIN: return "time-gain";
	}
	return "";
}

static const char *plural(uint64_t n)
{
	return n == 1 ? "" : "s";
}

static const char *state_name(const ProfPrediction *p)
{
	if (p->fixed)
		return "fixed";
	if (!p->toggleable)
		return "loop";
	return p->on ? "on" : "off";
}

/* ---------------------------------------------------------------- reports */

typedef struct Report {
	const ProfCmd *o;
	const ProfData *d;
	const ProfPrediction *pred;
	const ProfPlan *plan;
	const ProfCalib *calib;
	const ProfTable *table;
	ProfStrategy strategy;
	uint64_t budget;
	const char *written; /* table written, or NULL */
} Report;

/* Line of the site's entry in --table: >0, -1 (set in memory), 0 (no entry). */
static int table_line(const Report *r, const char *id)
{
	const ProfTableEntry *e = r->table ? prof_table_find(r->table, id) : NULL;
	return e ? (e->line ? e->line : -1) : 0;
}

static const char *fits(const Report *r, const ProfPrediction *p)
{
	if (!p->toggleable || !p->ninstances)
		return "-";
	return p->peak <= r->budget ? "yes" : "no";
}

static void print_text(const Report *r)
{
	const ProfData *d = r->d;
	const ProfPlan *pl = r->plan;
	const ProfCalib *cb = r->calib;
	char a[32], b[32], c[32];
	int w = 4, any_est = 0;
	for (size_t s = 0; s < d->nsites; s++)
		if ((int)strlen(d->sites[s].id) > w)
			w = (int)strlen(d->sites[s].id);

	fmt_bytes(a, sizeof a, (double)d->peak, 0);
	fmt_time(b, sizeof b, 1e-9 * (double)d->total_ns, 0);
	printf("profile:  %s (%zu site%s, %zu events, peak tape %s, run %s)\n", r->o->profile, d->nsites, plural(d->nsites),
	       d->nevents, a, b);
	if (r->budget == PROF_NO_BUDGET) {
		printf("budget:   none; strategy %s\n", prof_strategy_name(r->strategy));
	} else {
		fmt_bytes(a, sizeof a, (double)r->budget, 0);
		printf("budget:   %s (%s); strategy %s\n", a, r->o->budget, prof_strategy_name(r->strategy));
	}
	if (cb->from_profile)
		printf("estimates for switching on: primal run = %.2f x forward sweep, snapshots "
		       "written at %.3g GB/s and read at %.3g GB/s (measured on %llu checkpointed "
		       "call%s)\n",
		       cb->primal_factor, cb->write_bps * 1e-9, cb->read_bps * 1e-9, (unsigned long long)cb->ninstances_on,
		       plural(cb->ninstances_on));
	else
		printf("estimates for switching on: primal run = %.2f x forward sweep, snapshots at "
		       "%.3g GB/s (defaults: no checkpointed call in this profile)\n",
		       cb->primal_factor, cb->write_bps * 1e-9);
	printf("\n%3s  %-*s  %-5s  %7s  %12s  %10s  %11s  %-4s  %s\n", "#", w, "site", "state", "calls", "time change",
	       "new peak", "peak change", "fits", "suggest");
	for (size_t k = 0; k < d->nsites; k++) {
		const ProfPrediction *p = &r->pred[pl->order[k]];
		int ran = p->toggleable && p->ninstances;
		char t[40], sugg[64], from[32] = "";
		if (ran) {
			fmt_time(a, sizeof a, p->dtime_s, 1);
			snprintf(t, sizeof t, "%s%s", a, p->time_estimated ? "~" : " ");
			any_est |= p->time_estimated;
			fmt_bytes(b, sizeof b, (double)p->peak, 0);
			fmt_bytes(c, sizeof c, (double)p->dpeak, 1);
		} else {
			snprintf(t, sizeof t, "- ");
			snprintf(b, sizeof b, "-");
			snprintf(c, sizeof c, "-");
		}
		if (pl->flip[p->site])
			snprintf(sugg, sizeof sugg, "%s (%s)", p->on ? "off" : "on", reason_name(pl->reason[p->site]));
		else
			snprintf(sugg, sizeof sugg, "-");
		int line = table_line(r, p->id);
		if (line > 0)
			snprintf(from, sizeof from, "  [table line %d]", line);
		printf("%3zu  %-*s  %-5s  %7llu  %12s  %10s  %11s  %-4s  %s%s\n", k + 1, w, p->id, state_name(p),
		       (unsigned long long)p->ninstances, t, b, c, fits(r, p), sugg, from);
	}
	printf("\n");
	if (any_est)
		printf("~ estimated: switching a checkpoint on adds a primal run and a snapshot, which "
		       "this profile did not measure.\n");
	if (r->budget != PROF_NO_BUDGET)
		printf("fits: the switch alone keeps the peak within the budget; the suggestion is "
		       "checked as a whole.\n");
	size_t nbin = 0;
	for (size_t s = 0; s < d->nsites; s++)
		nbin += d->sites[s].kind != PROF_SITE_CALL;
	if (nbin)
		printf("peaks are the tape's: the snapshots of the %zu BINOMIAL-CKP loop%s come on top (the profile does not "
		       "size them; stad tune counts them from its measurements, and so does its budget).\n",
		       nbin, plural(nbin));
	fmt_time(a, sizeof a, pl->dtime_s, 1);
	fmt_bytes(b, sizeof b, (double)pl->peak, 0);
	fmt_bytes(c, sizeof c, (double)pl->peak - (double)d->peak, 1);
	if (pl->nflips == 0)
		printf("suggestion: no switch is predicted to help%s.\n",
		       d->peak > r->budget ? " (and the peak is over the budget)" : "");
	else
		printf("suggestion: %zu switch%s, predicted time %s, peak %s (%s)%s\n", pl->nflips, pl->nflips == 1 ? "" : "es",
		       a, b, c,
		       r->budget == PROF_NO_BUDGET     ? ""
		               : pl->peak <= r->budget ? ", within the budget"
		                                       : ", still over the budget");
	if (r->written)
		printf("wrote %s\n", r->written);
}

static void print_json(const Report *r)
{
	const ProfData *d = r->d;
	const ProfPlan *pl = r->plan;
	const ProfCalib *cb = r->calib;
	FILE *f = stdout;
	fprintf(f, "{\n  \"profile\": ");
	json_string(f, r->o->profile);
	fprintf(f, ",\n  \"sites\": %zu,\n  \"events\": %zu,\n  \"run_time_s\": %.9g,\n", d->nsites, d->nevents,
	        1e-9 * (double)d->total_ns);
	fprintf(f, "  \"peak_bytes\": %llu,\n  \"budget_bytes\": ", (unsigned long long)d->peak);
	if (r->budget == PROF_NO_BUDGET)
		fprintf(f, "null");
	else
		fprintf(f, "%llu", (unsigned long long)r->budget);
	fprintf(f, ",\n  \"strategy\": \"%s\",\n", prof_strategy_name(r->strategy));
	fprintf(f,
	        "  \"calibration\": {\"primal_factor\": %.9g, \"write_bytes_per_s\": %.9g, "
	        "\"read_bytes_per_s\": %.9g, \"checkpointed_calls\": %llu, \"from_profile\": %s},\n",
	        cb->primal_factor, cb->write_bps, cb->read_bps, (unsigned long long)cb->ninstances_on,
	        cb->from_profile ? "true" : "false");
	fprintf(f, "  \"ranking\": [");
	for (size_t k = 0; k < d->nsites; k++) {
		const ProfPrediction *p = &r->pred[pl->order[k]];
		int ran = p->toggleable && p->ninstances, line = table_line(r, p->id);
		fprintf(f, "%s\n    {\"rank\": %zu, \"site\": ", k ? "," : "", k + 1);
		json_string(f, p->id);
		fprintf(f, ", \"state\": \"%s\", \"instances\": %llu, ", state_name(p), (unsigned long long)p->ninstances);
		if (ran)
			fprintf(f,
			        "\"dtime_s\": %.9g, \"time_estimated\": %s, \"peak_bytes\": %llu, "
			        "\"dpeak_bytes\": %lld, \"fits_budget\": %s, ",
			        p->dtime_s, p->time_estimated ? "true" : "false", (unsigned long long)p->peak,
			        (long long)p->dpeak, p->peak <= r->budget ? "true" : "false");
		else
			fprintf(f,
			        "\"dtime_s\": null, \"time_estimated\": false, \"peak_bytes\": null, "
			        "\"dpeak_bytes\": null, \"fits_budget\": null, ");
		fprintf(f, "\"snapshot_bytes\": %llu, \"tape_bytes\": %llu, \"suggest\": ", (unsigned long long)p->snap_bytes,
		        (unsigned long long)p->tape_bytes);
		if (pl->flip[p->site])
			fprintf(f, "\"%s\", \"reason\": \"%s\"", p->on ? "off" : "on", reason_id(pl->reason[p->site]));
		else
			fprintf(f, "null, \"reason\": null");
		if (line > 0)
			fprintf(f, ", \"table_line\": %d}", line);
		else
			fprintf(f, ", \"table_line\": null}");
	}
	fprintf(f, "\n  ],\n  \"suggestion\": {\"switches\": [");
	for (size_t k = 0, m = 0; k < d->nsites; k++) {
		const ProfPrediction *p = &r->pred[pl->order[k]];
		if (!pl->flip[p->site])
			continue;
		fprintf(f, "%s{\"site\": ", m++ ? ", " : "");
		json_string(f, p->id);
		fprintf(f, ", \"state\": \"%s\"}", p->on ? "off" : "on");
	}
	fprintf(f, "], \"dtime_s\": %.9g, \"peak_bytes\": %llu, \"fits_budget\": %s},\n", pl->dtime_s,
	        (unsigned long long)pl->peak, pl->peak <= r->budget ? "true" : "false");
	fprintf(f, "  \"written_table\": ");
	if (r->written)
		json_string(f, r->written);
	else
		fprintf(f, "null");
	fprintf(f, "\n}\n");
}

/* ---------------------------------------------------------------- the command */

/* Warns about --table entries the profile does not know or recorded in the other state. */
static void check_table(const ProfTable *t, const char *path, const ProfData *d)
{
	for (size_t i = 0; i < t->n; i++) {
		const ProfTableEntry *e = &t->v[i];
		size_t s = prof_site_find(d, e->id);
		if (s == PROF_NONE)
			fprintf(stderr, "%s:%d: warning: site '%s' is not in the profile; kept as it is\n", path, e->line, e->id);
		else if (d->sites[s].kind == PROF_SITE_CALL && d->sites[s].on != e->on)
			fprintf(stderr,
			        "%s:%d: warning: site '%s' is %s in the table but was %s in the "
			        "profiled build; the predictions start from the profiled state\n",
			        path, e->line, e->id, e->on ? "on" : "off", d->sites[s].on ? "on" : "off");
	}
}

/* The table to write: --table's entries, with the suggested switches set. */
static ProfTable *merged_table(const ProfTable *old, const ProfData *d, const ProfPrediction *pred, const ProfPlan *pl)
{
	ProfTable *t = prof_table_new();
	if (!t)
		return NULL;
	for (size_t i = 0; old && i < old->n; i++)
		if (prof_table_set(t, old->v[i].id, old->v[i].on, old->v[i].comment))
			goto oom;
	for (size_t k = 0; k < d->nsites; k++) {
		const ProfPrediction *p = &pred[pl->order[k]];
		char comment[128], a[32], b[32];
		if (!pl->flip[p->site])
			continue;
		fmt_time(a, sizeof a, p->dtime_s, 1);
		fmt_bytes(b, sizeof b, (double)p->dpeak, 1);
		snprintf(comment, sizeof comment, "stad profile: %s%s, peak %s", a, p->time_estimated ? " (estimated)" : "", b);
		if (prof_table_set(t, p->id, !p->on, comment))
			goto oom;
	}
	return t;
oom:
	prof_table_free(t);
	return NULL;
}

int prof_cmd_profile(const ProfCmd *c)
{
	const ProfCmd o = *c;
	char err[1024];
	int rc;
	ProfStrategy strategy = o.strategy;

	ProfData *d = prof_read(o.profile, err, sizeof err);
	if (!d) {
		fprintf(stderr, "stad profile: error: %s\n", err);
		return 1;
	}
	uint64_t budget = PROF_NO_BUDGET, off_peak = d->peak;
	if (o.budget && prof_peak_all_off(d, &off_peak)) {
		fprintf(stderr, "stad profile: out of memory\n");
		prof_free(d);
		return 1;
	}
	if (o.budget && prof_parse_budget(o.budget, d->peak, off_peak, &budget)) { /* its syntax is checked in cli/ */
		fprintf(stderr, "stad profile: bad budget '%s': more bytes than 64 bits hold (the measured peak is %llu B)\n",
		        o.budget, (unsigned long long)d->peak);
		prof_free(d);
		return 2;
	}
	ProfTable *table = NULL;
	if (o.table) {
		table = prof_table_read(o.table, err, sizeof err);
		if (!table) {
			fprintf(stderr, "%s\n", err);
			prof_free(d);
			return 1;
		}
		check_table(table, o.table, d);
	}

	ProfPrediction *pred = calloc(d->nsites ? d->nsites : 1, sizeof *pred);
	ProfPlan plan;
	ProfCalib calib;
	memset(&plan, 0, sizeof plan);
	rc = 1;
	if (!pred || prof_predict(d, pred) || prof_plan(d, pred, strategy, budget, &plan)) {
		fprintf(stderr, "stad profile: error: out of memory\n");
		goto done;
	}
	prof_calibration(d, &calib);

	Report r = {&o, d, pred, &plan, &calib, table, strategy, budget, NULL};
	if (o.write_table) {
		ProfTable *t = merged_table(table, d, pred, &plan);
		if (!t) {
			fprintf(stderr, "stad profile: error: out of memory\n");
			goto done;
		}
		int bad = prof_table_write(t, o.write_table, err, sizeof err);
		prof_table_free(t);
		if (bad) {
			fprintf(stderr, "stad profile: error: %s\n", err);
			goto done;
		}
		r.written = o.write_table;
	}
	if (o.json)
		print_json(&r);
	else
		print_text(&r);
	rc = 0;
done:
	prof_plan_free(&plan);
	free(pred);
	prof_table_free(table);
	prof_free(d);
	return rc;
}
