/*
 * sema_decl.c — declarations: IMPLICIT typing, symbols and their attributes, array bounds,
 * DATA statements (COMMON blocks are unified across units in sema_common.c).
 */
#include "sema_int.h"

#include "fe_int.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static int64_t sym_size(const IrSym *s, int *ok);
static void apply_all_data(Sema *S, IrUnit *u);
static IrExpr *spec_expr(Sema *S, IrUnit *u, IrExpr *e);
static void type_implicitly(IrUnit *u, IrSym *s);
static void fold_param(Sema *S, IrUnit *u, IrSym *s);

/* ---------------------------------------------------------------- kinds */

/* The type `deflt` (INTEGER, REAL, LOGICAL) takes with a kind given by an expression: a named
 * constant (dp, real64), KIND(1d0), SELECTED_REAL_KIND(15), ..., folded here. An unsupported
 * kind is refused at the expression; the default type is returned so that sema goes on. */
IrBase sema_kind_type(Sema *S, IrUnit *u, IrBase deflt, IrExpr *kind)
{
	const char *name = kind->kind == IR_REF && !kind->u.ref.has_parens ? kind->u.ref.name : NULL;
	if (name && !sema_lookup(S, u, name)) {
		ir_error(kind->loc, "the kind '%s' is not a named constant here (declare it, or USE the module that defines it)",
		         name);
		return deflt;
	}
	IrExpr *e = spec_expr(S, u, kind);
	Const c;
	int why;
	if (!sema_const_fold(e, &c, &why) || !ir_base_is_int(c.type)) {
		ir_error(
		        kind->loc,
		        "a kind must be a constant INTEGER expression (a named constant, KIND(1d0), SELECTED_REAL_KIND(15), ...)");
		return deflt;
	}
	const char *msg = NULL;
	IrBase t = fe_kind_type(S->a, deflt, c.i, &msg);
	if (t == TY_NONE) {
		if (name)
			ir_error(kind->loc, "kind '%s' is %lld: %s", name, (long long)c.i, msg);
		else
			ir_error(kind->loc, "%s", msg);
		return deflt;
	}
	return t;
}

/* A PARAMETER is folded when its value is a constant of its own type. */
static int param_folded(const IrSym *s)
{
	if (s->type == TY_CHAR) /* char_param sets the length, of type INTEGER(8), when it folds */
		return !s->init || (s->init->kind == IR_CONST_STR && s->clen && s->clen->type == TY_INT8);
	return !s->init || (ir_expr_is_const(s->init) && s->init->type == s->type && !s->init->u.real.kind_name);
}

/* Fold a PARAMETER now, when a kind or another PARAMETER needs its value before its unit's
 * PARAMETERs are folded in order (Fortran requires it to be declared before that use). */
void sema_fold_param(Sema *S, IrSym *s)
{
	if (s->kind != SYM_PARAM || param_folded(s) || !s->owner)
		return;
	type_implicitly(s->owner, s);
	fold_param(S, s->owner, s);
}
/* ---------------------------------------------------------------- declarations */

IrBase sema_implicit_type(const IrUnit *u, const char *name)
{
	int c = name[0] - 'a';
	if (c < 0 || c >= 26)
		return TY_NONE;
	return u->implicit[c];
}

/* Has u a bare SAVE (every local SAVE'd, also those implicit typing makes later: sema_expr.c)? */
int sema_saves_all(const IrUnit *u)
{
	for (int i = 0; i < u->decls.n; i++) {
		const IrDecl *d = u->decls.v[i];
		if (d->kind == DECL_SAVE && d->nents == 0)
			return 1;
	}
	return 0;
}

static IrSym *local_sym(Sema *S, IrUnit *u, const char *name, IrLoc loc)
{
	IrSym *s = ir_unit_lookup(u, name);
	if (!s)
		s = ir_sym_new(S->a, u, name, SYM_LOCAL, loc);
	return s;
}

static void set_dims(IrSym *s, const IrDim *dims, int rank, IrLoc loc)
{
	if (s->rank && rank) {
		ir_error(loc, "the dimensions of '%s' are given twice", s->name);
		return;
	}
	if (!rank)
		return;
	s->rank = rank;
	for (int d = 0; d < rank; d++)
		s->dims[d] = dims[d];
	if (dims[0].assumed_shape)
		s->loc = loc; /* diagnostics about its shape point at its declaration */
}

static void set_type(IrSym *s, IrBase t, IrLoc loc)
{
	if (s->declared && s->type != TY_NONE && s->type != t) {
		ir_error(loc, "the type of '%s' is given twice", s->name);
		return;
	}
	s->type = t;
	s->declared = 1;
}

static void apply_implicit(Sema *S, IrUnit *u)
{
	/* A module procedure inherits its module's implicit rules, an internal procedure its host's,
	 * unless it sets its own. */
	int own = 0;
	for (int i = 0; i < u->decls.n; i++)
		own |= ((IrDecl *)u->decls.v[i])->kind == DECL_IMPLICIT;
	const IrUnit *from = u->host ? u->host : u->parent;
	if (from && !own) {
		memcpy(u->implicit, from->implicit, sizeof u->implicit);
		u->implicit_none = from->implicit_none;
	}
	for (int i = 0; i < u->decls.n; i++) {
		IrDecl *d = u->decls.v[i];
		if (d->kind != DECL_IMPLICIT)
			continue;
		if (d->implicit_none) {
			u->implicit_none = 1;
			for (int c = 0; c < 26; c++)
				u->implicit[c] = TY_NONE;
			continue;
		}
		IrBase t = d->kind_expr ? sema_kind_type(S, u, d->base, d->kind_expr) : d->base;
		for (int r = 0; r < d->nranges; r++) {
			int lo = d->ranges[r][0] - 'a', hi = d->ranges[r][1] - 'a';
			if (lo < 0 || hi > 25 || lo > hi) {
				ir_error(d->loc, "bad letter range in IMPLICIT");
				continue;
			}
			for (int c = lo; c <= hi; c++)
				u->implicit[c] = t;
		}
	}
	if (u->implicit_none)
		for (int c = 0; c < 26; c++)
			u->implicit[c] = TY_NONE;
}


/* Resolve and check a specification expression (array bound, PARAMETER value, directive arg). */
static IrExpr *spec_expr(Sema *S, IrUnit *u, IrExpr *e)
{
	IrUnit *save = S->unit;
	int stmt = S->stmt;
	IrBlock *hoist = S->hoist;
	S->unit = u;
	S->stmt = 0; /* no statements can be placed before a declaration */
	S->hoist = NULL;
	sema_types_spec(S, e);
	e = sema_resolve_expr(S, e);
	S->unit = save;
	S->stmt = stmt;
	S->hoist = hoist;
	return e;
}

IrExpr *sema_spec_expr(Sema *S, IrUnit *u, IrExpr *e)
{
	return spec_expr(S, u, e);
}

static void declare_args(Sema *S, IrUnit *u)
{
	u->args = ir_alloc(S->a, sizeof(IrSym *) * (size_t)(u->nargs ? u->nargs : 1));
	int altret = 0;
	for (int i = 0; i < u->nargs; i++) {
		if (ir_unit_lookup(u, u->argnames[i])) {
			ir_error(u->loc, "dummy argument '%s' appears twice", u->argnames[i]);
			u->args[i] = ir_unit_lookup(u, u->argnames[i]);
			continue;
		}
		if (strcmp(u->argnames[i], "*") == 0) {
			if (!altret++)
				ir_error(
				        u->loc,
				        "alternate returns (the * dummies of '%s') are not supported: give it an INTEGER argument "
				        "it sets (ierr = 1 and RETURN, for RETURN 1) and test it after each call (IF (ierr == 1) "
				        "GO TO 100)",
				        u->name);
			continue;
		}
		IrSym *s = ir_sym_new(S->a, u, u->argnames[i], SYM_ARG, u->loc);
		s->argpos = i;
		u->args[i] = s;
	}
	if (u->kind == UNIT_FUNCTION) {
		const char *rn = u->result_name ? u->result_name : u->name;
		IrSym *r = ir_unit_lookup(u, rn);
		if (r) {
			ir_error(u->loc, "the result '%s' is also a dummy argument", rn);
		} else {
			r = ir_sym_new(S->a, u, rn, SYM_RESULT, u->loc);
			if (u->declared_type != TY_NONE) {
				r->type = u->declared_type;
				r->declared = 1;
			}
		}
		u->result = r;
	}
}

