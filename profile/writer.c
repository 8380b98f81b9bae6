/*
 * writer.c — builds profile file images (PROFILE_FORMAT.md, version 1) from events given with
 * absolute times and tape sizes. Tests use it to write event streams by hand; the runtime has
 * its own recorder (runtime/profile.c), this one is the reader's independent counterpart.
 *
 * It encodes whatever it is given (events at any site index, negative tape sizes, a trailer
 * that lies) so that tests can exercise every check of the reader.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "prof_int.h"

typedef struct WEvent {
	int kind;
	uint32_t site;
	uint64_t time_ns;
	int64_t tape;
	uint64_t hwm;
	int has_value;
	uint64_t value;
} WEvent;

struct ProfWriter {
	struct {
		char *id;
		int kind, on;
	} * sites;
	size_t nsites, capsites;
	WEvent *ev;
	size_t nev, capev;
	int trailer_set;
	uint64_t t_nevents, t_peak, t_total;
	int oom;
};

ProfWriter *prof_writer_new(void)
{
	return calloc(1, sizeof(ProfWriter));
}

void prof_writer_free(ProfWriter *w)
{
	if (!w)
		return;
	for (size_t i = 0; i < w->nsites; i++)
		free(w->sites[i].id);
	free(w->sites);
	free(w->ev);
	free(w);
}

static int wgrow(void **p, size_t *cap, size_t n, size_t sz)
{
	if (n <= *cap)
		return 0;
	size_t c = *cap ? *cap * 2 : 16;
	void *q = realloc(*p, c * sz);
	if (!q)
		return -1;
	*p = q;
	*cap = c;
	return 0;
}

uint32_t prof_writer_site(ProfWriter *w, const char *id, int kind, int on)
{
	char *copy = malloc(strlen(id) + 1);
	if (!copy || wgrow((void **)&w->sites, &w->capsites, w->nsites + 1, sizeof *w->sites)) {
		free(copy);
		w->oom = 1;
		return 0;
	}
	strcpy(copy, id);
	w->sites[w->nsites].id = copy;
	w->sites[w->nsites].kind = kind;
	w->sites[w->nsites].on = on;
	return (uint32_t)w->nsites++;
}

static void add_event(ProfWriter *w, WEvent e)
{
	if (wgrow((void **)&w->ev, &w->capev, w->nev + 1, sizeof *w->ev)) {
		w->oom = 1;
		return;
	}
	w->ev[w->nev++] = e;
}

void prof_writer_event(ProfWriter *w, int kind, uint32_t site, uint64_t time_ns, int64_t tape, uint64_t hwm)
{
	add_event(w, (WEvent){kind, site, time_ns, tape, hwm, 0, 0});
}

void prof_writer_event_v(ProfWriter *w, int kind, uint32_t site, uint64_t time_ns, int64_t tape, uint64_t hwm, uint64_t value)
{
	add_event(w, (WEvent){kind, site, time_ns, tape, hwm, 1, value});
}

void prof_writer_trailer(ProfWriter *w, uint64_t nevents, uint64_t peak, uint64_t total_ns)
{
	w->trailer_set = 1;
	w->t_nevents = nevents;
	w->t_peak = peak;
	w->t_total = total_ns;
}

/* ---------------------------------------------------------------- encoding */

typedef struct Buf {
	unsigned char *p;
	size_t len, cap;
	int oom;
} Buf;

static void put(Buf *b, const void *src, size_t n)
{
	if (b->len + n > b->cap) {
		size_t c = b->cap ? b->cap : 256;
		while (c < b->len + n)
			c *= 2;
		unsigned char *q = realloc(b->p, c);
		if (!q) {
			b->oom = 1;
			return;
		}
		b->p = q;
		b->cap = c;
	}
	memcpy(b->p + b->len, src, n);
	b->len += n;
}

size_t prof_uv_put(unsigned char out[10], uint64_t v)
{
	size_t n = 0;
	while (v >= 0x80) {
		out[n++] = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	out[n++] = (unsigned char)v;
	return n;
}

static void put_uv(Buf *b, uint64_t v)
{
	unsigned char tmp[10];
	put(b, tmp, prof_uv_put(tmp, v));
}

static void put_zz(Buf *b, int64_t v)
{
	put_uv(b, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

unsigned char *prof_writer_finish(ProfWriter *w, size_t *len)
{
	Buf b = {0};
	uint64_t tprev = 0, peak = 0;
	int64_t tape_prev = 0;
	if (w->oom)
		return NULL;
	put(&b, "STADPROF", 8);
	put_uv(&b, 1); /* version */
	put_uv(&b, 1); /* clock resolution, ns */
	put_uv(&b, w->nsites);
	for (size_t i = 0; i < w->nsites; i++) {
		size_t n = strlen(w->sites[i].id);
		put_uv(&b, (uint64_t)w->sites[i].kind);
		put_uv(&b, n);
		put(&b, w->sites[i].id, n);
		put_uv(&b, (uint64_t)w->sites[i].on);
	}
	for (size_t i = 0; i < w->nev; i++) {
		const WEvent *e = &w->ev[i];
		unsigned char code = (unsigned char)(e->kind | (e->has_value ? 0x80 : 0));
		uint64_t hwm = e->tape > 0 && e->hwm < (uint64_t)e->tape ? (uint64_t)e->tape : e->hwm;
		put(&b, &code, 1);
		put_uv(&b, e->site);
		put_uv(&b, e->time_ns - tprev);
		put_zz(&b, e->tape - tape_prev);
		put_uv(&b, e->tape > 0 ? hwm - (uint64_t)e->tape : hwm);
		if (e->has_value)
			put_uv(&b, e->value);
		tprev = e->time_ns;
		tape_prev = e->tape;
		if (hwm > peak)
			peak = hwm;
	}
	put(&b, "", 1); /* end marker */
	put_uv(&b, w->trailer_set ? w->t_nevents : w->nev);
	put_uv(&b, w->trailer_set ? w->t_peak : peak);
	put_uv(&b, w->trailer_set ? w->t_total : tprev);
	put(&b, "STADEND1", 8);
	if (b.oom) {
		free(b.p);
		return NULL;
	}
	*len = b.len;
	return b.p;
}

int prof_writer_save(ProfWriter *w, const char *path)
{
	size_t len;
	unsigned char *img = prof_writer_finish(w, &len);
	if (!img)
		return -1;
	FILE *f = fopen(path, "wb");
	int ok = f && fwrite(img, 1, len, f) == len;
	if (f && fclose(f) != 0)
		ok = 0;
	free(img);
	return ok ? 0 : -1;
}
