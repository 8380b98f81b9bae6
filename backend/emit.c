/*
 * emit.c — cg_emit: one .c and one .h for a list of exported units.
 *
 * The .c file reads top to bottom as a person would write it: the banner, the #includes the code
 * needs (and only those), the helper functions it uses, the file-scope variables (module
 * variables and COMMON members, grouped by module and block), prototypes of the static
 * routines, then the routines, callees before callers. Only what some routine uses is emitted,
 * so nothing is unused. The .h file holds the prototypes of the exported routines with their
 * argument lists explained.
 */
#include "cg_int.h"

#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- reachable units */

static void visit_block(Cg *cg, CgMap *state, const IrBlock *b);

static void visit_unit(Cg *cg, CgMap *state, const IrUnit *u)
{
	if (cg_map_get(state, u))
		return;
	cg_map_put(state, u, (void *)1);
	visit_block(cg, state, &u->body);
	cg_list_push(&cg->units, (void *)u);
}

typedef struct Visit {
	Cg *cg;
	CgMap *state;
} Visit;

static void visit_node(const IrExpr *e, void *ctx)
{
	Visit *v = ctx;
	if (e->kind == IR_FCALL && e->u.call.callee)
		visit_unit(v->cg, v->state, e->u.call.callee);
}

static void visit_part(void *ctx, IrExpr **e)
{
	cg_expr_walk(*e, visit_node, ctx);
}

static void visit_stmts(void *ctx, IrBlock *b)
{
	Visit *v = ctx;
	IrVisit parts = {visit_part, visit_stmts, v};
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		ir_stmt_parts(s, &parts); /* (GO TO, SELECT CASE and masks do not survive sema) */
		if (s->kind == IR_CALL && s->u.call.callee)
			visit_unit(v->cg, v->state, s->u.call.callee);
	}
}

/* The routines the statements of b call, in the order they are met (the order of the C). */
static void visit_block(Cg *cg, CgMap *state, const IrBlock *b)
{
	Visit v = {cg, state};
	visit_stmts(&v, (IrBlock *)b); /* (the walk changes nothing) */
}

/* ---------------------------------------------------------------- comments */

static void comment_line_text(CgBuf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '*' && i + 1 < n && s[i + 1] == '/')
			cg_buf_puts(b, "* ");
		else
			cg_buf_putc(b, s[i]);
	}
}

/* The banner as a C comment (several lines become a block comment). */
/* GCC 11 and 12 at -O2 (Debian 12's gcc 12.2 among them) delete a call of a static routine
 * whose only effect is to store through a pointer argument when the routine calls a libm
 * function and reads its bounds through another pointer argument (`smooth(n, x, w)` of a loop
 * `w(i) = w(i) + sin(x(i))*...` with n INTEGER by address): its IPA mod-ref and pure-const
 * summaries together let DCE drop it, and the primal and every derivative were silently wrong
 * at -O2 only (tests/backend/gcc_dropped_call). gcc's Fortran does not meet it. Turning the two
 * analyses off for the generated file keeps every call; the cost is within noise. */
static void gcc_guard(CgBuf *b)
{
	cg_buf_puts(b,
	            "#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 11\n"
	            "#pragma GCC optimize(\"no-ipa-modref\", \"no-ipa-pure-const\") /* gcc 12 drops calls (stad README) */\n"
	            "#endif\n");
}

static void banner(CgBuf *b, const char *text)
{
	if (!text || !*text)
		return;
	const char *nl = strchr(text, '\n');
	if (!nl || !nl[1]) {
		cg_buf_puts(b, "/* ");
		comment_line_text(b, text, nl ? (size_t)(nl - text) : strlen(text));
		cg_buf_puts(b, " */\n");
		return;
	}
	cg_buf_puts(b, "/*\n");
	const char *p = text;
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		cg_buf_puts(b, n ? " * " : " *");
		comment_line_text(b, p, n);
		cg_buf_putc(b, '\n');
		if (!e)
			break;
		p = e + 1;
	}
	cg_buf_puts(b, " */\n");
}

/* ---------------------------------------------------------------- file-scope variables */

/* The number of elements of a global array (its bounds are constant), 1 for a scalar. */
static long long global_count(Cg *cg, const IrSym *s)
{
	long long n = 1;
	for (int d = 0; d < s->rank; d++) {
		long long lo = 1, hi;
		if ((s->dims[d].lo && !cg_fold_int(s->dims[d].lo, &lo)) || !s->dims[d].hi || !cg_fold_int(s->dims[d].hi, &hi)) {
			cg_problem(cg, s->loc, "the bounds of '%s' must be constant", s->name);
			continue;
		}
		n *= hi >= lo ? hi - lo + 1 : 0;
	}
	return n > 0 ? n : 1;
}

/* The primal block of derivative COMMON block c (`pars_b` of `pars`), and the primal of its
 * member d (`cb` of `c`); NULL when c is not one. */
static const IrCommon *deriv_common_primal(const Cg *cg, const IrCommon *c, const IrSym *d, const IrSym **primal)
{
	const char *sfx = cg->o.deriv_suffix;
	if (!sfx || !c->name)
		return NULL;
	size_t n = strlen(c->name), k = strlen(sfx);
	if (n < k + 1 || strcmp(c->name + n - k, sfx) != 0 || c->name[n - k - 1] != '_')
		return NULL;
	for (int i = 0; i < cg->p->commons.n; i++) {
		const IrCommon *o = cg->p->commons.v[i];
		int blank = !o->name || !o->name[0];
		const char *on = blank ? "blank" : o->name;
		if (o == c || strlen(on) != n - k - 1 || strncmp(on, c->name, n - k - 1) != 0)
			continue;
		for (int j = 0; j < o->members.n; j++) {
			const IrSym *m = o->members.v[j];
			size_t mn = strlen(m->name);
			if (!strncmp(m->name, d->name, mn) && !strcmp(d->name + mn, sfx)) {
				*primal = m;
				return o;
			}
		}
	}
	return NULL;
}

/* The members of COMMON block c as laid out in memory. A derivative block mirrors its primal
 * block, so that its layout does not depend on which members are active: member m's slot holds
 * m<sfx> (`/pars_b/ kb, cb, db` for `/pars/ k, c, d`), unused when m has no derivative. */
