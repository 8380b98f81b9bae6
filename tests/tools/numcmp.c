/*
 * numcmp.c — compare the numbers in two program outputs, ignoring how they are formatted.
 *
 *     numcmp [--rtol 1e-13] [--atol 1e-300] [--max N] A.txt B.txt
 *
 * The primal tests run a Fortran program twice, once built by gfortran and once translated to C
 * by stad, and both print with PRINT * / WRITE(*,*). The two runtimes format numbers differently
 * (gfortran writes "0.10000000149011612" and "1.0000000000000000E-005", stad's C may write
 * "0.1000000014901161" and "1e-05"), so the outputs are compared as sequences of numbers, not as
 * text. A number token is an integer or a real with an optional E/D/Q exponent (also Fortran's
 * letterless "1.5+300"), or a special value (gfortran's Infinity / NaN, C's inf / nan, with a
 * sign); gfortran's list-directed logicals `T` and `F` (whole words, upper case) count as 1 and 0.
 * Every other word is ignored, including words that merely contain digits ("x2", "3rd").
 *
 * Two numbers match when |a - b| <= atol + rtol * max(|a|, |b|); NaN matches NaN, an infinity
 * matches only the same infinity. Both files must hold the same count of numbers.
 * Exit status: 0 equal, 1 different, 2 usage or I/O error. The first mismatches are printed
 * with their index, line numbers, tokens and relative difference.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Num {
	double v;
	int line;     /* 1-based line of the token */
	char tok[40]; /* the token as written (truncated), for the report */
} Num;

typedef struct NumList {
	Num *v;
	int n, cap;
} NumList;

static int is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}
static int is_word(int c)
{
	return is_alpha(c) || is_digit(c) || c == '_';
}

static void push(NumList *l, double v, int line, const char *s, size_t len)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 256;
		l->v = realloc(l->v, (size_t)l->cap * sizeof *l->v);
		if (!l->v) {
			fprintf(stderr, "numcmp: out of memory\n");
			exit(2);
		}
	}
	Num *x = &l->v[l->n++];
	x->v = v;
	x->line = line;
	if (len >= sizeof x->tok)
		len = sizeof x->tok - 1;
	memcpy(x->tok, s, len);
	x->tok[len] = '\0';
}

/* Case-insensitive comparison of s[0..len) with a lower-case word. */
static int word_is(const char *s, size_t len, const char *w)
{
	if (strlen(w) != len)
		return 0;
	for (size_t i = 0; i < len; i++) {
		int c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c != w[i])
			return 0;
	}
	return 1;
}

/* Special value named by a word (inf, Infinity, nan, NaN, ...); returns 0 if it is none. */
static int special_value(const char *s, size_t len, double *v)
{
	if (word_is(s, len, "inf") || word_is(s, len, "infinity")) {
		*v = HUGE_VAL;
		return 1;
	}
	if (word_is(s, len, "nan")) {
		*v = NAN;
		return 1;
	}
	return 0;
}

/*
 * Try to read a numeric literal at s[i] (after an optional sign, already skipped by the caller).
 * Grammar: digits [. digits] | . digits, then an optional exponent [eEdDqQ][+-]digits, or,
 * only when the mantissa has a point, a letterless Fortran exponent [+-]digits.
 * Returns the index just past the literal, or i if there is none. Writes a strtod-ready copy.
 */
static size_t scan_literal(const char *s, size_t n, size_t i, char *buf, size_t bufsz)
{
	size_t j = i, k = 0;
	int digits = 0, point = 0;
#define PUT(c)                                                                                                                   \
	do {                                                                                                                     \
		if (k + 1 < bufsz)                                                                                               \
			buf[k++] = (char)(c);                                                                                    \
	} while (0)
	while (j < n && is_digit(s[j])) {
		PUT(s[j++]);
		digits++;
	}
	if (j < n && s[j] == '.') {
		point = 1;
		PUT(s[j++]);
		while (j < n && is_digit(s[j])) {
			PUT(s[j++]);
			digits++;
		}
	}
	if (!digits)
		return i;
	/* exponent with a letter */
	if (j < n && strchr("eEdDqQ", s[j])) {
		size_t e = j + 1;
		if (e < n && (s[e] == '+' || s[e] == '-'))
			e++;
		if (e < n && is_digit(s[e])) {
			PUT('e');
			for (size_t t = j + 1; t < e; t++)
				PUT(s[t]);
			while (e < n && is_digit(s[e]))
				PUT(s[e++]);
			j = e;
		}
	} else if (point && j + 1 < n && (s[j] == '+' || s[j] == '-') && is_digit(s[j + 1])) {
		/* gfortran's E format drops the letter when the exponent has three digits */
		size_t e = j + 1;
		PUT('e');
		PUT(s[j]);
		while (e < n && is_digit(s[e]))
			PUT(s[e++]);
		j = e;
	}
#undef PUT
	buf[k] = '\0';
	return j;
}

