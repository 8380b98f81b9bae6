/*
 * names.c — a set of names (strings), open addressing with linear probing.
 *
 * Used wherever a pass asks "is this name taken?" many times: the backend's C scopes, AD's
 * fresh-name generator, sema's unit tables (through ir_name_hash). A linear scan there made
 * the tool quadratic in the number of routines.
 */
#include "ir.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

size_t ir_name_hash(const char *s)
{
	size_t h = 1469598103934665603ull & SIZE_MAX; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

int ir_names_has(const IrNames *s, const char *name)
{
	if (!s->cap)
		return 0;
	for (size_t i = ir_name_hash(name) & (s->cap - 1); s->v[i]; i = (i + 1) & (s->cap - 1))
		if (!strcmp(s->v[i], name))
			return 1;
	return 0;
}

static void put(IrNames *s, char *name)
{
	size_t k = ir_name_hash(name) & (s->cap - 1);
	while (s->v[k])
		k = (k + 1) & (s->cap - 1);
	s->v[k] = name;
	s->n++;
}

void ir_names_add(IrNames *s, const char *name)
{
	if (ir_names_has(s, name))
		return;
	if (2 * (s->n + 1) > s->cap) {
		IrNames g = {0};
		g.cap = s->cap ? 2 * s->cap : 64;
		g.v = ir_xrealloc(NULL, g.cap * sizeof *g.v);
		memset(g.v, 0, g.cap * sizeof *g.v);
		for (size_t i = 0; i < s->cap; i++)
			if (s->v[i])
				put(&g, s->v[i]);
		free(s->v);
		*s = g;
	}
	size_t len = strlen(name);
	char *c = ir_xrealloc(NULL, len + 1);
	memcpy(c, name, len + 1);
	put(s, c);
}

void ir_names_free(IrNames *s)
{
	for (size_t i = 0; i < s->cap; i++)
		free(s->v[i]);
	free(s->v);
	memset(s, 0, sizeof *s);
}
