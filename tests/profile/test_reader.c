/*
 * test_reader.c — the profile reader: a valid file read back value by value; every prefix of a
 * valid file rejected cleanly; every byte of it corrupted in a few ways without a crash; and
 * each kind of damage reported with its own message and byte offset: bad magic, bad version,
 * varint overflow, site index out of range, missing trailer, event count mismatch, negative
 * tape, and the structural checks (windows that do not nest, calls reversed out of order or
 * never, states that contradict the site table).
 */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

/* Expects the image to be rejected with a message containing `what` and, unless at is
 * (size_t)-1, located at byte `at`. */
static void expect_error_at(const unsigned char *img, size_t len, const char *what, size_t at, int line)
{
	char err[512], want[64];
	ProfData *d = prof_read_mem(img, len, "bad.prof", err, sizeof err);
	tu_checks++;
	if (d) {
		tu_failures++;
		fprintf(stderr, "%s:%d: accepted, expected an error '%s'\n", __FILE__, line, what);
		prof_free(d);
		return;
	}
	snprintf(want, sizeof want, ", at byte %zu", at);
	if (strncmp(err, "bad.prof: ", 10) != 0 || !strstr(err, what) || !strstr(err, ", at byte ") ||
	    (at != (size_t)-1 && !strstr(err, want))) {
		tu_failures++;
		fprintf(stderr, "%s:%d: error '%s', expected '%s'%s\n", __FILE__, line, err, what, at != (size_t)-1 ? want : "");
	}
}
#define EXPECT_ERROR(img, len, what) expect_error_at(img, len, what, (size_t)-1, __LINE__)
#define EXPECT_ERROR_AT(img, len, what, at) expect_error_at(img, len, what, at, __LINE__)

static void expect_stream_error(SB *b, const char *what, int line)
{
	const char *err = sb_read_error(b);
	tu_checks++;
	if (!strstr(err, what) || !strstr(err, ", at byte ")) {
		tu_failures++;
		fprintf(stderr, "%s:%d: error '%s', expected '%s'\n", __FILE__, line, err, what);
	}
}
#define EXPECT_STREAM_ERROR(b, what) expect_stream_error(b, what, __LINE__)

/* A small valid profile: one checkpointed call, one split call inside its callee, a binomial
 * loop event and the head's turn; the primal run takes primal_ns, the split call's forward part
 * fwd_ns more than the clock's step (a run descheduled there). */
static unsigned char *timed_valid(size_t *len, uint64_t primal_ns, uint64_t fwd_ns)
{
	SB b;
	sb_init(&b);
	uint32_t a = sb_site(&b, "p:10:q", 1), c = sb_site(&b, "q:4:r", 0);
	uint32_t loop = prof_writer_site(b.w, "p:20:do", PROF_SITE_BINOMIAL, 1);
	b.top = loop + 1;
	sb_push(&b, 3000);
	sb_ev(&b, PROF_SNAP_WRITE_BEGIN, a);
	sb_push(&b, 100);
	sb_evv(&b, PROF_SNAP_WRITE_END, a, 100);
	sb_ev(&b, PROF_PRIMAL_BEGIN, a);
	sb_work(&b, primal_ns);
	sb_ev(&b, PROF_PRIMAL_END, a);
	sb_evv(&b, PROF_BIN_BEGIN, loop, 4);
	sb_evv(&b, PROF_BIN_END, loop, 9);
	sb_ev(&b, PROF_TURN, b.top);
	sb_ev(&b, PROF_SNAP_READ_BEGIN, a);
	sb_push(&b, -100);
	sb_ev(&b, PROF_SNAP_READ_END, a);
	sb_ev(&b, PROF_ADJ_BEGIN, a);
	sb_evv(&b, PROF_FWD_BEGIN, c, 70000);
	sb_push(&b, 200000);
	if (fwd_ns)
		sb_work(&b, fwd_ns);
	sb_ev(&b, PROF_FWD_END, c);
	sb_ev(&b, PROF_TURN, a);
	sb_ev(&b, PROF_BWD_BEGIN, c);
	sb_spike(&b, 5);
	sb_push(&b, -200000);
	sb_ev(&b, PROF_BWD_END, c);
	sb_ev(&b, PROF_ADJ_END, a);
	unsigned char *img = prof_writer_finish(b.w, len);
	prof_writer_free(b.w);
	return img;
}

