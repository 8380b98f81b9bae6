/*
 * lib.c — library files (--lib): what a routine whose source stad does not have does, for AD.
 *
 * Inspired by Tapenade's library files, one entry per routine, one line per fact:
 *
 *     # BLAS, level 1                       (`#` starts a comment, anywhere)
 *     subroutine daxpy(n, a, x, incx, y, incy) fortran
 *       n     integer    in
 *       a     real(8)    in
 *       x     real(8)(*) in
 *       incx  integer    in
 *       y     real(8)(*) inout
 *       incy  integer    in
 *       deps  y: a x y                      y on exit depends on a, x and y on entry
 *     end
 *     function ddot(n, x, incx, y, incy) real(8) fortran
 *       ...                                 the result is named after the function
 *       deps  ddot: x y
 *     end
 *     subroutine wall_time(t) passive       no derivative effect (timers, logging)
 *       t     real(8)    out
 *     end
 *
 * Header: `subroutine NAME(ARGS)` or `function NAME(ARGS) TYPE`, then the words `passive`
 * (called in the primal and the forward sweep only; active arguments it writes get zero
 * derivatives) and `fortran` (linked by gfortran's names NAME_, NAME_d_, NAME_b_; else NAME,
 * NAME_d, NAME_b as C functions). Then every argument once: its name, its type (integer,
 * logical, real, real(4), real*4, real(8), real*8 or double; `(*)` after it for an array of any
 * rank, passed by its first element) and its intent (in, out, inout). `deps OUT: IN ...` says
 * which real inputs a written real output depends on (`deps OUT:` with nothing after: on none);
 * a written real output without a deps line depends on every real input, and every written
 * real argument and every real input an output depends on gets a derivative argument in
 * NAME_d and NAME_b. Errors are located in the library file.
 */
#include "fe_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct LibParser {
	IrProgram *p;
	IrArena *a;
	const char *file;
	IrSource *src; /* the file's registered source: every location points to it */
	int line;
	const char *s; /* the current line */
	size_t n, i;
	int nerr;
	/* the entry being read */
	IrUnit *u;
	IrLoc uloc;
	int nslots;          /* arguments, and the result of a function */
	int *seen;           /* per slot: line of its description (0: none yet) */
	unsigned char *deps; /* nslots x nslots */
	int *has_deps;       /* per slot: the line of its deps (0: none) */
	int *deps_col;       /* per slot: the column of that line's `deps` */
} LibParser;

static void lib_error(LibParser *L, size_t col, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 3, 4)))
#endif
        ;

#include <stdarg.h>

static void lib_error(LibParser *L, size_t col, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	ir_error(ir_loc(L->src, L->line, (int)col + 1), "%s", msg);
	L->nerr++;
}

static void blanks(LibParser *L)
{
	while (L->i < L->n && (L->s[L->i] == ' ' || L->s[L->i] == '\t' || L->s[L->i] == '\r'))
		L->i++;
}

static int at_end(LibParser *L)
{
	blanks(L);
	return L->i >= L->n;
}

/* A name (letters, digits, _; a letter first), lower-cased into the arena; NULL when none. */
static const char *name(LibParser *L)
{
	blanks(L);
	size_t j = L->i;
	if (j >= L->n || !(isalpha((unsigned char)L->s[j]) || L->s[j] == '_'))
		return NULL;
	while (j < L->n && (isalnum((unsigned char)L->s[j]) || L->s[j] == '_'))
		j++;
	const char *r = ir_strlower(L->a, ir_strndup(L->a, L->s + L->i, j - L->i));
	L->i = j;
	return r;
}

/* A blank-delimited word (lower-cased), for types and intents. */
static const char *word(LibParser *L, size_t *col)
{
	blanks(L);
	*col = L->i;
	size_t j = L->i;
	while (j < L->n && L->s[j] != ' ' && L->s[j] != '\t' && L->s[j] != '\r')
		j++;
	if (j == L->i)
		return NULL;
	const char *r = ir_strlower(L->a, ir_strndup(L->a, L->s + L->i, j - L->i));
	L->i = j;
	return r;
}

static int lit(LibParser *L, char c)
{
	blanks(L);
	if (L->i < L->n && L->s[L->i] == c) {
		L->i++;
		return 1;
	}
	return 0;
}

