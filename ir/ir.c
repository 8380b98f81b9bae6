/*
 * ir.c — arena, diagnostics, constructors and the operator/intrinsic tables of the IR.
 *
 * Everything the tool allocates for one input program lives in one arena and is freed at once
 * (STYLE.md §6). Diagnostics follow gcc's layout so editors can jump to them:
 * `file:line:col: error: message`, then the source line and a caret under the column.
 */
#define _DEFAULT_SOURCE /* madvise */
#define _POSIX_C_SOURCE 200809L
#include "ir.h"

#include <assert.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---------------------------------------------------------------- arena */

typedef struct ArenaBlock {
	struct ArenaBlock *next;
	size_t used, size;
	size_t mapped;        /* bytes mapped for it, 0 when malloc'd */
	int fresh;            /* mapped and never reset: its pages are still the kernel's zero pages */
	unsigned long serial; /* when it was taken: the arena's count of blocks taken so far */
	max_align_t data[];
} ArenaBlock;

struct IrArena {
	ArenaBlock *head;
	ArenaBlock *spare;     /* mapped blocks kept by ir_arena_reset, reused before new ones */
	size_t next_size;      /* of the next block: doubles from 64 KiB up to ARENA_BIG */
	size_t handed;         /* bytes handed out since the arena was made (statistics) */
	unsigned long nblocks; /* blocks taken so far (new or spare): the serial of the next */
};

/* Blocks grow to 4 MiB: a large program's IR (a gigabyte for 100k source lines in reverse
 * mode) is then made of few blocks, aligned to 2 MiB and offered to the kernel for
 * transparent huge pages, so touching it first costs one page fault per 2 MiB, not per 4 KiB
 * (page faults were a third of the translation time). */
enum { ARENA_SMALL = 64 * 1024, ARENA_BIG = 4 * 1024 * 1024, ARENA_HUGE_ALIGN = 2 * 1024 * 1024 };

void *ir_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p) {
		fprintf(stderr, "stad: out of memory (%zu bytes)\n", n);
		abort();
	}
	return p;
}

static void *xmalloc(size_t n)
{
	return ir_xrealloc(NULL, n);
}

IrArena *ir_arena_new(void)
{
	IrArena *a = xmalloc(sizeof *a);
	a->head = NULL;
	a->spare = NULL;
	a->next_size = ARENA_SMALL;
	a->handed = 0;
	a->nblocks = 0;
	return a;
}

static void blocks_free(ArenaBlock *b)
{
	while (b) {
		ArenaBlock *next = b->next;
		if (b->mapped)
			munmap(b, b->mapped);
		else
			free(b);
		b = next;
	}
}

void ir_arena_free(IrArena *a)
{
	if (!a)
		return;
	blocks_free(a->head);
	blocks_free(a->spare);
	free(a);
}

/* Everything allocated so far is dead: malloc'd blocks go back to the heap, mapped ones are kept
 * (their pages already faulted in) and handed out again, zeroed as they are reused. */
void ir_arena_reset(IrArena *a)
{
	ArenaBlock *b = a->head;
	while (b) {
		ArenaBlock *next = b->next;
		if (b->mapped) {
			b->used = 0;
			b->fresh = 0;
			b->next = a->spare;
			a->spare = b;
		} else {
			free(b);
		}
		b = next;
	}
	a->head = NULL;
}

size_t ir_arena_handed(const IrArena *a)
{
	return a->handed;
}

IrArenaMark ir_arena_mark(const IrArena *a)
{
	IrArenaMark m = {a->head, a->head ? a->head->used : 0, a->nblocks};
	return m;
}

/* The blocks before the mark's in the list were all taken after it; a block taken after it for
 * a big request of its own may follow it directly (ir_alloc); every block after those was taken
 * before the mark. So the walk visits only what was allocated since, and the block of the mark. */
int ir_arena_since(const IrArena *a, IrArenaMark m, const void *p)
{
	const char *q = p;
	if (!q)
		return 0;
	int past = 0;
	for (const ArenaBlock *b = a->head; b; b = b->next) {
		const char *d = (const char *)b->data;
		if (b == m.block) {
			if (q >= d && q < d + b->used)
				return q >= d + m.used;
			past = 1;
		} else if (b->serial <= m.serial) {
			if (past || !m.block)
				return 0;
		} else if (q >= d && q < d + b->used) {
			return 1;
		}
	}
	return 0;
}

static ArenaBlock *block_new(size_t size)
{
	size_t total = sizeof(ArenaBlock) + size;
	if (total < ARENA_HUGE_ALIGN) {
		ArenaBlock *b = xmalloc(total);
		b->mapped = 0;
		b->fresh = 0;
		b->size = size;
		return b;
	}
	/* map 2 MiB more than needed and unmap around an aligned start */
	size_t len = (total + ARENA_HUGE_ALIGN - 1) / ARENA_HUGE_ALIGN * ARENA_HUGE_ALIGN;
	char *m = mmap(NULL, len + ARENA_HUGE_ALIGN, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED) {
		fprintf(stderr, "stad: out of memory (%zu bytes)\n", total);
		abort();
	}
	size_t lead = (ARENA_HUGE_ALIGN - (uintptr_t)m % ARENA_HUGE_ALIGN) % ARENA_HUGE_ALIGN;
	if (lead)
		munmap(m, lead);
	if (ARENA_HUGE_ALIGN - lead)
		munmap(m + lead + len, ARENA_HUGE_ALIGN - lead);
	ArenaBlock *b = (ArenaBlock *)(m + lead);
#ifdef MADV_HUGEPAGE
	madvise(b, len, MADV_HUGEPAGE); /* a hint: without huge pages nothing changes */
#endif
	b->mapped = len;
	b->fresh = 1;
	b->size = len - sizeof *b; /* the rest of the last 2 MiB too */
	return b;
}

/* Under AddressSanitizer every allocation is a malloc of its own, so that reading or writing
 * past an object (a set shorter than the symbols, an array of nodes) is caught where it happens
 * instead of landing in the next object of a block. */
