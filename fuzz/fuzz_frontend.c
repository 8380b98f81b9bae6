/*
 * fuzz_frontend.c — the libFuzzer target for the frontend (scanner, parser, sema).
 *
 * Every input is parsed twice, as free form and as fixed form (so one corpus of ordinary
 * Fortran files feeds both paths), and sema runs whenever the parse was clean — the same
 * order as `stad diff`. A clean sema must leave IR that ir_verify accepts; anything else is
 * an internal fault and aborts, so the fuzzer reports it. Diagnostics are the frontend's
 * normal output, not a failure, and are thrown away (see fuzz_silence_diagnostics).
 *
 * The same entry point runs without libFuzzer in fuzz/replay.c, over the seed corpus and
 * the saved crash reproducers, as part of the default CTest run.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "frontend.h"
#include "ir.h"
#include "sema.h"

#include "fuzz_frontend.h"

/* One parse of the whole input in one form, then sema if the parse was clean. */
static void run_one(const uint8_t *data, size_t size, int form, int line_length)
{
	IrProgram *p = ir_program_new();
	FeOptions opt = {0};
	opt.form = form;
	opt.line_length = line_length;
	const char *name = form == FE_FORM_FIXED ? "fuzz.f" : "fuzz.f90";
	int errs = fe_parse_string(p, name, (const char *)data, size, &opt);
	if (!errs && fe_sema(p) == 0 && ir_verify(p) != 0) {
		fprintf(stderr, "fuzz: clean sema left IR that fails ir_verify\n");
		abort();
	}
	ir_program_free(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* Fixed form also at the other line lengths stad accepts (--line-length), chosen by the
	 * input's size so every input still maps to one deterministic run. */
	static const int fixed_lengths[] = {0, 132, -1};
	run_one(data, size, FE_FORM_FREE, 0);
	run_one(data, size, FE_FORM_FIXED, fixed_lengths[size % 3]);
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_silence_diagnostics();
	return 0;
}
