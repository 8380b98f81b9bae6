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
#include <sys/stat.h>
#include <time.h>

#include "srt_int.h"
#include "srt_size.h"

typedef struct SrtChunk {
	struct SrtChunk *prev, *next;
	size_t cap;          /* bytes at data */
	unsigned char *data; /* NULL: no memory (spilled, or a spare above the top) */
	uint64_t index;      /* place from the bottom of the tape: its offset in the spill file */
	int on_disk;         /* the spill file holds what data would hold */
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
	/* Spilling ($STAD_TAPE_LIMIT, srt_tape_set_limit): at most nmem chunk buffers exist, one
	 * of them possibly in flight to or from the file; the chunks lo..cur have memory, those
	 * below lo are on disk. ahead is the chunk being read ahead (lo then), if any. */
	size_t limit; /* 0: no limit */
	int nmem;
	SrtChunk *lo, *ahead;
} T = {NULL, (size_t)1 << 20, 0, 0, "", 0, NULL, 0, 0, 0, 0, NULL, NULL};

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
	const char *lim = getenv("STAD_TAPE_LIMIT");
	uint64_t bytes;
	if (lim && *lim) {
		if (srt_size_parse(lim, &bytes) != 0 || bytes > SIZE_MAX)
			srt_fail_(SRT_ERR_USAGE, "STAD_TAPE_LIMIT=%s: not a size (write e.g. 4GiB, 1.5GiB, 512MiB or 1000000)",
			          lim);
		else
			srt_tape_set_limit((size_t)bytes);
	}
}