static const IrVec *deriv_block_slots(Cg *cg, const IrCommon *c)
{
	const IrSym *pm = NULL;
	const IrCommon *pc = c->members.n ? deriv_common_primal(cg, c, c->members.v[0], &pm) : NULL;
	if (!pc)
		return &c->members;
	IrVec *v = cg_map_get(&cg->deriv_slots, c);
	if (v)
		return v;
	v = calloc(1, sizeof *v);
	IrSym **slots = calloc((size_t)pc->members.n + 1, sizeof *slots);
	if (!v || !slots)
		abort();
	cg_list_push(&cg->pool, v);
	cg_list_push(&cg->pool, slots);
	for (int k = 0; k < pc->members.n; k++) {
		const IrSym *p = pc->members.v[k], *d = NULL;
		for (int j = 0; j < c->members.n && !d; j++) {
			const IrSym *q = c->members.v[j];
			if (deriv_common_primal(cg, c, q, &pm) == pc && pm == p)
				d = q;
		}
		if (!d) {
			IrSym *u = calloc(1, sizeof *u);
			if (!u)
				abort();
			cg_list_push(&cg->pool, u);
			*u = *p;
			u->name = cg_sprintf(cg, "%s%s", p->name, cg->o.deriv_suffix);
			u->init = NULL; /* an unused slot: zero, not the primal's initial values */
			u->inits = NULL;
			u->ninits = 0;
			d = u;
		}
		slots[k] = (IrSym *)d;
	}
	v->v = (void **)slots;
	v->n = pc->members.n;
	cg_map_put(&cg->deriv_slots, c, v);
	return v;
}

/* With fortran_abi a module variable is gfortran's own: a weak definition, so that the
 * definition in the module's object (compiled by gfortran) is the one the program uses, and
 * this one when no Fortran object defines it. */
/* A CHARACTER module variable: a buffer of its characters, given its value's. */
static void char_global_decl(Cg *cg, const IrSym *s, const char *prefix, const char *suffix, CgBuf *b)
{
	long long len = 1;
	if (!s->clen || !cg_fold_int(s->clen, &len))
		cg_problem(cg, s->loc, "the length of '%s' must be constant", s->name);
	long long n = (s->rank ? global_count(cg, s) : 1) * len;
	cg_buf_printf(b, "%schar %s[%lld]%s", prefix, (const char *)cg_map_get(&cg->global_name, s), n > 0 ? n : 1, suffix);
	if (s->init && s->init->kind == IR_CONST_STR) { /* (an array's: every element's characters) */
		cg_buf_puts(b, " = ");
		cg_const(s->init, b);
	}
	cg_buf_puts(b, ";\n");
}

static void abi_global_decl(Cg *cg, const IrSym *s, CgBuf *b)
{
	cg->abi_globals = 1;
	const char *name = cg_map_get(&cg->global_name, s);
	const char *t = cg_ctype(s->type);
	if (s->type == TY_CHAR) {
		char_global_decl(cg, s, "", " STAD_FORTRAN_GLOBAL", b);
		return;
	}
	if (!s->rank)
		cg_buf_printf(b, "%s %s STAD_FORTRAN_GLOBAL", t, name);
	else
		cg_buf_printf(b, "%s %s[%lld] STAD_FORTRAN_GLOBAL", t, name, global_count(cg, s));
	if (s->rank) {
		cg_array_init(s, b);
	} else if (s->init) {
		cg_buf_puts(b, " = ");
		cg_const(s->init, b);
	}
	const IrSym *primal = cg_global_primal(s);
	if (primal)
		cg_buf_printf(b, "; /* derivative of %s */\n", primal->name);
	else
		cg_buf_puts(b, ";\n");
}

/* With fortran_abi a COMMON block is one struct named as gfortran names the block, its members
 * in order with their sizes; C aligns each member as gfortran does by default
 * (-falign-commons), padding included. Every member is declared, used or not: the layout is
 * the block's. */
static void abi_common_decl(Cg *cg, const IrCommon *c, CgBuf *b)
{
	cg->abi_globals = 1;
	cg_buf_puts(b, "struct {\n");
	const IrVec *mv = deriv_block_slots(cg, c);
	for (int k = 0; k < mv->n; k++) {
		const IrSym *m = mv->v[k];
		const char *mn = cg_name_reserved(m->name) ? cg_sprintf(cg, "%s_", m->name) : m->name;
		cg_buf_printf(b, "    %s %s", cg_ctype(m->type), mn);
		if (m->rank)
			cg_buf_printf(b, "[%lld]", global_count(cg, m));
		cg_buf_puts(b, ";\n");
	}
	cg_buf_printf(b, "} %s STAD_FORTRAN_GLOBAL", cg_common_cname(cg, c->name));
	/* BLOCK DATA's values, for when the Fortran program links no object that defines the block */
	int first = 1;
	for (int k = 0; k < mv->n; k++) {
		const IrSym *m = mv->v[k];
		if (!m->init && !m->inits)
			continue;
		const char *mn = cg_name_reserved(m->name) ? cg_sprintf(cg, "%s_", m->name) : m->name;
		cg_buf_printf(b, "%s.%s", first ? " = {" : ", ", mn);
		first = 0;
		if (m->init) {
			cg_buf_puts(b, " = ");
			cg_const(m->init, b);
		} else
			cg_array_init(m, b);
	}
	cg_buf_puts(b, first ? ";\n" : "};\n");
}

/* --split: what the shared header declares of a variable defined in the first part. */
static void extern_decl(Cg *cg, const IrSym *s, const char *t, const char *name)
{
	CgBuf *h = cg->split_hdr;
	if (s->type == TY_CHAR) {
		long long len = 1;
		if (s->clen)
			cg_fold_int(s->clen, &len);
		long long n = (s->rank ? global_count(cg, s) : 1) * len;
		cg_buf_printf(h, "extern char %s[%lld];\n", name, n > 0 ? n : 1);
	} else if (!s->rank)
		cg_buf_printf(h, "extern %s %s;\n", t, name);
	else if (s->allocatable)
		cg_buf_printf(h, "extern %s *%s;\n", t, name);
	else
		cg_buf_printf(h, "extern %s %s[%lld];\n", t, name, global_count(cg, s));
}

/* A file-scope variable's definition into b: static in one file; with --split defined in the
 * first part and declared in the shared header, where PARAMETERs and gfortran's variables (weak
 * definitions, one per part, merged by the linker) go whole. */
