/*
 * fuzz_readers.c — libFuzzer targets for the files stad reads besides Fortran, one per build
 * (fuzz/CMakeLists.txt defines one of these):
 *
 *   FUZZ_READER_PROFILE  the binary profile (prof_read_mem: format and structure checks), and
 *                        on a profile it accepts, the cost model and both strategies, as
 *                        `stad profile` runs them;
 *   FUZZ_READER_TABLE    the toggle table, by both readers: profile/table_io.c
 *                        (prof_table_parse, then format and parse again: the text written must
 *                        read back to the same entries) and checkpoint/sites.c
 *                        (ckp_table_parse, with located diagnostics);
 *   FUZZ_READER_STATS    the STAD_STATS file and the tune measurement cache (cli/stats.c).
 *
 * Rejections are normal results; a crash, a leak, a sanitizer report or a broken round trip
 * is a finding. fuzz/replay.c runs the same entry points over fuzz/corpus_NAME/ and
 * fuzz/crashes/NAME/ in the default CTest run.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_frontend.h"

#if defined(FUZZ_READER_PROFILE)
#include "prof.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[512];
	ProfData *d = prof_read_mem(data, size, "fuzz.prof", err, sizeof err);
	if (!d)
		return 0;
	/* walk what the reader promises: sites, events, instances */
	for (size_t i = 0; i < prof_nsites(d); i++) {
		const ProfSite *s = prof_site(d, i);
		if (!s || prof_site_find(d, s->id) == PROF_NONE)
			abort();
		(void)prof_ninstances(d, i);
	}
	for (size_t i = 0; i < prof_nevents(d); i++)
		if (!prof_event(d, i))
			abort();
	(void)prof_peak(d);
	(void)prof_total_time_ns(d);
	size_t n = prof_nsites(d);
	ProfPrediction *pred = calloc(n ? n : 1, sizeof *pred);
	if (pred && prof_predict(d, pred) == 0) {
		ProfStrategy strategies[2];
		prof_parse_strategy("gain-first", &strategies[0]);
		prof_parse_strategy("memory-careful", &strategies[1]);
		uint64_t budget = prof_peak(d) + (prof_peak(d) >> 1) + 1;
		for (int k = 0; k < 2; k++) {
			ProfPlan plan;
			if (prof_plan(d, pred, strategies[k], budget, &plan) == 0)
				prof_plan_free(&plan);
		}
		ProfCalib calib;
		prof_calibration(d, &calib);
	}
	free(pred);
	prof_free(d);
	return 0;
}

#elif defined(FUZZ_READER_TABLE)
#include "ckp.h"
#include "ir.h"
#include "prof_table.h"

static void check_same(const ProfTable *a, const ProfTable *b)
{
	if (a->n != b->n)
		abort();
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->v[i].id, b->v[i].id) || a->v[i].on != b->v[i].on)
			abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[512];
	ProfTable *t = prof_table_parse((const char *)data, size, "fuzz.table", err, sizeof err);
	if (t) {
		size_t len;
		char *text = prof_table_format(t, &len);
		if (text) {
			ProfTable *u = prof_table_parse(text, len, "fuzz.table", err, sizeof err);
			if (!u) {
				fprintf(stderr, "fuzz: a formatted table does not read back: %s\n", err);
				abort();
			}
			check_same(t, u);
			prof_table_free(u);
			free(text);
		}
		prof_table_free(t);
	}
	char *copy = malloc(size + 1);
	if (!copy)
		abort();
	memcpy(copy, data, size);
	copy[size] = 0;
	IrProgram *prog = ir_program_new();
	(void)ckp_table_parse(prog, "fuzz.table", copy);
	ir_program_free(prog);
	return 0;
}

#elif defined(FUZZ_READER_STATS)
#include "stats.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	CliStats st;
	cli_stats_parse((const char *)data, size, &st);
	/* every line of the input as a measurement-cache line */
	const char *p = (const char *)data, *end = p + size;
	while (p < end) {
		const char *e = memchr(p, '\n', (size_t)(end - p));
		if (!e)
			e = end;
		char *bits;
		double ts;
		uint64_t pk, rv;
		int kind;
		if (cli_meas_parse_line(p, (size_t)(e - p), &bits, &ts, &pk, &kind, &rv)) {
			if (strlen(bits) > (size_t)(e - p) || kind < 0 || kind > 2 || !(ts >= 0))
				abort();
			free(bits);
		}
		p = e < end ? e + 1 : end;
	}
	return 0;
}

#else
#error "define FUZZ_READER_PROFILE, FUZZ_READER_TABLE or FUZZ_READER_STATS"
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_silence_diagnostics();
	return 0;
}
