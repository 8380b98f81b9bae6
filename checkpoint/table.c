/*
 * table.c — the one reader of a toggle-table line, shared by `stad diff --table` (ckp_table_parse)
 * and `stad profile --table` (prof_table_parse), so both accept exactly the same files:
 *
 *     # stad checkpoint table v1          (the header: another version is refused)
 *     caller:callee#k  on|off  [# comment]      (the k-th call of callee in caller)
 *     caller:line:callee  on|off  [# comment]   (the ids of stad before site numbers)
 *
 * Blank lines and lines starting with `#` are comments; the state is `on` or `off` in any case;
 * a `#` starts a comment except in `#k` ending a site id; a site id is a caller name, `:`, a
 * callee name, `#` and a number, or (old) a caller, a line number and a callee, `:` between;
 * nothing may follow the state but a comment; a NUL byte means the file is not text.
 */
#include "ckp.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int bad_name_char(int c)
{
	return c <= ' ' || c == '#' || c == ':' || c == 0x7f;
}

/* caller:callee#k (k >= 1, no leading zero) */
static int valid_new_id(const char *id, size_t n)
{
	size_t i = 0, k;
	for (k = i; k < n && !bad_name_char((unsigned char)id[k]); k++) /* caller */
		;
	if (k == i || k == n || id[k] != ':')
		return 0;
	i = k + 1;
	for (k = i; k < n && !bad_name_char((unsigned char)id[k]); k++) /* callee */
		;
	if (k == i || k == n || id[k] != '#')
		return 0;
	i = k + 1;
	for (k = i; k < n && isdigit((unsigned char)id[k]); k++) /* k */
		;
	return k != i && k == n && id[i] != '0';
}

/* caller:line:callee (stad before site numbers) */
static int valid_old_id(const char *id, size_t n)
{
	size_t i = 0, k;
	for (k = i; k < n && !bad_name_char((unsigned char)id[k]); k++) /* caller */
		;
	if (k == i || k == n || id[k] != ':')
		return 0;
	i = k + 1;
	for (k = i; k < n && isdigit((unsigned char)id[k]); k++) /* line, no leading zero */
		;
	if (k == i || k == n || id[k] != ':' || id[i] == '0')
		return 0;
	i = k + 1;
	for (k = i; k < n && !bad_name_char((unsigned char)id[k]); k++) /* callee */
		;
	return k != i && k == n;
}

int ckp_valid_site_id(const char *id, size_t n)
{
	return valid_new_id(id, n) || valid_old_id(id, n);
}

int ckp_old_site_id(const char *id, size_t n)
{
	return valid_old_id(id, n);
}

static int line_error(CkpLine *l, size_t col, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 3, 4)))
#endif
        ;

static int line_error(CkpLine *l, size_t col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(l->msg, sizeof l->msg, fmt, ap);
	va_end(ap);
	l->errcol = col;
	return -1;
}

static int word_is(const char *s, size_t n, const char *w)
{
	if (strlen(w) != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)s[i]) != w[i])
			return 0;
	return 1;
}

