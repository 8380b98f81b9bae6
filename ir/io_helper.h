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
			x->m = c2 == 'Z'; /* input: blanks in a numeric field are zeros */
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
	int fresh;  /* inside a file (opened without truncating, or after a READ, REWIND or BACKSPACE): the
	               next WRITE ends the file where it is, as a sequential WRITE does */
	int unf;    /* the last READ or WRITE was unformatted: BACKSPACE steps over such a record */
	int at_end; /* a READ met the end of the file, or ENDFILE: BACKSPACE stays where it is */
	int shadow; /* derivative code: a unit the primal opened for output, not opened here */
	int read_only; /* opened with action='read': a WRITE to it fails (IOSTAT= 5007, gfortran's) */
} stad_io_unit;

static stad_io_unit stad_io_units[STAD_IO_MAXU];
static int stad_io_nunits;
STAD_IO_FN void stad_io_unpend(int unit);

/* The Fortran statement running: its file and line, the last two arguments of the call that
 * begins it (a READ, WRITE, OPEN, BACKSPACE, ENDFILE), named by the messages that stop the
 * program as gfortran's run-time errors name them. */
static const char *stad_io_src;
static int stad_io_line;

STAD_IO_FN void stad_io_at(const char *src, int line)
{
	stad_io_src = src;
	stad_io_line = line;
}

