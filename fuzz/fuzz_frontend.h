/*
 * fuzz_frontend.h — the frontend fuzz entry point, shared by the libFuzzer build and the
 * replay program (fuzz/replay.c).
 */
#ifndef STAD_FUZZ_FRONTEND_H
#define STAD_FUZZ_FRONTEND_H

#include <stddef.h>
#include <stdint.h>

/* Parse data as free form and as fixed form, sema when clean, free everything. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
/* Silences the frontend's diagnostics (stderr) for the rest of the run. */
int LLVMFuzzerInitialize(int *argc, char ***argv);
/* The part of LLVMFuzzerInitialize that throws diagnostics away (unless
 * STAD_FUZZ_VERBOSE is set in the environment). */
void fuzz_silence_diagnostics(void);

#endif
