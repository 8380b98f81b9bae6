/*
 * io_helper.h — Fortran formatted output and units, interpreted at run time.
 *
 * This text is copied verbatim into generated C that has formatted WRITE/PRINT, OPEN, CLOSE,
 * REWIND or FLUSH (backend/io.c embeds it: the generated program stays one self-contained file,
 * like the other helpers), and it is #included by backend/io.c, whose format check at translation
 * time is stad_io_parse: a format stad refuses is exactly a format this interpreter cannot run.
 * Needs <stdio.h>, <stdlib.h>, <string.h> and <math.h> before it. C99, no warnings under
 * -Wall -Wextra; every function may be unused (STAD_IO_FN).
 *
 * Output layout is gfortran's: a WRITE is one record (or more, with `/` and format reversion)
 * built in a buffer with a position (X, T, TL, TR move it; what they skip is written as blanks
 * only when something follows), then written with its newline. Numbers are rounded by printf,
 * which rounds the exact binary value to nearest (ties to even), as gfortran does.
 * A statement is: stad_io_begin(unit, fmt), one stad_io_<type> call per item in order,
 * stad_io_end(). A format mistake found only at run time stops the program with a message.
 */
#ifndef STAD_IO_FN
#if defined(__GNUC__)
#define STAD_IO_FN static __attribute__((unused))
#else
#define STAD_IO_FN static
#endif
#endif

#define STAD_IO_MAXD 256 /* edit descriptors of one format */
#define STAD_IO_MAXN 16  /* nesting of parenthesised groups */
#define STAD_IO_MAXU 64  /* units open at once */

/* One element of a parsed format. kind: data descriptors 'I' 'F' 'E' 'D' 'S' (ES) 'N' (EN) 'G'
 * 'L' 'A'; control: 'X' (nX), '/' , ':', 'Q' (a quoted string or nH), 'P' (kP), 'T', 'l' (TLn),
 * 'r' (TRn), '+' (SP), '-' (SS, S), 'B' (BN, BZ: nothing on output), '(' and ')'. */
typedef struct stad_io_desc {
	char kind;
	int rep;         /* repeat count (groups, data descriptors, '/') */
	int w, d, e, m;  /* width (-1: none), digits, exponent digits (-1: none), minimum digits */
	const char *str; /* 'Q': the text, `len` bytes, '' doubled in the source */
	int len;
	int match; /* '(' and ')': index of the other parenthesis */
} stad_io_desc;

typedef struct stad_io_fmt {
	stad_io_desc d[STAD_IO_MAXD];
	int n;
	int revert; /* where format reversion goes back to */
} stad_io_fmt;