#if defined(__SANITIZE_ADDRESS__)
#define ARENA_EACH 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_EACH 1
#endif
#endif

void *ir_alloc(IrArena *a, size_t n)
{
#ifdef ARENA_EACH
	ArenaBlock *one = calloc(1, sizeof *one + (n ? n : 1));
	if (!one) {
		fprintf(stderr, "stad: out of memory (%zu bytes)\n", n);
		abort();
	}
	one->size = one->used = n;
	one->serial = ++a->nblocks;
	one->next = a->head;
	a->head = one;
	return one->data;
#endif
	const size_t align = IR_ALIGN;
	n = (n + align - 1) / align * align;
	ArenaBlock *b = a->head;
	if (!b || b->size - b->used < n) {
		size_t size = a->next_size - sizeof *b; /* blocks of 2^k bytes, header included */
		int own = n > size / 4;                 /* a big request gets a block of its own */
		if (own)
			size = n;
		else if (a->next_size < ARENA_BIG)
			a->next_size *= 2;
		ArenaBlock *nb;
		if (a->spare && a->spare->size >= size) { /* a kept block: its pages are already there */
			nb = a->spare;
			a->spare = nb->next;
		} else {
			nb = block_new(size);
		}
		nb->used = 0;
		nb->serial = ++a->nblocks;
		if (b && own) { /* keep filling the current block afterwards */
			nb->next = b->next;
			b->next = nb;
		} else {
			nb->next = b;
			a->head = nb;
		}
		b = nb;
	}
	void *p = (char *)b->data + b->used;
	b->used += n;
	a->handed += n;
	if (!b->fresh) /* a fresh mapped block's pages come zeroed, and no byte is handed out twice */
		memset(p, 0, n);
	return p;
}

