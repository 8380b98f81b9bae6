/*
 * sema_type.c — derived types: each variable of derived type becomes one variable per leaf
 * component (a component of intrinsic type), before anything else sees it.
 *
 * `type(t) :: pts(n)` with `type t; real(8) :: x, v(3); type(u) :: c; end type` and `type u;
 * integer :: k; end type` declares the variables `pts%x(n)`, `pts%v(3, n)` and `pts%c%k(n)`:
 * a leaf's dimensions are its own, then those of the components above it, innermost first,
 * then the variable's (column-major: `pts(i)%v(:)` is contiguous, as in gfortran's layout of
 * the structure's storage). After this file, the rest of stad sees only variables of intrinsic
 * type, so activity, TBR, the tape and snapshots work component by component: an INTEGER
 * component has no derivative, a snapshot of a structure is a snapshot of its leaves, and an
 * active component's derivative is a variable like any other (`pts%xb`, printed `pts_xb`).
 *
 * What this file rewrites:
 *   - declarations: the leaves replace the variable (sema_types_declare); a dummy argument of
 *     derived type becomes its leaves, in order, at its place in the argument list (so the C
 *     routine takes each leaf, followed by its derivative when it has one);
 *   - references: `pts(i)%v(k)` is `pts%v(k, i)`; an array part left without subscripts is
 *     taken whole (`pts%x` is the array `pts%x`, `pts(i)%v` the section `pts%v(:, i)`);
 *   - statements (sema_types_body): the assignment of a structure is one assignment per leaf,
 *     a structure constructor `t(a, b)` assigns its values to the leaves (through a temporary
 *     structure when a value reads the variable assigned), a structure as an actual argument
 *     is its leaves, PRINT of a structure prints its leaves, SIZE/LBOUND/UBOUND/SHAPE of an
 *     array of structures are those of a scalar component's array;
 *   - default initialization of components: initial values of a module or SAVE'd variable's
 *     leaves, assignments on entry for other locals and INTENT(OUT) dummies.
 * ALLOCATABLE components (deferred shape) make ALLOCATABLE leaves, which sema_alloc.c then
 * treats as any allocatable array (hidden bound and status variables, `s%u_lb1` ... `s%u_al`);
 * the assignment of a structure with such components copies each ALLOCATABLE leaf deeply
 * (copy_alloc: status, bounds and values, as gfortran does). In an array of structures with
 * explicit bounds, an ALLOCATABLE component's leaf is a slab with per-element bounds and status
 * (see "slabs" below; element copies: copy_slab).
 * An ALLOCATABLE array of structures `type(t), allocatable :: p(:)` (a type without ALLOCATABLE
 * components) makes every leaf an ALLOCATABLE array whose first dimensions are its component's,
 * of constant bounds, and whose last are the array's, deferred (`p%v(1:3, :)`, IrSym.alloc_leaf;
 * sema_alloc.c gives only those hidden bounds): ALLOCATE(p(lo:hi)), DEALLOCATE(p) name every leaf
 * (alloc_struct_objects), ALLOCATED(p) reads the first's status, `p = q` reallocates each, and a
 * component reference `p%x` is the section `p%x(:)` (not ALLOCATABLE: never reallocated). An
 * assumed-shape dummy's leaves have assumed shape in every dimension (`p%v(1:, :)`).
 * Refused, located: a structure anywhere else in an expression, a constructor that is not
 * assigned or of a type with ALLOCATABLE components, functions of derived type, default
 * initialization that is not a scalar constant, arrays of types with ALLOCATABLE components as
 * components, dummies, ALLOCATABLE or assumed-shape, assignments of their sections and their
 * elements as structure actuals, ALLOCATABLE scalar or derived-type components, POINTER
 * components, type-bound procedures, EXTENDS (the parser refuses the last three).
 */
#include "sema_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- resolved types */

typedef struct TComp {
	const char *name;
	IrBase type; /* TY_NONE: of derived type sub */
	struct TType *sub;
	int rank;
	int64_t lo[IR_MAX_RANK], hi[IR_MAX_RANK];
	IrExpr *init; /* default initialization: a constant of its type (every element), or NULL */
	int alloc;    /* ALLOCATABLE: its leaf is an allocatable array (deferred shape) */
	int64_t clen; /* CHARACTER: its (constant) length */
	IrLoc loc;
} TComp;

typedef struct TType {
	IrTypeDef *def;
	TComp *comps;
	int ncomps;
	int nleaves;
	int maxrank;      /* the most dimensions any leaf has */
	int array_leaves; /* some leaf has dimensions of its own */
	int alloc_leaves; /* some leaf is ALLOCATABLE */
} TType;

/* A variable of derived type: its leaves are variables of the unit that declares it, named
 * `name%path` in the depth-first order of the components. */
typedef struct TVar {
	const char *name;
	TType *type;
	IrUnit *owner;
	IrLoc loc;
	int rank;
	IrDim dims[IR_MAX_RANK];
	int argpos; /* a dummy: its position in the arguments as written; -1 otherwise */
	int intent, is_save;
	int alloc; /* an ALLOCATABLE array of structures: every leaf an ALLOCATABLE array (allocs below) */
	IrSym **leaves;
	IrExpr **inits; /* per leaf: its default initialization, or NULL */
	int nleaves;
	int bad;       /* refused (reported): references to it are not reported again */
	IrExpr *cinit; /* COMPLEX or derived type: the value of a PARAMETER (param set) or an initial value */
	int param;
	/* An array of a type with ALLOCATABLE components: per leaf, NULL or (an ALLOCATABLE leaf)
	 * its element bounds and status, `cells%u_elb1(n)`, `cells%u_eub1(n)`, ..., `cells%u_eal(n)`
	 * (the leaf itself is a slab, see slab_ref) */
	IrSym ***ext;
} TVar;

static TType *resolve_type(Sema *S, IrTypeDef *def);
static TType *complex_type(Sema *S, int dbl);
static TType *decl_complex(Sema *S, IrUnit *u, const IrDecl *d);

/* The derived type `name` u sees: its own, its host's, or one a module it USEs gives it. */
static IrTypeDef *type_in(Sema *S, IrUnit *u, const char *name, int depth);

static int type_exported(const IrUnit *m, const IrTypeDef *t)
{
	if (t->access)
		return t->access == ACCESS_PUBLIC;
	return sema_module_exports(m, t->name);
}

/* The derived type `name` of module m as its users see it: its own (NULL where PRIVATE), or one
 * it USEs. */
static void *module_type(Sema *S, IrUnit *m, const char *name, int depth)
{
	for (int k = 0; k < m->types.n; k++) {
		IrTypeDef *t = m->types.v[k];
		if (!strcmp(t->name, name))
			return type_exported(m, t) ? t : NULL;
	}
	return sema_module_exports(m, name) ? sema_through_uses(S, m, name, depth + 1, module_type) : NULL;
}

static IrTypeDef *used_type(Sema *S, IrUnit *u, const char *name, int depth)
{
	return sema_through_uses(S, u, name, depth, module_type);
}

static IrTypeDef *type_in(Sema *S, IrUnit *u, const char *name, int depth)
{
	for (IrUnit *v = u; v; v = v->host ? v->host : v->parent) {
		for (int k = 0; k < v->types.n; k++) {
			IrTypeDef *t = v->types.v[k];
			if (!strcmp(t->name, name))
				return t;
		}
		IrTypeDef *t = used_type(S, v, name, depth);
		if (t)
			return t;
	}
	return NULL;
}

static int64_t const_bound(Sema *S, IrUnit *u, IrExpr *e, const char *comp, int *ok)
{
	IrExpr *r = sema_spec_expr(S, u, e);
	Const c;
	if (!sema_const_of(r, &c) || !ir_base_is_int(c.type)) {
		ir_error(e->loc, "the bounds of component '%s' must be constant", comp);
		*ok = 0;
		return 1;
	}
	return c.i;
}

static TType *resolve_type(Sema *S, IrTypeDef *def)
{
	if (def->aux == (void *)S) {
		ir_error(def->loc, "derived type '%s' contains itself", def->name);
		return NULL;
	}
	if (def->aux)
		return def->aux;
	def->aux = (void *)S; /* in progress */
	IrUnit *u = def->owner;
	TType *t = ir_alloc(S->a, sizeof *t);
	t->def = def;
	int n = 0;
	for (int i = 0; i < def->comps.n; i++)
		n += ((IrDecl *)def->comps.v[i])->nents;
	t->comps = ir_alloc(S->a, sizeof *t->comps * (size_t)(n ? n : 1));
	int ok = 1;
	for (int i = 0; i < def->comps.n; i++) {
		IrDecl *d = def->comps.v[i];
		IrBase base = d->base;
		TType *sub = NULL;
		if (sema_is_complex_type(d->type_name)) {
			sub = decl_complex(S, u, d);
			if (!sub) {
				ok = 0;
				continue;
			}
		} else if (d->type_name) {
			IrTypeDef *sd = type_in(S, u, d->type_name, 0);
			if (!sd) {
				ir_error(d->loc, "derived type '%s' is not defined here (define it before TYPE %s)", d->type_name,
				         def->name);
				ok = 0;
				continue;
			}
			sub = resolve_type(S, sd);
			if (!sub) {
				ok = 0;
				continue;
			}
		} else if (d->kind_expr) {
			base = sema_kind_type(S, u, d->base, d->kind_expr);
		}
		for (int k = 0; k < d->nents; k++) {
			IrEntity *e = d->ents[k];
			TComp *c = &t->comps[t->ncomps];
			for (int j = 0; j < t->ncomps; j++)
				if (!strcmp(t->comps[j].name, e->name)) {
					ir_error(e->loc, "component '%s' is declared twice in TYPE %s", e->name, def->name);
					ok = 0;
				}
			c->name = e->name;
			c->type = sub ? TY_NONE : base;
			c->sub = sub;
			c->loc = e->loc;
			c->clen = 1;
			if (c->type == TY_CHAR && ((e->clen && e->clen_assumed) || (!e->clen && d->clen_assumed))) {
				ir_error(e->loc, "CHARACTER component '%s' must have a constant length (character(len=8) :: %s)",
				         e->name, e->name);
				ok = 0;
			} else if (c->type == TY_CHAR && (e->clen || d->clen)) {
				IrExpr *l = sema_spec_expr(S, u, e->clen ? e->clen : d->clen);
				Const lc;
				if (!sema_const_of(l, &lc) || !ir_base_is_int(l->type)) {
					ir_error(l->loc, "the length of CHARACTER component '%s' must be a constant integer",
					         e->name);
					ok = 0;
				} else
					c->clen = lc.i < 0 ? 0 : lc.i;
			}
			const IrDim *dims = e->rank ? e->dims : d->dims;
			c->rank = e->rank ? e->rank : d->has_dimension ? d->rank : 0;
			if (d->is_allocatable) {
				int deferred = 0;
				for (int j = 0; j < c->rank; j++)
					deferred += dims[j].assumed_shape && !dims[j].lo;
				const char *why = sub ? "an ALLOCATABLE component of derived type is not supported (make the "
				                        "components of its type ALLOCATABLE)"
				        : !c->rank    ? "an ALLOCATABLE scalar component is not supported (declare it without "
				                        "ALLOCATABLE, or as an array u(:))"
				        : deferred != c->rank ? "an ALLOCATABLE component has deferred shape: declare it u(:) "
				                                "or u(:, :), and give its bounds in ALLOCATE"
				        : base == TY_CHAR     ? "ALLOCATABLE CHARACTER components are not supported"
				                              : NULL;
				if (why) {
					ir_error(e->loc, "component '%s': %s", e->name, why);
					ok = 0;
					c->rank = 0;
				}
				c->alloc = !why;
			}
			if (sub && sub->alloc_leaves && c->rank) {
				ir_error(
				        e->loc,
				        "component '%s' is an array of type '%s', which has ALLOCATABLE components: arrays of such "
				        "types are not supported (make the components ALLOCATABLE arrays of one more dimension)",
				        e->name, sub->def->name);
				ok = 0;
			}
			for (int j = 0; j < c->rank && !c->alloc; j++) {
				if (!dims[j].hi || dims[j].assumed_shape) {
					ir_error(
					        e->loc,
					        "component '%s' must have constant bounds (or be ALLOCATABLE with deferred shape, "
					        "u(:))",
					        e->name);
					ok = 0;
					c->rank = 0;
					break;
				}
				c->lo[j] = dims[j].lo ? const_bound(S, u, dims[j].lo, e->name, &ok) : 1;
				c->hi[j] = const_bound(S, u, dims[j].hi, e->name, &ok);
			}
			if (e->init && sub) {
				ir_error(
				        e->loc,
				        "default initialization of component '%s' of derived type is not supported (initialize the "
				        "components of TYPE %s)",
				        e->name, sub->def->name);
				/* (the type stays usable, its component without a default: no error at its uses) */
			} else if (e->init) {
				IrExpr *r = sema_spec_expr(S, u, e->init);
				Const kc;
				if (base == TY_CHAR && r->kind == IR_CONST_STR && !c->rank) {
					c->init = r; /* padded or cut to the length with the leaf's declaration (sema_decl.c) */
				} else if (sema_rank(r) || !sema_const_of(r, &kc)) {
					ir_error(e->init->loc,
					         "the default initialization of component '%s' must be a scalar constant",
					         e->name); /* (the type stays usable: no error at its uses) */
				} else {
					c->init = sema_const_expr(S, &kc, base, e->init->loc);
				}
			}
			int leafrank = c->rank + (sub ? sub->maxrank : 0);
			if (leafrank > IR_MAX_RANK) {
				ir_error(e->loc, "component '%s' would need more than %d dimensions", e->name, IR_MAX_RANK);
				ok = 0;
			}
			if (leafrank > t->maxrank)
				t->maxrank = leafrank;
			t->array_leaves |= c->rank > 0 || (sub && sub->array_leaves);
			t->alloc_leaves |= c->alloc || (sub && sub->alloc_leaves);
			t->nleaves += sub ? sub->nleaves : 1;
			t->ncomps++;
		}
	}
	def->aux = ok ? t : NULL;
	if (!ok)
		def->aux = NULL;
	return ok ? t : NULL;
}

/* COMPLEX(4) or COMPLEX(8) as a type of two leaves, `re` and `im` (`z%re`, `z%im` are also
 * Fortran 2008's designators of the parts). */
static TType *complex_type(Sema *S, int dbl)
{
	if (S->complex_types[dbl])
		return S->complex_types[dbl];
	IrTypeDef *def = ir_alloc(S->a, sizeof *def);
	def->name = dbl ? "complex(8)" : "complex(4)";
	TType *t = ir_alloc(S->a, sizeof *t);
	t->def = def;
	t->comps = ir_alloc(S->a, 2 * sizeof *t->comps);
	t->comps[0].name = "re";
	t->comps[1].name = "im";
	for (int i = 0; i < 2; i++)
		t->comps[i].type = dbl ? TY_REAL8 : TY_REAL4;
	t->ncomps = t->nleaves = 2;
	def->aux = t;
	S->complex_types[dbl] = t;
	return t;
}

int sema_is_complex_type(const char *type_name)
{
	return type_name && !strcmp(type_name, IR_COMPLEX_TYPE);
}

/* The complex type of a declaration COMPLEX(kind): NULL (reported) for a kind stad lacks. */
static TType *decl_complex(Sema *S, IrUnit *u, const IrDecl *d)
{
	IrBase b = d->kind_expr ? sema_kind_type(S, u, d->base, d->kind_expr) : d->base;
	if (b != TY_REAL4 && b != TY_REAL8) {
		if (b != TY_NONE)
			ir_error(d->loc, "this COMPLEX kind is not supported (stad has COMPLEX(4) and COMPLEX(8))");
		return NULL;
	}
	return complex_type(S, b == TY_REAL8);
}