/* Parse the format text (blanks ignored outside strings). Returns 1, or 0 with a message. */
STAD_IO_FN int stad_io_parse(const char *s, long len, stad_io_fmt *f, char *msg, size_t msz)
{
	long i = 0;
	int stack[STAD_IO_MAXN + 1], depth = 0, last_top = -1;
	f->n = 0;
#define STAD_IO_FAIL(...) (snprintf(msg, msz, __VA_ARGS__), 0)
#define STAD_IO_SKIPB()                                                                                                          \
	while (i < len && (s[i] == ' ' || s[i] == '\t'))                                                                         \
	i++
	STAD_IO_SKIPB();
	if (i >= len || s[i] != '(')
		return STAD_IO_FAIL("a format must start with '('");
	for (;;) {
		STAD_IO_SKIPB();
		if (i >= len)
			return STAD_IO_FAIL("the format has no closing ')'");
		if (f->n >= STAD_IO_MAXD - 1)
			return STAD_IO_FAIL("the format has more than %d edit descriptors", STAD_IO_MAXD - 2);
		stad_io_desc *x = &f->d[f->n];
		memset(x, 0, sizeof *x);
		x->w = -1;
		x->e = -1;
		int sign = 1, have_num = 0;
		long num = 0;
		char c = s[i];
		if (c == ',') {
			i++;
			continue;
		}
		if (c == '-' || c == '+') {
			sign = c == '-' ? -1 : 1;
			i++;
			STAD_IO_SKIPB();
		}
		while (i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == ' ')) {
			if (s[i] != ' ')
				num = num * 10 + (s[i] - '0'), have_num = 1;
			if (num > 100000000)
				return STAD_IO_FAIL("a number in the format is too large");
			i++;
		}
		if (i >= len)
			return STAD_IO_FAIL("the format has no closing ')'");
		c = s[i];
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		if (sign < 0 && c != 'P')
			return STAD_IO_FAIL("a sign in the format must come before P");
		x->rep = have_num ? (int)num : 1;
		if (have_num && num == 0 && c != 'P')
			return STAD_IO_FAIL("a repeat count must be positive");
		i++;
		if (c == '(') {
			if (depth >= STAD_IO_MAXN)
				return STAD_IO_FAIL("the format nests groups more than %d deep", STAD_IO_MAXN);
			x->kind = '(';
			stack[depth++] = f->n;
			f->n++;
			continue;
		}
		if (c == ')') {
			if (depth == 0)
				return STAD_IO_FAIL("the format has an unmatched ')'");
			if (have_num)
				return STAD_IO_FAIL("a number before ')' in the format");
			int o = stack[--depth];
			x->kind = ')';
			x->match = o;
			f->d[o].match = f->n;
			if (depth == 1)
				last_top = o;
			f->n++;
			if (depth == 0)
				break;
			continue;
		}
		if (depth == 0)
			return STAD_IO_FAIL("the format must start with '('");
		if (c == '\'' || c == '"') {
			if (have_num)
				return STAD_IO_FAIL("a repeat count before a string in the format");
			long st = i;
			for (;;) {
				if (i >= len)
					return STAD_IO_FAIL("a string in the format is not closed");
				if (s[i] == s[st - 1]) {
					if (i + 1 < len && s[i + 1] == s[st - 1]) {
						i += 2;
						continue;
					}
					break;
				}
				i++;
			}
			x->kind = 'Q';
			x->str = s + st;
			x->len = (int)(i - st);
			x->m = s[st - 1]; /* the quote, to undouble */
			i++;
			f->n++;
			continue;
		}
		if (c == 'H') {
			if (!have_num || i + num > len)
				return STAD_IO_FAIL("an H edit descriptor needs a count of the characters that follow");
			x->kind = 'Q';
			x->str = s + i;
			x->len = (int)num;
			x->rep = 1;
			i += num;
			f->n++;
			continue;
		}
		if (c == '/' || c == ':') {
			x->kind = c;
			f->n++;
			continue;
		}
		if (c == 'P') {
			if (!have_num)
				return STAD_IO_FAIL("P needs a scale factor before it (1P)");
			x->kind = 'P';
			x->rep = 1;
			x->w = sign * (int)num;
			f->n++;
			continue;
		}
		if (c == 'X') {
			x->kind = 'X';
			x->w = x->rep;
			x->rep = 1;
			f->n++;
			continue;
		}
		/* words: SP SS S BN BZ TL TR T, data descriptors */
		char c2 = i < len ? s[i] : 0;
		if (c2 >= 'a' && c2 <= 'z')
			c2 = (char)(c2 - 'a' + 'A');
		if (c == 'S' && (c2 == 'P' || c2 == 'S')) {
			x->kind = c2 == 'P' ? '+' : '-';
			i++;
			f->n++;
			continue;
		}
		if (c == 'S') { /* a plain S: the sign mode back to the default */
			x->kind = '-';
			f->n++;
			continue;
		}
		if (c == 'B' && (c2 == 'N' || c2 == 'Z')) {
			x->kind = 'B';
			i++;
			f->n++;
			continue;
		}
		if (c == 'T' && (c2 == 'L' || c2 == 'R')) {
			x->kind = c2 == 'L' ? 'l' : 'r';
			i++;
		} else if (c == 'E' && (c2 == 'S' || c2 == 'N')) {
			x->kind = c2 == 'S' ? 'S' : 'N';
			i++;
		} else if (c == 'T' || c == 'I' || c == 'F' || c == 'E' || c == 'D' || c == 'G' || c == 'L' || c == 'A') {
			x->kind = c;
		} else
			return STAD_IO_FAIL("edit descriptor '%c' is not supported (stad has A, I, F, E, ES, EN, D, G, L, X, T, "
			                    "TL, TR, /, :, P, S, SP, SS, BN, BZ, strings and nH)",
			                    s[i - 1]);
		/* the numbers: w[.d][Ee] or w[.m] */
		STAD_IO_SKIPB();
		long w = -1, d = -1, e = -1;
		if (i < len && s[i] >= '0' && s[i] <= '9') {
			w = 0;
			while (i < len && s[i] >= '0' && s[i] <= '9' && w < 100000)
				w = w * 10 + (s[i++] - '0');
			STAD_IO_SKIPB();
		}
		if (w >= 0 && i < len && s[i] == '.') {
			i++;
			STAD_IO_SKIPB();
			d = 0;
			if (i >= len || s[i] < '0' || s[i] > '9')
				return STAD_IO_FAIL("a digit must follow '.' in the format");
			while (i < len && s[i] >= '0' && s[i] <= '9' && d < 100000)
				d = d * 10 + (s[i++] - '0');
			STAD_IO_SKIPB();
			if (i < len && (s[i] == 'e' || s[i] == 'E') && x->kind != 'I' && x->kind != 'F') {
				i++;
				e = 0;
				if (i >= len || s[i] < '0' || s[i] > '9')
					return STAD_IO_FAIL("a digit must follow E in the format");
				while (i < len && s[i] >= '0' && s[i] <= '9' && e < 100)
					e = e * 10 + (s[i++] - '0');
			}
		}
		if (x->kind != 'A' && (w > 250 || d > 250 || e > 20))
			return STAD_IO_FAIL("a width or digit count in the format is too large (stad has up to 250, and 20 "
			                    "exponent digits)");
		x->w = (int)w;
		x->d = (int)d;
		x->e = (int)e;
		switch (x->kind) {
		case 'T':
		case 'l':
		case 'r':
			if (w < 1 && !(x->kind != 'T' && w == 0))
				return STAD_IO_FAIL("T, TL and TR need a position (T10)");
			x->rep = 1;
			break;
		case 'A': break;
		case 'L':
			if (w < 1)
				return STAD_IO_FAIL("L needs a width (L1)");
			break;
		case 'I':
			if (w < 0)
				return STAD_IO_FAIL("I needs a width (I5, or I0 for the smallest)");
			x->m = d < 0 ? 1 : (int)d;
			x->d = 0;
			break;
		case 'F':
			if (w < 0 || d < 0)
				return STAD_IO_FAIL("F needs a width and digits (F10.3)");
			break;
		case 'G':
			if (w < 1 || d < 0)
				return STAD_IO_FAIL("G needs a width and digits (G12.4; G0 is not supported)");
			break;
		default: /* E D ES EN */
			if (w < 1 || d < 0)
				return STAD_IO_FAIL("%s needs a width and digits (E12.4)",
				                    x->kind == 'S'           ? "ES"
				                            : x->kind == 'N' ? "EN"
				                            : x->kind == 'D' ? "D"
				                                             : "E");
			if (e == 0)
				return STAD_IO_FAIL("the exponent width must be positive");
			break;
		}
		f->n++;
	}
	STAD_IO_SKIPB();
	if (i < len)
		return STAD_IO_FAIL("text after the format's closing ')'");
	f->revert = last_top >= 0 ? last_top : 1;
	return 1;
