/*
 * bigdec.h — a tiny schoolbook big integer (base 10^9 limbs, non-negative) for checking the
 * GMP results of checkpoint/revolve.c independently: from/to decimal, compare, add, subtract,
 * multiply, and exact division by a small number. Slow and simple on purpose.
 */
#ifndef STAD_BIGDEC_H
#define STAD_BIGDEC_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BD_BASE 1000000000u
#define BD_MAX 400 /* limbs: up to 3600 decimal digits */

typedef struct Big {
	int n;              /* limbs in use (0 for zero) */
	uint32_t d[BD_MAX]; /* little-endian */
} Big;

static inline void bd_trim(Big *a)
{
	while (a->n > 0 && a->d[a->n - 1] == 0)
		a->n--;
}

static inline void bd_from_u64(Big *a, uint64_t v)
{
	a->n = 0;
	while (v) {
		a->d[a->n++] = (uint32_t)(v % BD_BASE);
		v /= BD_BASE;
	}
}

static inline void bd_from_dec(Big *a, const char *s)
{
	int len = (int)strlen(s);
	a->n = 0;
	for (int end = len; end > 0; end -= 9) {
		int start = end - 9 < 0 ? 0 : end - 9;
		uint32_t v = 0;
		for (int i = start; i < end; i++)
			v = v * 10 + (uint32_t)(s[i] - '0');
		a->d[a->n++] = v;
	}
	bd_trim(a);
}

static inline void bd_to_dec(const Big *a, char *out)
{
	char *p = out;
	if (a->n == 0) {
		strcpy(out, "0");
		return;
	}
	p += sprintf(p, "%u", a->d[a->n - 1]);
	for (int i = a->n - 2; i >= 0; i--)
		p += sprintf(p, "%09u", a->d[i]);
}

static inline int bd_cmp(const Big *a, const Big *b)
{
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (int i = a->n - 1; i >= 0; i--)
		if (a->d[i] != b->d[i])
			return a->d[i] < b->d[i] ? -1 : 1;
	return 0;
}

static inline void bd_add(Big *r, const Big *a, const Big *b)
{
	uint64_t carry = 0;
	int n = a->n > b->n ? a->n : b->n;
	for (int i = 0; i < n; i++) {
		uint64_t s = carry + (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
		r->d[i] = (uint32_t)(s % BD_BASE);
		carry = s / BD_BASE;
	}
	r->n = n;
	if (carry)
		r->d[r->n++] = (uint32_t)carry;
}

/* r = a - b, a >= b */
static inline void bd_sub(Big *r, const Big *a, const Big *b)
{
	int64_t borrow = 0;
	for (int i = 0; i < a->n; i++) {
		int64_t s = (int64_t)a->d[i] - borrow - (i < b->n ? b->d[i] : 0);
		borrow = s < 0;
		r->d[i] = (uint32_t)(s + (borrow ? BD_BASE : 0));
	}
	r->n = a->n;
	bd_trim(r);
}

static inline void bd_mul(Big *r, const Big *a, const Big *b)
{
	uint64_t acc[2 * BD_MAX + 1];
	int n = a->n + b->n;
	memset(acc, 0, sizeof(uint64_t) * (size_t)(n + 1));
	for (int i = 0; i < a->n; i++) {
		uint64_t carry = 0;
		for (int j = 0; j < b->n; j++) {
			uint64_t cur = acc[i + j] + (uint64_t)a->d[i] * b->d[j] + carry;
			acc[i + j] = cur % BD_BASE;
			carry = cur / BD_BASE;
		}
		for (int k = i + b->n; carry; k++) {
			uint64_t cur = acc[k] + carry;
			acc[k] = cur % BD_BASE;
			carry = cur / BD_BASE;
		}
	}
	for (int i = 0; i < n; i++)
		r->d[i] = (uint32_t)acc[i];
	r->n = n;
	bd_trim(r);
}

/* a /= v (v < 2^32), returns the remainder */
static inline uint32_t bd_div_small(Big *a, uint32_t v)
{
	uint64_t rem = 0;
	for (int i = a->n - 1; i >= 0; i--) {
		uint64_t cur = rem * BD_BASE + a->d[i];
		a->d[i] = (uint32_t)(cur / v);
		rem = cur % v;
	}
	bd_trim(a);
	return (uint32_t)rem;
}

/* out = C(n, k) for small k: prod_{i=1..k} (n-k+i) / i, each prefix an integer. */
static inline void bd_binom(Big *out, const Big *n, uint32_t k)
{
	Big one, base, f, t;
	bd_from_u64(&one, 1);
	bd_from_u64(out, 1);
	bd_from_u64(&t, k);
	if (bd_cmp(n, &t) < 0) {
		out->n = 0;
		return;
	}
	bd_sub(&base, n, &t); /* n - k */
	for (uint32_t i = 1; i <= k; i++) {
		bd_add(&base, &base, &one); /* n - k + i */
		bd_mul(&f, out, &base);
		bd_div_small(&f, i);
		*out = f;
	}
}

#endif /* STAD_BIGDEC_H */
