/*
 * spill.c — the tape's file behind memory ($STAD_TAPE_LIMIT): one unlinked temporary file, one
 * I/O thread, one job in flight, and the pool of chunk buffers.
 *
 * tape.c decides what goes out and what comes back (the chunks near the top of the tape stay
 * in memory); this file moves the bytes. A job is a whole chunk written to or read from the
 * offset of its place in the tape. Jobs run on a thread so that the adjoint computes while the
 * disk works: a spilled chunk is written while the next one fills (write-behind), and the chunk
 * below the one the backward sweep pops from is read while it pops (read-ahead). One job at a
 * time keeps the protocol simple: srt_io_wait_() before the next one, and the main thread only
 * waits when the disk is slower than the sweep (the time is counted in spill_wait_ns).
 *
 * The file is created in $STAD_TAPE_DIR (else $TMPDIR, else /tmp) with mkstemp and unlinked at
 * once, so nothing is left behind whatever way the program ends.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "srt_int.h"

typedef struct Job {
	unsigned char *buf;
	size_t n;
	uint64_t off;
	int write; /* 1 write, 0 read */
} Job;

static struct {
	int fd; /* -1 before the first job */
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int started;
	Job job;
	int busy;    /* a job is posted and not yet collected */
	int done;    /* the thread finished it */
	int err;     /* its errno (0: all bytes moved) */
	void **pool; /* free chunk buffers */
	int npool, cappool;
	int nbufs; /* buffers allocated (in chunks, in the pool or in flight) */
} S = {-1, 0, PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, {0}, 0, 0, 0, NULL, 0, 0, 0};

SrtSpillStats srt_spill_stats_;

/* Moves all n bytes, or returns an errno (EIO for a short read at end of file). */
static int move_all(const Job *j)
{
	size_t done = 0;
	while (done < j->n) {
		ssize_t k = j->write ? pwrite(S.fd, j->buf + done, j->n - done, (off_t)(j->off + done))
		                     : pread(S.fd, j->buf + done, j->n - done, (off_t)(j->off + done));
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			return errno;
		if (k == 0)
			return EIO;
		done += (size_t)k;
	}
	return 0;
}

static void *io_thread(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&S.mu);
	for (;;) {
		while (!S.busy || S.done)
			pthread_cond_wait(&S.cv, &S.mu);
		Job j = S.job;
		pthread_mutex_unlock(&S.mu);
		int err = move_all(&j);
		pthread_mutex_lock(&S.mu);
		S.err = err;
		S.done = 1;
		pthread_cond_broadcast(&S.cv);
	}
	return NULL;
}

static int open_file(void)
{
	const char *dir = getenv("STAD_TAPE_DIR");
	if (!dir || !*dir)
		dir = getenv("TMPDIR");
	if (!dir || !*dir)
		dir = "/tmp";
	size_t len = strlen(dir);
	char *path = malloc(len + 32);
	if (!path)
		return -1;
	memcpy(path, dir, len);
	memcpy(path + len, "/stad-tape-XXXXXX", 18);
	S.fd = mkstemp(path);
	int saved = errno;
	if (S.fd >= 0)
		unlink(path);
	else
		srt_fail_(SRT_ERR_IO, "cannot create the tape spill file in %s: %s (set STAD_TAPE_DIR)", dir, strerror(saved));
	free(path);
	return S.fd >= 0 ? 0 : -1;
}

int srt_io_wait_(void)
{
	if (!S.busy)
		return 0;
	uint64_t t0 = srt_clock_ns_();
	pthread_mutex_lock(&S.mu);
	while (!S.done)
		pthread_cond_wait(&S.cv, &S.mu);
	int err = S.err;
	Job j = S.job;
	S.busy = 0;
	S.done = 0;
	pthread_mutex_unlock(&S.mu);
	srt_spill_stats_.wait_ns += srt_clock_ns_() - t0;
	if (j.write)
		srt_buf_put_(j.buf); /* the chunk's memory is free again */
	if (err) {
		if (!j.write)
			memset(j.buf, 0, j.n);
		srt_fail_(SRT_ERR_IO, "tape spill file: cannot %s %zu bytes at offset %llu: %s (the adjoint is wrong)",
		          j.write ? "write" : "read", j.n, (unsigned long long)j.off, strerror(err));
		return -1;
	}
	return 0;
}

int srt_io_post_(unsigned char *buf, size_t n, uint64_t off, int write)
{
	srt_io_wait_();
	if (S.fd < 0 && open_file() != 0)
		goto fail;
	if (!S.started) {
		if (pthread_create(&S.thread, NULL, io_thread, NULL) != 0) {
			srt_fail_(SRT_ERR_IO, "cannot start the tape spill thread");
			goto fail;
		}
		pthread_detach(S.thread);
		S.started = 1;
	}
	if (write)
		srt_spill_stats_.write_bytes += n;
	else
		srt_spill_stats_.read_bytes += n;
	pthread_mutex_lock(&S.mu);
	S.job = (Job){buf, n, off, write};
	S.busy = 1;
	S.done = 0;
	pthread_cond_broadcast(&S.cv);
	pthread_mutex_unlock(&S.mu);
	return 0;
fail:
	if (write)
		srt_buf_put_(buf);
	else
		memset(buf, 0, n);
	return -1;
}

unsigned char *srt_buf_get_(size_t cap, int may_grow)
{
	if (S.npool)
		return S.pool[--S.npool];
	if (!may_grow)
		return NULL;
	unsigned char *b = malloc(cap);
	if (b)
		S.nbufs++;
	return b;
}

void srt_buf_put_(void *buf)
{
	if (S.npool == S.cappool) {
		int cap = S.cappool ? 2 * S.cappool : 16;
		void **p = realloc(S.pool, (size_t)cap * sizeof *p);
		if (!p) { /* cannot keep it: give it back */
			free(buf);
			S.nbufs--;
			return;
		}
		S.pool = p;
		S.cappool = cap;
	}
	S.pool[S.npool++] = buf;
}

void srt_buf_free_(void *buf)
{
	free(buf);
	S.nbufs--;
}

void srt_buf_drain_(void)
{
	srt_io_wait_();
	while (S.npool)
		srt_buf_free_(S.pool[--S.npool]);
}

int srt_buf_count_(void)
{
	return S.nbufs;
}