static void global_decl(Cg *cg, const IrSym *s, CgBuf *b)
{
	CgBuf *shared = cg->split_hdr ? cg->split_hdr : b;
	if (s->kind != SYM_PARAM && cg_global_abi(cg, s)) {
		/* (ad/ refuses ALLOCATABLE module variables under --fortran-abi) */
		assert(!s->allocatable);
		abi_global_decl(cg, s, shared);
		return;
	}
	const char *name = cg_map_get(&cg->global_name, s);
	const char *t = cg_ctype(s->type);
	const char *st = cg->split_hdr ? "" : "static ";
	if (s->type == TY_CHAR && s->kind == SYM_PARAM)
		return; /* references are its value */
	if (s->kind == SYM_PARAM) {
		cg_buf_printf(shared, "static const %s %s = ", t, name);
		if (s->init)
			cg_const(s->init, shared);
		else
			cg_buf_puts(shared, "0");
		cg_buf_puts(shared, ";\n");
		return;
	}
	if (cg->split_hdr)
		extern_decl(cg, s, t, name);
	if (s->type == TY_CHAR) {
		char_global_decl(cg, s, st, "", b);
		return;
	}
	if (!s->rank) {
		cg_buf_printf(b, "%s%s %s", st, t, name);
		if (s->init) {
			cg_buf_puts(b, " = ");
			cg_const(s->init, b);
		}
		cg_buf_puts(b, ";\n");
		return;
	}
	if (s->allocatable) { /* a module's ALLOCATABLE array: null until ALLOCATE (0, not NULL: the
		                       * includes are written before the variables, and a unit that never
		                       * allocates includes no <stdlib.h>) */
		cg_buf_printf(b, "%s%s *%s = 0;\n", st, t, name);
		return;
	}
	cg_buf_printf(b, "%s%s %s[%lld]", st, t, name, global_count(cg, s));
	cg_array_init(s, b);
	cg_buf_puts(b, ";\n");
}

const char *cg_base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

static void globals(Cg *cg, const CgMap *used, CgBuf *b)
{
	CgMap done = {0};
	int groups = 0;
	/* module variables, module by module */
	for (int i = 0; i < cg->p->units.n; i++) {
		const IrUnit *m = cg->p->units.v[i];
		if (m->kind != UNIT_MODULE)
			continue;
		int header = 0;
		for (int k = 0; k < m->syms.n; k++) {
			const IrSym *s = m->syms.v[k];
			if (!cg_map_get(used, s) || cg_map_get(&done, s))
				continue;
			if (!header) {
				if (groups++)
					cg_buf_putc(b, '\n');
				cg_buf_printf(b, "/* MODULE %s", m->name);
				if (m->loc.file)
					cg_buf_printf(b, " (%s:%d)", cg_base_name(m->loc.file), m->loc.line);
				cg_buf_puts(b, " */\n");
				header = 1;
			}
			global_decl(cg, s, b);
			cg_map_put(&done, s, (void *)1);
		}
	}
	/* COMMON blocks */
	for (int i = 0; i < cg->p->commons.n; i++) {
		const IrCommon *c = cg->p->commons.v[i];
		int header = 0;
		for (int k = 0; k < c->members.n; k++) {
			const IrSym *s = c->members.v[k];
			if (!cg_map_get(used, s) || cg_map_get(&done, s))
				continue;
			if (!header) {
				if (groups++)
					cg_buf_putc(b, '\n');
				if (c->name && c->name[0])
					cg_buf_printf(b, "/* COMMON /%s/ */\n", c->name);
				else
					cg_buf_puts(b, "/* blank COMMON */\n");
				header = 1;
			}
			if (cg_global_abi(cg, s)) {
				abi_common_decl(cg, c, cg->split_hdr ? cg->split_hdr : b);
				for (int j = 0; j < c->members.n; j++)
					cg_map_put(&done, c->members.v[j], (void *)1);
				break;
			}
			global_decl(cg, s, b);
			cg_map_put(&done, s, (void *)1);
		}
	}
	/* anything else (variables the AD passes created) */
	int header = 0;
	for (int i = 0; i < cg->globals.n; i++) {
		const IrSym *s = cg->globals.v[i];
		if (!cg_map_get(used, s) || cg_map_get(&done, s))
			continue;
		if (!header) {
			if (groups++)
				cg_buf_putc(b, '\n');
			cg_buf_puts(b, "/* file-scope variables */\n");
			header = 1;
		}
		global_decl(cg, s, b);
		cg_map_put(&done, s, (void *)1);
	}
	cg_map_free(&done);
}


/* ---------------------------------------------------------------- the global state */

/* One module or COMMON variable the generated code uses, for the lists in the header, on
 * stderr and in the Fortran interface. */
typedef struct GInfo {
	const IrSym *s;
	const IrSym *primal;  /* for a derivative variable: its primal (NULL otherwise) */
	const char *where;    /* "MODULE m", "COMMON /pars/", "SAVE'd in foo" */
	const IrUnit *module; /* the module (derivatives: the primal's), or NULL */
	const IrCommon *common;
	int abi; /* gfortran's storage */
	int rd, wr;
} GInfo;

static const char *common_title(Cg *cg, const char *name)
{
	return name && name[0] ? cg_sprintf(cg, "COMMON /%s/", name) : "blank COMMON";
}

/* Every used module and COMMON variable (not PARAMETERs), primal ones first, in the order of
 * their declarations. */
static int global_infos(Cg *cg, const CgMap *used, GInfo **out)
{
	int n = 0, cap = 16;
	GInfo *v = malloc(sizeof *v * (size_t)cap);
	if (!v)
		abort();
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < cg->p->units.n; i++) {
			const IrUnit *m = cg->p->units.v[i];
			if (m->kind != UNIT_MODULE)
				continue;
			for (int k = 0; k < m->syms.n; k++) {
				const IrSym *s = m->syms.v[k];
				if (s->kind != SYM_MODULE || s->shadow || !cg_map_get(used, s) ||
				    (cg_global_primal(s) != NULL) != pass)
					continue;
				if (n == cap && !(v = realloc(v, sizeof *v * (size_t)(cap *= 2))))
					abort();
				GInfo g = {s, cg_global_primal(s), NULL, m, NULL, cg_global_abi(cg, s), 0, 0};
				if (!cg_user_module(cg->p, m))
					g.where = "SAVE'd local";
				else
					g.where = cg_sprintf(cg, "MODULE %s", pass ? cg_deriv_module(cg, m) : m->name);
				v[n++] = g;
			}
		}
		for (int i = 0; i < cg->p->commons.n; i++) {
			const IrCommon *c = cg->p->commons.v[i];
			for (int k = 0; k < c->members.n; k++) {
				const IrSym *s = c->members.v[k], *primal = NULL;
				if (!cg_map_get(used, s))
					continue;
				deriv_common_primal(cg, c, s, &primal);
				if ((primal != NULL) != pass)
					continue;
				if (n == cap && !(v = realloc(v, sizeof *v * (size_t)(cap *= 2))))
					abort();
				GInfo g = {s, primal, common_title(cg, c->name), NULL, c, cg_global_abi(cg, s), 0, 0};
				v[n++] = g;
			}
		}
	}
	for (int i = 0; i < n; i++) {
		v[i].rd = cg_map_get(&cg->global_read, v[i].s) != NULL;
		v[i].wr = cg_map_get(&cg->global_written, v[i].s) != NULL;
	}
	*out = v;
	return n;
}

