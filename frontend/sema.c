/*
 * sema.c — semantic analysis: from parsed units to the resolved, typed IR (ir/README.md).
 *
 * Order of work, each a function below:
 *   1. collect every unit (module procedures too, and the routines --lib files describe) into a
 *      name table; duplicates are errors; read the !$AD EXTERNAL PASSIVE directives;
 *   2. declare: turn each unit's IrDecl list into symbols (modules first, in USE order), apply
 *      IMPLICIT rules, fold PARAMETERs, resolve array bounds;
 *   3. unify COMMON blocks across units (storage association by byte offset, sema_common.c);
 *   4. resolve bodies: IR_REF becomes IR_VAR / IR_INTRIN / IR_FCALL, expressions get types and
 *      explicit conversions, calls are checked against their callees, directives are checked;
 *      SELECT CASE, computed GO TO and arithmetic IF become IF blocks, then GO TOs and EXIT/CYCLE
 *      of outer loops are restructured into IF, DO WHILE and EXIT/CYCLE (sema_flow.c);
 *   5. rewrite the members of COMMON blocks laid out differently, and EQUIVALENCE classes, into
 *      elements of one array (sema_common.c, sema_equiv.c);
 *   6. order units callees-first (refusing recursion), number symbols and call sites.
 * Every construct outside the subset that the parser could not see is refused here, located.
 */
#include "sema_int.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct CallOrder CallOrder;
static void visit_calls_block(Sema *S, const IrBlock *b, IrUnit *u, CallOrder *o);

static IrUnit *table_get(const Sema *S, IrUnit **t, const char *name)
{
	if (!t)
		return NULL;
	for (size_t i = ir_name_hash(name) & (S->nslots - 1);; i = (i + 1) & (S->nslots - 1)) {
		if (!t[i])
			return NULL;
		if (strcmp(t[i]->name, name) == 0)
			return t[i];
	}
}

static void table_put(Sema *S, IrUnit **t, IrUnit *u)
{
	for (size_t i = ir_name_hash(u->name) & (S->nslots - 1);; i = (i + 1) & (S->nslots - 1)) {
		if (!t[i]) {
			t[i] = u;
			return;
		}
		if (strcmp(t[i]->name, u->name) == 0)
			return; /* the first definition wins; duplicates are reported */
	}
}

/* Procedures by name: external procedures (outside any module) in S->procs; module
 * procedures in S->mprocs, where a name two modules define maps to a PROGRAM stand-in. */
static void build_tables(Sema *S)
{
	S->nslots = 16;
	while (S->nslots < (size_t)S->all.n * 2 + 2)
		S->nslots *= 2;
	S->procs = ir_alloc(S->a, sizeof *S->procs * S->nslots);
	S->mprocs = ir_alloc(S->a, sizeof *S->mprocs * S->nslots);
	S->mods = ir_alloc(S->a, sizeof *S->mods * S->nslots);
	for (int i = 0; i < S->all.n; i++) {
		IrUnit *u = S->all.v[i];
		if (u->host)
			continue; /* internal procedures are known in their host only (sema_find_proc) */
		if (u->kind == UNIT_MODULE)
			table_put(S, S->mods, u);
		else if (u->kind != UNIT_PROGRAM && !(u->parent && u->parent->kind == UNIT_MODULE))
			table_put(S, S->procs, u);
	}
	for (int i = 0; i < S->all.n; i++) {
		IrUnit *u = S->all.v[i];
		if (u->kind == UNIT_PROGRAM || !u->parent || u->parent->kind != UNIT_MODULE || u->host)
			continue;
		IrUnit *v = table_get(S, S->mprocs, u->name);
		if (!v) {
			table_put(S, S->mprocs, u);
			continue;
		}
		for (size_t k = ir_name_hash(u->name) & (S->nslots - 1);; k = (k + 1) & (S->nslots - 1))
			if (S->mprocs[k] == v) {
				/* a stand-in of the same name: no procedure, "several modules have one" */
				S->mprocs[k] = ir_unit_new(S->a, UNIT_PROGRAM, u->name, u->loc);
				break;
			}
	}
}

/* ---------------------------------------------------------------- unit table */

IrUnit *sema_find_module(Sema *S, const char *name)
{
	return table_get(S, S->mods, name);
}

/* Intrinsic modules: the named constants stad knows of each (kinds, units of I/O). */
static const struct {
	const char *module, *name;
	int value;
} intrinsic_constants[] = {
        {"iso_fortran_env", "int8", 1},
        {"iso_fortran_env", "int16", 2},
        {"iso_fortran_env", "int32", 4},
        {"iso_fortran_env", "int64", 8},
        {"iso_fortran_env", "real32", 4},
        {"iso_fortran_env", "real64", 8},
        {"iso_fortran_env", "real128", 16},
        {"iso_fortran_env", "numeric_storage_size", 32},
        {"iso_fortran_env", "character_storage_size", 8},
        {"iso_fortran_env", "file_storage_size", 8},
        {"iso_fortran_env", "input_unit", 5},
        {"iso_fortran_env", "output_unit", 6},
        {"iso_fortran_env", "error_unit", 0},
        {"iso_fortran_env", "iostat_end", -1},
        {"iso_fortran_env", "iostat_eor", -2},
        {"iso_c_binding", "c_int", 4},
        {"iso_c_binding", "c_short", 2},
        {"iso_c_binding", "c_long", 8},
        {"iso_c_binding", "c_long_long", 8},
        {"iso_c_binding", "c_signed_char", 1},
        {"iso_c_binding", "c_size_t", 8},
        {"iso_c_binding", "c_int8_t", 1},
        {"iso_c_binding", "c_int16_t", 2},
        {"iso_c_binding", "c_int32_t", 4},
        {"iso_c_binding", "c_int64_t", 8},
        {"iso_c_binding", "c_intptr_t", 8},
        {"iso_c_binding", "c_float", 4},
        {"iso_c_binding", "c_double", 8},
        {"iso_c_binding", "c_long_double", 10},
        {"iso_c_binding", "c_bool", 1},
        {"iso_c_binding", "c_char", 1},
};

