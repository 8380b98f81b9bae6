/*
 * ad.c — the derivative's passes (ad_begin, ad_pass_*, ad_after, ad_end; pl_translate in
 * pipeline/pipeline.c lists them) and what every transformation shares: the head
 * specification, derivative symbols, and generated routines' signatures.
 *
 *   head spec → canonicalize → head's names → read/write sets → activity → derivative symbols
 *   → (reverse) sites → TBR → tangent (name_d) or reverse (name_fwd, name_bwd, name_b)
 *   → result for the backend
 */
#include "ad_int.h"
#include "rev_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- head specification */

/* Splits "a, b c" into names; returns count. */
static int split_names(IrArena *a, const char *s, size_t n, const char ***out)
{
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)s[i]) && s[i] != '_' && s[i] != '%' && s[i] != ',' && s[i] != ' ' && s[i] != '\t')
			return -1;
	const char **v = ir_alloc(a, sizeof *v * (n + 1));
	int k = 0;
	size_t i = 0;
	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == ',' || s[i] == '\t'))
			i++;
		size_t j = i;
		while (j < n && s[j] != ' ' && s[j] != ',' && s[j] != '\t')
			j++;
		if (j > i)
			v[k++] = ir_strlower(a, ir_strndup(a, s + i, j - i));
		i = j;
	}
	*out = v;
	return k;
}

typedef struct HeadSpec {
	const char *name;
	const char **deps, **indeps;
	int ndeps, nindeps;
	int has_deps, has_indeps;
} HeadSpec;

static int parse_head(IrArena *a, const char *spec, HeadSpec *h)
{
	memset(h, 0, sizeof *h);
	const char *p = spec;
	while (isspace((unsigned char)*p))
		p++;
	const char *n0 = p;
	while (*p && (isalnum((unsigned char)*p) || *p == '_'))
		p++;
	if (p == n0)
		return 0;
	h->name = ir_strlower(a, ir_strndup(a, n0, (size_t)(p - n0)));
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '(') {
		const char *c = strchr(p, ')');
		if (!c)
			return 0;
		h->ndeps = split_names(a, p + 1, (size_t)(c - p - 1), &h->deps);
		if (h->ndeps < 0)
			return 0;
		h->has_deps = 1;
		p = c + 1;
		while (isspace((unsigned char)*p))
			p++;
	}
	if (*p == '/') {
		p++;
		while (isspace((unsigned char)*p))
			p++;
		if (*p != '(')
			return 0;
		const char *c = strchr(p, ')');
		if (!c)
			return 0;
		h->nindeps = split_names(a, p + 1, (size_t)(c - p - 1), &h->indeps);
		if (h->nindeps < 0)
			return 0;
		h->has_indeps = 1;
		p = c + 1;
	}
	while (isspace((unsigned char)*p))
		p++;
	return *p == 0;
}

/* ---------------------------------------------------------------- derivative symbols */

IrSym *ad_dsym(const Ad *ad, IrSym *s)
{
	s = ad_canon(s);
	if (s->id >= 0 && s->id < ad->ndmap)
		return ad->dmap[s->id];
	return NULL;
}

int ad_head_zeroes(const Ad *ad, const IrSym *d)
{
	if (d->kind != SYM_MODULE && d->kind != SYM_COMMON)
		return 0;
	return !ad->req->caller_globals || (ad->saved && d->owner == ad->saved);
}

static int refers_to(const IrExpr *e, const void *canon)
{
	return e->kind == IR_VAR && ad_canon(e->u.var.sym) == canon;
}

int ad_expr_refers(const IrExpr *e, const IrSym *s)
{
	return ir_expr_any(e, refers_to, ad_canon((IrSym *)s));
}

int ad_has_darg(const Ad *ad, const IrUnit *u, int k)
{
	if (u->ext) /* as its description says (the user's NAME_d and NAME_b) */
		return !u->ext->passive && u->ext->darg && u->ext->darg[k] && ir_base_is_real(u->args[k]->type);
	if (!ad_active(ad, u->args[k]))
		return 0;
	if (ad_info(u)->is_head)
		return ad->named[k];
	return 1;
}

const char *ad_unit_name(Ad *ad, const IrUnit *u, const char *suffix)
{
	const char *n = ir_sprintf(ad->a, "%s%s", u->name, suffix);
	for (int k = 0;; k++) {
		if (!ad_unit_name_taken(ad, n))
			return n;
		n = ir_sprintf(ad->a, "%s%s%d", u->name, suffix, k);
	}
}

static IrSym *make_dsym(Ad *ad, IrUnit *owner_for_names, IrSym *s, IrSymKind kind)
{
	IrSym *d = ir_alloc(ad->a, sizeof *d);
	*d = *s;
	d->name = ad_fresh_name(ad, owner_for_names, ir_sprintf(ad->a, "%s%s", s->name, ad->suffix));
	d->kind = kind;
	d->init = NULL; /* a derivative starts at zero, whatever the primal's initial values */
	d->inits = NULL;
	d->ninits = 0;
	d->is_save = 0;
	d->intent = INTENT_NONE;
	d->origin = s;
	d->deriv = 1;
	d->implicit = 0;
	d->aux = NULL;
	d->id = ad->p->nsyms++;
	return d;
}

static void make_dsyms(Ad *ad)
{
	int n0 = ad->p->nsyms;
	IrSym **tmp = calloc((size_t)n0 + 1, sizeof *tmp);
	/* globals: module variables (incl. moved SAVE locals) and COMMON members */
	for (int i = 0; i < ad->p->units.n; i++) {
		IrUnit *m = ad->p->units.v[i];
		if (m->kind != UNIT_MODULE)
			continue;
		int nsyms = m->syms.n;
		for (int k = 0; k < nsyms; k++) {
			IrSym *s = m->syms.v[k];
			if (s->kind != SYM_MODULE || !ad_active(ad, s))
				continue;
			IrSym *d = make_dsym(ad, m, s, SYM_MODULE);
			d->owner = m;
			d->is_save = 1;
			ir_vec_push(ad->a, &m->syms, d);
			tmp[s->id] = d;
		}
	}
	int ncommons = ad->p->commons.n;
	for (int i = 0; i < ncommons; i++) {
		IrCommon *c = ad->p->commons.v[i];
		IrCommon *dc = NULL;
		for (int k = 0; k < c->members.n; k++) {
			IrSym *s = c->members.v[k];
			if (!ad_active(ad, s))
				continue;
			if (!dc) {
				dc = ir_alloc(ad->a, sizeof *dc);
				dc->name = ir_sprintf(ad->a, "%s_%s", c->name[0] ? c->name : "blank", ad->suffix);
				dc->loc = c->loc;
				ir_vec_push(ad->a, &ad->p->commons, dc);
			}
			IrSym *d = make_dsym(ad, ad->head, s, SYM_COMMON);
			d->name = ir_sprintf(ad->a, "%s%s", s->name, ad->suffix);
			d->common = dc->name;
			d->origin = d;
			d->owner = NULL;
			ir_vec_push(ad->a, &dc->members, d);
			tmp[s->id] = d;
		}
	}
	/* locals and arguments of every routine of the tree */
	for (int i = 0; i < ad->units.n; i++) {
		IrUnit *u = ad->units.v[i];
		for (int k = 0; k < u->syms.n; k++) {
			IrSym *s = u->syms.v[k];
			if (ad_is_global(s) || !ad_active(ad, s))
				continue;
			IrSymKind kind = SYM_LOCAL;
			if (s->kind == SYM_ARG && ad_has_darg(ad, u, s->argpos))
				kind = SYM_ARG;
			IrSym *d = make_dsym(ad, u, s, kind);
			d->owner = NULL;
			if (kind == SYM_LOCAL && s->rank && !s->dims[s->rank - 1].hi) {
				ir_error(s->loc,
				         "'%s' has assumed size, so its derivative cannot be a local array; name it in --head "
				         "or declare its size",
				         s->name);
			}
			/* the name must not clash with the routine's other names either */
			ir_vec_push(ad->a, &u->syms, d);
			d->owner = u;
			tmp[s->id] = d;
		}
	}
	/* derivative symbols were pushed into their units only to reserve their names */
	for (int i = 0; i < ad->units.n; i++) {
		IrUnit *u = ad->units.v[i];
		IrVec keep = {0};
		for (int k = 0; k < u->syms.n; k++) {
			IrSym *s = u->syms.v[k];
			if (s->id < n0)
				ir_vec_push(ad->a, &keep, s);
			else
				s->owner = NULL;
		}
		u->syms = keep;
	}
	ad->ndmap = n0;
	ad->dmap = ir_alloc(ad->a, sizeof *ad->dmap * (size_t)(n0 + 1));
	memcpy(ad->dmap, tmp, sizeof *tmp * (size_t)n0);
	free(tmp);
}

