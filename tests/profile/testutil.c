/*
 * testutil.c — check counters and the stream builder of testutil.h.
 */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

int tu_failures, tu_checks;

int tu_done(const char *name)
{
	if (tu_failures)
		fprintf(stderr, "%s: %d of %d checks failed\n", name, tu_failures, tu_checks);
	else
		printf("%s: all %d checks passed\n", name, tu_checks);
	return tu_failures ? 1 : 0;
}

void sb_init(SB *b)
{
	memset(b, 0, sizeof *b);
	b->w = prof_writer_new();
	b->step = 10;
}

uint32_t sb_site(SB *b, const char *id, int on)
{
	uint32_t s = prof_writer_site(b->w, id, PROF_SITE_CALL, on);
	b->top = s + 1;
	return s;
}

void sb_push(SB *b, int64_t n)
{
	b->tape += n;
	if (b->tape > b->hwm)
		b->hwm = b->tape;
}

void sb_spike(SB *b, int64_t n)
{
	if (b->tape + n > b->hwm)
		b->hwm = b->tape + n;
}

void sb_work(SB *b, uint64_t ns)
{
	b->time += ns;
	b->worked = 1;
}

static void advance(SB *b)
{
	if (!b->worked)
		b->time += b->step;
	b->worked = 0;
	if (b->tape > b->hwm)
		b->hwm = b->tape;
}

void sb_ev(SB *b, int kind, uint32_t site)
{
	advance(b);
	prof_writer_event(b->w, kind, site, b->time, b->tape, (uint64_t)b->hwm);
	b->hwm = b->tape;
}

void sb_evv(SB *b, int kind, uint32_t site, uint64_t value)
{
	advance(b);
	prof_writer_event_v(b->w, kind, site, b->time, b->tape, (uint64_t)b->hwm, value);
	b->hwm = b->tape;
}

ProfData *sb_read(SB *b)
{
	size_t len;
	char err[512];
	unsigned char *img = prof_writer_finish(b->w, &len);
	ProfData *d = img ? prof_read_mem(img, len, "test.prof", err, sizeof err) : NULL;
	if (!d) {
		fprintf(stderr, "sb_read: %s\n", img ? err : "out of memory");
		exit(1);
	}
	free(img);
	prof_writer_free(b->w);
	b->w = NULL;
	return d;
}

const char *sb_read_error(SB *b)
{
	static char err[512];
	size_t len;
	unsigned char *img = prof_writer_finish(b->w, &len);
	ProfData *d = prof_read_mem(img, len, "test.prof", err, sizeof err);
	if (d) {
		prof_free(d);
		snprintf(err, sizeof err, "(no error)");
	}
	free(img);
	prof_writer_free(b->w);
	b->w = NULL;
	return err;
}

ProfPrediction *tu_predict(const ProfData *d)
{
	ProfPrediction *p = calloc(prof_nsites(d) + 1, sizeof *p);
	if (!p || prof_predict(d, p)) {
		fprintf(stderr, "tu_predict: out of memory\n");
		exit(1);
	}
	return p;
}