/* Every array an implied DO of DATA names is SAVEd, as its variables are. */
static void data_save_impldo(Sema *S, IrUnit *u, const IrExpr *ido)
{
	for (int j = 0; j < ido->u.list.nitems; j++) {
		const IrExpr *x = ido->u.list.items[j];
		if (x->kind == IR_IMPLDO)
			data_save_impldo(S, u, x);
		else
			local_sym(S, u, x->u.ref.name, x->loc)->is_save = 1;
	}
}

static void declare_decl(Sema *S, IrUnit *u, IrDecl *d)
{
	switch (d->kind) {
	case DECL_IMPLICIT: break;
	case DECL_INTRINSIC:
		for (int i = 0; i < d->nents; i++)
			if (ir_intrinsic_lookup(d->ents[i]->name) == INTR_NONE)
				ir_error(d->ents[i]->loc, "INTRINSIC '%s' is not an intrinsic procedure stad supports",
				         d->ents[i]->name);
		break;
	case DECL_EQUIVALENCE: break; /* after the bodies (sema_equiv.c) */
	case DECL_NAMELIST: break;    /* read by the READ and WRITE that name it (sema_io.c) */
	case DECL_ACCESS:
		if (u->kind != UNIT_MODULE)
			ir_error(d->loc, "%s is allowed only in the specification part of a MODULE",
			         d->access == ACCESS_PUBLIC ? "PUBLIC" : "PRIVATE");
		else if (!d->nents)
			u->default_private = d->access == ACCESS_PRIVATE;
		break;
	case DECL_TYPE: {
		if (d->type_name) {
			if (d->is_value)
				ir_error(d->loc,
				         "VALUE on a dummy of derived type is not supported: remove VALUE and copy the "
				         "structure into a local variable");
			if (d->is_optional)
				ir_error(d->loc,
				         "an OPTIONAL dummy of derived type is not supported: give every argument in every call, "
				         "with a flag argument where the routine must know");
			sema_types_decl(S, u, d);
			break;
		}
		if (d->access && u->kind != UNIT_MODULE)
			ir_error(d->loc, "the %s attribute is allowed only in a MODULE",
			         d->access == ACCESS_PUBLIC ? "PUBLIC" : "PRIVATE");
		IrBase type = d->kind_expr ? sema_kind_type(S, u, d->base, d->kind_expr) : d->base;
		for (int i = 0; i < d->nents; i++) {
			IrEntity *e = d->ents[i];
			IrSym *s = local_sym(S, u, e->name, e->loc);
			set_type(s, type, e->loc);
			if (type == TY_CHAR) { /* resolved by char_lengths */
				s->clen = e->clen || e->clen_assumed ? e->clen : d->clen;
				s->clen_assumed = e->clen || e->clen_assumed ? e->clen_assumed : d->clen_assumed;
			}
			if (s->loc.line == 0 || s->kind == SYM_LOCAL)
				s->loc = e->loc;
			if (d->has_dimension)
				set_dims(s, d->dims, d->rank, e->loc);
			set_dims(s, e->dims, e->rank, e->loc);
			if (d->intent) {
				if (s->kind != SYM_ARG)
					ir_error(e->loc, "INTENT is given for '%s', which is not a dummy argument", e->name);
				s->intent = d->intent;
			}
			if (d->is_save)
				s->is_save = 1;
			if (d->is_allocatable)
				s->allocatable = 1;
			if (d->is_value && s->kind != SYM_ARG)
				ir_error(e->loc, "VALUE is given for '%s', which is not a dummy argument", e->name);
			else if (d->is_value)
				s->by_value = 1;
			if (d->is_optional && s->kind != SYM_ARG)
				ir_error(e->loc, "OPTIONAL is given for '%s', which is not a dummy argument", e->name);
			else if (d->is_optional)
				s->optional = 1;
			if (d->is_external)
				s->is_external = 1;
			if (d->is_parameter) {
				if (!e->init)
					ir_error(e->loc, "PARAMETER '%s' has no value", e->name);
				else if (s->kind != SYM_LOCAL)
					ir_error(e->loc, "'%s' cannot be a PARAMETER", e->name);
				s->kind = SYM_PARAM;
				s->init = e->init;
			} else if (e->init) {
				if (s->kind == SYM_ARG)
					ir_error(e->loc, "a dummy argument cannot have an initializer");
				s->init = e->init;
				s->is_save = 1; /* Fortran: initialization implies SAVE */
			}
		}
		break;
	}
	case DECL_DIMENSION:
		for (int i = 0; i < d->nents; i++) {
			IrEntity *e = d->ents[i];
			set_dims(local_sym(S, u, e->name, e->loc), e->dims, e->rank, e->loc);
		}
		break;
	case DECL_PARAMETER:
		for (int i = 0; i < d->nents; i++) {
			IrEntity *e = d->ents[i];
			IrSym *s = local_sym(S, u, e->name, e->loc);
			if (s->kind != SYM_LOCAL && s->kind != SYM_PARAM) {
				ir_error(e->loc, "'%s' cannot be a PARAMETER", e->name);
				continue;
			}
			s->kind = SYM_PARAM;
			s->init = e->init;
		}
		break;
	case DECL_COMMON:
		for (int i = 0; i < d->nents; i++) {
			IrEntity *e = d->ents[i];
			IrSym *s = local_sym(S, u, e->name, e->loc);
			if (s->kind != SYM_LOCAL || s->common) {
				ir_error(e->loc, "'%s' cannot be in COMMON", e->name);
				continue;
			}
			/* its place in the block is its place in the COMMON statements (a block may be
			 * continued by later ones), not in the declarations */
			s->common_index = 0;
			for (int k = 0; k < u->syms.n; k++) {
				const IrSym *t = u->syms.v[k];
				if (t != s && t->kind == SYM_COMMON && !strcmp(t->common, d->common ? d->common : ""))
					s->common_index++;
			}
			s->kind = SYM_COMMON;
			s->common = d->common ? d->common : "";
			set_dims(s, e->dims, e->rank, e->loc);
		}
		break;
	case DECL_EXTERNAL:
		for (int i = 0; i < d->nents; i++) {
			IrEntity *e = d->ents[i];
			IrSym *s = local_sym(S, u, e->name, e->loc);
			s->is_external = 1;
		}
		break;
	case DECL_INTENT:
		for (int i = 0; i < d->nents; i++) {
			IrEntity *e = d->ents[i];
			IrSym *s = ir_unit_lookup(u, e->name);
			if (!s || s->kind != SYM_ARG)
				ir_error(e->loc, "INTENT is given for '%s', which is not a dummy argument", e->name);
			else
				s->intent = d->intent;
		}
		break;
	case DECL_SAVE:
		/* a bare SAVE: every local, after all declarations (sema_declare_unit), not the dummies */
		for (int i = 0; i < d->nents; i++) {
			IrEntity *e = d->ents[i];
			local_sym(S, u, e->name, e->loc)->is_save = 1;
		}
		break;
	case DECL_DATA:
		for (int i = 0; i < d->nents; i++) {
			IrSym *v = local_sym(S, u, d->ents[i]->name, d->ents[i]->loc);
			v->is_save = 1; /* DATA implies SAVE */
			if (d->ents[i]->init && d->ents[i]->init->kind == IR_IMPLDO)
				data_save_impldo(S, u, d->ents[i]->init);
		}
		break;
	}
}