#undef STAD_IO_SKIPB
#undef STAD_IO_FAIL
}

#ifndef STAD_IO_PARSE_ONLY

/* ---------------------------------------------------------------- units */

typedef struct stad_io_unit {
	int unit;
	FILE *f;
	char *name;
	int fresh; /* at the start of a file opened without truncating: the first WRITE truncates */
} stad_io_unit;

static stad_io_unit stad_io_units[STAD_IO_MAXU];
static int stad_io_nunits;

STAD_IO_FN void stad_io_fail(const char *what)
{
	fflush(stdout);
	fprintf(stderr, "stad: I/O error: %s\n", what);
	exit(2);
}

STAD_IO_FN stad_io_unit *stad_io_find(int unit)
{
	for (int i = 0; i < stad_io_nunits; i++)
		if (stad_io_units[i].unit == unit)
			return &stad_io_units[i];
	return NULL;
}

/* A CHARACTER value without its trailing blanks, as a C string (malloc'ed). */
STAD_IO_FN char *stad_io_trim(const char *s, long n)
{
	while (n > 0 && s[n - 1] == ' ')
		n--;
	while (n > 0 && *s == ' ')
		s++, n--;
	char *t = malloc((size_t)n + 1);
	if (!t)
		stad_io_fail("out of memory");
	memcpy(t, s, (size_t)n);
	t[n] = 0;
	return t;
}