static int is_intrinsic_module(const char *name)
{
	for (size_t i = 0; i < sizeof intrinsic_constants / sizeof intrinsic_constants[0]; i++)
		if (!strcmp(intrinsic_constants[i].module, name))
			return 1;
	return 0;
}

/* The module `name` as a unit of INTEGER PARAMETERs, added to the program (so that it is
 * declared, numbered and printed like a module of the source). */
static IrUnit *intrinsic_module(Sema *S, const char *name, IrLoc loc)
{
	IrUnit *m = ir_unit_new(S->a, UNIT_MODULE, name, loc);
	m->is_intrinsic = 1;
	IrDecl *d = ir_alloc(S->a, sizeof *d);
	d->kind = DECL_TYPE;
	d->loc = loc;
	d->base = TY_INT;
	d->is_parameter = 1;
	for (size_t i = 0; i < sizeof intrinsic_constants / sizeof intrinsic_constants[0]; i++)
		if (!strcmp(intrinsic_constants[i].module, name))
			d->nents++;
	d->ents = ir_alloc(S->a, sizeof *d->ents * (size_t)d->nents);
	int k = 0;
	for (size_t i = 0; i < sizeof intrinsic_constants / sizeof intrinsic_constants[0]; i++) {
		if (strcmp(intrinsic_constants[i].module, name) != 0)
			continue;
		IrEntity *e = ir_alloc(S->a, sizeof *e);
		e->name = intrinsic_constants[i].name;
		e->init = ir_int(S->a, intrinsic_constants[i].value, loc);
		e->loc = loc;
		d->ents[k++] = e;
	}
	ir_vec_push(S->a, &m->decls, d);
	ir_vec_push(S->a, &S->p->units, m);
	return m;
}

/* USE of iso_fortran_env or iso_c_binding that the given files do not define (or USE,
 * INTRINSIC :: m) gets stad's own; another USE, INTRINSIC module is refused. */
static void add_intrinsic_modules(Sema *S)
{
	int n = S->p->units.n;
	IrVec all = {0}; /* every unit: internal procedures of module procedures too */
	for (int i = 0; i < n; i++) {
		IrUnit *top = S->p->units.v[i];
		ir_vec_push(S->a, &all, top);
		for (int j = 0; j < top->contains.n; j++) {
			IrUnit *c = top->contains.v[j];
			ir_vec_push(S->a, &all, c);
			for (int k = 0; k < c->contains.n; k++)
				ir_vec_push(S->a, &all, c->contains.v[k]);
		}
	}
	for (int i = 0; i < all.n; i++) {
		IrUnit *u = all.v[i];
		for (int k = 0; k < u->uses.n; k++) {
			IrUse *us = u->uses.v[k];
			IrUnit *m = ir_find_unit(S->p, us->module);
			int user = m && m->kind == UNIT_MODULE && !m->is_intrinsic;
			if (us->intrinsic && !is_intrinsic_module(us->module))
				ir_error(
				        us->loc,
				        "the intrinsic module '%s' is not supported (stad has iso_fortran_env and iso_c_binding's "
				        "kinds)",
				        us->module);
			else if ((us->intrinsic || !user) && is_intrinsic_module(us->module) && !(m && m->is_intrinsic))
				intrinsic_module(S, us->module, us->loc);
		}
	}
}

/* The internal procedures of host h (CONTAINS in a subroutine, function or program) into
 * S->all after it: host set, parent the host's module (or NULL), so that module and host
 * association are looked up separately. */
static void collect_internal(Sema *S, IrUnit *h)
{
	for (int j = 0; j < h->contains.n; j++) {
		IrUnit *c = h->contains.v[j];
		c->host = h;
		c->parent = h->parent;
		c->local_name = c->name;
		for (int k = 0; k < j; k++) {
			const IrUnit *d = h->contains.v[k];
			if (!strcmp(d->name, c->name))
				ir_error(c->loc, "'%s' is defined twice in '%s' (first at %s:%d)", c->name, h->name, d->loc.file,
				         d->loc.line);
		}
		if (c->contains.n)
			ir_error(((IrUnit *)c->contains.v[0])->loc, "an internal procedure cannot contain procedures");
		ir_vec_push(S->a, &S->all, c);
	}
}

static void collect_units(Sema *S)
{
	add_intrinsic_modules(S);
	for (int i = 0; i < S->p->units.n; i++) {
		IrUnit *u = S->p->units.v[i];
		ir_vec_push(S->a, &S->all, u);
		if (u->kind != UNIT_MODULE) {
			collect_internal(S, u);
			continue;
		}
		for (int j = 0; j < u->contains.n; j++) {
			IrUnit *c = u->contains.v[j];
			c->parent = u;
			ir_vec_push(S->a, &S->all, c);
			collect_internal(S, c);
		}
	}
	sema_externals_collect(S); /* described by --lib files, unless a given file defines them */
	build_tables(S);
	int nprog = 0;
	for (int i = 0; i < S->all.n; i++) {
		IrUnit *u = S->all.v[i];
		if (u->kind == UNIT_PROGRAM && ++nprog > 1)
			ir_error(u->loc, "more than one PROGRAM unit");
		IrUnit *v = NULL;
		if (u->host)
			continue; /* checked by collect_internal */
		if (u->kind == UNIT_MODULE)
			v = sema_find_module(S, u->name);
		else if (u->parent && u->parent->kind == UNIT_MODULE)
			for (int k = 0; k < u->parent->contains.n && !v; k++)
				v = strcmp(((IrUnit *)u->parent->contains.v[k])->name, u->name) ? NULL : u->parent->contains.v[k];
		else if (u->kind != UNIT_PROGRAM)
			v = table_get(S, S->procs, u->name);
		if (v && v != u)
			ir_error(u->loc, "'%s' is defined twice (first at %s:%d)", u->name, v->loc.file, v->loc.line);
	}
}