/* Type every symbol that has none yet by the implicit rules. */
static void type_implicitly(IrUnit *u, IrSym *s)
{
	if (s->type != TY_NONE)
		return;
	IrBase t = sema_implicit_type(u, s->name);
	if (t == TY_NONE) {
		if (s->kind != SYM_PROC && !s->refused) {
			ir_error(s->loc, "'%s' has no type (IMPLICIT NONE is in effect)", s->name);
			s->refused = 1; /* its uses add no error */
		}
		s->type = TY_REAL8; /* keep going */
		return;
	}
	s->type = t;
	s->implicit = 1;
}

/* `real :: w(3) = [1, 2, 3]`, `= 0` (every element), `real, parameter :: c(2) = (/ ... /)`:
 * the values, constants in storage order, into inits; the array is SAVE'd (as Fortran says of
 * an initialized variable). A PARAMETER array becomes such storage, marked read-only. */
/* The extent of s's dimension d when its bounds are constants, or -1. */
static int64_t dim_extent(const IrSym *s, int d)
{
	Const lo = {TY_INT, 1, 0}, hi;
	if ((s->dims[d].lo && !sema_const_of(s->dims[d].lo, &lo)) || !s->dims[d].hi || !sema_const_of(s->dims[d].hi, &hi))
		return -1;
	return hi.i - lo.i + 1 > 0 ? hi.i - lo.i + 1 : 0;
}

/* RESHAPE(constructor, [extents]) as the initial value of an array of rank 2 or more (the way
 * Fortran gives one a constructor): the constructor's values, which RESHAPE puts in array
 * element order — s's storage order — when SHAPE is s's extents. NULL when init is not such a
 * RESHAPE (PAD=, ORDER= or keywords: resolved as before, and refused there); after an error,
 * init marked failed. */
static IrExpr *init_reshape(Sema *S, IrUnit *u, IrSym *s, IrExpr *init)
{
	if (init->kind != IR_REF || strcmp(init->u.ref.name, "reshape") || init->u.ref.nargs != 2 || s->rank < 2)
		return NULL;
	IrExpr *src = init->u.ref.args[0], *shp = init->u.ref.args[1];
	if (src->kind != IR_ARRAYCON || shp->kind != IR_ARRAYCON)
		return NULL;
	IrExpr **ext;
	long n = sema_con_values(S, spec_expr(S, u, shp), TY_INT, &ext);
	if (n < 0)
		return init->failed = 1, init;
	int same = n == s->rank;
	for (int d = 0; same && d < s->rank; d++) {
		Const c;
		same = sema_const_of(ext[d], &c) && c.i == dim_extent(s, d);
	}
	if (!same) {
		ir_error(shp->loc, "the SHAPE of this RESHAPE must be the extents of '%s', which it initializes", s->name);
		return init->failed = 1, init;
	}
	return src;
}

/* An array given an initial or PARAMETER value (its s->init taken already): a PARAMETER becomes
 * a read-only saved variable; only locals and module variables take one, with constant bounds
 * (*n elements). 0, or -1 (reported). */
static int init_target(IrUnit *u, IrSym *s, int64_t *n)
{
	int ok;
	if (s->kind == SYM_PARAM) {
		s->kind = u->kind == UNIT_MODULE ? SYM_MODULE : SYM_LOCAL;
		s->readonly = 1;
	}
	if (s->kind != SYM_LOCAL && s->kind != SYM_MODULE) {
		ir_error(s->loc, "'%s' cannot have an initial value", s->name);
		return -1;
	}
	s->is_save = 1;
	*n = sym_size(s, &ok);
	if (!ok || *n > 10000000) {
		ir_error(s->loc, "'%s' has an initial value, so its bounds must be constants", s->name);
		return -1;
	}
	return 0;
}

/* A CHARACTER array's initial or PARAMETER value, a constant string or a constructor of them
 * (sema_char_constructor), each padded or cut to the elements' length: one string of all its
 * characters in s->init (the C buffer's initializer). */
static void char_array_init(Sema *S, IrUnit *u, IrSym *s)
{
	IrExpr *init = s->init;
	s->init = NULL;
	int64_t n;
	if (init_target(u, s, &n))
		return;
	IrExpr *e;
	if (init->kind == IR_ARRAYCON) {
		IrUnit *save = S->unit;
		int stmt = S->stmt;
		IrBlock *hoist = S->hoist;
		S->unit = u, S->stmt = 0, S->hoist = NULL;
		e = sema_char_constructor(S, init);
		S->unit = save, S->stmt = stmt, S->hoist = hoist;
	} else
		e = spec_expr(S, u, init);
	if (e->failed)
		return;
	IrExpr **vals = e->kind == IR_ARRAYCON ? e->u.list.items : &e;
	long nv = e->kind == IR_ARRAYCON ? e->u.list.nitems : 1;
	for (long k = 0; k < nv; k++)
		if (vals[k]->kind != IR_CONST_STR) {
			ir_error(vals[k]->loc, "the initial value of '%s' must be a CHARACTER constant or a constructor of them",
			         s->name);
			return;
		}
	if (e->kind == IR_ARRAYCON && nv != n) {
		ir_error(e->loc, "'%s' has %lld elements but its initial value has %ld", s->name, (long long)n, nv);
		return;
	}
	int64_t len;
	if (s->clen_assumed) { /* CHARACTER(LEN=*), PARAMETER :: nm(2) = [...]: the values' length */
		len = nv ? (int64_t)strlen(vals[0]->u.str) : 0;
		s->clen_assumed = 0;
	} else {
		Const c;
		IrExpr *l = s->clen ? spec_expr(S, u, s->clen) : ir_int(S->a, 1, s->loc);
		if (!sema_const_of(l, &c)) {
			ir_error(l->loc, "the length of '%s' must be a constant", s->name);
			return;
		}
		len = c.i < 0 ? 0 : c.i;
	}
	s->clen = ir_int_kind(S->a, len, TY_INT8, s->loc);
	char *all = ir_alloc(S->a, (size_t)(n * len) + 1);
	for (int64_t k = 0; k < n; k++)
		memcpy(all + k * len, sema_str_fit(S, vals[e->kind == IR_ARRAYCON ? k : 0], len)->u.str, (size_t)len);
	s->init = ir_str(S->a, all, init->loc);
}

static long init_values(Sema *S, IrUnit *u, IrSym *s, IrExpr *e, IrExpr ***vals);

/* Does e, an initializer's operand, hold an array constructor (or RESHAPE of one)? */
static int array_operand(const IrExpr *e)
{
	if (e->kind == IR_ARRAYCON || (e->kind == IR_REF && !strcmp(e->u.ref.name, "reshape")))
		return 1;
	if (e->kind == IR_UNARY || e->kind == IR_BINARY)
		return array_operand(e->u.op.a) || (e->u.op.b && array_operand(e->u.op.b));
	return 0;
}

/* One element of s's initializer folded from elements a and b (b NULL: a unary op). */
static IrExpr *fold_element(Sema *S, IrUnit *u, IrSym *s, IrOp op, IrExpr *a, IrExpr *b, IrLoc loc)
{
	IrExpr *x = spec_expr(S, u, b ? ir_binop(S->a, op, a, b, loc) : ir_unop(S->a, op, a, loc));
	Const c;
	if (x->failed)
		return NULL;
	if (sema_rank(x) || !sema_const_of(x, &c)) {
		ir_error(loc, "this operation in the initial value of '%s' does not give a constant", s->name);
		return NULL;
	}
	return sema_const_expr(S, &c, c.type, loc);
}