IrExpr *ad_dref(void *vad, const IrExpr *var)
{
	Ad *ad = vad;
	IrSym *d = ad_dsym(ad, var->u.var.sym);
	if (!d) {
		/* activity guarantees a derivative for every active reference */
		ir_error(var->loc, "internal: no derivative for '%s'", var->u.var.sym->name);
		return ir_expr_copy(ad->a, var);
	}
	IrExpr *e = ir_expr_copy(ad->a, var);
	e->u.var.sym = d;
	e->type = d->type;
	return e;
}

void ad_alloc_deriv(Ad *ad, const IrStmt *s, IrRtKind kind, IrBlock *out)
{
	IrSym *d = ad_dsym(ad, s->u.rt.e->u.var.sym);
	if (!d)
		return;
	IrStmt *z = ir_stmt_new(ad->a, IR_RT, s->loc);
	z->u.rt.kind = kind;
	z->u.rt.e = ir_var(ad->a, d, NULL, 0, s->loc);
	ir_block_add(ad->a, out, z);
}

void ad_zero_dlocals(Ad *ad, IrUnit *src, IrBlock *out)
{
	for (int k = 0; k < src->syms.n; k++) {
		IrSym *s = src->syms.v[k];
		IrSym *d = ad_is_global(s) ? NULL : ad_dsym(ad, s);
		/* an allocatable's is zeroed when allocated; an omitted OPTIONAL's is passed as NULL */
		if (!d || d->kind != SYM_LOCAL || d->allocatable || d->absent)
			continue;
		IrStmt *z = ir_stmt_new(ad->a, IR_RT, src->loc);
		z->u.rt.kind = RT_ZERO;
		z->u.rt.e = ir_var(ad->a, d, NULL, 0, src->loc);
		ir_block_add(ad->a, out, z);
	}
}

void ad_build_signature(Ad *ad, IrUnit *src, IrUnit *dst, SymMap *m, int with_derivs)
{
	IrVec args = {0};
	for (int k = 0; k < src->nargs; k++) {
		IrSym *c = ad_clone_sym(ad, m, dst, src->args[k]);
		ir_vec_push(ad->a, &args, c);
		if (with_derivs && ad_has_darg(ad, src, k)) {
			IrSym *d = ad_clone_sym(ad, m, dst, ad_dsym(ad, src->args[k]));
			d->kind = SYM_ARG;
			ir_vec_push(ad->a, &args, d);
		}
	}
	for (int k = 0; k < src->syms.n; k++) {
		IrSym *s = src->syms.v[k];
		if (s->kind == SYM_ARG)
			continue;
		ad_clone_sym(ad, m, dst, s);
	}
	if (with_derivs)
		for (int k = 0; k < src->syms.n; k++) {
			IrSym *s = src->syms.v[k];
			IrSym *d = ad_is_global(s) ? NULL : ad_dsym(ad, s);
			if (d && d->kind == SYM_LOCAL)
				ad_clone_sym(ad, m, dst, d);
		}
	dst->nargs = args.n;
	dst->args = (IrSym **)args.v;
	dst->argnames = ir_alloc(ad->a, sizeof(char *) * (size_t)(args.n + 1));
	for (int k = 0; k < args.n; k++) {
		dst->args[k]->argpos = k;
		dst->args[k]->kind = SYM_ARG;
		dst->argnames[k] = dst->args[k]->name;
	}
	ad_subst_dims(ad, m, dst);
	dst->implicit_none = 1;
}

/* ---------------------------------------------------------------- pipeline */

/* The routine --head names; NULL (reported) when there is none, or several (module procedures
 * of one name in different modules: each module's own). */
static IrUnit *find_routine(IrProgram *p, const char *name)
{
	IrUnit *found = NULL;
	for (int i = 0; i < p->allunits.n; i++) {
		IrUnit *u = p->allunits.v[i];
		if ((u->kind != UNIT_SUBROUTINE && u->kind != UNIT_FUNCTION) || strcmp(u->name, name) != 0 || u->ext || u->host)
			continue;
		if (found) {
			fprintf(stderr,
			        "stad: error: --head names '%s', which more than one module defines (%s and %s): rename the one "
			        "to differentiate\n",
			        name, found->parent ? found->parent->name : "an external procedure",
			        u->parent ? u->parent->name : "an external procedure");
			return NULL;
		}
		found = u;
	}
	for (int i = 0; i < p->allunits.n && !found; i++) {
		const IrUnit *u = p->allunits.v[i];
		if (u->host && !strcmp(u->local_name, name)) {
			ir_error(u->loc,
			         "--head names '%s', an internal procedure of '%s': the head must be an external or module "
			         "procedure (move '%s' out of the CONTAINS of '%s' and pass it what it uses of its host)",
			         name, u->host->name, name, u->host->name);
			return NULL;
		}
	}
	if (!found)
		fprintf(stderr, "stad: error: --head names '%s', which is not a subroutine or function in the given files\n",
		        name);
	return found;
}