/* ---------------------------------------------------------------- name lookup */

/* Is `name` accessible to the users of module m: its PUBLIC or PRIVATE statement or attribute
 * if it has one, else the module's default. */
int sema_module_exports(const IrUnit *m, const char *name)
{
	int acc = ACCESS_NONE;
	for (int i = 0; i < m->decls.n; i++) {
		const IrDecl *d = m->decls.v[i];
		if (!d->access || (d->kind != DECL_ACCESS && d->kind != DECL_TYPE))
			continue;
		for (int k = 0; k < d->nents; k++)
			if (!strcmp(d->ents[k]->name, name))
				acc = d->access;
	}
	if (acc)
		return acc == ACCESS_PUBLIC;
	return !m->default_private;
}

/* The names in module m that `name` in u can stand for through USE statement us: itself, the
 * remote name of a rename, or nothing (not in the ONLY list, or renamed away). */
static const char *use_maps(const IrUse *us, const char *name)
{
	for (int i = 0; i < us->nnames; i++)
		if (!strcmp(us->local[i], name))
			return us->remote[i];
	if (us->only)
		return NULL;
	for (int i = 0; i < us->nnames; i++)
		if (!strcmp(us->remote[i], name))
			return NULL; /* b => c: c is known only as b */
	return name;
}

static IrSym *lookup_used(Sema *S, IrUnit *u, const char *name, int depth);

/* The variable or named constant `name` of module m as its users see it: its own, or one it
 * USEs, if accessible. */
static IrSym *module_entity(Sema *S, IrUnit *m, const char *name, int depth)
{
	if (depth > 64 || !sema_module_exports(m, name))
		return NULL;
	IrSym *s = ir_unit_lookup(m, name);
	if (s)
		return s->kind == SYM_MODULE || s->kind == SYM_PARAM ? s : NULL;
	return lookup_used(S, m, name, depth + 1);
}

void *sema_through_uses(Sema *S, IrUnit *u, const char *name, int depth, SemaInModule in_module)
{
	if (depth > 64)
		return NULL;
	for (int i = 0; i < u->uses.n; i++) {
		const IrUse *us = u->uses.v[i];
		IrUnit *m = sema_find_module(S, us->module);
		const char *r = use_maps(us, name);
		void *found = m && r ? in_module(S, m, r, depth) : NULL;
		if (found)
			return found;
	}
	return NULL;
}

static void *module_entity_of(Sema *S, IrUnit *m, const char *name, int depth)
{
	return module_entity(S, m, name, depth);
}

static IrSym *lookup_used(Sema *S, IrUnit *u, const char *name, int depth)
{
	return sema_through_uses(S, u, name, depth, module_entity_of);
}

/* Own symbols, then the host module's (PRIVATE ones too), then USEd modules' (transitively,
 * PUBLIC ones, through ONLY lists and renames). */
IrSym *sema_lookup(Sema *S, IrUnit *u, const char *name)
{
	IrSym *s = ir_unit_lookup(u, name);
	if (s)
		return s;
	if (strchr(name, '%')) /* a leaf of a variable of derived type */
		return sema_struct_leaf(S, u, name);
	if (u->host) { /* an internal procedure: its own USEs, then host association */
		s = lookup_used(S, u, name, 0);
		return s ? s : sema_lookup(S, u->host, name);
	}
	if (u->parent) {
		s = ir_unit_lookup(u->parent, name);
		if (s && (s->kind == SYM_MODULE || s->kind == SYM_PARAM))
			return s;
		s = lookup_used(S, u->parent, name, 0);
		if (s)
			return s;
	}
	return lookup_used(S, u, name, 0);
}

/* The procedure `name` module m defines or USEs, if its users may see it. */
static IrUnit *used_proc(Sema *S, IrUnit *u, const char *name, int depth);

static IrUnit *module_proc(Sema *S, IrUnit *m, const char *name, int depth, int inside)
{
	if (depth > 64 || (!inside && !sema_module_exports(m, name)))
		return NULL;
	for (int k = 0; k < m->contains.n; k++) {
		IrUnit *f = m->contains.v[k];
		if (!strcmp(f->name, name))
			return f;
	}
	return used_proc(S, m, name, depth + 1);
}

static void *exported_proc(Sema *S, IrUnit *m, const char *name, int depth)
{
	return module_proc(S, m, name, depth, 0);
}

static IrUnit *used_proc(Sema *S, IrUnit *u, const char *name, int depth)
{
	return sema_through_uses(S, u, name, depth, exported_proc);
}

static const IrGeneric *generic_in(const IrUnit *m, const char *name);
static const IrGeneric *generic_used(Sema *S, IrUnit *u, const char *name, int depth);

static int interface_body_in(const IrUnit *m, const char *name)
{
	for (int i = 0; i < m->interfaces.n; i++)
		if (!strcmp(m->interfaces.v[i], name))
			return 1;
	return 0;
}

/* A procedure of module m (or of a module it USEs) that the head does not reach: fe_prune took it
 * out of the program, but an ONLY list of a reached unit may still name it (`use m, only: setup,
 * f` where only f is called); the name is then accepted and stays unused. */
static void *unreached_proc(Sema *S, IrUnit *m, const char *name, int depth)
{
	if (depth > 64 || (depth > 0 && !sema_module_exports(m, name))) /* (m's own: PRIVATE is told) */
		return NULL;
	for (int i = 0; i < S->p->unreached.n; i++) {
		IrUnit *q = S->p->unreached.v[i];
		if (q->parent == m && !strcmp(q->name, name))
			return q;
	}
	return sema_through_uses(S, m, name, depth + 1, unreached_proc);
}

