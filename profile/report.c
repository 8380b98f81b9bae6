/*
 * report.c — what `stad tune` writes after its loop: report.json (every move, measurement and
 * prediction, the comparison re-measured side by side) and plot.svg (time against peak, the
 * tuning path, the Pareto front, the budget). cli/tune.c fills a ProfTuneReport and opens the
 * files; tests/tune/run_tune.sh parses both.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "prof.h"

/* The measurement of config, or NULL. */
static const ProfMeas *measured(const ProfTuneReport *t, const char *config)
{
	for (int i = 0; i < t->nm; i++)
		if (!strcmp(t->m[i].config, config))
			return &t->m[i];
	return NULL;
}

/* plot.svg: run time against peak tape, both on log scales (configurations differ by factors),
 * every measured configuration, the tuning path, the Pareto front, the budget line; default, all
 * off (when measured) and best labelled; the legend outside the data, with the categories
 * present only. Tested by parsing it (tests/tune/run_tune.sh). */
void prof_report_svg(FILE *f, const ProfTuneReport *t, const ProfMeas *base, const ProfMeas *best)
{
	double tmin = 1e300, tmax = 0, pmin = 1e300, pmax = 0;
	int has[7] = {0};
	enum { K_DEFAULT, K_BEST, K_PATH, K_UNDONE, K_RANDOM, K_EXHAUSTIVE, K_FRONT };
	for (int i = 0; i < t->nm; i++) {
		if (t->m[i].timed_out || t->m[i].time_s <= 0 || t->m[i].peak == 0)
			continue; /* no peak, and a time that is only a bound: not in the plot */
		tmin = fmin(tmin, t->m[i].time_s);
		tmax = fmax(tmax, t->m[i].time_s);
		pmin = fmin(pmin, (double)t->m[i].peak);
		pmax = fmax(pmax, (double)t->m[i].peak);
		has[K_RANDOM] |= t->m[i].kind == PROF_MEAS_RANDOM;
		has[K_EXHAUSTIVE] |= t->m[i].kind == PROF_MEAS_EXHAUSTIVE;
	}
	if (tmax <= 0) { /* nothing measured with a peak: the default's point alone */
		tmin = tmax = base->time_s > 0 ? base->time_s : 1;
		pmin = pmax = base->peak ? (double)base->peak : 1;
	}
	if (t->budget != PROF_NO_BUDGET && t->budget > 0) {
		pmin = fmin(pmin, (double)t->budget);
		pmax = fmax(pmax, (double)t->budget);
	}
	/* log scales, a margin of 10 % of a factor (at least a factor of 1.5 in all) */
	double lt0 = log10(tmin), lt1 = log10(tmax), lp0 = log10(pmin), lp1 = log10(pmax);
	if (lt1 - lt0 < 0.18) {
		double c = 0.5 * (lt0 + lt1);
		lt0 = c - 0.09;
		lt1 = c + 0.09;
	}
	if (lp1 - lp0 < 0.18) {
		double c = 0.5 * (lp0 + lp1);
		lp0 = c - 0.09;
		lp1 = c + 0.09;
	}
	double mt = 0.06 * (lt1 - lt0), mp = 0.06 * (lp1 - lp0);
	lt0 -= mt;
	lt1 += mt;
	lp0 -= mp;
	lp1 += mp;
	/* the data area: L..PR x T..H-B; the legend to its right */
	double W = 820, H = 440, L = 80, PR = 600, T = 30, B = 50;
#define X(v) (L + (log10(v) - lt0) / (lt1 - lt0) * (PR - L))
#define Y(v) (H - B - (log10(v) - lp0) / (lp1 - lp0) * (H - T - B))
	fprintf(f,
	        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" font-family=\"sans-serif\" font-size=\"11\">\n",
	        W, H);
	fprintf(f, "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n");
	fprintf(f, "<text x=\"%.0f\" y=\"18\" font-size=\"13\">stad tune: run time vs peak tape (%s), log scales</text>\n", L,
	        prof_strategy_name(t->tuner.strategy));
	fprintf(f, "<g id=\"data\" data-x0=\"%.1f\" data-x1=\"%.1f\" data-y0=\"%.1f\" data-y1=\"%.1f\" data-scale=\"log\">\n", L,
	        PR, T, H - B);
	fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>\n", L, H - B, PR, H - B);
	fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>\n", L, T, L, H - B);
	for (int k = 0; k <= 4; k++) { /* ticks evenly spaced on the log scale */
		double tv = pow(10, lt0 + (lt1 - lt0) * k / 4), pv = pow(10, lp0 + (lp1 - lp0) * k / 4);
		fprintf(f, "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%.3g s</text>\n", X(tv), H - B + 16,
		        tv);
		fprintf(f, "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%.3g MiB</text>\n", L - 4, Y(pv) + 4,
		        pv / 1048576.0);
	}
	fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">adjoint run time</text>\n", (L + PR) / 2, H - 12);
	fprintf(f, "<text x=\"14\" y=\"%.1f\" transform=\"rotate(-90 14 %.1f)\" text-anchor=\"middle\">peak tape</text>\n",
	        (T + H - B) / 2, (T + H - B) / 2);
	if (t->budget != PROF_NO_BUDGET && t->budget > 0) {
		/* the label at the left end, above the line (point labels are right of their points) */
		double yb = Y((double)t->budget);
		fprintf(f,
		        "<line class=\"budget\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c00\" stroke-dasharray=\"6,4\"/>\n",
		        L, yb, PR, yb);
		fprintf(f, "<text class=\"budget\" x=\"%.1f\" y=\"%.1f\" fill=\"#c00\">budget %.3g MiB</text>\n", L + 4,
		        yb > T + 14 ? yb - 4 : yb + 12, (double)t->budget / 1048576.0);
	}
	for (int i = 0; i < t->nm; i++)
		if (t->m[i].kind && !t->m[i].timed_out && t->m[i].time_s > 0 && t->m[i].peak > 0)
			fprintf(f, "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>\n", X(t->m[i].time_s),
			        Y((double)t->m[i].peak), t->m[i].kind == PROF_MEAS_RANDOM ? "#999" : "#bbd");
	/* Pareto front of everything measured */
	const ProfMeas **front = calloc((size_t)t->nm + 1, sizeof *front);
	int nf = 0;
	for (int i = 0; front && i < t->nm; i++)
		if (prof_meas_pareto(t->m, (size_t)t->nm, (size_t)i) && t->m[i].time_s > 0 && t->m[i].peak > 0)
			front[nf++] = &t->m[i];
	for (int i = 0; i < nf; i++)
		for (int j = i + 1; j < nf; j++)
			if (front[j]->time_s < front[i]->time_s) {
				const ProfMeas *x = front[i];
				front[i] = front[j];
				front[j] = x;
			}
	if (nf > 1) {
		has[K_FRONT] = 1;
		fputs("<polyline fill=\"none\" stroke=\"#7a7\" stroke-width=\"1.5\" points=\"", f);
		for (int i = 0; i < nf; i++)
			fprintf(f, "%.1f,%.1f ", X(front[i]->time_s), Y((double)front[i]->peak));
		fputs("\"/>\n", f);
	}
	free(front);
	/* tuning path */
	fputs("<polyline fill=\"none\" stroke=\"#15c\" stroke-width=\"2\" points=\"", f);
	fprintf(f, "%.1f,%.1f ", X(base->time_s), Y((double)base->peak));
	for (int i = 0; i < t->nit; i++)
		if (t->it[i].accepted && t->it[i].meas_peak != UINT64_MAX)
			fprintf(f, "%.1f,%.1f ", X(t->it[i].meas_time), Y((double)t->it[i].meas_peak));
	fputs("\"/>\n", f);
	for (int i = 0; i < t->nit; i++)
		if (t->it[i].meas_peak != UINT64_MAX && t->it[i].meas_time > 0) {
			has[t->it[i].accepted ? K_PATH : K_UNDONE] = 1;
			fprintf(f, "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>\n",
			        X(t->it[i].meas_time), Y((double)t->it[i].meas_peak), t->it[i].accepted ? "#15c" : "#9bd");
		}
	/* the three labelled points: default above, best below, all off to the left */
	const ProfMeas *off = t->all_off;
	has[K_DEFAULT] = has[K_BEST] = 1;
	fprintf(f,
	        "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#c00\"/><text class=\"label\" x=\"%.1f\" "
	        "y=\"%.1f\">default</text>\n",
	        X(base->time_s), Y((double)base->peak), X(base->time_s) + 7, Y((double)base->peak) - 6);
	if (off && off != base && off != best)
		fprintf(f,
		        "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#a0a\"/><text class=\"label\" x=\"%.1f\" "
		        "y=\"%.1f\" text-anchor=\"end\">all off</text>\n",
		        X(off->time_s), Y((double)off->peak), X(off->time_s) - 7, Y((double)off->peak) + 4);
	fprintf(f,
	        "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#0a0\"/><text class=\"label\" x=\"%.1f\" "
	        "y=\"%.1f\">%s</text>\n",
	        X(best->time_s), Y((double)best->peak), X(best->time_s) + 7, Y((double)best->peak) + 15,
	        best == base ? "best (= default)" : "best");
	fputs("</g>\n", f);
	/* legend, right of the data, the categories present only */
	static const struct {
		const char *color, *label;
	} legend[] = {{"#c00", "default"},
	              {"#0a0", "best within budget"},
	              {"#15c", "tuning path (kept)"},
	              {"#9bd", "tried and undone"},
	              {"#999", "random configurations"},
	              {"#bbd", "exhaustive"},
	              {"#7a7", "Pareto front of all measured"}};
	double ly = T + 14;
	fprintf(f, "<g id=\"legend\">\n");
	for (int i = 0; i < 7; i++) {
		if (!has[i])
			continue;
		fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\">%s</text>\n",
		        PR + 24, ly - 4, legend[i].color, PR + 34, ly, legend[i].label);
		ly += 14;
	}
	if (off && off != base && off != best)
		fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#a0a\"/><text x=\"%.1f\" y=\"%.1f\">all off</text>\n",
		        PR + 24, ly - 4, PR + 34, ly);
	fputs("</g>\n</svg>\n", f);