STAD_IO_FN int stad_io_is(const char *s, long n, const char *word)
{
	char *t = stad_io_trim(s, n);
	int eq = 1;
	size_t k = 0;
	for (; t[k] && word[k]; k++)
		if ((t[k] >= 'A' && t[k] <= 'Z' ? t[k] - 'A' + 'a' : t[k]) != word[k])
			eq = 0;
	eq = eq && !t[k] && !word[k];
	free(t);
	return eq;
}

/* OPEN: file and its length (NULL: fort.N), status, action, position (NULL: defaults). */
STAD_IO_FN void stad_io_open(int unit, const char *file, long flen, const char *status, long slen, const char *action, long alen,
                             const char *position, long plen)
{
	char buf[64];
	if (unit == 6 || unit == 0 || unit == 5 || unit < 0)
		stad_io_fail("OPEN of unit 0, 5, 6 or a negative unit is not supported");
	stad_io_unit *u = stad_io_find(unit);
	if (u && u->f) {
		fclose(u->f);
		u->f = NULL;
		free(u->name);
	}
	if (!u) {
		if (stad_io_nunits == STAD_IO_MAXU)
			stad_io_fail("too many units open");
		u = &stad_io_units[stad_io_nunits++];
	}
	u->unit = unit;
	u->fresh = 0;
	if (status && stad_io_is(status, slen, "scratch")) {
		u->name = NULL;
		u->f = tmpfile();
		if (!u->f)
			stad_io_fail("cannot open a scratch file");
		return;
	}
	if (file)
		u->name = stad_io_trim(file, flen);
	else {
		snprintf(buf, sizeof buf, "fort.%d", unit);
		u->name = stad_io_trim(buf, (long)strlen(buf));
	}
	FILE *old = fopen(u->name, "r");
	if (old)
		fclose(old);
	if (status && stad_io_is(status, slen, "old") && !old) {
		fprintf(stderr, "stad: I/O error: OPEN of '%s' with status='old': the file does not exist\n", u->name);
		exit(2);
	}
	if (status && stad_io_is(status, slen, "new") && old) {
		fprintf(stderr, "stad: I/O error: OPEN of '%s' with status='new': the file exists\n", u->name);
		exit(2);
	}
	int read_only = action && stad_io_is(action, alen, "read");
	int append = position && stad_io_is(position, plen, "append");
	int replace = status && (stad_io_is(status, slen, "replace") || stad_io_is(status, slen, "new"));
	const char *mode = read_only ? "r" : append ? "a" : replace || !old ? "w" : "r+";
	u->f = fopen(u->name, mode);
	if (!u->f) {
		fprintf(stderr, "stad: I/O error: cannot open '%s'\n", u->name);
		exit(2);
	}
	u->fresh = !read_only && !append && !replace && old;
}

STAD_IO_FN FILE *stad_io_file(int unit, int writing)
{
	if (unit == 6 || unit == -1)
		return stdout;
	if (unit == 0)
		return stderr;
	stad_io_unit *u = stad_io_find(unit);
	if (!u || !u->f)
		stad_io_open(unit, NULL, 0, NULL, 0, NULL, 0, NULL, 0); /* gfortran's fort.N */
	u = stad_io_find(unit);
	if (writing && u->fresh) {
		/* a WRITE at the start of a file ends it there */
		u->f = freopen(u->name, "w", u->f);
		if (!u->f)
			stad_io_fail("cannot write the file");
		u->fresh = 0;
	}
	return u->f;
}

STAD_IO_FN void stad_io_close(int unit, const char *status, long slen)
{
	stad_io_unit *u = stad_io_find(unit);
	if (!u || !u->f)
		return; /* closing a unit that is not open does nothing */
	fclose(u->f);
	u->f = NULL;
	if (status && stad_io_is(status, slen, "delete") && u->name)
		remove(u->name);
	free(u->name);
	u->name = NULL;
	*u = stad_io_units[--stad_io_nunits];
}

STAD_IO_FN void stad_io_rewind(int unit)
{
	stad_io_unit *u = stad_io_find(unit);
	if (!u || !u->f)
		return;
	rewind(u->f);
	u->fresh = u->name != NULL;
}