uint64_t srt_clock_ns_(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void srt_free_chunk(SrtChunk *c)
{
	if (c->data)
		srt_buf_free_(c->data);
	free(c);
}

static void srt_free_chunks_after(SrtChunk *c)
{
	SrtChunk *n = c ? c->next : NULL;
	if (c)
		c->next = NULL;
	while (n) {
		SrtChunk *next = n->next;
		srt_free_chunk(n);
		n = next;
	}
}

static SrtChunk *srt_first_chunk(void)
{
	SrtChunk *first = T.cur;
	while (first && first->prev)
		first = first->prev;
	return first;
}

static void srt_enter_chunk(SrtChunk *c, unsigned char *top)
{
	T.cur = c;
	c->on_disk = 0; /* pushes will change it: the file's copy is old from now on */
	srt_tape_hot_.base = c->data;
	srt_tape_hot_.end = c->data + c->cap;
	srt_tape_hot_.top = top;
}

/* With a limit, the tape restarts with its first chunk in memory and every other buffer in
 * the pool. */
static void srt_spill_restart(void)
{
	SrtChunk *first = srt_first_chunk();
	srt_io_wait_();
	T.ahead = NULL;
	for (SrtChunk *c = first; c; c = c->next) {
		c->on_disk = 0;
		if (c != first && c->data) {
			srt_buf_put_(c->data);
			c->data = NULL;
		}
	}
	T.lo = first;
	if (first && !first->data)
		first->data = srt_buf_get_(first->cap, 1);
	if (first && !first->data) { /* out of memory: start over without chunks */
		srt_free_chunks_after(first);
		free(first);
		first = NULL;
	}
	T.cur = T.lo = first;
}

/* Rewinds the tape to empty. Keeps the chunks for reuse. */
static void srt_tape_clear(void)
{
	SrtTapeHot *t = &srt_tape_hot_;
	if (T.limit)
		srt_spill_restart();
	SrtChunk *first = srt_first_chunk();
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
	memset(&srt_fp_counters_, 0, sizeof srt_fp_counters_);
	memset(&srt_spill_stats_, 0, sizeof srt_spill_stats_);
	T.error = SRT_OK;
	T.message[0] = '\0';
	T.nerrors = 0;
	srt_prof_reset_();
}

/* Releases every chunk and buffer (the tape must be empty). */
static void srt_tape_release(void)
{
	SrtChunk *first = srt_first_chunk();
	srt_buf_drain_(); /* after the job in flight, whose buffer goes to the pool */
	srt_free_chunks_after(first);
	if (first)
		srt_free_chunk(first);
	srt_buf_drain_();
	T.cur = T.lo = T.ahead = NULL;
	srt_tape_hot_.base = srt_tape_hot_.top = srt_tape_hot_.end = srt_no_chunk_;
}

int srt_tape_set_chunk_bytes(size_t nbytes)
{
	if (srt_tape_hot_.bytes != 0)
		return -1;
	if (nbytes < 16)
		nbytes = 16;
	T.chunk_bytes = nbytes;
	srt_tape_release(); /* so that the new size applies at once */
	srt_tape_set_limit(T.limit);
	return 0;
}

int srt_tape_set_limit(size_t bytes)
{
	if (srt_tape_hot_.bytes != 0)
		return -1;
	srt_tape_release();
	T.limit = bytes;
	if (bytes) {
		size_t n = bytes / T.chunk_bytes;
		T.nmem = n < 3 ? 3 : n > (size_t)1 << 30 ? 1 << 30 : (int)n;
	}
	return 0;
}

void srt_tape_trim(void)
{
	srt_free_chunks_after(T.cur);
	if (T.limit)
		srt_buf_drain_();
}

/* ------------------------------------------------------------------ tape slow paths */

/* Memory for a chunk about to be filled, under the limit: a free buffer, a new one while
 * fewer than nmem exist, else the lowest chunk in memory goes to the file (written behind
 * while the new chunk fills, unless the file already has it) and a buffer is reused. */
static unsigned char *srt_spill_memory(void)
{
	unsigned char *b = srt_buf_get_(T.chunk_bytes, srt_buf_count_() < T.nmem);
	if (b)
		return b;
	SrtChunk *v = T.lo;
	if (v && v != T.cur) {
		srt_io_wait_(); /* the previous write (its buffer returns) or the read ahead of v */
		if (T.ahead == v)
			T.ahead = NULL;
		if (v->on_disk)
			srt_buf_put_(v->data);
		else if (srt_io_post_(v->data, v->cap, v->index * (uint64_t)v->cap, 1) == 0)
			v->on_disk = 1;
		v->data = NULL;
		T.lo = v->next;
		b = srt_buf_get_(T.chunk_bytes, 0);
	}
	if (!b) {
		srt_io_wait_(); /* the only free buffer is being written */
		b = srt_buf_get_(T.chunk_bytes, 1);
	}
	return b;
}

/* The chunk after the current one, with memory: the kept spare, or a new one. NULL if out of
 * memory. */
static SrtChunk *srt_next_chunk(void)
{
	SrtChunk *c;
	if (!T.inited)
		srt_init();
	if (T.cur && T.cur->next) {
		c = T.cur->next;
	} else {
		c = malloc(sizeof *c);
		if (!c)
			return NULL;
		c->cap = T.chunk_bytes;
		c->data = NULL;
		c->on_disk = 0;
		c->index = T.cur ? T.cur->index + 1 : 0;
		c->prev = T.cur;
		c->next = NULL;
		if (T.cur)
			T.cur->next = c;
	}
	if (!c->data)
		c->data = T.limit ? srt_spill_memory() : srt_buf_get_(c->cap, 1);
	if (!c->data)
		return NULL;
	if (!T.lo)
		T.lo = c;
	return c;
}

/* The backward sweep steps from the current chunk (emptied by pops) into the one below it.
 * Under the limit, the emptied chunk's memory is reused: for reading the chunk below if it is
 * on disk (and not already read ahead); then the chunk below that is read ahead. */
static void srt_step_back(void)
{
	SrtChunk *c = T.cur, *p = c->prev;
	if (T.limit) {
		if (T.ahead == p) {
			srt_io_wait_();
			T.ahead = NULL;
		}
		if (!p->data) {
			srt_io_wait_();
			p->data = c->data;
			srt_io_post_(p->data, p->cap, p->index * (uint64_t)p->cap, 0);
			srt_io_wait_();
			T.lo = p;
		} else {
			srt_buf_put_(c->data);
		}
		c->data = NULL;
		SrtChunk *q = p->prev;
		if (q && !q->data && !T.ahead) {
			unsigned char *b = srt_buf_get_(T.chunk_bytes, srt_buf_count_() < T.nmem);
			if (b) {
				q->data = b;
				T.ahead = T.lo = q;
				srt_io_post_(b, q->cap, q->index * (uint64_t)q->cap, 0);
			}
		}
	}
	srt_enter_chunk(p, p->data + p->cap);
}

void srt_push_slow_(const void *p, size_t n)
{
	SrtTapeHot *t = &srt_tape_hot_;
	const unsigned char *src = p;
	SrtChunk *start_chunk = T.cur;
	unsigned char *start_top = t->top;
	size_t left = n;

	if (!p) { /* no storage: no bytes (srt_push_block) */
		if (n)
			srt_fail_(SRT_ERR_USAGE, "push of %zu bytes from a NULL pointer (nothing pushed)", n);
		return;
	}
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
	if (T.limit) {
		uint64_t mem = (uint64_t)srt_buf_count_() * T.chunk_bytes;
		if (mem > srt_spill_stats_.resident_peak)
			srt_spill_stats_.resident_peak = mem;
	}
}

void srt_pop_slow_(void *p, size_t n)
{
	SrtTapeHot *t = &srt_tape_hot_;
	unsigned char *dst = p; /* filled from the end backwards */
	size_t left = n;

	if (!p) { /* no storage: no bytes (srt_pop_block) */
		if (n)
			srt_fail_(SRT_ERR_USAGE, "pop of %zu bytes into a NULL pointer (nothing popped)", n);
		return;
	}
	dst += n;
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
		srt_step_back(); /* the current chunk stays for reuse */
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
	char *tmp;
	FILE *f;
	int ok;
	struct stat st;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		/* a device or a FIFO (STAD_STATS=/dev/null) is written into: renamed over, /dev/null
		 * would become a file that every later `</dev/null` reads (as root) */
		f = fopen(path, "wb");
		if (!f)
			return -1;
		ok = fn(f, ctx) == 0;
		ok = (fflush(f) == 0) && ok && !ferror(f);
		ok = (fclose(f) == 0) && ok;
		return ok ? 0 : -1;
	}
	tmp = malloc(len + 5);
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
	if (srt_fp_counters_.runs) {
		fprintf(f, "fp_adjoint_runs %llu\n", (unsigned long long)srt_fp_counters_.runs);
		fprintf(f, "fp_adjoint_iterations %llu\n", (unsigned long long)srt_fp_counters_.iterations);
		fprintf(f, "fp_adjoint_max_iterations %llu\n", (unsigned long long)srt_fp_counters_.max_iterations);
		fprintf(f, "fp_adjoint_unconverged %llu\n", (unsigned long long)srt_fp_counters_.unconverged);
		fprintf(f, "fp_adjoint_converged %llu\n", (unsigned long long)srt_fp_counters_.converged);
		fprintf(f, "fp_adjoint_capped %llu\n", (unsigned long long)srt_fp_counters_.capped);
	}
	if (srt_ls_counters_.primal_solves || srt_ls_counters_.adjoint_solves) {
		fprintf(f, "ls_primal_solves %llu\n", (unsigned long long)srt_ls_counters_.primal_solves);
		fprintf(f, "ls_primal_apply_calls %llu\n", (unsigned long long)srt_ls_counters_.primal_applies);
		fprintf(f, "ls_adjoint_solves %llu\n", (unsigned long long)srt_ls_counters_.adjoint_solves);
		fprintf(f, "ls_adjoint_apply_calls %llu\n", (unsigned long long)srt_ls_counters_.adjoint_applies);
		fprintf(f, "ls_adjoint_max_apply_calls %llu\n", (unsigned long long)srt_ls_counters_.adjoint_max_applies);
		fprintf(f, "ls_fp_kept_solutions %llu\n", (unsigned long long)srt_ls_counters_.kept);
	}
	if (T.limit) {
		fprintf(f, "tape_limit_bytes %llu\n", (unsigned long long)T.limit);
		fprintf(f, "tape_memory_peak_bytes %llu\n", (unsigned long long)srt_spill_stats_.resident_peak);
		fprintf(f, "spill_write_bytes %llu\n", (unsigned long long)srt_spill_stats_.write_bytes);
		fprintf(f, "spill_read_bytes %llu\n", (unsigned long long)srt_spill_stats_.read_bytes);
		fprintf(f, "spill_wait_ns %llu\n", (unsigned long long)srt_spill_stats_.wait_ns);
	}
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