/* ---------------------------------------------------------------- variables */

static void complex_value(Sema *S, TVar *v);
static TVar *var_of(IrUnit *u, const char *name);

static TVar *var_of(IrUnit *u, const char *name)
{
	for (int i = 0; i < u->structs.n; i++) {
		TVar *v = u->structs.v[i];
		if (!strcmp(v->name, name))
			return v;
	}
	return NULL;
}

/* The variable of derived type `name` of module m as its users see it: its own, or one it USEs. */
static void *module_var(Sema *S, IrUnit *m, const char *name, int depth)
{
	if (!sema_module_exports(m, name))
		return NULL;
	TVar *v = var_of(m, name);
	return v ? v : sema_through_uses(S, m, name, depth + 1, module_var);
}

void *sema_module_struct(Sema *S, IrUnit *m, const char *name, int depth)
{
	return module_var(S, m, name, depth);
}

static TVar *used_var(Sema *S, IrUnit *u, const char *name, int depth)
{
	return sema_through_uses(S, u, name, depth, module_var);
}

/* The variable of derived type `name` u sees (not one a variable of u's own hides). */
static TVar *struct_var(Sema *S, IrUnit *u, const char *name)
{
	for (IrUnit *v = u; v; v = v->host ? v->host : v->parent) {
		TVar *t = var_of(v, name);
		if (t)
			return t;
		if (ir_unit_lookup(v, name))
			return NULL;
		t = used_var(S, v, name, 0);
		if (t)
			return t;
	}
	return NULL;
}

int sema_types_provided(Sema *S, IrUnit *m, const char *name)
{
	if (var_of(m, name))
		return 1;
	for (int k = 0; k < m->types.n; k++)
		if (!strcmp(((IrTypeDef *)m->types.v[k])->name, name))
			return 1;
	return used_var(S, m, name, 1) || used_type(S, m, name, 1);
}

/* `p%c%x` as u sees it: the leaf of the structure `p` (through USE renames). */
IrSym *sema_struct_leaf(Sema *S, IrUnit *u, const char *name)
{
	const char *pc = strchr(name, '%');
	if (!pc)
		return NULL;
	TVar *v = struct_var(S, u, ir_strndup(S->a, name, (size_t)(pc - name)));
	if (!v)
		return NULL;
	size_t n = strlen(v->name);
	for (int i = 0; i < v->nleaves; i++) {
		const char *ln = v->leaves[i]->name;
		if (!strcmp(ln + n, pc))
			return v->leaves[i];
		for (int k = 0; v->ext && v->ext[i] && k <= 2 * (v->leaves[i]->rank - v->rank); k++)
			if (!strcmp(v->ext[i][k]->name + n, pc))
				return v->ext[i][k];
	}
	return NULL;
}

/* Leaves of type t under prefix, depth-first, with their dimensions: the component's, then
 * those of the components above (outer, given), then the variable's. */
typedef struct LeafOut {
	Sema *S;
	TVar *var;
	IrUnit *u;
	IrSymKind kind;
	int n;
} LeafOut;

/* The element bounds and status of the slab leaf s (rank r of its own) of an array of
 * structures: INTEGER and LOGICAL arrays of the variable's shape. */
static void slab_ext(LeafOut *o, IrSym *s, int r)
{
	IrArena *a = o->S->a;
	TVar *v = o->var;
	IrSym **x = ir_alloc(a, sizeof *x * (size_t)(2 * r + 1));
	for (int k = 0; k <= 2 * r; k++) {
		const char *n = k == 2 * r ? ir_sprintf(a, "%s_eal", s->name)
		                           : ir_sprintf(a, "%s_e%s%d", s->name, k % 2 ? "ub" : "lb", k / 2 + 1);
		IrSym *h = ir_sym_new(a, o->u, n, o->kind, v->loc);
		h->type = k == 2 * r ? TY_LOGICAL : TY_INT;
		h->declared = 1;
		h->intent = v->intent;
		h->is_save = v->is_save;
		h->rank = v->rank;
		for (int d = 0; d < v->rank; d++) {
			h->dims[d].lo = ir_expr_copy(a, v->dims[d].lo);
			h->dims[d].hi = ir_expr_copy(a, v->dims[d].hi);
		}
		x[k] = h;
	}
	v->ext[o->n] = x;
}

static void make_leaves(LeafOut *o, TType *t, const char *prefix, const IrDim *outer, int nouter)
{
	IrArena *a = o->S->a;
	for (int i = 0; i < t->ncomps; i++) {
		TComp *c = &t->comps[i];
		const char *name = ir_sprintf(a, "%s%%%s", prefix, c->name);
		IrDim dims[2 * IR_MAX_RANK];
		int nd = 0;
		/* an assumed-shape dummy's leaves have assumed shape in every dimension (`p%v(1:, :)`):
		 * the caller passes each extent (assumed_shape_args, sema_bind_actuals), the component's
		 * too */
		int shaped = o->var->argpos >= 0 && !o->var->alloc && o->var->rank && o->var->dims[0].assumed_shape;
		for (int k = 0; k < c->rank; k++) {
			/* ALLOCATABLE: deferred shape, bounds given by sema_alloc_decls */
			dims[nd].lo = c->alloc ? NULL : ir_int(a, c->lo[k], c->loc);
			dims[nd].hi = c->alloc || shaped ? NULL : ir_int(a, c->hi[k], c->loc);
			dims[nd].assumed_shape = c->alloc || shaped;
			nd++;
		}
		for (int k = 0; k < nouter && nd < 2 * IR_MAX_RANK; k++)
			dims[nd++] = outer[k];
		if (c->sub) {
			make_leaves(o, c->sub, name, dims, nd);
			continue;
		}
		TVar *v = o->var;
		IrSym *s = ir_sym_new(a, o->u, name, o->kind, v->loc);
		s->type = c->type;
		if (c->type == TY_CHAR)
			s->clen = ir_int_kind(a, c->clen, TY_INT8, v->loc);
		s->declared = 1;
		s->intent = v->intent;
		s->is_save = v->is_save;
		s->allocatable = c->alloc || v->alloc;
		int rank = nd + v->rank;
		if (rank > IR_MAX_RANK) {
			ir_error(v->loc, "'%s' would need more than %d dimensions for its component '%s'", v->name, IR_MAX_RANK,
			         name + strlen(v->name) + 1);
			rank = 0;
		} else {
			for (int k = 0; k < nd; k++) {
				s->dims[k].lo = ir_expr_copy(a, dims[k].lo);
				s->dims[k].hi = ir_expr_copy(a, dims[k].hi);
				s->dims[k].assumed_shape = dims[k].assumed_shape;
			}
			for (int k = 0; k < v->rank; k++) {
				s->dims[nd + k].lo = c->alloc ? NULL : ir_expr_copy(a, v->dims[k].lo);
				s->dims[nd + k].hi = c->alloc ? NULL : ir_expr_copy(a, v->dims[k].hi);
				s->dims[nd + k].assumed_shape = c->alloc || v->dims[k].assumed_shape;
			}
			if (c->alloc && v->rank)
				slab_ext(o, s, c->rank);
		}
		s->rank = rank;
		s->alloc_leaf = v->alloc && rank ? v->rank : 0;
		v->inits[o->n] = c->init;
		v->leaves[o->n++] = s;
	}
}

static void remove_sym(IrUnit *u, IrSym *s)
{
	int k = 0;
	for (int i = 0; i < u->syms.n; i++)
		if (u->syms.v[i] != s)
			u->syms.v[k++] = u->syms.v[i];
	u->syms.n = k;
}

/* Does e name a variable of derived or COMPLEX type of u? */
static int mentions_struct(IrUnit *u, const IrExpr *e)
{
	if (!e)
		return 0;
	switch (e->kind) {
	case IR_REF:
		if (var_of(u, e->u.ref.name))
			return 1;
		for (int i = 0; i < e->u.ref.nargs; i++)
			if (mentions_struct(u, e->u.ref.args[i]))
				return 1;
		return 0;
	case IR_UNARY:
	case IR_BINARY: return mentions_struct(u, e->u.op.a) || mentions_struct(u, e->u.op.b);
	case IR_KEYWORD: return mentions_struct(u, e->u.kw.e);
	case IR_COMPONENT: return 1;
	default: return 0;
	}
}

/* The value of a COMPLEX PARAMETER or initialized variable: `(re, im)`, CMPLX(re[, im][, kind])
 * or a real value, each part becoming its leaf's value (a PARAMETER's leaves are PARAMETERs,
 * folded with the others; an initialized variable's leaves are initialized, hence SAVE'd). */
static void complex_value(Sema *S, TVar *v)
{
	IrExpr *e = v->cinit, *re = e, *im = NULL;
	if (e->kind == IR_REF && !strcmp(e->u.ref.name, IR_COMPLEX_CONST)) {
		re = e->u.ref.args[0];
		im = e->u.ref.args[1];
	} else if (e->kind == IR_REF && e->u.ref.has_parens &&
	           (!strcmp(e->u.ref.name, "cmplx") || !strcmp(e->u.ref.name, "dcmplx")) && e->u.ref.nargs >= 1 &&
	           e->u.ref.args[0]->kind != IR_KEYWORD) {
		re = e->u.ref.args[0];
		im = e->u.ref.nargs >= 2 && e->u.ref.args[1]->kind != IR_KEYWORD ? e->u.ref.args[1] : NULL;
	} else if (mentions_struct(v->owner, e)) {
		ir_error(e->loc,
		         "the value of COMPLEX '%s' must be a constant (re, im), CMPLX(re, im) or a real constant, not an "
		         "expression of COMPLEX values (write its parts)",
		         v->name);
		return;
	}
	IrExpr *parts[2] = {re, im ? im : ir_int(S->a, 0, e->loc)};
	for (int k = 0; k < 2 && k < v->nleaves; k++) {
		IrSym *s = v->leaves[k];
		s->init = ir_expr_copy(S->a, parts[k]);
		if (v->param)
			s->kind = SYM_PARAM;
		else
			s->is_save = 1; /* Fortran: initialization implies SAVE */
	}
}

static TType *ctor_type(Sema *S, const IrExpr *e);
static IrExpr **ctor_values(Sema *S, const IrExpr *e, TType *t);

/* The leaves of v from *k on take the values of e, a constructor of type t (nested for
 * structure components); 0 after an error (reported). */
static int leaf_values(Sema *S, TVar *v, TType *t, IrExpr *e, int *k)
{
	if (ctor_type(S, e) != t) {
		ir_error(e->loc, "the value of '%s' must be a structure constructor %s(...) of constants", v->name,
		         t->def->name);
		return 0;
	}
	IrExpr **vals = ctor_values(S, e, t);
	if (!vals)
		return 0;
	for (int c = 0; c < t->ncomps; c++) {
		const TComp *tc = &t->comps[c];
		if (tc->alloc || (tc->sub && (tc->rank || !tc->sub->def->owner))) {
			ir_error(vals[c]->loc,
			         "a value for the %s component '%s' of '%s' is not supported here (assign it in the code)",
			         tc->alloc ? "ALLOCATABLE" : tc->rank ? "derived-type array" : "COMPLEX", tc->name, v->name);
			return 0;
		}
		if (tc->sub) {
			if (!leaf_values(S, v, tc->sub, vals[c], k))
				return 0;
			continue;
		}
		if (*k < v->nleaves)
			v->leaves[(*k)++]->init = ir_expr_copy(S->a, vals[c]);
	}
	return 1;
}

/* `type(point), parameter :: origin = point(0.5d0, -0.25d0)`, `type(body) :: b = body(m=2d0)`:
 * each leaf takes its value (a PARAMETER's leaves become PARAMETERs, folded with the others; an
 * initialized variable's are initialized, hence SAVE'd). After an error the leaves stay
 * variables: their uses add none. */
static void struct_value(Sema *S, IrUnit *u, TVar *v)
{
	IrUnit *save = S->unit;
	S->unit = u;
	int k = 0, ok = leaf_values(S, v, v->type, v->cinit, &k);
	S->unit = save;
	for (int i = 0; ok && i < v->nleaves; i++) {
		IrSym *s = v->leaves[i];
		if (v->param) {
			s->kind = SYM_PARAM;
			s->is_save = 0;
		} else
			s->is_save = 1;
	}
}

/* A declaration TYPE(t) :: entities in u: each entity a variable of derived type (its leaves
 * are made by sema_types_declare once every declaration of u is read). */
void sema_types_decl(Sema *S, IrUnit *u, IrDecl *d)
{
	int cx = sema_is_complex_type(d->type_name);
	if (cx && (d->is_external || d->is_intrinsic)) {
		ir_error(d->loc, "a COMPLEX procedure is not supported (pass the real and imaginary parts as REAL arguments)");
		return;
	}
	if (d->is_allocatable && cx) {
		ir_error(d->loc, "ALLOCATABLE COMPLEX arrays are not supported (give the array explicit bounds)");
		return;
	}
	if (!cx && (d->is_external || d->is_intrinsic)) {
		ir_error(d->loc, "a variable of derived type can only be a variable or a PARAMETER (not a procedure)");
		return;
	}
	if (d->access && u->kind != UNIT_MODULE)
		ir_error(d->loc, "the %s attribute is allowed only in a MODULE",
		         d->access == ACCESS_PUBLIC ? "PUBLIC" : "PRIVATE");
	IrTypeDef *def = cx ? NULL : type_in(S, u, d->type_name, 0);
	if (!def && !cx) {
		ir_error(d->loc, "derived type '%s' is not defined here (define it with TYPE :: %s, or USE its module)",
		         d->type_name, d->type_name);
		return;
	}
	TType *t = cx ? decl_complex(S, u, d) : resolve_type(S, def);
	if (!t)
		return;
	for (int i = 0; i < d->nents; i++) {
		IrEntity *e = d->ents[i];
		if (var_of(u, e->name)) {
			ir_error(e->loc, "the type of '%s' is given twice", e->name);
			continue;
		}
		if (d->is_parameter && !e->init) {
			ir_error(e->loc, "PARAMETER '%s' has no value", e->name);
			continue;
		}
		TVar *v = ir_alloc(S->a, sizeof *v);
		v->name = e->name;
		v->type = t;
		v->owner = u;
		v->loc = e->loc;
		v->argpos = -1;
		v->intent = d->intent;
		v->is_save = d->is_save;
		v->cinit = e->init;
		v->param = d->is_parameter;
		v->is_save |= e->init && !cx; /* Fortran: initialization implies SAVE (default_init) */
		v->alloc = d->is_allocatable;
		const IrDim *dims = e->rank ? e->dims : d->dims;
		v->rank = e->rank ? e->rank : d->has_dimension ? d->rank : 0;
		if (v->cinit && v->rank) {
			ir_error(e->loc, "a %s array %s is not supported (assign the elements)", cx ? "COMPLEX" : "derived-type",
			         v->param ? "PARAMETER" : "with an initial value");
			v->cinit = NULL; /* (its uses add no error) */
			v->param = 0;
		}
		for (int k = 0; k < v->rank; k++)
			v->dims[k] = dims[k];
		ir_vec_push(S->a, &u->structs, v);
	}
}

/* Default initialization (Fortran 2003 §4.5.4.6): a module or SAVE'd variable starts with the
 * values (its leaves get them as initial values); a local that is not SAVE'd and an
 * INTENT(OUT) dummy get them on every entry (sema_types_body assigns them first). */