#undef X
#undef Y
}

static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

void prof_report_json(FILE *f, const ProfTuneReport *t, const ProfMeas *base, const ProfMeas *best, int grad_ok)
{
	fprintf(f, "{\n  \"head\": ");
	json_str(f, t->head);
	fprintf(f, ",\n  \"strategy\": \"%s\",\n  \"budget_bytes\": ", prof_strategy_name(t->tuner.strategy));
	if (t->budget == PROF_NO_BUDGET)
		fputs("null", f);
	else
		fprintf(f, "%llu", (unsigned long long)t->budget);
	fprintf(f, ",\n  \"sites\": [");
	for (int i = 0; i < t->n; i++) {
		fputs(i ? ", " : "", f);
		json_str(f, t->ids[i]);
	}
	fprintf(f, "],\n  \"calls_per_run\": %d,\n  \"jobs\": %d,\n  \"launcher\": ", t->calls, t->jobs);
	if (t->launcher)
		json_str(f, t->launcher);
	else
		fputs("null", f);
	fprintf(f, ",\n  \"baseline\": {\"config\": \"%s\", \"time_s\": %.9f, \"peak_bytes\": %llu},\n", base->config,
	        base->time_s, (unsigned long long)base->peak);
	fputs("  \"iterations\": [", f);
	double errt = 0, errp = 0;
	for (int i = 0; i < t->nit; i++) {
		const ProfTuneStep *it = &t->it[i];
		char *c = prof_move_text(&it->move, (const char *const *)t->ids);
		fprintf(f, "%s\n    {\"change\": ", i ? "," : "");
		json_str(f, c ? c : "?");
		free(c);
		fprintf(f,
		        ", \"predicted\": {\"time_s\": %.9f, \"peak_bytes\": %llu}, \"measured\": {\"time_s\": %.9f, "
		        "\"peak_bytes\": %llu}, \"accepted\": %s, \"config\": \"%s\"",
		        it->move.pred_time_s, (unsigned long long)it->move.pred_peak, it->meas_time,
		        (unsigned long long)it->meas_peak, it->accepted ? "true" : "false", it->move.config);
		const ProfMeas *mm = measured(t, it->move.config);
		if (mm && mm->lo_s > 0)
			fprintf(f, ", \"measured_range_s\": [%.9f, %.9f]", mm->lo_s, mm->hi_s);
		fputc('}', f);
		errt += fabs(it->move.pred_time_s - it->meas_time) / fmax(it->meas_time, 1e-12);
		errp += fabs((double)it->move.pred_peak - (double)it->meas_peak) / fmax((double)it->meas_peak, 1);
	}
	fputs("\n  ],\n", f);
	fprintf(f, "  \"all_off_peak_predicted\": %llu,\n", (unsigned long long)t->off_peak);
	fprintf(f, "  \"search\": {\"exact_peaks\": %zu, \"proven\": %s},\n", t->tuner.nevals,
	        t->tuner.strategy == PROF_OPTIMAL && t->tuner.complete ? "true" : "false");
	fprintf(f, "  \"fits\": %s,\n", best ? "true" : "false");
	char offs[64] = "null"; /* all off in the side-by-side rounds */
	if (t->off_side_s > 0)
		snprintf(offs, sizeof offs, "%.9f", t->off_side_s);
	if (best) {
		fprintf(f, "  \"best\": {\"config\": \"%s\", \"time_s\": %.9f, \"peak_bytes\": %llu},\n", best->config,
		        best->time_s, (unsigned long long)best->peak);
		fprintf(f, "  \"speedup\": %.4f,\n", t->cmp.ratio);
		fprintf(f,
		        "  \"remeasured\": {\"default_time_s\": %.9f, \"best_time_s\": %.9f, \"noise\": %.4f, \"verdict\": "
		        "\"%s\", \"all_off_time_s\": %s},\n",
		        t->cmp.a_s, t->cmp.b_s, t->cmp.noise,
		        best == base                 ? "default"
		                : t->cmp.verdict > 0 ? "faster"
		                : t->cmp.verdict < 0 ? "slower"
		                                     : "within noise",
		        offs);
	} else {
		const ProfMeas *low = prof_meas_lowest(t->m, (size_t)t->nm);
		fputs("  \"best\": null,\n", f);
		if (low)
			fprintf(f, "  \"lowest_measured\": {\"config\": \"%s\", \"time_s\": %.9f, \"peak_bytes\": %llu},\n",
			        low->config, low->time_s, (unsigned long long)low->peak);
		if (t->tuner.lowest.config)
			fprintf(f, "  \"lowest_predicted\": {\"config\": \"%s\", \"time_s\": %.9f, \"peak_bytes\": %llu},\n",
			        t->tuner.lowest.config, t->tuner.lowest.pred_time_s,
			        (unsigned long long)t->tuner.lowest.pred_peak);
	}
	fprintf(f, "  \"mean_prediction_error\": {\"time\": %.4f, \"peak\": %.6f},\n", t->nit ? errt / t->nit : 0,
	        t->nit ? errp / t->nit : 0);
	if (t->st_time >= 0)
		fprintf(f, "  \"best_from_table\": {\"time_s\": %.9f, \"peak_bytes\": %llu},\n", t->st_time,
		        (unsigned long long)t->st_peak);
	fprintf(f, "  \"gradient_check\": %s,\n", grad_ok > 0 ? "\"ok\"" : grad_ok == 0 ? "\"MISMATCH\"" : "\"skipped\"");
	{
		double med, mx;
		size_t nex, np = prof_meas_errors(t->m, (size_t)t->nm, &med, &mx, &nex);
		fprintf(f,
		        "  \"prediction_error\": {\"time_median\": %.4f, \"time_max\": %.4f, \"n\": %zu, \"peaks_exact\": %zu, "
		        "\"clock\": \"%s\", \"time_scale\": %.6f, \"ev_cost_s\": %.3e, \"byte_cost_s\": %.3e, "
		        "\"rec_cost_s\": %.3e, \"rec_cost_prior_s\": %.3e, \"time_median_prior\": %.4f},\n",
		        med, mx, np, nex, t->clock_wall ? "wall" : "cpu", t->scale0, t->ev_cost0, t->byte_cost, t->rec_cost,
		        t->rec_cost0, t->err_prior);
	}
	fputs("  \"measurements\": [", f);
	for (int i = 0; i < t->nm; i++) {
		fprintf(f,
		        "%s\n    {\"config\": \"%s\", \"kind\": \"%s\", \"time_s\": %.9f, \"peak_bytes\": %llu, \"pareto\": %s",
		        i ? "," : "", t->m[i].config,
		        t->m[i].kind == 1           ? "random"
		                : t->m[i].kind == 2 ? "exhaustive"
		                                    : "tuning",
		        t->m[i].time_s, (unsigned long long)t->m[i].peak,
		        prof_meas_pareto(t->m, (size_t)t->nm, (size_t)i) ? "true" : "false");
		if (t->m[i].timed_out)
			fputs(", \"timed_out\": true", f);
		if (t->m[i].anchor_s > 0)
			fprintf(f, ", \"anchor_s\": %.9f", t->m[i].anchor_s);
		if (t->m[i].lo_s > 0) /* the interval of its runs (the tuning path: --repeat of them) */
			fprintf(f, ", \"runs_range_s\": [%.9f, %.9f]", t->m[i].lo_s, t->m[i].hi_s);
		if (t->m[i].nruns > 0) /* how many runs, and their median by the other clock */
			fprintf(f, ", \"runs\": %d, \"%s_s\": %.9f", t->m[i].nruns, t->clock_wall ? "cpu" : "wall",
			        t->m[i].other_s);
		if (t->m[i].has_pred)
			fprintf(f, ", \"predicted\": {\"time_s\": %.9f, \"peak_bytes\": %llu}", t->m[i].pred_time_s,
			        (unsigned long long)t->m[i].pred_peak);
		fputc('}', f);
	}
	fputs("\n  ]\n}\n", f);
}