/* The n values of an operand of an array initializer: its elements (an array, n its size) or
 * one scalar constant (n 1, *scalar 1). -1 after an error. */
static long init_operand(Sema *S, IrUnit *u, IrSym *s, IrExpr *e, IrExpr ***vals, int *scalar)
{
	long n = init_values(S, u, s, e, vals);
	*scalar = 0;
	if (n != -2)
		return n;
	IrExpr *x = spec_expr(S, u, e);
	Const c;
	if (x->failed)
		return -1;
	if (sema_rank(x) || !sema_const_of(x, &c)) {
		ir_error(e->loc,
		         "the initial value of '%s' is accepted as constants, array constructors, RESHAPE(constructor, "
		         "[extents]) and +, -, *, /, ** of those: this operand is none of them",
		         s->name);
		return -1;
	}
	*vals = ir_alloc(S->a, sizeof **vals);
	(*vals)[0] = sema_const_expr(S, &c, c.type, e->loc);
	*scalar = 1;
	return 1;
}

/* The values, in s's storage order, of an array initializer built from array constructors,
 * RESHAPE(constructor, [extents]) (the extents s's) and elementwise +, -, *, /, ** (or a
 * leading -) of those and of scalar constants, folded element by element the way Fortran
 * evaluates it (`reshape([...], [2, 2]) / 4d0`). -2 when e is not such an expression (nothing
 * resolved: the caller goes on as before), -1 after an error. */
static long init_values(Sema *S, IrUnit *u, IrSym *s, IrExpr *e, IrExpr ***vals)
{
	if (e->kind == IR_ARRAYCON) {
		IrExpr *x = spec_expr(S, u, e);
		return x->failed ? -1 : sema_con_values(S, x, x->type, vals);
	}
	if (e->kind == IR_REF && !strcmp(e->u.ref.name, "reshape") && e->u.ref.nargs == 2 &&
	    e->u.ref.args[0]->kind != IR_KEYWORD && e->u.ref.args[1]->kind == IR_ARRAYCON) {
		IrExpr **ext;
		long n = sema_con_values(S, spec_expr(S, u, e->u.ref.args[1]), TY_INT, &ext);
		if (n < 0)
			return -1;
		int same = n == s->rank;
		for (int d = 0; same && d < s->rank; d++) {
			Const c;
			same = sema_const_of(ext[d], &c) && c.i == dim_extent(s, d);
		}
		if (!same) {
			ir_error(e->u.ref.args[1]->loc, "the SHAPE of this RESHAPE must be the extents of '%s', which it initializes",
			         s->name);
			return -1;
		}
		long k = init_values(S, u, s, e->u.ref.args[0], vals);
		if (k == -2)
			ir_error(e->u.ref.args[0]->loc,
			         "the SOURCE of a RESHAPE in the initial value of '%s' must be an array constructor, perhaps in "
			         "+, -, *, /, ** with constants",
			         s->name);
		return k == -2 ? -1 : k;
	}
	int unary = e->kind == IR_UNARY && (e->u.op.op == IR_NEG);
	int binary = e->kind == IR_BINARY && (e->u.op.op == IR_ADD || e->u.op.op == IR_SUB || e->u.op.op == IR_MUL ||
	                                      e->u.op.op == IR_DIV || e->u.op.op == IR_POW);
	if (!unary && !binary)
		return -2;
	if (unary) {
		long n = init_values(S, u, s, e->u.op.a, vals);
		if (n == -2)
			return -2;
		for (long k = 0; k < n; k++)
			if (!((*vals)[k] = fold_element(S, u, s, IR_NEG, (*vals)[k], NULL, e->loc)))
				return -1;
		return n;
	}
	if (!array_operand(e))
		return -2; /* scalars only */
	IrExpr **a, **b;
	int sa, sb;
	long na = init_operand(S, u, s, e->u.op.a, &a, &sa);
	if (na < 0)
		return -1;
	long nb = init_operand(S, u, s, e->u.op.b, &b, &sb);
	if (nb < 0)
		return -1;
	if (!sa && !sb && na != nb) {
		ir_error(e->loc, "the operands of this operation in the initial value of '%s' have %ld and %ld elements",
		         s->name, na, nb);
		return -1;
	}
	long n = sa ? nb : na;
	*vals = ir_alloc(S->a, sizeof **vals * (size_t)(n ? n : 1));
	for (long k = 0; k < n; k++)
		if (!((*vals)[k] = fold_element(S, u, s, e->u.op.op, a[sa ? 0 : k], b[sb ? 0 : k], e->loc)))
			return -1;
	return n;
}

static void array_init(Sema *S, IrUnit *u, IrSym *s)
{
	if (s->type == TY_CHAR) {
		char_array_init(S, u, s);
		return;
	}
	IrExpr **folded = NULL;
	if (s->init->failed)
		return; /* reported */
	long nf = s->init->kind == IR_UNARY || s->init->kind == IR_BINARY ||
	                        (s->init->kind == IR_REF && !strcmp(s->init->u.ref.name, "reshape") &&
	                         s->init->u.ref.nargs == 2 && s->init->u.ref.args[0]->kind != IR_ARRAYCON)
	        ? init_values(S, u, s, s->init, &folded)
	        : -2;
	if (nf == -1) {
		s->init->failed = 1;
		return;
	}
	IrExpr *re = nf >= 0 ? NULL : init_reshape(S, u, s, s->init);
	if (re && re->failed)
		return;
	IrExpr *e = nf >= 0 ? s->init : spec_expr(S, u, re ? re : s->init);
	s->init = NULL;
	int64_t n;
	if (init_target(u, s, &n))
		return;
	IrExpr **vals = NULL;
	long nv;
	if (nf >= 0) {
		if (nf != n) {
			ir_error(e->loc, "'%s' has %lld elements but its initial value has %ld", s->name, (long long)n, nf);
			return;
		}
		vals = ir_alloc(S->a, sizeof *vals * (size_t)(n ? n : 1));
		for (long k = 0; k < nf; k++) {
			Const c;
			if (!sema_const_of(folded[k], &c) || (c.type == TY_LOGICAL) != (s->type == TY_LOGICAL)) {
				ir_error(e->loc, "the initial value of '%s' is not of its type", s->name);
				return;
			}
			vals[k] = sema_const_expr(S, &c, s->type, e->loc);
		}
	} else if (e->kind == IR_ARRAYCON) {
		if (s->rank != 1 && !re) {
			ir_error(
			        e->loc,
			        "an array constructor has rank 1 but '%s' has rank %d: give it through RESHAPE(constructor, [extents])",
			        s->name, s->rank);
			return;
		}
		nv = sema_con_values(S, e, s->type, &vals);
		if (nv < 0)
			return;
		if (nv != n) {
			ir_error(e->loc, "'%s' has %lld elements but its initial value has %ld", s->name, (long long)n, nv);
			return;
		}
	} else {
		Const c;
		if (sema_rank(e) || !sema_const_of(e, &c)) {
			ir_error(e->loc, "the initial value of '%s' must be a constant or an array constructor of constants",
			         s->name);
			return;
		}
		if ((c.type == TY_LOGICAL) != (s->type == TY_LOGICAL)) {
			ir_error(e->loc, "a %s value initializes '%s', which is %s", ir_base_name(c.type), s->name,
			         ir_base_name(s->type));
			return;
		}
		vals = ir_alloc(S->a, sizeof *vals * (size_t)(n ? n : 1));
		for (int64_t k = 0; k < n; k++)
			vals[k] = sema_const_expr(S, &c, s->type, e->loc);
	}
	s->inits = vals;
	s->ninits = (long)n;
}

