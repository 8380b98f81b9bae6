/*
 * rv_handles.c — revolve schedules by integer handle, for generated code: a BINOMIAL-CKP
 * loop opens a schedule, asks for actions, stores and restores its state in the slot of the
 * current action, and closes it. Handles nest (a time loop inside another one).
 */
#include "stad_rt.h"

#include <stdio.h>
#include <stdlib.h>

static SrtRevolve **open_;
static int nopen, capopen;

static SrtRevolve *get(int h)
{
	if (h < 0 || h >= nopen || !open_[h]) {
		fprintf(stderr, "stad runtime: error: bad revolve handle %d\n", h);
		return NULL;
	}
	return open_[h];
}

int srt_rv_open(int nsteps, int nsnaps)
{
	int h = 0;
	while (h < nopen && open_[h])
		h++;
	if (h == capopen) {
		int cap = capopen ? capopen * 2 : 8;
		SrtRevolve **v = realloc(open_, sizeof *v * (size_t)cap);
		if (!v) {
			fprintf(stderr, "stad runtime: error: out of memory for a revolve schedule\n");
			return -1;
		}
		open_ = v;
		capopen = cap;
	}
	open_[h] = srt_revolve_new(nsteps < 0 ? 0 : nsteps, nsnaps < 1 ? 1 : nsnaps);
	if (h == nopen)
		nopen++;
	return open_[h] ? h : -1;
}

int srt_rv_next(int h)
{
	SrtRevolve *r = get(h);
	return r ? srt_revolve_next(r) : SRT_RV_ERROR;
}

int srt_rv_capo(int h)
{
	SrtRevolve *r = get(h);
	return r ? (int)srt_revolve_capo(r) : 0;
}

int srt_rv_oldcapo(int h)
{
	SrtRevolve *r = get(h);
	return r ? (int)srt_revolve_oldcapo(r) : 0;
}

int srt_rv_close(int h)
{
	SrtRevolve *r = get(h);
	if (!r)
		return -1;
	int steps = (int)srt_revolve_forward_steps(r);
	srt_revolve_free(r);
	open_[h] = NULL;
	return steps;
}

void srt_rv_store(int h, const void *p, size_t n)
{
	SrtRevolve *r = get(h);
	if (r)
		srt_revolve_store(r, srt_revolve_slot(r), p, n);
}

void srt_rv_restore(int h, void *p, size_t n)
{
	SrtRevolve *r = get(h);
	if (r)
		srt_revolve_restore(r, srt_revolve_slot(r), p, n);
}
