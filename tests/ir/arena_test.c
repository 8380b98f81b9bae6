/*
 * arena_test.c — the IR arena hands out zeroed, aligned, disjoint memory: small objects, objects
 * big enough for a block of their own, and enough of them to reach the mapped blocks (2 MiB
 * aligned, not memset). Each object is filled with its own byte and all are checked at the end,
 * so an overlap or a block reused shows. Then ir_arena_reset, and the same again twice: the
 * blocks it keeps (filled with the first round's bytes) must be handed out zeroed again.
 * In each round a mark is taken halfway: ir_arena_since must tell every object of the second
 * half (small, own-block, mapped) from every object of the first and from memory not the arena's.
 */
#include "ir.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

enum { N = 60000 };

static size_t size_of(int i)
{
	if (i % 9973 == 0)
		return (size_t)3 * 1024 * 1024 + (size_t)i; /* bigger than a block */
	if (i % 997 == 0)
		return 40000 + (size_t)i; /* a block of its own while blocks are small */
	return 1 + (size_t)(i * 7919) % 300;
}

/* One round of N objects in a; 1 on a failure. */
static int fill(IrArena *a, int round)
{
	static unsigned char *p[N];
	int bad = 0;
	size_t total = 0, before = ir_arena_handed(a);
	IrArenaMark mark = {0};
	for (int i = 0; i < N; i++) {
		size_t n = size_of(i);
		if (i == N / 2)
			mark = ir_arena_mark(a);
		total += n;
		p[i] = ir_alloc(a, n);
		if ((uintptr_t)p[i] % IR_ALIGN) {
			fprintf(stderr, "round %d: object %d not aligned\n", round, i);
			bad = 1;
		}
		for (size_t k = 0; k < n; k++)
			if (p[i][k]) {
				fprintf(stderr, "round %d: object %d (%zu bytes) not zero at %zu\n", round, i, n, k);
				bad = 1;
				break;
			}
		for (size_t k = 0; k < n; k++)
			p[i][k] = (unsigned char)((i + round) % 251 + 1);
	}
	for (int i = 0; i < N && !bad; i++)
		for (size_t k = 0, n = size_of(i); k < n; k++)
			if (p[i][k] != (unsigned char)((i + round) % 251 + 1)) {
				fprintf(stderr, "round %d: object %d overwritten at %zu\n", round, i, k);
				bad = 1;
				break;
			}
	for (int i = 0; i < N && !bad; i++)
		if (ir_arena_since(a, mark, p[i]) != (i >= N / 2)) {
			fprintf(stderr, "round %d: object %d (%zu bytes) %s the mark\n", round, i, size_of(i),
			        i >= N / 2 ? "taken as older than" : "taken as newer than");
			bad = 1;
		}
	if (!bad && (ir_arena_since(a, mark, &mark) || ir_arena_since(a, mark, NULL))) {
		fprintf(stderr, "round %d: memory not the arena's taken as newer than the mark\n", round);
		bad = 1;
	}
	if (ir_arena_handed(a) - before < total) {
		fprintf(stderr, "round %d: %zu bytes handed out, less than the %zu asked\n", round, ir_arena_handed(a) - before,
		        total);
		bad = 1;
	}
	return bad;
}

int main(void)
{
	IrArena *a = ir_arena_new();
	int bad = fill(a, 0);
	for (int round = 1; round <= 2 && !bad; round++) {
		ir_arena_reset(a);
		bad = fill(a, round);
	}
	ir_arena_free(a);
	if (!bad)
		printf("arena: 3 rounds of %d objects (reset between) zeroed, aligned and disjoint, told from a mark\n", N);
	return bad;
}