static void default_init(Sema *S, IrUnit *u, TVar *v, int save_all)
{
	int any = 0;
	for (int k = 0; k < v->nleaves; k++)
		any |= v->inits[k] != NULL;
	if (!any || v->alloc) /* an ALLOCATABLE array gets them at each ALLOCATE (alloc_struct_objects) */
		return;
	int stat = u->kind == UNIT_MODULE || (v->argpos < 0 && (v->is_save || save_all));
	if (v->argpos >= 0 && v->intent != INTENT_OUT) {
		for (int k = 0; k < v->nleaves; k++)
			v->inits[k] = NULL; /* a dummy has its actual's values */
		return;
	}
	int char_array = 0;
	for (int k = 0; k < v->nleaves; k++) {
		IrSym *s = v->leaves[k];
		if (!v->inits[k])
			continue;
		if (s->rank && s->type == TY_CHAR) {
			if (!char_array++)
				ir_error(
				        v->loc,
				        "'%s' is an array of a type whose CHARACTER components have default values, which is not "
				        "supported (give the components their values in a DO loop over '%s')",
				        v->name, v->name);
			v->inits[k] = NULL;
			continue;
		}
		if (s->rank && !s->dims[s->rank - 1].hi) {
			ir_error(v->loc, "'%s' has assumed size: its default initialization cannot be done", v->name);
			v->inits[k] = NULL;
			continue;
		}
		if (stat) {
			s->init = ir_expr_copy(S->a, v->inits[k]);
			s->is_save = 1;
			v->inits[k] = NULL; /* given once, at the start of the program */
		}
	}
}

/* After u's declarations: each variable of derived type takes what other statements said of
 * its name (DIMENSION, INTENT, SAVE, being a dummy) and is replaced by its leaves. */
void sema_types_declare(Sema *S, IrUnit *u)
{
	if (!u->structs.n)
		return;
	int changed_args = 0, save_all = 0;
	for (int i = 0; i < u->decls.n; i++) {
		const IrDecl *d = u->decls.v[i];
		save_all |= d->kind == DECL_SAVE && d->nents == 0;
	}
	for (int i = 0; i < u->structs.n; i++) {
		TVar *v = u->structs.v[i];
		IrSym *s = ir_unit_lookup(u, v->name);
		if (s) {
			if (s->declared || s->kind == SYM_PARAM || s->kind == SYM_COMMON || s->is_external || s->init) {
				ir_error(v->loc, "'%s' of %s cannot be %s", v->name,
				         v->type->def->owner ? "derived type" : "type COMPLEX",
				         s->kind == SYM_COMMON          ? "in COMMON"
				                 : s->kind == SYM_PARAM ? "a PARAMETER"
				                 : s->init              ? "given values by DATA"
				                 : s->is_external       ? "EXTERNAL"
				                                        : "declared with another type");
				if (!v->type->def->owner && !s->declared) { /* COMPLEX: no second error for its type */
					s->type = v->type->comps[0].type;
					s->declared = 1;
				}
				continue;
			}
			if (s->rank) {
				if (v->rank)
					ir_error(v->loc, "the dimensions of '%s' are given twice", v->name);
				v->rank = s->rank;
				for (int k = 0; k < s->rank; k++)
					v->dims[k] = s->dims[k];
			}
			if (s->intent)
				v->intent = s->intent;
			v->is_save |= s->is_save;
			if (s->kind == SYM_ARG) {
				v->argpos = s->argpos;
				changed_args = 1;
			} else if (s->kind != SYM_LOCAL) {
				ir_error(v->loc,
				         "'%s' of derived type cannot be a function result: make the FUNCTION a SUBROUTINE "
				         "with '%s' as an INTENT(OUT) argument",
				         v->name, v->name);
				v->bad = 1;
				s->refused = 1; /* its uses add no error */
				if (u->result)
					u->result->refused = 1;
				continue;
			}
			remove_sym(u, s);
		}
		if (v->intent && v->argpos < 0)
			ir_error(v->loc, "INTENT is given for '%s', which is not a dummy argument", v->name);
		if (v->alloc && (!v->rank || !v->type->alloc_leaves)) {
			/* each leaf becomes an ALLOCATABLE array (make_leaves, sema_alloc.c): refused here,
			 * once, what sema_alloc_decls would refuse leaf by leaf */
			int deferred = 0;
			for (int k = 0; k < v->rank; k++)
				deferred += v->dims[k].assumed_shape && !v->dims[k].lo;
			const char *why = !v->rank ? "a scalar structure cannot be ALLOCATABLE (declare it without ALLOCATABLE)"
			        : deferred != v->rank
			        ? ir_sprintf(S->a,
			                     "an ALLOCATABLE array has deferred shape: declare it %s(:)%s, and give its "
			                     "bounds in ALLOCATE",
			                     v->name, v->rank > 1 ? " in each dimension" : "")
			        : v->argpos < 0 && u->kind != UNIT_MODULE && (v->is_save || save_all)
			        ? "a SAVE'd ALLOCATABLE local is not supported (make it a module variable)"
			        : NULL;
			if (why) {
				ir_error(v->loc, "'%s': %s", v->name, why);
				v->rank = 0;
				v->alloc = 0;
				v->bad = 1;
			}
		}
		if (v->rank && v->type->alloc_leaves) {
			int deferred = 0;
			for (int k = 0; k < v->rank; k++)
				deferred |= v->dims[k].assumed_shape || !v->dims[k].hi;
			const char *why = v->argpos >= 0 && (deferred || v->rank > 1)
			        ? ir_sprintf(S->a,
			                     "can be a dummy argument only of rank 1 with explicit bounds, %s(n) (not "
			                     "assumed-shape, assumed-size or of rank 2 and more: make it a module variable, or "
			                     "pass the components of one element)",
			                     v->name)
			        : v->argpos >= 0 ? NULL
			        : deferred       ? ir_sprintf(S->a,
			                                      "must have explicit bounds: ALLOCATABLE arrays of such types are not "
			                                            "supported (declare it with bounds, e.g. %s(n), and allocate the "
			                                            "components of each element)",
			                                      v->name)
			                         : NULL;
			if (why) {
				ir_error(v->loc, "'%s' is an array of type '%s', which has ALLOCATABLE components: it %s",
				         v->name, v->type->def->name, why);
				v->rank = 0;
				v->alloc = 0;
				v->bad = 1;
			}
		}
		for (int k = 0; k < v->rank; k++) {
			if (v->dims[k].assumed_shape && !v->alloc && v->argpos < 0) {
				ir_error(v->loc,
				         "'%s' has deferred shape (:) but is neither a dummy argument nor ALLOCATABLE (give it "
				         "bounds, or the ALLOCATABLE attribute)",
				         v->name);
				v->rank = 0;
				v->bad = 1;
				break;
			}
			if (!v->dims[k].hi && !v->dims[k].assumed_shape && v->type->array_leaves) {
				ir_error(
				        v->loc,
				        "'%s' has assumed size and its type has array components: declare it with explicit bounds",
				        v->name);
				v->rank = 0;
				v->bad = 1;
				break;
			}
		}
		v->leaves = ir_alloc(S->a, sizeof *v->leaves * (size_t)(v->type->nleaves ? v->type->nleaves : 1));
		v->inits = ir_alloc(S->a, sizeof *v->inits * (size_t)(v->type->nleaves ? v->type->nleaves : 1));
		v->ext = ir_alloc(S->a, sizeof *v->ext * (size_t)(v->type->nleaves ? v->type->nleaves : 1));
		LeafOut o = {S, v, u, v->argpos >= 0 ? SYM_ARG : SYM_LOCAL, 0};
		make_leaves(&o, v->type, v->name, NULL, 0);
		v->nleaves = o.n;
		for (int k = 0; k < v->nleaves; k++)
			for (int j = 0; v->ext[k] && u->kind == UNIT_MODULE && j <= 2 * (v->leaves[k]->rank - v->rank); j++) {
				/* every element unallocated at the start, of bounds 1:0 */
				IrSym *h = v->ext[k][j];
				h->init = h->type == TY_LOGICAL ? ir_logical(S->a, 0, v->loc) : ir_int(S->a, 1 - j % 2, v->loc);
				h->is_save = 1;
			}
		default_init(S, u, v, save_all);
		if (v->cinit && !v->type->def->owner)
			complex_value(S, v);
		else if (v->cinit)
			struct_value(S, u, v);
	}
	if (!changed_args)
		return;
	/* the dummies: each of derived type replaced by its leaves, in place */
	IrVec args = {0}, names = {0};
	for (int i = 0; i < u->nargs; i++) {
		TVar *v = NULL;
		for (int k = 0; k < u->structs.n && !v; k++)
			if (((TVar *)u->structs.v[k])->argpos == i)
				v = u->structs.v[k];
		if (!v) {
			ir_vec_push(S->a, &args, u->args[i]);
			ir_vec_push(S->a, &names, (void *)u->argnames[i]);
			continue;
		}
		for (int k = 0; k < v->nleaves; k++) {
			ir_vec_push(S->a, &args, v->leaves[k]);
			ir_vec_push(S->a, &names, (void *)v->leaves[k]->name);
			/* a slab: the elements' bounds and status follow it (expand_actuals) */
			for (int j = 0; v->ext && v->ext[k] && j <= 2 * (v->leaves[k]->rank - v->rank); j++) {
				ir_vec_push(S->a, &args, v->ext[k][j]);
				ir_vec_push(S->a, &names, (void *)v->ext[k][j]->name);
			}
		}
	}
	sema_set_dummies(u, &args, &names);
}

/* ---------------------------------------------------------------- designators */

/* One part of a designator: `name(args)`. */
typedef struct Part {
	const char *name;
	IrExpr **args;
	int nargs;
	int rank; /* declared rank of this part */
	IrLoc loc;
} Part;

/* A designator read: the variable, its parts (parts[0] the variable itself), the type it ends
 * at (NULL: at a leaf, leafcomp), how many parts have rank > 0. */
typedef struct Desig {
	TVar *var;
	Part parts[16];
	int nparts;
	TType *type;       /* the designator is a structure of this type; NULL: a leaf */
	const TComp *leaf; /* the leaf component it ends at */
	int arrays;        /* parts with rank > 0 (unsubscripted arrays or sections) */
	int rank;          /* its rank, for the one array part */
	IrExpr *substr;    /* a CHARACTER scalar leaf read as a substring, `s%name(1:1)`: its (lo:hi) */
	IrLoc loc;
} Desig;

static int part_rank(const Part *p)
{
	if (!p->rank)
		return 0;
	if (!p->nargs)
		return p->rank;
	int r = 0;
	for (int i = 0; i < p->nargs; i++)
		r += p->args[i]->kind == IR_TRIPLET;
	return r;
}

/* Reads e as a designator of a variable of derived type: 1 when it is one (d filled), 0 when
 * it is not, -1 after an error. */
static int designator(Sema *S, IrExpr *e, Desig *d)
{
	if (e->kind == IR_REF) {
		if (e->paren)
			return 0;
		TVar *v = struct_var(S, S->unit, e->u.ref.name);
		if (!v)
			return 0;
		if (v->bad)
			return -1;
		memset(d, 0, sizeof *d);
		d->var = v;
		d->loc = e->loc;
		d->type = v->type;
		Part *p = &d->parts[d->nparts++];
		p->name = e->u.ref.name; /* as u knows it (USE renames) */
		p->args = e->u.ref.args;
		p->nargs = e->u.ref.nargs;
		p->rank = v->rank;
		p->loc = e->loc;
		if (p->nargs && p->nargs != v->rank) {
			ir_error(e->loc, "'%s' has rank %d but %d subscript%s given", v->name, v->rank, p->nargs,
			         p->nargs == 1 ? " is" : "s are");
			return -1;
		}
		if (e->u.ref.has_parens && !p->nargs && v->rank) {
			ir_error(e->loc, "'%s' is an array: give its subscripts", v->name);
			return -1;
		}
		int r = part_rank(p);
		d->arrays = r > 0;
		d->rank = r;
		return 1;
	}
	if (e->kind != IR_COMPONENT)
		return 0;
	int k = designator(S, e->u.comp.base, d);
	if (k <= 0) {
		if (k == 0) {
			const IrExpr *b = e->u.comp.base;
			while (b->kind == IR_COMPONENT)
				b = b->u.comp.base;
			const char *bn = b->kind == IR_REF ? b->u.ref.name : "this";
			const IrUnit *pm =
			        b->kind == IR_REF && !sema_lookup(S, S->unit, bn) ? sema_private_in(S, S->unit, bn) : NULL;
			if (pm)
				ir_error(b->loc, "'%s' is PRIVATE in module '%s'", bn, pm->name);
			else
				ir_error(e->loc, "'%s' is not a variable of derived type: it has no component '%s'", bn,
				         e->u.comp.name);
		}
		return -1;
	}
	if (!d->type) {
		ir_error(e->loc, "component '%s' of a component of intrinsic type", e->u.comp.name);
		return -1;
	}
	TComp *c = NULL;
	for (int i = 0; i < d->type->ncomps; i++)
		if (!strcmp(d->type->comps[i].name, e->u.comp.name))
			c = &d->type->comps[i];
	if (!c && e->u.comp.call) {
		const IrExpr *b = e->u.comp.base;
		const char *bn = b->kind == IR_REF ? b->u.ref.name : "s";
		ir_error(e->loc,
		         "%s%%%s() calls a type-bound procedure, which is not supported: call the module procedure by its "
		         "name with the structure as an argument, %s(%s)",
		         bn, e->u.comp.name, e->u.comp.name, bn);
		return -1;
	}
	if (!c) {
		ir_error(e->loc, "derived type '%s' has no component '%s'", d->type->def->name, e->u.comp.name);
		return -1;
	}
	if (d->nparts == 16) {
		ir_error(e->loc, "component references nested too deeply");
		return -1;
	}
	Part *p = &d->parts[d->nparts++];
	p->name = c->name;
	p->args = e->u.comp.args;
	p->nargs = e->u.comp.nargs;
	p->rank = c->rank;
	p->loc = e->loc;
	if (!c->rank && c->type == TY_CHAR && p->nargs == 1 && p->args[0]->kind == IR_TRIPLET) {
		/* s%name(1:1) (trial s16: "has rank 0 but 1 subscript is given" and a cascade): the leaf's
		 * substring, made by sema_component_ref (the other readers of a designator of a leaf
		 * pass the reference on to it) */
		d->substr = p->args[0];
		p->args = NULL;
		p->nargs = 0;
	}
	if (p->nargs && p->nargs != c->rank) {
		ir_error(e->loc, "component '%s' has rank %d but %d subscript%s given", c->name, c->rank, p->nargs,
		         p->nargs == 1 ? " is" : "s are");
		return -1;
	}
	int r = part_rank(p);
	if (r) {
		if (d->arrays) {
			ir_error(e->loc,
			         "two parts of this reference are arrays (Fortran allows one): give subscripts to all but one");
			return -1;
		}
		d->arrays = 1;
		d->rank = r;
	}
	d->type = c->sub;
	d->leaf = c->sub ? NULL : c;
	return 1;
}

static Desig temp_struct(Sema *S, TType *t, IrLoc loc);

static IrExpr *whole_triplet(Sema *S, IrLoc loc)
{
	IrExpr *t = ir_alloc(S->a, sizeof *t);
	t->kind = IR_TRIPLET;
	t->loc = loc;
	return t;
}

/* ---------------------------------------------------------------- slabs */

/* An ALLOCATABLE component of an array of structures, `cells(i)%u` with `type(state) ::
 * cells(n)`: its leaf `cells%u` is a slab, an ALLOCATABLE array of the component's rank plus
 * the variable's, `cells%u(:, :)`, whose column `cells%u(:, i)` holds element i's component
 * from its first element on (allocated with the variable's bounds and the largest extents any
 * element has had, grown by copy when an element needs more). Element i's bounds and status
 * are the arrays `cells%u_elb1(i)`, `cells%u_eub1(i)`, ..., `cells%u_eal(i)` (slab_ext); the
 * slab's dimensions of the array start at 1 (so that a dummy of other bounds sees the same
 * columns), so with i' = i - LBOUND(cells%u_eal, 1) + 1
 *   cells(i)%u(j)               is  cells%u(j - cells%u_elb1(i) + 1, i')
 *   cells(i)%u                  is  cells%u(1:cells%u_eub1(i) - cells%u_elb1(i) + 1, i')
 *   ALLOCATE(cells(i)%u(lo:hi)) sets cells%u_elb1(i), _eub1(i), _eal(i) and allocates or grows
 *                               the slab (slab_alloc); DEALLOCATE clears cells%u_eal(i)
 *   ALLOCATED, LBOUND, UBOUND   read them (slab_inquiry)
 * Everything after sema sees ordinary arrays and an ALLOCATABLE slab: derivatives, the tape,
 * snapshots and the reverse sweep's re-allocation work on them as on any other. */