/* Stop the program: "model.f90:12: I/O error: what" (exit status 2). */
STAD_IO_FN void stad_io_fail(const char *what)
{
	fflush(stdout);
	if (stad_io_src && *stad_io_src && stad_io_line > 0)
		fprintf(stderr, "%s:%d: I/O error: %s\n", stad_io_src, stad_io_line, what);
	else
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

STAD_IO_FN int stad_io_made(const char *name, int made);
STAD_IO_FN int stad_io_gone(const char *name, int op);
static int stad_io_status; /* what IOSTAT= of OPEN, CLOSE and WRITE receives (stad_io_iostat) */
static char stad_io_why[300]; /* what IOMSG= receives after a failure: gfortran's words */

STAD_IO_FN void stad_io_setmsg(const char *what, const char *name)
{
	snprintf(stad_io_why, sizeof stad_io_why, what, name);
}

/* IOMSG=: the message of the statement's failure into the CHARACTER variable (blank-padded or
 * cut); unchanged when it did not fail. */
STAD_IO_FN void stad_io_msg(char *p, long len)
{
	if (!stad_io_status)
		return;
	long n = (long)strlen(stad_io_why);
	if (n > len)
		n = len;
	memcpy(p, stad_io_why, (size_t)n);
	memset(p + n, ' ', (size_t)(len - n));
}

/* An error of OPEN: with IOSTAT= or ERR= (handled) its status (gfortran's: the errno of the
 * failure), else the program stops. Returns 0. */
STAD_IO_FN int stad_io_open_error(int handled, int status, const char *name, const char *why)
{
	char m[200];
	snprintf(m, sizeof m, "Cannot open file '%%s': %s", status < 5000 ? strerror(status) : "error");
	stad_io_setmsg(m, name);
	if (handled) {
		stad_io_status = status;
		return 0;
	}
	char w[4300];
	snprintf(w, sizeof w, "OPEN of '%s'%s", name, why);
	stad_io_fail(w);
	return 0;
}

/* OPEN: file and its length (NULL: fort.N), status, action, position (NULL: defaults); handled:
 * IOSTAT= or ERR= given (a failure sets the status instead of stopping the program). */
/* OPEN's status='old' of a file that does not exist (2) or status='new' of one that does (17),
 * gfortran's IOSTAT values: reported (stad_io_open_error), name freed, 1. */
STAD_IO_FN int stad_io_status_error(int handled, const char *status, long slen, int exists, char *name)
{
	if (status && stad_io_is(status, slen, "old") && !exists)
		stad_io_open_error(handled, 2, name, " with status='old': the file does not exist");
	else if (status && stad_io_is(status, slen, "new") && exists)
		stad_io_open_error(handled, 17, name, " with status='new': the file exists");
	else
		return 0;
	free(name);
	return 1;
}

STAD_IO_FN void stad_io_open(int unit, const char *file, long flen, const char *status, long slen, const char *action, long alen,
                             const char *position, long plen, int handled, const char *src, int line)
{
	stad_io_at(src, line);
	char buf[64];
	stad_io_status = 0;
	stad_io_unpend(unit);
	if (unit == 6 || unit == 0 || unit == 5 || (unit < 0 && unit > -10))
		stad_io_fail("OPEN of unit 0, 5, 6 or a negative unit is not supported");
	stad_io_unit *u = stad_io_find(unit);
	if (u && u->f) {
		fclose(u->f);
		u->f = NULL;
		free(u->name);
		u->name = NULL;
		*u = stad_io_units[--stad_io_nunits];
		u = NULL;
	}
	if (!(status && stad_io_is(status, slen, "scratch"))) {
		char *name;
		if (file)
			name = stad_io_trim(file, flen);
		else {
			snprintf(buf, sizeof buf, "fort.%d", unit);
			name = stad_io_trim(buf, (long)strlen(buf));
		}
		FILE *old = fopen(name, "r");
		if (old)
			fclose(old);
		if (stad_io_status_error(handled, status, slen, old != NULL, name))
			return;
		int read_only = action && stad_io_is(action, alen, "read");
		int append = position && stad_io_is(position, plen, "append");
		int replace = status && (stad_io_is(status, slen, "replace") || stad_io_is(status, slen, "new"));
		const char *mode = read_only ? "r" : append ? "a+" : replace || !old ? "w+" : "r+";
		FILE *f = fopen(name, mode);
		if (!f) {
			stad_io_open_error(handled, errno ? errno : 5000, name, ": cannot open it");
			free(name);
			return;
		}
		if (stad_io_nunits == STAD_IO_MAXU)
			stad_io_fail("too many units open");
		u = &stad_io_units[stad_io_nunits++];
		memset(u, 0, sizeof *u);
		u->unit = unit;
		u->name = name;
		u->f = f;
		u->read_only = read_only;
		u->fresh = !read_only && !append && !replace && old;
		return;
	}
	if (stad_io_nunits == STAD_IO_MAXU)
		stad_io_fail("too many units open");
	u = &stad_io_units[stad_io_nunits++];
	memset(u, 0, sizeof *u);
	u->unit = unit;
	u->f = tmpfile();
	if (!u->f)
		stad_io_fail("cannot open a scratch file");
}

/* NEWUNIT=: gfortran's choice, the largest negative number from -10 down no unit has. */
STAD_IO_FN int stad_io_newunit(void)
{
	int k = -10;
	while (stad_io_find(k))
		k--;
	return k;
}

/* A set of file names: op 1 adds name, 0 removes it, -1 only asks; returns whether it is there. */
STAD_IO_FN int stad_io_nameset(char **names, int *n, const char *name, int op)
{
	for (int i = 0; i < *n; i++)
		if (!strcmp(names[i], name)) {
			if (op == 0) {
				free(names[i]);
				names[i] = names[--*n];
			}
			return op != 0;
		}
	if (op == 1 && *n < STAD_IO_MAXU) {
		size_t l = strlen(name) + 1;
		names[*n] = malloc(l);
		if (!names[*n])
			stad_io_fail("out of memory");
		memcpy(names[(*n)++], name, l);
		return 1;
	}
	return 0;
}

/* The files derivative code does not write but the primal would have made (a shadow unit's):
 * INQUIRE (exist=) finds them. made 1 adds name, 0 removes it; returns whether it is there. */
STAD_IO_FN int stad_io_made(const char *name, int made)
{
	static char *names[STAD_IO_MAXU];
	static int n;
	return stad_io_nameset(names, &n, name, made);
}

/* The files the primal writes into while derivative code, which drops the WRITEs, leaves them
 * as they were: derivative code must not read them again (what it would read is not what the
 * primal read). 1 adds name; -1 asks. */
STAD_IO_FN int stad_io_dirty(const char *name, int op)
{
	static char *names[STAD_IO_MAXU];
	static int n;
	return stad_io_nameset(names, &n, name, op);
}

/* The files the primal deletes (CLOSE with status='delete') while derivative code keeps them: an
 * OPEN there answers as if they were gone. 1 adds name, 0 removes it, -1 asks. */
STAD_IO_FN int stad_io_gone(const char *name, int op)
{
	static char *names[STAD_IO_MAXU];
	static int n;
	return stad_io_nameset(names, &n, name, op);
}

/* OPEN in derivative code, which only reads: a file the primal may read (status old or unknown,
 * no action='write', not appended to) is opened to read when it exists; any other unit is a
 * shadow, which a READ refuses (derivative code drops the WRITEs that would have filled it). */
STAD_IO_FN void stad_io_open_input(int unit, const char *file, long flen, const char *status, long slen, const char *action,
                                   long alen, const char *position, long plen, int handled, const char *src, int line)
{
	stad_io_at(src, line);
	int out = (status &&
	           (stad_io_is(status, slen, "new") || stad_io_is(status, slen, "replace") ||
	            stad_io_is(status, slen, "scratch"))) ||
	        (action && stad_io_is(action, alen, "write")) || (position && stad_io_is(position, plen, "append"));
	char buf[64];
	char *name = NULL;
	stad_io_status = 0;
	if (!(status && stad_io_is(status, slen, "scratch"))) {
		if (!file) {
			snprintf(buf, sizeof buf, "fort.%d", unit);
			file = buf;
			flen = (long)strlen(buf);
		}
		name = stad_io_trim(file, flen);
		FILE *old = stad_io_gone(name, -1) ? NULL : fopen(name, "r");
		if (old)
			fclose(old);
		/* the status the primal's OPEN has: the file exists there when it exists here (and the
		 * primal did not delete it) or the primal made it */
		int exists = old || stad_io_made(name, -1);
		char *slash = strrchr(name, '/');
		int dir_ok = 1;
		if (slash && slash != name) {
			*slash = 0;
			FILE *d = fopen(name, "r");
			dir_ok = d != NULL;
			if (d)
				fclose(d);
			*slash = '/';
		}
		if (stad_io_status_error(handled, status, slen, exists, name))
			return;
		if (!dir_ok) {
			stad_io_open_error(handled, 2, name, ": cannot open it");
			free(name);
			return;
		}
		out = out || !old || stad_io_dirty(name, -1);
	}
	if (!out) {
		stad_io_open(unit, file, flen, NULL, 0, "read", 4, NULL, 0, handled, src, line);
		/* read-only here, but a WRITE the primal makes to it is not the error of action='read':
		 * it succeeds there, and stad_io_written marks the unit (a later READ stops) */
		stad_io_unit *r = stad_io_find(unit);
		if (r)
			r->read_only = action && stad_io_is(action, alen, "read");
		free(name);
		return;
	}
	stad_io_unit *u = stad_io_find(unit);
	if (u && u->f) {
		fclose(u->f);
		free(u->name);
	}
	if (!u) {
		if (stad_io_nunits == STAD_IO_MAXU)
			stad_io_fail("too many units open");
		u = &stad_io_units[stad_io_nunits++];
	}
	memset(u, 0, sizeof *u);
	u->unit = unit;
	u->shadow = 1;
	if (name) {
		u->name = name;
		stad_io_made(u->name, 1);
		stad_io_gone(u->name, 0);
	}
}

STAD_IO_FN void stad_io_close(int unit, const char *status, long slen);

/* A WRITE to unit, which derivative code drops: the unit, and its file for later OPENs, become
 * shadows that a READ refuses (the primal would read what it wrote; derivative code would read
 * the file as it was). Standard output and error are not files anyone reads back. */
STAD_IO_FN void stad_io_written(int unit, const char *src, int line)
{
	stad_io_at(src, line);
	stad_io_status = 0;
	if (unit == 6 || unit == 0 || unit == -1)
		return;
	stad_io_unit *u = stad_io_find(unit);
	if (u && u->read_only) {
		stad_io_status = 5007; /* the primal's WRITE fails (stad_io_begin) */
		stad_io_setmsg("Cannot write to file opened for READ", NULL);
		return;
	}
	if (!u) {
		if (stad_io_nunits == STAD_IO_MAXU)
			stad_io_fail("too many units open");
		u = &stad_io_units[stad_io_nunits++];
		memset(u, 0, sizeof *u);
		u->unit = unit;
		char buf[32];
		snprintf(buf, sizeof buf, "fort.%d", unit); /* gfortran's name for an unopened unit */
		u->name = stad_io_trim(buf, (long)strlen(buf));
	}
	u->shadow = 1;
	if (u->name)
		stad_io_dirty(u->name, 1);
}

/* CLOSE in derivative code: an input file is closed (never deleted); a shadow unit's file stays
 * made (INQUIRE finds it) unless status='delete'. */
STAD_IO_FN void stad_io_close_input(int unit, const char *status, long slen)
{
	stad_io_unit *u = stad_io_find(unit);
	if (u && u->name && status && stad_io_is(status, slen, "delete")) {
		stad_io_made(u->name, 0);
		stad_io_gone(u->name, 1);
	}
	stad_io_close(unit, NULL, 0);
}

/* The file of u ends where u is (w+: READ after a REWIND reads what is written after). Without
 * ftruncate (C99): what lies before is copied into the file made anew. */
STAD_IO_FN void stad_io_cut(stad_io_unit *u)
{
	long p = ftell(u->f), e = -1;
	u->fresh = 0;
	if (p < 0 || fseek(u->f, 0, SEEK_END) || (e = ftell(u->f)) < 0)
		stad_io_fail("cannot find the position in the file");
	if (e == p) { /* at the end already (the seek lets a WRITE follow a READ) */
		fseek(u->f, p, SEEK_SET);
		return;
	}
	char *keep = p > 0 ? malloc((size_t)p) : NULL;
	if (p > 0 && (!keep || fseek(u->f, 0, SEEK_SET) || fread(keep, 1, (size_t)p, u->f) != (size_t)p))
		stad_io_fail("cannot read the file back");
	if (u->name)
		u->f = freopen(u->name, "w+", u->f);
	else { /* a scratch file */
		fclose(u->f);
		u->f = tmpfile();
	}
	if (!u->f || (p > 0 && fwrite(keep, 1, (size_t)p, u->f) != (size_t)p))
		stad_io_fail("cannot write the file");
	free(keep);
}

STAD_IO_FN FILE *stad_io_file(int unit, int writing)
{
	if (unit == 6 || (unit == -1 && writing))
		return stdout;
	if (unit == 5 || unit == -1)
		return stdin;
	if (unit == 0)
		return stderr;
	stad_io_unit *u = stad_io_find(unit);
	if (u && u->shadow) {
		char w[400];
		snprintf(w, sizeof w,
		         "derivative code reads unit %d, which the primal writes into (opened for output, written to, or "
		         "a file that did not exist); derivative code does no output, so it cannot read back what the "
		         "primal writes: read only input files the program does not write",
		         unit);
		stad_io_fail(w);
	}
	if (!u || !u->f)
		stad_io_open(unit, NULL, 0, NULL, 0, NULL, 0, NULL, 0, 0, stad_io_src, stad_io_line); /* gfortran's fort.N */
	u = stad_io_find(unit);
	if (writing && u->fresh)
		stad_io_cut(u); /* a WRITE inside a file ends it there */
	if (writing)
		u->at_end = 0;
	return u->f;
}

STAD_IO_FN void stad_io_close(int unit, const char *status, long slen)
{
	stad_io_unpend(unit);
	stad_io_unit *u = stad_io_find(unit);
	stad_io_status = 0;
	if (u && u->shadow) {
		free(u->name);
		*u = stad_io_units[--stad_io_nunits];
		return;
	}
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
	stad_io_unpend(unit);
	stad_io_status = 0;
	stad_io_unit *u = stad_io_find(unit);
	if (!u || !u->f)
		return;
	rewind(u->f);
	u->fresh = 1;
	u->at_end = 0;
}

/* BACKSPACE: to the start of the record before (of the record it is in, inside one); nothing at
 * the start of the file; after the end of the file was met (a READ, ENDFILE), to just before it.
 * The record is formatted or unformatted as the last READ or WRITE of the unit was (gfortran
 * knows from OPEN's form=; a unit's transfers are all of one form). */
STAD_IO_FN void stad_io_backspace(int unit, const char *src, int line)
{
	stad_io_at(src, line);
	stad_io_unpend(unit);
	stad_io_unit *u = stad_io_find(unit);
	stad_io_status = 0;
	if (!u || !u->f)
		return;
	u->fresh = 1;
	if (u->at_end) {
		u->at_end = 0;
		return;
	}
	long p = ftell(u->f);
	if (p <= 0)
		return;
	if (u->unf) { /* the record's length is in the 4 bytes before */
		int n = -1;
		if (p < 8 || fseek(u->f, p - 4, SEEK_SET) || fread(&n, sizeof n, 1, u->f) != 1 || n < 0 || p - 8 - n < 0)
			stad_io_fail("BACKSPACE: no unformatted record before (not a sequential file gfortran wrote?)");
		fseek(u->f, p - 8 - n, SEEK_SET);
		return;
	}
	long q = p;
	fseek(u->f, q - 1, SEEK_SET);
	if (fgetc(u->f) == '\n') /* at the start of a record: the one before */
		q--;
	while (q > 0) {
		fseek(u->f, q - 1, SEEK_SET);
		if (fgetc(u->f) == '\n')
			break;
		q--;
	}
	fseek(u->f, q, SEEK_SET);
}

/* ENDFILE: the file ends where the unit is (a unit never opened: gfortran's fort.N, made empty);
 * a READ then meets the end of the file, BACKSPACE goes back before that end. */
STAD_IO_FN void stad_io_endfile(int unit, const char *src, int line)
{
	stad_io_at(src, line);
	stad_io_unpend(unit);
	stad_io_status = 0;
	if (unit == 6 || unit == 0 || unit == 5 || unit == -1)
		return;
	stad_io_unit *u = stad_io_find(unit);
	if (u && u->read_only)
		stad_io_fail("ENDFILE of a unit opened with action='read'");
	if (u && u->at_end) /* gfortran's error too */
		stad_io_fail("Cannot perform ENDFILE on a file already positioned after the EOF marker");
	stad_io_file(unit, 1);
	u = stad_io_find(unit);
	u->at_end = 1;
	fflush(u->f);
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
	/* READ: the record read is rec[0..len), pos where the next field starts */
	int reading, handled, status, blankzero, slash, nrep, repnull, eof_seen;
	int unf; /* an unformatted WRITE or READ: rec holds the record's bytes */
	int unit; /* the unit of a READ (5 for *; STAD_IO_NOUNIT for an internal READ) */
	int noadv; /* a READ with ADVANCE='NO' */
	int eor;   /* ... whose last field went past the end of the record */
	long size; /* ... the characters of the record it went over (SIZE=; gfortran counts X's too) */
	int item;  /* the items a READ has begun (IOMSG='s "item 3") */
	int nml;   /* a NAMELIST WRITE or READ: the items are the group's objects, in order */
	const char *ibuf; /* internal READ: the CHARACTER value */
	char reptok[512]; /* list-directed r*c: the value c */
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
	} else if (S->f) {
		fwrite(S->rec, 1, (size_t)S->len, S->f);
		if (newline)
			fputc('\n', S->f);
	}
	S->len = S->pos = 0;
}