STAD_IO_FN void stad_io_flush(int unit)
{
	if (unit == 6 || unit == -1 || unit == 0) {
		fflush(unit ? stdout : stderr);
		return;
	}
	stad_io_unit *u = stad_io_find(unit);
	if (u && u->f)
		fflush(u->f);
}

/* ---------------------------------------------------------------- one WRITE */

typedef struct stad_io_state {
	stad_io_fmt fmt;
	int list; /* list-directed (no format) */
	FILE *f;
	char *internal; /* internal WRITE: the CHARACTER variable and its length */
	long ilen;
	char *rec; /* the record being built */
	long len, pos, cap;
	int pc, rep, depth, stack_pc[STAD_IO_MAXN + 1], stack_n[STAD_IO_MAXN + 1];
	int scale, plus;
	int nitems;
} stad_io_state;

static stad_io_state stad_io_st;

STAD_IO_FN void stad_io_put(const char *s, long n)
{
	stad_io_state *S = &stad_io_st;
	if (S->pos + n + 1 > S->cap) {
		long c = (S->pos + n + 1) * 2 + 64;
		char *r = realloc(S->rec, (size_t)c);
		if (!r)
			stad_io_fail("out of memory");
		S->rec = r;
		S->cap = c;
	}
	if (S->pos > S->len)
		memset(S->rec + S->len, ' ', (size_t)(S->pos - S->len));
	memcpy(S->rec + S->pos, s, (size_t)n);
	S->pos += n;
	if (S->pos > S->len)
		S->len = S->pos;
}

STAD_IO_FN void stad_io_record_nl(int newline)
{
	stad_io_state *S = &stad_io_st;
	if (S->internal) {
		if (S->internal == (char *)1)
			stad_io_fail("an internal WRITE of more than one record");
		long n = S->len < S->ilen ? S->len : S->ilen;
		memcpy(S->internal, S->rec, (size_t)n);
		memset(S->internal + n, ' ', (size_t)(S->ilen - n));
		S->internal = (char *)1;
	} else {
		fwrite(S->rec, 1, (size_t)S->len, S->f);
		if (newline)
			fputc('\n', S->f);
	}
	S->len = S->pos = 0;
}

STAD_IO_FN void stad_io_record(void)
{
	stad_io_record_nl(1);
}

/* Start a WRITE: unit (-1 for *), format (NULL: list-directed) or an internal file. */
STAD_IO_FN void stad_io_begin(int unit, const char *fmt, long flen, char *internal, long ilen)
{
	stad_io_state *S = &stad_io_st;
	S->len = S->pos = 0;
	S->internal = internal;
	S->ilen = ilen;
	S->f = internal ? NULL : stad_io_file(unit, 1);
	S->list = fmt == NULL;
	S->pc = 1;
	S->rep = 0;
	S->depth = 0;
	S->scale = 0;
	S->plus = 0;
	S->nitems = 0;
	if (fmt) {
		char msg[200];
		if (!stad_io_parse(fmt, flen, &S->fmt, msg, sizeof msg))
			stad_io_fail(msg);
	}
}

/* Run the format up to the next data edit descriptor (returned), doing what lies before it;
 * with no item to place, stop before a data descriptor or a colon, or at the end (NULL). */
STAD_IO_FN const stad_io_desc *stad_io_next(int have_item)
{
	stad_io_state *S = &stad_io_st;
	stad_io_fmt *F = &S->fmt;
	int guard = 0;
	for (;;) {
		const stad_io_desc *x = &F->d[S->pc];
		if (S->pc == F->n - 1) { /* the closing parenthesis of the format */
			if (!have_item)
				return NULL;
			if (guard++)
				stad_io_fail("a format without data edit descriptors for the items");
			stad_io_record();
			S->pc = F->revert;
			S->depth = 0;
			S->rep = 0;
			continue;
		}
		switch (x->kind) {
		case '(':
			S->stack_pc[S->depth] = S->pc;
			S->stack_n[S->depth++] = x->rep;
			S->pc++;
			continue;
		case ')':
			if (S->depth > 0 && --S->stack_n[S->depth - 1] > 0) {
				S->pc = S->stack_pc[S->depth - 1] + 1;
				continue;
			}
			if (S->depth > 0)
				S->depth--;
			S->pc++;
			continue;
		case ':':
			if (!have_item)
				return NULL;
			S->pc++;
			continue;
		case 'Q':
			for (int k = 0; k < x->len; k++) {
				stad_io_put(x->str + k, 1);
				if (x->m && x->str[k] == x->m)
					k++; /* '' stands for ' */
			}
			S->pc++;
			continue;
		case 'X':
		case 'r': S->pos += x->w, S->pc++; continue;
		case 'l':
			S->pos = S->pos > x->w ? S->pos - x->w : 0;
			S->pc++;
			continue;
		case 'T':
			S->pos = x->w - 1;
			S->pc++;
			continue;
		case '/':
			for (int k = 0; k < x->rep; k++)
				stad_io_record();
			S->pc++;
			continue;
		case 'P':
			S->scale = x->w;
			S->pc++;
			continue;
		case '+':
		case '-':
			S->plus = x->kind == '+';
			S->pc++;
			continue;
		case 'B': S->pc++; continue;
		default:
			if (!have_item)
				return NULL;
			if (S->rep == 0)
				S->rep = x->rep;
			if (--S->rep == 0)
				S->pc++;
			return x;
		}
	}
}

