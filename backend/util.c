/*
 * util.c — the backend's small containers: text buffers, a pointer-keyed hash map (the set of
 * names is ir_names), a pointer list, and the string pool of one emission. Out of memory aborts (the tool is
 * a compiler: there is nothing sensible to continue with).
 */
#include "cg_int.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q) {
		fprintf(stderr, "stad: out of memory (%zu bytes)\n", n);
		abort();
	}
	return q;
}

/* ---------------------------------------------------------------- buffers */

static void buf_reserve(CgBuf *b, size_t extra)
{
	if (b->n + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < b->n + extra + 1)
		cap *= 2;
	b->s = xrealloc(b->s, cap);
	b->cap = cap;
}

void cg_buf_puts(CgBuf *b, const char *s)
{
	size_t n = strlen(s);
	buf_reserve(b, n);
	memcpy(b->s + b->n, s, n + 1);
	b->n += n;
}

void cg_buf_putn(CgBuf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = 0;
}

void cg_buf_putc(CgBuf *b, char c)
{
	buf_reserve(b, 1);
	b->s[b->n++] = c;
	b->s[b->n] = 0;
}

/* Whether fmt has only the conversions %s, %d, %lld and %% (no flags, width or precision):
 * the pieces of C text, which put_simple copies without the stdio machinery. */
static int simple_format(const char *fmt)
{
	for (const char *c = fmt; (c = strchr(c, '%'));) {
		if (c[1] == 's' || c[1] == 'd' || c[1] == '%')
			c += 2;
		else if (c[1] == 'l' && c[2] == 'l' && c[3] == 'd')
			c += 4;
		else
			return 0;
	}
	return 1;
}

static void put_simple(CgBuf *b, const char *fmt, va_list ap)
{
	char num[32];
	for (const char *c = fmt; *c;) {
		const char *pc = strchr(c, '%');
		if (!pc) {
			cg_buf_puts(b, c);
			return;
		}
		if (pc > c)
			cg_buf_putn(b, c, (size_t)(pc - c));
		if (pc[1] == 's') {
			const char *str = va_arg(ap, const char *);
			cg_buf_puts(b, str ? str : "(null)"); /* as glibc prints it */
			c = pc + 2;
		} else if (pc[1] == 'd') {
			snprintf(num, sizeof num, "%d", va_arg(ap, int));
			cg_buf_puts(b, num);
			c = pc + 2;
		} else if (pc[1] == '%') {
			cg_buf_putc(b, '%');
			c = pc + 2;
		} else { /* %lld */
			snprintf(num, sizeof num, "%lld", va_arg(ap, long long));
			cg_buf_puts(b, num);
			c = pc + 4;
		}
	}
}

/* The usual pieces (simple_format) are copied; any other is formatted once into the room left
 * (most are short), a second time only when it did not fit. Measuring every piece first, then
 * formatting it, was a tenth of the primal path's time. */
void cg_buf_vprintf(CgBuf *b, const char *fmt, va_list ap)
{
	va_list again;
	va_copy(again, ap);
	if (simple_format(fmt)) {
		put_simple(b, fmt, again);
		va_end(again);
		return;
	}
	buf_reserve(b, 128);
	size_t room = b->cap - b->n;
	int n = vsnprintf(b->s + b->n, room, fmt, again);
	va_end(again);
	if (n <= 0) {
		b->s[b->n] = 0;
		return;
	}
	if ((size_t)n >= room) {
		buf_reserve(b, (size_t)n);
		vsnprintf(b->s + b->n, (size_t)n + 1, fmt, ap);
	}
	b->n += (size_t)n;
}

void cg_buf_printf(CgBuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cg_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void cg_buf_append(CgBuf *b, const CgBuf *x)
{
	if (x->n)
		cg_buf_putn(b, x->s, x->n);
}

const char *cg_buf_str(const CgBuf *b)
{
	return b->s ? b->s : "";
}

void cg_buf_clear(CgBuf *b)
{
	b->n = 0;
	if (b->s)
		b->s[0] = 0;
}

void cg_buf_free(CgBuf *b)
{
	free(b->s);
	b->s = NULL;
	b->n = b->cap = 0;
}

/* ---------------------------------------------------------------- pointer map */

static size_t ptr_hash(const void *p)
{
	uintptr_t x = (uintptr_t)p;
	x ^= x >> 17;
	x *= (uintptr_t)0x9E3779B97F4A7C15ull;
	x ^= x >> 29;
	return (size_t)x;
}

void *cg_map_get(const CgMap *m, const void *key)
{
	if (!m->cap)
		return NULL;
	for (size_t i = ptr_hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (!m->keys[i])
			return NULL;
		if (m->keys[i] == key)
			return m->vals[i];
	}
}

void cg_map_put(CgMap *m, const void *key, void *val)
{
	if (2 * (m->n + 1) > m->cap) {
		CgMap g = {0};
		g.cap = m->cap ? 2 * m->cap : 64;
		g.keys = xrealloc(NULL, g.cap * sizeof *g.keys);
		g.vals = xrealloc(NULL, g.cap * sizeof *g.vals);
		memset(g.keys, 0, g.cap * sizeof *g.keys);
		for (size_t i = 0; i < m->cap; i++)
			if (m->keys[i])
				cg_map_put(&g, m->keys[i], m->vals[i]);
		free(m->keys);
		free(m->vals);
		*m = g;
	}
	size_t i = ptr_hash(key) & (m->cap - 1);
	while (m->keys[i] && m->keys[i] != key)
		i = (i + 1) & (m->cap - 1);
	if (!m->keys[i])
		m->n++;
	m->keys[i] = key;
	m->vals[i] = val;
}

void cg_map_free(CgMap *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof *m);
}

/* ---------------------------------------------------------------- lists and the pool */

void cg_list_push(CgList *l, void *p)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->v = xrealloc(l->v, (size_t)l->cap * sizeof *l->v);
	}
	l->v[l->n++] = p;
}

void cg_list_free(CgList *l)
{
	free(l->v);
	memset(l, 0, sizeof *l);
}

char *cg_strdup(Cg *cg, const char *s)
{
	size_t n = strlen(s);
	char *p = xrealloc(NULL, n + 1);
	memcpy(p, s, n + 1);
	cg_list_push(&cg->pool, p);
	return p;
}

char *cg_sprintf(Cg *cg, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *p = xrealloc(NULL, (size_t)(n > 0 ? n : 0) + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)(n > 0 ? n : 0) + 1, fmt, ap);
	va_end(ap);
	cg_list_push(&cg->pool, p);
	return p;
}

void cg_problem(Cg *cg, IrLoc loc, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	ir_error(loc, "%s", msg);
	cg->problems++;
}