static unsigned char *small_valid(size_t *len)
{
	return timed_valid(len, 1000000, 0);
}

static void test_valid(void)
{
	size_t len;
	char err[512];
	unsigned char *img = small_valid(&len);
	ProfData *d = prof_read_mem(img, len, "ok.prof", err, sizeof err);
	CHECK(d != NULL);
	if (!d) {
		fprintf(stderr, "%s\n", err);
		free(img);
		return;
	}
	CHECK_U64(prof_nsites(d), 3);
	CHECK(!strcmp(prof_site(d, 0)->id, "p:10:q") && prof_site(d, 0)->on == 1);
	CHECK(!strcmp(prof_site(d, 1)->id, "q:4:r") && prof_site(d, 1)->on == 0);
	CHECK(prof_site(d, 2)->kind == PROF_SITE_BINOMIAL);
	CHECK_U64(prof_site_find(d, "q:4:r"), 1);
	CHECK(prof_site_find(d, "nope:1:x") == PROF_NONE);
	CHECK_U64(prof_nevents(d), 16);
	const ProfEvent *e = prof_event(d, 1); /* SNAP_WRITE_END */
	CHECK(e->kind == PROF_SNAP_WRITE_END && e->site == 0 && e->has_value && e->value == 100);
	CHECK_U64(e->time_ns, 20);
	CHECK_U64(e->tape, 3100);
	e = prof_event(d, 3); /* PRIMAL_END after 1 ms of work */
	CHECK_U64(e->time_ns, 1000030);
	e = prof_event(d, 13); /* BWD_BEGIN */
	CHECK(e->kind == PROF_BWD_BEGIN && e->site == 1 && !e->has_value);
	CHECK_U64(e->tape, 203000);
	CHECK_U64(e->hwm, 203000);
	e = prof_event(d, 14); /* BWD_END: a spike of 5 on 203000, then 200000 popped */
	CHECK_U64(e->tape, 3000);
	CHECK_U64(e->hwm, 203005);
	CHECK_U64(prof_peak(d), 203005);
	CHECK_U64(prof_total_time_ns(d), prof_event(d, 15)->time_ns);
	CHECK_U64(prof_ninstances(d, 0), 1);
	CHECK_U64(prof_ninstances(d, 1), 1);
	CHECK(!strcmp(prof_event_name(PROF_ADJ_BEGIN), "ADJ_BEGIN") && !strcmp(prof_event_name(0), "?"));
	prof_free(d);

	/* the same through a file */
	const char *path = "test_reader_valid.prof";
	FILE *f = fopen(path, "wb");
	CHECK(f && fwrite(img, 1, len, f) == len);
	if (f)
		fclose(f);
	d = prof_read(path, err, sizeof err);
	CHECK(d && prof_nevents(d) == 16);
	prof_free(d);
	remove(path);
	d = prof_read("no/such/file.prof", err, sizeof err);
	CHECK(!d && strstr(err, "no/such/file.prof: cannot open: "));
	free(img);
}