/* integer, logical, real, real(4), real*4, real(8), real*8, double; then (*) for an array. */
static int parse_type(const char *w, IrBase *base, int *array)
{
	static const struct {
		const char *name;
		IrBase base;
	} types[] = {
	        {"integer", TY_INT},  {"logical", TY_LOGICAL}, {"real", TY_NONE},   {"real(4)", TY_REAL4},
	        {"real*4", TY_REAL4}, {"real(8)", TY_REAL8},   {"real*8", TY_REAL8}, {"double", TY_REAL8},
	};
	size_t n = strlen(w);
	*array = n > 3 && !strcmp(w + n - 3, "(*)");
	if (*array)
		n -= 3;
	for (size_t k = 0; k < sizeof types / sizeof types[0]; k++)
		if (strlen(types[k].name) == n && !strncmp(types[k].name, w, n)) {
			*base = types[k].base == TY_NONE ? ir_default_real : types[k].base; /* "real" */
			return 1;
		}
	return 0;
}

static int slot_of(LibParser *L, const char *nm)
{
	IrUnit *u = L->u;
	for (int k = 0; k < u->nargs; k++)
		if (!strcmp(u->argnames[k], nm))
			return k;
	if (u->kind == UNIT_FUNCTION && !strcmp(u->name, nm))
		return u->nargs;
	return -1;
}

static IrSym *slot_sym(LibParser *L, int k)
{
	return k < L->u->nargs ? L->u->args[k] : L->u->result;
}

/* `subroutine NAME(ARGS) [passive] [fortran]`, `function NAME(ARGS) TYPE [passive] [fortran]` */
static void entry_begin(LibParser *L, int function, size_t col0)
{
	IrArena *a = L->a;
	const char *nm = name(L);
	if (!nm) {
		lib_error(L, L->i, "expected the routine's name after '%s'", function ? "function" : "subroutine");
		return;
	}
	IrLoc loc = ir_loc(L->src, L->line, (int)col0 + 1);
	for (int i = 0; i < L->p->externals.n; i++) {
		IrUnit *o = L->p->externals.v[i];
		if (!strcmp(o->name, nm)) {
			lib_error(L, col0, "'%s' is described twice (first at %s:%d)", nm, o->loc.file, o->loc.line);
			return;
		}
	}
	IrVec args = {0};
	if (!lit(L, '(')) {
		lib_error(L, L->i, "expected '(' and the argument names after '%s'", nm);
		return;
	}
	if (!lit(L, ')')) {
		for (;;) {
			size_t c = (blanks(L), L->i);
			const char *an = name(L);
			if (!an) {
				lib_error(L, c, "expected an argument name");
				return;
			}
			for (int k = 0; k < args.n; k++)
				if (!strcmp(args.v[k], an)) {
					lib_error(L, c, "argument '%s' is named twice", an);
					return;
				}
			if (!strcmp(an, nm) && function) {
				lib_error(L, c, "argument '%s' has the function's name, which names its result", an);
				return;
			}
			ir_vec_push(a, &args, (void *)an);
			if (lit(L, ')'))
				break;
			if (!lit(L, ',')) {
				lib_error(L, L->i, "expected ',' or ')' in the argument list");
				return;
			}
		}
	}
	IrBase rtype = TY_NONE;
	if (function) {
		size_t c;
		const char *tw = word(L, &c);
		int array;
		if (!tw || !parse_type(tw, &rtype, &array) || array) {
			lib_error(L, tw ? c : L->i, "expected the function's result type (integer, logical, real, real(8), ...)");
			return;
		}
	}
	IrUnit *u = ir_external_new(a, nm, function, rtype, (const char *const *)args.v, args.n, loc);
	IrExternal *x = u->ext;
	x->described = 1;
	x->libfile = L->file;
	for (;;) {
		size_t c;
		const char *w = word(L, &c);
		if (!w)
			break;
		if (!strcmp(w, "passive"))
			x->passive = 1;
		else if (!strcmp(w, "fortran"))
			x->fortran = 1;
		else {
			lib_error(L, c, "unexpected '%s' after the %s header (passive or fortran may follow)", w,
			          function ? "function" : "subroutine");
			return;
		}
	}
	L->u = u;
	L->uloc = loc;
	L->nslots = u->nargs + (function ? 1 : 0);
	L->seen = calloc((size_t)L->nslots + 1, sizeof *L->seen);
	L->has_deps = calloc((size_t)L->nslots + 1, sizeof *L->has_deps);
	L->deps_col = calloc((size_t)L->nslots + 1, sizeof *L->deps_col);
	L->deps = calloc((size_t)(L->nslots * L->nslots) + 1, 1);
	if (!L->seen || !L->has_deps || !L->deps_col || !L->deps)
		abort();
	if (function)
		L->seen[u->nargs] = L->line; /* its type is in the header */
}