/* ---------------------------------------------------------------- aliasing and `restrict`
 *
 * The generated C marks a written array argument `restrict`, which promises the compiler that
 * nothing else reaches that storage while the routine runs. Fortran makes the promise for the
 * primal where it writes, but the derivative code writes where the primal only reads: a routine
 * that receives one array through two dummies, or a module/COMMON array that it also reads by
 * name, writes the same derivative storage through both paths. So each dummy carries the set of
 * variables it may be (a caller's global or local, followed through the caller's own dummies,
 * callers first), and a routine drops `restrict` when two of its dummies, one an array, may be
 * the same variable, or an array dummy may be a global the routine (or its callees) reads or
 * writes by name. */

/* Adds s to the set v; 1 if it was not there. */
static int alias_add(IrArena *a, IrVec *v, IrSym *s)
{
	for (int i = 0; i < v->n; i++)
		if (v->v[i] == s)
			return 0;
	ir_vec_push(a, v, s);
	return 1;
}

static int alias_meet(const IrVec *x, const IrVec *y)
{
	for (int i = 0; i < x->n; i++)
		for (int j = 0; j < y->n; j++)
			if (x->v[i] == y->v[j])
				return 1;
	return 0;
}

/* Does the unit read or write a module or COMMON array by name (or through its callees)? */
static int uses_global_array(Ad *ad, const UnitInfo *ui)
{
	for (int i = 0; i < ad->p->units.n; i++) {
		IrUnit *m = ad->p->units.v[i];
		if (m->kind == UNIT_MODULE)
			for (int k = 0; k < m->syms.n; k++) {
				IrSym *s = m->syms.v[k];
				if (s->kind == SYM_MODULE && s->rank &&
				    (ad_bits_get(ui->reads, s->id) || ad_bits_get(ui->writes, s->id)))
					return 1;
			}
	}
	for (int c = 0; c < ad->p->commons.n; c++) {
		IrCommon *cb = ad->p->commons.v[c];
		for (int k = 0; k < cb->members.n; k++) {
			IrSym *s = cb->members.v[k];
			if (s->rank && (ad_bits_get(ui->reads, s->id) || ad_bits_get(ui->writes, s->id)))
				return 1;
		}
	}
	return 0;
}

/* Under --fortran-abi the head's caller is a Fortran program that may give it, as a dummy, part of a
 * module or COMMON variable the head (or a routine it calls) also uses by name: `call hd_b(g(2),
 * ...)` where hd reads g. The derivative takes the dummy and g as two variables (the change of g
 * through the dummy is not followed), so it is wrong; the caller's actuals are not seen here. The
 * exported derivative checks at entry that no dummy it differentiates or changes starts inside
 * such a variable, and stops with a located message when one does (RT_ABI_ALIAS). */
void ad_abi_alias_checks(Ad *ad, IrUnit *u, IrBlock *out)
{
	if (!ad->req->caller_globals)
		return;
	UnitInfo *ui = ad_info(u);
	IrVec g = {0};
	for (int i = 0; i < ad->p->units.n; i++) {
		IrUnit *m = ad->p->units.v[i];
		for (int k = 0; m->kind == UNIT_MODULE && k < m->syms.n; k++) {
			IrSym *s = m->syms.v[k];
			if (s->kind == SYM_MODULE && !s->allocatable && !s->alloc_of && s->type != TY_CHAR &&
			    s->type != TY_NONE && (ad_bits_get(ui->reads, s->id) || ad_bits_get(ui->writes, s->id)))
				ir_vec_push(ad->a, &g, s);
		}
	}
	for (int c = 0; c < ad->p->commons.n; c++) {
		IrCommon *cb = ad->p->commons.v[c];
		for (int k = 0; k < cb->members.n; k++) {
			IrSym *s = cb->members.v[k];
			if (s->type != TY_CHAR && s->type != TY_NONE &&
			    (ad_bits_get(ui->reads, s->id) || ad_bits_get(ui->writes, s->id)))
				ir_vec_push(ad->a, &g, s);
		}
	}
	if (!g.n)
		return;
	for (int k = 0; k < u->nargs; k++) {
		IrSym *d = u->args[k];
		if (!d || d->type == TY_CHAR || d->type == TY_NONE || d->by_value || d->kind != SYM_ARG ||
		    (!ad_has_darg(ad, u, k) && !ad_bits_get(ui->writes, ad_canon(d)->id)))
			continue;
		IrStmt *st = ir_stmt_new(ad->a, IR_RT, u->loc);
		st->u.rt.kind = RT_ABI_ALIAS;
		st->u.rt.nvars = g.n + 1;
		st->u.rt.vars = ir_alloc(ad->a, sizeof(IrSym *) * (size_t)(g.n + 1));
		st->u.rt.vars[0] = d;
		for (int i = 0; i < g.n; i++)
			st->u.rt.vars[i + 1] = g.v[i];
		st->u.rt.text = ir_sprintf(ad->a,
		        "%s:%d:%d: error: argument '%s' of %s overlaps '@', which %s also uses by name (--fortran-abi): "
		        "the derivative takes them as two variables and would be wrong; pass a copy in a local variable "
		        "(and copy it back)",
		        u->loc.file, u->loc.line, u->loc.col, d->name, u->name, u->name);
		ir_block_add(ad->a, out, st);
	}
}

static void pair_add(Ad *ad, UnitInfo *qi, int x, int y)
{
	for (int i = 0; i < qi->nalias; i++)
		if ((qi->alias_ids[2 * i] == x && qi->alias_ids[2 * i + 1] == y) ||
		    (qi->alias_ids[2 * i] == y && qi->alias_ids[2 * i + 1] == x))
			return;
	int *v = ir_alloc(ad->a, sizeof(int) * (size_t)(2 * qi->nalias + 2));
	if (qi->nalias)
		memcpy(v, qi->alias_ids, sizeof(int) * (size_t)(2 * qi->nalias));
	v[2 * qi->nalias] = x;
	v[2 * qi->nalias + 1] = y;
	qi->alias_ids = v;
	qi->nalias++;
}

/* The storage the reverse mode's analyses (tbr.c) take as one: a dummy and a module or COMMON
 * variable it may be that the routine, or a routine it calls, uses by name; two dummies that may
 * be one variable (an internal procedure's dummy and the host variable it reaches by host
 * association, two elements of one array). Fortran forbids changing one while the other is
 * referenced, but F77 codes pass a COMMON array down to routines that read the block by name: a
 * write through one name must save what an adjoint reads through the other, or the gradient
 * depends on the checkpoint configuration (s18 trial B, F13). */
static void alias_pairs(Ad *ad, IrUnit *q, IrVec *alias)
{
	UnitInfo *qi = ad_info(q);
	if (qi->is_head)
		return;
	for (int x = 0; x < q->nargs; x++) {
		IrSym *dx = q->args[x];
		if (!dx)
			continue;
		for (int t = 0; t < alias[x].n; t++) {
			IrSym *g = alias[x].v[t];
			if (ad_is_global(g) && (ad_bits_get(qi->reads, g->id) || ad_bits_get(qi->writes, g->id)))
				pair_add(ad, qi, dx->id, g->id);
		}
	}
}

static int pair_has(const UnitInfo *ui, int x, int y)
{
	for (int i = 0; i < ui->nalias; i++)
		if ((ui->alias_ids[2 * i] == x && ui->alias_ids[2 * i + 1] == y) ||
		    (ui->alias_ids[2 * i] == y && ui->alias_ids[2 * i + 1] == x))
			return 1;
	return 0;
}