/* Every prefix of a valid file is an error, with a message, never a crash. */
static void test_truncations(void)
{
	size_t len;
	unsigned char *img = small_valid(&len);
	for (size_t n = 0; n < len; n++) {
		unsigned char *cut = malloc(n ? n : 1); /* exact size, so ASan sees any overread */
		memcpy(cut, img, n);
		EXPECT_ERROR(cut, n, "");
		free(cut);
	}
	/* some prefixes, named */
	EXPECT_ERROR_AT(img, 0, "empty file", 0);
	EXPECT_ERROR_AT(img, 5, "truncated file: it ends inside the magic number", 0);
	EXPECT_ERROR_AT(img, 8, "truncated file: it ends inside the version", 8);
	EXPECT_ERROR_AT(img, len - 1, "truncated file: it ends inside the trailer's magic number", len - 8);
	/* cut right before the end marker: no trailer */
	/* the trailer is 0, nevents (16), peak (3 bytes), total time (3 bytes), magic */
	size_t end_marker = len - 8 - 3 - 3 - 1 - 1;
	CHECK(img[end_marker] == 0);
	EXPECT_ERROR_AT(img, end_marker, "truncated file: no trailer after event 16", end_marker);
	free(img);
}

/* Every byte replaced by a few values: accepted or rejected, but never a crash. */
static void test_corruptions(void)
{
	size_t len;
	unsigned char *img = small_valid(&len);
	static const unsigned char vals[] = {0x00, 0x01, 0x7f, 0x80, 0xff};
	char err[512];
	for (size_t i = 0; i < len; i++)
		for (size_t v = 0; v < sizeof vals; v++) {
			unsigned char *bad = malloc(len);
			memcpy(bad, img, len);
			bad[i] = vals[v];
			ProfData *d = prof_read_mem(bad, len, "x.prof", err, sizeof err);
			if (d) {
				ProfPrediction *p = tu_predict(d); /* the model must cope too */
				free(p);
				prof_free(d);
			} else {
				CHECK(strstr(err, ", at byte ") != NULL);
			}
			free(bad);
		}
	free(img);
}

static void test_header_errors(void)
{
	size_t len;
	unsigned char *img = small_valid(&len);
	unsigned char *bad = malloc(len + 1);

	memcpy(bad, img, len);
	bad[0] = 'X';
	EXPECT_ERROR_AT(bad, len, "bad magic number (not a stad profile)", 0);

	memcpy(bad, img, len);
	bad[8] = 2;
	EXPECT_ERROR_AT(bad, len, "unsupported version 2 (this stad reads version 1)", 8);

	memcpy(bad, img, len);
	bad[9] = 0;
	EXPECT_ERROR_AT(bad, len, "clock resolution of 0 ns", 9);

	memcpy(bad, img, len);
	bad[10] = 100; /* 100 sites do not fit */
	EXPECT_ERROR_AT(bad, len, "site count 100 does not fit in the file", 10);

	memcpy(bad, img, len);
	bad[11] = 3; /* first site's kind */
	EXPECT_ERROR_AT(bad, len, "site 0 has unknown kind 3", 11);

	memcpy(bad, img, len);
	bad[12] = 0; /* first site's id length */
	EXPECT_ERROR_AT(bad, len, "site 0 has an empty id", 12);

	memcpy(bad, img, len);
	bad[14] = '\n'; /* inside "p:10:q" */
	EXPECT_ERROR_AT(bad, len, "site 0's id has a control character", 14);

	memcpy(bad, img, len);
	bad[19] = 2; /* first site's checkpointed flag */
	EXPECT_ERROR_AT(bad, len, "site 0 ('p:10:q') has checkpointed flag 2", 19);


	/* trailer */
	memcpy(bad, img, len);
	bad[len - 1] = '2';
	EXPECT_ERROR_AT(bad, len, "bad trailer magic number", len - 8);
	memcpy(bad, img, len);
	bad[len] = 0;
	EXPECT_ERROR_AT(bad, len + 1, "1 extra bytes after the trailer", len);
	free(bad);
	free(img);

	/* hand-written bytes: varint overflow in an event's site index */
	static const unsigned char ovf[] = {'S',  'T',  'A',  'D',  'P',  'R',  'O',  'F',  1,    1,    0,
	                                    0x0d, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02};
	EXPECT_ERROR_AT(ovf, sizeof ovf, "varint overflow in event 0 (more than 64 bits)", 12);
	/* eleven bytes of continuation */
	static const unsigned char ovf2[] = {'S',  'T',  'A',  'D',  'P',  'R',  'O',  'F',  0x81, 0x80,
	                                     0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0};
	EXPECT_ERROR_AT(ovf2, sizeof ovf2, "varint overflow in the version", 8);
	/* the largest varint is fine: version 2^64-1 is only unsupported */
	static const unsigned char big[] = {'S',  'T',  'A',  'D',  'P',  'R',  'O',  'F',  0xff,
	                                    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01};
	EXPECT_ERROR_AT(big, sizeof big, "unsupported version 18446744073709551615", 8);
	/* unknown event kinds */
	static const unsigned char k0[] = {'S', 'T', 'A', 'D', 'P', 'R', 'O', 'F', 1, 1, 0, 0x11};
	EXPECT_ERROR_AT(k0, sizeof k0, "unknown event kind 17 in event 0", 11);
	static const unsigned char k1[] = {'S', 'T', 'A', 'D', 'P', 'R', 'O', 'F', 1, 1, 0, 0x80};
	EXPECT_ERROR_AT(k1, sizeof k1, "unknown event kind 0 in event 0", 11);

	/* duplicate site ids */
	SB b;
	sb_init(&b);
	sb_site(&b, "p:1:q", 1);
	sb_site(&b, "p:1:q", 0);
	EXPECT_STREAM_ERROR(&b, "site id 'p:1:q' appears twice in the site table");
}