int sema_module_provides(Sema *S, IrUnit *m, const char *name)
{
	IrSym *s = ir_unit_lookup(m, name);
	int has = (s && (s->kind == SYM_MODULE || s->kind == SYM_PARAM || s->kind == SYM_LOCAL)) ||
	        module_proc(S, m, name, 0, 1) || lookup_used(S, m, name, 1) || sema_types_provided(S, m, name) ||
	        generic_in(m, name) || generic_used(S, m, name, 1) || /* (a generic name: USE m, ONLY: g) */
	        interface_body_in(m, name) ||                         /* (an interface: PROCEDURE(name)) */
	        unreached_proc(S, m, name, 0);
	if (!has)
		return 0;
	return sema_module_exports(m, name) ? 1 : -1;
}

const IrUnit *sema_private_in(Sema *S, IrUnit *u, const char *name)
{
	for (int pass = 0; pass < 2; pass++) {
		IrUnit *v = pass ? (u->host ? u->host : u->parent) : u;
		for (int i = 0; v && i < v->uses.n; i++) {
			const IrUse *us = v->uses.v[i];
			IrUnit *m = sema_find_module(S, us->module);
			const char *r = use_maps(us, name);
			if (m && r && sema_module_provides(S, m, r) < 0)
				return m;
		}
	}
	return NULL;
}

/* A variable (of derived type too), named constant or procedure module m gives its users under
 * `name` (NULL: none). Generic interfaces are left out: two modules' generics of one name merge. */
static void *module_named(Sema *S, IrUnit *m, const char *name, int depth)
{
	void *e = module_entity(S, m, name, depth);
	if (!e)
		e = sema_module_struct(S, m, name, depth);
	return e ? e : module_proc(S, m, name, depth, 0);
}

/* Two of v's USE statements that give `name` different entities: the second's module (the
 * first's in *first), or NULL; *given: some USE of v gives it. */
static IrUnit *clash_in(Sema *S, IrUnit *v, const char *name, IrUnit **first, int *given)
{
	void *e0 = NULL;
	for (int i = 0; i < v->uses.n; i++) {
		const IrUse *us = v->uses.v[i];
		IrUnit *m = sema_find_module(S, us->module);
		const char *r = use_maps(us, name);
		void *e = m && r ? module_named(S, m, r, 1) : NULL;
		if (!e)
			continue;
		*given = 1;
		if (!e0)
			e0 = e, *first = m;
		else if (e != e0)
			return m;
	}
	return NULL;
}

static int contains_named(const IrUnit *v, const char *name)
{
	for (int k = 0; k < v->contains.n; k++) {
		const IrUnit *c = v->contains.v[k];
		if (!strcmp(c->host ? c->local_name : c->name, name))
			return 1;
	}
	return 0;
}

const IrUnit *sema_use_clash(Sema *S, IrUnit *u, const char *name, const IrUnit **first)
{
	for (IrUnit *v = u; v; v = v->host ? v->host : v->parent) {
		if (ir_unit_lookup(v, name) || contains_named(v, name))
			return NULL; /* its own name hides USEd ones */
		int given = 0;
		IrUnit *f = NULL, *m = clash_in(S, v, name, &f, &given);
		if (m) {
			*first = f;
			return m;
		}
		if (given)
			return NULL;
	}
	return NULL;
}

int sema_refuse_use_clash(Sema *S, IrUnit *u, const char *name, IrLoc loc)
{
	const IrUnit *first = NULL, *m = sema_use_clash(S, u, name, &first);
	if (!m)
		return 0;
	for (int k = 0; k + 1 < S->clashes.n; k += 2)
		if (S->clashes.v[k] == u && !strcmp(S->clashes.v[k + 1], name))
			return 1; /* reported at its first reference: one error per name */
	ir_vec_push(S->a, &S->clashes, u);
	ir_vec_push(S->a, &S->clashes, (void *)name);
	ir_error(loc,
	         "'%s' is ambiguous: modules '%s' and '%s' both give it (rename one where it is USEd: "
	         "USE %s, %s_%s => %s)",
	         name, first->name, m->name, m->name, m->name, name, name);
	return 1;
}

/* A procedure of that name anywhere in the files: an external procedure, else a module
 * procedure (NULL: none). For names taken, not for calls (sema_find_proc resolves those). */
IrUnit *sema_find_unit(Sema *S, const char *name)
{
	IrUnit *f = table_get(S, S->procs, name);
	return f ? f : table_get(S, S->mprocs, name);
}

/* The procedure a call in u names: one of its module's, one it USEs, an external procedure;
 * failing those, a module procedure of that name in a module it does not use (which Fortran
 * does not allow, accepted when only one module has it and makes it PUBLIC). */
IrUnit *sema_find_proc(Sema *S, IrUnit *u, const char *name)
{
	IrUnit *h = u->host ? u->host : u;      /* the internal procedures of u's host, or u's own */
	for (int k = 0; k < h->passed.n; k++) { /* a copy's procedure arguments, PRIVATE ones too */
		IrUnit *c = h->passed.v[k];
		if (!strcmp(c->host ? c->local_name : c->name, name))
			return c;
	}
	if (h->kind != UNIT_MODULE)
		for (int k = 0; k < h->contains.n; k++) {
			IrUnit *c = h->contains.v[k];
			if (c->host == h && !strcmp(c->local_name, name))
				return c;
		}
	IrUnit *host = u->kind == UNIT_MODULE ? u : u->parent;
	IrUnit *f = NULL;
	if (host && host->kind == UNIT_MODULE)
		f = module_proc(S, host, name, 0, 1);
	if (!f)
		f = used_proc(S, u, name, 0);
	if (!f)
		f = table_get(S, S->procs, name);
	if (!f) {
		f = table_get(S, S->mprocs, name);
		if (f && (f->kind == UNIT_PROGRAM || !sema_module_exports(f->parent, name)))
			f = NULL;
	}
	return f;
}

/* ---------------------------------------------------------------- names a unit uses */

/* Temporaries sema makes (sema_fresh_name) must not take a name the source uses anywhere in
 * the unit: an implicitly typed variable comes into being at its first use, possibly after. */
