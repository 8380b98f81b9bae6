/*
 * sites.c — call-site states decided at run time, for the tune loop: one binary serves every
 * configuration, chosen by the STAD_SITES environment variable.
 */
#define _POSIX_C_SOURCE 200809L
#include "srt_int.h"
#include "stad_rt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

unsigned char *srt_site_state_ = NULL;
static int *site_ints;
static int nsites_;

const int *srt_sites_init(int n, const int *defaults)
{
	if (n <= 0)
		return NULL;
	if (nsites_ != n) {
		free(srt_site_state_);
		free(site_ints);
		srt_site_state_ = calloc((size_t)n, 1);
		site_ints = calloc((size_t)n, sizeof *site_ints);
		nsites_ = srt_site_state_ && site_ints ? n : 0;
		if (!nsites_) {
			fprintf(stderr, "stad runtime: error: out of memory for %d site states\n", n);
			free(srt_site_state_);
			srt_site_state_ = NULL;
			return NULL;
		}
	}
	for (int i = 0; i < n; i++)
		srt_site_state_[i] = defaults ? (defaults[i] != 0) : 1;
	const char *env = getenv("STAD_SITES");
	if (env) {
		if ((int)strlen(env) != n || strspn(env, "01") != (size_t)n) {
			static int warned;
			if (!warned++)
				fprintf(stderr, "stad runtime: STAD_SITES must be %d characters '0'/'1'; ignored\n", n);
		} else {
			for (int i = 0; i < n; i++)
				srt_site_state_[i] = env[i] == '1';
		}
	}
	for (int i = 0; i < n; i++)
		site_ints[i] = srt_site_state_[i];
	return site_ints;
}

/* The drivers' clock: monotonic (wall) time, or the process's CPU time when STAD_CLOCK=cpu (what
 * `stad tune` measures with on a shared machine: other processes' load stretches wall time, not
 * the CPU time of a single-threaded run). The profile's events keep the cheap monotonic clock: a
 * CPU-time read is a system call (about 1 µs), too slow for every event. */
uint64_t srt_clock_ns(void)
{
	static int cpu = -1;
	if (cpu < 0) {
		const char *c = getenv("STAD_CLOCK");
		cpu = c && !strcmp(c, "cpu");
	}
	if (!cpu)
		return srt_clock_ns_();
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}