static void test_event_errors(void)
{
	SB b;
	uint32_t a;

	/* site index out of range: 1 site, so index 1 is the head and 2 is out */
	sb_init(&b);
	a = sb_site(&b, "p:1:q", 1);
	sb_ev(&b, PROF_TURN, 1);
	sb_ev(&b, PROF_TURN, 2);
	EXPECT_STREAM_ERROR(&b, "site index 2 out of range in event 1 (1 sites)");

	/* event count mismatch */
	sb_init(&b);
	sb_site(&b, "p:1:q", 1);
	sb_ev(&b, PROF_TURN, 1);
	sb_ev(&b, PROF_TURN, 1);
	prof_writer_trailer(b.w, 3, 0, 20);
	EXPECT_STREAM_ERROR(&b, "event count mismatch: the trailer says 3, the file has 2");

	/* negative tape */
	sb_init(&b);
	sb_site(&b, "p:1:q", 1);
	sb_push(&b, 10);
	sb_ev(&b, PROF_TURN, 1);
	sb_push(&b, -15);
	sb_ev(&b, PROF_TURN, 1);
	EXPECT_STREAM_ERROR(&b, "negative tape size (-5 bytes) in event 1");

	/* time overflow */
	sb_init(&b);
	sb_site(&b, "p:1:q", 1);
	prof_writer_event(b.w, PROF_TURN, 1, UINT64_MAX, 0, 0);
	prof_writer_event(b.w, PROF_TURN, 1, 5, 0, 0); /* wraps: dt = 6 */
	EXPECT_STREAM_ERROR(&b, "time overflow in event 1");

	/* high-water mark overflow */
	sb_init(&b);
	sb_site(&b, "p:1:q", 1);
	prof_writer_event(b.w, PROF_TURN, 1, 0, INT64_MAX, UINT64_MAX);
	EXPECT_STREAM_ERROR(&b, "high-water mark overflow in event 0");
	(void)a;
}

/* ---------------------------------------------------------------- structure */

static void on_fwd(SB *b, uint32_t s)
{
	sb_ev(b, PROF_SNAP_WRITE_BEGIN, s);
	sb_push(b, 10);
	sb_evv(b, PROF_SNAP_WRITE_END, s, 10);
	sb_ev(b, PROF_PRIMAL_BEGIN, s);
	sb_ev(b, PROF_PRIMAL_END, s);
}