/* Two dummies of q are one storage when a call gives them one variable (two elements or
 * sections of it, or an internal procedure's dummy and the host array it is lifted with), or two
 * dummies of the caller that are (callers first). Per call, not from the sets above: a routine
 * called as f(r, y) and f(y, r) has no two dummies that are one variable. 1 when a pair was added. */
static int call_pairs(Ad *ad, IrUnit *u, IrStmt *c)
{
	IrUnit *q = c->u.call.callee;
	UnitInfo *ui = ad_info(u), *qi = ad_info(q);
	int grew = 0;
	for (int x = 0; x < c->u.call.nargs && x < q->nargs; x++) {
		IrSym *rx = ad_root(c->u.call.args[x]);
		if (!rx || !q->args[x])
			continue;
		for (int y = x + 1; y < c->u.call.nargs && y < q->nargs; y++) {
			IrSym *ry = ad_root(c->u.call.args[y]);
			if (!ry || !q->args[y] || pair_has(qi, q->args[x]->id, q->args[y]->id))
				continue;
			if (ad_canon(rx) == ad_canon(ry) || pair_has(ui, ad_canon(rx)->id, ad_canon(ry)->id)) {
				pair_add(ad, qi, q->args[x]->id, q->args[y]->id);
				grew = 1;
			}
		}
	}
	return grew;
}

static void mark_aliasing(Ad *ad)
{
	IrArena *a = ad->a;
	int n = ad->units.n;
	IrVec **alias = ir_alloc(a, sizeof *alias * (size_t)(n + 1));
	IrVec *bycaller = ir_alloc(a, sizeof *bycaller * (size_t)(n + 1));
	for (int i = 0; i < n; i++) {
		IrUnit *u = ad->units.v[i];
		ad_info(u)->order = i;
		alias[i] = ir_alloc(a, sizeof **alias * (size_t)(u->nargs + 1));
		if (ad_info(u)->is_head)
			for (int k = 0; k < u->nargs; k++)
				alias_add(a, &alias[i][k], ad_canon(u->args[k]));
	}
	CkpSites *calls = ckp_sites_collect(a, (IrUnit *const *)ad->units.v, n);
	for (int i = 0; i < calls->n; i++)
		if (calls->v[i]->stmt->kind == IR_CALL) /* an outlined region's call too */
			ir_vec_push(a, &bycaller[ad_info(calls->v[i]->caller)->order], calls->v[i]->stmt);
	/* Callers first: one sweep where the call graph is acyclic; a cycle of calls (RECURSIVE)
	 * passes its dummies back to its own members, so the sweep repeats until no set grows. */
	for (int changed = 1; changed;) {
		changed = 0;
		for (int i = n - 1; i >= 0; i--) {
			IrUnit *u = ad->units.v[i];
			for (int j = 0; j < bycaller[i].n; j++) {
				IrStmt *c = bycaller[i].v[j];
				IrUnit *q = c->u.call.callee;
				if (!q || !q->aux)
					continue;
				IrVec *qa = alias[ad_info(q)->order];
				int back = q->cycle && q->cycle == u->cycle; /* a call inside the cycle */
				for (int x = 0; x < c->u.call.nargs && x < q->nargs; x++) {
					IrSym *r = ad_root(c->u.call.args[x]);
					if (!r)
						continue;
					int grew = 0;
					if (r->kind == SYM_ARG && r->owner == u && r->argpos < u->nargs &&
					    u->args[r->argpos] == r) {
						IrVec *from = &alias[i][r->argpos];
						for (int t = 0; t < from->n; t++)
							grew |= alias_add(a, &qa[x], from->v[t]);
						/* two actuals that are one dummy of u are one variable whatever u's
						 * callers pass: they share u's set, or, when u has no call seen here (an
						 * outlined CHECKPOINT-START region's dummies), the dummy itself (only
						 * then: sets that grew by one dummy per level made a deep call chain
						 * cubic; in a cycle a set empty at first may grow later, which only
						 * adds) */
						if (!from->n)
							grew |= alias_add(a, &qa[x], r);
					} else {
						grew |= alias_add(a, &qa[x], ad_canon(r));
					}
					changed |= grew && back;
				}
			}
		}
	}
	for (int i = 0; i < n; i++) {
		IrUnit *q = ad->units.v[i];
		UnitInfo *qi = ad_info(q);
		for (int x = 0; x < q->nargs && !qi->aliased; x++) {
			IrVec *ax = &alias[i][x];
			for (int y = x + 1; y < q->nargs && !qi->aliased; y++)
				if ((q->args[x]->rank || q->args[y]->rank) && alias_meet(ax, &alias[i][y]))
					qi->aliased = 1;
			if (!q->args[x]->rank)
				continue;
			if (qi->is_head) {
				/* Under --fortran-abi the caller is a Fortran program that may pass a module or
				 * COMMON array it shares with us: the head keeps `restrict` only when it uses no
				 * global array by name. */
				if (ad->req->caller_globals && uses_global_array(ad, qi))
					qi->aliased = 1;
				break;
			}
			for (int t = 0; t < ax->n && !qi->aliased; t++) {
				IrSym *g = ax->v[t];
				if (ad_is_global(g) && (ad_bits_get(qi->reads, g->id) || ad_bits_get(qi->writes, g->id)))
					qi->aliased = 1;
			}
		}
		alias_pairs(ad, q, alias[i]);
	}
	for (int changed = 1; changed;) {
		changed = 0;
		for (int i = n - 1; i >= 0; i--)
			for (int j = 0; j < bycaller[i].n; j++) {
				IrStmt *c = bycaller[i].v[j];
				IrUnit *q = c->u.call.callee;
				if (q && q->aux)
					changed |= call_pairs(ad, ad->units.v[i], c) && q->cycle && q->cycle == ((IrUnit *)ad->units.v[i])->cycle;
			}
	}
}

/* ---------------------------------------------------------------- the passes
 *
 * The passes of a derivative, each a function of the whole state (AdRun), run in the order
 * pl_translate lists them. After each, ad_after runs the IR verifier (debug builds, or --verify)
 * and, when asked, dumps the IR (stad ir --dump=PASS). Analyses leave the IR as it was; their
 * dump shows what they analysed. */

struct AdRun {
	Ad ad;
	HeadSpec h;
	int primal; /* primal mode: no pass runs (ad_begin filled the result) */
	int before; /* the program's error count at ad_begin: a pass fails when it grew */
};

int ad_pass_canon(AdRun *r)
{
	return ad_canonicalize(&r->ad) != 0;
}

