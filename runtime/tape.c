/*
 * tape.c — the tape (a byte LIFO in a doubly linked list of chunks), call-site snapshots, the
 * sticky error, run statistics and the at-exit writer.
 *
 * Why chunks: the tape grows without ever copying what it holds. Chunks emptied by pops stay
 * allocated and are reused by the next pushes: an adjoint run pushes and pops the same depths
 * over and over (and a driver may repeat whole runs), and handing the memory back to the
 * system would make every push into it pay a page fault again (measured: ~50 ns per 128-byte
 * push on fresh pages, ~5 ns on reused ones). srt_tape_trim() gives the unused chunks back.
 * The tape is a byte stream: a value may straddle two chunks, so sizes are exact
 * and no byte is wasted at chunk ends. The inline fast paths live in stad_rt.h; this file has
 * the slow paths taken at a chunk boundary.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "srt_int.h"

typedef struct SrtChunk {
	struct SrtChunk *prev, *next;
	size_t cap; /* bytes in data[] */
	unsigned char data[];
} SrtChunk;

/* An empty, valid range for the hot pointers before the first chunk exists, so that the
 * inline tests (end - top, top - base) never subtract null pointers. */
static unsigned char srt_no_chunk_[1];

SrtTapeHot srt_tape_hot_ = {srt_no_chunk_, srt_no_chunk_, srt_no_chunk_, 0, 0, 0, 0};
SrtCounters srt_counters_;

static struct {
	SrtChunk *cur;      /* chunk holding the top of the tape (NULL before the first) */
	size_t chunk_bytes; /* capacity of chunks allocated from now on */
	int inited;
	int error; /* first SrtError, sticky */
	char message[256];
	unsigned long nerrors;
	size_t *snap_begin; /* tape size at each open srt_snap_write_begin (a stack) */
	int nsnap, capsnap;
} T = {NULL, (size_t)1 << 20, 0, 0, "", 0, NULL, 0, 0};

/* ------------------------------------------------------------------ errors */

void srt_fail_(int code, const char *fmt, ...)
{
	const char *abort_env;
	T.nerrors++;
	if (T.error != SRT_OK)
		return;
	T.error = code;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(T.message, sizeof T.message, fmt, ap);
	va_end(ap);
	fprintf(stderr, "stad runtime: error: %s\n", T.message);
	fflush(stderr);
	abort_env = getenv("STAD_RT_ABORT");
	if (abort_env && *abort_env && strcmp(abort_env, "0") != 0)
		abort();
}

int srt_error(void)
{
	return T.error;
}
const char *srt_error_message(void)
{
	return T.message;
}

/* ------------------------------------------------------------------ init, exit, reset */

static void srt_at_exit(void)
{
	const char *stats = getenv("STAD_STATS");
	if (stats && *stats)
		srt_stats_write(stats);
	srt_prof_at_exit_();
}

void srt_init(void)
{
	if (T.inited)
		return;
	T.inited = 1;
	atexit(srt_at_exit);
}