static void on_bwd(SB *b, uint32_t s)
{
	sb_ev(b, PROF_SNAP_READ_BEGIN, s);
	sb_push(b, -10);
	sb_ev(b, PROF_SNAP_READ_END, s);
	sb_ev(b, PROF_ADJ_BEGIN, s);
	sb_ev(b, PROF_TURN, s);
	sb_ev(b, PROF_ADJ_END, s);
}

static void test_structure(void)
{
	SB b;
	uint32_t a, c;

	sb_init(&b);
	a = sb_site(&b, "p:1:q", 1);
	sb_ev(&b, PROF_SNAP_WRITE_END, a);
	EXPECT_STREAM_ERROR(&b, "SNAP_WRITE_END of site 'p:1:q' with no window open");

	sb_init(&b);
	a = sb_site(&b, "p:1:q", 1);
	sb_ev(&b, PROF_SNAP_WRITE_BEGIN, a);
	sb_evv(&b, PROF_SNAP_WRITE_END, a, 0);
	sb_ev(&b, PROF_TURN, b.top);
	EXPECT_STREAM_ERROR(&b,
	                    "SNAP_WRITE_END of site 'p:1:q' must be followed by PRIMAL_BEGIN, "
	                    "not by TURN of site '(top level)'");

	sb_init(&b);
	a = sb_site(&b, "p:1:q", 1);
	sb_ev(&b, PROF_PRIMAL_BEGIN, a);
	EXPECT_STREAM_ERROR(&b, "PRIMAL_BEGIN of site 'p:1:q' without a snapshot written before it");

	sb_init(&b);
	a = sb_site(&b, "p:1:q", 1);
	c = sb_site(&b, "p:2:r", 0);
	sb_ev(&b, PROF_SNAP_WRITE_BEGIN, a);
	sb_ev(&b, PROF_FWD_END, c);
	sb_ev(&b, PROF_SNAP_WRITE_END, a);
	sb_ev(&b, PROF_PRIMAL_BEGIN, a);
	sb_ev(&b, PROF_PRIMAL_END, a);
	/* FWD_END inside a snapshot write is opaque, and unbalanced there */
	EXPECT_STREAM_ERROR(&b,
	                    "FWD_END of site 'p:2:r' does not close the innermost open window "
	                    "(SNAP_WRITE_BEGIN of site 'p:1:q', event 0)");

	/* reversed out of LIFO order */
	sb_init(&b);
	a = sb_site(&b, "p:1:q", 1);
	c = sb_site(&b, "p:2:r", 1);
	on_fwd(&b, a);
	on_fwd(&b, c);
	sb_ev(&b, PROF_TURN, b.top);
	on_bwd(&b, a);
	EXPECT_STREAM_ERROR(&b,
	                    "SNAP_READ_BEGIN of site 'p:1:q', but the last call not yet reversed "
	                    "is site 'p:2:r' (checkpointed)");

	/* nothing to reverse */
	sb_init(&b);
	a = sb_site(&b, "p:1:q", 0);
	sb_ev(&b, PROF_BWD_BEGIN, a);
	EXPECT_STREAM_ERROR(&b, "BWD_BEGIN of site 'p:1:q', but no call made in this routine is left");

	/* reversing, inside an adjoint, a call made outside it */
	sb_init(&b);
	a = sb_site(&b, "p:1:q", 1);
	c = sb_site(&b, "p:2:r", 1);
	on_fwd(&b, c);
	on_fwd(&b, a);
	sb_ev(&b, PROF_SNAP_READ_BEGIN, a);
	sb_push(&b, -10);
	sb_ev(&b, PROF_SNAP_READ_END, a);
	sb_ev(&b, PROF_ADJ_BEGIN, a);
	sb_ev(&b, PROF_SNAP_READ_BEGIN, c);
	EXPECT_STREAM_ERROR(&b, "SNAP_READ_BEGIN of site 'p:2:r', but no call made in this routine");

	/* an adjoint without its turn, with two turns, a turn elsewhere */
	sb_init(&b);
	a = sb_site(&b, "p:1:q", 1);
	on_fwd(&b, a);
	sb_ev(&b, PROF_SNAP_READ_BEGIN, a);
	sb_ev(&b, PROF_SNAP_READ_END, a);
	sb_ev(&b, PROF_ADJ_BEGIN, a);
	sb_ev(&b, PROF_ADJ_END, a);
	EXPECT_STREAM_ERROR(&b, "adjoint of site 'p:1:q' ended without a TURN");

	sb_init(&b);
	a = sb_site(&b, "p:1:q", 1);
	on_fwd(&b, a);
	sb_ev(&b, PROF_SNAP_READ_BEGIN, a);
	sb_ev(&b, PROF_SNAP_READ_END, a);
	sb_ev(&b, PROF_ADJ_BEGIN, a);
	sb_ev(&b, PROF_TURN, a);
	sb_ev(&b, PROF_TURN, a);
	EXPECT_STREAM_ERROR(&b, "second TURN in one adjoint of site 'p:1:q'");

	sb_init(&b);
	a = sb_site(&b, "p:1:q", 1);
	sb_ev(&b, PROF_TURN, a);
	EXPECT_STREAM_ERROR(&b, "TURN of site 'p:1:q' outside that site's adjoint");

	/* an adjoint that leaves a call unreversed */
	sb_init(&b);
	a = sb_site(&b, "p:1:q", 1);
	c = sb_site(&b, "q:2:r", 1);
	on_fwd(&b, a);
	sb_ev(&b, PROF_SNAP_READ_BEGIN, a);
	sb_ev(&b, PROF_SNAP_READ_END, a);
	sb_ev(&b, PROF_ADJ_BEGIN, a);
	on_fwd(&b, c);
	sb_ev(&b, PROF_TURN, a);
	sb_ev(&b, PROF_ADJ_END, a);
	EXPECT_STREAM_ERROR(&b,
	                    "adjoint of site 'p:1:q' ended with 1 calls not reversed (the last: "
	                    "site 'q:2:r')");

	/* a split backward sweep that leaves one */
	sb_init(&b);
	a = sb_site(&b, "p:1:q", 0);
	c = sb_site(&b, "q:2:r", 1);
	sb_evv(&b, PROF_FWD_BEGIN, a, 1);
	on_fwd(&b, c);
	sb_ev(&b, PROF_FWD_END, a);
	sb_ev(&b, PROF_BWD_BEGIN, a);
	sb_ev(&b, PROF_BWD_END, a);
	EXPECT_STREAM_ERROR(&b, "backward sweep of site 'p:1:q' ended with 1 calls not reversed");

	/* FWD_BEGIN must say how big the snapshot would be */
	sb_init(&b);
	a = sb_site(&b, "p:1:q", 0);
	sb_ev(&b, PROF_FWD_BEGIN, a);
	EXPECT_STREAM_ERROR(&b, "FWD_BEGIN of site 'p:1:q' carries no snapshot size");

	/* states that contradict the site table */
	sb_init(&b);
	a = sb_site(&b, "p:1:q", 0);
	sb_ev(&b, PROF_SNAP_WRITE_BEGIN, a);
	EXPECT_STREAM_ERROR(&b,
	                    "SNAP_WRITE_BEGIN of site 'p:1:q', which is not checkpointed in this "
	                    "build");
	sb_init(&b);
	a = sb_site(&b, "p:1:q", 1);
	sb_evv(&b, PROF_FWD_BEGIN, a, 5);
	EXPECT_STREAM_ERROR(&b, "FWD_BEGIN of site 'p:1:q', which is checkpointed in this build");

	sb_init(&b);
	a = sb_site(&b, "p:1:q", 1);
	sb_evv(&b, PROF_BIN_BEGIN, a, 5);
	EXPECT_STREAM_ERROR(&b, "BIN_BEGIN on call site 'p:1:q', which is not a binomial loop");

	/* the end of the events with something open */
	sb_init(&b);
	a = sb_site(&b, "p:1:q", 1);
	on_fwd(&b, a);
	EXPECT_STREAM_ERROR(&b, "1 calls were never reversed (the last: site 'p:1:q')");

	sb_init(&b);
	a = sb_site(&b, "p:1:q", 0);
	sb_evv(&b, PROF_FWD_BEGIN, a, 5);
	EXPECT_STREAM_ERROR(&b, "the events end inside the FWD_BEGIN window of site 'p:1:q'");

	sb_init(&b);
	a = sb_site(&b, "p:1:q", 1);
	sb_ev(&b, PROF_SNAP_WRITE_BEGIN, a);
	sb_evv(&b, PROF_SNAP_WRITE_END, a, 0);
	EXPECT_STREAM_ERROR(&b, "the events end before PRIMAL_BEGIN of site 'p:1:q'");

	/* windows that cross */
	sb_init(&b);
	a = sb_site(&b, "p:1:q", 0);
	c = sb_site(&b, "p:2:r", 0);
	sb_evv(&b, PROF_FWD_BEGIN, a, 1);
	sb_evv(&b, PROF_FWD_BEGIN, c, 1);
	sb_ev(&b, PROF_FWD_END, a);
	EXPECT_STREAM_ERROR(&b,
	                    "FWD_END of site 'p:1:q' does not close the innermost open window "
	                    "(FWD_BEGIN of site 'p:2:r', event 1)");
}