static void name_put(const char **t, size_t slots, const char *n)
{
	for (size_t i = ir_name_hash(n) & (slots - 1);; i = (i + 1) & (slots - 1)) {
		if (!t[i]) {
			t[i] = n;
			return;
		}
		if (!strcmp(t[i], n))
			return;
	}
}

static int name_in(const char *const *t, size_t slots, const char *n)
{
	if (!slots)
		return 0;
	for (size_t i = ir_name_hash(n) & (slots - 1);; i = (i + 1) & (slots - 1)) {
		if (!t[i])
			return 0;
		if (!strcmp(t[i], n))
			return 1;
	}
}

/* The name of the variable an expression may let a callee or an assignment change: `x`,
 * `x(i)`, `x(2:n)` (NULL for other expressions). */
static const char *base_name(const IrExpr *e)
{
	return e && e->kind == IR_REF && !e->paren ? e->u.ref.name : NULL;
}

typedef struct {
	Sema *S;
	IrVec *v;
} Names;

static void names_slot(void *ctx, IrExpr **e)
{
	Names *x = ctx;
	if ((*e)->kind == IR_REF)
		ir_vec_push(x->S->a, x->v, (void *)(*e)->u.ref.name);
	ir_expr_children(*e, &(IrVisit){names_slot, NULL, ctx});
}

/* Every name e references into v. */
static void names_expr(Sema *S, const IrExpr *e, IrVec *v)
{
	if (e)
		names_slot(&(Names){S, v}, (IrExpr **)&e);
}

/* Every name in b into v; the names b may change (assigned, DO variables, actual arguments
 * of calls, which the callee may change) into w. */
static void names_block(Sema *S, const IrBlock *b, IrVec *v, IrVec *w);

/* A reference to an intrinsic no procedure of the program hides: it changes none of its
 * arguments (every intrinsic function is pure), so `spread(x, 2, n)` leaves n unchanged. */
static int intrinsic_ref(Sema *S, const IrExpr *e)
{
	return ir_intrinsic_lookup(e->u.ref.name) != INTR_NONE && !sema_find_unit(S, e->u.ref.name) &&
	        !(S->unit && sema_find_proc(S, S->unit, e->u.ref.name));
}

static void names_changed_args(Sema *S, const IrExpr *e, IrVec *w)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_REF: {
		/* an element or a section of an array changes none of its subscripts: `la(j)` leaves j
		 * as it is (it made NCOPIES j of a SPREAD 'a variable the routine may change'; s18) */
		const IrSym *arr = S->unit ? sema_lookup(S, S->unit, e->u.ref.name) : NULL;
		int element = arr && arr->rank > 0;
		for (int i = 0; i < e->u.ref.nargs; i++) {
			const char *n = base_name(e->u.ref.args[i]);
			if (n && !element && !intrinsic_ref(S, e))
				ir_vec_push(S->a, w, (void *)n);
			names_changed_args(S, e->u.ref.args[i], w);
		}
		break;
	}
	case IR_UNARY:
	case IR_BINARY:
		names_changed_args(S, e->u.op.a, w);
		names_changed_args(S, e->u.op.b, w);
		break;
	default: break;
	}
}

typedef struct {
	Sema *S;
	IrVec *v, *w; /* the names used, the names changed */
} NameSets;

/* The names statement s uses and changes (not its blocks': ir_block_find). */
static int names_stmt(void *ctx, IrStmt *s)
{
	NameSets *x = ctx;
	Sema *S = x->S;
	switch (s->kind) {
	case IR_ASSIGN:
		names_expr(S, s->u.assign.lhs, x->v);
		names_expr(S, s->u.assign.rhs, x->v);
		if (base_name(s->u.assign.lhs))
			ir_vec_push(S->a, x->w, (void *)base_name(s->u.assign.lhs));
		names_changed_args(S, s->u.assign.lhs, x->w);
		names_changed_args(S, s->u.assign.rhs, x->w);
		break;
	case IR_IF:
		for (int k = 0; k < s->u.if_.ncond; k++) {
			names_expr(S, s->u.if_.conds[k], x->v);
			names_changed_args(S, s->u.if_.conds[k], x->w);
		}
		break;
	case IR_DO:
		names_expr(S, s->u.do_.var, x->v);
		names_expr(S, s->u.do_.lo, x->v);
		names_expr(S, s->u.do_.hi, x->v);
		names_expr(S, s->u.do_.step, x->v);
		if (base_name(s->u.do_.var))
			ir_vec_push(S->a, x->w, (void *)base_name(s->u.do_.var));
		break;
	case IR_DOWHILE:
		names_expr(S, s->u.dowhile.cond, x->v);
		names_changed_args(S, s->u.dowhile.cond, x->w);
		break;
	case IR_CALL:
		for (int k = 0; k < s->u.call.nargs; k++) {
			names_expr(S, s->u.call.args[k], x->v);
			const char *n = base_name(s->u.call.args[k]);
			if (n)
				ir_vec_push(S->a, x->w, (void *)n);
			names_changed_args(S, s->u.call.args[k], x->w);
		}
		break;
	case IR_PRINT:
		for (int k = 0; k < s->u.print.nitems; k++)
			names_expr(S, s->u.print.items[k], x->v);
		break;
	default: break;
	}
	return 0;
}

static void names_block(Sema *S, const IrBlock *b, IrVec *v, IrVec *w)
{
	NameSets x = {S, v, w};
	ir_block_find(b, names_stmt, &x);
}

void sema_names_collect(Sema *S, const IrUnit *u)
{
	IrVec v = {0}, w = {0};
	names_block(S, &u->body, &v, &w);
	S->nnames = 16;
	while (S->nnames < (size_t)v.n * 2 + 2)
		S->nnames *= 2;
	S->names = ir_alloc(S->a, sizeof *S->names * S->nnames);
	for (int i = 0; i < v.n; i++)
		name_put(S->names, S->nnames, v.v[i]);
	S->nchanged = 16;
	while (S->nchanged < (size_t)w.n * 2 + 2)
		S->nchanged *= 2;
	S->changed = ir_alloc(S->a, sizeof *S->changed * S->nchanged);
	for (int i = 0; i < w.n; i++)
		name_put(S->changed, S->nchanged, w.v[i]);
}