/* Matches the names of --head with the head's dummies (a FUNCTION's result is the last). */
int ad_pass_head(AdRun *r)
{
	Ad *ad = &r->ad;
	const HeadSpec *h = &r->h;
	IrUnit *head = ad->head;
	IrArena *a = ad->a;
	int n = head->nargs;
	ad->named = ir_alloc(a, sizeof(int) * (size_t)(n + 1));
	ad->indep = ir_alloc(a, sizeof(int) * (size_t)(n + 1));
	ad->dep = ir_alloc(a, sizeof(int) * (size_t)(n + 1));
	for (int pass = 0; pass < 2; pass++) {
		const char **names = pass ? h->indeps : h->deps;
		int nn = pass ? h->nindeps : h->ndeps;
		int has = pass ? h->has_indeps : h->has_deps;
		if (!has) /* not given: every real argument */
			for (int k = 0; k < n; k++)
				if (ir_base_is_real(head->args[k]->type))
					(pass ? ad->indep : ad->dep)[k] = 1;
		for (int i = 0; i < nn; i++) {
			int found = -1, leaves = 0;
			size_t len = strlen(names[i]);
			for (int k = 0; k < n; k++) {
				const char *an = head->args[k]->name;
				if (!strcmp(an, names[i]) || !strcmp(ir_arg_written(head, k), names[i]))
					found = k;
				else if (!strncmp(an, names[i], len) && an[len] == '%' && ir_base_is_real(head->args[k]->type)) {
					/* a structure: its real components */
					(pass ? ad->indep : ad->dep)[k] = 1;
					leaves++;
				}
			}
			if (found < 0 && leaves)
				continue;
			if (found < 0) {
				const IrSym *g = NULL;
				for (int k = 0; k < head->syms.n && !g; k++) {
					const IrSym *s = head->syms.v[k];
					if (!strcmp(s->name, names[i]) && (s->kind == SYM_COMMON || s->kind == SYM_MODULE))
						g = s;
				}
				if (g)
					fprintf(stderr,
					        "stad: error: --head: '%s' is a variable of %s%s%s in %s, not an argument: the head's "
					        "inputs and outputs are its arguments; write a subroutine whose arguments they are "
					        "(it copies them into and out of the %s, calls %s, and is the head)\n",
					        names[i], g->kind == SYM_COMMON ? "COMMON /" : "module ",
					        g->kind == SYM_COMMON ? g->common
					                : g->owner    ? g->owner->name
					                              : "?",
					        g->kind == SYM_COMMON ? "/" : "", head->name,
					        g->kind == SYM_COMMON ? "block" : "module", head->name);
				else
					fprintf(stderr, "stad: error: --head: '%s' is not an argument of %s%s\n", names[i],
					        head->name, ad_info(head)->was_function ? " (nor its result)" : "");
				return 1;
			}
			if (!ir_base_is_real(head->args[found]->type)) {
				fprintf(stderr, "stad: error: --head: '%s' is %s, only real variables can be differentiated\n",
				        names[i], ir_base_name(head->args[found]->type));
				return 1;
			}
			(pass ? ad->indep : ad->dep)[found] = 1;
		}
	}
	for (int k = 0; k < n; k++)
		ad->named[k] = ad->indep[k] || ad->dep[k];
	return 0;
}

int ad_pass_sets(AdRun *r)
{
	ad_rw_sets(&r->ad);
	mark_aliasing(&r->ad);
	return 0;
}

int ad_pass_activity(AdRun *r)
{
	ad_activity(&r->ad, r->ad.indep, r->ad.dep);
	return 0;
}

int ad_pass_symbols(AdRun *r)
{
	make_dsyms(&r->ad);
	return 0;
}

int ad_pass_sites(AdRun *r)
{
	return ad_rev_sites(&r->ad);
}

int ad_pass_tbr(AdRun *r)
{
	return ad_rev_tbr(&r->ad);
}

int ad_pass_ad(AdRun *r)
{
	return r->ad.req->mode == AD_TANGENT ? ad_tangent(&r->ad) : ad_reverse(&r->ad);
}

int ad_pass_applies(const AdRun *r, const char *name)
{
	if (r->primal)
		return 0;
	return r->ad.req->mode == AD_REVERSE || (strcmp(name, "sites") && strcmp(name, "tbr"));
}

/* The units the pipeline holds after a pass: the call tree, or the generated units after "ad". */
static void pass_units(AdRun *r, const char *name, IrVec *out)
{
	Ad *ad = &r->ad;
	*out = (IrVec){0};
	int generated = !strcmp(name, "ad");
	for (int i = 0; i < ad->units.n; i++) {
		IrUnit *u = ad->units.v[i];
		if (!generated) {
			ir_vec_push(ad->a, out, u);
			continue;
		}
		UnitInfo *ui = ad_info(u);
		IrUnit *gen[5] = {ui->d, ui->fwd, ui->bwd_in, ui->bwd, ui->b};
		for (int k = 0; k < 5; k++)
			if (gen[k])
				ir_vec_push(ad->a, out, gen[k]);
	}
}

/* The results of the analyses, after the units in a dump, as Fortran comments: per unit, the
 * read and write sets and whether its dummies get `restrict` ("sets"), its active variables
 * ("activity"), or what TBR found ("tbr"); after them the sites as a toggle table ("sites").
 * Sets are over canonical ids: a COMMON member is named as its block's first declaration
 * names it. */
static void dump_names(FILE *f, const char *what, IrSym *const *byid, int nsyms, Bits b)
{
	fprintf(f, "!   %s:", what);
	int any = 0;
	for (int id = 0; id < nsyms; id++) {
		if (!byid[id] || !ad_bits_get(b, id))
			continue;
		fprintf(f, " %s", byid[id]->name);
		any = 1;
	}
	fprintf(f, "%s\n", any ? "" : " (none)");
}

/* TBR's facts on one statement, for the "tbr" dump: an assignment whose overwritten value the
 * forward sweep saves, or that the backward sweep recomputes instead; a DO whose variable is
 * saved before the loop. */
typedef struct TbrFacts {
	FILE *f;
	int recompute; /* list the recomputed assignments, else the saved values */
	int any;
} TbrFacts;

static int tbr_fact(void *ctx, IrStmt *s)
{
	TbrFacts *t = ctx;
	const Facts *fa = s->aux;
	const IrSym *v = NULL;
	if (!fa)
		return 0;
	if (s->kind == IR_ASSIGN && (t->recompute ? fa->recompute : fa->push_lhs || fa->push_row))
		v = ad_root(s->u.assign.lhs);
	else if (s->kind == IR_DO && !t->recompute && fa->push_var)
		v = s->u.do_.var->u.var.sym;
	if (v) {
		fprintf(t->f, " %s (line %d)", v->name, s->loc.line);
		t->any = 1;
	}
	return 0;
}

static void dump_tbr(const Ad *ad, FILE *f, const IrUnit *u, IrSym *const *byid, int nsyms)
{
	const UnitInfo *ui = ad_info(u);
	if (ui->has_needs)
		dump_names(f, "needs", byid, nsyms, ui->needs);
	if (ui->has_entry)
		dump_names(f, "entry", byid, nsyms, ui->entry);
	if (u->ext)
		return;
	const IdList *end = &ad->rev_ends[ui->order];
	fprintf(f, "!   end:");
	for (int k = 0; k < end->n; k++)
		fprintf(f, " %s", end->v[k] >= 0 && end->v[k] < nsyms && byid[end->v[k]] ? byid[end->v[k]]->name : "?");
	fprintf(f, "%s\n", end->n ? "" : " (none)");
	for (int rc = 0; rc < 2; rc++) {
		TbrFacts t = {f, rc, 0};
		fprintf(f, "!   %s:", rc ? "recomputed" : "saved");
		ir_block_find(&u->body, tbr_fact, &t);
		fprintf(f, "%s\n", t.any ? "" : " (none)");
	}
}