uint64_t srt_clock_ns_(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void srt_free_chunks_after(SrtChunk *c)
{
	SrtChunk *n = c ? c->next : NULL;
	if (c)
		c->next = NULL;
	while (n) {
		SrtChunk *next = n->next;
		free(n);
		n = next;
	}
}

/* Rewinds the tape to empty. Keeps the chunks for reuse. */
static void srt_tape_clear(void)
{
	SrtTapeHot *t = &srt_tape_hot_;
	SrtChunk *first = T.cur;
	while (first && first->prev)
		first = first->prev;
	T.cur = first;
	if (first) {
		t->base = t->top = first->data;
		t->end = first->data + first->cap;
	} else {
		t->base = t->top = t->end = srt_no_chunk_;
	}
	t->bytes = t->hwm = t->traffic = t->peak = 0;
	T.nsnap = 0;
}

void srt_reset(void)
{
	srt_tape_clear();
	memset(&srt_counters_, 0, sizeof srt_counters_);
	T.error = SRT_OK;
	T.message[0] = '\0';
	T.nerrors = 0;
	srt_prof_reset_();
}

int srt_tape_set_chunk_bytes(size_t nbytes)
{
	SrtChunk *first;
	if (srt_tape_hot_.bytes != 0)
		return -1;
	if (nbytes < 16)
		nbytes = 16;
	T.chunk_bytes = nbytes;
	/* Release the existing chunks so the new size applies at once. */
	first = T.cur;
	while (first && first->prev)
		first = first->prev;
	srt_free_chunks_after(first);
	free(first);
	T.cur = NULL;
	srt_tape_hot_.base = srt_tape_hot_.top = srt_tape_hot_.end = srt_no_chunk_;
	return 0;
}

void srt_tape_trim(void)
{
	srt_free_chunks_after(T.cur);
}

/* ------------------------------------------------------------------ tape slow paths */

static void srt_enter_chunk(SrtChunk *c, unsigned char *top)
{
	T.cur = c;
	srt_tape_hot_.base = c->data;
	srt_tape_hot_.end = c->data + c->cap;
	srt_tape_hot_.top = top;
}

/* The chunk after the current one: the kept spare, or a new one. NULL if out of memory. */
static SrtChunk *srt_next_chunk(void)
{
	SrtChunk *c;
	if (T.cur && T.cur->next)
		return T.cur->next;
	if (!T.inited)
		srt_init();
	c = malloc(sizeof *c + T.chunk_bytes);
	if (!c)
		return NULL;
	c->cap = T.chunk_bytes;
	c->prev = T.cur;
	c->next = NULL;
	if (T.cur)
		T.cur->next = c;
	return c;
}

void srt_push_slow_(const void *p, size_t n)
{
	SrtTapeHot *t = &srt_tape_hot_;
	const unsigned char *src = p;
	SrtChunk *start_chunk = T.cur;
	unsigned char *start_top = t->top;
	size_t left = n;

	for (;;) {
		size_t room = (size_t)(t->end - t->top);
		size_t k = left < room ? left : room;
		if (k) {
			memcpy(t->top, src, k);
			t->top += k;
			src += k;
			left -= k;
		}
		if (left == 0)
			break;
		SrtChunk *c = srt_next_chunk();
		if (!c) {
			/* Undo the partial copy: a push is all or nothing. */
			if (start_chunk)
				srt_enter_chunk(start_chunk, start_top);
			else
				t->base = t->top = t->end = srt_no_chunk_;
			srt_fail_(SRT_ERR_NOMEM,
			          "out of memory growing the tape past %zu bytes (a push of %zu bytes "
			          "was dropped)",
			          t->bytes, n);
			return;
		}
		srt_enter_chunk(c, c->data);
	}
	t->bytes += n;
	t->traffic += n;
	if (t->bytes > t->hwm)
		t->hwm = t->bytes;
}

void srt_pop_slow_(void *p, size_t n)
{
	SrtTapeHot *t = &srt_tape_hot_;
	unsigned char *dst = (unsigned char *)p + n; /* filled from the end backwards */
	size_t left = n;

	if (n > t->bytes) {
		memset(p, 0, n);
		srt_fail_(SRT_ERR_UNDERFLOW, "tape underflow: popping %zu bytes from a tape holding %zu (zeros returned)", n,
		          t->bytes);
		return;
	}
	for (;;) {
		size_t have = (size_t)(t->top - t->base);
		size_t k = left < have ? left : have;
		if (k) {
			t->top -= k;
			dst -= k;
			memcpy(dst, t->top, k);
			left -= k;
		}
		if (left == 0)
			break;
		/* Step back into the previous (full) chunk; the current one stays for reuse. */
		SrtChunk *c = T.cur;
		srt_enter_chunk(c->prev, c->prev->data + c->prev->cap);
	}
	t->bytes -= n;
}

size_t srt_tape_peak(void)
{
	const SrtTapeHot *t = &srt_tape_hot_;
	return t->peak > t->hwm ? t->peak : t->hwm;
}

/* ------------------------------------------------------------------ call-site snapshots */

void srt_snap_write_begin(int site)
{
	if (T.nsnap == T.capsnap) {
		int cap = T.capsnap ? 2 * T.capsnap : 8;
		size_t *s = realloc(T.snap_begin, (size_t)cap * sizeof *s);
		if (!s) {
			srt_fail_(SRT_ERR_NOMEM, "out of memory opening the snapshot of site %d", site);
			return;
		}
		T.snap_begin = s;
		T.capsnap = cap;
	}
	srt_prof_event(SRT_EV_SNAP_WRITE_BEGIN, site);
	T.snap_begin[T.nsnap++] = srt_tape_hot_.bytes;
}

void srt_snap_write_end(int site)
{
	size_t now = srt_tape_hot_.bytes, n = 0;
	if (T.nsnap == 0) {
		srt_fail_(SRT_ERR_USAGE, "srt_snap_write_end(%d) without srt_snap_write_begin", site);
	} else {
		size_t begin = T.snap_begin[--T.nsnap];
		n = now >= begin ? now - begin : 0;
		srt_counters_.snapshot_bytes += n;
		srt_counters_.snapshot_count++;
	}
	srt_prof_event_v(SRT_EV_SNAP_WRITE_END, site, n);
}

void srt_snap_read_begin(int site)
{
	srt_prof_event(SRT_EV_SNAP_READ_BEGIN, site);
}
void srt_snap_read_end(int site)
{
	srt_prof_event(SRT_EV_SNAP_READ_END, site);
}

/* ------------------------------------------------------------------ statistics */

uint64_t srt_snapshot_bytes(void)
{
	return srt_counters_.snapshot_bytes;
}
uint64_t srt_snapshot_count(void)
{
	return srt_counters_.snapshot_count;
}
uint64_t srt_forward_steps(void)
{
	return srt_counters_.forward_steps;
}

int srt_write_atomic_(const char *path, SrtWriteFn fn, void *ctx)
{
	size_t len = strlen(path);
	char *tmp = malloc(len + 5);
	FILE *f;
	int ok;
	if (!tmp)
		return -1;
	memcpy(tmp, path, len);
	memcpy(tmp + len, ".tmp", 5);
	f = fopen(tmp, "wb");
	if (!f) {
		free(tmp);
		return -1;
	}
	ok = fn(f, ctx) == 0;
	ok = (fflush(f) == 0) && ok && !ferror(f);
	ok = (fclose(f) == 0) && ok;
	if (ok && rename(tmp, path) != 0)
		ok = 0;
	if (!ok) {
		int saved = errno;
		remove(tmp);
		errno = saved;
	}
	free(tmp);
	return ok ? 0 : -1;
}

static int srt_stats_lines(void *file, void *ctx)
{
	FILE *f = file;
	(void)ctx;
	fprintf(f, "peak_tape_bytes %llu\n", (unsigned long long)srt_tape_peak());
	fprintf(f, "tape_traffic_bytes %llu\n", (unsigned long long)srt_tape_hot_.traffic);
	fprintf(f, "snapshot_bytes %llu\n", (unsigned long long)srt_counters_.snapshot_bytes);
	fprintf(f, "snapshot_count %llu\n", (unsigned long long)srt_counters_.snapshot_count);
	fprintf(f, "forward_steps %llu\n", (unsigned long long)srt_counters_.forward_steps);
	fprintf(f, "revolve_peak_bytes %llu\n", (unsigned long long)srt_counters_.revolve_peak);
	return 0;
}

int srt_stats_write(const char *path)
{
	if (srt_write_atomic_(path, srt_stats_lines, NULL) != 0) {
		srt_fail_(SRT_ERR_IO, "cannot write the stats file %s: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}