/* `x(0:65, 3)`: the name with its constant bounds, as Fortran declares it. */
static const char *decl_with_bounds(Cg *cg, const IrSym *s)
{
	CgBuf b = {0};
	cg_buf_puts(&b, s->name);
	for (int d = 0; d < s->rank && s->allocatable; d++)
		cg_buf_puts(&b, d ? ", :" : "(:");
	for (int d = 0; d < s->rank && !s->allocatable; d++) {
		long long lo = 1, hi = 0;
		if (s->dims[d].lo)
			cg_fold_int(s->dims[d].lo, &lo);
		if (s->dims[d].hi)
			cg_fold_int(s->dims[d].hi, &hi);
		cg_buf_puts(&b, d ? ", " : "(");
		if (lo != 1)
			cg_buf_printf(&b, "%lld:", lo);
		cg_buf_printf(&b, "%lld", hi);
	}
	if (s->rank)
		cg_buf_putc(&b, ')');
	const char *r = cg_strdup(cg, cg_buf_str(&b));
	cg_buf_free(&b);
	return r;
}

/* The list of the global state, as comment lines (prefix " * ") or notes (prefix "stad: note: "). */
static void global_report(Cg *cg, const GInfo *v, int n, const char *prefix, CgBuf *b)
{
	int nprimal = 0, nderiv = 0, abi = 0;
	for (int i = 0; i < n; i++) {
		if (v[i].primal)
			nderiv++;
		else
			nprimal++;
		abi |= v[i].abi;
	}
	if (!n)
		return;
	if (nprimal) {
		if (abi)
			cg_buf_printf(
			        b,
			        "%sModule and COMMON variables: the Fortran program's own (gfortran's names, --fortran-abi):\n",
			        prefix);
		else
			cg_buf_printf(
			        b,
			        "%sModule and COMMON variables: private copies in the generated C (a caller cannot set or read "
			        "them; --fortran-abi shares them with a Fortran program):\n",
			        prefix);
		for (int i = 0; i < n; i++) {
			if (v[i].primal)
				continue;
			const char *what = v[i].rd && v[i].wr ? "read and written" : v[i].wr ? "written" : "read";
			cg_buf_printf(b, "%s  %-14s %-22s %-17s C: %s%s\n", prefix, decl_with_bounds(cg, v[i].s), v[i].where,
			              what, (const char *)cg_map_get(&cg->global_name, v[i].s), v[i].abi ? "" : " (private)");
		}
	}
	if (nderiv) {
		if (!abi)
			cg_buf_printf(b, "%sTheir derivatives:\n", prefix);
		else if (cg->o.deriv_suffix && !strcmp(cg->o.deriv_suffix, "b"))
			cg_buf_printf(b,
			              "%sTheir derivatives, the caller's (zero them unless seeding): on entry the weights of the "
			              "variables' values on exit, on exit their adjoints for the values on entry:\n",
			              prefix);
		else
			cg_buf_printf(
			        b,
			        "%sTheir derivatives, the caller's (zero them unless seeding): on entry the tangents of the "
			        "variables' values on entry, on exit those of the values on exit:\n",
			        prefix);
		for (int i = 0; i < n; i++) {
			if (!v[i].primal)
				continue;
			cg_buf_printf(b, "%s  %-14s %-22s of %-14s C: %s%s\n", prefix, decl_with_bounds(cg, v[i].s), v[i].where,
			              v[i].primal->name, (const char *)cg_map_get(&cg->global_name, v[i].s),
			              v[i].abi ? "" : " (private, zeroed on entry)");
		}
	}
}

/* ---------------------------------------------------------------- the Fortran interface */

/* Every kind written out: a caller built with -fdefault-real-8 or -fdefault-integer-8 gets a
 * type mismatch from gfortran instead of passing 8-byte values where C reads 4. */
static const char *ftype(IrBase t)
{
	switch (t) {
	case TY_REAL4: return "real(4)";
	case TY_REAL8: return "real(8)";
	case TY_LOGICAL: return "logical(4)";
	case TY_INT8: return "integer(8)";
	case TY_CHAR: return "character(len=*)";
	default: return "integer(4)";
	}
}

/* A bound as Fortran: constants folded, dummy arguments of u by name; 0 if it needs anything
 * else (a module variable): the caller then declares the array assumed-size. */
static int fbound(const IrUnit *u, const IrExpr *e, CgBuf *b)
{
	long long v;
	if (cg_fold_int(e, &v)) {
		cg_buf_printf(b, v < 0 ? "(%lld)" : "%lld", v);
		return 1;
	}
	switch (e->kind) {
	case IR_VAR:
		if (e->u.var.nidx || e->u.var.sym->kind != SYM_ARG)
			return 0;
		for (int i = 0; i < u->nargs; i++)
			if (u->args[i] == e->u.var.sym) {
				cg_buf_puts(b, e->u.var.sym->name);
				return 1;
			}
		return 0;
	case IR_CONVERT: return fbound(u, e->u.conv.e, b);
	case IR_UNARY:
		if (e->u.op.op != IR_NEG)
			return 0;
		cg_buf_puts(b, "(-");
		if (!fbound(u, e->u.op.a, b))
			return 0;
		cg_buf_putc(b, ')');
		return 1;
	case IR_BINARY: {
		const char *op = e->u.op.op == IR_ADD ? "+"
		        : e->u.op.op == IR_SUB        ? "-"
		        : e->u.op.op == IR_MUL        ? "*"
		        : e->u.op.op == IR_DIV        ? "/"
		        : e->u.op.op == IR_POW        ? "**"
		                                      : NULL;
		if (!op)
			return 0;
		cg_buf_putc(b, '(');
		if (!fbound(u, e->u.op.a, b))
			return 0;
		cg_buf_printf(b, " %s ", op);
		if (!fbound(u, e->u.op.b, b))
			return 0;
		cg_buf_putc(b, ')');
		return 1;
	}
	default: return 0;
	}
}