/* A CHARACTER PARAMETER's value: a constant string, blank-padded or cut to the declared length
 * (length `*`: its own). References to it are replaced by it (sema_expr.c). */
static IrExpr *char_param(Sema *S, IrSym *s, IrExpr *e)
{
	if (s->type != TY_CHAR || e->kind != IR_CONST_STR) {
		ir_error(e->loc, "%s '%s' of type %s gets a value of type %s%s",
		         s->kind == SYM_PARAM ? "PARAMETER" : "the variable", s->name, ir_base_name(s->type),
		         ir_base_name(e->type), e->type == TY_CHAR ? " that is not a constant" : "");
		return ir_str(S->a, "", e->loc);
	}
	size_t have = strlen(e->u.str);
	if (s->clen_assumed || !s->clen) {
		s->clen = ir_int_kind(S->a, (int64_t)have, TY_INT8, s->loc);
		s->clen_assumed = 0;
		return e;
	}
	Const c;
	IrExpr *l = spec_expr(S, s->owner, s->clen);
	if (!sema_const_of(l, &c)) {
		ir_error(l->loc, "the length of '%s' must be a constant", s->name);
		return e;
	}
	size_t want = c.i < 0 ? 0 : (size_t)c.i;
	s->clen = ir_int_kind(S->a, (int64_t)want, TY_INT8, s->loc);
	if (want == have)
		return e;
	char *v = ir_alloc(S->a, want + 1);
	for (size_t k = 0; k < want; k++)
		v[k] = k < have ? e->u.str[k] : ' ';
	return ir_str(S->a, v, e->loc);
}

static void fold_param(Sema *S, IrUnit *u, IrSym *s)
{
	if (s->aux == (void *)s) {
		ir_error(s->loc, "PARAMETER '%s' depends on itself", s->name);
		s->init = ir_int(S->a, 0, s->loc);
		return;
	}
	if (param_folded(s))
		return;
	if (s->rank) {
		/* a PARAMETER array: its bounds, then its values (it becomes read-only storage) */
		for (int d = 0; d < s->rank; d++) {
			if (s->dims[d].lo)
				s->dims[d].lo = spec_expr(S, u, s->dims[d].lo);
			if (s->dims[d].hi)
				s->dims[d].hi = spec_expr(S, u, s->dims[d].hi);
		}
		array_init(S, u, s);
		return;
	}
	s->aux = s; /* in progress: catches cycles */
	IrExpr *e = spec_expr(S, u, s->init);
	if (s->type == TY_CHAR || e->type == TY_CHAR) {
		s->init = char_param(S, s, e);
		s->aux = NULL;
		return;
	}
	Const c;
	int why;
	if (!sema_const_fold(e, &c, &why)) {
		if (why == SEMA_FOLD_DIVZERO)
			ir_error(e->loc, "the value of PARAMETER '%s' divides by zero", s->name);
		else if (why == SEMA_FOLD_OVERFLOW)
			ir_error(e->loc, "the value of PARAMETER '%s' overflows INTEGER%s", s->name,
			         s->type == TY_INT8 ? "(8)" : "");
		else
			ir_error(e->loc, "the value of PARAMETER '%s' is not a constant expression", s->name);
		s->init = ir_int(S->a, 0, s->loc);
	} else if ((c.type == TY_LOGICAL) != (s->type == TY_LOGICAL)) {
		ir_error(e->loc, "PARAMETER '%s' of type %s gets a value of type %s", s->name, ir_base_name(s->type),
		         ir_base_name(c.type));
		s->init = ir_int(S->a, 0, s->loc);
	} else if (!sema_const_fits(&c, s->type)) {
		ir_error(e->loc, "the value of PARAMETER '%s' overflows INTEGER%s", s->name, s->type == TY_INT8 ? "(8)" : "");
		s->init = ir_int(S->a, 0, s->loc);
	} else {
		s->init = sema_const_expr(S, &c, s->type, e->loc);
	}
	s->aux = NULL;
}

/* A hidden INTENT(IN) dummy of u named base (or base_1, base_2, ... when u sees that name),
 * appended to args and names. */
static IrSym *hidden_dummy(Sema *S, IrUnit *u, const char *base, IrBase type, IrLoc loc, IrVec *args, IrVec *names)
{
	const char *n = base;
	for (int t = 1; ir_unit_lookup(u, n) || sema_unit_uses_name(S, u, n); t++)
		n = ir_sprintf(S->a, "%s_%d", base, t);
	IrSym *h = ir_sym_new(S->a, u, n, SYM_ARG, loc);
	h->type = type;
	h->declared = 1;
	h->intent = INTENT_IN;
	ir_vec_push(S->a, args, h);
	ir_vec_push(S->a, names, (void *)n);
	return h;
}

void sema_set_dummies(IrUnit *u, const IrVec *args, const IrVec *names)
{
	u->nargs = args->n;
	u->args = (IrSym **)args->v;
	u->argnames = (const char **)names->v;
	for (int i = 0; i < u->nargs; i++)
		if (u->args[i])
			u->args[i]->argpos = i;
}

static int names_sym(const IrExpr *e, const void *ctx)
{
	const IrSym *s = ctx;
	return (e->kind == IR_REF && !strcmp(e->u.ref.name, s->name)) || (e->kind == IR_VAR && e->u.var.sym == s);
}

/* Does a bound of one of u's arrays read s? */
static int in_bounds(const IrUnit *u, const IrSym *s)
{
	for (int i = 0; i < u->syms.n; i++) {
		const IrSym *a = u->syms.v[i];
		for (int d = 0; d < a->rank; d++)
			if (ir_expr_any(a->dims[d].lo, names_sym, s) || ir_expr_any(a->dims[d].hi, names_sym, s))
				return 1;
	}
	return 0;
}

/* VALUE dummies: the routine works on its own copy. The dummy becomes a local variable of that
 * name, which the routine's first statement sets from a hidden INTENT(IN) dummy in its place
 * (x_value: by address like every dummy, so the C convention does not change; sema.c adds the
 * copy to the prologue). What the copy cannot be is refused, one error each. */
static void value_args(Sema *S, IrUnit *u)
{
	int any = 0;
	for (int i = 0; i < u->nargs; i++)
		any |= u->args[i] && u->args[i]->by_value;
	if (!any)
		return;
	IrVec args = {0}, names = {0};
	for (int i = 0; i < u->nargs; i++) {
		IrSym *x = u->args[i];
		if (!x || !x->by_value) {
			ir_vec_push(S->a, &args, x);
			ir_vec_push(S->a, &names, (void *)u->argnames[i]);
			continue;
		}
		x->by_value = 0;
		const char *why = x->rank    ? "an array"
		        : x->type == TY_CHAR ? "a CHARACTER dummy"
		        : x->optional        ? "an OPTIONAL dummy"
		        : x->allocatable     ? "an ALLOCATABLE dummy"
		        : in_bounds(u, x)    ? "a dummy that a bound reads"
		                             : NULL;
		if (why) {
			ir_error(x->loc, "VALUE on %s ('%s') is not supported: remove VALUE and copy '%s' into a local variable",
			         why, x->name, x->name);
			ir_vec_push(S->a, &args, x);
			ir_vec_push(S->a, &names, (void *)u->argnames[i]);
			continue;
		}
		IrSym *h = hidden_dummy(S, u, ir_sprintf(S->a, "%s_value", x->name), x->type, x->loc, &args, &names);
		names.v[names.n - 1] = (void *)u->argnames[i]; /* keyword calls still name the dummy */
		x->kind = SYM_LOCAL;
		x->intent = 0;
		x->value_in = h;
	}
	sema_set_dummies(u, &args, &names);
}