/* `NAME TYPE INTENT` */
static void entry_arg(LibParser *L, const char *an, size_t col)
{
	int k = slot_of(L, an);
	if (k < 0 || k >= L->u->nargs) {
		lib_error(L, col, "'%s' is not an argument of %s (expected an argument, deps or end)", an, L->u->name);
		return;
	}
	if (L->seen[k]) {
		lib_error(L, col, "argument '%s' is described twice (first on line %d)", an, L->seen[k]);
		return;
	}
	IrSym *s = L->u->args[k];
	L->seen[k] = L->line; /* described, even when wrongly: one error per mistake */
	size_t c;
	const char *tw = word(L, &c);
	IrBase base;
	int array;
	if (!tw || !parse_type(tw, &base, &array)) {
		lib_error(L, tw ? c : L->i,
		          "expected the type of '%s': integer, logical, real, real(4), real*4, real(8), real*8 or double, "
		          "with (*) after it for an array",
		          an);
		return;
	}
	const char *iw = word(L, &c);
	int intent = !iw               ? -1
	        : !strcmp(iw, "in")    ? INTENT_IN
	        : !strcmp(iw, "out")   ? INTENT_OUT
	        : !strcmp(iw, "inout") ? INTENT_INOUT
	                               : -1;
	if (intent < 0) {
		lib_error(L, iw ? c : L->i, "expected the intent of '%s': in, out or inout", an);
		return;
	}
	if (!at_end(L)) {
		lib_error(L, L->i, "unexpected text after the intent of '%s'", an);
		return;
	}
	s->type = base;
	s->intent = intent;
	if (array) {
		s->rank = 1;
		s->dims[0].lo = NULL;
		s->dims[0].hi = NULL; /* assumed size */
	}
}

/* `deps OUT: IN IN ...` */
static void entry_deps(LibParser *L, size_t col0)
{
	size_t c = (blanks(L), L->i);
	const char *on = name(L);
	int o = on ? slot_of(L, on) : -1;
	if (!on || o < 0) {
		lib_error(L, c, on ? "'%s' is not an argument of %s" : "expected an argument name after deps%s", on ? on : "",
		          L->u->name);
		return;
	}
	if (L->has_deps[o]) {
		lib_error(L, c, "deps of '%s' are given twice", on);
		return;
	}
	if (!lit(L, ':')) {
		lib_error(L, L->i, "expected ':' after 'deps %s'", on);
		return;
	}
	L->has_deps[o] = L->line;
	L->deps_col[o] = (int)col0 + 1;
	while (!at_end(L)) {
		size_t ic = L->i;
		const char *in = name(L);
		int i = in ? slot_of(L, in) : -1;
		if (!in) {
			lib_error(L, ic, "expected the names of the inputs '%s' depends on", on);
			return;
		}
		if (i < 0 || i == L->u->nargs) {
			lib_error(L, ic, "'%s' is not an argument of %s", in, L->u->name);
			return;
		}
		L->deps[o * L->nslots + i] = 1;
		lit(L, ',');
	}
}

/* `end`: every argument described; the dependencies checked and completed. */
static void entry_end(LibParser *L)
{
	IrUnit *u = L->u;
	IrExternal *x = u->ext;
	int n = L->nslots, bad = 0;
	for (int k = 0; k < u->nargs; k++)
		if (!L->seen[k]) {
			lib_error(L, 0, "argument '%s' of %s (%s:%d) has no description", u->argnames[k], u->name, L->file,
			          L->uloc.line);
			bad = 1;
		}
	if (!bad) {
		for (int o = 0; o < n; o++) {
			IrSym *so = slot_sym(L, o);
			int written = so->intent & INTENT_OUT;
			IrLoc at = ir_loc(L->src, L->has_deps[o], L->deps_col[o]);
			if (L->has_deps[o] && !written) {
				ir_error(at, "deps of '%s': %s does not write it (its intent is in)", so->name, u->name);
				L->nerr++;
				continue;
			}
			if (L->has_deps[o] && !ir_base_is_real(so->type)) {
				ir_error(at, "deps of '%s': it is %s; only real outputs have dependencies", so->name,
				         ir_base_name(so->type));
				L->nerr++;
				continue;
			}
			if (L->has_deps[o] && x->passive) {
				ir_error(at, "deps of '%s': %s is passive, so its outputs depend on nothing", so->name, u->name);
				L->nerr++;
				continue;
			}
			for (int i = 0; i < n; i++) {
				IrSym *si = slot_sym(L, i);
				if (!L->deps[o * n + i])
					continue;
				if (!(si->intent & INTENT_IN)) {
					ir_error(at, "deps of '%s': %s does not read '%s' (its intent is out)", so->name, u->name,
					         si->name);
					L->nerr++;
				} else if (!ir_base_is_real(si->type)) {
					ir_error(at, "deps of '%s': '%s' is %s, not real", so->name, si->name,
					         ir_base_name(si->type));
					L->nerr++;
				}
			}
			/* a written real output without deps depends on every real input */
			if (!L->has_deps[o] && written && ir_base_is_real(so->type) && !x->passive)
				for (int i = 0; i < n; i++) {
					IrSym *si = slot_sym(L, i);
					if ((si->intent & INTENT_IN) && ir_base_is_real(si->type))
						L->deps[o * n + i] = 1;
				}
		}
	}
	x->deps = ir_alloc(L->a, (size_t)(n * n) + 1);
	memcpy(x->deps, L->deps, (size_t)(n * n));
	x->darg = ir_alloc(L->a, (size_t)n + 1);
	int any = 0;
	for (int o = 0; o < n && !x->passive; o++) {
		IrSym *so = slot_sym(L, o);
		if ((so->intent & INTENT_OUT) && ir_base_is_real(so->type))
			x->darg[o] = 1; /* its derivative is set (to zero when it depends on nothing) */
		for (int i = 0; i < n; i++)
			if (x->deps[o * n + i])
				x->darg[i] = x->darg[o] = 1;
	}
	for (int k = 0; k < n; k++)
		any |= x->darg[k];
	if (!any)
		x->passive = 1; /* nothing real flows: it has no derivative effect */
	ir_vec_push(L->a, &L->p->externals, u);
	free(L->seen);
	free(L->has_deps);
	free(L->deps_col);
	free(L->deps);
	L->seen = L->has_deps = L->deps_col = NULL;
	L->deps = NULL;
	L->u = NULL;
}