STAD_IO_FN void stad_io_stars(int w)
{
	for (int k = 0; k < w; k++)
		stad_io_put("*", 1);
}

/* Put s right-justified in width w (0: as it is), or w stars when it does not fit. */
STAD_IO_FN void stad_io_field(const char *s, int w)
{
	long n = (long)strlen(s);
	if (w == 0) {
		stad_io_put(s, n);
		return;
	}
	if (n > w) {
		stad_io_stars(w);
		return;
	}
	for (long k = n; k < w; k++)
		stad_io_put(" ", 1);
	stad_io_put(s, n);
}

STAD_IO_FN void stad_io_sep(void)
{
	if (stad_io_st.nitems++)
		stad_io_put(" ", 1);
}

STAD_IO_FN void stad_io_badtype(const stad_io_desc *x, const char *type)
{
	char msg[120];
	snprintf(msg, sizeof msg, "a %s item for edit descriptor %s", type,
	         x->kind == 'S'           ? "ES"
	                 : x->kind == 'N' ? "EN"
	                                  : (char[2]){x->kind, 0});
	stad_io_fail(msg);
}

STAD_IO_FN void stad_io_int(long long v)
{
	char b[64];
	if (stad_io_st.list) {
		stad_io_sep();
		snprintf(b, sizeof b, "%lld", v);
		stad_io_put(b, (long)strlen(b));
		return;
	}
	const stad_io_desc *x = stad_io_next(1);
	if (x->kind != 'I' && x->kind != 'G')
		stad_io_badtype(x, "INTEGER");
	if (x->kind == 'G') {
		snprintf(b, sizeof b, "%s%lld", stad_io_st.plus && v >= 0 ? "+" : "", v);
		stad_io_field(b, x->w);
		return;
	}
	unsigned long long a = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
	if (x->m == 0 && v == 0) /* Iw.0 of zero: blanks */
		snprintf(b, sizeof b, "%s", "");
	else
		snprintf(b, sizeof b, "%s%.*llu", v < 0 ? "-" : stad_io_st.plus ? "+" : "", x->m > 40 ? 40 : x->m, a);
	if (x->m == 0 && v == 0 && x->w == 0)
		snprintf(b, sizeof b, "0");
	stad_io_field(b, x->w);
}

STAD_IO_FN void stad_io_logical(int v)
{
	if (stad_io_st.list) {
		stad_io_sep();
		stad_io_put(v ? "T" : "F", 1);
		return;
	}
	const stad_io_desc *x = stad_io_next(1);
	if (x->kind != 'L' && x->kind != 'G')
		stad_io_badtype(x, "LOGICAL");
	stad_io_field(v ? "T" : "F", x->w);
}

STAD_IO_FN void stad_io_char(const char *s, long n)
{
	if (stad_io_st.list) {
		stad_io_sep();
		stad_io_put(s, n);
		return;
	}
	const stad_io_desc *x = stad_io_next(1);
	if (x->kind != 'A' && x->kind != 'G')
		stad_io_badtype(x, "CHARACTER");
	if (x->w < 0 || x->w == n)
		stad_io_put(s, n);
	else if (x->w < n)
		stad_io_put(s, x->w);
	else {
		for (long k = n; k < x->w; k++)
			stad_io_put(" ", 1);
		stad_io_put(s, n);
	}
}

