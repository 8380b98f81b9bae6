/*
 * source.c — the text the scanner reads, and where each of its bytes came from.
 *
 * The input is the file's physical lines with their origin (lines.c: line markers and INCLUDE
 * resolved). Free form is scanned as written (the scanner handles `&` continuation and `!`
 * comments).
 * Fixed form is converted here, a line at a time, into one line per statement, because its
 * rules are about columns rather than characters:
 *   - columns 1-5 are the label, column 6 marks a continuation line (anything but blank or
 *     zero), a tab in columns 1-6 ends the label field and a tab followed by 1-9 marks a
 *     continuation (DEC layout); `c`, `C`, `*`, `d`, `D` or `!` in column 1, or `!` as the first
 *     non-blank character, make a comment line; text beyond column line_length (72) is ignored;
 *   - a continuation line's text is appended to its statement. Fixed form lets a token run
 *     across the line break, short line or full: the standard pads a short line with blanks,
 *     which fixed form ignores outside strings, so a continuation joins its statement directly,
 *     and a string literal continued from a short line gets the padding blanks; after a full
 *     line that ends inside a token, the continuation's leading blanks are skipped too (stad
 *     otherwise reads blanks as separators, unlike the standard's fixed form);
 *   - `c$AD`, `C$AD`, `*$AD`, `!$AD` comment lines are kept (as `!$AD ...`) as lines of their
 *     own; other comments are dropped.
 * Every output byte records the file, line and column of the input byte it came from, so a
 * token anywhere in a joined statement, or in an included file, is reported where it was
 * written.
 */
#include "fe_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* A growable output buffer with its position map. */
typedef struct Out {
	char *text;
	size_t n, cap;
	FeRun *runs;
	size_t nruns, capruns;
} Out;

void *fe_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		abort(); /* out of memory: nothing sensible to report */
	return q;
}

/* text[o->n ...] comes from fid, line, col onwards: a new run unless the last one goes on. */
static void out_origin(Out *o, int fid, int line, int col)
{
	if (o->nruns) {
		const FeRun *r = &o->runs[o->nruns - 1];
		if (r->fid == fid && r->line == line && (size_t)col - (size_t)r->col == o->n - r->start && col >= r->col)
			return;
	}
	if (o->nruns == o->capruns) {
		o->capruns = o->capruns ? o->capruns * 2 : 1024;
		o->runs = fe_xrealloc(o->runs, o->capruns * sizeof *o->runs);
	}
	o->runs[o->nruns++] = (FeRun){o->n, line, col, fid};
}

static void out_put(Out *o, char c, int fid, int line, int col)
{
	if (o->n + 1 >= o->cap) {
		o->cap = o->cap ? o->cap * 2 : 4096;
		o->text = fe_xrealloc(o->text, o->cap);
	}
	out_origin(o, fid, line, col);
	o->text[o->n] = c;
	o->n++;
}

static void out_finish(FeSource *s, Out *o, IrLoc eof)
{
	int fid = 0;
	for (int i = 0; i < s->nfiles; i++)
		if (s->files[i] == eof.src)
			fid = i;
	out_put(o, 0, fid, eof.line, eof.col); /* entry [len]: the end of the file */
	s->text = o->text;
	s->runs = o->runs;
	s->nruns = o->nruns;
	s->last = 0;
	s->len = o->n - 1;
}

IrLoc fe_source_loc(FeSource *s, size_t off)
{
	if (off > s->len)
		off = s->len;
	if (!s->nruns)
		return ir_loc(s->src, 1, 1);
	size_t lo = 0, hi = s->nruns; /* the last run with start <= off (runs[0].start is 0) */
	size_t k = s->last < s->nruns ? s->last : 0;
	if (s->runs[k].start <= off) { /* the scanner's next token: the same run or one of the next */
		for (int step = 0; step < 4 && k + 1 < s->nruns && s->runs[k + 1].start <= off; step++)
			k++;
		if (k + 1 == s->nruns || s->runs[k + 1].start > off)
			lo = hi = k;
		else
			lo = k;
	}
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->runs[mid].start <= off)
			lo = mid;
		else
			hi = mid;
	}
	s->last = lo;
	const FeRun *r = &s->runs[lo];
	return ir_loc(s->files[r->fid], r->line, r->col + (int)(off - r->start));
}

