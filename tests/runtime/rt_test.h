/*
 * rt_test.h — the few helpers the runtime tests share: CHECK, which reports file:line and the
 * failed condition and counts failures, and a reader for the profile format (a decoder written
 * from runtime/PROFILE_FORMAT.md, independent of the recorder).
 */
#ifndef STAD_RT_TEST_H
#define STAD_RT_TEST_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int rt_failures;

#define CHECK(cond)                                                                                                              \
	do {                                                                                                                     \
		if (!(cond)) {                                                                                                   \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);                                 \
			rt_failures++;                                                                                           \
		}                                                                                                                \
	} while (0)

#define CHECK_EQ_U(a, b)                                                                                                         \
	do {                                                                                                                     \
		unsigned long long a_ = (unsigned long long)(a), b_ = (unsigned long long)(b);                                   \
		if (a_ != b_) {                                                                                                  \
			fprintf(stderr, "%s:%d: check failed: %s == %s (%llu != %llu)\n", __FILE__, __LINE__, #a, #b, a_, b_);   \
			rt_failures++;                                                                                           \
		}                                                                                                                \
	} while (0)

static inline int rt_finish(const char *name)
{
	if (rt_failures) {
		fprintf(stderr, "%s: %d check(s) failed\n", name, rt_failures);
		return 1;
	}
	printf("%s: ok\n", name);
	return 0;
}

/* ---------------------------------------------------------------- profile decoder */

typedef struct ProfEvent {
	int kind, has_value;
	uint64_t site, dt, hwm_over, value;
	int64_t dtape;
} ProfEvent;

typedef struct ProfFile {
	uint64_t version, resolution, nsites;
	uint64_t *site_kind, *site_ckp;
	char **site_id;
	ProfEvent *ev; /* all events (may be NULL when only counting) */
	uint64_t nev;
	uint64_t t_nevents, t_peak, t_total;
	int64_t tape_sum; /* sum of dtape */
	uint64_t dt_sum;
	uint64_t max_abs_tape_hwm; /* max over events of (tape + hwm_over) */
} ProfFile;

typedef struct Rd {
	const unsigned char *p, *end;
	int bad;
} Rd;

static inline uint64_t rd_uv(Rd *r)
{
	uint64_t v = 0;
	int shift = 0;
	for (;;) {
		if (r->p >= r->end || shift > 63) {
			r->bad = 1;
			return 0;
		}
		unsigned char b = *r->p++;
		v |= (uint64_t)(b & 0x7f) << shift;
		if (!(b & 0x80))
			return v;
		shift += 7;
	}
}

static inline unsigned char *rt_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf;
	long n;
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	buf[n] = 0;
	*len = (size_t)n;
	return buf;
}

/* Parses a whole profile; keep_events = 0 only counts. Returns 0, or -1 if malformed. */
static inline int prof_decode(const char *path, ProfFile *pf, int keep_events)
{
	size_t len, cap = 0;
	unsigned char *buf = rt_read_file(path, &len);
	Rd r;
	int64_t tape = 0;
	memset(pf, 0, sizeof *pf);
	if (!buf)
		return -1;
	r.p = buf;
	r.end = buf + len;
	r.bad = 0;
	if (len < 8 || memcmp(buf, "STADPROF", 8) != 0)
		goto bad;
	r.p += 8;
	pf->version = rd_uv(&r);
	pf->resolution = rd_uv(&r);
	pf->nsites = rd_uv(&r);
	if (r.bad || pf->nsites > 1000000)
		goto bad;
	pf->site_kind = calloc(pf->nsites + 1, sizeof *pf->site_kind);
	pf->site_ckp = calloc(pf->nsites + 1, sizeof *pf->site_ckp);
	pf->site_id = calloc(pf->nsites + 1, sizeof *pf->site_id);
	for (uint64_t i = 0; i < pf->nsites; i++) {
		pf->site_kind[i] = rd_uv(&r);
		uint64_t n = rd_uv(&r);
		if (r.bad || n > (uint64_t)(r.end - r.p))
			goto bad;
		pf->site_id[i] = malloc(n + 1);
		memcpy(pf->site_id[i], r.p, n);
		pf->site_id[i][n] = 0;
		r.p += n;
		pf->site_ckp[i] = rd_uv(&r);
	}
	for (;;) {
		ProfEvent e;
		if (r.p >= r.end)
			goto bad;
		unsigned char code = *r.p++;
		if (code == 0)
			break;
		e.kind = code & 0x7f;
		e.has_value = (code & 0x80) != 0;
		e.site = rd_uv(&r);
		e.dt = rd_uv(&r);
		uint64_t zz = rd_uv(&r);
		e.dtape = (int64_t)(zz >> 1) ^ -(int64_t)(zz & 1);
		e.hwm_over = rd_uv(&r);
		e.value = e.has_value ? rd_uv(&r) : 0;
		if (r.bad)
			goto bad;
		tape += e.dtape;
		pf->tape_sum = tape;
		pf->dt_sum += e.dt;
		if ((uint64_t)tape + e.hwm_over > pf->max_abs_tape_hwm)
			pf->max_abs_tape_hwm = (uint64_t)tape + e.hwm_over;
		if (keep_events) {
			if (pf->nev == cap) {
				cap = cap ? 2 * cap : 64;
				pf->ev = realloc(pf->ev, cap * sizeof *pf->ev);
			}
			pf->ev[pf->nev] = e;
		}
		pf->nev++;
	}
	pf->t_nevents = rd_uv(&r);
	pf->t_peak = rd_uv(&r);
	pf->t_total = rd_uv(&r);
	if (r.bad || r.end - r.p != 8 || memcmp(r.p, "STADEND1", 8) != 0)
		goto bad;
	free(buf);
	return 0;
bad:
	free(buf);
	return -1;
}

static inline void prof_free(ProfFile *pf)
{
	for (uint64_t i = 0; i < pf->nsites && pf->site_id; i++)
		free(pf->site_id[i]);
	free(pf->site_id);
	free(pf->site_kind);
	free(pf->site_ckp);
	free(pf->ev);
	memset(pf, 0, sizeof *pf);
}

#endif /* STAD_RT_TEST_H */