/* Assumed-shape dummies x(:, 0:): each gets hidden INTEGER dummies for its extents, right after
 * it in the unit's arguments (x_size1, x_size2, named so as not to clash), and becomes an
 * explicit-shape array x(1:x_size1, 0:x_size2 - 1): every pass after sema sees explicit shape,
 * and the caller passes the extents (sema_bind_actuals). */
static void assumed_shape_args(Sema *S, IrUnit *u)
{
	const char *type_said = NULL; /* the structure array reported last (one error for its leaves) */
	for (int i = 0; i < u->syms.n; i++) {
		IrSym *s = u->syms.v[i];
		int shaped = 0;
		for (int d = 0; d < s->rank; d++)
			shaped += s->dims[d].assumed_shape;
		if (!shaped || (shaped == s->rank && s->kind == SYM_ARG))
			continue;
		const char *pct = s->kind != SYM_ARG ? strchr(s->name, '%') : NULL;
		if (pct && type_said && !strncmp(type_said, s->name, (size_t)(pct - s->name + 1)))
			; /* another leaf of the same structure array */
		else if (pct) {
			type_said = s->name;
			ir_error(s->loc,
			         "'%.*s' has deferred shape (:) but is neither a dummy argument nor ALLOCATABLE (give it "
			         "bounds, or the ALLOCATABLE attribute)",
			         (int)(pct - s->name), s->name);
		} else if (s->kind != SYM_ARG)
			ir_error(s->loc,
			         "'%s' has deferred shape (:) but is neither a dummy argument nor ALLOCATABLE (give it "
			         "bounds, or the ALLOCATABLE attribute)",
			         s->name);
		else
			ir_error(s->loc, "an assumed-shape array needs ':' in every dimension ('%s')", s->name);
		for (int d = 0; d < s->rank; d++)
			if (s->dims[d].assumed_shape) {
				s->dims[d].assumed_shape = 0;
				s->dims[d].hi = ir_int(S->a, 1, s->loc);
			}
	}
	int any = 0;
	for (int i = 0; i < u->nargs; i++)
		any |= u->args[i] && u->args[i]->rank && u->args[i]->dims[0].assumed_shape;
	if (!any)
		return;
	IrVec args = {0}, names = {0};
	for (int i = 0; i < u->nargs; i++) {
		IrSym *x = u->args[i];
		ir_vec_push(S->a, &args, x);
		ir_vec_push(S->a, &names, (void *)u->argnames[i]);
		if (!x || !x->rank || !x->dims[0].assumed_shape)
			continue;
		for (int d = 0; d < x->rank; d++) {
			IrSym *e =
			        hidden_dummy(S, u, ir_sprintf(S->a, "%s_size%d", x->name, d + 1), TY_INT, x->loc, &args, &names);
			e->extent_of = x;
			e->extent_dim = d;
			/* hi = lo + extent - 1 */
			IrExpr *ext = ir_var(S->a, e, NULL, 0, x->loc);
			Const c;
			if (!x->dims[d].lo || (sema_const_of(x->dims[d].lo, &c) && c.type == TY_INT && c.i == 1))
				x->dims[d].hi = ext;
			else if (sema_const_of(x->dims[d].lo, &c) && c.type == TY_INT)
				x->dims[d].hi = c.i == 1 ? ext
				                         : ir_binop(S->a, c.i > 1 ? IR_ADD : IR_SUB, ext,
				                                    ir_int(S->a, c.i > 1 ? c.i - 1 : 1 - c.i, x->loc), x->loc);
			else
				x->dims[d].hi = ir_binop(S->a, IR_ADD,
				                         ir_binop(S->a, IR_SUB, ir_expr_copy(S->a, x->dims[d].lo),
				                                  ir_int(S->a, 1, x->loc), x->loc),
				                         ext, x->loc);
		}
	}
	sema_set_dummies(u, &args, &names);
}

/* CHARACTER lengths. Every CHARACTER dummy gets a hidden length dummy NAME_len (INTEGER(8),
 * passed by value, at the end of the arguments in the dummies' order: gfortran's convention, so
 * that a gfortran caller can call the generated code); a dummy of length `*` takes its length
 * from it. Other CHARACTER variables have constant lengths (automatic ones are not supported). */
static void char_lengths(Sema *S, IrUnit *u)
{
	int any = 0;
	for (int i = 0; i < u->syms.n; i++) {
		IrSym *s = u->syms.v[i];
		if (s->type != TY_CHAR || s->kind == SYM_PARAM)
			continue;
		if (s == u->result) {
			ir_error(s->loc,
			         "CHARACTER functions are not supported (return the string through a CHARACTER argument)");
			continue;
		}
		if (s->kind == SYM_COMMON) {
			ir_error(s->loc, "CHARACTER variables in COMMON are not supported (put '%s' in a MODULE)", s->name);
			continue;
		}
		any |= s->kind == SYM_ARG;
		if (s->clen_assumed) {
			if (s->kind != SYM_ARG && s->kind != SYM_PARAM)
				ir_error(s->loc, "'%s' has length (*) but is neither a dummy argument nor a PARAMETER", s->name);
			continue;
		}
		if (!s->clen) {
			s->clen = ir_int(S->a, 1, s->loc);
			continue;
		}
		IrExpr *e = spec_expr(S, u, s->clen);
		Const c;
		if (!ir_base_is_int(e->type)) {
			ir_error(e->loc, "the length of '%s' is not an integer", s->name);
			e = ir_int(S->a, 1, e->loc);
		} else if (sema_const_of(e, &c)) {
			e = ir_int(S->a, c.i < 0 ? 0 : c.i, e->loc);
		} else if (s->kind != SYM_ARG) {
			ir_error(e->loc,
			         "the length of '%s' must be a constant (automatic CHARACTER variables are not supported; only a "
			         "dummy argument may have a length given by other dummies, or `*`)",
			         s->name);
			e = ir_int(S->a, 1, e->loc);
		}
		s->clen = e->type == TY_INT8 ? e : ir_convert(S->a, e, TY_INT8);
	}
	if (!any || u->kind == UNIT_MODULE)
		return;
	IrVec args = {0}, names = {0};
	for (int i = 0; i < u->nargs; i++) {
		ir_vec_push(S->a, &args, u->args[i]);
		ir_vec_push(S->a, &names, (void *)u->argnames[i]);
	}
	for (int i = 0; i < u->nargs; i++) {
		IrSym *x = u->args[i];
		if (!x || x->type != TY_CHAR)
			continue;
		IrSym *h = hidden_dummy(S, u, ir_sprintf(S->a, "%s_len", x->name), TY_INT8, x->loc, &args, &names);
		h->len_of = x;
		if (x->clen_assumed)
			x->clen = ir_var(S->a, h, NULL, 0, x->loc);
	}
	sema_set_dummies(u, &args, &names);
}

