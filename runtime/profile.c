/*
 * profile.c — the profile recorder: events of runtime/PROFILE_FORMAT.md (version 1), encoded
 * as varints into a list of 1 MiB chunks as they happen and written at exit (or on request).
 *
 * Why encode at once: an event then costs a clock read and ~8 bytes of memory, so ten million
 * events fit in well under 100 MB and the recorder disturbs the timings it measures as little
 * as possible. Each event stores deltas (time, tape size) against the previous event and the
 * tape's high-water mark since then, which is reset here: the hot push path keeps it with one
 * compare, and no peak between two events is lost.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "srt_int.h"

enum { PROF_CHUNK = 1 << 20, PROF_EVENT_MAX = 64 }; /* an event takes at most 46 bytes */

typedef struct ProfChunk {
	struct ProfChunk *next;
	size_t len;
	unsigned char data[PROF_CHUNK];
} ProfChunk;

static struct {
	int on; /* sites registered */
	int nsites;
	char **ids;
	int *kinds;
	int *ckp;
	ProfChunk *head, *tail;
	uint64_t nevents;
	uint64_t t0, tprev; /* profile start, previous event (ns) */
	size_t tape_prev;   /* tape size at the previous event */
	int unwritten;      /* events recorded since the last write */
} P;

static unsigned char *put_uv(unsigned char *p, uint64_t v)
{
	while (v >= 0x80) {
		*p++ = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	*p++ = (unsigned char)v;
	return p;
}

static void prof_free_events(void)
{
	ProfChunk *c = P.head;
	while (c) {
		ProfChunk *n = c->next;
		free(c);
		c = n;
	}
	P.head = P.tail = NULL;
	P.nevents = 0;
	P.unwritten = 0;
}

/* Restart the clock and the deltas from the current tape state. */
static void prof_restart(void)
{
	SrtTapeHot *t = &srt_tape_hot_;
	P.t0 = P.tprev = srt_clock_ns_();
	P.tape_prev = 0; /* deltas start from an empty tape: sums give absolute sizes */
	if (t->hwm > t->peak)
		t->peak = t->hwm;
	t->hwm = t->bytes;
}

void srt_prof_reset_(void)
{
	prof_free_events();
	if (P.on) {
		P.unwritten = 1;
		prof_restart();
	}
}

static void prof_free_sites(void)
{
	for (int i = 0; i < P.nsites; i++)
		free(P.ids[i]);
	free(P.ids);
	free(P.kinds);
	free(P.ckp);
	P.ids = NULL;
	P.kinds = P.ckp = NULL;
	P.nsites = 0;
	P.on = 0;
}

static int same_table(int nsites, const char *const *ids, const int *kinds, const int *ckp)
{
	if (!P.on || nsites != P.nsites)
		return 0;
	for (int i = 0; i < nsites; i++) {
		if (strcmp(ids[i] ? ids[i] : "", P.ids[i]) != 0)
			return 0;
		if ((kinds ? kinds[i] : SRT_SITE_CALL) != P.kinds[i])
			return 0;
		if ((ckp ? (ckp[i] != 0) : 1) != P.ckp[i])
			return 0;
	}
	return 1;
}

void srt_prof_register_sites(int nsites, const char *const *ids, const int *kinds, const int *checkpointed)
{
	if (nsites < 0 || (nsites > 0 && !ids)) {
		srt_fail_(SRT_ERR_USAGE, "srt_prof_register_sites: bad site table (nsites %d)", nsites);
		return;
	}
	if (same_table(nsites, ids, kinds, checkpointed))
		return;
	srt_init();
	prof_free_sites();
	prof_free_events();
	size_t n = nsites > 0 ? (size_t)nsites : 1;
	P.ids = calloc(n, sizeof *P.ids);
	P.kinds = calloc(n, sizeof *P.kinds);
	P.ckp = calloc(n, sizeof *P.ckp);
	if (!P.ids || !P.kinds || !P.ckp)
		goto nomem;
	P.nsites = nsites;
	for (int i = 0; i < nsites; i++) {
		const char *id = ids[i] ? ids[i] : "";
		size_t len = strlen(id);
		P.ids[i] = malloc(len + 1);
		if (!P.ids[i])
			goto nomem;
		memcpy(P.ids[i], id, len + 1);
		P.kinds[i] = kinds ? kinds[i] : SRT_SITE_CALL;
		P.ckp[i] = checkpointed ? (checkpointed[i] != 0) : 1;
	}
	P.on = 1;
	P.unwritten = 1; /* a registered program writes a profile at exit, even an empty one */
	prof_restart();
	return;
nomem:
	prof_free_sites();
	srt_fail_(SRT_ERR_NOMEM, "out of memory registering %d profile sites", nsites);
}

int srt_prof_active(void)
{
	return P.on;
}
uint64_t srt_prof_nevents(void)
{
	return P.nevents;
}

static void prof_record(int kind, int site, int has_value, uint64_t value)
{
	SrtTapeHot *t = &srt_tape_hot_;
	uint64_t now;
	unsigned char *p;
	int64_t dtape;

	if (kind < SRT_EV_SNAP_WRITE_BEGIN || kind > SRT_EV_BIN_STEP || site < 0 || site > P.nsites) {
		srt_fail_(SRT_ERR_USAGE,
		          "profile event of kind %d at site %d is out of range "
		          "(%d sites; dropped)",
		          kind, site, P.nsites);
		return;
	}
	if (!P.tail || PROF_CHUNK - P.tail->len < PROF_EVENT_MAX) {
		ProfChunk *c = malloc(sizeof *c);
		if (!c) {
			srt_fail_(SRT_ERR_NOMEM, "out of memory recording profile event %llu", (unsigned long long)P.nevents);
			return;
		}
		c->next = NULL;
		c->len = 0;
		if (P.tail)
			P.tail->next = c;
		else
			P.head = c;
		P.tail = c;
	}
	now = srt_clock_ns_();
	p = P.tail->data + P.tail->len;
	*p++ = (unsigned char)(kind | (has_value ? 0x80 : 0));
	p = put_uv(p, (uint64_t)site);
	p = put_uv(p, now - P.tprev);
	dtape = (int64_t)t->bytes - (int64_t)P.tape_prev;
	p = put_uv(p, ((uint64_t)dtape << 1) ^ (uint64_t)(dtape >> 63)); /* zig-zag */
	p = put_uv(p, (uint64_t)(t->hwm - t->bytes));
	if (has_value)
		p = put_uv(p, value);
	P.tail->len = (size_t)(p - P.tail->data);
	P.tprev = now;
	P.tape_prev = t->bytes;
	if (t->hwm > t->peak)
		t->peak = t->hwm;
	t->hwm = t->bytes;
	P.nevents++;
	P.unwritten = 1;
}

void srt_prof_event(int kind, int site)
{
	if (P.on)
		prof_record(kind, site, 0, 0);
}

void srt_prof_event_v(int kind, int site, uint64_t value)
{
	if (P.on)
		prof_record(kind, site, 1, value);
}

static int prof_put_uv(FILE *f, uint64_t v)
{
	unsigned char buf[10];
	size_t n = (size_t)(put_uv(buf, v) - buf);
	return fwrite(buf, 1, n, f) == n ? 0 : -1;
}

static int prof_write_file(void *file, void *ctx)
{
	FILE *f = file;
	uint64_t total = *(const uint64_t *)ctx;
	int err = 0;

	err |= fwrite("STADPROF", 1, 8, f) != 8;
	err |= prof_put_uv(f, 1); /* version */
	err |= prof_put_uv(f, 1); /* clock resolution, ns */
	err |= prof_put_uv(f, (uint64_t)P.nsites);
	for (int i = 0; i < P.nsites; i++) {
		size_t len = strlen(P.ids[i]);
		err |= prof_put_uv(f, (uint64_t)P.kinds[i]);
		err |= prof_put_uv(f, len);
		err |= fwrite(P.ids[i], 1, len, f) != len;
		err |= prof_put_uv(f, (uint64_t)P.ckp[i]);
	}
	for (ProfChunk *c = P.head; c; c = c->next)
		err |= fwrite(c->data, 1, c->len, f) != c->len;
	err |= fputc(0, f) == EOF; /* end marker */
	err |= prof_put_uv(f, P.nevents);
	err |= prof_put_uv(f, (uint64_t)srt_tape_peak());
	err |= prof_put_uv(f, total);
	err |= fwrite("STADEND1", 1, 8, f) != 8;
	return err ? -1 : 0;
}

int srt_prof_write(const char *path)
{
	/* total_time_ns: from the profile start to this write. */
	uint64_t total = srt_clock_ns_() - P.t0;
	if (!P.on) {
		srt_fail_(SRT_ERR_USAGE, "srt_prof_write(%s): no profile sites registered", path);
		return -1;
	}
	if (srt_write_atomic_(path, prof_write_file, &total) != 0) {
		srt_fail_(SRT_ERR_IO, "cannot write the profile %s: %s", path, strerror(errno));
		return -1;
	}
	P.unwritten = 0;
	return 0;
}

void srt_prof_at_exit_(void)
{
	const char *path = getenv("STAD_PROFILE");
	if (!P.on || !P.unwritten)
		return;
	srt_prof_write(path && *path ? path : "stad.prof");
}