int ckp_table_line(const char *s, size_t n, int lineno, CkpLine *l)
{
	memset(l, 0, sizeof *l);
	if (n && s[n - 1] == '\r')
		n--;
	for (size_t k = 0; k < n; k++)
		if (s[k] == 0)
			return line_error(l, k + 1, "NUL byte (not a text file)");
	static const char vpre[] = "# stad checkpoint table v";
	if (lineno == 1 && n >= sizeof vpre - 1 && !memcmp(s, vpre, sizeof vpre - 1) &&
	    !(n == strlen(CKP_TABLE_HEADER) && !memcmp(s, CKP_TABLE_HEADER, n)))
		return line_error(l, 1, "unsupported table version (this stad reads v1)");
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i == n || s[i] == '#')
		return 0;
	l->id0 = i;
	while (i < n && s[i] != ' ' && s[i] != '\t') {
		if (s[i] == '#') { /* a site number (caller:callee#2) is part of the id, else a comment */
			size_t j = i + 1;
			while (j < n && isdigit((unsigned char)s[j]))
				j++;
			if (j == i + 1 || (j < n && s[j] != ' ' && s[j] != '\t'))
				break;
		}
		i++;
	}
	l->idlen = i - l->id0;
	if (!ckp_valid_site_id(s + l->id0, l->idlen))
		return line_error(l, l->id0 + 1, "expected a site id caller:callee#k (or caller:line:callee), not '%.*s'",
		                  (int)(l->idlen < 120 ? l->idlen : 120), s + l->id0);
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	size_t st0 = i;
	while (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '#')
		i++;
	if (word_is(s + st0, i - st0, "on"))
		l->on = 1;
	else if (word_is(s + st0, i - st0, "off"))
		l->on = 0;
	else if (i == st0)
		return line_error(l, st0 + 1, "expected 'on' or 'off' after the site id");
	else
		return line_error(l, st0 + 1, "expected 'on' or 'off', not '%.*s'", (int)(i - st0 < 40 ? i - st0 : 40), s + st0);
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i < n && s[i] == '#') {
		l->has_comment = 1;
		l->c0 = i + 1;
		l->clen = n - i - 1;
	} else if (i < n) {
		return line_error(l, i + 1, "unexpected text after the state");
	}
	l->entry = 1;
	return 0;
}

char *ckp_table_text(const CkpRow *rows, int n, const char *header_comment)
{
	int w = 0;
	size_t cap = strlen(CKP_TABLE_HEADER) + 8 + (header_comment ? strlen(header_comment) + 4 : 0);
	for (int i = 0; i < n; i++) {
		if (rows[i].id && (int)strlen(rows[i].id) > w)
			w = (int)strlen(rows[i].id);
		cap += (rows[i].id ? strlen(rows[i].id) : 0) + (rows[i].comment ? strlen(rows[i].comment) : 0) + 16;
	}
	cap += (size_t)n * (size_t)w;
	char *buf = malloc(cap);
	if (!buf)
		return NULL;
	size_t k = (size_t)snprintf(buf, cap, "%s\n", CKP_TABLE_HEADER);
	if (header_comment)
		k += (size_t)snprintf(buf + k, cap - k, "# %s\n", header_comment);
	for (int i = 0; i < n && k < cap; i++) {
		const CkpRow *r = &rows[i];
		if (!r->id)
			k += (size_t)snprintf(buf + k, cap - k, "# %s\n", r->comment ? r->comment : "");
		else if (r->comment)
			k += (size_t)snprintf(buf + k, cap - k, "%-*s  %-3s  # %s\n", w, r->id, r->on ? "on" : "off", r->comment);
		else
			k += (size_t)snprintf(buf + k, cap - k, "%-*s  %s\n", w, r->id, r->on ? "on" : "off");
	}
	return buf;
}

char *ckp_config_table_text(const CkpConfigSite *s, int n, const char *header_comment)
{
	CkpRow *rows = calloc((size_t)n + 1, sizeof *rows);
	char **notes = calloc((size_t)n + 1, sizeof *notes);
	char *text = NULL;
	int nrows = 0;
	if (!rows || !notes)
		goto out;
	for (int i = 0; i < n; i++) {
		if (s[i].fixed)
			continue; /* not a toggle (a table naming it is an error) */
		if (!s[i].is_binomial) {
			rows[nrows++] = (CkpRow){s[i].id, s[i].on, s[i].on == s[i].default_on ? "as default" : "tuned"};
			continue;
		}
		if (!s[i].snaps)
			continue;
		size_t len = strlen(s[i].id) + 128;
		if (!(notes[i] = malloc(len)))
			goto out;
		snprintf(notes[i], len, "%s: %d snapshots (tuned; run with STAD_SNAPS=%d=%d or set it in the directive)", s[i].id,
		         s[i].snaps, i, s[i].snaps);
		rows[nrows++] = (CkpRow){NULL, 0, notes[i]};
	}
	text = ckp_table_text(rows, nrows, header_comment);
out:
	for (int i = 0; notes && i < n; i++)
		free(notes[i]);
	free(notes);
	free(rows);
	return text;
}
