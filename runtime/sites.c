/*
 * sites.c — call-site states decided at run time, for the tune loop: one binary serves every
 * configuration, chosen by the STAD_SITES environment variable.
 */
#include "srt_int.h"
#include "stad_rt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

uint64_t srt_clock_ns(void)
{
	return srt_clock_ns_();
}