typedef struct Slab {
	TVar *v;
	IrSym *leaf;
	IrSym **ext;
	int r;             /* the component's rank */
	const char *lname; /* the leaf as the unit names it (USE renames) */
	const Part *el;    /* the element part, parts[0] */
	IrLoc loc;
} Slab;

/* 1 when the leaf (below d) is the slab of an array of structures (sl filled), 0 otherwise. */
static int slab_of(Sema *S, const Desig *d, const TComp *const *below, int nbelow, Slab *sl)
{
	const TComp *c = nbelow ? below[nbelow - 1] : d->leaf;
	if (!c || !c->alloc || !d->var->rank || !d->var->ext)
		return 0;
	const char *name = d->var->name, *lname = d->parts[0].name;
	for (int i = 1; i < d->nparts; i++) {
		name = ir_sprintf(S->a, "%s%%%s", name, d->parts[i].name);
		lname = ir_sprintf(S->a, "%s%%%s", lname, d->parts[i].name);
	}
	for (int i = 0; i < nbelow; i++) {
		name = ir_sprintf(S->a, "%s%%%s", name, below[i]->name);
		lname = ir_sprintf(S->a, "%s%%%s", lname, below[i]->name);
	}
	for (int k = 0; k < d->var->nleaves; k++)
		if (d->var->ext[k] && !strcmp(d->var->leaves[k]->name, name)) {
			sl->v = d->var;
			sl->leaf = d->var->leaves[k];
			sl->ext = d->var->ext[k];
			sl->r = c->rank;
			sl->lname = lname;
			sl->el = &d->parts[0];
			sl->loc = d->loc;
			return 1;
		}
	return 0;
}

/* The element's subscripts must be scalars: 0 (reported) otherwise. */
static int slab_element(Sema *S, const Slab *sl)
{
	(void)S;
	int ok = sl->el->nargs == sl->v->rank;
	for (int k = 0; ok && k < sl->el->nargs; k++)
		ok = sl->el->args[k]->kind != IR_TRIPLET;
	if (!ok)
		ir_error(sl->loc,
		         "the ALLOCATABLE component '%s' of the array of structures '%s' is taken of one element at a time: "
		         "write %s(i)%s (in a DO loop for several)",
		         sl->lname + strlen(sl->el->name) + 1, sl->el->name, sl->el->name, sl->lname + strlen(sl->el->name));
	return ok;
}

/* ext k of the element: elb(d) k = 2d, eub(d) k = 2d + 1, eal k = 2r. */
static IrExpr *slab_ext_ref(Sema *S, const Slab *sl, int k)
{
	IrExpr **subs = ir_alloc(S->a, sizeof *subs * (size_t)sl->el->nargs);
	for (int i = 0; i < sl->el->nargs; i++)
		subs[i] = ir_expr_copy(S->a, sl->el->args[i]);
	const char *n = ir_sprintf(S->a, "%s%s", sl->el->name, sl->ext[k]->name + strlen(sl->v->name));
	return ir_ref(S->a, n, subs, sl->el->nargs, 1, sl->loc);
}

static IrExpr *plus1_minus(Sema *S, IrExpr *x, IrExpr *lb, IrLoc loc)
{
	return ir_binop(S->a, IR_ADD, ir_binop(S->a, IR_SUB, x, lb, loc), ir_int(S->a, 1, loc), loc);
}

static IrExpr *call_of(Sema *S, const char *f, IrExpr *x, IrExpr *y, IrLoc loc);

/* The reference to the element's component, `cells%u(j - cells%u_elb1(i) + 1, i)`; args NULL:
 * the whole component. */
static IrExpr *slab_ref(Sema *S, const Slab *sl, IrExpr **args, int nargs)
{
	IrLoc L = sl->loc;
	if (!slab_element(S, sl))
		return ir_int(S->a, 0, L);
	IrExpr **subs = ir_alloc(S->a, sizeof *subs * (size_t)(sl->r + sl->el->nargs));
	for (int k = 0; k < sl->r; k++) {
		IrExpr *x = nargs ? args[k] : NULL;
		if (x && x->kind != IR_TRIPLET) {
			subs[k] = plus1_minus(S, ir_expr_copy(S->a, x), slab_ext_ref(S, sl, 2 * k), L);
			continue;
		}
		IrExpr *t = whole_triplet(S, L);
		t->u.triplet.lo =
		        plus1_minus(S, x && x->u.triplet.lo ? ir_expr_copy(S->a, x->u.triplet.lo) : slab_ext_ref(S, sl, 2 * k),
		                    slab_ext_ref(S, sl, 2 * k), L);
		t->u.triplet.hi = plus1_minus(
		        S, x && x->u.triplet.hi ? ir_expr_copy(S->a, x->u.triplet.hi) : slab_ext_ref(S, sl, 2 * k + 1),
		        slab_ext_ref(S, sl, 2 * k), L);
		t->u.triplet.st = x && x->u.triplet.st ? ir_expr_copy(S->a, x->u.triplet.st) : NULL;
		subs[k] = t;
	}
	/* the slab's dimensions of the array start at 1 (slab_alloc): element i is column
	 * i - LBOUND(eal) + 1, whichever bounds the unit declares the array with (a dummy's) */
	IrExpr *eal = ir_ref(S->a, ir_sprintf(S->a, "%s_eal", sl->lname), NULL, 0, 0, L);
	for (int k = 0; k < sl->el->nargs; k++)
		subs[sl->r + k] = plus1_minus(S, ir_expr_copy(S->a, sl->el->args[k]),
		                              call_of(S, "lbound", eal, ir_int(S->a, k + 1, L), L), L);
	return ir_ref(S->a, sl->lname, subs, sl->r + sl->el->nargs, 1, L);
}

static IrStmt *alloc_call(Sema *S, const char *f, IrExpr *x, IrLoc loc);
static IrStmt *if_then(Sema *S, IrExpr *cond, IrBlock *body, IrLoc loc);

static IrExpr *int_var(Sema *S, IrBlock *out, const char *base, IrExpr *val, IrLoc loc)
{
	IrSym *t = sema_new_local(S, base, TY_INT, loc);
	ir_block_add(S->a, out, ir_assign(S->a, ir_ref(S->a, t->name, NULL, 0, 0, loc), val, loc));
	return ir_ref(S->a, t->name, NULL, 0, 0, loc);
}

/* ALLOCATE(cells(i)%u(lo1:hi1, ...)) (lo NULL: 1), the statements to out:
 *     elb_d(i) = lo_d; eub_d(i) = hi_d; eal(i) = .true.     (bounds evaluated first)
 *     IF (.NOT. ALLOCATED(slab)) THEN
 *       ALLOCATE(slab(ext_1, ..., SIZE(eal, 1), ...))        (the array's dimensions from 1)
 *     ELSE IF (SIZE(slab, d) < ext_d for some d) THEN         (grow, keeping every column; also
 *       old = slab; DEALLOCATE(slab)                           when a dummy has more elements)
 *       ALLOCATE(slab(MAX(SIZE(old, d), ext_d), ...))         (old: allocated by the assignment)
 *       slab(1:SIZE(old, 1), ...) = old; DEALLOCATE(old)
 *     END IF */
static void slab_alloc(Sema *S, IrBlock *out, const Slab *sl, IrExpr **lo, IrExpr **hi)
{
	IrArena *a = S->a;
	IrLoc L = sl->loc;
	if (!slab_element(S, sl))
		return;
	int r = sl->r, R = sl->v->rank;
	IrExpr *tl[IR_MAX_RANK], *th[IR_MAX_RANK], *ext[IR_MAX_RANK];
	for (int k = 0; k < r; k++) {
		tl[k] = int_var(S, out, "lo", lo[k] ? lo[k] : ir_int(a, 1, L), L);
		th[k] = int_var(S, out, "hi", hi[k], L);
	}
	for (int k = 0; k < r; k++) {
		ir_block_add(a, out, ir_assign(a, slab_ext_ref(S, sl, 2 * k), ir_expr_copy(a, tl[k]), L));
		ir_block_add(a, out, ir_assign(a, slab_ext_ref(S, sl, 2 * k + 1), ir_expr_copy(a, th[k]), L));
		IrExpr **mx = ir_alloc(a, 2 * sizeof *mx);
		mx[0] = plus1_minus(S, ir_expr_copy(a, th[k]), ir_expr_copy(a, tl[k]), L);
		mx[1] = ir_int(a, 0, L);
		ext[k] = int_var(S, out, "ext", ir_ref(a, "max", mx, 2, 1, L), L);
	}
	ir_block_add(a, out, ir_assign(a, slab_ext_ref(S, sl, 2 * r), ir_logical(a, 1, L), L));
	IrExpr *slab = ir_ref(a, sl->lname, NULL, 0, 0, L);
	IrExpr *eal = ir_ref(a, ir_sprintf(a, "%s_eal", sl->lname), NULL, 0, 0, L);
	/* the slab's bounds: extents (from the given ones), then the variable's extents (its
	 * dimensions start at 1, slab_ref) */
	IrExpr **b = ir_alloc(a, sizeof *b * (size_t)(r + R));
	for (int k = 0; k < R; k++)
		b[r + k] = call_of(S, "size", eal, ir_int(a, k + 1, L), L);
	IrBlock first = {0}, grow = {0};
	for (int k = 0; k < r; k++)
		b[k] = ir_expr_copy(a, ext[k]);
	ir_block_add(a, &first, alloc_call(S, "%allocate", ir_ref(a, sl->lname, b, r + R, 1, L), L));
	/* grow */
	IrSym *old = sema_new_local(S, "old", sl->leaf->type, L);
	old->rank = r + R;
	sema_alloc_local(S, old);
	IrExpr **nb = ir_alloc(a, sizeof *nb * (size_t)(r + R));
	IrExpr **cb = ir_alloc(a, sizeof *cb * (size_t)(r + R));
	IrExpr *need = NULL;
	for (int k = 0; k < r; k++) {
		IrExpr **mx = ir_alloc(a, 2 * sizeof *mx);
		mx[0] = call_of(S, "size", ir_ref(a, old->name, NULL, 0, 0, L), ir_int(a, k + 1, L), L);
		mx[1] = ir_expr_copy(a, ext[k]);
		nb[k] = ir_ref(a, "max", mx, 2, 1, L);
		IrExpr *t = whole_triplet(S, L);
		t->u.triplet.lo = ir_int(a, 1, L);
		t->u.triplet.hi = call_of(S, "size", ir_ref(a, old->name, NULL, 0, 0, L), ir_int(a, k + 1, L), L);
		cb[k] = t;
		IrExpr *lt = ir_binop(a, IR_LT, call_of(S, "size", slab, ir_int(a, k + 1, L), L), ir_expr_copy(a, ext[k]), L);
		need = need ? ir_binop(a, IR_OR, need, lt, L) : lt;
	}
	for (int k = 0; k < R; k++) {
		/* (a dummy's slab may have been allocated by a caller with more or fewer elements) */
		IrExpr **mx = ir_alloc(a, 2 * sizeof *mx);
		mx[0] = call_of(S, "size", ir_ref(a, old->name, NULL, 0, 0, L), ir_int(a, r + k + 1, L), L);
		mx[1] = ir_expr_copy(a, b[r + k]);
		nb[r + k] = ir_ref(a, "max", mx, 2, 1, L);
		IrExpr *t = whole_triplet(S, L);
		t->u.triplet.lo = ir_int(a, 1, L);
		t->u.triplet.hi = call_of(S, "size", ir_ref(a, old->name, NULL, 0, 0, L), ir_int(a, r + k + 1, L), L);
		cb[r + k] = t;
		IrExpr *lt =
		        ir_binop(a, IR_LT, call_of(S, "size", slab, ir_int(a, r + k + 1, L), L), ir_expr_copy(a, b[r + k]), L);
		need = need ? ir_binop(a, IR_OR, need, lt, L) : lt;
	}
	IrExpr *oldr = ir_ref(a, old->name, NULL, 0, 0, L);
	ir_block_add(a, &grow, ir_assign(a, ir_expr_copy(a, oldr), ir_expr_copy(a, slab), L)); /* allocates old */
	ir_block_add(a, &grow, alloc_call(S, "%deallocate", ir_expr_copy(a, slab), L));
	ir_block_add(a, &grow, alloc_call(S, "%allocate", ir_ref(a, sl->lname, nb, r + R, 1, L), L));
	ir_block_add(a, &grow, ir_assign(a, ir_ref(a, sl->lname, cb, r + R, 1, L), ir_expr_copy(a, oldr), L));
	ir_block_add(a, &grow, alloc_call(S, "%deallocate", ir_expr_copy(a, oldr), L));
	IrStmt *g = if_then(S, ir_unop(a, IR_NOT, call_of(S, "allocated", slab, NULL, L), L), &first, L);
	g->u.if_.ncond = 2;
	IrExpr **conds = ir_alloc(a, 2 * sizeof *conds);
	IrBlock *blocks = ir_alloc(a, 2 * sizeof *blocks);
	conds[0] = g->u.if_.conds[0];
	blocks[0] = g->u.if_.blocks[0];
	conds[1] = need;
	blocks[1] = grow;
	g->u.if_.conds = conds;
	g->u.if_.blocks = blocks;
	ir_block_add(a, out, g);
}

/* The reference to the leaf `path` (components below the designator, NULL: the designator is
 * the leaf) of designator d: `pts(i)%v` -> `pts%v(:, i)`, `pts%x` -> the array `pts%x`, or,
 * with section, the section `pts%x(:)` (a component of an ALLOCATABLE array of structures is not
 * ALLOCATABLE itself: `p%x = ...` does not reallocate, and it is no actual of an ALLOCATABLE
 * dummy). */
static IrExpr *leaf_ref_as(Sema *S, const Desig *d, const TComp *const *below, int nbelow, int section)
{
	IrArena *a = S->a;
	Slab sl;
	if (slab_of(S, d, below, nbelow, &sl)) {
		const Part *p = &d->parts[d->nparts - 1];
		return slab_ref(S, &sl, nbelow ? NULL : p->args, nbelow ? 0 : p->nargs);
	}
	const char *name = d->parts[0].name;
	for (int i = 1; i < d->nparts; i++)
		name = ir_sprintf(a, "%s%%%s", name, d->parts[i].name);
	for (int i = 0; i < nbelow; i++)
		name = ir_sprintf(a, "%s%%%s", name, below[i]->name);
	IrExprList subs = {0};
	int explicit = 0;
	for (int i = nbelow - 1; i >= 0; i--)
		for (int k = 0; k < below[i]->rank; k++)
			ir_exprlist_push(a, &subs, whole_triplet(S, d->loc));
	for (int i = d->nparts - 1; i >= 0; i--) {
		const Part *p = &d->parts[i];
		if (!p->nargs) {
			for (int k = 0; k < p->rank; k++)
				ir_exprlist_push(a, &subs, whole_triplet(S, p->loc));
			continue;
		}
		explicit = 1;
		for (int k = 0; k < p->nargs; k++)
			ir_exprlist_push(a, &subs, ir_expr_copy(a, p->args[k]));
	}
	if (!explicit && !(section && subs.n))
		return ir_ref(a, name, NULL, 0, 0, d->loc);
	return ir_ref(a, name, subs.v, subs.n, 1, d->loc);
}

