/*
 * lines.c — the physical lines of a file, each with the file and line it came from.
 *
 * Before the form rules apply (source.c), a file is split into lines and two things that
 * change where a line comes from are resolved:
 *   - line markers, as the C preprocessor writes them (`# 12 "model.F"`, with or without
 *     flags after the name, and `#line 12 "model.F"`): the next line is line 12 of model.F.
 *     They are honoured in every file, so the output of cpp (or of any tool that writes them)
 *     is read as it is and every location points into the original source;
 *   - INCLUDE lines (`include 'SIZE.h'` or `INCLUDE "SIZE.h"`, alone on their line, a `!`
 *     comment allowed after; in fixed form in columns 7 and beyond): replaced by the lines of
 *     the file, found in the including file's folder and then in the -I folders, in the same
 *     source form. Includes nest; a file that includes itself is stopped at a depth limit.
 * Any other line starting with `#` is a preprocessor directive left in the text: refused once
 * per file (the C preprocessor runs on .F, .F90, .fpp, ... files and with --cpp).
 * Included files are registered for diagnostics, as are files named by line markers (read
 * from disk when they exist), so a diagnostic quotes the line it names.
 */
#include "fe_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum { FE_MAX_INCLUDE_DEPTH = 64 };

typedef struct Reader {
	FeSource *s;
	FeLines *out;
	const FeOptions *opt;
	int fixed;
	int preprocessed; /* the text is the C preprocessor's output */
} Reader;

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

int fe_source_file(FeSource *s, const char *name, const char *text)
{
	for (int i = 0; i < s->nfiles; i++)
		if (!strcmp(s->files[i]->file, name))
			return i;
	IrProgram *p = s->src->prog;
	IrSource *src = NULL;
	for (IrSource *q = p->sources; q && !src; q = q->next)
		if (!strcmp(q->file, name))
			src = q; /* another file of the program includes it too */
	if (!src) {
		char *buf = NULL;
		size_t len = 0;
		if (!text && name[0] != '<' && fe_read_file(name, &buf, &len) == 0 && !memchr(buf, 0, len))
			text = buf;
		src = ir_source_register(p, ir_strdup(s->a, name), text ? text : "");
		free(buf);
	}
	if (s->nfiles == s->capfiles) {
		s->capfiles = s->capfiles ? 2 * s->capfiles : 8;
		s->files = fe_xrealloc(s->files, sizeof *s->files * (size_t)s->capfiles);
	}
	s->files[s->nfiles] = src;
	return s->nfiles++;
}

static IrLoc loc_at(const FeSource *s, int fid, int line, int col)
{
	return ir_loc(s->files[fid], line, col);
}

static void push_line(FeLines *l, const char *p, size_t n, int fid, int line)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 256;
		l->v = fe_xrealloc(l->v, sizeof *l->v * l->cap);
	}
	FeLine *x = &l->v[l->n++];
	x->p = p;
	x->n = n;
	x->fid = fid;
	x->line = line;
	x->nl = 1;
}

