/*
 * arena_test.c — the IR arena hands out zeroed, aligned, disjoint memory: small objects, objects
 * big enough for a block of their own, and enough of them to reach the mapped blocks (2 MiB
 * aligned, not memset). Each object is filled with its own byte and all are checked at the end,
 * so an overlap or a block reused shows.
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

int main(void)
{
	IrArena *a = ir_arena_new();
	static unsigned char *p[N];
	int bad = 0;
	for (int i = 0; i < N; i++) {
		size_t n = size_of(i);
		p[i] = ir_alloc(a, n);
		if ((uintptr_t)p[i] % _Alignof(max_align_t)) {
			fprintf(stderr, "object %d not aligned\n", i);
			bad = 1;
		}
		for (size_t k = 0; k < n; k++)
			if (p[i][k]) {
				fprintf(stderr, "object %d (%zu bytes) not zero at %zu\n", i, n, k);
				bad = 1;
				break;
			}
		for (size_t k = 0; k < n; k++)
			p[i][k] = (unsigned char)(i % 251 + 1);
	}
	for (int i = 0; i < N && !bad; i++)
		for (size_t k = 0, n = size_of(i); k < n; k++)
			if (p[i][k] != (unsigned char)(i % 251 + 1)) {
				fprintf(stderr, "object %d overwritten at %zu\n", i, k);
				bad = 1;
				break;
			}
	ir_arena_free(a);
	if (!bad)
		printf("arena: %d objects zeroed, aligned and disjoint\n", N);
	return bad;
}
