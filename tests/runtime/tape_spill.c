/*
 * tape_spill.c — tapes larger than memory (srt_tape_set_limit, $STAD_TAPE_LIMIT): with tiny
 * chunks and a limit of three of them, a random stream of values and blocks goes through the
 * spill file and back; pops interleave with pushes the way checkpointed adjoints move (up,
 * partly down, up again); every value must come back exactly, the chunk memory must stay
 * within the limit, and the traffic must show in the stats file. Then $STAD_TAPE_LIMIT's
 * parsing, and srt_reset in the middle of a spilled tape.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdlib.h>
#include <unistd.h>

#include "stad_rt.h"
#include "rt_test.h"

static uint64_t rng_state = 2463534242ull;
static uint64_t rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

enum { MAXITEMS = 20000, MAXBLOCK = 300 };

/* The stream: item k is a block of len[k] bytes whose content depends on k only. */
static unsigned short len[MAXITEMS];

static void content(unsigned char *b, size_t n, int k)
{
	for (size_t i = 0; i < n; i++)
		b[i] = (unsigned char)((unsigned)k * 131u + (unsigned)i * 17u + (unsigned)(k >> 8));
}

static int top; /* items on the tape */
static size_t bytes;

static void push_to(int n)
{
	unsigned char b[MAXBLOCK];
	for (; top < n; top++) {
		content(b, len[top], top);
		srt_push_block(b, len[top]);
		bytes += len[top];
	}
}

static void pop_to(int n)
{
	unsigned char b[MAXBLOCK], want[MAXBLOCK];
	while (top > n) {
		top--;
		srt_pop_block(b, len[top]);
		content(want, len[top], top);
		if (memcmp(b, want, len[top]) != 0) {
			fprintf(stderr, "item %d (%u bytes) came back changed\n", top, (unsigned)len[top]);
			rt_failures++;
			return;
		}
		bytes -= len[top];
	}
}

static uint64_t stat_of(const char *path, const char *key)
{
	FILE *f = fopen(path, "r");
	char k[64];
	unsigned long long v;
	uint64_t found = UINT64_MAX;
	if (!f)
		return found;
	while (fscanf(f, "%63s %llu", k, &v) == 2)
		if (!strcmp(k, key))
			found = v;
	fclose(f);
	return found;
}

/* Up to n items, then random walks down and up (never below 0), then down to empty. */
static void walk(int n, size_t chunk, size_t limit)
{
	for (int k = 0; k < MAXITEMS; k++)
		len[k] = (unsigned short)(rng() % 5 == 0 ? 1 + rng() % MAXBLOCK : (rng() % 2 ? 8 : 4));
	CHECK(srt_tape_set_chunk_bytes(chunk) == 0);
	if (limit != SIZE_MAX) /* SIZE_MAX: the limit of $STAD_TAPE_LIMIT */
		CHECK(srt_tape_set_limit(limit) == 0);
	push_to(n);
	CHECK_EQ_U(srt_tape_bytes(), bytes);
	for (int r = 0; r < 16 && !rt_failures; r++) {
		pop_to((int)(rng() % (uint64_t)(top + 1)));
		push_to(top + (int)(rng() % (uint64_t)(MAXITEMS - top)));
		CHECK_EQ_U(srt_tape_bytes(), bytes);
	}
	pop_to(0);
	CHECK_EQ_U(srt_tape_bytes(), 0);
	CHECK_EQ_U(srt_error(), SRT_OK);
}

int main(void)
{
	const char *stats = "tape_spill.stats";

	/* $STAD_TAPE_LIMIT is read by srt_init (lazily, at the first chunk) */
	setenv("STAD_TAPE_LIMIT", "1.5 KiB", 1); /* a size as every stad option reads it (srt_size.h) */
	walk(5000, 64, SIZE_MAX);
	CHECK(srt_stats_write(stats) == 0);
	CHECK_EQ_U(stat_of(stats, "tape_limit_bytes"), 1536);
	CHECK(stat_of(stats, "spill_write_bytes") > 10000);
	CHECK(stat_of(stats, "spill_read_bytes") > 10000);
	CHECK(stat_of(stats, "tape_memory_peak_bytes") <= 1536);

	/* three chunks at the least, whatever the limit; values straddling every boundary */
	srt_reset();
	walk(MAXITEMS / 2, 48, 1);
	CHECK(srt_stats_write(stats) == 0);
	CHECK(stat_of(stats, "tape_memory_peak_bytes") <= 3 * 48);
	CHECK(stat_of(stats, "spill_write_bytes") > 0);

	/* reset with most of the tape on disk, then a fresh run over the same file offsets */
	srt_tape_set_chunk_bytes(256);
	srt_tape_set_limit(1024);
	push_to(15000);
	srt_reset();
	top = 0;
	bytes = 0;
	CHECK_EQ_U(srt_tape_bytes(), 0);
	walk(8000, 256, 1024);

	/* no limit again: nothing goes to the file */
	srt_reset();
	walk(8000, 256, 0);
	CHECK(srt_stats_write(stats) == 0);
	CHECK_EQ_U(stat_of(stats, "spill_write_bytes"), UINT64_MAX); /* the line is absent */

	/* a limit cannot change under a non-empty tape */
	push_to(10);
	CHECK(srt_tape_set_limit(4096) == -1);
	pop_to(0);
	remove(stats);
	return rt_finish("tape_spill");
}