STAD_IO_FN void stad_io_rrecord(void);

STAD_IO_FN void stad_io_record(void)
{
	if (stad_io_st.reading) {
		stad_io_rrecord();
		return;
	}
	stad_io_record_nl(1);
}

/* Start a WRITE: unit (-1 for *), format (NULL: list-directed) or an internal file. */
/* The start of a record's format (NULL: list-directed), for output and input alike. */
STAD_IO_FN void stad_io_format_start(stad_io_state *S, const char *fmt, long flen)
{
	S->list = fmt == NULL;
	S->pc = 1;
	S->rep = 0;
	S->depth = 0;
	S->scale = 0;
	if (fmt) {
		char msg[200];
		if (!stad_io_parse(fmt, flen, &S->fmt, msg, sizeof msg))
			stad_io_fail(msg);
	}
}

STAD_IO_FN void stad_io_begin(int unit, const char *fmt, long flen, char *internal, long ilen, int handled, const char *src,
                              int line)
{
	stad_io_at(src, line);
	stad_io_state *S = &stad_io_st;
	S->len = S->pos = 0;
	S->internal = internal;
	S->ilen = ilen;
	stad_io_status = 0;
	if (!internal)
		stad_io_unpend(unit);
	stad_io_unit *u = internal ? NULL : stad_io_find(unit);
	if (u && u->read_only) { /* gfortran's LIBERROR_BAD_ACTION: nothing is written */
		if (!handled)
			stad_io_fail("WRITE to a unit opened with action='read'");
		stad_io_status = 5007;
		stad_io_setmsg("Cannot write to file opened for READ", NULL);
		S->f = NULL;
	} else
		S->f = internal ? NULL : stad_io_file(unit, 1);
	if (!internal && (u = stad_io_find(unit)) != NULL) /* (stad_io_file may have opened it) */
		u->unf = 0;
	S->plus = 0;
	S->nitems = 0;
	S->unf = 0;
	stad_io_format_start(S, fmt, flen);
}