/* Declarations of one unit; modules it USEs are declared first. */
void sema_declare_unit(Sema *S, IrUnit *u)
{
	if (u->aux == (void *)S)
		return;
	if (u->aux == (void *)&S->unit) {
		ir_error(u->loc, "module '%s' uses itself (circular USE)", u->name);
		return;
	}
	if (u->ext) { /* a routine without source: its dummies are made already */
		u->aux = (void *)S;
		return;
	}
	u->aux = (void *)&S->unit; /* in progress */
	for (int i = 0; i < u->uses.n; i++) {
		const IrUse *us = u->uses.v[i];
		IrUnit *m = sema_find_module(S, us->module);
		if (!m) {
			/* (an unsupported intrinsic module was reported by name: sema.c) */
			if (!us->intrinsic)
				ir_error(us->loc, "module '%s' is not defined in the given files", us->module);
			continue;
		}
		sema_declare_unit(S, m);
		for (int k = 0; k < us->nnames; k++) {
			int has = sema_module_provides(S, m, us->remote[k]);
			if (has <= 0)
				ir_error(us->locs[k], "'%s' is %s module '%s'", us->remote[k],
				         has < 0 ? "PRIVATE in" : "not a variable, constant or procedure of", m->name);
		}
	}
	if (u->parent)
		sema_declare_unit(S, u->parent);
	if (u->host)
		sema_declare_unit(S, u->host);
	apply_implicit(S, u);
	declare_args(S, u);
	int save_all = sema_saves_all(u);
	for (int i = 0; i < u->decls.n; i++)
		declare_decl(S, u, u->decls.v[i]);
	sema_types_declare(S, u);
	if (u->kind == UNIT_FUNCTION && u->declared_kind && u->result) {
		/* real(dp) function f: the kind may come from f's own declarations */
		u->declared_type = sema_kind_type(S, u, u->declared_type, u->declared_kind);
		u->declared_kind = NULL;
		u->result->type = u->declared_type;
	}
	if (u->kind == UNIT_FUNCTION && u->result && u->result->rank > 0)
		sema_array_result(S, u); /* a SUBROUTINE now, the result its last dummy */
	if (u->kind == UNIT_MODULE)
		for (int i = 0; i < u->syms.n; i++) {
			IrSym *s = u->syms.v[i];
			if (s->kind == SYM_LOCAL) {
				s->kind = SYM_MODULE;
				s->is_save = 1;
			}
		}
	for (int i = 0; i < u->syms.n; i++) {
		IrSym *s = u->syms.v[i];
		if (save_all && s->kind == SYM_LOCAL && !s->is_save)
			s->is_save = 2; /* an automatic array stays unsaved (below) */
		if (s->is_external && s->rank == 0 && s->kind == SYM_LOCAL)
			s->kind = SYM_PROC;
		/* A name whose only declaration is a type and that names a user function is a
		 * typed external (F77: DOUBLE PRECISION F). */
		IrUnit *fn = s->rank == 0 ? sema_find_proc(S, u, s->name) : NULL;
		if (s->kind == SYM_LOCAL && !s->init && fn && fn->kind == UNIT_FUNCTION && s != u->result)
			s->kind = SYM_PROC;
		if (s->kind == SYM_PROC && s->type == TY_NONE && !s->declared) {
			IrUnit *f = fn;
			if (f && f->kind == UNIT_FUNCTION)
				continue; /* typed from the function itself when called */
		}
		type_implicitly(u, s);
	}
	sema_alloc_decls(S, u); /* deferred shape: bounds become hidden variables */
	value_args(S, u);
	assumed_shape_args(S, u); /* before any bound is resolved: SIZE(x) may size an automatic array */
	u->aux = (void *)S;       /* declared; parameters folded next (they may use each other) */
	char_lengths(S, u);
	for (int i = 0; i < u->syms.n; i++) {
		IrSym *s = u->syms.v[i];
		if (s->kind == SYM_PARAM)
			fold_param(S, u, s);
	}
	for (int i = 0; i < u->syms.n; i++) {
		IrSym *s = u->syms.v[i];
		if (s->init && s->kind != SYM_PARAM && !s->rank && s->type == TY_CHAR) {
			s->init = char_param(S, s, spec_expr(S, u, s->init)); /* the same padding */
		} else if (s->init && s->kind != SYM_PARAM && !s->rank) {
			IrExpr *e = spec_expr(S, u, s->init);
			Const c;
			if (!sema_const_of(e, &c))
				ir_error(e->loc, "the initial value of '%s' is not a constant expression", s->name);
			else
				s->init = sema_const_expr(S, &c, s->type, e->loc);
		}
		for (int d = 0; d < s->rank; d++) {
			if (s->dims[d].lo)
				s->dims[d].lo = spec_expr(S, u, s->dims[d].lo);
			if (s->dims[d].hi)
				s->dims[d].hi = spec_expr(S, u, s->dims[d].hi);
			else if (d != s->rank - 1)
				ir_error(s->loc, "only the last dimension of '%s' can be '*'", s->name);
			else if (s->kind != SYM_ARG)
				ir_error(s->loc, "'%s' has assumed size but is not a dummy argument", s->name);
			for (int k = 0; k < 2; k++) {
				IrExpr *b = k ? s->dims[d].hi : s->dims[d].lo;
				if (b && !ir_base_is_int(b->type))
					ir_error(b->loc, "array bound of '%s' is not an integer", s->name);
				Const c;
				if (b && !s->allocatable && s->is_save == 2 && !sema_const_of(b, &c))
					s->is_save = 0; /* Fortran: a bare SAVE does not apply to automatic arrays */
				else if (b && !s->allocatable && (s->kind == SYM_MODULE || s->kind == SYM_COMMON || s->is_save) &&
				         !sema_const_of(b, &c))
					ir_error(b->loc, "the bounds of '%s' must be constant", s->name);
			}
		}
	}
	for (int i = 0; i < u->syms.n; i++) {
		IrSym *s = u->syms.v[i];
		if (s->init && s->rank && !(s->type == TY_CHAR && s->readonly)) /* (a CHARACTER PARAMETER's is its value) */
			array_init(S, u, s);
	}
	apply_all_data(S, u);
	if (u->array_result)
		sema_array_result_check(S, u);
}

/* ---------------------------------------------------------------- DATA */


static IrExpr *data_value(Sema *S, IrUnit *u, IrDecl *d, int *vi, IrSym *v, IrLoc loc)
{
	if (*vi >= d->nvals) {
		ir_error(loc, "DATA has fewer values than objects");
		return NULL;
	}
	IrExpr *e = spec_expr(S, u, d->vals[(*vi)++]);
	Const c;
	if (!sema_const_of(e, &c)) {
		ir_error(e->loc, "a DATA value must be a constant");
		return NULL;
	}
	if ((c.type == TY_LOGICAL) != (v->type == TY_LOGICAL)) {
		ir_error(e->loc, "DATA gives a %s value to %s '%s'", ir_base_name(c.type), ir_base_name(v->type), v->name);
		return NULL;
	}
	return sema_const_expr(S, &c, v->type, e->loc);
}

/* The array named by a DATA element (or implied DO) in u, checked; NULL when refused (reported). */
static IrSym *data_array(Sema *S, IrUnit *u, const char *name, IrLoc loc)
{
	IrSym *v = ir_unit_lookup(u, name);
	if (!v || (v->kind != SYM_LOCAL && v->kind != SYM_MODULE && !(v->kind == SYM_COMMON && u->blockdata))) {
		ir_error(loc, "DATA cannot give a value to '%s'%s", name,
		         v && v->kind == SYM_COMMON ? " (COMMON variables get DATA only in BLOCK DATA)" : "");
		return NULL;
	}
	if (!v->rank) {
		ir_error(loc, "'%s' is not an array", name);
		return NULL;
	}
	if (v->type == TY_CHAR) {
		ir_error(loc, "DATA for the CHARACTER array '%s' is not supported (assign its elements)", name);
		return NULL;
	}
	int ok;
	int64_t n = sym_size(v, &ok);
	if (!ok || n > 10000000) {
		ir_error(loc, "DATA needs the size of '%s' to be a constant", name);
		return NULL;
	}
	if (!v->inits) {
		v->inits = ir_alloc(S->a, sizeof *v->inits * (size_t)(n ? n : 1));
		v->ninits = (long)n;
	}
	return v;
}

