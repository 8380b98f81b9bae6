/*
 * table_io.c — reads and writes checkpoint toggle tables (format in prof_table.h).
 *
 * Self-contained on purpose (no IR, no profile types) so that checkpoint/ can take it over.
 * Writing is atomic and careful: a file is only replaced if stad wrote it, recognised by its
 * first line, so a mistyped --write-table cannot destroy a source file.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "prof_table.h"

ProfTable *prof_table_new(void)
{
	return calloc(1, sizeof(ProfTable));
}

void prof_table_free(ProfTable *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].id);
		free(t->v[i].comment);
	}
	free(t->v);
	free(t);
}

static char *dup_n(const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (p) {
		memcpy(p, s, n);
		p[n] = 0;
	}
	return p;
}

int prof_table_valid_id(const char *id)
{
	return ckp_valid_site_id(id, strlen(id));
}

ProfTableEntry *prof_table_find(const ProfTable *t, const char *id)
{
	for (size_t i = 0; i < t->n; i++)
		if (!strcmp(t->v[i].id, id))
			return &t->v[i];
	return NULL;
}

/* Copies a comment, with control characters (a newline would break the file) as blanks and
 * surrounding blanks trimmed; NULL for an empty one. */
static char *clean_comment(const char *c, size_t n, int *oom)
{
	while (n && isspace((unsigned char)*c))
		c++, n--;
	while (n && isspace((unsigned char)c[n - 1]))
		n--;
	if (!n)
		return NULL;
	char *p = dup_n(c, n);
	if (!p) {
		*oom = 1;
		return NULL;
	}
	for (char *q = p; *q; q++)
		if ((unsigned char)*q < ' ' || *q == 0x7f)
			*q = ' ';
	return p;
}

static int add_entry(ProfTable *t, const char *id, size_t idlen, int on, const char *comment, size_t clen, int line)
{
	int oom = 0;
	if (t->n == t->cap) {
		size_t c = t->cap ? 2 * t->cap : 16;
		ProfTableEntry *v = realloc(t->v, c * sizeof *v);
		if (!v)
			return -1;
		t->v = v;
		t->cap = c;
	}
	ProfTableEntry *e = &t->v[t->n];
	e->id = dup_n(id, idlen);
	e->comment = comment ? clean_comment(comment, clen, &oom) : NULL;
	e->on = on;
	e->line = line;
	if (!e->id || oom) {
		free(e->id);
		free(e->comment);
		return -1;
	}
	t->n++;
	return 0;
}

int prof_table_set(ProfTable *t, const char *id, int on, const char *comment)
{
	ProfTableEntry *e = prof_table_find(t, id);
	if (!e)
		return add_entry(t, id, strlen(id), on, comment, comment ? strlen(comment) : 0, 0);
	int oom = 0;
	char *c = comment ? clean_comment(comment, strlen(comment), &oom) : NULL;
	if (oom)
		return -1;
	free(e->comment);
	e->comment = c;
	e->on = on;
	return 0;
}

/* ---------------------------------------------------------------- reading */

static int perr(char *err, size_t errlen, const char *name, int line, size_t col, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 6, 7)))
#endif
        ;

static int perr(char *err, size_t errlen, const char *name, int line, size_t col, const char *fmt, ...)
{
	char msg[600];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (errlen)
		snprintf(err, errlen, "%s:%d:%zu: error: %s", name, line, col, msg);
	return -1;
}

/* One line, read by the toggle-table reader every stad command shares (checkpoint/table.c). */
static int parse_line(ProfTable *t, const char *s, size_t n, const char *name, int line, char *err, size_t errlen)
{
	CkpLine l;
	if (ckp_table_line(s, n, line, &l) != 0)
		return perr(err, errlen, name, line, l.errcol, "%s", l.msg);
	if (!l.entry)
		return 0;
	char id[512];
	if (l.idlen >= sizeof id)
		return perr(err, errlen, name, line, l.id0 + 1, "site id too long");
	memcpy(id, s + l.id0, l.idlen);
	id[l.idlen] = 0;
	const ProfTableEntry *old = prof_table_find(t, id);
	if (old)
		return perr(err, errlen, name, line, l.id0 + 1, "site '%s' is listed twice (first on line %d)", id, old->line);
	if (add_entry(t, id, l.idlen, l.on, l.has_comment ? s + l.c0 : NULL, l.clen, line))
		return perr(err, errlen, name, line, 1, "out of memory");
	return 0;
}