/* Fw.d of v (scaled by 10^scale): into b, the leading zero dropped when w needs it. */
STAD_IO_FN void stad_io_fixed(double v, int w, int d, int scale, char *b, size_t bn)
{
	char t[400];
	double a = fabs(v) * pow(10.0, scale);
	int neg = signbit(v) != 0;
	snprintf(t, sizeof t, "%#.*f", d, a);
	const char *sg = neg ? "-" : stad_io_st.plus ? "+" : "";
	const char *digits = t;
	if (t[0] == '0' && (t[1] == '.' || t[1] == 0) && d > 0 && w > 0 && (long)(strlen(sg) + strlen(t)) > w)
		digits = t + 1; /* 0.500 -> .500 */
	if (w == 0 && t[0] == '0' && t[1] == '.')
		digits = t + 1; /* F0.d: gfortran drops it too */
	snprintf(b, bn, "%s%s", sg, digits);
}

/* Ew.dEe, ESw.dEe, ENw.dEe, Dw.d of v into b. */
STAD_IO_FN void stad_io_expo(double v, const stad_io_desc *x, int scale, char *b, size_t bn)
{
	char t[400], mant[400], ex[32];
	int d = x->d, neg = signbit(v) != 0, e10 = 0;
	double a = fabs(v);
	int before = 0, after = 0;
	if (x->kind == 'S') {
		before = 1, after = d;
	} else if (x->kind == 'N') {
		before = -1, after = d; /* 1 to 3 digits, found below */
	} else if (scale <= 0) {
		before = 0, after = d;
	} else {
		before = scale, after = d - scale + 1;
	}
	if ((x->kind == 'E' || x->kind == 'D') && (scale <= -d || scale >= d + 2))
		stad_io_fail("the scale factor is out of range for the E edit descriptor");
	int sig = x->kind == 'N' ? 0 : before + after - (x->kind != 'S' && scale < 0 ? -scale : 0);
	if (x->kind == 'N') {
		/* engineering: the exponent a multiple of 3, once rounded (999.96 -> 1.000E+03) */
		before = 1;
		sig = 1 + d;
		if (a != 0) {
			snprintf(t, sizeof t, "%.17e", a);
			int ed = atoi(strchr(t, 'e') + 1);
			for (int tries = 0; tries < 2; tries++) {
				before = ((ed % 3) + 3) % 3 + 1;
				sig = before + d;
				snprintf(t, sizeof t, "%.*e", sig - 1, a);
				int e2 = atoi(strchr(t, 'e') + 1);
				if (e2 == ed)
					break;
				ed = e2;
			}
		}
	}
	if (sig < 1)
		sig = 1;
	if (a == 0) {
		e10 = 0;
		memset(t, '0', (size_t)sig);
		t[sig] = 0;
		snprintf(mant, sizeof mant, "%s", t);
	} else {
		snprintf(t, sizeof t, "%.*e", sig - 1, a);
		char *ep = strchr(t, 'e');
		int ed = atoi(ep + 1);
		*ep = 0;
		/* the digits without the point */
		int k = 0;
		for (char *q = t; *q; q++)
			if (*q != '.')
				mant[k++] = *q;
		mant[k] = 0;
		/* value = 0.mant * 10^(ed+1) */
		e10 = ed + 1;
		if (x->kind == 'S')
			e10 -= 1;
		else if (x->kind == 'N') {
			e10 -= before;
		} else
			e10 -= scale;
	}
	/* build the mantissa: before digits, '.', after digits (with leading zeros for scale < 0) */
	char m2[400];
	int k = 0;
	if (before > 0) {
		memcpy(m2, mant, (size_t)before);
		k = before;
		m2[k++] = '.';
		snprintf(m2 + k, sizeof m2 - (size_t)k, "%s", mant + before);
	} else {
		m2[k++] = '0';
		m2[k++] = '.';
		for (int z = 0; z < -scale && (x->kind == 'E' || x->kind == 'D'); z++)
			m2[k++] = '0';
		snprintf(m2 + k, sizeof m2 - (size_t)k, "%s", mant);
	}
	/* the exponent */
	int ae = e10 < 0 ? -e10 : e10;
	char es = e10 < 0 ? '-' : '+';
	char letter = x->kind == 'D' ? 'D' : 'E';
	if (x->e > 0) {
		char dig[32];
		snprintf(dig, sizeof dig, "%d", ae);
		if ((int)strlen(dig) > x->e) {
			snprintf(b, bn, "!");
			return;
		}
		int nd = (int)strlen(dig);
		ex[0] = letter;
		ex[1] = es;
		memset(ex + 2, '0', (size_t)(x->e - nd));
		memcpy(ex + 2 + x->e - nd, dig, (size_t)nd + 1);
	} else if (ae <= 99)
		snprintf(ex, sizeof ex, "%c%c%02d", letter, es, ae);
	else if (ae <= 999)
		snprintf(ex, sizeof ex, "%c%03d", es, ae);
	else {
		snprintf(b, bn, "!");
		return;
	}
	const char *sg = neg ? "-" : stad_io_st.plus ? "+" : "";
	const char *mp = m2;
	if (m2[0] == '0' && m2[1] == '.' && (long)(strlen(sg) + strlen(m2) + strlen(ex)) > x->w)
		mp = m2 + 1;
	snprintf(b, bn, "%s%s%s", sg, mp, ex);
}