static void dump_results(AdRun *r, const char *name, FILE *f, const IrVec *units)
{
	Ad *ad = &r->ad;
	if (!strcmp(name, "sites")) {
		const char *text = ckp_table_format(ad->a, ad->sites, "the sites as decided before TBR (auto decides in \"ad\")");
		fprintf(f, "\n! sites\n");
		for (const char *l = text; l && *l;) {
			const char *nl = strchr(l, '\n');
			int n = nl ? (int)(nl - l) : (int)strlen(l);
			fprintf(f, "! %.*s\n", n, l);
			l += n + (nl != NULL);
		}
		return;
	}
	int sets = !strcmp(name, "sets"), tbr = !strcmp(name, "tbr");
	if (!sets && !tbr && strcmp(name, "activity"))
		return;
	int nsyms = ad->p->nsyms;
	IrSym **byid = calloc((size_t)nsyms + 1, sizeof *byid);
	if (!byid)
		abort();
	for (int i = 0; i < ad->p->allunits.n; i++) {
		IrUnit *u = ad->p->allunits.v[i];
		for (int k = 0; k < u->syms.n; k++) {
			IrSym *c = ad_canon(u->syms.v[k]);
			if (c->id >= 0 && c->id < nsyms && !byid[c->id])
				byid[c->id] = c;
		}
	}
	for (int i = 0; i < units->n; i++) {
		IrUnit *u = units->v[i];
		UnitInfo *ui = ad_info(u);
		fprintf(f, "\n! %s of %s\n", name, u->name);
		if (tbr) {
			dump_tbr(ad, f, u, byid, nsyms);
			continue;
		}
		if (sets) {
			dump_names(f, "reads", byid, nsyms, ui->reads);
			dump_names(f, "writes", byid, nsyms, ui->writes);
			fprintf(f, "!   restrict: %s\n", ui->aliased ? "no (dummies or globals may be one variable)" : "yes");
			continue;
		}
		/* the unit's own variables and the globals it uses that are active */
		fprintf(f, "!   active:");
		int any = 0;
		for (int k = 0; k < u->syms.n; k++) {
			IrSym *s = u->syms.v[k];
			if (ad_active(ad, s)) {
				fprintf(f, " %s", s->name);
				any = 1;
			}
		}
		fprintf(f, "%s\n", any ? "" : " (none)");
	}
	free(byid);
}

int ad_after(AdRun *r, const char *name)
{
	const AdRequest *req = r->ad.req;
	if (ir_error_count(r->ad.p) > r->before)
		return 1;
	int verify = req->verify;
#ifndef NDEBUG
	verify = 1;
#endif
	int dump = req->dump_after && !strcmp(req->dump_after, name);
	IrVec units;
	if (verify || dump)
		pass_units(r, name, &units);
	if (verify && ir_verify_units((IrUnit *const *)units.v, units.n)) {
		fprintf(stderr, "stad: internal error: the IR after pass '%s' fails the verifier\n", name);
		return 1;
	}
	if (dump) {
		FILE *f = req->dump ? req->dump : stdout;
		for (int i = 0; i < units.n; i++) {
			if (i)
				fputc('\n', f);
			ir_dump_unit(f, units.v[i]);
		}
		dump_results(r, name, f, &units);
	}
	return 0;
}

/* Variables of derived type are one variable per leaf (frontend/sema_type.c); a gfortran caller
 * passes a structure, and gfortran lays a module's structure out as one object: under
 * --fortran-abi both are refused, located (1). */
static int same_struct(const IrSym *a, const IrSym *b)
{
	const char *pa = strchr(a->name, '%'), *pb = strchr(b->name, '%');
	return a->owner == b->owner && pa && pb && pa - a->name == pb - b->name &&
	        !strncmp(a->name, b->name, (size_t)(pa - a->name));
}

/* `z%re` of a COMPLEX variable (sema lowers one to the leaves re and im, frontend/sema_complex.c). */
static int is_complex_leaf(const IrSym *s)
{
	const char *pc = strchr(s->name, '%');
	return pc && !strcmp(pc, "%re") && (s->type == TY_REAL4 || s->type == TY_REAL8);
}

static int abi_structures(const AdRequest *req, const IrUnit *head)
{
	int bad = 0;
	for (int k = 0; k < head->nargs; k++) {
		const IrSym *x = head->args[k];
		const char *pc = x ? strchr(x->name, '%') : NULL;
		if (!pc || (k > 0 && same_struct(head->args[k - 1], x)))
			continue;
		if (is_complex_leaf(x))
			ir_error(x->loc,
			         "'%.*s' is a COMPLEX argument of '%s': --fortran-abi does not support them (a gfortran caller "
			         "passes the two parts interleaved); pass the real and imaginary parts as REAL arguments",
			         (int)(pc - x->name), x->name, head->name);
		else
			ir_error(x->loc,
			         "'%.*s' is an argument of derived type of '%s': --fortran-abi does not support them (a gfortran "
			         "caller passes the structure); pass its components as arguments",
			         (int)(pc - x->name), x->name, head->name);
		bad = 1;
	}
	(void)req;
	return bad;
}

static int abi_module_structures(const IrProgram *p)
{
	int bad = 0;
	for (int i = 0; i < p->allunits.n; i++) {
		const IrUnit *m = p->allunits.v[i];
		if (m->kind != UNIT_MODULE)
			continue;
		const IrSym *prev = NULL;
		for (int k = 0; k < m->syms.n; k++) {
			const IrSym *s = m->syms.v[k];
			const char *pc = strchr(s->name, '%');
			if (s->kind != SYM_MODULE || !pc || (prev && same_struct(prev, s)))
				continue;
			prev = s;
			if (s->alloc_leaf) {
				ir_error(
				        s->loc,
				        "'%.*s' of module '%s' is an ALLOCATABLE array of derived type: --fortran-abi does not "
				        "support such module variables (gfortran keeps the structures in a descriptor); make its "
				        "components module arrays of explicit bounds, or leave out --fortran-abi",
				        (int)(pc - s->name), s->name, m->name);
				bad = 1;
				continue;
			}
			ir_error(s->loc,
			         "'%.*s' of module '%s' is %s: --fortran-abi does not support such module variables "
			         "(gfortran lays the %s out as one object); make %s module variables",
			         (int)(pc - s->name), s->name, m->name, is_complex_leaf(s) ? "COMPLEX" : "of derived type",
			         is_complex_leaf(s) ? "two parts" : "structure",
			         is_complex_leaf(s) ? "its real and imaginary parts REAL" : "its components");
			bad = 1;
		}
		for (int k = 0; k < m->syms.n; k++) {
			const IrSym *s = m->syms.v[k];
			/* a leaf of a structure was refused with its structure above: one error per variable */
			if (s->kind != SYM_MODULE || !s->allocatable || strchr(s->name, '%'))
				continue;
			ir_error(s->loc,
			         "'%s' of module '%s' is ALLOCATABLE: --fortran-abi does not support such module variables "
			         "(gfortran keeps them in a descriptor); give it explicit bounds, or leave out --fortran-abi",
			         s->name, m->name);
			bad = 1;
		}
	}
	return bad;
}