/* Extract every number token of text[0..n). */
static void extract(const char *s, size_t n, NumList *out)
{
	size_t i = 0;
	int line = 1;
	char buf[512];
	while (i < n) {
		int c = (unsigned char)s[i];
		if (c == '\n') {
			line++;
			i++;
			continue;
		}
		size_t start = i;
		int neg = 0;
		size_t j = i;
		if (c == '+' || c == '-') {
			neg = c == '-';
			j++;
		}
		if (j < n && is_alpha(s[j])) {
			/* a word: maybe a (signed) special value or, unsigned, a logical */
			size_t e = j;
			while (e < n && is_word(s[e]))
				e++;
			double v;
			if (special_value(s + j, e - j, &v))
				push(out, neg ? -v : v, line, s + start, e - start);
			else if (j == start && e - j == 1 && (s[j] == 'T' || s[j] == 'F'))
				push(out, s[j] == 'T' ? 1.0 : 0.0, line, s + start, 1);
			i = e;
			continue;
		}
		if (j < n && (is_digit(s[j]) || s[j] == '.')) {
			size_t e = scan_literal(s, n, j, buf, sizeof buf);
			if (e == j) { /* a lone '.', '+' or '-' */
				i = j + 1;
				continue;
			}
			if (e < n && is_word(s[e])) {
				/* digits glued to letters ("3rd", "1x"): a word, not a number */
				while (e < n && is_word(s[e]))
					e++;
				i = e;
				continue;
			}
			errno = 0;
			double v = strtod(buf, NULL);
			push(out, neg ? -v : v, line, s + start, e - start);
			i = e;
			continue;
		}
		if (is_word(c)) { /* cannot happen for letters/digits, but '_' starts a word */
			while (i < n && is_word(s[i]))
				i++;
			continue;
		}
		i = j > i ? j : i + 1;
	}
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "numcmp: cannot open %s: %s\n", path, strerror(errno));
		exit(2);
	}
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	for (;;) {
		if (!buf) {
			fprintf(stderr, "numcmp: out of memory\n");
			exit(2);
		}
		n += fread(buf + n, 1, cap - n, f);
		if (n < cap)
			break;
		cap *= 2;
		buf = realloc(buf, cap);
	}
	if (ferror(f)) {
		fprintf(stderr, "numcmp: cannot read %s\n", path);
		exit(2);
	}
	fclose(f);
	*len = n;
	return buf;
}

/* Do a and b match within the tolerances? Also returns the relative difference. */
static int match(double a, double b, double rtol, double atol, double *rel)
{
	*rel = 0;
	if (isnan(a) || isnan(b))
		return isnan(a) && isnan(b);
	if (isinf(a) || isinf(b))
		return a == b;
	double d = fabs(a - b), m = fmax(fabs(a), fabs(b));
	*rel = m > 0 ? d / m : 0;
	return d <= atol + rtol * m;
}

static void usage(FILE *f)
{
	fprintf(f,
	        "usage: numcmp [--rtol R] [--atol A] [--max N] A.txt B.txt\n"
	        "Compare the numbers (integers, reals, Infinity/NaN, logical T/F) in two outputs.\n"
	        "Defaults: --rtol 1e-13 --atol 1e-300 --max 10 (mismatches reported).\n"
	        "Exit 0 if equal, 1 if not, 2 on usage or I/O errors.\n");
}

static double number_arg(const char *opt, const char *s)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (errno || end == s || *end || v < 0) {
		fprintf(stderr, "numcmp: bad value for %s: '%s'\n", opt, s);
		exit(2);
	}
	return v;
}

int main(int argc, char **argv)
{
	double rtol = 1e-13, atol = 1e-300;
	int maxrep = 10;
	const char *files[2];
	int nfiles = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(a, "--rtol") || !strcmp(a, "--atol") || !strcmp(a, "--max")) {
			if (i + 1 >= argc) {
				fprintf(stderr, "numcmp: %s needs a value\n", a);
				return 2;
			}
			double v = number_arg(a, argv[++i]);
			if (!strcmp(a, "--rtol"))
				rtol = v;
			else if (!strcmp(a, "--atol"))
				atol = v;
			else
				maxrep = (int)v;
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "numcmp: unknown option '%s'\n", a);
			usage(stderr);
			return 2;
		} else if (nfiles < 2) {
			files[nfiles++] = a;
		} else {
			usage(stderr);
			return 2;
		}
	}
	if (nfiles != 2) {
		usage(stderr);
		return 2;
	}

	NumList l[2] = {{NULL, 0, 0}, {NULL, 0, 0}};
	for (int f = 0; f < 2; f++) {
		size_t len;
		char *text = slurp(files[f], &len);
		extract(text, len, &l[f]);
		free(text);
	}

	int bad = 0;
	if (l[0].n != l[1].n) {
		printf("numcmp: count differs: %s has %d numbers, %s has %d\n", files[0], l[0].n, files[1], l[1].n);
		bad = 1;
	}
	int common = l[0].n < l[1].n ? l[0].n : l[1].n, nmis = 0;
	for (int k = 0; k < common; k++) {
		double rel;
		const Num *a = &l[0].v[k], *b = &l[1].v[k];
		if (match(a->v, b->v, rtol, atol, &rel))
			continue;
		if (nmis < maxrep) {
			printf("numcmp: #%d (line %d vs line %d): %s vs %s  (%.17g vs %.17g", k + 1, a->line, b->line, a->tok,
			       b->tok, a->v, b->v);
			if (isfinite(a->v) && isfinite(b->v))
				printf(", rel diff %.3g", rel);
			printf(")\n");
		}
		nmis++;
	}
	if (nmis > maxrep)
		printf("numcmp: ... %d mismatches in all\n", nmis);
	if (nmis)
		bad = 1;
	if (l[0].n != l[1].n) {
		const NumList *lng = l[0].n > l[1].n ? &l[0] : &l[1];
		printf("numcmp: first extra number: #%d (line %d): %s\n", common + 1, lng->v[common].line, lng->v[common].tok);
	}
	free(l[0].v);
	free(l[1].v);
	return bad;
}