/* One element `c(2)` gets the next value: its offset in column-major order. 0 when refused. */
static int data_element(Sema *S, IrUnit *u, IrDecl *d, int *vi, IrExpr *ref, IrLoc loc)
{
	IrSym *v = data_array(S, u, ref->u.ref.name, loc);
	if (!v)
		return 0;
	if (ref->u.ref.nargs != v->rank) {
		ir_error(loc, "'%s' has rank %d but %d subscripts are given", v->name, v->rank, ref->u.ref.nargs);
		return 0;
	}
	int64_t off = 0, stride = 1;
	for (int k = 0; k < v->rank; k++) {
		Const ci, lo = {TY_INT, 1, 0}, hi;
		IrExpr *sub = spec_expr(S, u, ref->u.ref.args[k]);
		if (!sema_const_of(sub, &ci) || !ir_base_is_int(ci.type) ||
		    (v->dims[k].lo && !sema_const_of(v->dims[k].lo, &lo)) || !sema_const_of(v->dims[k].hi, &hi) || ci.i < lo.i ||
		    ci.i > hi.i) {
			ir_error(sub->loc, "a DATA subscript must be a constant within the bounds of '%s'", v->name);
			return 0;
		}
		off += (ci.i - lo.i) * stride;
		stride *= hi.i - lo.i + 1;
	}
	IrExpr *x = data_value(S, u, d, vi, v, loc);
	if (!x)
		return 0;
	v->inits[off] = x;
	return 1;
}

/* e (as parsed) with the implied DO variable `name` replaced by the constant c. */
static IrExpr *data_subst(Sema *S, IrExpr *e, const char *name, int64_t c)
{
	if (!e)
		return NULL;
	if (e->kind == IR_REF && !e->u.ref.has_parens && !strcmp(e->u.ref.name, name))
		return ir_int(S->a, c, e->loc);
	IrExpr *r = ir_alloc(S->a, sizeof *r);
	*r = *e;
	switch (e->kind) {
	case IR_REF:
		r->u.ref.args = ir_alloc(S->a, sizeof *r->u.ref.args * (size_t)(e->u.ref.nargs + 1));
		for (int i = 0; i < e->u.ref.nargs; i++)
			r->u.ref.args[i] = data_subst(S, e->u.ref.args[i], name, c);
		break;
	case IR_UNARY:
	case IR_BINARY:
		r->u.op.a = data_subst(S, e->u.op.a, name, c);
		r->u.op.b = data_subst(S, e->u.op.b, name, c);
		break;
	case IR_IMPLDO:
		r->u.list.items = ir_alloc(S->a, sizeof *r->u.list.items * (size_t)(e->u.list.nitems + 1));
		for (int i = 0; i < e->u.list.nitems; i++)
			r->u.list.items[i] = data_subst(S, e->u.list.items[i], name, c);
		r->u.list.ido = ir_alloc(S->a, sizeof *r->u.list.ido);
		*r->u.list.ido = *e->u.list.ido;
		r->u.list.ido->lo = data_subst(S, e->u.list.ido->lo, name, c);
		r->u.list.ido->hi = data_subst(S, e->u.list.ido->hi, name, c);
		r->u.list.ido->st = data_subst(S, e->u.list.ido->st, name, c);
		break;
	default: break;
	}
	return r;
}

/* A bound of a DATA implied DO: a constant INTEGER (outer implied DO variables replaced). */
static int data_bound(Sema *S, IrUnit *u, IrExpr *e, int64_t *v)
{
	Const c;
	IrExpr *x = spec_expr(S, u, e);
	if (!sema_const_of(x, &c) || !ir_base_is_int(c.type)) {
		ir_error(e->loc, "the bounds and step of an implied DO in DATA must be constant INTEGER expressions");
		return 0;
	}
	*v = c.i;
	return 1;
}

/* DATA (c(i), i = 1, 5), ((a(i, j), i = 1, 2), j = 1, 3) /.../: the loops run at compile time,
 * each element taking the next value in order. 0 when refused (reported). */
static int data_impldo(Sema *S, IrUnit *u, IrDecl *d, int *vi, IrExpr *ido)
{
	const char *iv = ido->u.list.ido->var->u.ref.name;
	int64_t lo, hi, st = 1;
	if (!data_bound(S, u, ido->u.list.ido->lo, &lo) || !data_bound(S, u, ido->u.list.ido->hi, &hi) ||
	    (ido->u.list.ido->st && !data_bound(S, u, ido->u.list.ido->st, &st)))
		return 0;
	if (st == 0) {
		ir_error(ido->u.list.ido->st->loc, "the step of an implied DO in DATA is zero");
		return 0;
	}
	int64_t trips = (hi - lo + st) / st;
	if (trips > 10000000) {
		ir_error(ido->loc, "this implied DO in DATA runs %lld times: too many", (long long)trips);
		return 0;
	}
	for (int64_t k = 0; k < trips; k++) {
		int64_t i = lo + k * st;
		for (int j = 0; j < ido->u.list.nitems; j++) {
			IrExpr *x = data_subst(S, ido->u.list.items[j], iv, i);
			if (!(x->kind == IR_IMPLDO ? data_impldo(S, u, d, vi, x) : data_element(S, u, d, vi, x, x->loc)))
				return 0;
		}
	}
	return 1;
}

/* DATA a /1/, b /3*0.0/, c(2) /5/, (d(i), i = 1, 3) /3*1.0/: initial values (the variables are
 * SAVEd). */
static void apply_data(Sema *S, IrUnit *u, IrDecl *d)
{
	int vi = 0;
	for (int i = 0; i < d->nents; i++) {
		IrEntity *en = d->ents[i];
		if (en->init && en->init->kind == IR_IMPLDO) {
			if (!data_impldo(S, u, d, &vi, en->init))
				return;
			continue;
		}
		if (en->init) {
			if (!data_element(S, u, d, &vi, en->init, en->loc))
				return;
			continue;
		}
		IrSym *v = ir_unit_lookup(u, en->name);
		if (!v || (v->kind != SYM_LOCAL && v->kind != SYM_MODULE && !(v->kind == SYM_COMMON && u->blockdata))) {
			ir_error(en->loc, "DATA cannot give a value to '%s'%s", en->name,
			         v && v->kind == SYM_COMMON ? " (COMMON variables get DATA only in BLOCK DATA)" : "");
			return;
		}
		if (v->type == TY_CHAR && !v->rank) { /* DATA task /'START'/ */
			if (vi >= d->nvals) {
				ir_error(en->loc, "DATA has fewer values than objects");
				return;
			}
			v->init = char_param(S, v, spec_expr(S, u, d->vals[vi++]));
			continue;
		}
		if (!v->rank) {
			IrExpr *x = data_value(S, u, d, &vi, v, en->loc);
			if (!x)
				return;
			v->init = x;
			continue;
		}
		/* the whole array, in storage order */
		if (!data_array(S, u, en->name, en->loc))
			return;
		for (long k = 0; k < v->ninits; k++) {
			IrExpr *x = data_value(S, u, d, &vi, v, en->loc);
			if (!x)
				return;
			v->inits[k] = x;
		}
	}
	if (vi != d->nvals)
		ir_error(d->loc, "DATA has more values (%d) than objects take (%d)", d->nvals, vi);
}

static void apply_all_data(Sema *S, IrUnit *u)
{
	for (int i = 0; i < u->decls.n; i++) {
		IrDecl *d = u->decls.v[i];
		if (d->kind == DECL_DATA)
			apply_data(S, u, d);
	}
}


static int64_t sym_size(const IrSym *s, int *ok)
{
	int64_t n = 1;
	*ok = 1;
	for (int d = 0; d < s->rank; d++) {
		int ok1 = 1, ok2 = 1;
		Const lo = {TY_INT, 1, 0}, hi;
		if (s->dims[d].lo && !sema_const_of(s->dims[d].lo, &lo))
			ok1 = 0;
		if (!s->dims[d].hi || !sema_const_of(s->dims[d].hi, &hi))
			ok2 = 0;
		if (!ok1 || !ok2) {
			*ok = 0;
			return 0;
		}
		int64_t ext = hi.i - lo.i + 1;
		n *= ext > 0 ? ext : 0;
	}
	return n;
}