STAD_IO_FN void stad_io_real(double v, int kind)
{
	char b[512];
	stad_io_state *S = &stad_io_st;
	if (S->list) {
		stad_io_sep();
		snprintf(b, sizeof b, kind == 4 ? "%.9g" : "%.17g", v);
		stad_io_put(b, (long)strlen(b));
		return;
	}
	const stad_io_desc *x = stad_io_next(1);
	if (isnan(v) || isinf(v)) {
		const char *s = isnan(v) ? "NaN" : v < 0 ? "-Infinity" : S->plus ? "+Infinity" : "Infinity";
		if (isinf(v) && x->w > 0 && x->w < 8)
			s = v < 0 ? "-Inf" : "Inf";
		stad_io_field(s, x->w);
		return;
	}
	switch (x->kind) {
	case 'F': stad_io_fixed(v, x->w, x->d, S->scale, b, sizeof b); break;
	case 'E':
	case 'D':
	case 'S':
	case 'N': stad_io_expo(v, x, S->scale, b, sizeof b); break;
	case 'G': {
		/* F when 0.1 <= |v| < 10^d after rounding to d digits, then blanks for the exponent */
		double a = fabs(v);
		int n = x->e > 0 ? x->e + 2 : 4;
		int d = x->d, k = 0, use_f = 0;
		if (a == 0) {
			use_f = 1;
			k = 1;
		} else {
			char t[400];
			snprintf(t, sizeof t, "%.*e", d > 0 ? d - 1 : 0, a);
			int ed = atoi(strchr(t, 'e') + 1);
			if (d > 0 && ed >= -1 && ed < d) {
				use_f = 1;
				k = ed + 1;
			}
		}
		if (use_f) {
			stad_io_fixed(v, x->w - n, d - k, 0, b, sizeof b);
			if ((long)strlen(b) > x->w - n)
				snprintf(b, sizeof b, "!");
			else {
				size_t bl = strlen(b);
				long fw = x->w - n;
				memmove(b + (fw - (long)bl), b, bl);
				memset(b, ' ', (size_t)(fw - (long)bl));
				memset(b + fw, ' ', (size_t)n);
				b[x->w] = 0;
			}
		} else {
			stad_io_desc y = *x;
			y.kind = 'E';
			stad_io_expo(v, &y, S->scale, b, sizeof b);
		}
		break;
	}
	default: stad_io_badtype(x, "REAL"); return;
	}
	if (!strcmp(b, "!"))
		stad_io_stars(x->w);
	else
		stad_io_field(b, x->w);
}

/* End the WRITE: what the format has before its next data descriptor, then the record. */
STAD_IO_FN void stad_io_end(void)
{
	stad_io_state *S = &stad_io_st;
	if (!S->list)
		stad_io_next(0);
	if (S->internal != (char *)1)
		stad_io_record();
	S->internal = NULL;
}

/* The same for ADVANCE='NO': the last record without its newline (the next WRITE to the unit
 * goes on on the same line). */
STAD_IO_FN void stad_io_end_noadvance(void)
{
	stad_io_state *S = &stad_io_st;
	stad_io_next(0);
	stad_io_record_nl(0);
	S->internal = NULL;
}

#endif /* STAD_IO_PARSE_ONLY */