int fe_source_cut(const FeSource *s, IrLoc loc)
{
	for (int i = 0; i < s->ncuts; i++)
		if (s->cuts[i].line == loc.line && s->cuts[i].src == loc.src)
			return 1;
	return 0;
}

static void mark_cut(FeSource *s, const FeLine *l)
{
	if (s->ncuts && s->cuts[s->ncuts - 1].line == l->line && s->cuts[s->ncuts - 1].src == s->files[l->fid])
		return;
	if (s->ncuts == s->capcuts) {
		s->capcuts = s->capcuts ? 2 * s->capcuts : 16;
		s->cuts = fe_xrealloc(s->cuts, sizeof *s->cuts * (size_t)s->capcuts);
	}
	s->cuts[s->ncuts].src = s->files[l->fid];
	s->cuts[s->ncuts].line = l->line;
	s->ncuts++;
}

void fe_source_free(FeSource *s)
{
	free(s->text);
	free(s->runs);
	free(s->files);
	free(s->cuts);
	s->cuts = NULL;
	s->ncuts = s->capcuts = 0;
	s->files = NULL;
	s->nfiles = s->capfiles = 0;
	s->text = NULL;
	s->runs = NULL;
	s->nruns = s->last = 0;
	s->len = 0;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* The ignored columns of a fixed-form line p[0..n), from p[j] (their first non-blank; i the
 * first ignored byte), are a card's sequence field (`DCK00070` in columns 73-80), not code cut
 * off: the last column read is blank and they are one word of at most 8 characters. */
static int sequence_field(const char *p, size_t n, size_t i, size_t j)
{
	size_t e = n;
	while (e > j && is_blank(p[e - 1]))
		e--;
	if (i == 0 || !is_blank(p[i - 1]) || e - j > 8)
		return 0;
	for (size_t k = j; k < e; k++)
		if (is_blank(p[k]))
			return 0;
	return 1;
}

/* A `!$AD` (or, in fixed form, `c$AD`, `*$AD`) comment: the marker ends at a blank or the line end. */
static int is_directive(const char *p, size_t n)
{
	return n >= 4 && p[1] == '$' && (p[2] == 'a' || p[2] == 'A') && (p[3] == 'd' || p[3] == 'D') &&
	        (n == 4 || is_blank(p[4]));
}

/* ---------------------------------------------------------------- free form */

/* The index of the continuation `&` that ends free-form line l (read from `from`, inside a
 * string opened by *quote, which is updated), or -1: the last non-blank character before a
 * comment. */
static long trailing_amp(const FeLine *l, size_t from, int *quote)
{
	long amp = -1;
	for (size_t i = from; i < l->n; i++) {
		char c = l->p[i];
		if (!*quote && c == '!')
			break;
		if (*quote && c == *quote && i + 1 < l->n && l->p[i + 1] == c) { /* a doubled quote */
			i++;
			amp = -1;
			continue;
		}
		if (c == '\'' || c == '"')
			*quote = !*quote ? c : *quote == c ? 0 : *quote;
		amp = c == '&' ? (long)i : is_blank(c) ? amp : -1;
	}
	return amp;
}

/* The first non-blank byte of l, or l->n. */
static size_t first_nonblank(const FeLine *l)
{
	size_t i = 0;
	while (i < l->n && is_blank(l->p[i]))
		i++;
	return i;
}

/* Free form is copied as written, except that a line ending in `&` whose continuation line
 * starts with `&` (after blanks; comment lines may come between) is joined to it with nothing
 * between: F2008 3.3.2.4 lets a token or a string go on there (`co&` / `&s(x)` is `cos(x)`,
 * `6&` / `&.0d0` is `6.0d0`). Without the leading `&` the line break ends the token, and the
 * scanner reads the continuation. */
static void prepare_free(FeSource *s, const FeLines *lines)
{
	Out o = {0};
	size_t total = 2; /* the text and its end at once: growing by doubling copied it all again */
	for (size_t k = 0; k < lines->n; k++)
		total += lines->v[k].n + 1;
	o.cap = total;
	o.text = fe_xrealloc(NULL, o.cap);
	size_t from = 0; /* where line k's text starts: after the `&` of a joined continuation */
	int quote = 0;
	for (size_t k = 0; k < lines->n; k++) {
		const FeLine *l = &lines->v[k];
		long amp = trailing_amp(l, from, &quote);
		size_t j = k + 1;
		while (amp >= 0 && j < lines->n) { /* comment and blank lines between */
			size_t b = first_nonblank(&lines->v[j]);
			const FeLine *n = &lines->v[j];
			if (b < n->n && (n->p[b] != '!' || is_directive(n->p + b, n->n - b)))
				break;
			j++;
		}
		size_t b = j < lines->n ? first_nonblank(&lines->v[j]) : 0;
		int lead = j < lines->n && b < lines->v[j].n && lines->v[j].p[b] == '&';
		/* inside a string the continuation should start with `&`; without it, the string goes on
		 * at the line's first non-blank, as gfortran reads it (the blanks kept made the primal
		 * print 'x      y' where gfortran prints 'xy': s19 review) */
		int join = amp >= 0 && j < lines->n && b < lines->v[j].n && (lead || quote);
		size_t end = join ? (size_t)amp : l->n;
		if (end > from)
			out_origin(&o, l->fid, l->line, (int)from + 1);
		memcpy(o.text + o.n, l->p + from, end - from);
		o.n += end - from;
		if (join) {
			k = j - 1;
			from = lead ? b + 1 : b;
			continue;
		}
		if (l->nl)
			out_put(&o, '\n', l->fid, l->line, (int)l->n + 1);
		from = 0;
		quote = 0;
	}
	out_finish(s, &o, lines->eof);
}

/* ---------------------------------------------------------------- fixed form */

enum { L_BLANK, L_COMMENT, L_DIRECTIVE, L_CODE };

/* One physical line of fixed-form input, analysed. */
typedef struct FixedLine {
	const char *p; /* start of the line */
	size_t n;      /* length without the newline (and a trailing CR) */
	int fid, line; /* where it comes from */
	int kind;
	int cont;     /* L_CODE: a continuation line */
	size_t code;  /* L_CODE: index where the statement text starts */
	int badlabel; /* L_CODE: non-digits in the label field */
} FixedLine;

static FixedLine analyse_fixed(const FeLine *in)
{
	const char *p = in->p;
	size_t n = in->n;
	if (n && p[n - 1] == '\r')
		n--;
	FixedLine l = {p, n, in->fid, in->line, L_CODE, 0, 0, 0};
	size_t i = 0;
	while (i < n && is_blank(p[i]))
		i++;
	if (i == n) {
		l.kind = L_BLANK;
		return l;
	}
	char c = p[0];
	if (c == 'c' || c == 'C' || c == '*' || c == '!' || c == 'd' || c == 'D') {
		l.kind = (c != 'd' && c != 'D' && is_directive(p, n)) ? L_DIRECTIVE : L_COMMENT;
		return l;
	}
	/* `!` as the first non-blank character, except in the continuation column. */
	if (p[i] == '!' && !(i == 5 && p[i - 1] != '\t')) {
		l.kind = is_directive(p + i, n - i) ? L_DIRECTIVE : L_COMMENT;
		return l;
	}
	/* Label field: up to a tab or column 6. */
	for (i = 0; i < n && i < 6; i++) {
		if (p[i] == '\t') { /* DEC tab layout */
			if (i + 1 < n && p[i + 1] >= '1' && p[i + 1] <= '9') {
				l.cont = 1;
				l.code = i + 2;
			} else {
				l.code = i + 1;
			}
			return l;
		}
		if (i == 5) {
			l.cont = p[5] != ' ' && p[5] != '0';
			l.code = 6;
			return l;
		}
		if (p[i] != ' ' && !isdigit((unsigned char)p[i]))
			l.badlabel = 1;
	}
	l.code = n; /* a line of at most 5 columns: label field only */
	return l;
}

/* State of the statement being assembled. */
typedef struct Stmt {
	int open;                    /* a statement is being assembled */
	int quote;                   /* inside a string opened by this quote character, or 0 */
	int full;                    /* the last line reached the column limit */
	int endfid, endline, endcol; /* position just after the last byte taken */
	size_t amp;                  /* output index of a trailing `&` (dual-format continuation mark), or 0 */
	int has_amp;
} Stmt;

static void stmt_flush(Out *o, Stmt *st)
{
	if (st->open)
		out_put(o, '\n', st->endfid, st->endline, st->endcol);
	st->open = 0;
	st->quote = 0;
	st->has_amp = 0;
}

static int token_char(int c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '.';
}

/* Would prev and next be one token written together (a name or number, or `**`, `//`, `==`,
 * `<=`, `>=`, `/=`)? */
static int glued(int prev, int next)
{
	if (token_char(prev))
		return token_char(next);
	return (prev == '*' && next == '*') || (prev == '/' && (next == '/' || next == '=')) ||
	        ((prev == '=' || prev == '<' || prev == '>') && next == '=');
}

/* Append the statement text of a code line (from l->code up to the column limit and any `!`
 * comment) to the output. Lines whose text went past the line length are marked (a syntax
 * error there gets a hint). */
static void take_code(FeSource *s, Out *o, Stmt *st, const FixedLine *l, int line_length, int glue)
{
	int line = l->line;
	int col = 7; /* columns as the fixed-form rules count them (tabs expanded) */
	size_t i = l->code;
	if (glue) {
		/* the continued line reached the last column inside a token: blanks are insignificant
		 * in fixed form, so `co` + `   s(x)` is `cos(x)` and `*` + `  *2` is `**2`, as gfortran
		 * reads them */
		size_t j = i;
		while (j < l->n && is_blank(l->p[j]))
			j++;
		if (j < l->n && glued(o->text[o->n - 1], l->p[j])) {
			for (size_t k = i; k < j; k++)
				col = l->p[k] == '\t' ? ((col - 1) / 8 + 1) * 8 + 1 : col + 1;
			i = j;
		}
	}
	int lastcol = l->code < l->n ? (int)l->code + 1 : (int)l->n + 1;
	st->full = 0;
	while (i < l->n) {
		char c = l->p[i];
		if (line_length > 0 && col > line_length) {
			st->full = 1;
			/* remember lines whose ignored columns hold code: a syntax error there gets a hint */
			size_t j = i;
			while (j < l->n && is_blank(l->p[j]))
				j++;
			if (j < l->n && l->p[j] != '!' && !sequence_field(l->p, l->n, i, j)) {
				FeLine at = {l->p, l->n, l->fid, l->line, 1};
				mark_cut(s, &at);
			}
			break;
		}
		if (!st->quote && c == '!')
			break;
		if (st->quote && c == st->quote)
			st->quote = 0;
		else if (!st->quote && (c == '\'' || c == '"'))
			st->quote = c;
		if (!is_blank(c)) {
			st->has_amp = !st->quote && c == '&';
			st->amp = o->n;
		}
		out_put(o, c, l->fid, line, (int)i + 1);
		lastcol = (int)i + 2;
		col = c == '\t' ? ((col - 1) / 8 + 1) * 8 + 1 : col + 1;
		i++;
	}
	if (line_length > 0 && i == l->n && col > line_length)
		st->full = 1;
	st->endfid = l->fid;
	st->endline = line;
	st->endcol = lastcol;
}

static IrLoc line_loc(const FeSource *s, const FixedLine *l, int col)
{
	return ir_loc(s->files[l->fid], l->line, col);
}

static void prepare_fixed(FeSource *s, const FeLines *in, int line_length)
{
	/* Analyse every line first: a directive needs to look ahead. */
	size_t k = in->n;
	FixedLine *lines = fe_xrealloc(NULL, (k + 1) * sizeof *lines);
	for (size_t i = 0; i < k; i++)
		lines[i] = analyse_fixed(&in->v[i]);
	Out o = {0};
	Stmt st = {0};
	int badlabel = 0, dropping = 0;
	for (size_t li = 0; li < k; li++) {
		const FixedLine *l = &lines[li];
		int line = l->line, fid = l->fid;
		switch (l->kind) {
		case L_BLANK:
		case L_COMMENT: break;
		case L_DIRECTIVE: {
			size_t nx = li + 1;
			while (nx < k && lines[nx].kind != L_CODE && lines[nx].kind != L_DIRECTIVE)
				nx++;
			if (st.open && nx < k && lines[nx].kind == L_CODE && lines[nx].cont) {
				ir_warning(line_loc(s, l, 1), "!$AD directive between continuation lines is ignored");
				break;
			}
			stmt_flush(&o, &st);
			size_t i = 0;
			while (is_blank(l->p[i]))
				i++;
			out_put(&o, '!', fid, line, (int)i + 1);
			for (i++; i < l->n; i++)
				out_put(&o, l->p[i], fid, line, (int)i + 1);
			out_put(&o, '\n', fid, line, (int)l->n + 1);
			break;
		}
		case L_CODE: {
			int cont = l->cont;
			if (l->badlabel || (cont && dropping)) {
				/* Not fixed-form code (free-form source in a .f file?): reported once, and
				 * the line and its continuations are dropped. */
				if (!badlabel)
					ir_error(line_loc(s, l, 1),
					         "fixed form: columns 1-5 may hold only a statement label "
					         "(is this free-form source?)");
				badlabel = dropping = 1;
				stmt_flush(&o, &st);
				break;
			}
			dropping = 0;
			if (cont && !st.open) {
				ir_error(line_loc(s, l, 6), "continuation line without a statement to continue");
				cont = 0;
			}
			int glue = 0;
			if (cont) {
				glue = st.full && !st.quote && !st.has_amp && o.n > 0;
				if (st.has_amp) /* dual-format `&` at the end of the continued line */
					o.text[st.amp] = ' ';
				st.has_amp = 0;
				if (st.quote && !st.full && line_length > 0) {
					int pad = line_length - (st.endcol - 1);
					/* the standard pads a short line with blanks up to the last column */
					for (int j = 0; j < pad && j < 1024; j++)
						out_put(&o, ' ', st.endfid, st.endline, st.endcol);
				}
				/* outside strings the padding blanks are insignificant (fixed form ignores
				 * blanks): a name or number cut at the end of a short line goes on in the
				 * continuation, as gfortran reads it */
			} else {
				stmt_flush(&o, &st);
				st.open = 1;
				/* The label's digits, together, then a blank. */
				size_t lab = l->code < 5 ? l->code : 5;
				int any = 0;
				for (size_t i = 0; i < lab && i < l->n; i++)
					if (isdigit((unsigned char)l->p[i])) {
						out_put(&o, l->p[i], fid, line, (int)i + 1);
						any = 1;
					}
				if (any)
					out_put(&o, ' ', fid, line, (int)lab + 1);
			}
			take_code(s, &o, &st, l, line_length, glue);
			break;
		}
		}
	}
	stmt_flush(&o, &st);
	free(lines);
	out_finish(s, &o, in->eof);
}

void fe_source_init(FeSource *s, IrSource *src, const char *text, size_t len, int fixed, int line_length, const FeOptions *opt,
                    int preprocessed)
{
	s->a = src->prog->arena;
	s->file = src->file;
	s->src = src;
	s->capfiles = 8;
	s->files = calloc((size_t)s->capfiles, sizeof *s->files);
	if (!s->files)
		abort();
	s->files[s->nfiles++] = src;
	FeLines lines;
	fe_lines_read(s, &lines, text, len, fixed, opt, preprocessed);
	if (fixed)
		prepare_fixed(s, &lines, line_length);
	else
		prepare_free(s, &lines);
	fe_lines_free(&lines);
}