ProfTable *prof_table_parse(const char *text, size_t len, const char *name, char *err, size_t errlen)
{
	ProfTable *t = prof_table_new();
	if (!t) {
		perr(err, errlen, name, 1, 1, "out of memory");
		return NULL;
	}
	if (errlen)
		err[0] = 0;
	size_t pos = 0;
	for (int line = 1; pos < len; line++) {
		size_t end = pos;
		while (end < len && text[end] != '\n')
			end++;
		size_t n = end - pos;
		if (n && text[pos + n - 1] == '\r')
			n--;
		if (parse_line(t, text + pos, n, name, line, err, errlen)) {
			prof_table_free(t);
			return NULL;
		}
		pos = end + 1;
	}
	return t;
}

/* Whole file into memory; NULL with errno set. */
static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0;
	if (!f)
		return NULL;
	for (;;) {
		if (n + 4096 > cap) {
			size_t c = cap ? 2 * cap : 8192;
			char *q = realloc(buf, c);
			if (!q) {
				free(buf);
				fclose(f);
				errno = ENOMEM;
				return NULL;
			}
			buf = q;
			cap = c;
		}
		size_t k = fread(buf + n, 1, cap - n, f);
		n += k;
		if (k == 0)
			break;
	}
	if (ferror(f)) {
		int e = errno;
		free(buf);
		fclose(f);
		errno = e;
		return NULL;
	}
	fclose(f);
	*len = n;
	return buf;
}

ProfTable *prof_table_read(const char *path, char *err, size_t errlen)
{
	size_t len;
	char *text = slurp(path, &len);
	if (!text) {
		if (errlen)
			snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
		return NULL;
	}
	ProfTable *t = prof_table_parse(text, len, path, err, errlen);
	free(text);
	return t;
}

/* ---------------------------------------------------------------- writing */

char *prof_table_format(const ProfTable *t, size_t *len)
{
	CkpRow *rows = calloc(t->n + 1, sizeof *rows);
	if (!rows)
		return NULL;
	for (size_t i = 0; i < t->n; i++)
		rows[i] = (CkpRow){t->v[i].id, t->v[i].on, t->v[i].comment};
	char *text = ckp_table_text(rows, (int)t->n, NULL);
	free(rows);
	if (text)
		*len = strlen(text);
	return text;
}

int prof_table_write(const ProfTable *t, const char *path, char *err, size_t errlen)
{
	FILE *f = fopen(path, "rb");
	if (f) {
		char first[sizeof PROF_TABLE_HEADER + 2] = {0};
		size_t n = fread(first, 1, sizeof first - 1, f);
		fclose(f);
		size_t h = sizeof PROF_TABLE_HEADER - 1;
		int ours = n >= h && !memcmp(first, PROF_TABLE_HEADER, h) && (n == h || first[h] == '\n' || first[h] == '\r');
		if (!ours) {
			if (errlen)
				snprintf(err, errlen,
				         "%s: not written by stad (its first line is not '%s'); "
				         "refusing to overwrite it",
				         path, PROF_TABLE_HEADER);
			return -1;
		}
	} else if (errno != ENOENT) {
		if (errlen)
			snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
		return -1;
	}

	size_t len;
	char *text = prof_table_format(t, &len);
	if (!text) {
		if (errlen)
			snprintf(err, errlen, "%s: out of memory", path);
		return -1;
	}
	int ok = ir_write_atomic(path, text, len) == 0;
	if (!ok && errlen)
		snprintf(err, errlen, "%s: cannot write: %s", path, strerror(errno));
	free(text);
	return ok ? 0 : -1;
}