/* A fixed call site (a routine without source, always checkpointed): read like a checkpointed
 * call, with its instance, but no switch. */
static void test_fixed_site(void)
{
	SB b;
	sb_init(&b);
	uint32_t a = prof_writer_site(b.w, "p:10:daxpy", PROF_SITE_FIXED, 1);
	b.top = a + 1;
	sb_ev(&b, PROF_SNAP_WRITE_BEGIN, a);
	sb_push(&b, 800);
	sb_evv(&b, PROF_SNAP_WRITE_END, a, 800);
	sb_ev(&b, PROF_PRIMAL_BEGIN, a);
	sb_work(&b, 1000);
	sb_ev(&b, PROF_PRIMAL_END, a);
	sb_ev(&b, PROF_TURN, b.top);
	sb_ev(&b, PROF_SNAP_READ_BEGIN, a);
	sb_push(&b, -800);
	sb_ev(&b, PROF_SNAP_READ_END, a);
	sb_ev(&b, PROF_ADJ_BEGIN, a);
	sb_ev(&b, PROF_TURN, a);
	sb_ev(&b, PROF_ADJ_END, a);
	size_t len;
	unsigned char *img = prof_writer_finish(b.w, &len);
	prof_writer_free(b.w);
	char err[512];
	ProfData *d = prof_read_mem(img, len, "fixed.prof", err, sizeof err);
	CHECK(d != NULL);
	if (!d) {
		fprintf(stderr, "%s\n", err);
		free(img);
		return;
	}
	CHECK(prof_site(d, 0)->kind == PROF_SITE_FIXED);
	ProfPrediction p[1];
	CHECK(prof_predict(d, p) == 0);
	CHECK(p[0].fixed == 1 && p[0].toggleable == 0 && p[0].ninstances == 1);
	prof_free(d);
	free(img);
}

