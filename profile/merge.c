/*
 * merge.c — one profile out of several runs of the same profiled build: every event's time step
 * is the median of the runs' steps at that event.
 *
 * Why: the profile times its windows with the monotonic clock, so on a loaded machine a time
 * slice spent descheduled (several ms) lands in whatever window was open. A site called a few
 * dozen times then looks as if it cost that much, and switching it is predicted to save time it
 * never took (lake at load 20: 98 ms for a diagnostic of a few µs per call). A profiled build is
 * deterministic, so its runs write the same events in the same order with only the times
 * differing; a slice lost in one run is rarely lost at the same event in another, and the median
 * of three steps drops it while leaving the steps of sites with millions of instances, where it
 * averages out anyway, as they were.
 *
 * The files are streamed in lockstep (a per-cell model's profile holds tens of millions of
 * events: no ProfData is built), each event checked to be the same in every file but for its
 * time step. Anything else (a different header, event, count or trailer) is refused: the caller
 * keeps the first file.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "prof_int.h"

enum { MERGE_MAX = 9 };

typedef struct Cur {
	unsigned char *buf;
	size_t len, pos;
	const char *name;
} Cur;

static int merr(char *err, size_t errlen, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 3, 4)))
#endif
        ;

static int merr(char *err, size_t errlen, const char *fmt, ...)
{
	if (errlen) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(err, errlen, fmt, ap);
		va_end(ap);
	}
	return -1;
}

static int slurp(const char *path, Cur *c)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	size_t cap = 1 << 16, n = 0;
	unsigned char *b = malloc(cap);
	for (size_t got; b && (got = fread(b + n, 1, cap - n, f)) > 0;) {
		n += got;
		if (n == cap) {
			unsigned char *q = cap > ((size_t)-1) / 2 ? NULL : realloc(b, cap * 2);
			if (!q) {
				free(b);
				b = NULL;
				break;
			}
			b = q;
			cap *= 2;
		}
	}
	int bad = ferror(f);
	fclose(f);
	if (!b || bad) {
		free(b);
		return -1;
	}
	c->buf = b;
	c->len = n;
	c->pos = 0;
	c->name = path;
	return 0;
}

static int uv(Cur *c, uint64_t *out)
{
	return prof_uv_get(c->buf, c->len, &c->pos, out);
}

static void put_uv(FILE *f, uint64_t v)
{
	unsigned char b[10];
	fwrite(b, 1, prof_uv_put(b, v), f);
}

/* The header's length (magic, version, resolution, the site table), or 0 when it is not one. */
static size_t header_len(Cur *c)
{
	uint64_t version, res, nsites, x;
	if (c->len < 8 || memcmp(c->buf, "STADPROF", 8) != 0)
		return 0;
	c->pos = 8;
	if (uv(c, &version) || version != 1 || uv(c, &res) || uv(c, &nsites) || nsites > c->len)
		return 0;
	for (uint64_t s = 0; s < nsites; s++) {
		if (uv(c, &x) || uv(c, &x) || x > c->len - c->pos)
			return 0;
		c->pos += (size_t)x;
		if (uv(c, &x))
			return 0;
	}
	return c->pos;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

static uint64_t median_u64(uint64_t *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp_u64);
	return n % 2 ? v[n / 2] : v[n / 2 - 1] + (v[n / 2] - v[n / 2 - 1]) / 2;
}