static IrExpr *leaf_ref(Sema *S, const Desig *d, const TComp *const *below, int nbelow)
{
	return leaf_ref_as(S, d, below, nbelow, 0);
}

int sema_complex_desig(Sema *S, IrExpr *e, IrExpr **re, IrExpr **im, int *dbl, int *array)
{
	if (e->kind != IR_REF && e->kind != IR_COMPONENT)
		return 0;
	Desig d;
	int paren = e->paren; /* `(z)`: a value, whose parts are those of z */
	e->paren = 0;
	int k = designator(S, e, &d);
	e->paren = paren;
	if (k <= 0)
		return k;
	if (!d.type || (d.type != S->complex_types[0] && d.type != S->complex_types[1]))
		return 0;
	*dbl = d.type == S->complex_types[1];
	*array = d.arrays;
	const TComp *below = &d.type->comps[0];
	*re = leaf_ref(S, &d, &below, 1);
	below = &d.type->comps[1];
	*im = leaf_ref(S, &d, &below, 1);
	return 1;
}

/* Without reporting anything: 1 when e designates a complex variable or component, -1 when it
 * designates another variable of derived type, 0 otherwise. */
int sema_complex_kind(Sema *S, const IrExpr *e)
{
	if (e->kind == IR_COMPONENT) {
		int k = sema_complex_kind(S, e->u.comp.base);
		if (k == 0)
			return 0;
		const IrExpr *b = e->u.comp.base;
		while (b->kind == IR_COMPONENT)
			b = b->u.comp.base;
		TVar *v = struct_var(S, S->unit, b->u.ref.name);
		/* follow the components down from the variable */
		const IrExpr *chain[16];
		int n = 0;
		for (const IrExpr *x = e; x->kind == IR_COMPONENT && n < 16; x = x->u.comp.base)
			chain[n++] = x;
		TType *t = v->type;
		for (int i = n - 1; i >= 0 && t; i--) {
			TType *next = NULL;
			int found = 0;
			for (int j = 0; j < t->ncomps; j++)
				if (!strcmp(t->comps[j].name, chain[i]->u.comp.name)) {
					next = t->comps[j].sub;
					found = 1;
				}
			if (!found)
				return -1;
			t = next;
		}
		return t && (t == S->complex_types[0] || t == S->complex_types[1]) ? 1 : -1;
	}
	if (e->kind != IR_REF)
		return 0;
	TVar *v = struct_var(S, S->unit, e->u.ref.name);
	if (!v)
		return 0;
	return v->type == S->complex_types[0] || v->type == S->complex_types[1] ? 1 : -1;
}

const char *sema_complex_temp(Sema *S, int dbl, IrLoc loc)
{
	Desig d = temp_struct(S, complex_type(S, dbl), loc);
	return d.var->name;
}

/* The reference e (IR_COMPONENT) as the variable of its leaf, for sema_resolve_expr. NULL
 * after an error. */
IrExpr *sema_component_ref(Sema *S, IrExpr *e)
{
	Desig d;
	int k = designator(S, e, &d);
	if (k <= 0)
		return NULL;
	if (d.substr) {
		IrExpr *v = sema_resolve_expr(S, leaf_ref_as(S, &d, NULL, 0, d.var->alloc));
		return v->kind == IR_VAR ? sema_substring(S, v, d.substr) : v;
	}
	if (d.type) {
		ir_error(e->loc,
		         "'%s' is a structure of type '%s': name one of its components here (a structure can only be assigned "
		         "or passed as an argument)",
		         d.parts[d.nparts - 1].name, d.type->def->name);
		return NULL;
	}
	return leaf_ref_as(S, &d, NULL, 0, d.var->alloc);
}

/* A name that resolve_ref did not find as a symbol: 1 (reported) when it is a structure or a
 * derived type used as a value. */
int sema_struct_misused(Sema *S, const IrExpr *e)
{
	const char *name = e->u.ref.name;
	TVar *v = struct_var(S, S->unit, name);
	if (v && v->bad)
		return 1;
	if (v) {
		ir_error(e->loc,
		         "'%s' is a structure of type '%s': name one of its components here (a structure can only be assigned "
		         "or passed as an argument)",
		         name, v->type->def->name);
		return 1;
	}
	if (type_in(S, S->unit, name, 0) && !sema_find_proc(S, S->unit, name)) {
		ir_error(e->loc,
		         "the structure constructor %s(...) can only be assigned to a variable of type '%s' (assign it to one "
		         "first)",
		         name, name);
		return 1;
	}
	return 0;
}

/* ---------------------------------------------------------------- statements */

/* Every leaf of designator d (of type d->type): calls f(leaf reference, component) in order. */
typedef void (*LeafFn)(Sema *S, void *ctx, IrExpr *ref, const TComp *leaf);

static void each_leaf(Sema *S, const Desig *d, TType *t, const TComp **below, int nbelow, LeafFn f, void *ctx)
{
	for (int i = 0; i < t->ncomps; i++) {
		const TComp *c = &t->comps[i];
		below[nbelow] = c;
		if (c->sub)
			each_leaf(S, d, c->sub, below, nbelow + 1, f, ctx);
		else
			f(S, ctx, leaf_ref(S, d, below, nbelow + 1), c);
	}
}

static void push_ref(Sema *S, void *ctx, IrExpr *ref, const TComp *leaf)
{
	(void)leaf;
	ir_exprlist_push(S->a, ctx, ref);
}

static void leaves_of(Sema *S, const Desig *d, IrExprList *out)
{
	const TComp *below[64];
	each_leaf(S, d, d->type, below, 0, push_ref, out);
}

/* Which leaves of type t (depth-first, as each_leaf) are ALLOCATABLE: alloc[i] for leaf i. */
static void alloc_leaves(const TType *t, int *alloc, int *n)
{
	for (int i = 0; i < t->ncomps; i++) {
		if (t->comps[i].sub)
			alloc_leaves(t->comps[i].sub, alloc, n);
		else
			alloc[(*n)++] = t->comps[i].alloc;
	}
}

/* Does e read variable `name` (through any reference)? */
int sema_reads_name(const IrExpr *e, const char *name)
{
	if (!e)
		return 0;
	switch (e->kind) {
	case IR_REF:
		if (!strcmp(e->u.ref.name, name))
			return 1;
		for (int i = 0; i < e->u.ref.nargs; i++)
			if (sema_reads_name(e->u.ref.args[i], name))
				return 1;
		return 0;
	case IR_COMPONENT:
		for (int i = 0; i < e->u.comp.nargs; i++)
			if (sema_reads_name(e->u.comp.args[i], name))
				return 1;
		return sema_reads_name(e->u.comp.base, name);
	case IR_UNARY:
	case IR_BINARY: return sema_reads_name(e->u.op.a, name) || sema_reads_name(e->u.op.b, name);
	case IR_TRIPLET:
		return sema_reads_name(e->u.triplet.lo, name) || sema_reads_name(e->u.triplet.hi, name) ||
		        sema_reads_name(e->u.triplet.st, name);
	case IR_ARRAYCON:
	case IR_IMPLDO:
		for (int i = 0; i < e->u.list.nitems; i++)
			if (sema_reads_name(e->u.list.items[i], name))
				return 1;
		return e->u.list.ido &&
		        (sema_reads_name(e->u.list.ido->lo, name) || sema_reads_name(e->u.list.ido->hi, name) ||
		         sema_reads_name(e->u.list.ido->st, name));
	case IR_KEYWORD: return sema_reads_name(e->u.kw.e, name);
	default: return 0;
	}
}

/* Does every component of t, and of its structure components, have a default initialization? */
static int all_default(const TType *t)
{
	for (int k = 0; k < t->ncomps; k++)
		if (!t->comps[k].init && !(t->comps[k].sub && !t->comps[k].rank && all_default(t->comps[k].sub)))
			return 0;
	return 1;
}

/* A constructor `t(...)` of type t: its values, one per component, in order (keywords
 * matched by name; one left out takes its default initialization); NULL after an error. */
static IrExpr **ctor_values(Sema *S, const IrExpr *e, TType *t)
{
	IrExpr **v = ir_alloc(S->a, sizeof *v * (size_t)(t->ncomps ? t->ncomps : 1));
	int pos = 0, kw = 0;
	for (int i = 0; i < e->u.ref.nargs; i++) {
		IrExpr *x = e->u.ref.args[i];
		int k = pos;
		if (x->kind == IR_KEYWORD) {
			kw = 1;
			k = -1;
			for (int j = 0; j < t->ncomps; j++)
				if (!strcmp(t->comps[j].name, x->u.kw.name))
					k = j;
			if (k < 0) {
				ir_error(x->loc, "derived type '%s' has no component '%s'", t->def->name, x->u.kw.name);
				return NULL;
			}
			x = x->u.kw.e;
		} else if (kw) {
			ir_error(x->loc, "a value without a keyword after one with a keyword in %s(...)", t->def->name);
			return NULL;
		} else {
			pos++;
		}
		if (k >= t->ncomps) {
			ir_error(x->loc, "too many values for the %d components of type '%s'", t->ncomps, t->def->name);
			return NULL;
		}
		if (v[k]) {
			ir_error(x->loc, "component '%s' of %s(...) is given twice", t->comps[k].name, t->def->name);
			return NULL;
		}
		if (x->kind == IR_TRIPLET) {
			ir_error(x->loc, "a subscript triplet is allowed only in an array reference");
			return NULL;
		}
		v[k] = x;
	}
	for (int k = 0; k < t->ncomps; k++)
		if (!v[k] && t->comps[k].init) {
			v[k] = ir_expr_copy(S->a, t->comps[k].init); /* left out: its default initialization */
			v[k]->loc = e->loc;
		} else if (!v[k] && t->comps[k].sub && !t->comps[k].rank && all_default(t->comps[k].sub)) {
			v[k] = ir_ref(S->a, t->comps[k].sub->def->name, NULL, 0, 1, e->loc); /* sub(): its defaults */
			ir_vec_push(S->a, &S->default_ctors, v[k]); /* (its type may have no name here) */
			ir_vec_push(S->a, &S->default_ctors, t->comps[k].sub);
		} else if (!v[k]) {
			ir_error(e->loc,
			         "%s(...) gives no value for component '%s', which has no default initialization (give it "
			         "one in the TYPE, or a value here)",
			         t->def->name, t->comps[k].name);
			return NULL;
		}
	return v;
}

/* Is e a structure constructor (the name of a derived type u sees, with values)? */
static TType *ctor_type(Sema *S, const IrExpr *e)
{
	for (int k = 0; k + 1 < S->default_ctors.n; k += 2)
		if (S->default_ctors.v[k] == e)
			return S->default_ctors.v[k + 1];
	if (e->kind != IR_REF || !e->u.ref.has_parens || sema_lookup(S, S->unit, e->u.ref.name))
		return NULL;
	IrTypeDef *def = type_in(S, S->unit, e->u.ref.name, 0);
	return def ? resolve_type(S, def) : NULL;
}

static void emit(Sema *S, IrBlock *out, IrExpr *lhs, IrExpr *rhs, IrLoc loc)
{
	ir_block_add(S->a, out, ir_assign(S->a, lhs, rhs, loc));
}

static int assign_struct(Sema *S, IrBlock *out, const Desig *l, IrExpr *rhs, IrLoc loc);

/* A designator `p` of type t made of a fresh local structure (a temporary). */
static Desig temp_struct(Sema *S, TType *t, IrLoc loc)
{
	TVar *v = ir_alloc(S->a, sizeof *v);
	/* a fresh name: neither a symbol nor another structure (whose leaves are the symbols) */
	for (int k = 1;; k++) {
		v->name = ir_sprintf(S->a, "tmp%d", k);
		if (!sema_lookup(S, S->unit, v->name) && !struct_var(S, S->unit, v->name) && !sema_find_unit(S, v->name) &&
		    !sema_name_used(S, v->name))
			break;
	}
	v->type = t;
	v->owner = S->unit;
	v->loc = loc;
	v->argpos = -1;
	v->leaves = ir_alloc(S->a, sizeof *v->leaves * (size_t)(t->nleaves ? t->nleaves : 1));
	v->inits = ir_alloc(S->a, sizeof *v->inits * (size_t)(t->nleaves ? t->nleaves : 1));
	LeafOut o = {S, v, S->unit, SYM_LOCAL, 0};
	make_leaves(&o, t, v->name, NULL, 0);
	v->nleaves = o.n;
	ir_vec_push(S->a, &S->unit->structs, v);
	Desig d = {0};
	d.var = v;
	d.type = t;
	d.parts[0].name = v->name;
	d.parts[0].loc = loc;
	d.nparts = 1;
	d.loc = loc;
	return d;
}

/* Component k of designator l, as a designator. */
static Desig sub_desig(const Desig *l, const TComp *c)
{
	Desig d = *l;
	Part *p = &d.parts[d.nparts++];
	p->name = c->name;
	p->args = NULL;
	p->nargs = 0;
	p->rank = c->rank;
	p->loc = l->loc;
	d.type = c->sub;
	d.leaf = c->sub ? NULL : c;
	if (c->rank) {
		d.arrays = 1;
		d.rank += c->rank;
	}
	return d;
}

/* lhs = constructor: each value to its component. */
static int assign_ctor(Sema *S, IrBlock *out, const Desig *l, const IrExpr *rhs, TType *t, IrLoc loc)
{
	if (t != l->type) {
		ir_error(rhs->loc, "a structure of type '%s' is assigned to one of type '%s'", t->def->name, l->type->def->name);
		return 0;
	}
	if (l->arrays) {
		ir_error(rhs->loc, "a structure constructor assigned to an array of structures: assign it to each element");
		return 0;
	}
	IrExpr **v = ctor_values(S, rhs, t);
	if (!v)
		return 0;
	int ok = 1;
	for (int k = 0; k < t->ncomps; k++) {
		const TComp *c = &t->comps[k];
		Desig sd = sub_desig(l, c);
		if (c->sub)
			ok &= assign_struct(S, out, &sd, v[k], loc);
		else
			emit(S, out, leaf_ref(S, &sd, NULL, 0), ir_expr_copy(S->a, v[k]), loc);
	}
	return ok;
}

/* The statement IF (cond) THEN; body; END IF. */
static IrStmt *if_then(Sema *S, IrExpr *cond, IrBlock *body, IrLoc loc)
{
	IrStmt *g = ir_stmt_new(S->a, IR_IF, loc);
	g->u.if_.ncond = 1;
	g->u.if_.conds = ir_alloc(S->a, sizeof(IrExpr *));
	g->u.if_.blocks = ir_alloc(S->a, sizeof(IrBlock));
	g->u.if_.conds[0] = cond;
	g->u.if_.blocks[0] = *body;
	return g;
}

static IrExpr *call_of(Sema *S, const char *f, IrExpr *x, IrExpr *y, IrLoc loc)
{
	IrExpr **args = ir_alloc(S->a, 2 * sizeof *args);
	args[0] = ir_expr_copy(S->a, x);
	args[1] = y;
	return ir_ref(S->a, f, args, y ? 2 : 1, 1, loc);
}

static IrStmt *alloc_call(Sema *S, const char *f, IrExpr *x, IrLoc loc)
{
	IrExpr **args = ir_alloc(S->a, sizeof *args);
	args[0] = x;
	return ir_call(S->a, f, args, 1, loc);
}

/* The ALLOCATABLE leaf l = r of a structure assignment, a deep copy (Fortran 2003 §7.4.1.3,
 * as gfortran does it): l takes r's allocation status, bounds and values,
 *     IF (ALLOCATED(l)) DEALLOCATE(l)
 *     IF (ALLOCATED(r)) THEN; ALLOCATE(l(LBOUND(r, 1):UBOUND(r, 1), ...)); l = r; END IF
 * (nothing when l is r: `s = s`). Both are whole leaves (structures with allocatable
 * components are scalars). */
