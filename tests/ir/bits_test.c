/*
 * bits_test.c — ad/'s sets over symbol ids (ad_int.h) in their two kinds, dense and sparse (a
 * routine's summaries): fed the same random sets, ORs, masked ORs, copies and clears, over ids
 * spread as a program's are (a routine's own ids in a run, globals low, a few far off), every
 * answer of a sparse set must be the dense set's, and both a plain array's of flags. A third
 * kind, TBR's temporaries (rev_tmp_bits: dense with a list of the words that may be set, kept
 * for reuse when freed), gets the same operations from the dense sets and from each other.
 */
#include "ad_int.h"
#include "rev_int.h"

#include <stdio.h>
#include <stdlib.h>

enum { NBITS = 5000, NSETS = 6, ROUNDS = 5000 };

static unsigned long long seed = 88172645463325252ull;

static int rnd(int n)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return (int)(seed % (unsigned long long)n);
}

static int some_id(void)
{
	switch (rnd(4)) {
	case 0: return rnd(128);                  /* globals */
	case 1: return 2000 + rnd(96);            /* a routine's own ids */
	case 2: return 63 + 64 * rnd(NBITS / 64); /* word edges */
	default: return rnd(NBITS);
	}
}

int main(void)
{
	IrArena *a = ir_arena_new();
	Bits dense[NSETS], sparse[NSETS], tmp[NSETS];
	static unsigned char flag[NSETS][NBITS];
	Bits mask = ad_bits_new(a, NBITS);
	static unsigned char mflag[NBITS];
	for (int i = 0; i < 400; i++) {
		int id = some_id();
		ad_bits_set(mask, id);
		mflag[id] = 1;
	}
	for (int s = 0; s < NSETS; s++) {
		dense[s] = ad_bits_new(a, NBITS);
		sparse[s] = ad_bits_sparse(a);
		tmp[s] = rev_tmp_bits(NBITS);
	}
	int bad = 0;
	for (int round = 0; round < ROUNDS && !bad; round++) {
		int x = rnd(NSETS), y = rnd(NSETS), op = rnd(100);
		if (op < 60) {
			int id = some_id();
			ad_bits_set(dense[x], id);
			ad_bits_set(sparse[x], id);
			ad_bits_set(tmp[x], id);
			flag[x][id] = 1;
		} else if (op < 75) {
			int ct = rnd(2) ? ad_bits_or(tmp[x], tmp[y]) : ad_bits_or(tmp[x], dense[y]);
			int cd = ad_bits_or(dense[x], sparse[y]), cs = ad_bits_or(sparse[x], dense[y]);
			int ch = 0;
			for (int i = 0; i < NBITS; i++) {
				ch |= flag[y][i] && !flag[x][i];
				flag[x][i] |= flag[y][i];
			}
			if (cd != ch || cs != ch || ct != ch) {
				fprintf(stderr, "round %d: or reports a change %d/%d, expected %d\n", round, cd, cs, ch);
				bad = 1;
			}
		} else if (op < 88) {
			ad_bits_or_masked(dense[x], sparse[y], mask);
			ad_bits_or_masked(sparse[x], dense[y], mask);
			ad_bits_or_masked(tmp[x], tmp[y], mask);
			for (int i = 0; i < NBITS; i++)
				flag[x][i] |= flag[y][i] && mflag[i];
		} else if (op < 94) {
			if (x != y) {
				ad_bits_copy(dense[x], sparse[y]);
				ad_bits_copy(sparse[x], dense[y]);
				if (rnd(2))
					ad_bits_copy(tmp[x], tmp[y]);
				else
					ad_bits_copy(tmp[x], dense[y]);
				for (int i = 0; i < NBITS; i++)
					flag[x][i] = flag[y][i];
			}
		} else if (op < 97) {
			ad_bits_clear(dense[x]);
			ad_bits_clear(sparse[x]);
			if (rnd(2)) {
				ad_bits_clear(tmp[x]);
			} else { /* freed and made again: a kept one comes back empty */
				rev_tmp_free(tmp[x]);
				tmp[x] = rev_tmp_bits(NBITS);
			}
			for (int i = 0; i < NBITS; i++)
				flag[x][i] = 0;
		} else {
			int same = 1;
			for (int i = 0; i < NBITS; i++)
				same &= flag[x][i] == flag[y][i];
			if (ad_bits_eq(sparse[x], sparse[y]) != same || ad_bits_eq(dense[x], sparse[y]) != same ||
			    ad_bits_eq(tmp[x], tmp[y]) != same || ad_bits_eq(tmp[x], dense[y]) != same ||
			    ad_bits_eq(dense[x], tmp[y]) != same) {
				fprintf(stderr, "round %d: eq of sets %d and %d wrong\n", round, x, y);
				bad = 1;
			}
		}
		for (int i = 0; i < NBITS && !bad; i++)
			if (ad_bits_get(dense[x], i) != flag[x][i] || ad_bits_get(sparse[x], i) != flag[x][i] ||
			    ad_bits_get(tmp[x], i) != flag[x][i]) {
				fprintf(stderr, "round %d: set %d, id %d: dense %d, sparse %d, expected %d\n", round, x, i,
				        ad_bits_get(dense[x], i), ad_bits_get(sparse[x], i), flag[x][i]);
				bad = 1;
			}
		/* a temporary's listed words (ad_bits_words): ascending, each once, every nonzero word among them */
		int *wv, nwv = ad_bits_words(tmp[x], &wv), nz = 0;
		for (int k = 0; k < nwv && !bad; k++)
			if (k && wv[k] <= wv[k - 1]) {
				fprintf(stderr, "round %d: set %d, listed words not ascending\n", round, x);
				bad = 1;
			}
		for (int k = 0; k < nwv; k++)
			nz += tmp[x].w[wv[k]] != 0;
		for (int wi = 0; wi < tmp[x].nw && !bad; wi++)
			nz -= tmp[x].w[wi] != 0;
		if (nz && !bad) {
			fprintf(stderr, "round %d: set %d, a nonzero word is not listed\n", round, x);
			bad = 1;
		}
		/* the stored words, in order, are the nonzero words */
		int last = -1;
		for (int k = 0; k < ad_bits_nslots(sparse[x]) && !bad; k++) {
			int wi;
			uint64_t w = ad_bits_slot(sparse[x], k, &wi);
			if (wi <= last || !w || w != dense[x].w[wi]) {
				fprintf(stderr, "round %d: set %d, stored word %d (index %d) wrong\n", round, x, k, wi);
				bad = 1;
			}
			last = wi;
		}
	}
	for (int s = 0; s < NSETS; s++)
		rev_tmp_free(tmp[s]);
	rev_tmp_pool_free();
	ir_arena_free(a);
	if (!bad)
		printf("ad bits: %d rounds, sparse, dense and spanned dense sets agree\n", ROUNDS);
	return bad;
}