char *ir_strndup(IrArena *a, const char *s, size_t n)
{
	char *p = ir_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *ir_strdup(IrArena *a, const char *s)
{
	return ir_strndup(a, s, strlen(s));
}

char *ir_strlower(IrArena *a, const char *s)
{
	char *p = ir_strdup(a, s);
	for (char *q = p; *q; q++)
		*q = (char)tolower((unsigned char)*q);
	return p;
}

char *ir_sprintf(IrArena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *p = ir_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void ir_vec_push(IrArena *a, IrVec *vec, void *p)
{
	if (vec->n == vec->cap) {
		int cap = vec->cap ? vec->cap * 2 : 2;
		void **v = ir_alloc(a, sizeof(void *) * (size_t)cap);
		if (vec->n)
			memcpy(v, vec->v, sizeof(void *) * (size_t)vec->n);
		vec->v = v;
		vec->cap = cap;
	}
	vec->v[vec->n++] = p;
}

void ir_exprlist_push(IrArena *a, IrExprList *l, IrExpr *e)
{
	ir_vec_push(a, (IrVec *)l, e);
}

int ir_is_io_impldo(const IrExpr *e)
{
	return e->kind == IR_ARRAYCON && e->u.list.nitems == 1 && e->u.list.items[0]->kind == IR_IMPLDO;
}

void ir_block_add(IrArena *a, IrBlock *b, IrStmt *s)
{
	ir_vec_push(a, b, s);
}

void ir_block_add_replacing(IrArena *a, IrBlock *b, const IrStmt *s, const IrBlock *with)
{
	if (!with->n) {
		IrStmt *c = ir_stmt_new(a, IR_CONTINUE, s->loc);
		c->label = s->label;
		ir_block_add(a, b, c);
		return;
	}
	IrStmt *first = with->v[0];
	first->label = s->label;
	first->dirs = s->dirs;
	first->ndirs = s->ndirs;
	for (int i = 0; i < with->n; i++)
		ir_block_add(a, b, with->v[i]);
}

/* ---------------------------------------------------------------- diagnostics */

/* Errors at a location that belongs to no source: an internal slip (every location the
 * frontend and the table reader make has its source), counted for every program so that the
 * run still stops. The only state shared by programs; atomic, so threads may share it. */
static _Atomic int unowned_errors;

IrSource *ir_source_register(IrProgram *p, const char *file, const char *text)
{
	IrSource *s = ir_alloc(p->arena, sizeof *s);
	s->prog = p;
	s->file = file;
	s->text = ir_strdup(p->arena, text ? text : "");
	s->next = p->sources;
	p->sources = s;
	return s;
}

IrLoc ir_loc(IrSource *src, int line, int col)
{
	return (IrLoc){src ? src->file : NULL, line, col, src};
}

static void print_source_line(IrLoc loc)
{
	if (!loc.src || loc.line <= 0)
		return;
	const char *p = loc.src->text;
	int line = 1;
	for (; line < loc.line && *p; p++)
		if (*p == '\n')
			line++;
	if (line < loc.line || !*loc.src->text)
		return; /* the text has no such line (a file known by name only: a line marker's) */
	const char *e = p;
	while (*e && *e != '\n' && *e != '\r')
		e++;
	fprintf(stderr, " %.*s\n", (int)(e - p), p);
	if (loc.col > 0) {
		fputc(' ', stderr);
		for (int i = 1; i < loc.col && p + i - 1 < e; i++)
			fputc(p[i - 1] == '\t' ? '\t' : ' ', stderr);
		fputs("^\n", stderr);
	}
}

static void print_diag(const char *kind, IrLoc loc, const char *msg)
{
	if (loc.file && loc.line <= 0)
		fprintf(stderr, "%s: %s: ", loc.file, kind); /* about the whole file */
	else if (loc.file)
		fprintf(stderr, "%s:%d:%d: %s: ", loc.file, loc.line, loc.col, kind);
	else
		fprintf(stderr, "stad: %s: ", kind);
	fputs(msg, stderr);
	fputc('\n', stderr);
	print_source_line(loc);
}

/* A warning is printed once per run: `stad check` and `stad tune` translate the same files once
 * per mode, and a misspelt directive said three times reads as three problems. The warnings
 * printed, by a hash of their location and text (an open-addressed set). */
static uint64_t *warned;
static size_t warned_cap, warned_n;

static uint64_t warning_hash(IrLoc loc, const char *msg)
{
	uint64_t h = 1469598103934665603u; /* FNV-1a */
	char head[64];
	snprintf(head, sizeof head, ":%d:%d:", loc.line, loc.col);
	for (int part = 0; part < 3; part++)
		for (const char *c = part == 0 ? (loc.file ? loc.file : "") : part == 1 ? head : msg; *c; c++)
			h = (h ^ (unsigned char)*c) * 1099511628211u;
	return h ? h : 1;
}

/* 1 when this warning was not printed before (now it counts as printed). */
static int first_warning(IrLoc loc, const char *msg)
{
	if (2 * (warned_n + 1) > warned_cap) {
		size_t cap = warned_cap ? 2 * warned_cap : 64;
		uint64_t *v = calloc(cap, sizeof *v);
		if (!v)
			return 1;
		for (size_t i = 0; i < warned_cap; i++)
			for (size_t j = warned[i] % cap; warned[i]; j = (j + 1) % cap)
				if (!v[j]) {
					v[j] = warned[i];
					break;
				}
		free(warned);
		warned = v;
		warned_cap = cap;
	}
	uint64_t h = warning_hash(loc, msg);
	size_t j = h % warned_cap;
	for (; warned[j]; j = (j + 1) % warned_cap)
		if (warned[j] == h)
			return 0;
	warned[j] = h;
	warned_n++;
	return 1;
}

static void print_warning(IrLoc loc, const char *msg)
{
	if (first_warning(loc, msg))
		print_diag("warning", loc, msg);
}

/* A diagnostic held back by ir_diag_hold. */
typedef struct IrDiag {
	IrLoc loc;
	int is_error;
	char *msg;
} IrDiag;

static void print_error(IrProgram *p, IrLoc loc, const char *msg)
{
	int n = p ? ++p->nprinted : unowned_errors;
	int limit = p && p->error_limit ? p->error_limit : 50;
	if (n > limit)
		return;
	print_diag("error", loc, msg);
	if (n == limit)
		fprintf(stderr, "stad: too many errors, stopping here\n");
}

static void hold(IrProgram *p, IrLoc loc, int is_error, const char *fmt, va_list ap)
{
	IrDiag *d = ir_alloc(p->arena, sizeof *d);
	d->loc = loc;
	d->is_error = is_error;
	va_list aq;
	va_copy(aq, ap);
	int n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	d->msg = ir_alloc(p->arena, (size_t)n + 1);
	vsnprintf(d->msg, (size_t)n + 1, fmt, ap);
	ir_vec_push(p->arena, &p->held, d);
}

void ir_error(IrLoc loc, const char *fmt, ...)
{
	IrProgram *p = loc.src ? loc.src->prog : NULL;
	if (p)
		p->nerrors++;
	else
		unowned_errors++;
	va_list ap;
	va_start(ap, fmt);
	if (p && p->holding) {
		hold(p, loc, 1, fmt, ap);
	} else {
		char msg[4096];
		vsnprintf(msg, sizeof msg, fmt, ap);
		print_error(p, loc, msg);
	}
	va_end(ap);
}

void ir_warning(IrLoc loc, const char *fmt, ...)
{
	IrProgram *p = loc.src ? loc.src->prog : NULL;
	va_list ap;
	va_start(ap, fmt);
	if (p && p->holding) {
		hold(p, loc, 0, fmt, ap);
	} else {
		char msg[4096];
		vsnprintf(msg, sizeof msg, fmt, ap);
		print_warning(loc, msg);
	}
	va_end(ap);
}

void ir_diag_hold(IrProgram *p)
{
	p->holding = 1;
}

void ir_diag_release(IrProgram *p, int (*drop)(void *ctx, IrLoc loc, int is_error, const char *msg), void *ctx)
{
	p->holding = 0;
	for (int i = 0; i < p->held.n; i++) {
		IrDiag *d = p->held.v[i];
		if (drop && drop(ctx, d->loc, d->is_error, d->msg)) {
			p->nerrors -= d->is_error;
			continue;
		}
		if (d->is_error)
			print_error(p, d->loc, d->msg);
		else
			print_warning(d->loc, d->msg);
	}
	p->held.n = 0;
}

int ir_error_count(const IrProgram *p)
{
	return p->nerrors + unowned_errors;
}

void ir_error_set_limit(IrProgram *p, int n)
{
	p->error_limit = n > 0 ? n : 1;
}

/* ---------------------------------------------------------------- tables */

const IrOpInfo ir_ops[IR_NOPS] = {
#define X(name, f, c, ar, prec) {#name, f, c, ar, prec},
        IR_OPS(X)
#undef X
};

const IrIntrinsicInfo ir_intrinsics[INTR_COUNT] = {
        {"<none>", INTR_NONE, 0, 0, 0, 0, NULL, NULL},
#define INTRINSIC(id, name, generic, minargs, maxargs, rtype, argtype, d1, d2)                                                   \
	{name, generic, minargs, maxargs, rtype, argtype, d1, d2},
#include "intrinsics.def"
#undef INTRINSIC
};

/* By name: an open-addressing table of the ids, made on the first lookup (sema asks for every
 * name referenced with arguments: a scan of the table per name was a tenth of the primal path's
 * time). The first id of a name wins, as the scan in table order did. */
IrIntrinsic ir_intrinsic_lookup(const char *name)
{
	enum { NSLOTS = 2048 }; /* a power of 2, over twice INTR_COUNT */
	static short slots[NSLOTS];
	static int made;
	_Static_assert(INTR_COUNT * 2 < NSLOTS, "the intrinsics' table is too small");
	if (!made) {
		for (int i = 1; i < INTR_COUNT; i++) {
			size_t k = ir_name_hash(ir_intrinsics[i].name) & (NSLOTS - 1);
			while (slots[k] && strcmp(ir_intrinsics[slots[k]].name, ir_intrinsics[i].name))
				k = (k + 1) & (NSLOTS - 1);
			if (!slots[k])
				slots[k] = (short)i;
		}
		made = 1;
	}
	for (size_t k = ir_name_hash(name) & (NSLOTS - 1); slots[k]; k = (k + 1) & (NSLOTS - 1))
		if (!strcmp(ir_intrinsics[slots[k]].name, name))
			return (IrIntrinsic)slots[k];
	return INTR_NONE;
}

int ir_intrinsic_impure(IrIntrinsic id)
{
	return id == INTR_CPU_TIME || id == INTR_CLOCK || id == INTR_DATE_VALUE || id == INTR_IOSTAT || id == INTR_IOSIZE ||
	        id == INTR_NEWUNIT || id == INTR_INQUIRE_L || id == INTR_INQUIRE_I || ir_intrinsic_draws(id);
}

int ir_intrinsic_draws(IrIntrinsic id)
{
	return id == INTR_RANDOM || id == INTR_SEED_PUT || id == INTR_SEED_GET || id == INTR_READ;
}

const char *ir_base_name(IrBase b)
{
	switch (b) {
	case TY_NONE: return "none";
	case TY_INT: return "integer";
	case TY_REAL4: return "real";
	case TY_REAL8: return "double precision";
	case TY_LOGICAL: return "logical";
	case TY_CHAR: return "character";
	case TY_INT8: return "integer(8)";
	}
	return "?";
}

int ir_base_is_real(IrBase b)
{
	return b == TY_REAL4 || b == TY_REAL8;
}

int ir_base_is_int(IrBase b)
{
	return b == TY_INT || b == TY_INT8;
}

int ir_base_kind(IrBase b)
{
	switch (b) {
	case TY_NONE: return 0;
	case TY_CHAR: return 1;
	case TY_REAL8:
	case TY_INT8: return 8;
	default: return 4;
	}
}

/* ---------------------------------------------------------------- constructors */

static IrExpr *expr_new(IrArena *a, IrExprKind k, IrLoc loc)
{
	IrExpr *e = ir_alloc(a, sizeof *e);
	e->kind = k;
	e->loc = loc;
	return e;
}

IrExpr *ir_int(IrArena *a, int64_t v, IrLoc loc)
{
	IrExpr *e = expr_new(a, IR_CONST_INT, loc);
	e->type = TY_INT;
	e->u.ival = v;
	return e;
}

IrExpr *ir_int_kind(IrArena *a, int64_t v, IrBase t, IrLoc loc)
{
	IrExpr *e = ir_int(a, v, loc);
	e->type = t;
	return e;
}

IrExpr *ir_real(IrArena *a, double v, const char *text, IrBase type, IrLoc loc)
{
	IrExpr *e = expr_new(a, IR_CONST_REAL, loc);
	e->type = type;
	e->u.real.v = v;
	e->u.real.text = text;
	return e;
}

IrExpr *ir_logical(IrArena *a, int v, IrLoc loc)
{
	IrExpr *e = expr_new(a, IR_CONST_LOG, loc);
	e->type = TY_LOGICAL;
	e->u.ival = v != 0;
	return e;
}

IrExpr *ir_str(IrArena *a, const char *s, IrLoc loc)
{
	IrExpr *e = expr_new(a, IR_CONST_STR, loc);
	e->type = TY_CHAR;
	e->u.str = s;
	return e;
}

IrExpr *ir_char_len(IrArena *a, const IrExpr *e)
{
	switch (e->kind) {
	case IR_CONST_STR: return ir_int_kind(a, (int64_t)strlen(e->u.str), TY_INT8, e->loc);
	case IR_VAR: return e->u.var.sym->clen ? ir_expr_copy(a, e->u.var.sym->clen) : ir_int_kind(a, 1, TY_INT8, e->loc);
	case IR_CONVERT: return ir_char_len(a, e->u.conv.e);
	case IR_BINARY: {
		assert(e->u.op.op == IR_CONCAT);
		IrExpr *s = ir_binop(a, IR_ADD, ir_char_len(a, e->u.op.a), ir_char_len(a, e->u.op.b), e->loc);
		s->type = TY_INT8;
		return s;
	}
	case IR_INTRIN:
		switch (e->u.call.id) {
		case INTR_SUBSTR: { /* max(hi - lo + 1, 0) */
			IrExpr *lo = e->u.call.args[1], *hi = e->u.call.args[2];
			int64_t l, h;
			int ok1 = 0, ok2 = 0;
			l = ir_const_int(lo, &ok1);
			h = ir_const_int(hi, &ok2);
			if (lo->kind == IR_CONST_INT && hi->kind == IR_CONST_INT && ok1 && ok2)
				return ir_int_kind(a, h - l + 1 > 0 ? h - l + 1 : 0, TY_INT8, e->loc);
			IrExpr *d = ir_binop(a, IR_ADD,
			                     ir_binop(a, IR_SUB, ir_convert(a, ir_expr_copy(a, hi), TY_INT8),
			                              ir_convert(a, ir_expr_copy(a, lo), TY_INT8), e->loc),
			                     ir_int_kind(a, 1, TY_INT8, e->loc), e->loc);
			d->u.op.a->type = TY_INT8;
			d->type = TY_INT8;
			IrExpr **args = ir_alloc(a, 2 * sizeof *args);
			args[0] = d;
			args[1] = ir_int_kind(a, 0, TY_INT8, e->loc);
			IrExpr *m = ir_intrin(a, INTR_MAX, args, 2, e->loc);
			m->type = TY_INT8;
			return m;
		}
		case INTR_TRIM: {
			IrExpr **args = ir_alloc(a, sizeof *args);
			args[0] = ir_expr_copy(a, e->u.call.args[0]);
			IrExpr *t = ir_intrin(a, INTR_LEN_TRIM, args, 1, e->loc);
			t->type = TY_INT;
			return ir_convert(a, t, TY_INT8);
		}
		case INTR_ADJUSTL:
		case INTR_ADJUSTR: return ir_char_len(a, e->u.call.args[0]);
		case INTR_CHAR: return ir_int_kind(a, 1, TY_INT8, e->loc);
		default: break;
		}
		break;
	default: break;
	}
	assert(!"ir_char_len: not a CHARACTER expression");
	return ir_int_kind(a, 0, TY_INT8, e->loc);
}

IrExpr *ir_ref(IrArena *a, const char *name, IrExpr **args, int nargs, int has_parens, IrLoc loc)
{
	IrExpr *e = expr_new(a, IR_REF, loc);
	e->u.ref.name = name;
	e->u.ref.args = args;
	e->u.ref.nargs = nargs;
	e->u.ref.has_parens = has_parens;
	return e;
}

IrExpr *ir_var(IrArena *a, IrSym *sym, IrExpr **idx, int nidx, IrLoc loc)
{
	IrExpr *e = expr_new(a, IR_VAR, loc);
	e->type = sym->type;
	e->u.var.sym = sym;
	e->u.var.idx = idx;
	e->u.var.nidx = nidx;
	return e;
}

IrExpr *ir_unop(IrArena *a, IrOp op, IrExpr *x, IrLoc loc)
{
	IrExpr *e = expr_new(a, IR_UNARY, loc);
	e->u.op.op = op;
	e->u.op.a = x;
	e->type = op == IR_NOT ? TY_LOGICAL : x->type;
	return e;
}

IrExpr *ir_binop(IrArena *a, IrOp op, IrExpr *x, IrExpr *y, IrLoc loc)
{
	IrExpr *e = expr_new(a, IR_BINARY, loc);
	e->u.op.op = op;
	e->u.op.a = x;
	e->u.op.b = y;
	if (op >= IR_EQ && op != IR_POW)
		e->type = TY_LOGICAL;
	else
		e->type = x->type;
	return e;
}

IrExpr *ir_intrin(IrArena *a, IrIntrinsic id, IrExpr **args, int nargs, IrLoc loc)
{
	IrExpr *e = expr_new(a, IR_INTRIN, loc);
	e->u.call.id = id;
	e->u.call.name = ir_intrinsics[id].name;
	e->u.call.args = args;
	e->u.call.nargs = nargs;
	switch (ir_intrinsics[id].rtype) {
	case RT_INT: e->type = TY_INT; break;
	case RT_REAL4: e->type = ir_default_real; break;
	case RT_REAL8: e->type = TY_REAL8; break;
	case RT_LOGICAL: e->type = TY_LOGICAL; break;
	default: e->type = nargs ? args[0]->type : TY_NONE; break;
	}
	return e;
}

IrExpr *ir_convert(IrArena *a, IrExpr *x, IrBase to)
{
	if (x->type == to)
		return x;
	if (x->kind == IR_CONST_INT && x->type == TY_INT && to == TY_INT8 && !x->paren)
		return ir_int_kind(a, x->u.ival, to, x->loc); /* a literal widened is a literal */
	IrExpr *e = expr_new(a, IR_CONVERT, x->loc);
	e->type = to;
	e->u.conv.e = x;
	return e;
}

static IrExpr **copy_args(IrArena *a, IrExpr *const *v, int n)
{
	if (!n)
		return NULL;
	IrExpr **r = ir_alloc(a, sizeof *r * (size_t)n);
	for (int i = 0; i < n; i++)
		r[i] = ir_expr_copy(a, v[i]);
	return r;
}

IrExpr *ir_expr_copy(IrArena *a, const IrExpr *e)
{
	if (!e)
		return NULL;
	IrExpr *c = ir_alloc(a, sizeof *c);
	*c = *e;
	switch (e->kind) {
	case IR_REF: c->u.ref.args = copy_args(a, e->u.ref.args, e->u.ref.nargs); break;
	case IR_VAR: c->u.var.idx = copy_args(a, e->u.var.idx, e->u.var.nidx); break;
	case IR_UNARY:
	case IR_BINARY:
		c->u.op.a = ir_expr_copy(a, e->u.op.a);
		c->u.op.b = ir_expr_copy(a, e->u.op.b);
		break;
	case IR_INTRIN:
	case IR_FCALL: c->u.call.args = copy_args(a, e->u.call.args, e->u.call.nargs); break;
	case IR_CONVERT: c->u.conv.e = ir_expr_copy(a, e->u.conv.e); break;
	case IR_TRIPLET:
		c->u.triplet.lo = ir_expr_copy(a, e->u.triplet.lo);
		c->u.triplet.hi = ir_expr_copy(a, e->u.triplet.hi);
		c->u.triplet.st = ir_expr_copy(a, e->u.triplet.st);
		break;
	case IR_ARRAYCON:
	case IR_IMPLDO:
		c->u.list.items = copy_args(a, e->u.list.items, e->u.list.nitems);
		if (e->u.list.ido) {
			c->u.list.ido = ir_alloc(a, sizeof *c->u.list.ido);
			*c->u.list.ido = *e->u.list.ido;
			c->u.list.ido->var = ir_expr_copy(a, e->u.list.ido->var);
			c->u.list.ido->lo = ir_expr_copy(a, e->u.list.ido->lo);
			c->u.list.ido->hi = ir_expr_copy(a, e->u.list.ido->hi);
			c->u.list.ido->st = ir_expr_copy(a, e->u.list.ido->st);
		}
		break;
	case IR_KEYWORD: c->u.kw.e = ir_expr_copy(a, e->u.kw.e); break;
	case IR_COMPONENT:
		c->u.comp.base = ir_expr_copy(a, e->u.comp.base);
		c->u.comp.args = copy_args(a, e->u.comp.args, e->u.comp.nargs);
		break;
	default: break;
	}
	return c;
}

IrStmt *ir_stmt_new(IrArena *a, IrStmtKind kind, IrLoc loc)
{
	IrStmt *s = ir_alloc(a, sizeof *s);
	s->kind = kind;
	s->loc = loc;
	if (kind == IR_CALL)
		s->u.call.site = -1;
	return s;
}

IrStmt *ir_assign(IrArena *a, IrExpr *lhs, IrExpr *rhs, IrLoc loc)
{
	IrStmt *s = ir_stmt_new(a, IR_ASSIGN, loc);
	s->u.assign.lhs = lhs;
	s->u.assign.rhs = rhs;
	return s;
}

IrStmt *ir_if_split(IrArena *a, IrStmt *s, int k, IrBlock pre)
{
	IrStmt *rest = ir_stmt_new(a, IR_IF, s->u.if_.conds[k]->loc);
	rest->u.if_.ncond = s->u.if_.ncond - k;
	rest->u.if_.conds = s->u.if_.conds + k;
	rest->u.if_.blocks = s->u.if_.blocks + k;
	rest->u.if_.else_ = s->u.if_.else_;
	rest->u.if_.has_else = s->u.if_.has_else;
	rest->u.if_.from_where = s->u.if_.from_where;
	s->u.if_.ncond = k;
	s->u.if_.else_ = pre;
	ir_block_add(a, &s->u.if_.else_, rest);
	s->u.if_.has_else = 1;
	return rest;
}

IrStmt *ir_free_allocated(IrArena *a, IrSym *v, IrLoc loc)
{
	IrStmt *g = ir_stmt_new(a, IR_IF, loc);
	g->u.if_.ncond = 1;
	g->u.if_.conds = ir_alloc(a, sizeof(IrExpr *));
	g->u.if_.blocks = ir_alloc(a, sizeof(IrBlock));
	g->u.if_.conds[0] = ir_var(a, v->alloc_status, NULL, 0, loc);
	ir_block_add(a, &g->u.if_.blocks[0], ir_assign(a, ir_var(a, v->alloc_status, NULL, 0, loc), ir_logical(a, 0, loc), loc));
	IrStmt *f = ir_stmt_new(a, IR_RT, loc);
	f->u.rt.kind = RT_FREE;
	f->u.rt.e = ir_var(a, v, NULL, 0, loc);
	ir_block_add(a, &g->u.if_.blocks[0], f);
	return g;
}

IrStmt *ir_call(IrArena *a, const char *name, IrExpr **args, int nargs, IrLoc loc)
{
	IrStmt *s = ir_stmt_new(a, IR_CALL, loc);
	s->u.call.name = name;
	s->u.call.args = args;
	s->u.call.nargs = nargs;
	return s;
}

IrBase ir_default_real = TY_REAL4;

IrUnit *ir_unit_new(IrArena *a, IrUnitKind kind, const char *name, IrLoc loc)
{
	IrUnit *u = ir_alloc(a, sizeof *u);
	u->kind = kind;
	u->name = name;
	u->loc = loc;
	/* Fortran's default implicit typing: I-N integer, everything else real. */
	for (int c = 0; c < 26; c++)
		u->implicit[c] = (c >= 'i' - 'a' && c <= 'n' - 'a') ? TY_INT : ir_default_real;
	return u;
}

IrUnit *ir_external_new(IrArena *a, const char *name, int function, IrBase result, const char *const *argnames, int nargs,
                        IrLoc loc)
{
	IrUnit *u = ir_unit_new(a, function ? UNIT_FUNCTION : UNIT_SUBROUTINE, name, loc);
	u->implicit_none = 1;
	u->nargs = nargs;
	u->argnames = ir_alloc(a, sizeof(char *) * (size_t)(nargs + 1));
	u->args = ir_alloc(a, sizeof(IrSym *) * (size_t)(nargs + 1));
	for (int k = 0; k < nargs; k++) {
		u->argnames[k] = argnames ? argnames[k] : ir_sprintf(a, "arg%d", k + 1);
		IrSym *s = ir_sym_new(a, u, u->argnames[k], SYM_ARG, loc);
		s->argpos = k;
		s->declared = 1;
		u->args[k] = s;
	}
	if (function) {
		IrSym *r = ir_sym_new(a, u, name, SYM_RESULT, loc);
		r->type = result;
		r->declared = 1;
		r->intent = INTENT_OUT;
		u->result = r;
		u->declared_type = result;
	}
	u->ext = ir_alloc(a, sizeof *u->ext);
	u->ext->function = function;
	return u;
}

const char *ir_arg_written(const IrUnit *u, int k)
{
	return u->argnames && u->argnames[k] ? u->argnames[k] : u->args[k]->name;
}

IrSym *ir_sym_new(IrArena *a, IrUnit *owner, const char *name, IrSymKind kind, IrLoc loc)
{
	IrSym *s = ir_alloc(a, sizeof *s);
	s->name = name;
	s->kind = kind;
	s->owner = owner;
	s->loc = loc;
	s->id = -1;
	if (owner)
		ir_vec_push(a, &owner->syms, s);
	return s;
}

IrSym *ir_unit_lookup(const IrUnit *u, const char *name)
{
	for (int i = 0; i < u->syms.n; i++) { /* (sema asks for every name it resolves: the first letters first) */
		IrSym *s = u->syms.v[i];
		if (s->name[0] == name[0] && strcmp(s->name, name) == 0)
			return s;
	}
	return NULL;
}

IrProgram *ir_program_new(void)
{
	IrArena *a = ir_arena_new();
	IrProgram *p = ir_alloc(a, sizeof *p);
	p->arena = a;
	return p;
}

void ir_program_free(IrProgram *p)
{
	if (p)
		ir_arena_free(p->arena);
}

/* ---------------------------------------------------------------- queries */

int ir_expr_is_const(const IrExpr *e)
{
	return e && (e->kind == IR_CONST_INT || e->kind == IR_CONST_REAL || e->kind == IR_CONST_LOG);
}

int64_t ir_const_int(const IrExpr *e, int *ok)
{
	while (e && e->kind == IR_VAR && e->u.var.sym->kind == SYM_PARAM)
		e = e->u.var.sym->init;
	if (e && e->kind == IR_CONST_INT) {
		*ok = 1;
		return e->u.ival;
	}
	*ok = 0;
	return 0;
}

IrUnit *ir_find_unit(const IrProgram *p, const char *name)
{
	const IrVec *v = p->allunits.n ? &p->allunits : &p->units;
	for (int i = 0; i < v->n; i++) {
		IrUnit *u = v->v[i];
		if (strcmp(u->name, name) == 0)
			return u;
	}
	return NULL;
}

/* Structural equality of two expressions without side effects (function references are
 * never equal: each call is its own). */
int ir_expr_equal(const IrExpr *x, const IrExpr *y)
{
	if (!x || !y)
		return x == y;
	if (x->kind != y->kind)
		return 0;
	switch (x->kind) {
	case IR_CONST_INT:
	case IR_CONST_LOG: return x->u.ival == y->u.ival;
	case IR_CONST_REAL: return x->type == y->type && x->u.real.v == y->u.real.v;
	case IR_VAR:
		if (x->u.var.sym != y->u.var.sym || x->u.var.nidx != y->u.var.nidx)
			return 0;
		for (int i = 0; i < x->u.var.nidx; i++)
			if (!ir_expr_equal(x->u.var.idx[i], y->u.var.idx[i]))
				return 0;
		return 1;
	case IR_UNARY:
	case IR_BINARY:
		return x->u.op.op == y->u.op.op && ir_expr_equal(x->u.op.a, y->u.op.a) && ir_expr_equal(x->u.op.b, y->u.op.b);
	case IR_INTRIN:
		if (x->u.call.id != y->u.call.id || x->u.call.nargs != y->u.call.nargs)
			return 0;
		for (int i = 0; i < x->u.call.nargs; i++)
			if (!ir_expr_equal(x->u.call.args[i], y->u.call.args[i]))
				return 0;
		return 1;
	case IR_CONVERT: return x->type == y->type && ir_expr_equal(x->u.conv.e, y->u.conv.e);
	case IR_TRIPLET:
		return ir_expr_equal(x->u.triplet.lo, y->u.triplet.lo) && ir_expr_equal(x->u.triplet.hi, y->u.triplet.hi) &&
		        ir_expr_equal(x->u.triplet.st, y->u.triplet.st);
	default: return 0;
	}
}

int ir_expr_any(const IrExpr *e, int (*pred)(const IrExpr *e, const void *ctx), const void *ctx)
{
	if (!e)
		return 0;
	if (pred(e, ctx))
		return 1;
	IrExpr *const *kids = NULL;
	int nkids = 0;
	switch (e->kind) {
	case IR_REF:
		kids = e->u.ref.args;
		nkids = e->u.ref.nargs;
		break;
	case IR_VAR:
		kids = e->u.var.idx;
		nkids = e->u.var.nidx;
		break;
	case IR_UNARY:
	case IR_BINARY: return ir_expr_any(e->u.op.a, pred, ctx) || ir_expr_any(e->u.op.b, pred, ctx);
	case IR_INTRIN:
	case IR_FCALL:
		kids = e->u.call.args;
		nkids = e->u.call.nargs;
		break;
	case IR_CONVERT: return ir_expr_any(e->u.conv.e, pred, ctx);
	case IR_TRIPLET:
		return ir_expr_any(e->u.triplet.lo, pred, ctx) || ir_expr_any(e->u.triplet.hi, pred, ctx) ||
		        ir_expr_any(e->u.triplet.st, pred, ctx);
	case IR_ARRAYCON:
	case IR_IMPLDO:
		if (e->u.list.ido &&
		    (ir_expr_any(e->u.list.ido->var, pred, ctx) || ir_expr_any(e->u.list.ido->lo, pred, ctx) ||
		     ir_expr_any(e->u.list.ido->hi, pred, ctx) || ir_expr_any(e->u.list.ido->st, pred, ctx)))
			return 1;
		kids = e->u.list.items;
		nkids = e->u.list.nitems;
		break;
	case IR_KEYWORD: return ir_expr_any(e->u.kw.e, pred, ctx);
	case IR_COMPONENT:
		if (ir_expr_any(e->u.comp.base, pred, ctx))
			return 1;
		kids = e->u.comp.args;
		nkids = e->u.comp.nargs;
		break;
	default: return 0;
	}
	for (int i = 0; i < nkids; i++)
		if (ir_expr_any(kids[i], pred, ctx))
			return 1;
	return 0;
}

static int is_fcall(const IrExpr *e, const void *ctx)
{
	(void)ctx;
	return e->kind == IR_FCALL;
}

int ir_expr_calls(const IrExpr *e)
{
	return ir_expr_any(e, is_fcall, NULL);
}

static int is_variable(const IrExpr *e, const void *ctx)
{
	(void)ctx;
	return e->kind == IR_VAR && e->u.var.sym->kind != SYM_PARAM;
}

int ir_expr_reads_variable(const IrExpr *e)
{
	return ir_expr_any(e, is_variable, NULL);
}

static int is_sym(const IrExpr *e, const void *sym)
{
	return e->kind == IR_VAR && e->u.var.sym == sym;
}

int ir_expr_mentions(const IrExpr *e, const IrSym *s)
{
	return ir_expr_any(e, is_sym, s);
}

int ir_write_atomic(const char *path, const char *data, size_t len)
{
	struct stat st;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		/* a device or a FIFO (/dev/null) is written into: renamed over, /dev/null would become
		 * a file that every later `</dev/null` reads (as root) */
		FILE *f = fopen(path, "wb");
		if (!f)
			return -1;
		int bad = fwrite(data, 1, len, f) != len;
		bad |= fflush(f) != 0;
		bad |= fclose(f) != 0;
		return bad ? -1 : 0;
	}
	size_t n = strlen(path);
	char *tmp = malloc(n + 32);
	if (!tmp)
		return -1;
	snprintf(tmp, n + 32, "%s.tmp%ld", path, (long)getpid());
	FILE *f = fopen(tmp, "wb");
	if (!f) {
		free(tmp);
		return -1;
	}
	int bad = fwrite(data, 1, len, f) != len;
	bad |= fflush(f) != 0;
	int e = errno;
	bad |= fclose(f) != 0;
	if (!bad && rename(tmp, path) != 0)
		bad = 1;
	if (bad) {
		e = errno ? errno : e;
		remove(tmp);
		free(tmp);
		errno = e;
		return -1;
	}
	free(tmp);
	return 0;
}

/* ---------------------------------------------------------------- integer expressions */

/* Does v fit the INTEGER kind t (TY_INT: 32 bits, TY_INT8: 64)? */
static int fits(IrBase t, int64_t v)
{
	return t == TY_INT8 || (v >= INT_MIN && v <= INT_MAX);
}

/* a*b, a+b, a-b in 64 bits; 0 when they overflow int64_t. */
static int mul64(int64_t a, int64_t b, int64_t *r)
{
	if (a && b) {
		uint64_t ua = a < 0 ? 0 - (uint64_t)a : (uint64_t)a, ub = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
		uint64_t lim = (a < 0) != (b < 0) ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
		if (ua > lim / ub)
			return 0;
	}
	*r = (int64_t)((uint64_t)a * (uint64_t)b);
	return 1;
}

static int add64(int64_t a, int64_t b, int64_t *r)
{
	if ((b > 0 && a > INT64_MAX - b) || (b < 0 && a < INT64_MIN - b))
		return 0;
	*r = a + b;
	return 1;
}

static int sub64(int64_t a, int64_t b, int64_t *r)
{
	if ((b < 0 && a > INT64_MAX + b) || (b > 0 && a < INT64_MIN + b))
		return 0;
	*r = a - b;
	return 1;
}

int ir_int_op(IrOp op, IrBase t, int64_t a, int64_t b, int64_t *r)
{
	int ok;
	switch (op) {
	case IR_ADD: ok = add64(a, b, r); break;
	case IR_SUB: ok = sub64(a, b, r); break;
	case IR_MUL: ok = mul64(a, b, r); break;
	case IR_DIV:
		if (b == 0)
			return -1;
		ok = !(b == -1 && a == INT64_MIN);
		if (ok)
			*r = a / b;
		break;
	case IR_POW: ok = ir_int_power(a, b, t, r); break;
	default: return 0;
	}
	return ok && fits(t, *r);
}

int ir_int_fits(IrBase t, int64_t v)
{
	return fits(t, v);
}

/* Fortran i**n for integers of kind t; 0 when it is not a representable constant. */
int ir_int_power(int64_t b, int64_t n, IrBase t, int64_t *v)
{
	if (n < 0) {
		if (b == 1)
			*v = 1;
		else if (b == -1)
			*v = n % 2 == 0 ? 1 : -1;
		else if (b != 0)
			*v = 0;
		else
			return 0;
		return 1;
	}
	int64_t r = 1;
	for (int64_t i = 0; i < n; i++) {
		if (!mul64(r, b, &r) || !fits(t, r))
			return 0;
		if (r == 0 || r == 1)
			break;
	}
	if (r == 1 && b == -1)
		r = n % 2 == 0 ? 1 : -1;
	*v = r;
	return 1;
}

int ir_eval_int(const IrExpr *e, IrIntValue value, void *ctx, int64_t *v)
{
	if (!e || !ir_base_is_int(e->type))
		return 0;
	IrBase t = e->type;
	int64_t a, b;
	switch (e->kind) {
	case IR_CONST_INT: *v = e->u.ival; return fits(t, *v);
	case IR_VAR: {
		const IrSym *s = e->u.var.sym;
		if (s->kind == SYM_PARAM && s->rank == 0 && !e->u.var.nidx && s->init && s->init != e)
			return ir_eval_int(s->init, value, ctx, v);
		return value && s->rank == 0 && !e->u.var.nidx && value(ctx, s, v) && fits(t, *v);
	}
	case IR_UNARY:
		if (e->u.op.op != IR_NEG || !ir_eval_int(e->u.op.a, value, ctx, &a) || !sub64(0, a, v))
			return 0;
		return fits(t, *v);
	case IR_BINARY:
		if (!ir_eval_int(e->u.op.a, value, ctx, &a) || !ir_eval_int(e->u.op.b, value, ctx, &b))
			return 0;
		return ir_int_op(e->u.op.op, t, a, b, v) == 1;
	case IR_CONVERT: return ir_base_is_int(e->u.conv.e->type) && ir_eval_int(e->u.conv.e, value, ctx, v) && fits(t, *v);
	case IR_INTRIN: {
		IrIntrinsic g = ir_intrinsics[e->u.call.id].generic;
		int n = e->u.call.nargs;
		if (n < 1 || !ir_eval_int(e->u.call.args[0], value, ctx, &a))
			return 0;
		switch (g) {
		case INTR_MAX:
		case INTR_MIN:
			for (int i = 1; i < n; i++) {
				if (!ir_eval_int(e->u.call.args[i], value, ctx, &b))
					return 0;
				if (g == INTR_MAX ? b > a : b < a)
					a = b;
			}
			*v = a;
			return 1;
		case INTR_ABS: return sub64(0, a < 0 ? a : -a, v) && fits(t, *v);
		case INTR_INT: *v = a; return fits(t, *v);
		case INTR_MOD:
			if (n != 2 || !ir_eval_int(e->u.call.args[1], value, ctx, &b) || b == 0)
				return 0;
			*v = b == -1 ? 0 : a % b;
			return 1;
		case INTR_SIGN:
			if (n != 2 || !ir_eval_int(e->u.call.args[1], value, ctx, &b) || !sub64(0, a < 0 ? a : -a, v))
				return 0;
			if (b < 0)
				*v = -*v;
			return fits(t, *v);
		default: return 0;
		}
	}
	default: return 0;
	}
}