static void fdummy(const IrUnit *u, const IrSym *s, CgBuf *b)
{
	/* an OPTIONAL dummy (and its derivative): the caller may omit them, passing NULL */
	cg_buf_printf(b, "      %s%s :: %s", ftype(s->type), s->optional ? ", optional" : "", s->name);
	if (!s->rank) {
		cg_buf_putc(b, '\n');
		return;
	}
	CgBuf d = {0};
	int ok = 1;
	for (int k = 0; k < s->rank && ok; k++) {
		cg_buf_puts(&d, k ? ", " : "(");
		if (s->dims[k].lo) {
			long long lo;
			if (!cg_fold_int(s->dims[k].lo, &lo) || lo != 1) {
				ok = fbound(u, s->dims[k].lo, &d);
				cg_buf_putc(&d, ':');
			}
		}
		if (!s->dims[k].hi)
			cg_buf_putc(&d, '*');
		else if (ok)
			ok = fbound(u, s->dims[k].hi, &d);
	}
	cg_buf_putc(&d, ')');
	/* a bound the interface cannot spell: any array is passed to an assumed-size dummy */
	cg_buf_puts(b, ok ? cg_buf_str(&d) : "(*)");
	cg_buf_putc(b, '\n');
	cg_buf_free(&d);
}

/* `  subroutine cost_b(n, x, xb, &` with free-form continuations past 80 columns. */
static void fhead(const char *kw, const IrUnit *u, CgBuf *b)
{
	cg_buf_printf(b, "    %s %s(", kw, u->name);
	size_t col = 6 + strlen(kw) + strlen(u->name);
	for (int i = 0; i < u->nargs; i++) {
		const char *a = u->args[i]->name;
		if (u->args[i]->len_of)
			continue; /* a CHARACTER length: gfortran passes it without being told */
		if (i) {
			cg_buf_puts(b, ", ");
			col += 2;
		}
		if (col + strlen(a) > 78) {
			cg_buf_puts(b, "&\n        ");
			col = 8;
		}
		cg_buf_puts(b, a);
		col += strlen(a);
	}
	cg_buf_puts(b, ")\n");
}

static void fortran_comment(CgBuf *b, const char *text)
{
	while (text && *text) {
		const char *e = strchr(text, '\n');
		size_t n = e ? (size_t)(e - text) : strlen(text);
		cg_buf_puts(b, n ? "! " : "!");
		for (size_t i = 0; i < n; i++)
			cg_buf_putc(b, text[i]);
		cg_buf_putc(b, '\n');
		if (!e)
			break;
		text = e + 1;
	}
}

static void fortran_interface(Cg *cg, IrUnit *const *exported, int nexported, const GInfo *v, int n, CgBuf *b)
{
	const char *mod = cg->o.fortran_module ? cg->o.fortran_module : "stad_interface";
	if (cg->o.banner)
		fortran_comment(b, cg->o.banner);
	fortran_comment(b,
	                cg_sprintf(cg,
	                           "Explicit interfaces of the C routines for a gfortran caller (`use %s`): every argument\n"
	                           "by reference, as gfortran passes it. Compile this file with gfortran and link its object.",
	                           mod));
	/* the derivatives of module variables: module m_b, one per module */
	for (int i = 0; i < n; i++) {
		if (!v[i].primal || !v[i].module || !v[i].abi)
			continue;
		int first = 1;
		for (int k = 0; k < i; k++)
			first &= !(v[k].primal && v[k].module == v[i].module && v[k].abi);
		if (!first)
			continue;
		const char *dm = cg_deriv_module(cg, v[i].module);
		cg_buf_printf(b, "\n! derivatives of the variables of module %s\nmodule %s\n  implicit none\n", v[i].module->name,
		              dm);
		for (int k = i; k < n; k++)
			if (v[k].primal && v[k].module == v[i].module && v[k].abi)
				cg_buf_printf(b, "  %s :: %s\n", ftype(v[k].s->type), decl_with_bounds(cg, v[k].s));
		cg_buf_printf(b, "end module %s\n", dm);
	}
	cg_buf_printf(b, "\nmodule %s\n  implicit none\n", mod);
	/* the derivatives of COMMON blocks: every member of the derivative block, in order */
	for (int i = 0; i < n; i++) {
		if (!v[i].primal || !v[i].common || !v[i].abi)
			continue;
		int first = 1;
		for (int k = 0; k < i; k++)
			first &= v[k].common != v[i].common;
		if (!first)
			continue;
		const IrCommon *c = v[i].common;
		const IrVec *mv = deriv_block_slots(cg, c);
		cg_buf_printf(b, "  ! derivatives of the variables of %s (a variable without one keeps its slot)\n",
		              common_title(cg, v[i].primal->common));
		for (int k = 0; k < mv->n; k++) {
			const IrSym *m = mv->v[k];
			cg_buf_printf(b, "  %s :: %s\n", ftype(m->type), decl_with_bounds(cg, m));
		}
		cg_buf_printf(b, "  common /%s/ ", c->name);
		for (int k = 0; k < mv->n; k++)
			cg_buf_printf(b, "%s%s", k ? ", " : "", ((const IrSym *)mv->v[k])->name);
		cg_buf_putc(b, '\n');
	}
	cg_buf_puts(b, "  interface\n");
	for (int i = 0; i < nexported; i++) {
		const IrUnit *u = exported[i];
		if (u->kind != UNIT_SUBROUTINE && u->kind != UNIT_FUNCTION)
			continue;
		const char *kw = u->kind == UNIT_FUNCTION ? "function" : "subroutine";
		fhead(kw, u, b);
		cg_buf_puts(b, "      implicit none\n");
		for (int k = 0; k < u->nargs; k++)
			if (!u->args[k]->len_of) {
				fdummy(u, u->args[k], b);
				const char *usual = cg_renamed_deriv(cg, u, k);
				if (usual)
					cg_buf_printf(b, "      ! %s: the derivative of %s ('%s' is a name of this routine)\n",
					              u->args[k]->name, u->args[k - 1]->name, usual);
			}
		if (u->kind == UNIT_FUNCTION && u->result)
			cg_buf_printf(b, "      %s :: %s\n", ftype(u->result->type), u->name);
		cg_buf_printf(b, "    end %s %s\n", kw, u->name);
	}
	cg_buf_printf(b, "  end interface\nend module %s\n", mod);
}