static void copy_alloc(Sema *S, IrBlock *out, IrExpr *l, IrExpr *r, IrLoc loc)
{
	if (l->kind != IR_REF || r->kind != IR_REF || l->u.ref.nargs || r->u.ref.nargs) {
		ir_error(loc, "an ALLOCATABLE component is copied from or to an array section");
		return;
	}
	if (!strcmp(l->u.ref.name, r->u.ref.name))
		return;
	IrSym *ls = sema_lookup(S, S->unit, l->u.ref.name);
	int rank = ls ? ls->rank : 0;
	IrBlock b = {0};
	ir_block_add(S->a, &b, alloc_call(S, "%deallocate", ir_expr_copy(S->a, l), loc));
	ir_block_add(S->a, out, if_then(S, call_of(S, "allocated", l, NULL, loc), &b, loc));
	IrExpr **bounds = ir_alloc(S->a, sizeof *bounds * (size_t)(rank ? rank : 1));
	for (int d = 0; d < rank; d++) {
		IrExpr *t = whole_triplet(S, loc);
		t->u.triplet.lo = call_of(S, "lbound", r, ir_int(S->a, d + 1, loc), loc);
		t->u.triplet.hi = call_of(S, "ubound", r, ir_int(S->a, d + 1, loc), loc);
		bounds[d] = t;
	}
	IrBlock c = {0};
	ir_block_add(S->a, &c, alloc_call(S, "%allocate", ir_ref(S->a, l->u.ref.name, bounds, rank, 1, loc), loc));
	emit(S, &c, l, r, loc);
	ir_block_add(S->a, out, if_then(S, call_of(S, "allocated", r, NULL, loc), &c, loc));
}

/* The ALLOCATABLE leaf (below l and r) of a structure assignment when either side is an
 * element of an array of structures (a slab): copy_alloc's deep copy, with the element's
 * status and bounds (the slab keeps the storage: deallocating clears the status). */
static void copy_slab(Sema *S, IrBlock *out, const Desig *l, const Desig *r, const TComp **below, int nb, IrLoc loc)
{
	IrArena *a = S->a;
	Slab ls, rs;
	int lsl = slab_of(S, l, below, nb, &ls), rsl = slab_of(S, r, below, nb, &rs);
	if (!lsl && !rsl) {
		copy_alloc(S, out, leaf_ref(S, l, below, nb), leaf_ref(S, r, below, nb), loc);
		return;
	}
	if ((lsl && !slab_element(S, &ls)) || (rsl && !slab_element(S, &rs)))
		return;
	int rank = below[nb - 1]->rank;
	IrExpr *rref = leaf_ref(S, r, below, nb), *lref = leaf_ref(S, l, below, nb);
	IrExpr *ral = rsl ? slab_ext_ref(S, &rs, 2 * rank) : call_of(S, "allocated", rref, NULL, loc);
	IrExpr *lo[IR_MAX_RANK], *hi[IR_MAX_RANK];
	for (int k = 0; k < rank; k++) {
		lo[k] = rsl ? slab_ext_ref(S, &rs, 2 * k) : call_of(S, "lbound", rref, ir_int(a, k + 1, loc), loc);
		hi[k] = rsl ? slab_ext_ref(S, &rs, 2 * k + 1) : call_of(S, "ubound", rref, ir_int(a, k + 1, loc), loc);
	}
	IrBlock c = {0};
	if (lsl) {
		ir_block_add(a, out, ir_assign(a, slab_ext_ref(S, &ls, 2 * rank), ir_logical(a, 0, loc), loc));
		slab_alloc(S, &c, &ls, lo, hi);
	} else {
		IrBlock b = {0};
		ir_block_add(a, &b, alloc_call(S, "%deallocate", ir_expr_copy(a, lref), loc));
		ir_block_add(a, out, if_then(S, call_of(S, "allocated", lref, NULL, loc), &b, loc));
		IrExpr **bounds = ir_alloc(a, sizeof *bounds * (size_t)rank);
		for (int k = 0; k < rank; k++) {
			IrExpr *t = whole_triplet(S, loc);
			t->u.triplet.lo = lo[k];
			t->u.triplet.hi = hi[k];
			bounds[k] = t;
		}
		ir_block_add(a, &c, alloc_call(S, "%allocate", ir_ref(a, lref->u.ref.name, bounds, rank, 1, loc), loc));
	}
	emit(S, &c, leaf_ref(S, l, below, nb), leaf_ref(S, r, below, nb), loc);
	ir_block_add(a, out, if_then(S, ral, &c, loc));
}

/* Every leaf of l's type with its path, for assignments with slabs: copied one by one. */
static void assign_paths(Sema *S, IrBlock *out, const Desig *l, const Desig *r, TType *t, const TComp **below, int nb, IrLoc loc)
{
	for (int i = 0; i < t->ncomps; i++) {
		const TComp *c = &t->comps[i];
		below[nb] = c;
		if (c->sub)
			assign_paths(S, out, l, r, c->sub, below, nb + 1, loc);
		else if (c->alloc)
			copy_slab(S, out, l, r, below, nb + 1, loc);
		else
			emit(S, out, leaf_ref(S, l, below, nb + 1), leaf_ref(S, r, below, nb + 1), loc);
	}
}

/* The status array of some slab of v, as the unit names v (`name`): its bounds are v's. */
static IrExpr *slab_shape_ref(Sema *S, const TVar *v, const char *name, IrLoc loc)
{
	for (int k = 0; k < v->nleaves; k++)
		if (v->ext[k]) {
			const IrSym *al = v->ext[k][2 * (v->leaves[k]->rank - v->rank)];
			return ir_ref(S->a, ir_sprintf(S->a, "%s%s", name, al->name + strlen(v->name)), NULL, 0, 0, loc);
		}
	return NULL;
}

/* `a = b`, whole arrays of structures with ALLOCATABLE components (of the same shape, as
 * Fortran requires): a(i) = b(i - LBOUND(a) + LBOUND(b)) element by element in a DO nest. */
static int assign_slab_arrays(Sema *S, IrBlock *out, const Desig *l, const Desig *r, IrLoc loc)
{
	IrArena *a = S->a;
	int R = l->var->rank;
	IrExpr *ls = slab_shape_ref(S, l->var, l->parts[0].name, loc);
	IrExpr *rs = slab_shape_ref(S, r->var, r->parts[0].name, loc);
	Desig le = *l, re = *r;
	IrExpr **li = ir_alloc(a, sizeof *li * (size_t)R), **ri = ir_alloc(a, sizeof *ri * (size_t)R);
	const char *iv[IR_MAX_RANK];
	for (int k = 0; k < R; k++) {
		iv[k] = sema_new_local(S, "i", TY_INT, loc)->name;
		li[k] = ir_ref(a, iv[k], NULL, 0, 0, loc);
		ri[k] = ir_binop(a, IR_ADD,
		                 ir_binop(a, IR_SUB, ir_ref(a, iv[k], NULL, 0, 0, loc),
		                          call_of(S, "lbound", ls, ir_int(a, k + 1, loc), loc), loc),
		                 call_of(S, "lbound", rs, ir_int(a, k + 1, loc), loc), loc);
	}
	le.parts[0].args = li;
	le.parts[0].nargs = R;
	re.parts[0].args = ri;
	re.parts[0].nargs = R;
	le.arrays = re.arrays = 0;
	le.rank = re.rank = 0;
	IrBlock body = {0};
	const TComp *below[64];
	assign_paths(S, &body, &le, &re, l->type, below, 0, loc);
	for (int k = 0; k < R; k++) {
		IrStmt *d = ir_stmt_new(a, IR_DO, loc);
		d->u.do_.var = ir_ref(a, iv[k], NULL, 0, 0, loc);
		d->u.do_.lo = call_of(S, "lbound", ls, ir_int(a, k + 1, loc), loc);
		d->u.do_.hi = call_of(S, "ubound", ls, ir_int(a, k + 1, loc), loc);
		d->u.do_.body = body;
		body = (IrBlock){0};
		ir_block_add(a, &body, d);
	}
	for (int k = 0; k < body.n; k++)
		ir_block_add(a, out, body.v[k]);
	return 1;
}

static int assign_struct(Sema *S, IrBlock *out, const Desig *l, IrExpr *rhs, IrLoc loc)
{
	TType *ct = ctor_type(S, rhs);
	if (ct && ct->alloc_leaves) {
		ir_error(rhs->loc,
		         "a structure constructor %s(...) of a type with ALLOCATABLE components is not supported (allocate "
		         "and assign the components)",
		         ct->def->name);
		return 0;
	}
	if (ct) {
		int reads = 0;
		for (int i = 0; i < rhs->u.ref.nargs; i++)
			reads |= sema_reads_name(rhs->u.ref.args[i], l->var->name);
		if (!reads)
			return assign_ctor(S, out, l, rhs, ct, loc);
		/* p = t(p%y, p%x): the values go to a temporary first */
		Desig tmp = temp_struct(S, ct, loc);
		if (!assign_ctor(S, out, &tmp, rhs, ct, loc))
			return 0;
		return assign_struct(S, out, l, ir_ref(S->a, tmp.var->name, NULL, 0, 0, loc), loc);
	}
	if (rhs->kind == IR_ARRAYCON) { /* p = [p, point(x, y)]: what to write instead */
		const char *v = l->var->name, *t = l->type->def->name;
		ir_error(rhs->loc,
		         "array constructors of structures are not supported: assign the elements one by one (%s(i) = "
		         "%s(...)); to append to an ALLOCATABLE array, copy it, allocate it one longer and assign: tmp = "
		         "%s; deallocate(%s); allocate(%s(m + 1)); %s(1:m) = tmp; %s(m + 1) = %s(...)",
		         v, t, v, v, v, v, v, t);
		return 0;
	}
	Desig r;
	int k = designator(S, rhs, &r);
	if (k < 0)
		return 0;
	if (k == 0 && rhs->kind == IR_REF) { /* a FUNCTION refused for its structure result says so */
		IrUnit *f = sema_find_proc(S, S->unit, rhs->u.ref.name);
		if (f && f->result && f->result->refused)
			return 0;
	}
	if (k == 0 || !r.type) {
		ir_error(rhs->loc,
		         "a structure of type '%s' can only be assigned a structure of that type or a constructor %s(...)%s",
		         l->type->def->name, l->type->def->name,
		         rhs->kind == IR_BINARY || rhs->kind == IR_UNARY
		                 ? " (operators on structures are not supported: call the operator's specific procedure by "
		                   "name)"
		                 : "");
		return 0;
	}
	if (r.type != l->type) {
		ir_error(rhs->loc, "a structure of type '%s' is assigned to one of type '%s'", r.type->def->name,
		         l->type->def->name);
		return 0;
	}
	if (l->arrays && !r.arrays && l->type->array_leaves) {
		ir_error(rhs->loc,
		         "a structure with array components assigned to an array of structures: assign it to each element in a "
		         "DO loop");
		return 0;
	}
	if (l->type->alloc_leaves && (l->var->rank || r.var->rank)) {
		if (l->arrays && r.arrays && l->nparts == 1 && r.nparts == 1 && !l->parts[0].nargs && !r.parts[0].nargs &&
		    l->var->rank == r.var->rank && l->var->ext && r.var->ext)
			return assign_slab_arrays(S, out, l, &r, loc);
		if (l->arrays || r.arrays) {
			ir_error(rhs->loc,
			         "an array of structures with ALLOCATABLE components is assigned whole or one element at a time: "
			         "write a DO loop, %s(i) = %s(i)",
			         l->parts[0].name, r.parts[0].name);
			return 0;
		}
		const TComp *below[64];
		assign_paths(S, out, l, &r, l->type, below, 0, loc);
		return 1;
	}
	IrExprList ls = {0}, rs = {0};
	leaves_of(S, l, &ls);
	leaves_of(S, &r, &rs);
	assert(ls.n == rs.n);
	int *alloc = ir_alloc(S->a, sizeof *alloc * (size_t)(ls.n ? ls.n : 1)), n = 0;
	alloc_leaves(l->type, alloc, &n);
	assert(n == ls.n);
	for (int i = 0; i < ls.n; i++) {
		if (alloc[i])
			copy_alloc(S, out, ls.v[i], rs.v[i], loc);
		else
			emit(S, out, ls.v[i], rs.v[i], loc);
	}
	return 1;
}

/* The dummy of derived type at position k (as written) of f, or NULL. */
static TVar *dummy_struct(IrUnit *f, int k)
{
	for (int i = 0; i < f->structs.n; i++) {
		TVar *v = f->structs.v[i];
		if (v->argpos == k)
			return v;
	}
	return NULL;
}

/* The leaf k of v as the unit names v (`name`, through USE renames): `p%v`. */
static const char *leaf_name(Sema *S, const TVar *v, const char *name, int k)
{
	return ir_sprintf(S->a, "%s%s", name, v->leaves[k]->name + strlen(v->name));
}

/* A whole array of structures with ALLOCATABLE components as the actual of a dummy of its type
 * (rank 1, explicit bounds): its leaves, each slab followed by its elements' bounds and status
 * arrays, in the order of the dummy's (sema_types_declare). */
static void slab_actuals(Sema *S, const Desig *d, IrExprList *out)
{
	const TVar *v = d->var;
	const char *n = d->parts[0].name;
	for (int k = 0; k < v->nleaves; k++) {
		ir_exprlist_push(S->a, out, ir_ref(S->a, leaf_name(S, v, n, k), NULL, 0, 0, d->loc));
		for (int j = 0; v->ext[k] && j <= 2 * (v->leaves[k]->rank - v->rank); j++)
			ir_exprlist_push(S->a, out,
			                 ir_ref(S->a, ir_sprintf(S->a, "%s%s", n, v->ext[k][j]->name + strlen(v->name)), NULL, 0,
			                        0, d->loc));
	}
}

/* A reference to the generic g with structures among its actuals (as written): the specific
 * whose dummies of derived type are where the structures are, of their types. Fortran chooses
 * by declared type; after the structures become their leaves, sema_generic_specific could not
 * tell a structure from its component. NULL with *bad 0: no structure among the actuals (the
 * choice is made later); NULL with *bad 1: reported. */
static IrUnit *generic_by_structs(Sema *S, const IrGeneric *g, IrExpr **args, int nargs, int *bad)
{
	TType **ts = ir_alloc(S->a, sizeof *ts * (size_t)(nargs + 1));
	int any = -1;
	*bad = 0;
	for (int k = 0; k < nargs; k++) {
		Desig d;
		IrExpr *x = args[k];
		int isd = x->kind == IR_REF || x->kind == IR_COMPONENT ? designator(S, x, &d) : 0;
		if (isd < 0) {
			*bad = 1;
			return NULL;
		}
		ts[k] = isd == 1 ? d.type : NULL;
		if (ts[k] && any < 0)
			any = k;
	}
	if (any < 0)
		return NULL;
	IrUnit *found = NULL;
	for (int i = 0; i < g->nspecs; i++) {
		IrUnit *f = sema_generic_spec(S, S->unit, g, i);
		if (!f) {
			*bad = 1;
			return NULL;
		}
		int fits = !f->ext;
		for (int k = 0; fits && k < nargs; k++) {
			const TVar *dv = dummy_struct(f, k);
			fits = dv ? dv->type == ts[k] : !ts[k];
		}
		if (!fits)
			continue;
		if (found) {
			ir_error(args[any]->loc,
			         "the generic '%s' has two specific procedures taking a structure of type '%s' here ('%s' and "
			         "'%s'): call the specific procedure by its name",
			         g->name, ts[any]->def->name, found->name, f->name);
			*bad = 1;
			return NULL;
		}
		found = f;
	}
	if (!found) {
		ir_error(args[any]->loc,
		         "no specific procedure of the generic '%s' takes a structure of type '%s' as argument %d", g->name,
		         ts[any]->def->name, any + 1);
		*bad = 1;
	}
	return found;
}

