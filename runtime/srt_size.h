/*
 * srt_size.h — how stad reads a size, everywhere: STAD_TAPE_LIMIT (the runtime), `stad tune
 * --budget` (profile/) and `stad revolve --memory` (checkpoint/). One grammar, so that what one
 * accepts the others accept:
 *
 *     [blanks] DIGITS [. DIGITS] [blanks] [UNIT] [blanks]      (or . DIGITS; no sign, no exponent)
 *
 * UNIT is case-insensitive: none or B (bytes); K, KiB, M, MiB, G, GiB, T, TiB, P, PiB (powers of
 * 1024); kB, MB, GB, TB, PB (powers of 1000). A caller may accept other units (tune's `x` and
 * `off`): srt_size_split hands it the unit's text. The value is rounded down to whole bytes.
 *
 * Header-only (static functions) because the runtime library is built on its own, without
 * stad's libraries; the arbitrary-precision evaluation (GMP) stays in checkpoint/revolve.c.
 */
#ifndef SRT_SIZE_H
#define SRT_SIZE_H

#include <ctype.h>
#include <stdint.h>
#include <string.h>

typedef struct SrtSizeText {
	const char *num; /* the integer digits (nint of them), then maybe '.' and nfrac digits */
	size_t nint, nfrac;
	const char *unit; /* the unit's letters, nunit of them */
	size_t nunit;
} SrtSizeText;

/* A unit is base^power bytes. */
typedef struct SrtSizeUnit {
	const char *name;
	unsigned base, power;
} SrtSizeUnit;

static const SrtSizeUnit srt_size_units[] = {
        {"", 1, 0},       {"b", 1, 0},     {"k", 1024, 1}, {"kib", 1024, 1}, {"kb", 1000, 1}, {"m", 1024, 2},
        {"mib", 1024, 2}, {"mb", 1000, 2}, {"g", 1024, 3}, {"gib", 1024, 3}, {"gb", 1000, 3}, {"t", 1024, 4},
        {"tib", 1024, 4}, {"tb", 1000, 4}, {"p", 1024, 5}, {"pib", 1024, 5}, {"pb", 1000, 5},
};

static inline int srt_size_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Splits S into number and unit text. 0, or -1 when S is not NUMBER [UNIT]. */
static inline int srt_size_split(const char *s, SrtSizeText *t)
{
	if (!s)
		return -1;
	const char *p = s;
	while (srt_size_blank(*p))
		p++;
	t->num = p;
	t->nint = t->nfrac = 0;
	while (isdigit((unsigned char)*p))
		p++, t->nint++;
	if (*p == '.')
		for (p++; isdigit((unsigned char)*p); p++)
			t->nfrac++;
	if (t->nint + t->nfrac == 0)
		return -1;
	while (srt_size_blank(*p))
		p++;
	t->unit = p;
	while (isalpha((unsigned char)*p))
		p++;
	t->nunit = (size_t)(p - t->unit);
	while (srt_size_blank(*p))
		p++;
	return *p ? -1 : 0;
}

/* The unit named by T's text, or NULL. */
static inline const SrtSizeUnit *srt_size_unit(const SrtSizeText *t)
{
	for (size_t i = 0; i < sizeof srt_size_units / sizeof srt_size_units[0]; i++) {
		const char *n = srt_size_units[i].name;
		if (strlen(n) != t->nunit)
			continue;
		size_t k = 0;
		while (k < t->nunit && tolower((unsigned char)t->unit[k]) == n[k])
			k++;
		if (k == t->nunit)
			return &srt_size_units[i];
	}
	return NULL;
}

/* floor(T's number * MULT) in *OUT: exact for the integer part, the decimals through long
 * double (rounded down). 0, or -1 when it exceeds 2^64 - 1. */
static inline int srt_size_times(const SrtSizeText *t, uint64_t mult, uint64_t *out)
{
	uint64_t v = 0;
	for (size_t i = 0; i < t->nint; i++) {
		unsigned d = (unsigned)(t->num[i] - '0');
		if (v > (UINT64_MAX - d) / 10)
			return -1;
		v = v * 10 + d;
	}
	if (mult && v > UINT64_MAX / mult)
		return -1;
	v *= mult;
	long double frac = 0, scale = 1;
	for (size_t i = 0; i < t->nfrac && i < 30; i++) {
		scale /= 10;
		frac += (long double)(t->num[t->nint + 1 + i] - '0') * scale;
	}
	uint64_t extra = (uint64_t)(frac * (long double)mult); /* < mult: frac < 1 */
	if (v > UINT64_MAX - extra)
		return -1;
	*out = v + extra;
	return 0;
}

/* S as a number of bytes. 0, or -1 (not a size, or more than 2^64 - 1 bytes). */
static inline int srt_size_parse(const char *s, uint64_t *out)
{
	SrtSizeText t;
	const SrtSizeUnit *u;
	if (srt_size_split(s, &t) != 0 || !(u = srt_size_unit(&t)))
		return -1;
	uint64_t mult = 1;
	for (unsigned i = 0; i < u->power; i++)
		mult *= u->base;
	return srt_size_times(&t, mult, out);
}

#endif
