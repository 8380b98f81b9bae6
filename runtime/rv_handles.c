/*
 * rv_handles.c — revolve schedules by integer handle, for generated code: a BINOMIAL-CKP
 * loop opens a schedule, asks for actions, stores and restores its state in the slot of the
 * current action, and closes it. Handles nest (a time loop inside another one).
 */
#include "srt_int.h"
#include "stad_rt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Per open schedule: the slots' sizes (for the revolve memory in the stats) and which action
 * last stored into each slot (a new TAKESHOT replaces the slot's content). */
typedef struct Handle {
	SrtRevolve *r;
	int site;
	int nslots;
	uint64_t *bytes;
	long *serial;
	long action;
} Handle;

static Handle *open_;
static int nopen, capopen;

static Handle *get(int h)
{
	if (h < 0 || h >= nopen || !open_[h].r) {
		fprintf(stderr, "stad runtime: error: bad revolve handle %d\n", h);
		return NULL;
	}
	return &open_[h];
}

/* STAD_SNAPS="site=count,site=count": snapshot counts chosen at run time (stad tune). */
static int snaps_for(int site, int dflt)
{
	const char *e = getenv("STAD_SNAPS");
	if (!e || site < 0)
		return dflt;
	while (*e) {
		char *end;
		long s = strtol(e, &end, 10);
		if (end != e && *end == '=') {
			long v = strtol(end + 1, &end, 10);
			if (s == site && v >= 1 && v <= 1000000)
				return (int)v;
		}
		while (*end && *end != ',')
			end++;
		e = *end ? end + 1 : end;
	}
	return dflt;
}

int srt_rv_open_site(int nsteps, int nsnaps, int site)
{
	nsnaps = snaps_for(site, nsnaps < 1 ? 1 : nsnaps);
	int h = 0;
	while (h < nopen && open_[h].r)
		h++;
	if (h == capopen) {
		int cap = capopen ? capopen * 2 : 8;
		Handle *v = realloc(open_, sizeof *v * (size_t)cap);
		if (!v) {
			fprintf(stderr, "stad runtime: error: out of memory for a revolve schedule\n");
			return -1;
		}
		open_ = v;
		capopen = cap;
	}
	Handle *H = &open_[h];
	memset(H, 0, sizeof *H);
	H->r = srt_revolve_new(nsteps < 0 ? 0 : nsteps, nsnaps);
	H->site = site;
	H->nslots = nsnaps;
	H->bytes = calloc((size_t)nsnaps, sizeof *H->bytes);
	H->serial = calloc((size_t)nsnaps, sizeof *H->serial);
	if (h == nopen)
		nopen++;
	if (!H->r || !H->bytes || !H->serial)
		return -1;
	/* the profile learns the schedule's shape: snapshots, then the number of steps */
	srt_prof_event_v(SRT_EV_BIN_BEGIN, site, (uint64_t)nsnaps);
	srt_prof_event_v(SRT_EV_BIN_STEP, site, (uint64_t)(nsteps < 0 ? 0 : nsteps));
	return h;
}

int srt_rv_open(int nsteps, int nsnaps)
{
	return srt_rv_open_site(nsteps, nsnaps, -1);
}

int srt_rv_next(int h)
{
	Handle *H = get(h);
	if (!H)
		return SRT_RV_ERROR;
	H->action++;
	return srt_revolve_next(H->r);
}

int srt_rv_capo(int h)
{
	Handle *H = get(h);
	return H ? (int)srt_revolve_capo(H->r) : 0;
}

int srt_rv_oldcapo(int h)
{
	Handle *H = get(h);
	return H ? (int)srt_revolve_oldcapo(H->r) : 0;
}

int srt_rv_close(int h)
{
	Handle *H = get(h);
	if (!H)
		return -1;
	int steps = (int)srt_revolve_forward_steps(H->r);
	for (int i = 0; i < H->nslots; i++)
		srt_counters_.revolve_bytes -= H->bytes[i];
	if (H->site >= 0)
		srt_prof_event_v(SRT_EV_BIN_END, H->site, (uint64_t)steps);
	srt_revolve_free(H->r);
	free(H->bytes);
	free(H->serial);
	memset(H, 0, sizeof *H);
	return steps;
}

void srt_rv_store(int h, const void *p, size_t n)
{
	Handle *H = get(h);
	if (!H)
		return;
	int slot = srt_revolve_slot(H->r);
	if (slot >= 0 && slot < H->nslots) {
		if (H->serial[slot] != H->action) { /* a new TAKESHOT replaces the slot */
			srt_counters_.revolve_bytes -= H->bytes[slot];
			H->bytes[slot] = 0;
			H->serial[slot] = H->action;
		}
		H->bytes[slot] += n;
		srt_counters_.revolve_bytes += n;
		if (srt_counters_.revolve_bytes > srt_counters_.revolve_peak)
			srt_counters_.revolve_peak = srt_counters_.revolve_bytes;
	}
	srt_revolve_store(H->r, slot, p, n);
}

void srt_rv_restore(int h, void *p, size_t n)
{
	Handle *H = get(h);
	if (H)
		srt_revolve_restore(H->r, srt_revolve_slot(H->r), p, n);
}