int sema_unit_uses_name(Sema *S, const IrUnit *u, const char *n)
{
	IrVec v = {0}, w = {0};
	names_block(S, &u->body, &v, &w);
	for (int i = 0; i < v.n; i++)
		if (!strcmp(v.v[i], n))
			return 1;
	return 0;
}

int sema_name_used(const Sema *S, const char *n)
{
	return name_in(S->names, S->nnames, n);
}

int sema_name_changed(const Sema *S, const char *n)
{
	return name_in(S->changed, S->nchanged, n);
}

/* Does u see an explicit interface (an interface body) for the external procedure `name`: one
 * of its own, its host's or module's, or one a module it USEs gives? */
static int interface_in(Sema *S, const IrUnit *u, const char *name, int depth)
{
	for (int i = 0; u && i < u->interfaces.n; i++)
		if (!strcmp(u->interfaces.v[i], name))
			return 1;
	for (int i = 0; u && depth < 64 && i < u->uses.n; i++) {
		const IrUse *us = u->uses.v[i];
		IrUnit *m = sema_find_module(S, us->module);
		const char *r = use_maps(us, name);
		if (m && r && sema_module_exports(m, r) && interface_in(S, m, r, depth + 1))
			return 1;
	}
	return 0;
}

int sema_has_interface(Sema *S, const IrUnit *u, const char *name)
{
	for (const IrUnit *v = u; v; v = v->host ? v->host : v->parent)
		if (interface_in(S, v, name, 0))
			return 1;
	return 0;
}

/* ---------------------------------------------------------------- generic interfaces */

static const IrGeneric *generic_in(const IrUnit *m, const char *name)
{
	for (int i = 0; m && i < m->generics.n; i++) {
		const IrGeneric *g = m->generics.v[i];
		if (!strcmp(g->name, name))
			return g;
	}
	return NULL;
}

/* The generic interface `name` of module m as its users see it: its own, or one it USEs. */
static void *module_generic(Sema *S, IrUnit *m, const char *name, int depth)
{
	if (!sema_module_exports(m, name))
		return NULL;
	const IrGeneric *g = generic_in(m, name);
	return g ? (void *)g : sema_through_uses(S, m, name, depth + 1, module_generic);
}

static const IrGeneric *generic_used(Sema *S, IrUnit *u, const char *name, int depth)
{
	return sema_through_uses(S, u, name, depth, module_generic);
}

/* Every generic interface `name` that u's USEs give it (transitively, through ONLY lists and
 * renames), added to out once each. */
static void generics_used(Sema *S, IrUnit *u, const char *name, int depth, IrVec *out)
{
	if (depth > 64)
		return;
	for (int i = 0; i < u->uses.n; i++) {
		const IrUse *us = u->uses.v[i];
		IrUnit *m = sema_find_module(S, us->module);
		const char *r = use_maps(us, name);
		if (!m || !r || !sema_module_exports(m, r))
			continue;
		const IrGeneric *g = generic_in(m, r);
		int seen = 0;
		for (int k = 0; g && k < out->n; k++)
			seen |= out->v[k] == g;
		if (g && !seen)
			ir_vec_push(S->a, out, (void *)g);
		generics_used(S, m, r, depth + 1, out);
	}
}

/* The generic interface `name` u sees. Fortran merges the generics of one name that u, its
 * module and the modules it USEs declare: several become one whose specific procedures are all
 * of theirs (each name once); generic_matches then still finds two that take the same
 * arguments. */
const IrGeneric *sema_find_generic(Sema *S, IrUnit *u, const char *name)
{
	IrVec all = {0};
	const IrGeneric *own = generic_in(u, name), *up = u->parent ? generic_in(u->parent, name) : NULL;
	if (own)
		ir_vec_push(S->a, &all, (void *)own);
	if (up)
		ir_vec_push(S->a, &all, (void *)up);
	generics_used(S, u, name, 0, &all);
	if (u->parent)
		generics_used(S, u->parent, name, 0, &all);
	if (!all.n)
		return u->host ? sema_find_generic(S, u->host, name) : NULL;
	if (all.n == 1)
		return all.v[0];
	IrGeneric *g = ir_alloc(S->a, sizeof *g);
	*g = *(const IrGeneric *)all.v[0];
	int n = 0;
	for (int i = 0; i < all.n; i++)
		n += ((const IrGeneric *)all.v[i])->nspecs;
	g->specs = ir_alloc(S->a, sizeof *g->specs * (size_t)n);
	g->nspecs = 0;
	for (int i = 0; i < all.n; i++) {
		const IrGeneric *h = all.v[i];
		for (int k = 0; k < h->nspecs; k++) {
			int dup = 0;
			for (int j = 0; j < g->nspecs; j++)
				dup |= !strcmp(g->specs[j], h->specs[k]);
			if (!dup)
				g->specs[g->nspecs++] = h->specs[k];
		}
	}
	return g;
}

int sema_elemental_arrays(const IrUnit *f, IrExpr *const *args, int nargs)
{
	for (int k = 0; k < nargs; k++)
		if (sema_rank(args[k])) {
			ir_error(args[k]->loc,
			         "'%s' is ELEMENTAL and this argument is an array: elemental application to arrays is not "
			         "supported; call it on each element in a DO loop",
			         f->name);
			return 1;
		}
	return 0;
}

/* Do the actual arguments match f's dummies in type, kind and rank (Fortran's rule for
 * choosing among a generic's specific procedures)? With elemental, an ELEMENTAL f's scalar
 * dummies take arrays too (chosen only when no specific matches the ranks exactly). */