/* The actual arguments of a call of *name: a structure becomes its leaves, in the order of
 * the dummy's; a generic name with structure actuals becomes its specific's. 0 after an
 * error. */
static int expand_actuals(Sema *S, const char **namep, IrExpr ***args, int *nargs, IrLoc loc)
{
	int ok = 1;
	const char *name = *namep;
	IrUnit *f = sema_find_proc(S, S->unit, name);
	const IrGeneric *g = f ? NULL : sema_find_generic(S, S->unit, name);
	if (g) {
		int bad;
		f = generic_by_structs(S, g, *args, *nargs, &bad);
		if (bad)
			return 0;
		if (!f)
			return 1;
		if (sema_find_proc(S, S->unit, f->name) != f) { /* a PRIVATE specific: seen by its name here */
			IrUnit *h = S->unit->host ? S->unit->host : S->unit;
			ir_vec_push(S->a, &h->passed, f);
		}
		*namep = name = f->name;
	}
	int any = 0;
	for (int k = 0; k < *nargs && !any; k++) {
		Desig d;
		IrExpr *x = (*args)[k];
		any = (x->kind == IR_REF || x->kind == IR_COMPONENT) && designator(S, x, &d) == 1 && d.type;
	}
	for (int k = 0; f && !any && k < *nargs; k++) {
		TVar *dv = dummy_struct(f, k);
		if (dv) {
			ir_error((*args)[k]->loc, "argument %d of '%s' must be a structure of type '%s'", k + 1, name,
			         dv->type->def->name);
			(*args)[k] = ir_int(S->a, 0, (*args)[k]->loc);
			ok = 0;
		}
	}
	if (!any)
		return ok;
	IrExprList out = {0};
	for (int k = 0; k < *nargs; k++) {
		IrExpr *x = (*args)[k];
		Desig d;
		int isd = (x->kind == IR_REF || x->kind == IR_COMPONENT) ? designator(S, x, &d) : 0;
		TVar *dv = f && !f->ext ? dummy_struct(f, k) : NULL;
		if (isd < 0) {
			ir_exprlist_push(S->a, &out, ir_int(S->a, 0, x->loc));
			ok = 0;
			continue;
		}
		if (isd == 1 && d.type) {
			if (!f || f->ext)
				ir_error(x->loc, "a structure cannot be passed to '%s'%s", name,
				         f ? ", a routine without source (pass its components)" : "");
			else if (!dv)
				ir_error(x->loc, "argument %d of '%s' is not of derived type: pass a component", k + 1, name);
			else if (dv->type != d.type)
				ir_error(x->loc, "argument %d of '%s' is of type '%s', not '%s'", k + 1, name,
				         dv->type->def->name, d.type->def->name);
			else if (dv->bad)
				; /* the dummy's declaration was refused (reported there) */
			else if (dv->alloc && (!d.var->alloc || d.nparts > 1 || d.parts[0].nargs || d.var->rank != dv->rank))
				ir_error(
				        x->loc,
				        "argument %d of '%s': the dummy '%s' is an ALLOCATABLE array of structures: pass the name of "
				        "an ALLOCATABLE array of type '%s' and rank %d of the caller",
				        k + 1, name, dv->name, dv->type->def->name, dv->rank);
			else if (dv->alloc && d.var->owner->kind == UNIT_MODULE)
				ir_error(
				        x->loc,
				        "argument %d of '%s': the module's ALLOCATABLE array of structures '%s' passed to the "
				        "ALLOCATABLE dummy '%s' is not supported (use the module variable in '%s', or pass a local "
				        "ALLOCATABLE array assigned from it)",
				        k + 1, name, d.parts[0].name, dv->name, name);
			else if (!d.var->rank && d.type->alloc_leaves && d.var->owner->kind == UNIT_MODULE)
				ir_error(x->loc,
				         "argument %d of '%s': the module's structure '%s' has ALLOCATABLE components, and passing "
				         "those as actual arguments is not supported (use the module variable in '%s', or pass a "
				         "local structure assigned from it)",
				         k + 1, name, d.parts[0].name, name);
			else if (d.var->rank && d.type->alloc_leaves && d.nparts == 1 && !d.parts[0].nargs &&
			         dv->rank == d.var->rank && d.var->ext) {
				if (d.var->owner->kind == UNIT_MODULE)
					ir_error(
					        x->loc,
					        "argument %d of '%s': the module's array of structures '%s' with ALLOCATABLE components "
					        "passed as an actual argument is not supported (use the module variable in '%s')",
					        k + 1, name, d.parts[0].name, name);
				else {
					slab_actuals(S, &d, &out);
					continue;
				}
			} else if (d.var->rank && d.type->alloc_leaves)
				ir_error(
				        x->loc,
				        "argument %d of '%s': an element of an array of structures with ALLOCATABLE components "
				        "cannot be passed as a structure (copy it to a scalar structure, s = %s(i), and pass that)",
				        k + 1, name, d.parts[0].name);
			else {
				leaves_of(S, &d, &out);
				continue;
			}
			ir_exprlist_push(S->a, &out, ir_int(S->a, 0, x->loc));
			ok = 0;
			continue;
		}
		if (dv) {
			ir_error(x->loc, "argument %d of '%s' must be a structure of type '%s'", k + 1, name,
			         dv->type->def->name);
			ok = 0;
		}
		ir_exprlist_push(S->a, &out, x);
	}
	(void)loc;
	*args = out.v;
	*nargs = out.n;
	return ok;
}

/* The first scalar leaf of t (its path in below, depth-first): 1, or 0 when every leaf is an
 * array. */
static int scalar_leaf(TType *t, const TComp **below, int nbelow, int *n)
{
	for (int i = 0; i < t->ncomps; i++) {
		const TComp *c = &t->comps[i];
		if (c->rank)
			continue;
		below[nbelow] = c;
		if (!c->sub) {
			*n = nbelow + 1;
			return 1;
		}
		if (scalar_leaf(c->sub, below, nbelow + 1, n))
			return 1;
	}
	return 0;
}

/* SIZE, LBOUND, UBOUND of the whole array of structures d (the inquiry e) whose components are
 * all arrays: those of its first leaf, whose dimensions are the components' (constant), then
 * the array's: DIM k is the leaf's DIM k + (the components' rank), and SIZE without DIM is the
 * leaf's divided by the components' sizes. 1 when done. */
static int inquiry_of_array_leaf(Sema *S, IrExpr *e, const Desig *d)
{
	const TComp *below[64];
	int n = 0, fixed = 0;
	int64_t elems = 1;
	for (TType *t = d->type; t && t->ncomps;) {
		const TComp *c = &t->comps[0];
		below[n++] = c;
		fixed += c->rank;
		for (int k = 0; k < c->rank; k++)
			elems *= c->hi[k] >= c->lo[k] ? c->hi[k] - c->lo[k] + 1 : 0;
		t = c->sub;
	}
	if (!n || below[n - 1]->sub || below[n - 1]->alloc || !elems)
		return 0;
	IrLoc L = e->loc;
	IrExpr *leaf = leaf_ref(S, d, below, n);
	if (e->u.ref.nargs == 1 && !strcmp(e->u.ref.name, "size")) {
		IrExpr *r = ir_binop(S->a, IR_DIV, call_of(S, "size", leaf, NULL, L), ir_int(S->a, elems, L), L);
		int paren = e->paren;
		*e = *r;
		e->paren = paren;
		return 1;
	}
	if (e->u.ref.nargs != 2 || !strcmp(e->u.ref.name, "shape"))
		return 0;
	IrExpr **dim = &e->u.ref.args[1];
	if ((*dim)->kind == IR_KEYWORD) {
		if (strcmp((*dim)->u.kw.name, "dim"))
			return 0;
		dim = &(*dim)->u.kw.e;
	}
	Const kc;
	IrExpr *dv = sema_spec_expr(S, S->unit, *dim);
	if (sema_rank(dv) || !sema_const_of(dv, &kc) || !ir_base_is_int(kc.type) || kc.i < 1 || kc.i > d->var->rank)
		return 0;
	*dim = ir_int(S->a, kc.i + fixed, (*dim)->loc);
	e->u.ref.args[0] = leaf;
	return 1;
}

/* SIZE, LBOUND, UBOUND, SHAPE of an array of structures: those of a scalar component's array. */
static void inquiry_of_struct(Sema *S, IrExpr *e)
{
	static const char *const inq[] = {"size", "lbound", "ubound", "shape"};
	int is = 0;
	for (size_t i = 0; i < sizeof inq / sizeof inq[0]; i++)
		is |= !strcmp(e->u.ref.name, inq[i]);
	if (!is || !e->u.ref.nargs || sema_lookup(S, S->unit, e->u.ref.name) || sema_find_proc(S, S->unit, e->u.ref.name))
		return;
	IrExpr *x = e->u.ref.args[0];
	Desig d;
	if ((x->kind != IR_REF && x->kind != IR_COMPONENT) || designator(S, x, &d) != 1 || !d.type)
		return;
	const TComp *below[64];
	int n = 0;
	if (!scalar_leaf(d.type, below, 0, &n)) {
		IrExpr *shape = d.nparts == 1 && !d.parts[0].nargs && d.var->ext
		        ? slab_shape_ref(S, d.var, d.parts[0].name, x->loc)
		        : NULL;
		if (shape) { /* ALLOCATABLE components: an element's status array has the array's shape */
			e->u.ref.args[0] = shape;
			return;
		}
		if (d.nparts == 1 && !d.parts[0].nargs && inquiry_of_array_leaf(S, e, &d))
			return;
		ir_error(x->loc,
		         "%s of an array of structures whose components are all arrays: ask it of a component, or give "
		         "a constant DIM",
		         e->u.ref.name);
		int paren = e->paren;
		*e = *ir_int(S->a, 0, e->loc);
		e->paren = paren;
		return;
	}
	e->u.ref.args[0] = leaf_ref(S, &d, below, n);
}

/* The same in a specification expression (`real(8) :: f(3, size(p))` with p an array of
 * structures), where no statement is made: SIZE, LBOUND, UBOUND, SHAPE only. */
void sema_types_spec(Sema *S, IrExpr *e)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_REF:
		for (int i = 0; i < e->u.ref.nargs; i++)
			sema_types_spec(S, e->u.ref.args[i]);
		if (e->u.ref.has_parens)
			inquiry_of_struct(S, e);
		return;
	case IR_UNARY:
	case IR_BINARY:
		sema_types_spec(S, e->u.op.a);
		sema_types_spec(S, e->u.op.b);
		return;
	case IR_KEYWORD: sema_types_spec(S, e->u.kw.e); return;
	default: return;
	}
}

/* ALLOCATED, LBOUND, UBOUND of an element's ALLOCATABLE component (slabs): the element's
 * status and bounds (SIZE and SHAPE are those of the reference, slab_ref). 1 when e was one. */
static int slab_inquiry(Sema *S, IrExpr *e)
{
	static const char *const inq[] = {"allocated", "lbound", "ubound"};
	int which = -1;
	for (int i = 0; i < 3; i++)
		if (!strcmp(e->u.ref.name, inq[i]))
			which = i;
	if (which < 0 || !e->u.ref.nargs || sema_lookup(S, S->unit, e->u.ref.name) || sema_find_proc(S, S->unit, e->u.ref.name))
		return 0;
	IrExpr *x = e->u.ref.args[0];
	Desig d;
	Slab sl;
	if (x->kind != IR_COMPONENT || designator(S, x, &d) != 1 || d.type || !slab_of(S, &d, NULL, 0, &sl))
		return 0;
	IrExpr *r;
	if (d.parts[d.nparts - 1].nargs) {
		ir_error(x->loc, "%s takes the component alone: %s(%s(i)%s)", e->u.ref.name, e->u.ref.name, sl.el->name,
		         sl.lname + strlen(sl.el->name));
		r = ir_int(S->a, 0, e->loc);
	} else if (!slab_element(S, &sl)) {
		r = ir_int(S->a, 0, e->loc);
	} else if (which == 0) {
		r = slab_ext_ref(S, &sl, 2 * sl.r);
		if (e->u.ref.nargs != 1)
			ir_error(e->loc, "ALLOCATED takes one argument");
	} else {
		IrExpr *dim = e->u.ref.nargs >= 2 ? e->u.ref.args[1] : NULL;
		if (dim && dim->kind == IR_KEYWORD && !strcmp(dim->u.kw.name, "dim"))
			dim = dim->u.kw.e;
		int64_t k = 0;
		Const kc;
		IrExpr *dv = dim ? sema_spec_expr(S, S->unit, dim) : NULL;
		if (!dim && sl.r == 1)
			k = 1;
		else if (dv && !sema_rank(dv) && sema_const_of(dv, &kc) && ir_base_is_int(kc.type))
			k = kc.i;
		if (e->u.ref.nargs > 2 || (dim && dim->kind == IR_KEYWORD) || k < 1 || k > sl.r) {
			ir_error(e->loc,
			         "%s of the ALLOCATABLE component %s(i)%s of an element needs a constant DIM from 1 to %d "
			         "(and no KIND=)",
			         e->u.ref.name, sl.el->name, sl.lname + strlen(sl.el->name), sl.r);
			r = ir_int(S->a, 0, e->loc);
		} else {
			r = slab_ext_ref(S, &sl, 2 * (int)(k - 1) + (which == 2));
		}
	}
	IrLoc L = e->loc;
	int paren = e->paren;
	*e = *r;
	e->loc = L;
	e->paren = paren;
	return 1;
}

static int allocated_struct(Sema *S, IrExpr *e);

/* Function references in e with structures among their arguments. */
static void expand_expr(Sema *S, IrExpr *e)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_REF: {
		for (int i = 0; i < e->u.ref.nargs; i++)
			expand_expr(S, e->u.ref.args[i]);
		if (!e->u.ref.has_parens)
			return;
		if (slab_inquiry(S, e) || allocated_struct(S, e))
			return;
		inquiry_of_struct(S, e);
		if (e->kind != IR_REF) /* SIZE(p) / n (inquiry_of_array_leaf) */
			return;
		IrSym *s = sema_lookup(S, S->unit, e->u.ref.name);
		if (s && s->kind != SYM_PROC && s->rank)
			return;
		IrUnit *f = sema_find_proc(S, S->unit, e->u.ref.name);
		if (((f && f->kind == UNIT_FUNCTION) || (!f && sema_find_generic(S, S->unit, e->u.ref.name))) &&
		    !expand_actuals(S, &e->u.ref.name, &e->u.ref.args, &e->u.ref.nargs, e->loc)) {
			IrLoc L = e->loc;
			*e = *ir_int(S->a, 0, L); /* reported: stands for the reference, no follow-on error */
			e->failed = 1;
		}
		return;
	}
	case IR_COMPONENT:
		for (int i = 0; i < e->u.comp.nargs; i++)
			expand_expr(S, e->u.comp.args[i]);
		expand_expr(S, e->u.comp.base);
		return;
	case IR_UNARY:
	case IR_BINARY:
		expand_expr(S, e->u.op.a);
		expand_expr(S, e->u.op.b);
		return;
	case IR_TRIPLET:
		expand_expr(S, e->u.triplet.lo);
		expand_expr(S, e->u.triplet.hi);
		expand_expr(S, e->u.triplet.st);
		return;
	case IR_ARRAYCON:
	case IR_IMPLDO:
		for (int i = 0; i < e->u.list.nitems; i++)
			expand_expr(S, e->u.list.items[i]);
		if (e->u.list.ido) {
			expand_expr(S, e->u.list.ido->lo);
			expand_expr(S, e->u.list.ido->hi);
			expand_expr(S, e->u.list.ido->st);
		}
		return;
	case IR_KEYWORD: expand_expr(S, e->u.kw.e); return;
	default: return;
	}
}