static int save(const char *path, const unsigned char *img, size_t len)
{
	FILE *f = fopen(path, "wb");
	int ok = f && fwrite(img, 1, len, f) == len;
	return (f && fclose(f) == 0 && ok) ? 0 : -1;
}

/* prof_merge_median: three runs of one build, one of them descheduled in the split call's
 * forward part and all with other primal times, make the profile whose every step is the
 * median; runs that are not of one build are refused and nothing is written. */
static void test_merge(void)
{
	char dir[] = "/tmp/stad-merge-XXXXXX", p[4][300], out[300], err[512];
	if (!mkdtemp(dir)) {
		CHECK(!"mkdtemp");
		return;
	}
	static const uint64_t primal[3] = {1200000, 1000000, 900000}, fwd[3] = {0, 50000000, 0};
	size_t len[3];
	unsigned char *img[3];
	for (int i = 0; i < 3; i++) {
		img[i] = timed_valid(&len[i], primal[i], fwd[i]);
		snprintf(p[i], sizeof p[i], "%s/run%d.prof", dir, i);
		CHECK(save(p[i], img[i], len[i]) == 0);
	}
	snprintf(out, sizeof out, "%s/merged.prof", dir);
	const char *pp[3] = {p[0], p[1], p[2]};
	CHECK(prof_merge_median(pp, 3, out, err, sizeof err) == 0);
	ProfData *m = prof_read(out, err, sizeof err);
	/* the median run: primal 1 ms, no descheduled slice */
	size_t ln;
	unsigned char *want = timed_valid(&ln, 1000000, 0);
	ProfData *w = prof_read_mem(want, ln, "want.prof", err, sizeof err);
	CHECK(m && w);
	if (m && w) {
		CHECK_U64(prof_nevents(m), prof_nevents(w));
		for (size_t k = 0; k < prof_nevents(m) && k < prof_nevents(w); k++) {
			CHECK_U64(prof_event(m, k)->time_ns, prof_event(w, k)->time_ns);
			CHECK_U64(prof_event(m, k)->tape, prof_event(w, k)->tape);
		}
		CHECK_U64(prof_total_time_ns(m), prof_total_time_ns(w));
		CHECK_U64(prof_peak(m), prof_peak(w));
	}
	prof_free(m);
	prof_free(w);
	free(want);
	/* one file alone is itself */
	CHECK(prof_merge_median(pp, 1, out, err, sizeof err) == 0);
	m = prof_read(out, err, sizeof err);
	CHECK(m && prof_total_time_ns(m) == 1200000 + 15 * 10);
	prof_free(m);
	/* another build: another site table, or another event */
	remove(out);
	SB b;
	sb_init(&b);
	uint32_t a = sb_site(&b, "p:10:q", 1);
	sb_ev(&b, PROF_SNAP_WRITE_BEGIN, a);
	sb_evv(&b, PROF_SNAP_WRITE_END, a, 0);
	size_t lo;
	unsigned char *other = prof_writer_finish(b.w, &lo);
	prof_writer_free(b.w);
	snprintf(p[3], sizeof p[3], "%s/other.prof", dir);
	CHECK(save(p[3], other, lo) == 0);
	const char *bad[3] = {p[0], p[3], p[2]};
	CHECK(prof_merge_median(bad, 3, out, err, sizeof err) == -1 && strstr(err, "another header"));
	unsigned char *cut = malloc(len[1]);
	memcpy(cut, img[1], len[1]);
	cut[len[1] - 9 - 4] ^= 1; /* a byte of the last event or the trailer */
	CHECK(save(p[3], cut, len[1]) == 0);
	const char *bad2[3] = {p[0], p[1], p[3]};
	CHECK(prof_merge_median(bad2, 3, out, err, sizeof err) == -1);
	FILE *f = fopen(out, "rb");
	CHECK(f == NULL);
	if (f)
		fclose(f);
	free(cut);
	free(other);
	for (int i = 0; i < 4; i++)
		remove(p[i]);
	for (int i = 0; i < 3; i++)
		free(img[i]);
	remove(dir);
}

int main(void)
{
	test_valid();
	test_merge();
	test_fixed_site();
	test_truncations();
	test_corruptions();
	test_header_errors();
	test_event_errors();
	test_structure();
	return tu_done("test_reader");
}