/* A gfortran caller passes an assumed-shape argument by descriptor, which --fortran-abi does
 * not take: refused, located (1). */
static int abi_assumed_shape(const AdRequest *req, const IrUnit *head)
{
	/* the head's caller (a driver, the user's program) has no ALLOCATABLE convention to share */
	for (int k = 0; k < head->nargs; k++) {
		const IrSym *x = head->args[k];
		if (x && x->alloc_leaf) {
			const char *pc = strchr(x->name, '%');
			ir_error(x->loc,
			         "'%.*s' is an ALLOCATABLE array of structures and a dummy of '%s', the head: a head's arrays "
			         "must be allocated by its caller; drop ALLOCATABLE and declare it %.*s(:) or with explicit "
			         "bounds",
			         (int)(pc - x->name), x->name, head->name, (int)(pc - x->name), x->name);
			return 1;
		}
		if (x && x->allocatable && strchr(x->name, '%')) {
			ir_error(x->loc,
			         "'%s' is an ALLOCATABLE component of a dummy of '%s', the head: a head's arrays must be "
			         "allocated by its caller; pass the component as an array dummy of the head and call the routine "
			         "that takes the structure from it",
			         x->name, head->name);
			return 1;
		}
		if (x && x->allocatable) {
			ir_error(x->loc,
			         "'%s' is an ALLOCATABLE dummy of '%s', the head: a head's arrays must be allocated by its "
			         "caller; drop ALLOCATABLE and declare it %s(:) or with explicit bounds",
			         x->name, head->name, x->name);
			return 1;
		}
	}
	if (!req->caller_globals)
		return 0;
	if (head->array_result) {
		/* gfortran passes an array result through a hidden descriptor before the arguments */
		ir_error(head->array_result->loc,
		         "'%s' returns an array: --fortran-abi does not support an array-valued FUNCTION as the head (a "
		         "gfortran caller passes the result through a hidden descriptor); make it a SUBROUTINE with the "
		         "result '%s' as an INTENT(OUT) argument",
		         head->name, head->array_result->name);
		return 1;
	}
	return abi_structures(req, head);
}

/* Derivative code does no output: every output statement (IR_PRINT) becomes a CONTINUE, in the
 * derivative routines and in the primal copies a derivative file calls alike. So a call
 * recomputed in the backward sweep writes nothing twice, and what a derivative program writes
 * does not depend on which calls are checkpointed; the primal (--mode primal) writes it all.
 * Input is kept when the program READs (*keep_input): derivative code must read the same values
 * as the primal in the same order, so it keeps each READ (IO_BEGIN, its CHARACTER items, IO_END:
 * the other items are assignments), OPEN (in the form that opens input files only: deriv),
 * CLOSE (without STATUS='delete'), REWIND, BACKSPACE, and the internal WRITEs (they may build a file
 * name); ENDFILE marks its unit as a WRITE does;
 * of a WRITE to a unit, the IO_BEGIN stays as a mark: derivative code cannot read back what the
 * primal writes, so a READ of that unit or (after a new OPEN) of its file stops the program;
 * call sites on a path to a READ are never checkpointed (ad/reverse.c random_sites). What an
 * internal WRITE writes only I/O statements read: check_internal_write. A dropped statement whose
 * items reference a user FUNCTION (which may change its arguments or globals: `WRITE (6, *) G(X)`)
 * keeps the references: ad/canon.c hoists them into calls before it and then drops it. */
typedef struct {
	int keep_input;
	int in_internal; /* inside an internal WRITE, up to its IO_END */
} DropIo;

static int drop_io(void *ctx, IrStmt *s)
{
	DropIo *d = ctx;
	if (s->kind != IR_PRINT)
		return 0;
	int io = s->u.print.io, keep_input = d->keep_input, keep = keep_input && (s->u.print.input || d->in_internal);
	if (keep_input && io == IO_BEGIN && !s->u.print.input && s->u.print.items[0]->type == TY_CHAR)
		keep = d->in_internal = 1; /* an internal WRITE, up to its IO_END */
	if (keep && io == IO_END && !s->u.print.input)
		d->in_internal = 0;
	if ((keep_input && (io == IO_OPEN || io == IO_REWIND || io == IO_BACKSPACE)) || io == IO_INQUIRE)
		keep = 1; /* (INQUIRE: its answers are assignments derivative code keeps) */
	if (keep_input && io == IO_ENDFILE) {
		keep = 1; /* it cuts the file: only marked, as a WRITE's unit */
		s->u.print.deriv = 1;
	}
	if (keep_input && (io == IO_CLOSE || io == IO_IOMSG))
		keep = 1; /* (IOMSG=: the message of the status derivative code sets too) */
	if (keep_input && io == IO_BEGIN && !keep && !s->u.print.input) {
		keep = 1; /* a WRITE to a unit: only what it writes into is marked (a READ of it fails) */
		s->u.print.deriv = 1;
	}
	if (io == IO_OPEN || io == IO_CLOSE)
		s->u.print.deriv = 1; /* derivative code only reads, and deletes no file */
	if (keep)
		return 0;
	int calls = 0;
	for (int k = 0; k < s->u.print.nitems && !calls; k++)
		calls = ir_expr_calls(s->u.print.items[k]);
	if (calls)
		s->u.print.calls_dropped = 1; /* a FUNCTION in an item may change a value: canon hoists it first */
	else
		s->kind = IR_CONTINUE;
	return 0;
}

/* Does s READ, INQUIRE or ask IOSTAT= of OPEN, CLOSE or WRITE? (INQUIRE's answers and the
 * statuses must be the primal's: derivative code keeps the file statements too.) */
static int reads_input(void *ctx, IrStmt *s)
{
	(void)ctx;
	/* (IOSTAT= of OPEN, CLOSE, WRITE: derivative code keeps them to set it too) */
	return s->kind == IR_PRINT && (s->u.print.input || s->u.print.io == IO_INQUIRE || s->u.print.handled);
}

/* ---------------------------------------------------------------- internal WRITE */

typedef struct {
	const IrSym *v;
	int here;
} Use;

static void use_slot(void *ctx, IrExpr **e)
{
	Use *u = ctx;
	u->here = u->here || ad_expr_refers(*e, u->v);
}

static int uses(void *ctx, IrStmt *s)
{
	Use *u = ctx;
	IrVisit own = {use_slot, NULL, u}; /* its own expressions: ir_block_find visits its blocks */
	u->here = 0;
	if (s->kind != IR_PRINT)
		ir_stmt_children(s, &own);
	return u->here;
}