static void expand_expr(Sema *S, IrExpr *e);

/* ALLOCATE/DEALLOCATE naming components of elements of arrays of structures: their statements
 * go to out, before s with the other objects (1: s is gone, all were such). */
static int slab_alloc_stmt(Sema *S, IrStmt *s, IrBlock *out)
{
	int alloc = !strcmp(s->u.call.name, "%allocate");
	IrBlock pre = {0};
	int k = 0, any = 0;
	for (int i = 0; i < s->u.call.nargs; i++) {
		IrExpr *e = s->u.call.args[i];
		Desig d;
		Slab sl;
		int isd = e->kind == IR_COMPONENT ? designator(S, e, &d) : 0;
		if (isd < 0) { /* reported */
			any = 1;
			continue;
		}
		if (isd != 1 || d.type || !slab_of(S, &d, NULL, 0, &sl)) {
			s->u.call.args[k++] = e;
			continue;
		}
		any = 1;
		const Part *p = &d.parts[d.nparts - 1];
		if (!alloc) {
			if (p->nargs)
				ir_error(e->loc, "DEALLOCATE takes the component alone: deallocate(%s(i)%s)", sl.el->name,
				         sl.lname + strlen(sl.el->name));
			else if (slab_element(S, &sl))
				ir_block_add(
				        S->a, &pre,
				        ir_assign(S->a, slab_ext_ref(S, &sl, 2 * sl.r), ir_logical(S->a, 0, e->loc), e->loc));
			continue;
		}
		if (p->nargs != sl.r) {
			ir_error(e->loc, "ALLOCATE of '%s' (rank %d) needs one bound per dimension, lo:hi or hi", p->name, sl.r);
			continue;
		}
		IrExpr *lo[IR_MAX_RANK], *hi[IR_MAX_RANK];
		int ok = 1;
		for (int j = 0; j < sl.r; j++) {
			IrExpr *x = p->args[j];
			lo[j] = NULL;
			hi[j] = x;
			if (x->kind == IR_TRIPLET) {
				if (x->u.triplet.st || !x->u.triplet.hi) {
					ir_error(x->loc, "a bound in ALLOCATE is lo:hi or hi");
					ok = 0;
				}
				lo[j] = x->u.triplet.lo;
				hi[j] = x->u.triplet.hi;
			}
		}
		for (int j = 0; ok && j < sl.r; j++) {
			expand_expr(S, lo[j]);
			expand_expr(S, hi[j]);
		}
		if (ok)
			slab_alloc(S, &pre, &sl, lo, hi);
	}
	if (!any)
		return 0;
	s->u.call.nargs = k;
	for (int i = 0; i < k; i++)
		expand_expr(S, s->u.call.args[i]);
	if (pre.n) {
		IrStmt *f = pre.v[0];
		f->label = s->label;
		f->dirs = s->dirs;
		f->ndirs = s->ndirs;
	}
	for (int i = 0; i < pre.n; i++)
		ir_block_add(S->a, out, pre.v[i]);
	if (k) {
		if (pre.n)
			s->label = 0, s->dirs = NULL, s->ndirs = 0;
		ir_block_add(S->a, out, s);
	} else if (!pre.n) {
		IrStmt *c = ir_stmt_new(S->a, IR_CONTINUE, s->loc);
		c->label = s->label;
		ir_block_add(S->a, out, c);
	}
	return 1;
}

/* ALLOCATE(p(lo:hi, ...)) and DEALLOCATE(p) of an ALLOCATABLE array of structures: one object
 * per leaf, `p%x(lo:hi)`, `p%v(1:3, lo:hi)` (the component's constant bounds first), each then
 * an ALLOCATABLE array's (sema_alloc_stmt); after an ALLOCATE, the default initialization of
 * the components goes to `after`. Objects that are not such arrays stay as they are. */
static void alloc_struct_objects(Sema *S, IrStmt *s, IrBlock *after)
{
	IrArena *a = S->a;
	int alloc = !strcmp(s->u.call.name, "%allocate");
	const char *stmt = alloc ? "ALLOCATE" : "DEALLOCATE";
	IrExprList out = {0};
	for (int i = 0; i < s->u.call.nargs; i++) {
		IrExpr *e = s->u.call.args[i];
		Desig d;
		int isd = e->kind == IR_REF || e->kind == IR_COMPONENT ? designator(S, e, &d) : 0;
		if (isd < 0) /* reported */
			continue;
		if (!isd || !d.var->alloc) {
			ir_exprlist_push(a, &out, e);
			continue;
		}
		const Part *p = &d.parts[0];
		if (d.nparts > 1) {
			ir_error(e->loc,
			         "%s of a component of the ALLOCATABLE array of structures '%s': the components are %s with "
			         "the array, %s(%s%s)",
			         stmt, p->name, alloc ? "allocated" : "deallocated", alloc ? "allocate" : "deallocate", p->name,
			         alloc ? "(n)" : "");
			continue;
		}
		if (alloc && p->nargs != d.var->rank) {
			ir_error(e->loc, "ALLOCATE of '%s' (rank %d) needs one bound per dimension, lo:hi or hi", p->name,
			         d.var->rank);
			continue;
		}
		if (!alloc && e->u.ref.has_parens) {
			ir_error(e->loc, "DEALLOCATE takes the array's name alone: deallocate(%s)", p->name);
			continue;
		}
		for (int k = 0; k < d.var->nleaves; k++) {
			const IrSym *leaf = d.var->leaves[k];
			const char *n = leaf_name(S, d.var, p->name, k);
			if (!alloc) {
				ir_exprlist_push(a, &out, ir_ref(a, n, NULL, 0, 0, e->loc));
				continue;
			}
			int fixed = leaf->rank - d.var->rank, ok;
			IrExpr **b = ir_alloc(a, sizeof *b * (size_t)leaf->rank);
			for (int j = 0; j < fixed; j++) {
				b[j] = whole_triplet(S, e->loc);
				b[j]->u.triplet.lo =
				        ir_int(a, leaf->dims[j].lo ? ir_const_int(leaf->dims[j].lo, &ok) : 1, e->loc);
				b[j]->u.triplet.hi = ir_int(a, ir_const_int(leaf->dims[j].hi, &ok), e->loc);
			}
			for (int j = 0; j < d.var->rank; j++)
				b[fixed + j] = ir_expr_copy(a, p->args[j]);
			ir_exprlist_push(a, &out, ir_ref(a, n, b, leaf->rank, 1, e->loc));
			if (d.var->inits && d.var->inits[k])
				ir_block_add(
				        a, after,
				        ir_assign(a, ir_ref(a, n, NULL, 0, 0, e->loc), ir_expr_copy(a, d.var->inits[k]), e->loc));
		}
	}
	s->u.call.args = out.v;
	s->u.call.nargs = out.n;
}

/* ALLOCATED(p) of an ALLOCATABLE array of structures: its first leaf's (all leaves are
 * allocated and deallocated together). 1 when e was one. */
static int allocated_struct(Sema *S, IrExpr *e)
{
	if (strcmp(e->u.ref.name, "allocated") || e->u.ref.nargs != 1 || sema_lookup(S, S->unit, e->u.ref.name) ||
	    sema_find_proc(S, S->unit, e->u.ref.name))
		return 0;
	IrExpr *x = e->u.ref.args[0];
	Desig d;
	if (x->kind != IR_REF || designator(S, x, &d) != 1 || !d.var->alloc || !d.var->nleaves)
		return 0;
	if (x->u.ref.has_parens) {
		ir_error(x->loc, "ALLOCATED takes the array's name alone: allocated(%s)", d.parts[0].name);
		return 1;
	}
	e->u.ref.args[0] = ir_ref(S->a, leaf_name(S, d.var, d.parts[0].name, 0), NULL, 0, 0, x->loc);
	return 1;
}

/* Does e name a structure whose declaration was refused (reported there)? */
static int names_bad(const IrExpr *e, const void *ctx)
{
	Sema *S = (Sema *)ctx;
	const TVar *v = e->kind == IR_REF ? struct_var(S, S->unit, e->u.ref.name) : NULL;
	return v && v->bad;
}

static int mentions_bad(Sema *S, const IrExpr *e)
{
	return ir_expr_any(e, names_bad, S);
}

/* A statement that uses a structure whose declaration was refused is dropped (one error, at
 * the declaration, not one more per use); a condition or bound that does is made a constant. */
static int drop_bad_uses(Sema *S, IrStmt *s)
{
	switch (s->kind) {
	case IR_ASSIGN:
		if (mentions_bad(S, s->u.assign.lhs) || mentions_bad(S, s->u.assign.rhs) || mentions_bad(S, s->u.assign.mask))
			goto drop;
		return 0;
	case IR_CALL:
		for (int i = 0; i < s->u.call.nargs; i++)
			if (mentions_bad(S, s->u.call.args[i]))
				goto drop;
		return 0;
	case IR_PRINT:
		for (int i = 0; i < s->u.print.nitems; i++)
			if (mentions_bad(S, s->u.print.items[i]))
				goto drop;
		return 0;
	case IR_IF:
		for (int i = 0; i < s->u.if_.ncond; i++)
			if (mentions_bad(S, s->u.if_.conds[i])) {
				if (s->u.if_.where) /* a WHERE mask must stay an array: the construct goes */
					goto drop;
				s->u.if_.conds[i] = ir_logical(S->a, 0, s->u.if_.conds[i]->loc);
			}
		return 0;
	case IR_DO:
		if (mentions_bad(S, s->u.do_.lo) || mentions_bad(S, s->u.do_.hi) || mentions_bad(S, s->u.do_.step)) {
			s->u.do_.lo = ir_int(S->a, 1, s->loc);
			s->u.do_.hi = ir_int(S->a, 0, s->loc);
			s->u.do_.step = NULL;
		}
		return 0;
	case IR_DOWHILE:
		if (mentions_bad(S, s->u.dowhile.cond))
			s->u.dowhile.cond = ir_logical(S->a, 0, s->loc);
		return 0;
	default: return 0;
	}
drop:
	s->kind = IR_CONTINUE;
	return 1;
}

/* What a statement stands for (ir_block_rewrite): itself, or the assignments of a structure's
 * leaves; assignments, calls and output lists here, the other statements' expressions in
 * expand_part. */
static IrRewriteLeft expand_stmt(void *ctx, IrStmt *s, IrBlock *pre, IrBlock *out)
{
	Sema *S = ctx;
	(void)pre;
	if (drop_bad_uses(S, s))
		return IR_REWRITE_BLOCKS;
	switch (s->kind) {
	case IR_ASSIGN: {
		Desig l;
		int k = designator(S, s->u.assign.lhs, &l);
		if (k == 1 && l.type) {
			IrBlock tmp = {0};
			expand_expr(S, s->u.assign.rhs);
			if (!assign_struct(S, &tmp, &l, s->u.assign.rhs, s->loc))
				tmp.n = 0;
			ir_block_add_replacing(S->a, out, s, &tmp);
			return IR_REWRITE_DONE;
		}
		if (k < 0) {
			s->kind = IR_CONTINUE; /* reported */
			return IR_REWRITE_BLOCKS;
		}
		expand_expr(S, s->u.assign.lhs);
		expand_expr(S, s->u.assign.rhs);
		return IR_REWRITE_BLOCKS;
	}
	case IR_CALL:
		if (!strcmp(s->u.call.name, "%allocate") || !strcmp(s->u.call.name, "%deallocate")) {
			IrBlock after = {0}; /* default initialization of an ALLOCATABLE array's components */
			alloc_struct_objects(S, s, &after);
			if (!slab_alloc_stmt(S, s, out))
				ir_block_add(S->a, out, s);
			for (int i = 0; i < after.n; i++)
				ir_block_add(S->a, out, after.v[i]);
			return IR_REWRITE_DONE;
		}
		for (int i = 0; i < s->u.call.nargs; i++)
			expand_expr(S, s->u.call.args[i]);
		if (!expand_actuals(S, &s->u.call.name, &s->u.call.args, &s->u.call.nargs, s->loc))
			s->kind = IR_CONTINUE; /* reported */
		return IR_REWRITE_BLOCKS;
	case IR_PRINT: {
		IrExprList items = {0};
		for (int i = 0; i < s->u.print.nitems; i++) {
			IrExpr *x = s->u.print.items[i];
			if (i < s->u.print.nctl || s->u.print.io == IO_FORMAT) {
				ir_exprlist_push(S->a, &items, x); /* the control list: sema_io.c */
				continue;
			}
			Desig d;
			int k = x && (x->kind == IR_REF || x->kind == IR_COMPONENT) ? designator(S, x, &d) : 0;
			if (k == 1 && d.type && d.type->alloc_leaves)
				ir_error(x->loc,
				         "a structure with ALLOCATABLE components cannot be written (Fortran needs a defined "
				         "output procedure): write its components");
			else if (k == 1 && d.type && d.arrays) {
				/* an array of structures is written element by element, each element's
				 * components in order; its leaves as arrays would be written component by
				 * component */
				IrExprList leaves = {0};
				leaves_of(S, &d, &leaves);
				if (leaves.n == 1)
					ir_exprlist_push(S->a, &items, leaves.v[0]);
				else
					ir_error(x->loc,
					         "an array of structures in an output list is not supported (stad would write it "
					         "component by component, not element by element): write each element in a DO "
					         "loop, e.g. do i = 1, n: print *, q(i)");
			} else if (k == 1 && d.type)
				leaves_of(S, &d, &items);
			else if (k >= 0) {
				expand_expr(S, x);
				ir_exprlist_push(S->a, &items, x);
			}
		}
		s->u.print.items = items.v;
		s->u.print.nitems = items.n;
		return IR_REWRITE_BLOCKS;
	}
	default: return IR_REWRITE_PARTS;
	}
}

static void expand_part(void *ctx, IrStmt *s, IrExpr **e, IrBlock *pre)
{
	(void)s, (void)pre;
	expand_expr(ctx, *e);
}

void sema_types_body(Sema *S, IrUnit *u)
{
	IrRewrite r = {expand_stmt, expand_part, S};
	ir_block_rewrite(S->a, &u->body, &r);
	/* default initialization on entry: locals not SAVE'd, INTENT(OUT) dummies */
	IrBlock first = {0};
	for (int i = 0; i < u->structs.n; i++) {
		const TVar *v = u->structs.v[i];
		int entry =
		        u->kind != UNIT_MODULE && (v->argpos < 0 || v->intent == INTENT_OUT); /* (a dummy's are its actual's) */
		for (int k = 0; v->ext && k < v->nleaves; k++)
			for (int j = 0; v->ext[k] && entry && j <= 2 * (v->leaves[k]->rank - v->rank); j++) {
				IrSym *h = v->ext[k][j];
				ir_block_add(S->a, &first,
				             ir_assign(S->a, ir_ref(S->a, h->name, NULL, 0, 0, v->loc),
				                       h->type == TY_LOGICAL ? ir_logical(S->a, 0, v->loc)
				                                             : ir_int(S->a, 1 - j % 2, v->loc),
				                       v->loc));
			}
		for (int k = 0; v->inits && !v->alloc && k < v->nleaves; k++)
			if (v->inits[k])
				ir_block_add(S->a, &first,
				             ir_assign(S->a, ir_ref(S->a, v->leaves[k]->name, NULL, 0, 0, v->loc),
				                       ir_expr_copy(S->a, v->inits[k]), v->loc));
	}
	if (!first.n)
		return;
	for (int k = 0; k < u->body.n; k++)
		ir_block_add(S->a, &first, u->body.v[k]);
	u->body = first;
}
