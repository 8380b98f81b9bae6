/*
 * stats.h — reading what a generated program reports at exit: the STAD_STATS file
 * (`key value` lines written by the runtime) and the measurement cache of `stad tune`
 * (DIR/measurements). Kept apart from tune.c so that the fuzz target fuzz_stats can run the
 * very code `stad tune` uses on files it did not write.
 */
#ifndef STAD_CLI_STATS_H
#define STAD_CLI_STATS_H

#include <stddef.h>
#include <stdint.h>

typedef struct CliStats {
	uint64_t peak_tape_bytes;    /* 0 when absent */
	uint64_t revolve_peak_bytes; /* 0 when absent */
	int nkeys;                   /* lines recognised */
} CliStats;

/* Parses a stats file image (any bytes; not NUL-terminated). Unknown keys and malformed lines
 * are skipped. */
void cli_stats_parse(const char *text, size_t len, CliStats *out);
/* The same from a file; 0, or -1 when it cannot be read (out is then zeroed). */
int cli_stats_read(const char *path, CliStats *out);

/* One line of the tune measurement cache: "BITS TIME PEAK KIND RVPEAK". Returns 1 and fills
 * the fields (bits is malloc'ed) for a well-formed line, else 0. */
int cli_meas_parse_line(const char *line, size_t len, char **bits, double *time_s, uint64_t *peak, int *kind, uint64_t *rv_peak);

#endif