/* ---------------------------------------------------------------- the files */

static void write_buf(FILE *f, const CgBuf *b)
{
	if (b->n)
		fwrite(b->s, 1, b->n, f);
}

static void unit_header_comment(const IrUnit *u, const char *argdoc, CgBuf *b)
{
	cg_buf_puts(b, "/* ");
	if (u->comment) {
		comment_line_text(b, u->comment, strlen(u->comment));
	} else {
		const char *k = u->kind == UNIT_FUNCTION ? "FUNCTION" : u->kind == UNIT_PROGRAM ? "PROGRAM" : "SUBROUTINE";
		cg_buf_printf(b, "primal of %s %s", k, u->name);
		if (u->loc.file)
			cg_buf_printf(b, " (%s:%d)", cg_base_name(u->loc.file), u->loc.line);
	}
	if (argdoc && *argdoc) {
		cg_buf_puts(b, "\n * Arguments, all by address: ");
		comment_line_text(b, argdoc, strlen(argdoc));
	}
	cg_buf_puts(b, " */\n");
}

static void header_file(Cg *cg, IrUnit *const *exported, int nexported, const GInfo *gv, int ng, const CgBuf *externs, CgBuf *b)
{
	CgBuf guard = {0};
	const char *gsrc = cg->o.header_name;
	if (!gsrc)
		gsrc = nexported ? cg_map_get(&cg->unit_cname, exported[0]) : "stad_out";
	for (const char *p = cg_base_name(gsrc); *p; p++)
		cg_buf_putc(&guard, isalnum((unsigned char)*p) ? (char)toupper((unsigned char)*p) : '_');
	if (!cg->o.header_name)
		cg_buf_puts(&guard, "_H");
	const char *g = cg_buf_str(&guard);
	banner(b, cg->o.banner);
	cg_buf_printf(b, "#ifndef %s%s\n#define %s%s\n", isdigit((unsigned char)g[0]) ? "H_" : "", g,
	              isdigit((unsigned char)g[0]) ? "H_" : "", g);
	if (ng) {
		CgBuf r = {0};
		global_report(cg, gv, ng, " * ", &r);
		cg_buf_puts(b, "\n/*\n");
		comment_line_text(b, cg_buf_str(&r), r.n);
		cg_buf_puts(b, " */\n");
		cg_buf_free(&r);
	}
	for (int i = 0; i < nexported; i++) {
		const IrUnit *u = exported[i];
		if (u->kind == UNIT_PROGRAM || u->kind == UNIT_MODULE)
			continue;
		if (strstr(cg_unit_sig(cg, u), "int64_t") && !strstr(b->n ? cg_buf_str(b) : "", "<stdint.h>"))
			cg_buf_puts(b, "\n#include <stdint.h> /* INTEGER(8) arguments are int64_t */\n");
		cg_buf_putc(b, '\n');
		unit_header_comment(u, cg_map_get(&cg->unit_argdoc, u), b);
		cg_buf_printf(b, "%s;\n", cg_unit_sig(cg, u));
	}
	if (externs->n) {
		cg_buf_puts(b, "\n/*\n * The code calls these routines, which it does not define: link them.\n");
		for (const char *p = cg_buf_str(externs); *p;) {
			size_t n = strcspn(p, "\n");
			cg_buf_printf(b, " *   %.*s\n", (int)n, p);
			p += n + (p[n] != 0);
		}
		cg_buf_puts(b, " */\n");
	}
	cg_buf_puts(b, "\n#endif\n");
	cg_buf_free(&guard);
}

/* Append the text of units [a, b) (their offsets in defs: start) to f, without the blank line
 * that separates the last from the next. */
static void part_units(const CgBuf *defs, const size_t *start, int a, int b, CgBuf *f)
{
	size_t from = start[a], to = start[b];
	while (to > from + 1 && defs->s[to - 1] == '\n' && defs->s[to - 2] == '\n')
		to--;
	if (to > from)
		cg_buf_putn(f, defs->s + from, to - from);
}

/* --split: the shared header (what `out` holds after the banner: the includes; then helpers,
 * PARAMETERs and variable declarations, routines without source, every routine's prototype) and
 * the parts, the routines in order cut where the text reaches k/N of the whole, the first part
 * with the variables' definitions. */
static void emit_parts(Cg *cg, const CgBuf *out, size_t nbanner, const CgBuf *helpers, const CgBuf *vars, const CgBuf *externs,
                       const CgBuf *protos, const CgBuf *defs, const size_t *start)
{
	const char *hname = cg->o.parts_header_name ? cg->o.parts_header_name : "parts.h";
	CgBuf guard = {0};
	cg_buf_puts(&guard, "STAD_");
	for (const char *q = hname; *q; q++)
		cg_buf_putc(&guard, isalnum((unsigned char)*q) ? (char)toupper((unsigned char)*q) : '_');
	CgBuf hb = {0};
	banner(&hb, cg->o.banner);
	cg_buf_printf(&hb, "%s/* What the %d parts of the generated code share (--split). */\n\n#ifndef %s\n#define %s\n",
	              hb.n ? "\n" : "", cg->o.nparts, cg_buf_str(&guard), cg_buf_str(&guard));
	if (out->n > nbanner) {
		cg_buf_putc(&hb, '\n');
		cg_buf_putn(&hb, out->s + nbanner, out->n - nbanner);
	}
	const CgBuf *shared[] = {helpers, cg->split_hdr, externs, protos};
	for (size_t i = 0; i < sizeof shared / sizeof shared[0]; i++) {
		if (!shared[i]->n)
			continue;
		cg_buf_putc(&hb, '\n');
		cg_buf_append(&hb, shared[i]);
	}
	cg_buf_printf(&hb, "\n#endif\n");
	if (cg->o.parts_header)
		write_buf(cg->o.parts_header, &hb);
	cg_buf_free(&hb);
	cg_buf_free(&guard);

	int n = cg->units.n, a = 0;
	size_t total = start[n];
	for (int k = 0; k < cg->o.nparts; k++) {
		int b = a;
		/* a unit goes to the part its text's middle falls in */
		while (b < n &&
		       (k == cg->o.nparts - 1 ||
		        (start[b] + (start[b + 1] - start[b]) / 2) * (size_t)cg->o.nparts < total * (size_t)(k + 1)))
			b++;
		CgBuf f = {0};
		banner(&f, cg->o.banner);
		cg_buf_printf(&f, "%s/* Part %d of %d (--split); %s declares what the parts share. */\n\n#include \"%s\"\n",
		              f.n ? "\n" : "", k + 1, cg->o.nparts, hname, hname);
		if (k == 0 && vars->n) {
			cg_buf_putc(&f, '\n');
			cg_buf_append(&f, vars);
		}
		if (b > a && start[b] > start[a]) {
			cg_buf_putc(&f, '\n');
			part_units(defs, start, a, b, &f);
		}
		write_buf(cg->o.parts[k], &f);
		cg_buf_free(&f);
		a = b;
	}
}