int fe_parse_lib_string(IrProgram *p, const char *path, const char *text, size_t len)
{
	int before = ir_error_count(p);
	LibParser L = {0};
	L.p = p;
	L.a = p->arena;
	L.file = ir_strdup(p->arena, path);
	char *copy = malloc(len + 1);
	if (!copy)
		abort();
	memcpy(copy, text, len);
	copy[len] = 0;
	if (memchr(text, 0, len)) {
		ir_error(ir_loc(ir_source_register(p, L.file, ""), 0, 0), "NUL byte in the library file (not a text file)");
		free(copy);
		return ir_error_count(p) - before;
	}
	L.src = ir_source_register(p, L.file, copy);
	size_t start = 0;
	int skip = 0; /* after an error in a header: skip to its end */
	while (start < len || (start == len && len == 0)) {
		if (start >= len)
			break;
		const char *e = memchr(copy + start, '\n', len - start);
		size_t n = e ? (size_t)(e - (copy + start)) : len - start;
		L.line++;
		L.s = copy + start;
		L.n = n;
		L.i = 0;
		start += n + 1;
		const char *hash = memchr(L.s, '#', L.n);
		if (hash)
			L.n = (size_t)(hash - L.s);
		if (at_end(&L))
			continue;
		size_t col = L.i;
		const char *w = name(&L);
		if (!w) {
			if (!skip)
				lib_error(&L, col, "expected subroutine, function, an argument, deps or end");
			continue;
		}
		if (!strcmp(w, "subroutine") || !strcmp(w, "function")) {
			if (L.u || skip) {
				lib_error(&L, col, "'%s' inside the description of %s: end it first with 'end'", w,
				          L.u ? L.u->name : "the previous routine");
				if (L.u) {
					free(L.seen);
					free(L.has_deps);
					free(L.deps_col);
					free(L.deps);
					L.u = NULL;
				}
			}
			int e0 = L.nerr;
			entry_begin(&L, w[0] == 'f', col);
			skip = L.nerr > e0 && !L.u;
			continue;
		}
		if (!L.u) {
			if (!skip)
				lib_error(&L, col,
				          "'%s' outside a routine's description (start one with 'subroutine NAME(ARGS)')", w);
			if (!strcmp(w, "end"))
				skip = 0;
			continue;
		}
		if (!strcmp(w, "end")) {
			if (!at_end(&L))
				lib_error(&L, L.i, "unexpected text after 'end'");
			entry_end(&L);
		} else if (!strcmp(w, "deps")) {
			entry_deps(&L, col);
		} else {
			entry_arg(&L, w, col);
		}
	}
	if (L.u) {
		ir_error(L.uloc, "the description of %s has no 'end'", L.u->name);
		free(L.seen);
		free(L.has_deps);
		free(L.deps_col);
		free(L.deps);
	}
	free(copy);
	return ir_error_count(p) - before;
}

int fe_parse_lib(IrProgram *p, const char *path)
{
	char *buf;
	size_t n;
	int e = fe_read_file(path, &buf, &n);
	if (e) {
		int before = ir_error_count(p);
		ir_error(ir_loc(ir_source_register(p, ir_strdup(p->arena, path), ""), 0, 0), "cannot read the library file: %s",
		         strerror(e));
		return ir_error_count(p) - before;
	}
	int r = fe_parse_lib_string(p, path, buf, n);
	free(buf);
	return r;
}