/* Start an unformatted WRITE (WRITE (unit) items): the items' bytes, one record. */
STAD_IO_FN void stad_io_ubegin(int unit, int handled, const char *src, int line)
{
	stad_io_at(src, line);
	stad_io_begin(unit, NULL, 0, NULL, 0, handled, src, line);
	stad_io_unit *u = stad_io_find(unit);
	if (u)
		u->unf = 1;
	stad_io_st.unf = 1;
	stad_io_st.list = 0;
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
			for (int k = 0; k < x->len && !S->reading; k++) {
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
		case 'B':
			S->blankzero = x->m;
			S->pc++;
			continue;
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

STAD_IO_FN void stad_io_nml_field(const char *f);
STAD_IO_FN void stad_io_nml_real(double v, int kind, char *b, size_t bn);
static int stad_io_nml_kind8; /* the INTEGER item being written is INTEGER(8) */

STAD_IO_FN void stad_io_int(long long v)
{
	char b[64];
	if (stad_io_st.nml) { /* gfortran: left-justified in 11 (INTEGER(8): 20) */
		snprintf(b, sizeof b, "%-*lld", stad_io_nml_kind8 ? 20 : 11, v);
		stad_io_nml_kind8 = 0;
		stad_io_nml_field(b);
		return;
	}
	if (stad_io_st.unf) {
		int w = (int)v;
		stad_io_put((const char *)&w, (long)sizeof w);
		return;
	}
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

/* An INTEGER(8) item: 8 bytes unformatted, else as any integer. */
STAD_IO_FN void stad_io_int8(long long v)
{
	stad_io_nml_kind8 = stad_io_st.nml;
	if (stad_io_st.unf)
		stad_io_put((const char *)&v, (long)sizeof v);
	else
		stad_io_int(v);
}

STAD_IO_FN void stad_io_logical(int v)
{
	if (stad_io_st.nml) {
		stad_io_nml_field(v ? "T" : "F");
		return;
	}
	if (stad_io_st.unf) {
		int w = v != 0; /* gfortran's .true. of kind 4: 1 */
		stad_io_put((const char *)&w, (long)sizeof w);
		return;
	}
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
	if (stad_io_st.nml) { /* delimited by quotes, a quote in it doubled */
		char *b = malloc((size_t)(2 * n + 3));
		long k = 0;
		if (!b)
			stad_io_fail("out of memory");
		b[k++] = '"';
		for (long i = 0; i < n; i++) {
			if (s[i] == '"')
				b[k++] = '"';
			b[k++] = s[i];
		}
		b[k++] = '"';
		b[k] = 0;
		stad_io_nml_field(b);
		free(b);
		return;
	}
	if (stad_io_st.unf) {
		stad_io_put(s, n);
		return;
	}
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
/* dst[k...] = src, cut to dst's cap (no format: gcc -O2 warned of a possible truncation). */
STAD_IO_FN void stad_io_put_at(char *dst, size_t cap, int k, const char *src)
{
	size_t n = strlen(src);
	if ((size_t)k + n >= cap)
		n = cap - (size_t)k - 1;
	memcpy(dst + k, src, n);
	dst[(size_t)k + n] = 0;
}

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
		stad_io_put_at(m2, sizeof m2, k, mant + before);
	} else {
		m2[k++] = '0';
		m2[k++] = '.';
		for (int z = 0; z < -scale && (x->kind == 'E' || x->kind == 'D'); z++)
			m2[k++] = '0';
		stad_io_put_at(m2, sizeof m2, k, mant);
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
	if (S->unf) {
		float f = (float)v;
		if (kind == 4)
			stad_io_put((const char *)&f, (long)sizeof f);
		else
			stad_io_put((const char *)&v, (long)sizeof v);
		return;
	}
	if (S->nml) {
		stad_io_nml_real(v, kind, b, sizeof b);
		stad_io_nml_field(b);
		return;
	}
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
STAD_IO_FN void stad_io_nml_wend(void);

STAD_IO_FN void stad_io_end(void)
{
	stad_io_state *S = &stad_io_st;
	if (S->nml) {
		stad_io_nml_wend();
		return;
	}
	if (S->unf) { /* gfortran's sequential record: its length in 4 bytes before and after it */
		int n = (int)S->len;
		S->unf = 0;
		if (S->f) {
			fwrite(&n, sizeof n, 1, S->f);
			fwrite(S->rec, 1, (size_t)S->len, S->f);
			fwrite(&n, sizeof n, 1, S->f);
		}
		S->len = S->pos = 0;
		S->internal = NULL;
		return;
	}
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


/* ---------------------------------------------------------------- one READ
 *
 * stad_io_rbegin(unit, format, internal text, handled) reads the first record; each item is
 * v = stad_io_r<type>(v) (the value read, or v unchanged after an error, the end of the file or
 * a `/` of list-directed input), CHARACTER items stad_io_rchar(p, len); stad_io_rend() ends the
 * statement, and stad_io_iostat() is what IOSTAT= receives: 0, -1 at the end of the file, 5010
 * (gfortran's LIBERROR_READ_VALUE) for a value that cannot be read. Without IOSTAT=, END= or
 * ERR= (handled 0), an error stops the program, as gfortran does: handled's bits are 1 IOSTAT= or
 * ERR= given (nothing stops), 2 END= (the end of the file does not), 4 EOR= (nor the end of a
 * record). */

#define STAD_IO_EOF (-1)
#define STAD_IO_EOR (-2) /* gfortran's LIBERROR_EOR: a non-advancing READ met the end of the record */
#define STAD_IO_BADVALUE 5010
#define STAD_IO_NOUNIT (-999999)

/* What a non-advancing READ left of its record: the next READ of that unit starts there. */
static char *stad_io_pend;
static long stad_io_pend_len;
static int stad_io_pend_unit = STAD_IO_NOUNIT;

/* The rest of the record is dropped when the unit moves (REWIND, BACKSPACE, ENDFILE, CLOSE, OPEN,
 * WRITE): BACKSPACE then goes to the start of that record, the file being after it. */
STAD_IO_FN void stad_io_unpend(int unit)
{
	if (unit == -1)
		unit = 5;
	if (unit == stad_io_pend_unit)
		stad_io_pend_unit = STAD_IO_NOUNIT;
}

/* The next record into rec (without its newline); the end of the file sets the status. */
STAD_IO_FN void stad_io_rrecord(void)
{
	stad_io_state *S = &stad_io_st;
	S->len = S->pos = 0;
	if (S->status)
		return;
	if (S->ibuf) {
		if (S->eof_seen++) {
			S->status = STAD_IO_EOF;
			return;
		}
		if (S->ilen + 1 > S->cap) {
			char *r = realloc(S->rec, (size_t)S->ilen + 1);
			if (!r)
				stad_io_fail("out of memory");
			S->rec = r;
			S->cap = S->ilen + 1;
		}
		memcpy(S->rec, S->ibuf, (size_t)S->ilen);
		S->len = S->ilen;
		return;
	}
	if (S->unit == stad_io_pend_unit) { /* after a non-advancing READ: the rest of its record */
		stad_io_pend_unit = STAD_IO_NOUNIT;
		if (stad_io_pend_len + 1 > S->cap) {
			char *r = realloc(S->rec, (size_t)stad_io_pend_len + 1);
			if (!r)
				stad_io_fail("out of memory");
			S->rec = r;
			S->cap = stad_io_pend_len + 1;
		}
		if (stad_io_pend_len)
			memcpy(S->rec, stad_io_pend, (size_t)stad_io_pend_len);
		S->len = stad_io_pend_len;
		return;
	}
	int c, any = 0;
	while ((c = fgetc(S->f)) != EOF) {
		any = 1;
		if (c == '\n')
			break;
		if (S->len + 2 > S->cap) {
			long n = S->cap * 2 + 128;
			char *r = realloc(S->rec, (size_t)n);
			if (!r)
				stad_io_fail("out of memory");
			S->rec = r;
			S->cap = n;
		}
		S->rec[S->len++] = (char)c;
	}
	if (S->len && S->rec[S->len - 1] == '\r')
		S->len--;
	if (!any)
		S->status = STAD_IO_EOF;
}

STAD_IO_FN void stad_io_rbegin(int unit, const char *fmt, long flen, const char *internal, long ilen, int handled,
                               const char *src, int line)
{
	stad_io_at(src, line);
	stad_io_state *S = &stad_io_st;
	S->reading = 1;
	S->handled = handled;
	S->status = 0;
	S->unf = 0;
	S->ibuf = internal;
	S->ilen = ilen;
	S->internal = NULL;
	S->f = internal ? NULL : stad_io_file(unit, 0);
	S->unit = internal ? STAD_IO_NOUNIT : unit == -1 ? 5 : unit;
	S->noadv = S->eor = 0;
	S->size = 0;
	S->item = 0;
	stad_io_unit *u = stad_io_find(S->unit);
	if (u) { /* a WRITE after it ends the file there */
		u->fresh = 1;
		u->unf = 0;
	}
	S->blankzero = 0;
	S->slash = 0;
	S->nrep = 0;
	S->eof_seen = 0;
	stad_io_format_start(S, fmt, flen);
	stad_io_rrecord();
}

#define STAD_IO_SHORT 5016 /* gfortran's LIBERROR_SHORT_RECORD: past the end of a record */

/* Start an unformatted READ: the record (its length before and after it, gfortran's layout) into
 * rec; the end of the file sets the status. */
STAD_IO_FN void stad_io_urbegin(int unit, int handled, const char *src, int line)
{
	stad_io_at(src, line);
	stad_io_state *S = &stad_io_st;
	S->reading = 1;
	S->handled = handled;
	S->status = 0;
	S->ibuf = NULL;
	S->internal = NULL;
	S->list = 0;
	S->unf = 1;
	S->len = S->pos = 0;
	S->noadv = S->eor = 0; /* an earlier non-advancing READ's end of record is not this READ's */
	S->size = 0;
	S->item = 0;
	S->f = stad_io_file(unit, 0);
	S->unit = unit;
	stad_io_unit *u = stad_io_find(unit);
	if (u) {
		u->fresh = 1;
		u->unf = 1;
	}
	int n = 0, m = 0;
	if (fread(&n, sizeof n, 1, S->f) != 1) {
		S->status = STAD_IO_EOF;
		return;
	}
	if (n < 0)
		stad_io_fail("READ: an unformatted record longer than 2 GiB (gfortran's subrecords) is not supported");
	if ((long)n + 1 > S->cap) {
		char *r = realloc(S->rec, (size_t)n + 1);
		if (!r)
			stad_io_fail("out of memory");
		S->rec = r;
		S->cap = (long)n + 1;
	}
	if (fread(S->rec, 1, (size_t)n, S->f) != (size_t)n || fread(&m, sizeof m, 1, S->f) != 1 || m != n)
		stad_io_fail("READ: a damaged unformatted record (not a sequential file gfortran wrote?)");
	S->len = n;
}

/* The next n bytes of an unformatted record into p: 0 (the status set) past its end. */
STAD_IO_FN int stad_io_utake(void *p, long n)
{
	stad_io_state *S = &stad_io_st;
	if (S->status)
		return 0;
	if (S->pos + n > S->len) {
		S->status = STAD_IO_SHORT;
		return 0;
	}
	memcpy(p, S->rec + S->pos, (size_t)n);
	S->pos += n;
	return 1;
}

STAD_IO_FN int stad_io_iostat(void)
{
	return stad_io_status;
}

/* ADVANCE='NO' for the READ just begun */
STAD_IO_FN void stad_io_rnoadvance(void)
{
	stad_io_st.noadv = 1;
}

STAD_IO_FN long stad_io_size(void)
{
	return stad_io_st.size;
}

STAD_IO_FN void stad_io_nml_free(void);

STAD_IO_FN void stad_io_rend(void)
{
	stad_io_state *S = &stad_io_st;
	if (S->nml)
		stad_io_nml_free();
	if (S->eor && !S->status)
		S->status = STAD_IO_EOR;
	if (!S->list && !S->status && !S->unf)
		stad_io_next(0);
	if (S->noadv)
		S->size = S->pos < S->len ? S->pos : S->len;
	if (S->noadv && !S->status) { /* the rest of the record waits for the next READ */
		long n = S->pos < S->len ? S->len - S->pos : 0;
		char *r = realloc(stad_io_pend, (size_t)n + 1);
		if (!r)
			stad_io_fail("out of memory");
		stad_io_pend = r;
		if (n)
			memcpy(stad_io_pend, S->rec + S->pos, (size_t)n);
		stad_io_pend_len = n;
		stad_io_pend_unit = S->unit;
	}
	S->noadv = 0;
	S->reading = 0;
	S->unf = 0;
	S->ibuf = NULL;
	stad_io_status = S->status;
	if (S->status == STAD_IO_EOF || S->status == STAD_IO_EOR || S->status == STAD_IO_SHORT)
		stad_io_setmsg(S->status == STAD_IO_EOF   ? "End of file"
		               : S->status == STAD_IO_EOR ? "End of record"
		                                          : "I/O past end of record on unformatted file",
		               NULL);
	stad_io_unit *u = S->status == STAD_IO_EOF ? stad_io_find(S->unit) : NULL;
	if (u)
		u->at_end = 1;
	int handled = (S->handled & 1) || (S->status == STAD_IO_EOF && (S->handled & 2)) ||
	        (S->status == STAD_IO_EOR && (S->handled & 4));
	if (S->status && !handled) { /* which unit and file, as gfortran says */
		char w[4400], on[4200] = "";
		stad_io_unit *v = S->unit == STAD_IO_NOUNIT ? NULL : stad_io_find(S->unit);
		if (S->unit == STAD_IO_NOUNIT)
			snprintf(on, sizeof on, " (an internal file)");
		else if (v && v->name)
			snprintf(on, sizeof on, " (unit %d, file '%s')", S->unit, v->name);
		else
			snprintf(on, sizeof on, " (unit %d)", S->unit);
		snprintf(w, sizeof w, "READ: %s%s",
		         S->status == STAD_IO_EOF             ? "end of file"
		                 : S->status == STAD_IO_EOR   ? "end of record (a non-advancing READ: give EOR= or IOSTAT=)"
		                 : S->status == STAD_IO_SHORT ? "past the end of an unformatted record"
		                                              : "a value cannot be read for its item",
		         on);
		stad_io_fail(w);
	}
}

STAD_IO_FN int stad_io_sepc(char c)
{
	return c == ' ' || c == '\t' || c == ',' || c == '/';
}

/* List-directed input: the next value into t (NUL-terminated); 1 a value, 2 a null value, 0 none
 * (the status is set, or a `/` ended the list). */
STAD_IO_FN int stad_io_ltoken(char *t, size_t cap)
{
	stad_io_state *S = &stad_io_st;
	if (S->status || S->slash)
		return 0;
	if (S->nrep > 0) {
		S->nrep--;
		if (S->repnull)
			return 2;
		snprintf(t, cap, "%s", S->reptok);
		return 1;
	}
	for (;;) {
		while (S->pos < S->len && (S->rec[S->pos] == ' ' || S->rec[S->pos] == '\t'))
			S->pos++;
		if (S->pos < S->len)
			break;
		stad_io_rrecord();
		if (S->status)
			return 0;
	}
	char c = S->rec[S->pos];
	if (c == ',') {
		S->pos++;
		return 2;
	}
	if (c == '/') {
		S->slash = 1;
		return 0;
	}
	/* r*c, r*: a repeat count */
	long q = S->pos, r = 0;
	while (q < S->len && S->rec[q] >= '0' && S->rec[q] <= '9')
		r = r * 10 + (S->rec[q++] - '0');
	int rep = q > S->pos && q < S->len && S->rec[q] == '*';
	if (rep)
		S->pos = q + 1;
	size_t n = 0;
	int null = 0;
	if (S->pos < S->len && (S->rec[S->pos] == '\'' || S->rec[S->pos] == '"')) {
		char quote = S->rec[S->pos++];
		for (;;) {
			if (S->pos >= S->len) {
				stad_io_rrecord(); /* a string continued on the next line */
				if (S->status)
					return 0;
				continue;
			}
			char d = S->rec[S->pos++];
			if (d == quote) {
				if (S->pos < S->len && S->rec[S->pos] == quote)
					S->pos++;
				else
					break;
			}
			if (n + 1 < cap)
				t[n++] = d;
		}
	} else if (rep && (S->pos >= S->len || stad_io_sepc(S->rec[S->pos])))
		null = 1;
	else
		while (S->pos < S->len && !stad_io_sepc(S->rec[S->pos])) {
			if (n + 1 < cap)
				t[n++] = S->rec[S->pos];
			S->pos++;
		}
	t[n] = 0;
	/* the separator after the value: blanks, then one comma or a slash */
	while (S->pos < S->len && (S->rec[S->pos] == ' ' || S->rec[S->pos] == '\t'))
		S->pos++;
	if (S->pos < S->len && S->rec[S->pos] == ',')
		S->pos++;
	else if (S->pos < S->len && S->rec[S->pos] == '/') {
		S->pos++;
		S->slash = 2; /* after this value */
	}
	if (rep) {
		if (r < 1) {
			S->status = STAD_IO_BADVALUE;
			stad_io_setmsg("Zero repeat count in list input", NULL);
			return 0;
		}
		S->nrep = (int)r - 1;
		S->repnull = null;
		snprintf(S->reptok, sizeof S->reptok, "%s", t);
	}
	if (S->slash == 2) {
		S->slash = S->nrep ? 0 : 1;
		if (S->nrep) /* r*c/: the repeated values go on, the list ends after them */
			S->slash = 0;
	}
	return null ? 2 : 1;
}

/* Formatted input: the next field of width w (blanks beyond the record), NUL-terminated. */
STAD_IO_FN void stad_io_field_in(int w, char *t, size_t cap)
{
	stad_io_state *S = &stad_io_st;
	size_t n = 0;
	if (S->noadv && S->pos + w > S->len) /* a field past the record's end: blank-padded, then the end of record */
		S->eor = 1;
	for (int k = 0; k < w; k++) {
		long p = S->pos + k;
		char c = p < S->len ? S->rec[p] : ' ';
		if (n + 1 < cap)
			t[n++] = c;
	}
	t[n] = 0;
	S->pos += w;
}

/* A number field without its blanks (BZ: blanks are zeros); "" when blank. */
STAD_IO_FN void stad_io_squeeze(char *t)
{
	char *o = t;
	int seen = 0;
	for (char *p = t; *p; p++) {
		if (*p == ' ' || *p == '\t') {
			if (stad_io_st.blankzero && seen)
				*o++ = '0';
			continue;
		}
		seen = 1;
		*o++ = *p;
	}
	*o = 0;
}

STAD_IO_FN int stad_io_parse_int(const char *t, long long *v)
{
	char *end;
	if (!*t) {
		*v = 0;
		return 1;
	}
	*v = strtoll(t, &end, 10);
	return *end == 0 && (t[0] != '+' || (t[1] >= '0' && t[1] <= '9'));
}

/* A REAL in Fortran's spellings: 1.5, 1.5d3, 1.5e+3, 1.5+3, 15 (with d: 1.5 when d = 1); a
 * field without a decimal point has d implied decimals (list-directed: d = 0). */
STAD_IO_FN int stad_io_parse_real(const char *t, int d, int scale, int kind, double *v)
{
	char m[600], e[64] = "";
	size_t n = 0;
	const char *p = t;
	if (!*t) {
		*v = 0;
		return 1;
	}
	if (*p == '+' || *p == '-')
		m[n++] = *p++;
	const char *ds = p;
	while (*p && ((*p >= '0' && *p <= '9') || *p == '.'))
		p++;
	if (p == ds) {
		/* Infinity, NaN */
		char *end;
		*v = kind == 4 ? (double)strtof(t, &end) : strtod(t, &end);
		return *end == 0 && end != t;
	}
	int has_point = memchr(ds, '.', (size_t)(p - ds)) != NULL;
	size_t dl = (size_t)(p - ds);
	if (dl + 8 > sizeof m)
		return 0;
	if (has_point || d <= 0) {
		memcpy(m + n, ds, dl);
		n += dl;
	} else { /* d implied decimals: the point inserted d digits from the right */
		size_t k = dl > (size_t)d ? dl - (size_t)d : 0;
		memcpy(m + n, ds, k);
		n += k;
		m[n++] = '.';
		for (size_t z = dl; z < (size_t)d; z++)
			m[n++] = '0';
		memcpy(m + n, ds + k, dl - k);
		n += dl - k;
	}
	m[n] = 0;
	int has_exp = 0;
	if (*p) {
		if (*p == 'e' || *p == 'E' || *p == 'd' || *p == 'D' || *p == 'q' || *p == 'Q')
			p++;
		if (!*p)
			return 0;
		char *end;
		long x = strtol(p, &end, 10);
		if (*end || end == p)
			return 0;
		snprintf(e, sizeof e, "e%ld", x);
		has_exp = 1;
	}
	if (!has_exp && scale)
		snprintf(e, sizeof e, "e%d", -scale);
	char all[700];
	snprintf(all, sizeof all, "%s%s", m, e);
	char *end;
	*v = kind == 4 ? (double)strtof(all, &end) : strtod(all, &end); /* REAL(4) rounded once, as gfortran */
	return *end == 0 && strcmp(m, "+") && strcmp(m, "-") && strcmp(m, ".");
}

STAD_IO_FN int stad_io_parse_logical(const char *t, int *v)
{
	while (*t == ' ')
		t++;
	if (*t == '.')
		t++;
	if (*t == 't' || *t == 'T')
		*v = 1;
	else if (*t == 'f' || *t == 'F')
		*v = 0;
	else
		return 0;
	return 1;
}

/* The text of the next item: 1 a value (formatted: its descriptor in *x), 0 none (keep the
 * old value). */
STAD_IO_FN int stad_io_nml_take(char *t, size_t cap);

STAD_IO_FN int stad_io_rtext(char *t, size_t cap, const stad_io_desc **x, long clen)
{
	stad_io_state *S = &stad_io_st;
	*x = NULL;
	if (S->eor && !S->status) /* the items after the end of the record keep their values */
		S->status = STAD_IO_EOR;
	if (S->status)
		return 0;
	S->item++;
	if (S->nml)
		return stad_io_nml_take(t, cap);
	if (S->list)
		return stad_io_ltoken(t, cap) == 1;
	const stad_io_desc *y = stad_io_next(1);
	if (S->status)
		return 0;
	int w = y->w;
	if (y->kind == 'A' && w < 0)
		w = (int)clen;
	if (w <= 0)
		stad_io_fail("an input edit descriptor needs a width");
	stad_io_field_in(w, t, cap);
	*x = y;
	return 1;
}

/* A value that cannot be read for an item of type 'i', 'r' or 'l', and gfortran's message. */
STAD_IO_FN void stad_io_bad(int type)
{
	stad_io_state *S = &stad_io_st;
	if (S->status)
		return;
	S->status = STAD_IO_BADVALUE;
	char m[100];
	if (!S->list)
		snprintf(m, sizeof m, "%s", type == 'i' ? "Bad value during integer read"
		                            : type == 'r' ? "Bad value during floating point read"
		                                          : "Bad value on logical read");
	else
		snprintf(m, sizeof m, type == 'i' ? "Bad integer for item %d in list input"
		                      : type == 'r' ? "Bad real number in item %d of list input"
		                                    : "Bad logical value while reading item %d",
		         S->item);
	stad_io_setmsg("%s", m);
}

/* Integer items: *ok 0 when nothing was read (the item keeps its value). */
STAD_IO_FN long long stad_io_rint(int *ok)
{
	char t[512];
	const stad_io_desc *x;
	long long v;
	*ok = 0;
	if (!stad_io_rtext(t, sizeof t, &x, 0))
		return 0;
	if (x && x->kind != 'I' && x->kind != 'G')
		stad_io_badtype(x, "INTEGER");
	if (x)
		stad_io_squeeze(t);
	if (!stad_io_parse_int(t, &v) || (!x && !*t)) {
		stad_io_bad('i');
		return 0;
	}
	*ok = 1;
	return v;
}

STAD_IO_FN double stad_io_rreal(int kind, int *ok)
{
	char t[512];
	const stad_io_desc *x;
	double v;
	*ok = 0;
	if (!stad_io_rtext(t, sizeof t, &x, 0))
		return 0;
	if (x && !strchr("FEDSNG", x->kind))
		stad_io_badtype(x, "REAL");
	if (x)
		stad_io_squeeze(t);
	if (!stad_io_parse_real(t, x ? x->d : 0, x ? stad_io_st.scale : 0, kind, &v) || (!x && !*t)) {
		stad_io_bad('r');
		return 0;
	}
	*ok = 1;
	return v;
}

STAD_IO_FN int stad_io_rlog(int *ok)
{
	char t[512];
	const stad_io_desc *x;
	int v;
	*ok = 0;
	if (!stad_io_rtext(t, sizeof t, &x, 0))
		return 0;
	if (x && x->kind != 'L' && x->kind != 'G')
		stad_io_badtype(x, "LOGICAL");
	if (!stad_io_parse_logical(t, &v)) {
		stad_io_bad('l');
		return 0;
	}
	*ok = 1;
	return v;
}

/* The entries of the generated C: v = stad_io_rX(&v), the value read or v's own when nothing is
 * read (a pointer, so that a variable not set before is not read then). */
STAD_IO_FN int stad_io_ri4(int *p)
{
	int ok;
	if (stad_io_st.unf) {
		int v;
		return stad_io_utake(&v, (long)sizeof v) ? v : *p;
	}
	long long v = stad_io_rint(&ok);
	return ok ? (int)v : *p;
}

STAD_IO_FN long long stad_io_ri8(void *p) /* an INTEGER(8): 8 bytes */
{
	int ok;
	if (stad_io_st.unf) {
		long long v;
		if (!stad_io_utake(&v, (long)sizeof v))
			memcpy(&v, p, sizeof v);
		return v;
	}
	long long v = stad_io_rint(&ok);
	if (!ok)
		memcpy(&v, p, sizeof v);
	return v;
}

STAD_IO_FN float stad_io_rr4(float *p)
{
	int ok;
	if (stad_io_st.unf) {
		float v;
		return stad_io_utake(&v, (long)sizeof v) ? v : *p;
	}
	double v = stad_io_rreal(4, &ok);
	return ok ? (float)v : *p;
}

STAD_IO_FN double stad_io_rr8(double *p)
{
	int ok;
	if (stad_io_st.unf) {
		double v;
		return stad_io_utake(&v, (long)sizeof v) ? v : *p;
	}
	double v = stad_io_rreal(8, &ok);
	return ok ? v : *p;
}

STAD_IO_FN int stad_io_rl(int *p)
{
	int ok;
	if (stad_io_st.unf) {
		int v;
		return stad_io_utake(&v, (long)sizeof v) ? v != 0 : *p;
	}
	int v = stad_io_rlog(&ok);
	return ok ? v : *p;
}

STAD_IO_FN void stad_io_rchar(char *p, long len)
{
	char t[4096];
	const stad_io_desc *x;
	if (stad_io_st.unf) {
		stad_io_utake(p, len);
		return;
	}
	if (!stad_io_rtext(t, sizeof t, &x, len))
		return;
	if (x && x->kind != 'A' && x->kind != 'G')
		stad_io_badtype(x, "CHARACTER");
	long n = (long)strlen(t);
	const char *s = t;
	if (x && n > len) /* Aw with w > len: the rightmost len characters */
		s = t + (n - len), n = len;
	if (n > len)
		n = len;
	memcpy(p, s, (size_t)n);
	memset(p + n, ' ', (size_t)(len - n));
}


/* ---------------------------------------------------------------- NAMELIST
 *
 * The group is a spec "group;name:count:lo;..." (lower case; count the object's elements, lo the
 * lower bound of a rank-1 array, for subscripts in input). WRITE: stad_io_nml_begin(unit, spec,
 * handled), the objects' elements as items (stad_io_int...), stad_io_end(): gfortran's layout,
 * `&GROUP`, one record ` NAME=` per object with its values each followed by a comma (equal
 * neighbours as `r*value`), ` /`. READ: stad_io_nml_rbegin(unit, spec, handled) finds the record
 * starting `&group` and reads the group up to `/` into a table of values per element; each item
 * then takes its element's value, or keeps its own (an object or element not given, a null). */

#define STAD_IO_NMLMAX 64
static char stad_io_nml_name[STAD_IO_NMLMAX][64], stad_io_nml_group[64];
static long stad_io_nml_count[STAD_IO_NMLMAX], stad_io_nml_lo[STAD_IO_NMLMAX];
static int stad_io_nml_n, stad_io_nml_obj;
static long stad_io_nml_elem;
static char **stad_io_nml_f; /* WRITE: the fields of the object being written; READ: the values of all */
static long stad_io_nml_nf, stad_io_nml_capf;

STAD_IO_FN void stad_io_nml_spec(const char *spec)
{
	const char *p = strchr(spec, ';');
	size_t g = p ? (size_t)(p - spec) : strlen(spec);
	snprintf(stad_io_nml_group, sizeof stad_io_nml_group, "%.*s", (int)g, spec);
	stad_io_nml_n = 0;
	while (p && *p == ';' && stad_io_nml_n < STAD_IO_NMLMAX) {
		p++;
		const char *c = strchr(p, ':');
		if (!c)
			break;
		snprintf(stad_io_nml_name[stad_io_nml_n], 64, "%.*s", (int)(c - p), p);
		stad_io_nml_count[stad_io_nml_n] = strtol(c + 1, (char **)&c, 10);
		stad_io_nml_lo[stad_io_nml_n] = *c == ':' ? strtol(c + 1, (char **)&c, 10) : 1;
		stad_io_nml_n++;
		p = c;
	}
	stad_io_nml_obj = 0;
	stad_io_nml_elem = 0;
	stad_io_nml_nf = 0;
}

/* gfortran's list-directed REAL: 17 significant digits (REAL(4): 9) in a field of 25 (16), as F
 * with blanks for the exponent after when 0.1 <= |v| < 10**17 (10**9), else as 1PE with 3 (2)
 * exponent digits. */
STAD_IO_FN void stad_io_nml_real(double v, int kind, char *b, size_t bn)
{
	int w = kind == 4 ? 16 : 25, d = kind == 4 ? 9 : 17, e = kind == 4 ? 2 : 3, n = e + 2, k = 0, use_f = 0;
	char t[400];
	if (isnan(v) || isinf(v)) {
		snprintf(b, bn, "%*s", w, isnan(v) ? "NaN" : v < 0 ? "-Infinity" : "Infinity");
		return;
	}
	double a = fabs(v);
	if (a == 0) {
		use_f = 1;
		k = 1;
	} else {
		snprintf(t, sizeof t, "%.*e", d - 1, a);
		int ed = atoi(strchr(t, 'e') + 1);
		if (ed >= -1 && ed < d) {
			use_f = 1;
			k = ed + 1;
		}
	}
	if (use_f) {
		stad_io_fixed(v, w - n, d - k, 0, t, sizeof t);
		snprintf(b, bn, "%*s%*s", w - n, t, n, "");
	} else {
		stad_io_desc y;
		memset(&y, 0, sizeof y);
		y.kind = 'E';
		y.w = w;
		y.d = d - 1;
		y.e = e;
		stad_io_expo(v, &y, 1, t, sizeof t);
		snprintf(b, bn, "%*s", w, t);
	}
}

STAD_IO_FN void stad_io_nml_push(const char *f)
{
	if (stad_io_nml_nf == stad_io_nml_capf) {
		stad_io_nml_capf = stad_io_nml_capf * 2 + 16;
		stad_io_nml_f = realloc(stad_io_nml_f, sizeof *stad_io_nml_f * (size_t)stad_io_nml_capf);
		if (!stad_io_nml_f)
			stad_io_fail("out of memory");
	}
	char *c = NULL;
	if (f) {
		c = malloc(strlen(f) + 1);
		if (!c)
			stad_io_fail("out of memory");
		strcpy(c, f);
	}
	stad_io_nml_f[stad_io_nml_nf++] = c;
}

STAD_IO_FN void stad_io_nml_begin(int unit, const char *spec, int handled, const char *src, int line)
{
	stad_io_at(src, line);
	stad_io_begin(unit, NULL, 0, NULL, 0, handled, src, line);
	stad_io_nml_spec(spec);
	stad_io_state *S = &stad_io_st;
	S->list = 0;
	S->nml = 1;
	char b[80];
	snprintf(b, sizeof b, "&%s", stad_io_nml_group);
	for (char *c = b; *c; c++)
		*c = (char)(*c >= 'a' && *c <= 'z' ? *c - 'a' + 'A' : *c);
	stad_io_put(b, (long)strlen(b));
	stad_io_record_nl(1);
	while (stad_io_nml_obj < stad_io_nml_n && stad_io_nml_count[stad_io_nml_obj] == 0)
		stad_io_nml_obj++;
}

/* One object's record: ` NAME=` and its fields, runs of equal ones as ` r*` and the field
 * without its leading blanks (blank-padded to its width), each followed by a comma. */
STAD_IO_FN void stad_io_nml_line(void)
{
	char b[80];
	snprintf(b, sizeof b, " %s=", stad_io_nml_name[stad_io_nml_obj]);
	for (char *c = b; *c; c++)
		*c = (char)(*c >= 'a' && *c <= 'z' ? *c - 'a' + 'A' : *c);
	stad_io_put(b, (long)strlen(b));
	for (long i = 0; i < stad_io_nml_nf;) {
		long r = 1;
		while (i + r < stad_io_nml_nf && !strcmp(stad_io_nml_f[i + r], stad_io_nml_f[i]))
			r++;
		const char *f = stad_io_nml_f[i];
		if (r > 1) {
			long w = (long)strlen(f);
			const char *s = f;
			while (*s == ' ')
				s++;
			snprintf(b, sizeof b, " %ld*", r);
			stad_io_put(b, (long)strlen(b));
			stad_io_put(s, (long)strlen(s));
			for (long k = (long)strlen(s); k < w; k++)
				stad_io_put(" ", 1);
		} else
			stad_io_put(f, (long)strlen(f));
		stad_io_put(",", 1);
		i += r;
	}
	stad_io_record_nl(1);
	for (long i = 0; i < stad_io_nml_nf; i++)
		free(stad_io_nml_f[i]);
	stad_io_nml_nf = 0;
}

STAD_IO_FN void stad_io_nml_field(const char *f)
{
	if (stad_io_nml_obj < 0 || stad_io_nml_obj >= stad_io_nml_n)
		return;
	stad_io_nml_push(f);
	if (stad_io_nml_nf < stad_io_nml_count[stad_io_nml_obj])
		return;
	stad_io_nml_line();
	stad_io_nml_obj++;
	while (stad_io_nml_obj < stad_io_nml_n && stad_io_nml_count[stad_io_nml_obj] == 0)
		stad_io_nml_obj++;
}

STAD_IO_FN void stad_io_nml_wend(void)
{
	stad_io_state *S = &stad_io_st;
	stad_io_put(" /", 2);
	stad_io_record_nl(1);
	S->nml = 0;
	S->internal = NULL;
}

STAD_IO_FN int stad_io_nml_isname(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* A name's character in lower case (letters only: `_` | 0x20 would be DEL) */
STAD_IO_FN int stad_io_nml_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

STAD_IO_FN void stad_io_nml_bad(const char *what, const char *name)
{
	stad_io_state *S = &stad_io_st;
	if (!S->status) {
		S->status = STAD_IO_BADVALUE;
		stad_io_setmsg(what, name);
	}
}

/* The group's text (records joined by newlines, from after `&group`) into the table of values. */
STAD_IO_FN void stad_io_nml_parse(const char *g, long L)
{
	long base[STAD_IO_NMLMAX + 1];
	base[0] = 0;
	for (int k = 0; k < stad_io_nml_n; k++)
		base[k + 1] = base[k] + stad_io_nml_count[k];
	for (long i = 0; i < base[stad_io_nml_n]; i++)
		stad_io_nml_push(NULL);
	long p = 0;
	for (;;) {
		while (p < L && (g[p] == ' ' || g[p] == '\t' || g[p] == '\n' || g[p] == ','))
			p++;
		if (p < L && g[p] == '!') {
			while (p < L && g[p] != '\n')
				p++;
			continue;
		}
		if (p >= L || g[p] == '/' || g[p] == '&' || g[p] == '$')
			return;
		char name[64];
		int nn = 0;
		while (p < L && stad_io_nml_isname(g[p]) && nn < 63)
			name[nn++] = (char)stad_io_nml_lower(g[p]), p++;
		name[nn] = 0;
		int k = -1;
		for (int j = 0; j < stad_io_nml_n && k < 0; j++)
			if (!strcmp(stad_io_nml_name[j], name))
				k = j;
		if (!nn || k < 0) {
			stad_io_nml_bad("Cannot match namelist object name %s", nn ? name : "?");
			return;
		}
		long elem = 0, last = stad_io_nml_count[k] - 1;
		while (p < L && (g[p] == ' ' || g[p] == '\t'))
			p++;
		if (p < L && g[p] == '(') { /* a subscript or a section of a rank-1 array */
			char *end;
			long lo = strtol(g + p + 1, &end, 10), hi = lo;
			if (*end == ':')
				hi = strtol(end + 1, &end, 10);
			if (*end != ')' || lo < stad_io_nml_lo[k] || hi >= stad_io_nml_lo[k] + stad_io_nml_count[k] || hi < lo) {
				stad_io_nml_bad("Bad subscript of namelist object %s", name);
				return;
			}
			elem = lo - stad_io_nml_lo[k];
			last = hi - stad_io_nml_lo[k];
			p = end - g + 1;
			while (p < L && (g[p] == ' ' || g[p] == '\t'))
				p++;
		}
		if (p >= L || g[p] != '=') {
			stad_io_nml_bad("Equal sign missing after namelist object %s", name);
			return;
		}
		p++;
		/* values up to the next `name =`, `/` or `&` */
		for (;;) {
			while (p < L && (g[p] == ' ' || g[p] == '\t' || g[p] == '\n'))
				p++;
			if (p >= L || g[p] == '/' || g[p] == '&' || g[p] == '$' || g[p] == '!')
				break;
			if (stad_io_nml_isname(g[p]) && !(g[p] >= '0' && g[p] <= '9')) { /* a name, if `=` follows */
				long q = p;
				while (q < L && stad_io_nml_isname(g[q]))
					q++;
				while (q < L && (g[q] == ' ' || g[q] == '\t'))
					q++;
				if (q < L && g[q] == '(') {
					while (q < L && g[q] != ')')
						q++;
					q++;
					while (q < L && (g[q] == ' ' || g[q] == '\t'))
						q++;
				}
				if (q < L && g[q] == '=')
					break;
			}
			if (g[p] == ',') { /* a null value */
				p++;
				elem++;
				continue;
			}
			/* [r*]value: a quoted string or text up to a separator */
			long r = 1, s0 = p;
			char *end;
			if (g[p] >= '0' && g[p] <= '9') {
				long rr = strtol(g + p, &end, 10);
				if (*end == '*') {
					r = rr;
					p = end - g + 1;
				}
			}
			(void)s0;
			char *v = NULL;
			long vn = 0;
			if (p < L && (g[p] == '\'' || g[p] == '"')) {
				char qc = g[p++];
				v = malloc((size_t)(L - p + 1));
				if (!v)
					stad_io_fail("out of memory");
				while (p < L) {
					if (g[p] == qc) {
						if (p + 1 < L && g[p + 1] == qc) {
							v[vn++] = qc;
							p += 2;
							continue;
						}
						p++;
						break;
					}
					if (g[p] != '\n')
						v[vn++] = g[p];
					p++;
				}
				v[vn] = 0;
			} else if (p < L && !(g[p] == ' ' || g[p] == '\t' || g[p] == '\n' || g[p] == ',' || g[p] == '/')) {
				long q = p;
				while (q < L && !(g[q] == ' ' || g[q] == '\t' || g[q] == '\n' || g[q] == ',' || g[q] == '/'))
					q++;
				v = malloc((size_t)(q - p + 1));
				if (!v)
					stad_io_fail("out of memory");
				memcpy(v, g + p, (size_t)(q - p));
				v[q - p] = 0;
				p = q;
			} /* else `r*` alone: r null values */
			for (long i = 0; i < r; i++, elem++) {
				if (elem > last) {
					free(v);
					stad_io_nml_bad("Too many values for namelist object %s", name);
					return;
				}
				if (v) {
					free(stad_io_nml_f[base[k] + elem]);
					stad_io_nml_f[base[k] + elem] = NULL;
					stad_io_nml_push(v); /* (a copy at the end, moved into place) */
					stad_io_nml_f[base[k] + elem] = stad_io_nml_f[--stad_io_nml_nf];
				}
			}
			free(v);
			while (p < L && (g[p] == ' ' || g[p] == '\t'))
				p++;
			if (p < L && g[p] == ',')
				p++;
		}
	}
}

STAD_IO_FN void stad_io_nml_rbegin(int unit, const char *spec, int handled, const char *src, int line)
{
	stad_io_at(src, line);
	stad_io_rbegin(unit, NULL, 0, NULL, 0, handled, src, line);
	stad_io_state *S = &stad_io_st;
	stad_io_nml_spec(spec);
	S->nml = 1;
	/* the record that starts `&group` (others before it are skipped, as gfortran does) */
	size_t gl = strlen(stad_io_nml_group);
	for (; !S->status; stad_io_rrecord()) {
		long p = 0;
		while (p < S->len && (S->rec[p] == ' ' || S->rec[p] == '\t'))
			p++;
		if (p < S->len && (S->rec[p] == '&' || S->rec[p] == '$') && S->len - p - 1 >= (long)gl) {
			size_t i = 0;
			while (i < gl && stad_io_nml_lower(S->rec[p + 1 + (long)i]) == stad_io_nml_group[i])
				i++;
			long e = p + 1 + (long)gl;
			if (i == gl && (e == S->len || !stad_io_nml_isname(S->rec[e]))) {
				S->pos = e;
				break;
			}
		}
	}
	if (S->status) {
		stad_io_nml_spec(spec);
		return;
	}
	/* the group's text up to its `/` (outside quotes), over as many records as it takes */
	long cap = 256, L = 0;
	char *g = malloc((size_t)cap);
	if (!g)
		stad_io_fail("out of memory");
	int quote = 0, done = 0;
	for (;;) {
		for (long p = S->pos; p < S->len && !done; p++) {
			char c = S->rec[p];
			if (L + 2 > cap) {
				cap *= 2;
				g = realloc(g, (size_t)cap);
				if (!g)
					stad_io_fail("out of memory");
			}
			g[L++] = c;
			if (quote && c == quote)
				quote = 0;
			else if (!quote && (c == '\'' || c == '"'))
				quote = c;
			else if (!quote && c == '!') { /* a comment: the rest of the record */
				L--;
				break;
			} else if (!quote && (c == '/' || c == '&' || c == '$'))
				done = 1;
		}
		if (done)
			break;
		g[L++] = '\n';
		stad_io_rrecord();
		if (S->status)
			break;
	}
	S->len = S->pos = 0;
	if (S->status == STAD_IO_EOF) /* no `/`: the group ends with the file */
		S->status = 0;
	stad_io_nml_nf = 0;
	stad_io_nml_parse(g, L);
	free(g);
	stad_io_nml_obj = 0;
	stad_io_nml_elem = 0;
}

/* The value of the next element, in order (0: none given, the item keeps its value). */
STAD_IO_FN int stad_io_nml_take(char *t, size_t cap)
{
	long i = stad_io_nml_elem++;
	if (i >= stad_io_nml_nf || !stad_io_nml_f[i])
		return 0;
	snprintf(t, cap, "%s", stad_io_nml_f[i]);
	return 1;
}

STAD_IO_FN void stad_io_nml_free(void)
{
	for (long i = 0; i < stad_io_nml_nf; i++)
		free(stad_io_nml_f[i]);
	stad_io_nml_nf = 0;
	stad_io_st.nml = 0;
}

/* ---------------------------------------------------------------- INQUIRE
 *
 * stad_io_inquire(unit, NULL, 0) or (0, file, length) chooses what stad_io_inquire_answer(k)
 * tells: 1 EXIST, 2 OPENED, 3 NUMBER (the unit connected to the file, -1), 0 IOSTAT (0). A shadow
 * unit of derivative code (stad_io_open_input) answers as the primal's open unit would. */
static int stad_io_inq_unit, stad_io_inq_exist, stad_io_inq_opened;

STAD_IO_FN void stad_io_inquire(int unit, const char *file, long flen)
{
	if (!file) {
		stad_io_unit *u = stad_io_find(unit);
		stad_io_inq_exist = unit >= 0 || (u && unit <= -10);
		stad_io_inq_opened = (u && (u->f || u->shadow)) || unit == 5 || unit == 6 || unit == 0;
		stad_io_inq_unit = stad_io_inq_opened ? unit : -1;
		return;
	}
	char *name = stad_io_trim(file, flen);
	FILE *f = fopen(name, "r");
	stad_io_inq_exist = f != NULL || stad_io_made(name, -1);
	if (f)
		fclose(f);
	stad_io_inq_opened = 0;
	stad_io_inq_unit = -1;
	for (int i = 0; i < stad_io_nunits; i++)
		if (stad_io_units[i].name && !strcmp(stad_io_units[i].name, name)) {
			stad_io_inq_opened = stad_io_inq_exist = 1;
			stad_io_inq_unit = stad_io_units[i].unit;
		}
	free(name);
}

STAD_IO_FN int stad_io_inquire_answer(int k)
{
	return k == 1 ? stad_io_inq_exist : k == 2 ? stad_io_inq_opened : k == 3 ? stad_io_inq_unit : 0;
}

#endif /* STAD_IO_PARSE_ONLY */