static int generic_matches(const IrUnit *f, IrExpr *const *args, int nargs, int elemental)
{
	int k = 0;
	for (int i = 0; i < f->nargs; i++) {
		const IrSym *d = f->args[i];
		if (d && (d->extent_of || d->alloc_of || d->len_of || d == f->array_result))
			continue; /* an assumed-shape dummy's hidden extent, an ALLOCATABLE's bounds, a CHARACTER
			             dummy's length, a result */
		if (k == nargs && d && d->optional)
			continue; /* a trailing OPTIONAL dummy left out */
		if (k == nargs || !d || d->type != args[k]->type)
			return 0;
		if (strchr(d->name, '%'))
			return 0; /* a leaf of a dummy of derived type: a structure actual chose its specific
			             before (sema_type.c), so this reference has none there */
		if (d->rank != sema_rank(args[k]) && !(elemental && f->elemental && !d->rank))
			return 0;
		k++;
	}
	return k == nargs;
}

IrUnit *sema_generic_spec(Sema *S, IrUnit *u, const IrGeneric *g, int i)
{
	IrUnit *f = sema_find_proc(S, u, g->specs[i]);
	if (!f)
		f = sema_find_unit(S, g->specs[i]);
	if (!f)
		ir_error(g->loc, "'%s', a specific procedure of the generic interface '%s', is not defined in the given files",
		         g->specs[i], g->name);
	return f;
}

IrUnit *sema_generic_specific(Sema *S, IrUnit *u, const IrGeneric *g, IrExpr *const *args, int nargs, IrLoc loc)
{
	IrUnit *found = NULL;
	for (int pass = 0; pass < 2 && !found; pass++)
		for (int i = 0; i < g->nspecs; i++) {
			IrUnit *f = sema_generic_spec(S, u, g, i);
			if (!f)
				return NULL;
			sema_declare_unit(S, f);
			if (generic_matches(f, args, nargs, pass)) {
				if (found) {
					ir_error(
					        loc,
					        "the generic '%s' has two specific procedures for these arguments ('%s' and '%s')",
					        g->name, found->name, f->name);
					return NULL;
				}
				found = f;
			}
		}
	if (!found) {
		char buf[256];
		size_t n = 0;
		buf[0] = 0;
		for (int k = 0; k < nargs && n < sizeof buf - 40; k++) {
			int r = sema_rank(args[k]);
			n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", k ? ", " : "", ir_base_name(args[k]->type));
			if (r)
				n += (size_t)snprintf(buf + n, sizeof buf - n, " rank %d", r);
		}
		ir_error(loc, "no specific procedure of the generic '%s' takes these arguments (%s)", g->name, buf);
	}
	return found;
}

/* ---------------------------------------------------------------- call graph */


/*
 * Callees before callers, by Tarjan's strongly connected components: a component is emitted
 * after every component it calls, so a routine outside any cycle still follows its callees, and
 * the routines of one cycle of calls (direct or mutual recursion) are emitted together and
 * numbered as one cycle (IrUnit.cycle). The standard (and gfortran 12, even with -std=f2018)
 * requires every procedure of a cycle to be RECURSIVE: one that is not is a located error.
 */
typedef struct CallOrder {
	int *index;    /* per unit id: 1 + its DFS number, 0 = not visited */
	int *low;      /* lowest DFS number reachable through the units still on the stack */
	int *onstack;  /* on the component stack */
	int *selfcall; /* calls itself directly */
	int next;
	int ncycles;
	IrVec stack;
} CallOrder;

static void order_unit(Sema *S, IrUnit *u, CallOrder *o);

/* The call edge u -> q met while visiting u's body. */
static void order_edge(Sema *S, IrUnit *u, IrUnit *q, CallOrder *o)
{
	if (q == u)
		o->selfcall[u->id] = 1;
	if (!o->index[q->id]) {
		order_unit(S, q, o);
		if (o->low[q->id] < o->low[u->id])
			o->low[u->id] = o->low[q->id];
	} else if (o->onstack[q->id] && o->index[q->id] < o->low[u->id])
		o->low[u->id] = o->index[q->id];
}

static void order_unit(Sema *S, IrUnit *u, CallOrder *o)
{
	if (o->index[u->id])
		return;
	o->index[u->id] = o->low[u->id] = ++o->next;
	ir_vec_push(S->a, &o->stack, u);
	o->onstack[u->id] = 1;
	visit_calls_block(S, &u->body, u, o);
	if (o->low[u->id] != o->index[u->id])
		return;
	/* u is the root of a component: the stack from u up */
	int from = o->stack.n - 1;
	while (o->stack.v[from] != u)
		from--;
	int cyclic = from < o->stack.n - 1 || o->selfcall[u->id];
	if (cyclic)
		o->ncycles++;
	for (int k = from; k < o->stack.n; k++) {
		IrUnit *v = o->stack.v[k];
		o->onstack[v->id] = 0;
		v->cycle = cyclic ? o->ncycles : 0;
		ir_vec_push(S->a, &S->p->allunits, v);
		if (!cyclic || v->recursive || o->selfcall[v->id])
			continue; /* a direct call of a non-RECURSIVE routine to itself is reported at the call */
		char buf[512];
		size_t n = 0;
		buf[0] = 0;
		for (int j = from; j < o->stack.n && n < sizeof buf - 80; j++) {
			const IrUnit *w = o->stack.v[j];
			n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", j > from ? ", " : "",
			                      w->local_name ? w->local_name : w->name);
		}
		ir_error(v->loc,
		         "'%s' is in a cycle of calls (recursion through %s) but is not RECURSIVE: add RECURSIVE before "
		         "%s (the standard requires it of every procedure that may be active twice)",
		         v->local_name ? v->local_name : v->name, buf, v->kind == UNIT_FUNCTION ? "FUNCTION" : "SUBROUTINE");
	}
	o->stack.n = from;
}

