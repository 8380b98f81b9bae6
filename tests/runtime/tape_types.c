/*
 * tape_types.c — push/pop of every type (double, float, int, blocks of any length) across
 * chunk boundaries, with small chunks so that values straddle them, and the exact size, peak
 * and traffic after every operation.
 */
#include "stad_rt.h"
#include "rt_test.h"

static uint64_t rng_state = 88172645463325252ull;
static uint64_t rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

typedef struct Item {
	int type; /* 0 double, 1 float, 2 int, 3 block */
	double d;
	float f;
	int i;
	size_t n;      /* block length */
	unsigned seed; /* block content */
} Item;

static void fill(unsigned char *b, size_t n, unsigned seed)
{
	for (size_t k = 0; k < n; k++)
		b[k] = (unsigned char)(seed * 31u + k * 7u);
}

static size_t item_bytes(const Item *it)
{
	static const size_t sz[3] = {sizeof(double), sizeof(float), sizeof(int)};
	return it->type == 3 ? it->n : sz[it->type];
}

/* Pushes n random items, checks the counters after each, pops them back checking values. */
static void round_trip(size_t chunk, int n)
{
	Item *items = malloc((size_t)n * sizeof *items);
	unsigned char buf[300], got[300];
	size_t bytes = 0, peak = 0, traffic = 0;

	srt_reset();
	CHECK(srt_tape_set_chunk_bytes(chunk) == 0);
	for (int k = 0; k < n; k++) {
		Item *it = &items[k];
		it->type = (int)(rng() % 4);
		switch (it->type) {
		case 0:
			it->d = (double)(int64_t)rng() * 1e-7;
			srt_push_d(it->d);
			break;
		case 1:
			it->f = (float)(rng() % 100000) * 0.25f;
			srt_push_f(it->f);
			break;
		case 2:
			it->i = (int)(rng() % 2000000) - 1000000;
			srt_push_i(it->i);
			break;
		default:
			it->n = (size_t)(rng() % 300);
			it->seed = (unsigned)rng();
			fill(buf, it->n, it->seed);
			srt_push_block(buf, it->n);
		}
		bytes += item_bytes(it);
		traffic += item_bytes(it);
		if (bytes > peak)
			peak = bytes;
		CHECK_EQ_U(srt_tape_bytes(), bytes);
		CHECK_EQ_U(srt_tape_traffic(), traffic);
		CHECK_EQ_U(srt_tape_peak(), peak);
		/* Now and then pop a few items back and push them again: exercises the spare chunk. */
		if (k > 3 && rng() % 7 == 0) {
			for (int back = 0; back < 3; back++) {
				Item *b = &items[k - back];
				switch (b->type) {
				case 0: CHECK(srt_pop_d() == b->d); break;
				case 1: CHECK(srt_pop_f() == b->f); break;
				case 2: CHECK(srt_pop_i() == b->i); break;
				default:
					srt_pop_block(got, b->n);
					fill(buf, b->n, b->seed);
					CHECK(memcmp(got, buf, b->n) == 0);
				}
				bytes -= item_bytes(b);
				CHECK_EQ_U(srt_tape_bytes(), bytes);
			}
			for (int back = 2; back >= 0; back--) {
				Item *b = &items[k - back];
				switch (b->type) {
				case 0: srt_push_d(b->d); break;
				case 1: srt_push_f(b->f); break;
				case 2: srt_push_i(b->i); break;
				default: fill(buf, b->n, b->seed); srt_push_block(buf, b->n);
				}
				bytes += item_bytes(b);
				traffic += item_bytes(b);
			}
			CHECK_EQ_U(srt_tape_bytes(), bytes);
			CHECK_EQ_U(srt_tape_traffic(), traffic);
		}
	}
	for (int k = n - 1; k >= 0; k--) {
		Item *it = &items[k];
		switch (it->type) {
		case 0: CHECK(srt_pop_d() == it->d); break;
		case 1: CHECK(srt_pop_f() == it->f); break;
		case 2: CHECK(srt_pop_i() == it->i); break;
		default:
			srt_pop_block(got, it->n);
			fill(buf, it->n, it->seed);
			CHECK(memcmp(got, buf, it->n) == 0);
		}
		bytes -= item_bytes(it);
		CHECK_EQ_U(srt_tape_bytes(), bytes);
	}
	CHECK_EQ_U(srt_tape_bytes(), 0);
	CHECK_EQ_U(srt_tape_peak(), peak);
	CHECK_EQ_U(srt_tape_traffic(), traffic);
	CHECK(srt_error() == SRT_OK);
	free(items);
}