/* The first statement of b other than I/O that reads or writes v (in source order, a statement
 * before those of its blocks), or NULL. */
const IrStmt *ad_block_use(const IrBlock *b, const IrSym *v)
{
	Use u = {v, 0};
	return ir_block_find(b, uses, &u);
}

/* An internal WRITE is I/O and is dropped with it; derivative code must not depend on the text it
 * writes, so the variable must be a local of the routine that only I/O statements use (a file
 * name for OPEN, a label for WRITE). */
static int check_internal_write(void *ctx, IrStmt *s)
{
	const IrUnit *u = ctx;
	if (s->kind != IR_PRINT || s->u.print.io != IO_BEGIN || s->u.print.input || s->u.print.items[0]->type != TY_CHAR)
		return 0;
	const IrSym *v = ad_canon(s->u.print.items[0]->u.var.sym);
	const IrStmt *use = v->kind == SYM_LOCAL ? ad_block_use(&u->body, v) : NULL;
	if (v->kind != SYM_LOCAL)
		ir_error(s->loc,
		         "an internal WRITE into '%s', which is not a local variable of '%s', is not supported in "
		         "differentiated code (derivative code does no I/O and would not set it: write into a local "
		         "variable that only I/O statements use)",
		         v->name, u->name);
	else if (use)
		ir_error(use->loc,
		         "'%s' is written by an internal WRITE (line %d), which derivative code drops with the rest of "
		         "the I/O, and is used here outside I/O (build the text with // and the character intrinsics "
		         "instead)",
		         v->name, s->loc.line);
	return 0;
}

AdRun *ad_begin(IrProgram *p, const AdRequest *req, AdResult *res)
{
	memset(res, 0, sizeof *res);
	AdRun *r = calloc(1, sizeof *r);
	if (!r)
		abort();
	IrArena *a = p->arena;
	r->before = ir_error_count(p);
	if (req->mode == AD_PRIMAL) {
		IrUnit *ex = NULL;
		if (req->head) {
			if (!parse_head(a, req->head, &r->h)) {
				fprintf(stderr, "stad: error: --head '%s' is not of the form name(deps)/(indeps)\n", req->head);
				goto refused;
			}
			ex = find_routine(p, r->h.name);
			if (!ex)
				goto refused;
			if (abi_assumed_shape(req, ex) || (req->caller_globals && abi_module_structures(p)))
				goto refused;
		} else {
			for (int i = 0; i < p->allunits.n; i++)
				if (((IrUnit *)p->allunits.v[i])->kind == UNIT_PROGRAM)
					ex = p->allunits.v[i];
			if (!ex) {
				fprintf(stderr,
				        "stad: error: no PROGRAM unit in the given files: name the routine to export with --head\n");
				goto refused;
			}
		}
		res->exported = ir_alloc(a, sizeof(IrUnit *));
		res->exported[0] = ex;
		res->nexported = 1;
		res->units = res->exported;
		res->nunits = 1;
		res->default_name = ex->name;
		res->head = ex;
		r->primal = 1;
		return r;
	}
	int reads = 0;
	for (int i = 0; i < p->allunits.n; i++)
		reads = reads || ir_block_find(&((IrUnit *)p->allunits.v[i])->body, reads_input, NULL);
	for (int i = 0; i < p->allunits.n; i++) {
		IrUnit *u = p->allunits.v[i];
		DropIo d = {reads, 0};
		ir_block_find(&u->body, check_internal_write, u);
		ir_block_find(&u->body, drop_io, &d);
	}
	if (!req->head || !parse_head(a, req->head, &r->h)) {
		fprintf(stderr, "stad: error: --head '%s' is not of the form name(deps)/(indeps)\n", req->head ? req->head : "");
		goto refused;
	}
	if ((r->h.has_deps && !r->h.ndeps) || (r->h.has_indeps && !r->h.nindeps)) {
		/* an empty list differentiates nothing: a typo, not a request */
		fprintf(stderr,
		        "stad: error: --head '%s' names no %s: name at least one between the parentheses, or leave out "
		        "'()' for every REAL argument\n",
		        req->head, r->h.has_deps && !r->h.ndeps ? "dependent output" : "independent input");
		goto refused;
	}
	IrUnit *head = find_routine(p, r->h.name);
	if (!head)
		goto refused;
	if (abi_assumed_shape(req, head) || (req->caller_globals && abi_module_structures(p)))
		goto refused;
	Ad *ad = &r->ad;
	ad->p = p;
	ad->a = a;
	ad->req = req;
	ad->head = head;
	ad->suffix = req->mode == AD_TANGENT ? "d" : "b";
	ad->profile = req->profile;
	return r;
refused:
	free(r);
	return NULL;
}

int ad_end(AdRun *r, int failed, AdResult *res)
{
	Ad *ad = &r->ad;
	if (r->primal) {
		free(r);
		return failed;
	}
	ad_map_pool_free(ad);
	rev_tmp_pool_free();
	rev_recompute_free(ad);
	ad_global_names_free(ad);
	ir_arena_free(ad->scratch);
	ad->scratch = NULL;
	if (failed) {
		free(r);
		return 1;
	}
	const AdRequest *req = ad->req;
	IrProgram *p = ad->p;
	IrArena *a = ad->a;
	IrUnit *head = ad->head;
	UnitInfo *hi = ad_info(head);
	IrUnit *ex = req->mode == AD_TANGENT ? hi->d : hi->b;
	res->exported = ir_alloc(a, sizeof(IrUnit *));
	res->exported[0] = ex;
	res->nexported = 1;
	res->default_name = ex->name;
	res->uses_runtime = req->mode == AD_REVERSE;
	res->head = head;
	res->sites = ad->sites;
	int n = head->nargs;
	res->args = ir_alloc(a, sizeof(AdHeadArg) * (size_t)(n + 1));
	for (int k = 0; k < n; k++) {
		res->args[k].sym = head->args[k];
		res->args[k].independent = ad->indep[k];
		res->args[k].dependent = ad->dep[k];
		res->args[k].has_deriv = ad_has_darg(ad, head, k);
	}
	/* named, so that an implicit-typing slip (TERM = X(I)**2 in a DOUBLE PRECISION routine) shows */
	for (int i = 0; i < p->allunits.n; i++) {
		IrUnit *u = p->allunits.v[i];
		for (int k = 0; k < u->syms.n; k++) {
			IrSym *s = u->syms.v[k];
			if (s->type != TY_REAL4 || !ad_active(ad, s))
				continue;
			const char *one = res->active_real4 < 4 ? ir_sprintf(a, "%s (in %s)", s->name, u->name) : "...";
			if (res->active_real4 <= 4)
				res->real4_names = res->active_real4 ? ir_sprintf(a, "%s, %s", res->real4_names, one) : one;
			res->active_real4++;
		}
	}
	IrVec all;
	pass_units(r, "ad", &all);
	res->units = (IrUnit **)all.v;
	res->nunits = all.n;
	free(r);
	return 0;
}