static void visit_calls_expr(Sema *S, const IrExpr *e, IrUnit *u, CallOrder *o)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_VAR:
		for (int i = 0; i < e->u.var.nidx; i++)
			visit_calls_expr(S, e->u.var.idx[i], u, o);
		break;
	case IR_UNARY:
	case IR_BINARY:
		visit_calls_expr(S, e->u.op.a, u, o);
		visit_calls_expr(S, e->u.op.b, u, o);
		break;
	case IR_INTRIN:
	case IR_FCALL:
		for (int i = 0; i < e->u.call.nargs; i++)
			visit_calls_expr(S, e->u.call.args[i], u, o);
		if (e->kind == IR_FCALL && e->u.call.callee)
			order_edge(S, u, e->u.call.callee, o);
		break;
	case IR_CONVERT: visit_calls_expr(S, e->u.conv.e, u, o); break;
	default: break;
	}
}

typedef struct {
	Sema *S;
	IrUnit *u;
	CallOrder *o;
} VisitCalls;

static void visit_calls_slot(void *ctx, IrExpr **e)
{
	VisitCalls *x = ctx;
	visit_calls_expr(x->S, *e, x->u, x->o);
}

static int visit_calls_stmt(void *ctx, IrStmt *s)
{
	VisitCalls *x = ctx;
	IrVisit own = {visit_calls_slot, NULL, x}; /* its own expressions: ir_block_find visits its blocks */
	ir_stmt_children(s, &own);
	if (s->kind == IR_CALL && s->u.call.callee)
		order_edge(x->S, x->u, s->u.call.callee, x->o);
	return 0;
}

static void visit_calls_block(Sema *S, const IrBlock *b, IrUnit *u, CallOrder *o)
{
	VisitCalls x = {S, u, o};
	ir_block_find(b, visit_calls_stmt, &x);
}

static int number_site(void *ctx, IrStmt *s)
{
	IrProgram *p = ctx;
	if (s->kind == IR_CALL)
		s->u.call.site = p->nsites++;
	return 0;
}

/* ---------------------------------------------------------------- driver */

int fe_sema(IrProgram *p)
{
	int before = ir_error_count(p);
	Sema S = {0};
	S.p = p;
	S.a = p->arena;
	collect_units(&S);
	if (sema_procargs(&S)) /* routines given procedures: a copy per procedure passed */
		build_tables(&S);
	for (int i = 0; i < S.all.n; i++)
		((IrUnit *)S.all.v[i])->aux = NULL;
	sema_passive_scan(&S);
	for (int i = 0; i < S.all.n; i++)
		sema_declare_unit(&S, S.all.v[i]);
	sema_equiv_common(&S);
	sema_unify_commons(&S);
	for (int i = 0; i < S.all.n; i++) {
		IrUnit *u = S.all.v[i];
		S.unit = u;
		S.loopdepth = 0;
		if (u->kind == UNIT_MODULE && u->body.n)
			ir_error(u->loc, "executable statements in a module");
		sema_statement_functions(&S, u);
		sema_complex_body(&S, u);
		sema_types_body(&S, u);
		S.prologue = (IrBlock){0};
		for (int k = 0; k < u->syms.n; k++) { /* VALUE dummies: the routine's own copies first */
			IrSym *x = u->syms.v[k];
			if (x->value_in)
				ir_block_add(S.a, &S.prologue,
				             ir_assign(S.a, ir_var(S.a, x, NULL, 0, x->loc),
				                       ir_var(S.a, x->value_in, NULL, 0, x->loc), x->loc));
		}
		S.entry_of = (IrVec){0};
		sema_names_collect(&S, u);
		memset(S.ivars, 0, sizeof S.ivars);
		int nerr = ir_error_count(p);
		sema_resolve_block(&S, &u->body);
		S.nnames = S.nchanged = 0;
		if (S.prologue.n) {
			for (int k = 0; k < u->body.n; k++)
				ir_block_add(S.a, &S.prologue, u->body.v[k]);
			u->body = S.prologue;
		}
		sema_alloc_entry(&S, u);
		if (ir_error_count(p) == nerr)
			sema_flow_unit(&S, u);
		/* Symbols that are still untyped (e.g. typed externals never called): type them now. */
		for (int k = 0; k < u->syms.n; k++) {
			IrSym *s = u->syms.v[k];
			if (s->type == TY_NONE)
				s->type = ir_default_real;
		}
	}
	if (ir_error_count(p) > before)
		return ir_error_count(p) - before;
	sema_common_views(&S);
	sema_equivalence(&S);
	if (ir_error_count(p) > before)
		return ir_error_count(p) - before;
	sema_lift_internal(&S);
	if (ir_error_count(p) > before)
		return ir_error_count(p) - before;
	/* Callees before callers; the routines of a cycle of calls together. */
	CallOrder o = {0};
	int *mem = calloc(4 * ((size_t)S.all.n + 1), sizeof *mem);
	o.index = mem;
	o.low = mem + S.all.n + 1;
	o.onstack = mem + 2 * (S.all.n + 1);
	o.selfcall = mem + 3 * (S.all.n + 1);
	for (int i = 0; i < S.all.n; i++)
		((IrUnit *)S.all.v[i])->id = i;
	p->allunits.n = 0;
	for (int i = 0; i < S.all.n; i++)
		order_unit(&S, S.all.v[i], &o);
	free(mem);
	for (int i = 0; i < p->allunits.n; i++) {
		IrUnit *u = p->allunits.v[i];
		u->id = i;
		u->aux = NULL;
		ir_block_find(&u->body, number_site, p);
		for (int k = 0; k < u->syms.n; k++) {
			IrSym *s = u->syms.v[k];
			s->id = p->nsyms++;
			s->aux = NULL;
		}
	}
	for (int i = 0; i < p->commons.n; i++) {
		IrCommon *c = p->commons.v[i];
		for (int k = 0; k < c->members.n; k++)
			((IrSym *)c->members.v[k])->id = p->nsyms++;
	}
	sema_check_aliasing(p);
	return ir_error_count(p) - before;
}