int cg_emit(FILE *c, FILE *h, const IrProgram *p, IrUnit *const *exported, int nexported, const CgOptions *o)
{
	assert(c && p && (exported || !nexported));
	Cg cg = {0};
	cg.p = p;
	if (o)
		cg.o = *o;
	assert(c || cg.o.nparts > 0);
	CgBuf split_hdr = {0};
	if (cg.o.nparts > 0)
		cg.split_hdr = &split_hdr;

	/* the units to emit, callees first */
	CgMap state = {0};
	for (int i = 0; i < nexported; i++) {
		const IrUnit *u = exported[i];
		if (u->kind == UNIT_MODULE) {
			cg_problem(&cg, u->loc, "a MODULE cannot be exported as a routine");
			continue;
		}
		cg_map_put(&cg.exported, u, (void *)1);
		visit_unit(&cg, &state, u);
	}
	cg_map_free(&state);

	/* names: exported ones are fixed (drivers call them), static ones avoid them */
	for (int i = 0; i < cg.units.n; i++) {
		const IrUnit *u = cg.units.v[i];
		if (!cg_map_get(&cg.exported, u))
			continue;
		char buf[512];
		cg_unit_cname(u, o, buf, sizeof buf);
		if (ir_names_has(&cg.global_taken, buf))
			cg_problem(&cg, u->loc, "two exported routines would both be called '%s' in C", buf);
		ir_names_add(&cg.global_taken, buf);
		cg_map_put(&cg.unit_cname, u, cg_strdup(&cg, buf));
	}
	/* with fortran_abi, COMMON blocks have gfortran's names, which nothing else may take */
	for (int i = 0; cg.o.fortran_abi && i < p->commons.n; i++) {
		const IrCommon *cb = p->commons.v[i];
		const char *bn = cg_common_cname(&cg, cb->name);
		if (ir_names_has(&cg.global_taken, bn))
			cg_problem(&cg, cb->loc,
			           "two COMMON blocks would both be '%s' (a derivative block and a block of the source?)", bn);
		ir_names_add(&cg.global_taken, bn);
	}
	/* routines without source keep their names (plus '_' for gfortran's): the user links them */
	for (int i = 0; i < cg.units.n; i++) {
		const IrUnit *u = cg.units.v[i];
		if (!u->ext)
			continue;
		const IrExternal *x = u->ext->primal ? u->ext->primal->ext : u->ext;
		int fortran = x->fortran || (!x->described && cg.o.fortran_abi);
		const char *name = cg_sprintf(&cg, "%s%s", u->name, fortran ? "_" : "");
		if (ir_names_has(&cg.global_taken, name))
			cg_problem(&cg, u->loc, "'%s', a routine without source, has the C name of an exported routine", name);
		ir_names_add(&cg.global_taken, name);
		cg_map_put(&cg.unit_cname, u, (void *)name);
	}
	for (int i = 0; i < cg.units.n; i++) {
		const IrUnit *u = cg.units.v[i];
		if (!cg_map_get(&cg.exported, u) && !u->ext) {
			/* --split: shared between the parts, prefixed with the output's stem */
			const char *base = cg.split_hdr && cg.o.prefix ? cg_sprintf(&cg, "%s%s", cg.o.prefix, u->name) : u->name;
			cg_map_put(&cg.unit_cname, u, (void *)cg_unique(&cg, &cg.global_taken, base));
		}
	}

	/* the routines; where each one's text starts in defs (--split) */
	CgBuf defs = {0};
	CgMap used = {0}; /* canonical globals some routine prints */
	size_t *start = malloc(((size_t)cg.units.n + 1) * sizeof *start);
	if (!start)
		abort();
	for (int i = 0, any = 0; i < cg.units.n; i++) {
		const IrUnit *u = cg.units.v[i];
		if (any && !u->ext)
			cg_buf_putc(&defs, '\n');
		any |= !u->ext;
		start[i] = defs.n;
		int io = cg.use_io, rng = cg.helper_used[CG_H_RNG];
		cg_unit(&cg, u, &defs);
		/* the I/O helper's open units and RANDOM_NUMBER's state are one C file's statics */
		if (cg.split_hdr && !cg.refused && (cg.use_io > io || cg.helper_used[CG_H_RNG] > rng)) {
			ir_error(
			        u->loc,
			        "--split: '%s' %s, whose state the generated code keeps in one C file; generate it without --split",
			        u->name,
			        cg.use_io > io ? "does formatted I/O (OPEN, READ, WRITE with a format)"
			                       : "calls RANDOM_NUMBER or RANDOM_SEED");
			cg.refused = 1;
		}
	}
	start[cg.units.n] = defs.n;
	for (int i = 0; i < cg.globals.n; i++) {
		const IrSym *s = cg.globals.v[i];
		if (cg_map_get(&cg.global_used, s))
			cg_map_put(&used, s, (void *)1);
	}

	/* INTEGER(8) is int64_t wherever it appears: routines, their helpers, file-scope variables */
	if (strstr(cg_buf_str(&defs), "int64_t"))
		cg.use_stdint = 1;
	for (int k = CG_H_MAX_L; k <= CG_H_POWL_D; k++)
		cg.use_stdint |= cg.helper_used[k];
	cg.use_stdint |= cg.helper_used[CG_H_EXP_TANH];
	for (int i = 0; i < cg.globals.n; i++)
		if (((const IrSym *)cg.globals.v[i])->type == TY_INT8 && cg_map_get(&used, cg.globals.v[i]))
			cg.use_stdint = 1;

	/* assemble the .c file */
	CgBuf out = {0};
	banner(&out, cg.o.banner);
	if (out.n)
		cg_buf_putc(&out, '\n');
	size_t nbanner = out.n;
	gcc_guard(&out);
	int includes = 0;
	if (cg.use_io)
		cg_buf_puts(&out, "#include <errno.h>\n"), includes++;
	if (cg.use_math)
		cg_buf_puts(&out, "#include <math.h>\n"), includes++;
	if (cg.use_stdint)
		cg_buf_puts(&out, "#include <stdint.h>\n"), includes++;
	if (cg.use_stdio)
		cg_buf_puts(&out, "#include <stdio.h>\n"), includes++;
	if (cg.use_stdlib)
		cg_buf_puts(&out, "#include <stdlib.h>\n"), includes++;
	if (cg.use_string)
		cg_buf_puts(&out, "#include <string.h>\n"), includes++;
	if (cg.use_time)
		cg_buf_puts(&out, "#include <time.h>\n"), includes++;
	if (cg.o.uses_runtime || cg.o.header_name) {
		if (includes)
			cg_buf_putc(&out, '\n');
		if (cg.o.uses_runtime)
			cg_buf_puts(&out, "#include \"stad_rt.h\"\n");
		if (cg.o.header_name)
			cg_buf_printf(&out, "#include \"%s\"\n", cg.o.header_name);
		includes++;
	}
	CgBuf helpers = {0}, vars = {0}, protos = {0};
	cg_helpers(&cg, &helpers);
	cg_io_helper(&cg, &helpers);
	globals(&cg, &used, &vars);
	if (cg.abi_globals) {
		CgBuf w = {0};
		cg_buf_puts(&w,
		            "/* Module and COMMON variables are the Fortran program's own: gfortran's names and layout.\n"
		            " * These weak definitions give them storage when no Fortran object file defines them\n"
		            " * (without __attribute__((weak)) they are plain definitions: link no Fortran object that\n"
		            " * defines them too). */\n"
		            "#if defined(__GNUC__)\n#define STAD_FORTRAN_GLOBAL __attribute__((weak))\n#else\n"
		            "#define STAD_FORTRAN_GLOBAL\n#endif\n\n");
		CgBuf *into = cg.split_hdr ? cg.split_hdr : &vars; /* --split: the definitions are in the shared header */
		cg_buf_append(&w, into);
		cg_buf_free(into);
		*into = w;
	}
	GInfo *gv = NULL;
	int ng = global_infos(&cg, &used, &gv);
	CgBuf externs = {0}, extlist = {0};
	for (int i = 0; i < cg.units.n; i++) {
		const IrUnit *u = cg.units.v[i];
		if (u->ext)
			cg_buf_printf(&externs, "%s;\n", cg_unit_sig(&cg, u));
		else if (!cg_map_get(&cg.exported, u))
			cg_buf_printf(&protos, "%s%s;\n", cg.split_hdr ? "" : "static ", cg_unit_sig(&cg, u));
	}
	cg_buf_append(&extlist, &externs);
	if (externs.n) {
		CgBuf e = {0};
		cg_buf_puts(&e,
		            "/* Routines whose source stad does not have (--lib, !$AD EXTERNAL PASSIVE), defined elsewhere:\n"
		            " * the primal, and the user's tangent (_d) and adjoint (_b) of an active one (README). */\n");
		cg_buf_append(&e, &externs);
		cg_buf_free(&externs);
		externs = e;
	}
	if (cg.split_hdr) {
		if (!cg.refused)
			emit_parts(&cg, &out, nbanner, &helpers, &vars, &externs, &protos, &defs, start);
	} else {
		/* written part by part: the routines' text is not copied once more */
		write_buf(c, &out);
		const CgBuf *parts[] = {&helpers, &vars, &externs, &protos, &defs};
		int any = includes > 0;
		for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
			if (!parts[i]->n)
				continue;
			if (any)
				fputc('\n', c);
			write_buf(c, parts[i]);
			any = 1;
		}
	}

	if (h) {
		CgBuf hb = {0};
		header_file(&cg, exported, nexported, gv, ng, &extlist, &hb);
		write_buf(h, &hb);
		cg_buf_free(&hb);
	}
	if (cg.o.report && ng && !cg.refused) {
		/* one line by default (the header lists them all); the whole list when asked (not after
		 * a refusal: no header is written then) */
		CgBuf r = {0};
		if (cg.o.report_all)
			global_report(&cg, gv, ng, "stad: note: ", &r);
		else
			cg_buf_printf(&r, "stad: note: the code reads or writes %d module/COMMON variable%s, %s (listed in %s)\n",
			              ng, ng == 1 ? "" : "s",
			              cg.o.fortran_abi ? "shared with the Fortran program (--fortran-abi)"
			                               : "as private copies a caller cannot set (--fortran-abi shares them)",
			              cg.o.header_name ? cg.o.header_name : "the header");
		write_buf(cg.o.report, &r);
		cg_buf_free(&r);
	}
	if (cg.o.report && extlist.n) {
		/* the prototypes the user's routines must have */
		CgBuf r = {0};
		cg_buf_puts(&r, "stad: note: the code calls routines whose source stad does not have; link them:\n");
		for (const char *q = cg_buf_str(&extlist); *q;) {
			size_t n = strcspn(q, "\n");
			cg_buf_printf(&r, "    %.*s\n", (int)n, q);
			q += n + (q[n] != 0);
		}
		write_buf(cg.o.report, &r);
		cg_buf_free(&r);
	}
	cg_buf_free(&extlist);
	if (cg.o.fortran) {
		CgBuf f = {0};
		fortran_interface(&cg, exported, nexported, gv, ng, &f);
		write_buf(cg.o.fortran, &f);
		cg_buf_free(&f);
	}
	free(gv);

	cg_buf_free(&out);
	cg_buf_free(&helpers);
	cg_buf_free(&vars);
	cg_buf_free(&protos);
	cg_buf_free(&externs);
	cg_buf_free(&defs);
	cg_map_free(&used);
	cg_map_free(&cg.unit_cname);
	cg_map_free(&cg.unit_sig);
	cg_map_free(&cg.unit_argdoc);
	for (int i = 0; i < cg.units.n; i++)
		free(cg_map_get(&cg.arg_flags, cg.units.v[i]));
	cg_map_free(&cg.arg_flags);
	cg_map_free(&cg.exported);
	cg_map_free(&cg.global_name);
	cg_map_free(&cg.global_used);
	cg_map_free(&cg.global_read);
	cg_map_free(&cg.deriv_slots);
	cg_map_free(&cg.global_written);
	ir_names_free(&cg.global_taken);
	cg_list_free(&cg.globals);
	cg_list_free(&cg.units);
	for (int i = 0; i < cg.pool.n; i++)
		free(cg.pool.v[i]);
	cg_list_free(&cg.pool);
	cg_buf_free(&split_hdr);
	free(start);
	return cg.refused ? -1 : cg.problems;
}