void fe_lines_free(FeLines *l)
{
	for (int i = 0; i < l->nbufs; i++)
		free(l->bufs[i]);
	free(l->bufs);
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* ---------------------------------------------------------------- line markers */

/* `# N "file" flags...`, `# N`, `#line N "file"`: 1 with *num and *name (NULL when absent;
 * malloc'ed, escapes undone). */
static int line_marker(const char *p, size_t n, long *num, char **name)
{
	size_t i = 1;
	while (i < n && is_blank(p[i]))
		i++;
	if (i + 4 <= n && !memcmp(p + i, "line", 4) && (i + 4 == n || is_blank(p[i + 4]))) {
		i += 4;
		while (i < n && is_blank(p[i]))
			i++;
	}
	if (i == n || p[i] < '0' || p[i] > '9')
		return 0;
	long v = 0;
	while (i < n && p[i] >= '0' && p[i] <= '9') {
		if (v < 100000000)
			v = v * 10 + (p[i] - '0');
		i++;
	}
	if (i < n && !is_blank(p[i]))
		return 0;
	while (i < n && is_blank(p[i]))
		i++;
	*num = v;
	*name = NULL;
	if (i == n)
		return 1;
	if (p[i] != '"')
		return 0;
	char *s = fe_xrealloc(NULL, n - i + 1);
	size_t k = 0;
	for (i++; i < n && p[i] != '"'; i++) {
		if (p[i] == '\\' && i + 1 < n)
			i++;
		s[k++] = p[i];
	}
	s[k] = 0;
	if (i == n) { /* no closing quote: not a marker */
		free(s);
		return 0;
	}
	*name = s;
	return 1;
}

/* A file named by a marker: its text is read for diagnostics when it exists. */
static int marker_file(Reader *R, const char *name)
{
	return fe_source_file(R->s, name, NULL);
}

/* ---------------------------------------------------------------- INCLUDE */

/* `include 'name'` alone on the line (a `!` comment may follow); fixed form: after the label
 * field. 1 with *name (malloc'ed) and *col (1-based column of the quote). */
static int include_line(const Reader *R, const char *p, size_t n, char **name, int *col)
{
	size_t i = 0;
	if (R->fixed) {
		if (n && (p[0] == 'c' || p[0] == 'C' || p[0] == '*' || p[0] == '!' || p[0] == 'd' || p[0] == 'D'))
			return 0;
		int tab = 0;
		while (i < n && is_blank(p[i])) {
			tab |= p[i] == '\t';
			i++;
		}
		if (i < 6 && !tab)
			return 0; /* in the label field */
	} else {
		while (i < n && is_blank(p[i]))
			i++;
	}
	static const char kw[] = "include";
	for (size_t k = 0; k < sizeof kw - 1; k++, i++)
		if (i >= n || (p[i] | 32) != kw[k])
			return 0;
	while (i < n && is_blank(p[i]))
		i++;
	if (i >= n || (p[i] != '\'' && p[i] != '"'))
		return 0;
	char q = p[i];
	*col = (int)i + 1;
	char *s = fe_xrealloc(NULL, n - i + 1);
	size_t k = 0;
	for (i++;; i++) {
		if (i >= n) {
			free(s);
			return 0;
		}
		if (p[i] == q) {
			if (i + 1 < n && p[i + 1] == q) { /* a doubled quote stands for itself */
				s[k++] = q;
				i++;
				continue;
			}
			break;
		}
		s[k++] = p[i];
	}
	s[k] = 0;
	for (i++; i < n && is_blank(p[i]); i++)
		;
	if (i < n && p[i] != '!') {
		free(s);
		return 0;
	}
	*name = s;
	return 1;
}

static void read_text(Reader *R, int fid, const char *text, size_t len, int depth);

/* path = dir/name, or name when dir is empty (malloc'ed). */
static char *join(const char *dir, size_t ndir, const char *name)
{
	size_t nn = strlen(name);
	char *r = fe_xrealloc(NULL, ndir + nn + 2);
	size_t k = 0;
	if (ndir && name[0] != '/') {
		memcpy(r, dir, ndir);
		k = ndir;
		if (r[k - 1] != '/')
			r[k++] = '/';
	}
	memcpy(r + k, name, nn + 1);
	return r;
}

static void include_file(Reader *R, const char *name, int fid, int line, int col, int depth)
{
	FeSource *s = R->s;
	IrLoc loc = loc_at(s, fid, line, col);
	if (depth >= FE_MAX_INCLUDE_DEPTH) {
		ir_error(loc, "INCLUDE files nested more than %d deep (does '%s' include itself?)", FE_MAX_INCLUDE_DEPTH, name);
		return;
	}
	if (!name[0]) {
		ir_error(loc, "INCLUDE names no file");
		return;
	}
	/* the including file's folder first, then the -I folders in order */
	const char *self = s->files[fid]->file;
	const char *slash = strrchr(self, '/');
	int ndirs = R->opt ? R->opt->ninclude_dirs : 0;
	char *buf = NULL, *found = NULL;
	size_t blen = 0;
	int err = ENOENT;
	for (int k = -1; k < ndirs && !found; k++) {
		char *path = k < 0 ? join(self, slash ? (size_t)(slash - self + 1) : 0, name)
		                   : join(R->opt->include_dirs[k], strlen(R->opt->include_dirs[k]), name);
		int e = fe_read_file(path, &buf, &blen);
		if (e == 0) {
			found = path;
			break;
		}
		if (e != ENOENT && e != ENOTDIR && err == ENOENT)
			err = e;
		free(path);
		if (name[0] == '/')
			break;
	}
	if (!found) {
		if (err != ENOENT)
			ir_error(loc, "cannot read INCLUDE file '%s': %s", name, strerror(err));
		else if (ndirs)
			ir_error(loc, "INCLUDE file '%s' not found in the including file's folder nor in the -I folders", name);
		else
			ir_error(loc, "INCLUDE file '%s' not found in the including file's folder (give others with -I DIR)",
			         name);
		return;
	}
	if (memchr(buf, 0, blen)) {
		ir_error(loc, "INCLUDE file '%s' holds a NUL byte (not a text file)", found);
		free(buf);
		free(found);
		return;
	}
	int nfid = fe_source_file(s, found, buf);
	free(found);
	FeLines *o = R->out;
	o->bufs = fe_xrealloc(o->bufs, sizeof *o->bufs * (size_t)(o->nbufs + 1));
	o->bufs[o->nbufs++] = buf;
	read_text(R, nfid, buf, blen, depth + 1);
}

/* ---------------------------------------------------------------- the lines of a text */

static void read_text(Reader *R, int fid, const char *text, size_t len, int depth)
{
	FeSource *s = R->s;
	int cur = fid, line = 1, refused = 0;
	size_t start = 0;
	while (start < len) {
		const char *e = memchr(text + start, '\n', len - start);
		size_t n = e ? (size_t)(e - (text + start)) : len - start;
		const char *p = text + start;
		start += n + 1;
		if (n && p[0] == '#') {
			long num;
			char *name;
			if (line_marker(p, n, &num, &name)) {
				if (name) {
					cur = marker_file(R, name);
					free(name);
				}
				line = (int)num;
				continue;
			}
			if (!refused)
				ir_error(
				        loc_at(s, cur, line, 1),
				        R->preprocessed
				                ? "preprocessor line left by the C preprocessor is not supported"
				                : "preprocessor directive in a file that is not preprocessed (stad runs the "
				                  "C preprocessor on .F, .F90, .fpp and .FPP files, and on any file with --cpp)");
			refused = 1;
			line++;
			continue;
		}
		char *name;
		int col;
		if (include_line(R, p, n, &name, &col)) {
			include_file(R, name, cur, line, col, depth);
			free(name);
			line++;
			continue;
		}
		push_line(R->out, p, n, cur, line);
		if (!e && depth == 0)
			R->out->v[R->out->n - 1].nl = 0; /* the file's last line has no newline */
		line++;
		if (!e && depth == 0) {
			R->out->eof = loc_at(s, cur, line - 1, (int)n + 1);
			return;
		}
	}
	if (depth == 0)
		R->out->eof = loc_at(s, cur, line, 1);
}

void fe_lines_read(FeSource *s, FeLines *out, const char *text, size_t len, int fixed, const FeOptions *opt, int preprocessed)
{
	memset(out, 0, sizeof *out);
	Reader R = {s, out, opt, fixed, preprocessed};
	out->eof = loc_at(s, 0, 1, 1);
	read_text(&R, 0, text, len, 0);
}