/* Exact sizes around one boundary: 16-byte chunks, a double straddling two of them. */
static void straddle(void)
{
	srt_reset();
	CHECK(srt_tape_set_chunk_bytes(16) == 0);
	srt_push_i(7);     /* 4 */
	srt_push_d(1.5);   /* 12 */
	srt_push_d(-2.25); /* 20: bytes 12..19 straddle chunks 1 and 2 */
	srt_push_f(3.0f);  /* 24 */
	CHECK_EQ_U(srt_tape_bytes(), 24);
	CHECK(srt_tape_set_chunk_bytes(64) == -1); /* not while the tape holds data */
	CHECK(srt_pop_f() == 3.0f);
	CHECK(srt_pop_d() == -2.25);
	CHECK_EQ_U(srt_tape_bytes(), 12);
	srt_push_d(4.5); /* reuses the spare chunk */
	CHECK(srt_pop_d() == 4.5);
	CHECK(srt_pop_d() == 1.5);
	CHECK(srt_pop_i() == 7);
	CHECK_EQ_U(srt_tape_bytes(), 0);
	CHECK_EQ_U(srt_tape_peak(), 24);
	CHECK_EQ_U(srt_tape_traffic(), 32);

	/* A block much longer than a chunk, popped in odd pieces (the tape is a byte stream). */
	unsigned char big[1000], back[1000];
	fill(big, sizeof big, 5);
	srt_push_block(big, sizeof big);
	CHECK_EQ_U(srt_tape_bytes(), 1000);
	srt_pop_block(back + 999, 1);
	srt_pop_block(back + 500, 499);
	srt_pop_block(back, 500);
	CHECK(memcmp(big, back, sizeof big) == 0);
	CHECK_EQ_U(srt_tape_peak(), 1000);
	/* Pushes after a trim (chunks handed back) and after a partial pop (chunks reused). */
	srt_tape_trim();
	srt_push_block(big, sizeof big);
	srt_pop_block(back, 600);
	srt_tape_trim();
	srt_push_block(big, 600);
	srt_pop_block(back, 600);
	CHECK(memcmp(big, back, 600) == 0);
	srt_pop_block(back, 400);
	CHECK(memcmp(big, back, 400) == 0);
	CHECK_EQ_U(srt_tape_bytes(), 0);

	srt_reset();
	CHECK_EQ_U(srt_tape_bytes(), 0);
	CHECK_EQ_U(srt_tape_peak(), 0);
	CHECK_EQ_U(srt_tape_traffic(), 0);
}

/* The default 1 MiB chunks: two million doubles cross 15 boundaries. */
static void default_chunks(void)
{
	const int n = 2000000;
	srt_reset();
	CHECK(srt_tape_set_chunk_bytes((size_t)1 << 20) == 0);
	for (int k = 0; k < n; k++)
		srt_push_d((double)k);
	CHECK_EQ_U(srt_tape_bytes(), (size_t)n * 8);
	int bad = 0;
	for (int k = n - 1; k >= 0; k--)
		bad += srt_pop_d() != (double)k;
	CHECK(bad == 0);
	CHECK_EQ_U(srt_tape_peak(), (size_t)n * 8);
	CHECK_EQ_U(srt_tape_traffic(), (size_t)n * 8);
}

int main(void)
{
	straddle();
	round_trip(16, 20000);
	round_trip(24, 20000);
	round_trip(64, 20000);
	round_trip(1000, 50000);
	round_trip((size_t)1 << 20, 50000);
	default_chunks();
	return rt_finish("tape_types");
}