int prof_merge_median(const char *const *paths, int n, const char *out, char *err, size_t errlen)
{
	if (n < 1 || n > MERGE_MAX)
		return merr(err, errlen, "can merge 1 to %d profiles, not %d", MERGE_MAX, n);
	Cur c[MERGE_MAX] = {{0}};
	FILE *f = NULL;
	char tmp[4200];
	int rc = -1;
	snprintf(tmp, sizeof tmp, "%s.tmp", out);
	for (int i = 0; i < n; i++)
		if (slurp(paths[i], &c[i])) {
			merr(err, errlen, "%s: %s", paths[i], errno ? strerror(errno) : "cannot read");
			goto done;
		}
	size_t h = header_len(&c[0]);
	if (!h) {
		merr(err, errlen, "%s: not a stad profile of version 1", paths[0]);
		goto done;
	}
	for (int i = 1; i < n; i++)
		if (c[i].len < h || memcmp(c[i].buf, c[0].buf, h) != 0) {
			merr(err, errlen, "%s: another header than %s's", paths[i], paths[0]);
			goto done;
		}
	for (int i = 0; i < n; i++)
		c[i].pos = h;
	f = fopen(tmp, "wb");
	if (!f) {
		merr(err, errlen, "%s: %s", tmp, strerror(errno));
		goto done;
	}
	fwrite(c[0].buf, 1, h, f);
	uint64_t nev = 0, sum = 0, dts[MERGE_MAX], rest[MERGE_MAX], evsum[MERGE_MAX] = {0};
	for (;;) {
		/* one event of each file: the same but for the time step */
		uint64_t f0[5] = {0};
		unsigned code0 = 0;
		for (int i = 0; i < n; i++) {
			uint64_t x[5] = {0};
			if (c[i].pos >= c[i].len) {
				merr(err, errlen, "%s: truncated at event %llu", paths[i], (unsigned long long)nev);
				goto done;
			}
			unsigned code = c[i].buf[c[i].pos++];
			if (code &&
			    (uv(&c[i], &x[0]) || uv(&c[i], &dts[i]) || uv(&c[i], &x[1]) || uv(&c[i], &x[2]) ||
			     ((code & 0x80) && uv(&c[i], &x[3])))) {
				merr(err, errlen, "%s: bad event %llu", paths[i], (unsigned long long)nev);
				goto done;
			}
			if (i == 0) {
				code0 = code;
				memcpy(f0, x, sizeof f0);
			} else if (code != code0 || memcmp(x, f0, sizeof f0) != 0) {
				merr(err, errlen, "%s and %s differ at event %llu (not runs of one build and input)", paths[0],
				     paths[i], (unsigned long long)nev);
				goto done;
			}
		}
		if (!code0)
			break;
		for (int i = 0; i < n; i++)
			evsum[i] += dts[i];
		uint64_t dt = median_u64(dts, n);
		sum += dt;
		putc((int)code0, f);
		put_uv(f, f0[0]);
		put_uv(f, dt);
		put_uv(f, f0[1]);
		put_uv(f, f0[2]);
		if (code0 & 0x80)
			put_uv(f, f0[3]);
		nev++;
	}
	/* the trailer: the same count and peak; the total is the events' median steps plus the median
	 * of what each run had after its last event */
	uint64_t cnt0 = 0, peak0 = 0;
	for (int i = 0; i < n; i++) {
		uint64_t cnt, peak, total;
		if (uv(&c[i], &cnt) || uv(&c[i], &peak) || uv(&c[i], &total) || c[i].len - c[i].pos != 8 ||
		    memcmp(c[i].buf + c[i].pos, "STADEND1", 8) != 0 || cnt != nev) {
			merr(err, errlen, "%s: bad trailer", paths[i]);
			goto done;
		}
		if (i == 0) {
			cnt0 = cnt;
			peak0 = peak;
		} else if (peak != peak0) {
			merr(err, errlen, "%s and %s differ in their peaks", paths[0], paths[i]);
			goto done;
		}
		rest[i] = total > evsum[i] ? total - evsum[i] : 0;
	}
	putc(0, f);
	put_uv(f, cnt0);
	put_uv(f, peak0);
	put_uv(f, sum + median_u64(rest, n));
	fwrite("STADEND1", 1, 8, f);
	if (ferror(f) | (fclose(f) != 0)) {
		f = NULL;
		merr(err, errlen, "%s: %s", tmp, strerror(errno));
		goto done;
	}
	f = NULL;
	if (rename(tmp, out) != 0) {
		merr(err, errlen, "%s: %s", out, strerror(errno));
		goto done;
	}
	rc = 0;
done:
	if (f)
		fclose(f);
	if (rc)
		remove(tmp);
	for (int i = 0; i < n; i++)
		free(c[i].buf);
	return rc;
}
