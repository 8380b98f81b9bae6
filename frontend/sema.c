/*
 * sema.c — semantic analysis: from parsed units to the resolved, typed IR (ir/README.md).
 *
 * Order of work, each a function below:
 *   1. collect every unit (module procedures too) into a name table; duplicates are errors;
 *   2. declare: turn each unit's IrDecl list into symbols (modules first, in USE order), apply
 *      IMPLICIT rules, fold PARAMETERs, resolve array bounds;
 *   3. unify COMMON blocks across units (storage association by position);
 *   4. resolve bodies: IR_REF becomes IR_VAR / IR_INTRIN / IR_FCALL, expressions get types and
 *      explicit conversions, calls are checked against their callees, directives are checked;
 *   5. order units callees-first (refusing recursion), number symbols and call sites.
 * Every construct outside the subset that the parser could not see is refused here, located.
 */
#include "sema.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct Sema {
	IrProgram *p;
	IrArena *a;
	IrVec all;      /* every unit, parse order */
	IrUnit *unit;   /* unit being resolved */
	int loopdepth;
	IrBlock prologue; /* statements to run on entry to S->unit: bounds fixed at entry */
	IrBlock before;   /* statements to place before the one being resolved */
	IrVec entry_of;   /* pairs (bound expression, its entry copy) of S->unit */
	IrUnit **procs, **mods; /* open-addressing tables by name (nslots, a power of two) */
	size_t nslots;
} Sema;

static size_t name_hash(const char *s)
{
	size_t h = 1469598103934665603u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static IrUnit *table_get(const Sema *S, IrUnit **t, const char *name)
{
	if (!t)
		return NULL;
	for (size_t i = name_hash(name) & (S->nslots - 1);; i = (i + 1) & (S->nslots - 1)) {
		if (!t[i])
			return NULL;
		if (strcmp(t[i]->name, name) == 0)
			return t[i];
	}
}

static void table_put(Sema *S, IrUnit **t, IrUnit *u)
{
	for (size_t i = name_hash(u->name) & (S->nslots - 1);; i = (i + 1) & (S->nslots - 1)) {
		if (!t[i]) {
			t[i] = u;
			return;
		}
		if (strcmp(t[i]->name, u->name) == 0)
			return; /* the first definition wins; duplicates are reported */
	}
}

static void build_tables(Sema *S)
{
	S->nslots = 16;
	while (S->nslots < (size_t)S->all.n * 2 + 2)
		S->nslots *= 2;
	S->procs = ir_alloc(S->a, sizeof *S->procs * S->nslots);
	S->mods = ir_alloc(S->a, sizeof *S->mods * S->nslots);
	for (int i = 0; i < S->all.n; i++) {
		IrUnit *u = S->all.v[i];
		if (u->kind == UNIT_MODULE)
			table_put(S, S->mods, u);
		else if (u->kind != UNIT_PROGRAM)
			table_put(S, S->procs, u);
	}
}

/* ---------------------------------------------------------------- unit table */

static IrUnit *find_unit(Sema *S, const char *name)
{
	return table_get(S, S->procs, name);
}

static IrUnit *find_module(Sema *S, const char *name)
{
	return table_get(S, S->mods, name);
}

static void collect_units(Sema *S)
{
	for (int i = 0; i < S->p->units.n; i++) {
		IrUnit *u = S->p->units.v[i];
		ir_vec_push(S->a, &S->all, u);
		for (int j = 0; j < u->contains.n; j++) {
			IrUnit *c = u->contains.v[j];
			c->parent = u;
			if (u->kind != UNIT_MODULE)
				ir_error(c->loc, "internal procedures are not supported");
			ir_vec_push(S->a, &S->all, c);
		}
	}
	build_tables(S);
	int nprog = 0;
	for (int i = 0; i < S->all.n; i++) {
		IrUnit *u = S->all.v[i];
		if (u->kind == UNIT_PROGRAM && ++nprog > 1)
			ir_error(u->loc, "more than one PROGRAM unit");
		IrUnit *v = u->kind == UNIT_MODULE ? find_module(S, u->name) : u->kind == UNIT_PROGRAM ? u : find_unit(S, u->name);
		if (v && v != u)
			ir_error(u->loc, "'%s' is defined twice (first at %s:%d)", u->name, v->loc.file, v->loc.line);
	}
}

/* ---------------------------------------------------------------- constant folding */

/* A folded constant: integer, real (with its kind), or logical. */
typedef struct Const {
	IrBase type;
	int64_t i;
	double r;
} Const;

static double round_to(IrBase t, double v)
{
	return t == TY_REAL4 ? (double)(float)v : v;
}

static int const_of(const IrExpr *e, Const *c);

/* Set when folding overflows default INTEGER, or divides by zero (the expression is then
 * refused with that reason). */
static int fold_overflow, fold_divzero;

static int fits_int(int64_t v)
{
	return v >= -2147483647 - 1 && v <= 2147483647;
}

static int64_t checked(int64_t v)
{
	if (!fits_int(v))
		fold_overflow = 1;
	return fits_int(v) ? v : 0;
}

static int64_t ipow(int64_t b, int64_t e)
{
	if (e < 0)
		return b == 1 ? 1 : b == -1 ? (e % 2 ? -1 : 1) : 0;
	int64_t r = 1;
	while (e > 0) {
		if (e & 1)
			r = checked(r * b); /* |r|, |b| < 2^31: the product fits int64 */
		e >>= 1;
		if (e)
			b = checked(b * b);
		if (fold_overflow)
			return 0;
	}
	return r;
}

static double const_real(const Const *c)
{
	return c->type == TY_INT ? (double)c->i : c->r;
}

static IrBase max_type(IrBase x, IrBase y)
{
	if (x == TY_REAL8 || y == TY_REAL8)
		return TY_REAL8;
	if (x == TY_REAL4 || y == TY_REAL4)
		return TY_REAL4;
	return TY_INT;
}

/* Fold an already-resolved, typed expression. Returns 1 on success. */
static int const_of(const IrExpr *e, Const *c)
{
	Const x, y;
	memset(c, 0, sizeof *c);
	switch (e->kind) {
	case IR_CONST_INT: c->type = TY_INT; c->i = e->u.ival; return 1;
	case IR_CONST_LOG: c->type = TY_LOGICAL; c->i = e->u.ival; return 1;
	case IR_CONST_REAL: c->type = e->type; c->r = round_to(e->type, e->u.real.v); return 1;
	case IR_VAR:
		if (e->u.var.sym->kind == SYM_PARAM && e->u.var.sym->init && !e->u.var.nidx)
			return const_of(e->u.var.sym->init, c);
		return 0;
	case IR_CONVERT:
		if (!const_of(e->u.conv.e, &x))
			return 0;
		c->type = e->type;
		if (e->type == TY_INT) {
			if (x.type != TY_INT && !(x.r > -2147483649.0 && x.r < 2147483648.0)) {
				fold_overflow = 1;
				return 0;
			}
			c->i = x.type == TY_INT ? x.i : (int64_t)x.r;
		}
		else if (ir_base_is_real(e->type))
			c->r = round_to(e->type, const_real(&x));
		else
			return 0;
		return 1;
	case IR_UNARY:
		if (!const_of(e->u.op.a, &x))
			return 0;
		*c = x;
		if (e->u.op.op == IR_NEG) {
			c->i = checked(-x.i);
			c->r = -x.r;
		} else {
			c->i = !x.i;
		}
		return 1;
	case IR_BINARY: {
		if (!const_of(e->u.op.a, &x) || !const_of(e->u.op.b, &y))
			return 0;
		IrOp op = e->u.op.op;
		c->type = e->type;
		if (op == IR_POW) {
			if (x.type == TY_INT && y.type == TY_INT) {
				c->i = ipow(x.i, y.i);
				if (fold_overflow)
					return 0;
			}
			else if (y.type == TY_INT) {
				double r = 1, b = x.r;
				int64_t n = y.i < 0 ? -y.i : y.i;
				while (n > 0) {
					if (n & 1)
						r *= b;
					b *= b;
					n >>= 1;
				}
				c->r = round_to(c->type, y.i < 0 ? 1 / r : r);
			} else
				c->r = round_to(c->type, pow(const_real(&x), const_real(&y)));
			return 1;
		}
		if (op <= IR_DIV) {
			if (c->type == TY_INT) {
				switch (op) {
				case IR_ADD: c->i = checked(x.i + y.i); break;
				case IR_SUB: c->i = checked(x.i - y.i); break;
				case IR_MUL: c->i = checked(x.i * y.i); break;
				default:
					if (y.i == 0) {
						fold_divzero = 1;
						return 0;
					}
					c->i = checked(x.i / y.i);
					break;
				}
				if (fold_overflow)
					return 0;
			} else {
				double a = const_real(&x), b = const_real(&y);
				switch (op) {
				case IR_ADD: c->r = a + b; break;
				case IR_SUB: c->r = a - b; break;
				case IR_MUL: c->r = a * b; break;
				default: c->r = a / b; break;
				}
				c->r = round_to(c->type, c->r);
			}
			return 1;
		}
		if (op >= IR_EQ && op <= IR_GE) {
			double a = x.type == TY_INT ? (double)x.i : x.r, b = y.type == TY_INT ? (double)y.i : y.r;
			c->type = TY_LOGICAL;
			switch (op) {
			case IR_EQ: c->i = a == b; break;
			case IR_NE: c->i = a != b; break;
			case IR_LT: c->i = a < b; break;
			case IR_LE: c->i = a <= b; break;
			case IR_GT: c->i = a > b; break;
			default: c->i = a >= b; break;
			}
			return 1;
		}
		c->type = TY_LOGICAL;
		switch (op) {
		case IR_AND: c->i = x.i && y.i; break;
		case IR_OR: c->i = x.i || y.i; break;
		case IR_EQV: c->i = x.i == y.i; break;
		case IR_NEQV: c->i = x.i != y.i; break;
		default: return 0;
		}
		return 1;
	}
	case IR_INTRIN: {
		IrIntrinsic g = ir_intrinsics[e->u.call.id].generic;
		Const v[8];
		int n = e->u.call.nargs;
		if (n > 8)
			return 0;
		for (int i = 0; i < n; i++)
			if (!const_of(e->u.call.args[i], &v[i]))
				return 0;
		c->type = e->type;
		switch (g) {
		case INTR_MAX:
		case INTR_MIN:
			*c = v[0];
			for (int i = 1; i < n; i++) {
				int gt = c->type == TY_INT ? v[i].i > c->i : v[i].r > c->r;
				int lt = c->type == TY_INT ? v[i].i < c->i : v[i].r < c->r;
				if ((g == INTR_MAX && gt) || (g == INTR_MIN && lt))
					*c = v[i];
			}
			return 1;
		case INTR_ABS:
			*c = v[0];
			c->i = checked(c->i < 0 ? -c->i : c->i);
			c->r = fabs(c->r);
			return 1;
		case INTR_MOD:
			if (c->type == TY_INT) {
				if (v[1].i == 0) {
					fold_divzero = 1;
					return 0;
				}
				c->i = v[1].i == -1 ? 0 : v[0].i % v[1].i;
			} else
				c->r = round_to(c->type, fmod(v[0].r, v[1].r));
			return 1;
		case INTR_INT:
		case INTR_NINT:
		case INTR_FLOOR:
			if (v[0].type != TY_INT) {
				double r = g == INTR_INT ? trunc(v[0].r) : g == INTR_NINT ? round(v[0].r) : floor(v[0].r);
				if (!(r > -2147483649.0 && r < 2147483648.0)) {
					fold_overflow = 1;
					return 0;
				}
				c->i = (int64_t)r;
			} else {
				c->i = v[0].i;
			}
			return 1;
		case INTR_REAL:
		case INTR_DBLE: c->r = round_to(c->type, const_real(&v[0])); return 1;
		case INTR_SQRT: c->r = round_to(c->type, sqrt(v[0].r)); return 1;
		case INTR_EXP: c->r = round_to(c->type, exp(v[0].r)); return 1;
		case INTR_LOG: c->r = round_to(c->type, log(v[0].r)); return 1;
		case INTR_ATAN: c->r = round_to(c->type, atan(v[0].r)); return 1;
		case INTR_ACOS: c->r = round_to(c->type, acos(v[0].r)); return 1;
		case INTR_ASIN: c->r = round_to(c->type, asin(v[0].r)); return 1;
		case INTR_SIN: c->r = round_to(c->type, sin(v[0].r)); return 1;
		case INTR_COS: c->r = round_to(c->type, cos(v[0].r)); return 1;
		default: return 0;
		}
	}
	default: return 0;
	}
}

static IrExpr *const_expr(Sema *S, const Const *c, IrBase want, IrLoc loc)
{
	Const v = *c;
	if (want == TY_INT && v.type != TY_INT) {
		v.i = (int64_t)v.r;
		v.type = TY_INT;
	} else if (ir_base_is_real(want) && v.type == TY_INT) {
		v.r = round_to(want, (double)v.i);
		v.type = want;
	} else if (ir_base_is_real(want)) {
		v.r = round_to(want, v.r);
		v.type = want;
	}
	switch (v.type) {
	case TY_INT: return ir_int(S->a, v.i, loc);
	case TY_LOGICAL: return ir_logical(S->a, (int)v.i, loc);
	default: {
		const char *text = v.type == TY_REAL4 ? ir_sprintf(S->a, "%.9e", v.r)
		                                      : ir_sprintf(S->a, "%.17e", v.r);
		char *t = (char *)text;
		if (v.type == TY_REAL8)
			for (; *t; t++)
				if (*t == 'e')
					*t = 'd';
		return ir_real(S->a, v.r, text, v.type, loc);
	}
	}
}

/* ---------------------------------------------------------------- declarations */

static IrBase implicit_type(const IrUnit *u, const char *name)
{
	int c = name[0] - 'a';
	if (c < 0 || c >= 26)
		return TY_NONE;
	return u->implicit[c];
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

static void apply_implicit(IrUnit *u)
{
	/* A module procedure inherits its module's implicit rules unless it sets its own. */
	int own = 0;
	for (int i = 0; i < u->decls.n; i++)
		own |= ((IrDecl *)u->decls.v[i])->kind == DECL_IMPLICIT;
	if (u->parent && !own) {
		memcpy(u->implicit, u->parent->implicit, sizeof u->implicit);
		u->implicit_none = u->parent->implicit_none;
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
		for (int r = 0; r < d->nranges; r++) {
			int lo = d->ranges[r][0] - 'a', hi = d->ranges[r][1] - 'a';
			if (lo < 0 || hi > 25 || lo > hi) {
				ir_error(d->loc, "bad letter range in IMPLICIT");
				continue;
			}
			for (int c = lo; c <= hi; c++)
				u->implicit[c] = d->base;
		}
	}
	if (u->implicit_none)
		for (int c = 0; c < 26; c++)
			u->implicit[c] = TY_NONE;
}

static void declare_unit(Sema *S, IrUnit *u);
static void apply_all_data(Sema *S, IrUnit *u);
static IrExpr *resolve_expr(Sema *S, IrExpr *e);
static IrSym *lookup(Sema *S, IrUnit *u, const char *name);

/* Resolve and check a specification expression (array bound, PARAMETER value, directive arg). */
static IrExpr *spec_expr(Sema *S, IrUnit *u, IrExpr *e)
{
	IrUnit *save = S->unit;
	S->unit = u;
	e = resolve_expr(S, e);
	S->unit = save;
	return e;
}

static void declare_args(Sema *S, IrUnit *u)
{
	u->args = ir_alloc(S->a, sizeof(IrSym *) * (size_t)(u->nargs ? u->nargs : 1));
	for (int i = 0; i < u->nargs; i++) {
		if (ir_unit_lookup(u, u->argnames[i])) {
			ir_error(u->loc, "dummy argument '%s' appears twice", u->argnames[i]);
			u->args[i] = ir_unit_lookup(u, u->argnames[i]);
			continue;
		}
		if (strcmp(u->argnames[i], "*") == 0) {
			ir_error(u->loc, "alternate returns are not supported");
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

static void declare_decl(Sema *S, IrUnit *u, IrDecl *d)
{
	switch (d->kind) {
	case DECL_IMPLICIT: break;
	case DECL_INTRINSIC: break;
	case DECL_TYPE:
		for (int i = 0; i < d->nents; i++) {
			IrEntity *e = d->ents[i];
			IrSym *s = local_sym(S, u, e->name, e->loc);
			set_type(s, d->base, e->loc);
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
		if (d->nents == 0) {
			for (int i = 0; i < u->syms.n; i++)
				((IrSym *)u->syms.v[i])->is_save = 1;
		}
		for (int i = 0; i < d->nents; i++) {
			IrEntity *e = d->ents[i];
			local_sym(S, u, e->name, e->loc)->is_save = 1;
		}
		break;
	case DECL_DATA:
		for (int i = 0; i < d->nents; i++) {
			IrSym *v = local_sym(S, u, d->ents[i]->name, d->ents[i]->loc);
			v->is_save = 1; /* DATA implies SAVE */
		}
		break;
	}
}

/* Type every symbol that has none yet by the implicit rules. */
static void type_implicitly(IrUnit *u, IrSym *s)
{
	if (s->type != TY_NONE)
		return;
	IrBase t = implicit_type(u, s->name);
	if (t == TY_NONE) {
		if (s->kind != SYM_PROC)
			ir_error(s->loc, "'%s' has no type (IMPLICIT NONE is in effect)", s->name);
		s->type = TY_REAL8; /* keep going */
		return;
	}
	s->type = t;
	s->implicit = 1;
}

static void fold_param(Sema *S, IrUnit *u, IrSym *s)
{
	if (s->aux == (void *)s) {
		ir_error(s->loc, "PARAMETER '%s' depends on itself", s->name);
		s->init = ir_int(S->a, 0, s->loc);
		return;
	}
	if (!s->init || ir_expr_is_const(s->init))
		return;
	s->aux = s; /* in progress: catches cycles */
	IrExpr *e = spec_expr(S, u, s->init);
	Const c;
	if (s->rank) {
		ir_error(s->loc, "PARAMETER arrays are not supported");
		s->init = ir_int(S->a, 0, s->loc);
	} else if ((fold_overflow = fold_divzero = 0, !const_of(e, &c))) {
		if (fold_divzero)
			ir_error(e->loc, "the value of PARAMETER '%s' divides by zero", s->name);
		else if (fold_overflow)
			ir_error(e->loc, "the value of PARAMETER '%s' overflows INTEGER", s->name);
		else
			ir_error(e->loc, "the value of PARAMETER '%s' is not a constant expression", s->name);
		s->init = ir_int(S->a, 0, s->loc);
	} else if ((c.type == TY_LOGICAL) != (s->type == TY_LOGICAL)) {
		ir_error(e->loc, "PARAMETER '%s' of type %s gets a value of type %s", s->name, ir_base_name(s->type),
		         ir_base_name(c.type));
		s->init = ir_int(S->a, 0, s->loc);
	} else {
		s->init = const_expr(S, &c, s->type, e->loc);
	}
	s->aux = NULL;
}

/* Declarations of one unit; modules it USEs are declared first. */
static void declare_unit(Sema *S, IrUnit *u)
{
	if (u->aux == (void *)S)
		return;
	if (u->aux == (void *)&S->unit) {
		ir_error(u->loc, "module '%s' uses itself (circular USE)", u->name);
		return;
	}
	u->aux = (void *)&S->unit; /* in progress */
	for (int i = 0; i < u->uses.n; i++) {
		const char *mn = u->uses.v[i];
		IrUnit *m = find_module(S, mn);
		IrLoc loc = i < u->use_locs.n ? *(IrLoc *)u->use_locs.v[i] : u->loc;
		if (!m)
			ir_error(loc, "module '%s' is not defined in the given files", mn);
		else
			declare_unit(S, m);
	}
	if (u->parent)
		declare_unit(S, u->parent);
	apply_implicit(u);
	declare_args(S, u);
	int save_all = 0;
	for (int i = 0; i < u->decls.n; i++) {
		IrDecl *d = u->decls.v[i];
		declare_decl(S, u, d);
		if (d->kind == DECL_SAVE && d->nents == 0)
			save_all = 1;
	}
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
		if (save_all && s->kind == SYM_LOCAL)
			s->is_save = 1;
		if (s->is_external && s->rank == 0 && s->kind == SYM_LOCAL)
			s->kind = SYM_PROC;
		/* A name whose only declaration is a type and that names a user function is a
		 * typed external (F77: DOUBLE PRECISION F). */
		if (s->kind == SYM_LOCAL && s->rank == 0 && !s->init && find_unit(S, s->name) &&
		    find_unit(S, s->name)->kind == UNIT_FUNCTION && s != u->result)
			s->kind = SYM_PROC;
		if (s->kind == SYM_PROC && s->type == TY_NONE && !s->declared) {
			IrUnit *f = find_unit(S, s->name);
			if (f && f->kind == UNIT_FUNCTION)
				continue; /* typed from the function itself when called */
		}
		type_implicitly(u, s);
	}
	u->aux = (void *)S; /* declared; parameters folded next (they may use each other) */
	for (int i = 0; i < u->syms.n; i++) {
		IrSym *s = u->syms.v[i];
		if (s->kind == SYM_PARAM)
			fold_param(S, u, s);
	}
	for (int i = 0; i < u->syms.n; i++) {
		IrSym *s = u->syms.v[i];
		if (s->init && s->kind != SYM_PARAM) {
			IrExpr *e = spec_expr(S, u, s->init);
			Const c;
			if (s->rank)
				ir_error(s->loc, "array initializers are not supported");
			else if (!const_of(e, &c))
				ir_error(e->loc, "the initial value of '%s' is not a constant expression", s->name);
			else
				s->init = const_expr(S, &c, s->type, e->loc);
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
				if (b && b->type != TY_INT)
					ir_error(b->loc, "array bound of '%s' is not an integer", s->name);
				Const c;
				if (b && (s->kind == SYM_MODULE || s->kind == SYM_COMMON || s->is_save) && !const_of(b, &c))
					ir_error(b->loc, "the bounds of '%s' must be constant", s->name);
			}
		}
	}
	apply_all_data(S, u);
}

/* ---------------------------------------------------------------- DATA */

static int64_t sym_size(const IrSym *s, int *ok);

static IrExpr *data_value(Sema *S, IrUnit *u, IrDecl *d, int *vi, IrSym *v, IrLoc loc)
{
	if (*vi >= d->nvals) {
		ir_error(loc, "DATA has fewer values than objects");
		return NULL;
	}
	IrExpr *e = spec_expr(S, u, d->vals[(*vi)++]);
	Const c;
	if (!const_of(e, &c)) {
		ir_error(e->loc, "a DATA value must be a constant");
		return NULL;
	}
	if ((c.type == TY_LOGICAL) != (v->type == TY_LOGICAL)) {
		ir_error(e->loc, "DATA gives a %s value to %s '%s'", ir_base_name(c.type), ir_base_name(v->type), v->name);
		return NULL;
	}
	return const_expr(S, &c, v->type, e->loc);
}

/* DATA a /1/, b /3*0.0/, c(2) /5/: initial values (the variables are SAVEd). */
static void apply_data(Sema *S, IrUnit *u, IrDecl *d)
{
	int vi = 0;
	for (int i = 0; i < d->nents; i++) {
		IrEntity *en = d->ents[i];
		IrSym *v = ir_unit_lookup(u, en->name);
		if (!v || (v->kind != SYM_LOCAL && v->kind != SYM_MODULE)) {
			ir_error(en->loc, "DATA cannot give a value to '%s'%s", en->name,
			         v && v->kind == SYM_COMMON ? " (COMMON variables get DATA only in BLOCK DATA, which is not supported)" : "");
			return;
		}
		if (!v->rank && en->init) {
			ir_error(en->loc, "'%s' is not an array", en->name);
			return;
		}
		if (!v->rank) {
			IrExpr *x = data_value(S, u, d, &vi, v, en->loc);
			if (!x)
				return;
			v->init = x;
			continue;
		}
		int ok;
		int64_t n = sym_size(v, &ok);
		if (!ok || n > 10000000) {
			ir_error(en->loc, "DATA needs the size of '%s' to be a constant", en->name);
			return;
		}
		if (!v->inits) {
			v->inits = ir_alloc(S->a, sizeof *v->inits * (size_t)(n ? n : 1));
			v->ninits = (long)n;
		}
		if (!en->init) { /* the whole array, in storage order */
			for (int64_t k = 0; k < n; k++) {
				IrExpr *x = data_value(S, u, d, &vi, v, en->loc);
				if (!x)
					return;
				v->inits[k] = x;
			}
			continue;
		}
		/* one element: its offset in column-major order */
		IrExpr *ref = en->init;
		if (ref->u.ref.nargs != v->rank) {
			ir_error(en->loc, "'%s' has rank %d but %d subscripts are given", en->name, v->rank, ref->u.ref.nargs);
			return;
		}
		int64_t off = 0, stride = 1;
		for (int k = 0; k < v->rank; k++) {
			Const ci, lo = {TY_INT, 1, 0}, hi;
			IrExpr *sub = spec_expr(S, u, ref->u.ref.args[k]);
			if (!const_of(sub, &ci) || ci.type != TY_INT || (v->dims[k].lo && !const_of(v->dims[k].lo, &lo)) ||
			    !const_of(v->dims[k].hi, &hi) || ci.i < lo.i || ci.i > hi.i) {
				ir_error(sub->loc, "a DATA subscript must be a constant within the bounds of '%s'", en->name);
				return;
			}
			off += (ci.i - lo.i) * stride;
			stride *= hi.i - lo.i + 1;
		}
		IrExpr *x = data_value(S, u, d, &vi, v, en->loc);
		if (!x)
			return;
		v->inits[off] = x;
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

/* ---------------------------------------------------------------- COMMON blocks */

static int64_t sym_size(const IrSym *s, int *ok)
{
	int64_t n = 1;
	*ok = 1;
	for (int d = 0; d < s->rank; d++) {
		int ok1 = 1, ok2 = 1;
		Const lo = {TY_INT, 1, 0}, hi;
		if (s->dims[d].lo && !const_of(s->dims[d].lo, &lo))
			ok1 = 0;
		if (!s->dims[d].hi || !const_of(s->dims[d].hi, &hi))
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

/* Same rank and, dimension by dimension, the same constant lower and upper bounds. */
static int same_bounds(const IrSym *t, const IrSym *c)
{
	if (t->rank != c->rank)
		return 0;
	for (int d = 0; d < t->rank; d++) {
		Const tl = {TY_INT, 1, 0}, cl = {TY_INT, 1, 0}, th, ch;
		if ((t->dims[d].lo && !const_of(t->dims[d].lo, &tl)) || (c->dims[d].lo && !const_of(c->dims[d].lo, &cl)))
			return 0;
		if (!t->dims[d].hi || !c->dims[d].hi || !const_of(t->dims[d].hi, &th) || !const_of(c->dims[d].hi, &ch))
			return 0;
		if (tl.i != cl.i || th.i != ch.i)
			return 0;
	}
	return 1;
}

static void unify_commons(Sema *S)
{
	for (int ui = 0; ui < S->all.n; ui++) {
		IrUnit *u = S->all.v[ui];
		/* Members of each block, in declaration order (symbols were created in order). */
		for (int i = 0; i < u->syms.n; i++) {
			IrSym *s = u->syms.v[i];
			if (s->kind != SYM_COMMON || s->origin)
				continue;
			IrCommon *cb = NULL;
			for (int k = 0; k < S->p->commons.n; k++) {
				IrCommon *c = S->p->commons.v[k];
				if (strcmp(c->name, s->common) == 0)
					cb = c;
			}
			IrVec members = {0};
			for (int j = 0; j < u->syms.n; j++) {
				IrSym *t = u->syms.v[j];
				if (t->kind == SYM_COMMON && strcmp(t->common, s->common) == 0)
					ir_vec_push(S->a, &members, t);
			}
			/* in the order of the COMMON statements (storage association) */
			for (int j = 1; j < members.n; j++)
				for (int k = j; k > 0 && ((IrSym *)members.v[k - 1])->common_index >
				                            ((IrSym *)members.v[k])->common_index; k--) {
					void *t = members.v[k];
					members.v[k] = members.v[k - 1];
					members.v[k - 1] = t;
				}
			if (!cb) {
				cb = ir_alloc(S->a, sizeof *cb);
				cb->name = s->common;
				cb->loc = s->loc;
				for (int j = 0; j < members.n; j++) {
					IrSym *t = members.v[j];
					IrSym *c = ir_sym_new(S->a, NULL, t->name, SYM_COMMON, t->loc);
					c->type = t->type;
					c->rank = t->rank;
					for (int d = 0; d < t->rank; d++)
						c->dims[d] = t->dims[d];
					c->common = t->common;
					c->common_index = j;
					c->origin = c;
					ir_vec_push(S->a, &cb->members, c);
				}
				ir_vec_push(S->a, &S->p->commons, cb);
			}
			int bad = members.n != cb->members.n;
			for (int j = 0; !bad && j < members.n; j++) {
				IrSym *t = members.v[j], *c = cb->members.v[j];
				int ok1, ok2;
				int64_t n1 = sym_size(t, &ok1), n2 = sym_size(c, &ok2);
				if (t->type != c->type || !ok1 || !ok2 || n1 != n2)
					bad = 1;
				else if (!same_bounds(t, c)) {
					/* the block's one C declaration indexes with one set of bounds: each
					 * routine's own subscripts would address other elements */
					ir_error(t->loc,
					         "COMMON /%s/ member '%s' has other bounds here than '%s' at %s:%d (same size, "
					         "other shape or lower bounds): declare it with the same bounds in every routine",
					         s->common, t->name, c->name, cb->loc.file, cb->loc.line);
					bad = 2;
				}
			}
			if (bad == 1) {
				ir_error(s->loc,
				         "COMMON /%s/ is laid out differently here than at %s:%d (only identical layouts are "
				         "supported)",
				         s->common, cb->loc.file, cb->loc.line);
			}
			for (int j = 0; j < members.n; j++) {
				IrSym *t = members.v[j];
				t->common_index = j;
				t->origin = bad || j >= cb->members.n ? t : cb->members.v[j];
				t->is_save = 1;
			}
		}
	}
}

/* ---------------------------------------------------------------- name lookup */

static IrSym *lookup_module(IrUnit *m, const char *name, int depth)
{
	if (depth > 64)
		return NULL;
	IrSym *s = ir_unit_lookup(m, name);
	if (s && (s->kind == SYM_MODULE || s->kind == SYM_PARAM))
		return s;
	return NULL;
}

static IrSym *lookup_used(Sema *S, IrUnit *u, const char *name, int depth)
{
	if (depth > 64)
		return NULL;
	for (int i = 0; i < u->uses.n; i++) {
		IrUnit *m = find_module(S, u->uses.v[i]);
		if (!m)
			continue;
		IrSym *s = lookup_module(m, name, depth);
		if (s)
			return s;
		s = lookup_used(S, m, name, depth + 1);
		if (s)
			return s;
	}
	return NULL;
}

/* Own symbols, then the host module's, then USEd modules' (transitively). */
static IrSym *lookup(Sema *S, IrUnit *u, const char *name)
{
	IrSym *s = ir_unit_lookup(u, name);
	if (s)
		return s;
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

/* ---------------------------------------------------------------- expressions */

static int is_numeric(IrBase t)
{
	return t == TY_INT || t == TY_REAL4 || t == TY_REAL8;
}

static IrExpr *bad(Sema *S, IrLoc loc)
{
	(void)S;
	IrExpr *e = ir_int(S->a, 0, loc);
	return e;
}

static IrExpr *resolve_intrinsic(Sema *S, IrIntrinsic id, IrExpr *e)
{
	const IrIntrinsicInfo *in = &ir_intrinsics[id];
	int n = e->u.ref.nargs;
	IrExpr **args = e->u.ref.args;
	/* REAL(x, 8) / REAL(x, kind=8) style second argument: only kind 8 or 4 */
	if ((id == INTR_REAL || id == INTR_INT || id == INTR_NINT) && n == 2) {
		Const k;
		IrExpr *ke = resolve_expr(S, args[1]);
		if (!const_of(ke, &k) || k.type != TY_INT || (k.i != 4 && k.i != 8) || (id != INTR_REAL && k.i != 4)) {
			ir_error(args[1]->loc, "this KIND argument of %s is not supported", in->name);
			return bad(S, e->loc);
		}
		n = 1;
		if (id == INTR_REAL && k.i == 8)
			id = INTR_DBLE, in = &ir_intrinsics[id];
	}
	if (n < in->minargs || (in->maxargs >= 0 && n > in->maxargs)) {
		ir_error(e->loc, "wrong number of arguments to intrinsic %s", in->name);
		return bad(S, e->loc);
	}
	IrExpr **r = ir_alloc(S->a, sizeof *r * (size_t)n);
	IrBase common = TY_NONE;
	if (id == INTR_MERGE) {
		r[2] = resolve_expr(S, args[2]);
		if (r[2]->type != TY_LOGICAL) {
			ir_error(r[2]->loc, "the third argument of MERGE must be logical");
			return bad(S, e->loc);
		}
		n = 2; /* the two values are promoted below like MAX's */
	}
	for (int i = 0; i < n; i++) {
		r[i] = resolve_expr(S, args[i]);
		if (!is_numeric(r[i]->type)) {
			ir_error(r[i]->loc, "argument %d of %s must be numeric", i + 1, in->name);
			return bad(S, e->loc);
		}
		/* a whole array here is elemental: only a whole-array assignment accepts it */
		common = common == TY_NONE ? r[i]->type : max_type(common, r[i]->type);
	}
	switch (in->argtype) {
	case AT_REAL:
		if (!ir_base_is_real(common)) {
			ir_error(e->loc, "the argument of %s must be real", in->name);
			return bad(S, e->loc);
		}
		break;
	case AT_REAL8:
		if (common != TY_REAL8) {
			ir_error(e->loc, "the argument of %s must be double precision", in->name);
			return bad(S, e->loc);
		}
		break;
	case AT_REAL4:
		if (common != TY_REAL4) {
			ir_error(e->loc, "the argument of %s must be default real", in->name);
			return bad(S, e->loc);
		}
		break;
	case AT_INT:
		if (common != TY_INT) {
			ir_error(e->loc, "the argument of %s must be integer", in->name);
			return bad(S, e->loc);
		}
		break;
	default: break;
	}
	/* Arguments are promoted to a common type, except where the intrinsic converts. */
	if (in->rtype == RT_SAME)
		for (int i = 0; i < n; i++)
			r[i] = ir_convert(S->a, r[i], common);
	if (id == INTR_MERGE)
		n = 3;
	IrExpr *x = ir_intrin(S->a, id, r, n, e->loc);
	return x;
}

static void check_actuals(Sema *S, IrUnit *callee, IrExpr **args, int nargs, IrLoc loc);

static IrExpr *resolve_ref(Sema *S, IrExpr *e)
{
	IrUnit *u = S->unit;
	const char *name = e->u.ref.name;
	IrSym *s = lookup(S, u, name);
	if (s && s->kind != SYM_PROC && !(s->kind == SYM_RESULT && e->u.ref.has_parens && s->rank == 0)) {
		if (!e->u.ref.has_parens) {
			return ir_var(S->a, s, NULL, 0, e->loc);
		}
		if (s->rank == 0) {
			/* F77 may type a function or intrinsic name (DOUBLE PRECISION F, DSQRT): a call. */
			IrUnit *f = find_unit(S, name);
			if (!(f && f->kind == UNIT_FUNCTION) && !ir_intrinsic_lookup(name)) {
				ir_error(e->loc, "'%s' is not an array or a function", name);
				return bad(S, e->loc);
			}
		} else {
			if (e->u.ref.nargs != s->rank) {
				ir_error(e->loc, "'%s' has rank %d but %d subscript%s given", name, s->rank,
				         e->u.ref.nargs, e->u.ref.nargs == 1 ? " is" : "s are");
				return bad(S, e->loc);
			}
			IrExpr **idx = ir_alloc(S->a, sizeof *idx * (size_t)s->rank);
			for (int i = 0; i < s->rank; i++) {
				idx[i] = resolve_expr(S, e->u.ref.args[i]);
				if (idx[i]->type != TY_INT) {
					if (ir_base_is_real(idx[i]->type))
						ir_error(idx[i]->loc, "array subscripts must be integers");
					idx[i] = ir_int(S->a, 1, idx[i]->loc);
				}
			}
			return ir_var(S->a, s, idx, s->rank, e->loc);
		}
	}
	if (!e->u.ref.has_parens) {
		if (s && s->kind == SYM_PROC) {
			ir_error(e->loc, "procedure '%s' used as a value (procedure arguments are not supported)", name);
			return bad(S, e->loc);
		}
		/* An undeclared variable: implicit typing creates it. */
		IrBase t = implicit_type(u, name);
		if (t == TY_NONE) {
			ir_error(e->loc, "'%s' has no type (IMPLICIT NONE is in effect)", name);
			t = TY_REAL8;
		}
		IrSym *ns = ir_sym_new(S->a, u, name, SYM_LOCAL, e->loc);
		ns->type = t;
		ns->implicit = 1;
		if (u->kind == UNIT_MODULE)
			ns->kind = SYM_MODULE;
		return ir_var(S->a, ns, NULL, 0, e->loc);
	}
	/* A call: user function first (it shadows an intrinsic of the same name), then intrinsic. */
	IrUnit *f = find_unit(S, name);
	if (f && f->kind == UNIT_FUNCTION) {
		if (f == u) {
			ir_error(e->loc, "recursive calls are not supported");
			return bad(S, e->loc);
		}
		declare_unit(S, f);
		IrExpr **args = ir_alloc(S->a, sizeof *args * (size_t)(e->u.ref.nargs + 1));
		for (int i = 0; i < e->u.ref.nargs; i++)
			args[i] = resolve_expr(S, e->u.ref.args[i]);
		check_actuals(S, f, args, e->u.ref.nargs, e->loc);
		IrExpr *c = ir_alloc(S->a, sizeof *c);
		c->kind = IR_FCALL;
		c->loc = e->loc;
		c->u.call.callee = f;
		c->u.call.name = f->name;
		c->u.call.args = args;
		c->u.call.nargs = e->u.ref.nargs;
		c->type = f->result ? f->result->type : TY_REAL4;
		if (s && s->kind == SYM_PROC && s->declared && s->type != c->type)
			ir_error(e->loc, "'%s' is declared %s here but the function returns %s", name,
			         ir_base_name(s->type), ir_base_name(c->type));
		return c;
	}
	if (f) {
		ir_error(e->loc, "subroutine '%s' is used as a function", name);
		return bad(S, e->loc);
	}
	IrIntrinsic id = ir_intrinsic_lookup(name);
	if (id != INTR_NONE)
		return resolve_intrinsic(S, id, e);
	if (s && s->kind == SYM_PROC)
		ir_error(e->loc, "function '%s' is not defined in the given files", name);
	else
		ir_error(e->loc, "'%s' is not an array, a function in the given files, or a supported intrinsic",
		         name);
	return bad(S, e->loc);
}

static IrExpr *resolve_expr(Sema *S, IrExpr *e)
{
	switch (e->kind) {
	case IR_CONST_INT:
	case IR_CONST_REAL:
	case IR_CONST_LOG:
	case IR_CONST_STR: return e;
	case IR_REF: return resolve_ref(S, e);
	case IR_VAR:
	case IR_INTRIN:
	case IR_FCALL:
	case IR_CONVERT: return e; /* already resolved (shared subtree) */
	case IR_UNARY: {
		IrExpr *x = resolve_expr(S, e->u.op.a);
		if (e->u.op.op == IR_NOT) {
			if (x->type != TY_LOGICAL)
				ir_error(e->loc, "operand of .NOT. must be logical");
			return ir_unop(S->a, IR_NOT, x, e->loc);
		}
		if (!is_numeric(x->type)) {
			ir_error(e->loc, "operand of unary minus must be numeric");
			return bad(S, e->loc);
		}
		return ir_unop(S->a, IR_NEG, x, e->loc);
	}
	case IR_BINARY: {
		IrOp op = e->u.op.op;
		IrExpr *x = resolve_expr(S, e->u.op.a), *y = resolve_expr(S, e->u.op.b);
		if (x->type == TY_CHAR || y->type == TY_CHAR) {
			ir_error(e->loc, "character expressions are not supported");
			return bad(S, e->loc);
		}
		if (op <= IR_POW) {
			if (!is_numeric(x->type) || !is_numeric(y->type)) {
				ir_error(e->loc, "operands of '%s' must be numeric", ir_ops[op].fortran);
				return bad(S, e->loc);
			}
			if (op == IR_POW && y->type == TY_INT) {
				IrExpr *r = ir_binop(S->a, op, x, y, e->loc);
				r->type = x->type;
				return r;
			}
			IrBase t = max_type(x->type, y->type);
			IrExpr *r = ir_binop(S->a, op, ir_convert(S->a, x, t), ir_convert(S->a, y, t), e->loc);
			r->type = t;
			return r;
		}
		if (op <= IR_GE) {
			if (!is_numeric(x->type) || !is_numeric(y->type)) {
				ir_error(e->loc, "operands of '%s' must be numeric (use .EQV. for logicals)",
				         ir_ops[op].fortran);
				return bad(S, e->loc);
			}
			IrBase t = max_type(x->type, y->type);
			return ir_binop(S->a, op, ir_convert(S->a, x, t), ir_convert(S->a, y, t), e->loc);
		}
		if (x->type != TY_LOGICAL || y->type != TY_LOGICAL) {
			ir_error(e->loc, "operands of '%s' must be logical", ir_ops[op].fortran);
			return bad(S, e->loc);
		}
		return ir_binop(S->a, op, x, y, e->loc);
	}
	}
	return e;
}

static int expr_has_whole_array(const IrExpr *e);

/* A scalar expression where a value is needed (not a whole array). */
static IrExpr *value_expr(Sema *S, IrExpr *e)
{
	IrExpr *r = resolve_expr(S, e);
	if (expr_has_whole_array(r)) {
		ir_error(r->loc, "whole-array expressions are only supported on the right of a whole-array assignment");
		return bad(S, r->loc);
	}
	return r;
}

static int expr_has_whole_array(const IrExpr *e)
{
	switch (e->kind) {
	case IR_VAR: return e->u.var.sym->rank && !e->u.var.nidx;
	case IR_UNARY: return expr_has_whole_array(e->u.op.a);
	case IR_BINARY: return expr_has_whole_array(e->u.op.a) || expr_has_whole_array(e->u.op.b);
	case IR_INTRIN:
		for (int i = 0; i < e->u.call.nargs; i++)
			if (expr_has_whole_array(e->u.call.args[i]))
				return 1;
		return 0;
	case IR_CONVERT: return expr_has_whole_array(e->u.conv.e);
	default: return 0;
	}
}

static void check_actuals(Sema *S, IrUnit *callee, IrExpr **args, int nargs, IrLoc loc)
{
	(void)S;
	if (!callee->args) {
		/* not yet declared: declare_unit is idempotent */
		declare_unit(S, callee);
	}
	if (nargs != callee->nargs) {
		ir_error(loc, "'%s' takes %d argument%s but %d %s given", callee->name, callee->nargs,
		         callee->nargs == 1 ? "" : "s", nargs, nargs == 1 ? "is" : "are");
		return;
	}
	for (int i = 0; i < nargs; i++) {
		IrExpr *a = args[i];
		IrSym *d = callee->args[i];
		if (!d)
			continue;
		if (a->kind == IR_VAR && a->u.var.sym->kind == SYM_PROC) {
			ir_error(a->loc, "procedure arguments are not supported");
			continue;
		}
		if (a->type == TY_CHAR) {
			ir_error(a->loc, "character arguments are not supported");
			continue;
		}
		int whole = a->kind == IR_VAR && a->u.var.sym->rank && !a->u.var.nidx;
		int element = a->kind == IR_VAR && a->u.var.nidx;
		if (!whole && expr_has_whole_array(a)) {
			ir_error(a->loc, "whole-array expressions are not supported (write a DO loop)");
			continue;
		}
		if (a->type != d->type) {
			ir_error(a->loc, "argument %d of '%s' is %s, but the dummy '%s' is %s", i + 1, callee->name,
			         ir_base_name(a->type), d->name, ir_base_name(d->type));
			continue;
		}
		if (d->rank && !whole && !element) {
			ir_error(a->loc, "argument %d of '%s': the dummy '%s' is an array, pass an array or an element", i + 1,
			         callee->name, d->name);
			continue;
		}
		if (!d->rank && whole) {
			ir_error(a->loc, "argument %d of '%s': an array is passed to the scalar dummy '%s'", i + 1,
			         callee->name, d->name);
			continue;
		}
	}
}

/* ---------------------------------------------------------------- statements */

static void resolve_block(Sema *S, IrBlock *b);

static IrExpr *cond_expr(Sema *S, IrExpr *e)
{
	IrExpr *c = value_expr(S, e);
	if (c->type != TY_LOGICAL) {
		ir_error(c->loc, "condition must be logical");
		return ir_logical(S->a, 0, c->loc);
	}
	return c;
}

static int is_assignable(Sema *S, IrExpr *lhs)
{
	if (lhs->kind != IR_VAR) {
		ir_error(lhs->loc, "cannot assign to this expression");
		return 0;
	}
	IrSym *s = lhs->u.var.sym;
	if (s->kind == SYM_PARAM) {
		ir_error(lhs->loc, "cannot assign to PARAMETER '%s'", s->name);
		return 0;
	}
	if (s->kind == SYM_ARG && s->intent == INTENT_IN) {
		ir_error(lhs->loc, "cannot assign to INTENT(IN) argument '%s'", s->name);
		return 0;
	}
	if (s->rank && !lhs->u.var.nidx) {
		ir_error(lhs->loc, "whole-array assignment is not supported (write a DO loop)");
		return 0;
	}
	(void)S;
	return 1;
}

static IrExpr *assign_convert(Sema *S, IrExpr *rhs, IrBase to, IrLoc loc)
{
	if (rhs->type == to)
		return rhs;
	if (to == TY_LOGICAL || rhs->type == TY_LOGICAL || !is_numeric(to) || !is_numeric(rhs->type)) {
		ir_error(loc, "cannot assign %s to %s", ir_base_name(rhs->type), ir_base_name(to));
		return rhs;
	}
	return ir_convert(S->a, rhs, to);
}

/* Whole-array assignment `a = expr` (every array in expr whole and of a's rank; scalars
 * broadcast; elemental intrinsics allowed) becomes nested DO loops over a's bounds, the
 * first dimension innermost. Elements correspond by position, as Fortran's conformance says;
 * with no sections, each element reads only elements at its own position, so assigning in
 * place gives the same result as evaluating the whole right-hand side first. */
static int expr_equal(const IrExpr *x, const IrExpr *y)
{
	if (!x || !y)
		return x == y;
	if (x->kind != y->kind)
		return 0;
	switch (x->kind) {
	case IR_CONST_INT: return x->u.ival == y->u.ival;
	case IR_VAR:
		if (x->u.var.sym != y->u.var.sym || x->u.var.nidx != y->u.var.nidx)
			return 0;
		for (int i = 0; i < x->u.var.nidx; i++)
			if (!expr_equal(x->u.var.idx[i], y->u.var.idx[i]))
				return 0;
		return 1;
	case IR_UNARY:
	case IR_BINARY:
		return x->u.op.op == y->u.op.op && expr_equal(x->u.op.a, y->u.op.a) && expr_equal(x->u.op.b, y->u.op.b);
	case IR_CONVERT: return expr_equal(x->u.conv.e, y->u.conv.e);
	default: return 0;
	}
}

/* Extents of two dimensions are equal: as constants, or as the same expressions. */
static int same_extent(const IrDim *p, const IrDim *q)
{
	Const plo = {TY_INT, 1, 0}, phi, qlo = {TY_INT, 1, 0}, qhi;
	int pc = (!p->lo || const_of(p->lo, &plo)) && const_of(p->hi, &phi);
	int qc = (!q->lo || const_of(q->lo, &qlo)) && const_of(q->hi, &qhi);
	if (pc && qc)
		return phi.i - plo.i == qhi.i - qlo.i;
	IrExpr one = {0};
	one.kind = IR_CONST_INT;
	one.u.ival = 1;
	const IrExpr *pl = p->lo ? p->lo : &one, *ql = q->lo ? q->lo : &one;
	return expr_equal(pl, ql) && expr_equal(p->hi, q->hi);
}

static IrExpr *elementwise(Sema *S, IrExpr *e, const IrSym *a, IrSym **ivars, int *ok)
{
	if (!*ok)
		return e;
	switch (e->kind) {
	case IR_VAR: {
		IrSym *b = e->u.var.sym;
		if (!b->rank || e->u.var.nidx)
			return e;
		if (b->rank != a->rank) {
			ir_error(e->loc, "'%s' has rank %d but the array assigned to has rank %d", b->name, b->rank, a->rank);
			*ok = 0;
			return e;
		}
		IrExpr **idx = ir_alloc(S->a, sizeof *idx * (size_t)b->rank);
		for (int k = 0; k < b->rank; k++) {
			if (b->dims[k].hi && a->dims[k].hi && !same_extent(&a->dims[k], &b->dims[k])) {
				ir_error(e->loc, "'%s' and '%s' may differ in shape (dimension %d): whole-array assignment needs "
				                 "extents that are provably equal",
				         b->name, a->name, k + 1);
				*ok = 0;
				return e;
			}
			if (!b->dims[k].hi) {
				ir_error(e->loc, "'%s' has assumed size: whole-array operations need its extent", b->name);
				*ok = 0;
				return e;
			}
			/* b's element at the same position: i + (lo_b - lo_a) */
			IrExpr *i = ir_var(S->a, ivars[k], NULL, 0, e->loc);
			IrExpr *lb = b->dims[k].lo ? ir_expr_copy(S->a, b->dims[k].lo) : ir_int(S->a, 1, e->loc);
			IrExpr *la = a->dims[k].lo ? ir_expr_copy(S->a, a->dims[k].lo) : ir_int(S->a, 1, e->loc);
			Const cb, ca;
			if (const_of(lb, &cb) && const_of(la, &ca) && cb.i == ca.i)
				idx[k] = i;
			else
				idx[k] = ir_binop(S->a, IR_ADD, i, ir_binop(S->a, IR_SUB, lb, la, e->loc), e->loc);
		}
		return ir_var(S->a, b, idx, b->rank, e->loc);
	}
	case IR_UNARY: e->u.op.a = elementwise(S, e->u.op.a, a, ivars, ok); return e;
	case IR_BINARY:
		e->u.op.a = elementwise(S, e->u.op.a, a, ivars, ok);
		e->u.op.b = elementwise(S, e->u.op.b, a, ivars, ok);
		return e;
	case IR_INTRIN:
		for (int i = 0; i < e->u.call.nargs; i++)
			e->u.call.args[i] = elementwise(S, e->u.call.args[i], a, ivars, ok);
		return e;
	case IR_CONVERT: e->u.conv.e = elementwise(S, e->u.conv.e, a, ivars, ok); return e;
	case IR_FCALL:
		for (int i = 0; i < e->u.call.nargs; i++)
			if (expr_has_whole_array(e->u.call.args[i])) {
				ir_error(e->loc, "whole arrays passed to a function inside an array expression are not supported");
				*ok = 0;
			}
		return e;
	default: return e;
	}
}

/* An array bound as it was on entry to the unit: Fortran fixes `v(m, 2)`'s shape then, so a
 * later `m = 1` must not change how many elements `v = v * v` touches. A bound that reads a
 * variable is copied into a local by a statement run on entry (once per bound). */
static IrExpr *bound_at_entry(Sema *S, IrExpr *bound, IrLoc loc)
{
	if (!ir_expr_reads_variable(bound))
		return ir_expr_copy(S->a, bound);
	for (int i = 0; i + 1 < S->entry_of.n; i += 2)
		if (S->entry_of.v[i] == bound)
			return ir_var(S->a, S->entry_of.v[i + 1], NULL, 0, loc);
	const char *n = NULL;
	for (int t = 1;; t++) {
		n = ir_sprintf(S->a, "extent_%d", t);
		if (!lookup(S, S->unit, n))
			break;
	}
	IrSym *c = ir_sym_new(S->a, S->unit, n, SYM_LOCAL, bound->loc);
	c->type = bound->type;
	c->declared = 1;
	ir_vec_push(S->a, &S->entry_of, bound);
	ir_vec_push(S->a, &S->entry_of, c);
	ir_block_add(S->a, &S->prologue,
	             ir_assign(S->a, ir_var(S->a, c, NULL, 0, bound->loc), ir_expr_copy(S->a, bound), bound->loc));
	return ir_var(S->a, c, NULL, 0, loc);
}

static IrExpr *hoist_elements_of(Sema *S, IrExpr *e, const IrSym *a)
{
	switch (e->kind) {
	case IR_VAR: {
		if (e->u.var.sym != a || !e->u.var.nidx)
			return e;
		const char *n = NULL;
		for (int t = 1;; t++) {
			n = ir_sprintf(S->a, "%s_elem%d", a->name, t);
			if (!lookup(S, S->unit, n))
				break;
		}
		IrSym *c = ir_sym_new(S->a, S->unit, n, SYM_LOCAL, e->loc);
		c->type = e->type;
		c->declared = 1;
		ir_block_add(S->a, &S->before, ir_assign(S->a, ir_var(S->a, c, NULL, 0, e->loc), e, e->loc));
		return ir_var(S->a, c, NULL, 0, e->loc);
	}
	case IR_UNARY: e->u.op.a = hoist_elements_of(S, e->u.op.a, a); return e;
	case IR_BINARY:
		e->u.op.a = hoist_elements_of(S, e->u.op.a, a);
		e->u.op.b = hoist_elements_of(S, e->u.op.b, a);
		return e;
	case IR_INTRIN:
	case IR_FCALL:
		for (int i = 0; i < e->u.call.nargs; i++)
			e->u.call.args[i] = hoist_elements_of(S, e->u.call.args[i], a);
		return e;
	case IR_CONVERT: e->u.conv.e = hoist_elements_of(S, e->u.conv.e, a); return e;
	default: return e;
	}
}

static void scalarize(Sema *S, IrStmt *s, IrExpr *lhs, IrExpr *rhs)
{
	IrSym *a = lhs->u.var.sym;
	if (a->kind == SYM_PARAM || (a->kind == SYM_ARG && a->intent == INTENT_IN)) {
		ir_error(lhs->loc, "cannot assign to '%s'", a->name);
		return;
	}
	if (!a->dims[a->rank - 1].hi) {
		ir_error(lhs->loc, "'%s' has assumed size: whole-array assignment needs its extent", a->name);
		return;
	}
	if (rhs->type == TY_CHAR || (rhs->type == TY_LOGICAL) != (a->type == TY_LOGICAL)) {
		ir_error(rhs->loc, "cannot assign %s to %s", ir_base_name(rhs->type), ir_base_name(a->type));
		return;
	}
	IrSym *ivars[IR_MAX_RANK];
	for (int k = 0; k < a->rank; k++) {
		const char *n = NULL;
		for (int t = 1;; t++) {
			n = ir_sprintf(S->a, "i%d_%d", k + 1, t);
			if (!lookup(S, S->unit, n))
				break;
		}
		ivars[k] = ir_sym_new(S->a, S->unit, n, SYM_LOCAL, s->loc);
		ivars[k]->type = TY_INT;
		ivars[k]->declared = 1;
	}
	/* Fortran evaluates the whole right-hand side before it assigns any element: an element
	 * of the array assigned (y = y + y(1)) is read once, before the loops */
	rhs = hoist_elements_of(S, rhs, a);
	int ok = 1;
	rhs = elementwise(S, rhs, a, ivars, &ok);
	if (!ok)
		return;
	IrExpr **idx = ir_alloc(S->a, sizeof *idx * (size_t)a->rank);
	for (int k = 0; k < a->rank; k++)
		idx[k] = ir_var(S->a, ivars[k], NULL, 0, s->loc);
	IrExpr *el = ir_var(S->a, a, idx, a->rank, lhs->loc);
	IrStmt *body = ir_assign(S->a, el, assign_convert(S, rhs, a->type, s->loc), s->loc);
	for (int k = 0; k < a->rank; k++) {
		IrStmt *d = k == a->rank - 1 ? s : ir_stmt_new(S->a, IR_DO, s->loc);
		IrStmt keep = *s;
		if (d == s) {
			memset(&s->u, 0, sizeof s->u);
			s->kind = IR_DO;
			s->label = keep.label;
		}
		d->kind = IR_DO;
		d->u.do_.var = ir_var(S->a, ivars[k], NULL, 0, s->loc);
		d->u.do_.lo = a->dims[k].lo ? bound_at_entry(S, a->dims[k].lo, s->loc) : ir_int(S->a, 1, s->loc);
		d->u.do_.hi = bound_at_entry(S, a->dims[k].hi, s->loc);
		d->u.do_.step = NULL;
		d->u.do_.body = (IrBlock){0};
		ir_block_add(S->a, &d->u.do_.body, body);
		body = d;
	}
}

static void check_directives(Sema *S, IrStmt *s)
{
	for (int i = 0; i < s->ndirs; i++) {
		IrDirective *d = s->dirs[i];
		switch (d->kind) {
		case DIR_CHECKPOINT:
		case DIR_NOCHECKPOINT:
			if (s->kind != IR_CALL)
				ir_error(d->loc, "!$AD %s must be followed by a CALL statement",
				         d->kind == DIR_CHECKPOINT ? "CHECKPOINT" : "NOCHECKPOINT");
			break;
		case DIR_BINOMIAL:
			if (s->kind != IR_DO)
				ir_error(d->loc, "!$AD BINOMIAL-CKP must be followed by a DO loop");
			if (d->nargs != 3)
				ir_error(d->loc, "!$AD BINOMIAL-CKP takes three arguments: nsteps nsnaps firststep");
			for (int k = 0; k < d->nargs; k++) {
				d->args[k] = value_expr(S, d->args[k]);
				if (d->args[k]->type != TY_INT)
					ir_error(d->args[k]->loc, "BINOMIAL-CKP arguments must be integers");
			}
			break;
		case DIR_CHECKPOINT_START:
		case DIR_CHECKPOINT_END: break; /* pairing is checked per block */
		case DIR_OTHER: ir_warning(d->loc, "unknown directive '!$AD %s' is ignored", d->text ? d->text : ""); break;
		}
	}
}

static void resolve_stmt(Sema *S, IrStmt *s)
{
	check_directives(S, s);
	switch (s->kind) {
	case IR_ASSIGN: {
		IrExpr *l = s->u.assign.lhs;
		if (l->kind == IR_REF && l->u.ref.has_parens) {
			IrSym *sym = lookup(S, S->unit, l->u.ref.name);
			if (!sym || sym->rank == 0) {
				if (sym && sym->kind == SYM_RESULT)
					ir_error(l->loc, "'%s' is not an array", l->u.ref.name);
				else
					ir_error(l->loc, "statement functions are not supported");
				return;
			}
		}
		if (l->kind == IR_REF && !l->u.ref.has_parens) {
			IrSym *sym = lookup(S, S->unit, l->u.ref.name);
			if (sym && sym->kind == SYM_PROC) {
				ir_error(l->loc, "cannot assign to procedure '%s'", l->u.ref.name);
				return;
			}
		}
		IrExpr *lhs = resolve_expr(S, l);
		IrExpr *rhs = resolve_expr(S, s->u.assign.rhs);
		if (lhs->kind == IR_VAR && lhs->u.var.sym->rank && !lhs->u.var.nidx) {
			scalarize(S, s, lhs, rhs);
			return;
		}
		if (!is_assignable(S, lhs))
			return;
		if (expr_has_whole_array(rhs)) {
			ir_error(rhs->loc, "a whole array cannot be assigned to the scalar '%s'", lhs->u.var.sym->name);
			return;
		}
		if (rhs->type == TY_CHAR) {
			ir_error(rhs->loc, "character assignment is not supported");
			return;
		}
		s->u.assign.lhs = lhs;
		s->u.assign.rhs = assign_convert(S, rhs, lhs->type, s->loc);
		break;
	}
	case IR_IF:
		for (int i = 0; i < s->u.if_.ncond; i++) {
			s->u.if_.conds[i] = cond_expr(S, s->u.if_.conds[i]);
			resolve_block(S, &s->u.if_.blocks[i]);
		}
		resolve_block(S, &s->u.if_.else_);
		break;
	case IR_DO: {
		IrExpr *v = resolve_expr(S, s->u.do_.var);
		if (v->kind != IR_VAR || v->u.var.nidx || v->u.var.sym->rank || v->type != TY_INT) {
			ir_error(s->u.do_.var->loc, "the DO variable must be an integer scalar variable");
		} else if (v->u.var.sym->kind == SYM_PARAM ||
		           (v->u.var.sym->kind == SYM_ARG && v->u.var.sym->intent == INTENT_IN)) {
			ir_error(s->u.do_.var->loc, "the DO variable cannot be '%s'", v->u.var.sym->name);
		}
		s->u.do_.var = v;
		IrExpr **parts[3] = {&s->u.do_.lo, &s->u.do_.hi, &s->u.do_.step};
		for (int k = 0; k < 3; k++) {
			if (!*parts[k])
				continue;
			IrExpr *x = value_expr(S, *parts[k]);
			if (x->type != TY_INT) {
				ir_error(x->loc, "DO loop bounds must be integers");
				x = ir_int(S->a, 1, x->loc);
			}
			*parts[k] = x;
		}
		Const st;
		if (s->u.do_.step && const_of(s->u.do_.step, &st) && st.i == 0)
			ir_error(s->u.do_.step->loc, "the DO loop step is zero");
		S->loopdepth++;
		resolve_block(S, &s->u.do_.body);
		S->loopdepth--;
		break;
	}
	case IR_DOWHILE:
		s->u.dowhile.cond = cond_expr(S, s->u.dowhile.cond);
		S->loopdepth++;
		resolve_block(S, &s->u.dowhile.body);
		S->loopdepth--;
		break;
	case IR_EXIT:
	case IR_CYCLE:
		if (!S->loopdepth)
			ir_error(s->loc, "%s outside a DO loop", s->kind == IR_EXIT ? "EXIT" : "CYCLE");
		break;
	case IR_CALL: {
		IrUnit *f = find_unit(S, s->u.call.name);
		for (int i = 0; i < s->u.call.nargs; i++)
			s->u.call.args[i] = resolve_expr(S, s->u.call.args[i]);
		if (!f) {
			if (ir_intrinsic_lookup(s->u.call.name))
				ir_error(s->loc, "'%s' is a function, not a subroutine", s->u.call.name);
			else
				ir_error(s->loc, "subroutine '%s' is not defined in the given files", s->u.call.name);
			break;
		}
		if (f->kind != UNIT_SUBROUTINE) {
			ir_error(s->loc, "'%s' is a function, not a subroutine", s->u.call.name);
			break;
		}
		if (f == S->unit) {
			ir_error(s->loc, "recursive calls are not supported");
			break;
		}
		declare_unit(S, f);
		s->u.call.callee = f;
		check_actuals(S, f, s->u.call.args, s->u.call.nargs, s->loc);
		break;
	}
	case IR_RETURN:
		if (S->unit->kind == UNIT_PROGRAM)
			ir_error(s->loc, "RETURN in a main program");
		break;
	case IR_PRINT:
		for (int i = 0; i < s->u.print.nitems; i++)
			s->u.print.items[i] = value_expr(S, s->u.print.items[i]);
		break;
	case IR_STOP:
		if (s->u.stop.code) {
			s->u.stop.code = value_expr(S, s->u.stop.code);
			if (s->u.stop.code->type != TY_INT && s->u.stop.code->type != TY_CHAR)
				ir_error(s->loc, "STOP code must be an integer or a string");
		}
		break;
	case IR_BLOCK: resolve_block(S, &s->u.block); break;
	default: break;
	}
}

/* CHECKPOINT-START / -END must pair up inside one block. */
static void check_regions(const IrBlock *b)
{
	int open = 0;
	IrLoc openloc = {0};
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		for (int k = 0; k < s->ndirs; k++) {
			IrDirective *d = s->dirs[k];
			if (d->kind == DIR_CHECKPOINT_START) {
				if (open)
					ir_error(d->loc, "!$AD CHECKPOINT-START inside another checkpointed region (opened at line %d)",
					         openloc.line);
				open = 1;
				openloc = d->loc;
			} else if (d->kind == DIR_CHECKPOINT_END) {
				if (!open)
					ir_error(d->loc, "!$AD CHECKPOINT-END without a matching CHECKPOINT-START in the same block");
				open = 0;
			}
		}
	}
	if (open)
		ir_error(openloc, "!$AD CHECKPOINT-START without a matching CHECKPOINT-END in the same block");
}

static void resolve_block(Sema *S, IrBlock *b)
{
	IrBlock nb = {0};
	for (int i = 0; i < b->n; i++) {
		IrBlock outer = S->before;
		S->before = (IrBlock){0};
		resolve_stmt(S, b->v[i]);
		for (int k = 0; k < S->before.n; k++)
			ir_block_add(S->a, &nb, S->before.v[k]);
		ir_block_add(S->a, &nb, b->v[i]);
		S->before = outer;
	}
	*b = nb;
	check_regions(b);
}

/* ---------------------------------------------------------------- call graph */

static void visit_calls_block(Sema *S, const IrBlock *b, IrUnit *u, int *state);

static void order_unit(Sema *S, IrUnit *u, int *state)
{
	if (state[u->id] == 2)
		return;
	if (state[u->id] == 1) {
		ir_error(u->loc, "recursive calls are not supported ('%s' calls itself through other routines)", u->name);
		return;
	}
	state[u->id] = 1;
	visit_calls_block(S, &u->body, u, state);
	state[u->id] = 2;
	ir_vec_push(S->a, &S->p->allunits, u);
}

static void visit_calls_expr(Sema *S, const IrExpr *e, IrUnit *u, int *state)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_VAR:
		for (int i = 0; i < e->u.var.nidx; i++)
			visit_calls_expr(S, e->u.var.idx[i], u, state);
		break;
	case IR_UNARY:
	case IR_BINARY:
		visit_calls_expr(S, e->u.op.a, u, state);
		visit_calls_expr(S, e->u.op.b, u, state);
		break;
	case IR_INTRIN:
	case IR_FCALL:
		for (int i = 0; i < e->u.call.nargs; i++)
			visit_calls_expr(S, e->u.call.args[i], u, state);
		if (e->kind == IR_FCALL && e->u.call.callee)
			order_unit(S, e->u.call.callee, state);
		break;
	case IR_CONVERT: visit_calls_expr(S, e->u.conv.e, u, state); break;
	default: break;
	}
}

static void visit_calls_block(Sema *S, const IrBlock *b, IrUnit *u, int *state)
{
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		switch (s->kind) {
		case IR_ASSIGN:
			visit_calls_expr(S, s->u.assign.lhs, u, state);
			visit_calls_expr(S, s->u.assign.rhs, u, state);
			break;
		case IR_IF:
			for (int k = 0; k < s->u.if_.ncond; k++) {
				visit_calls_expr(S, s->u.if_.conds[k], u, state);
				visit_calls_block(S, &s->u.if_.blocks[k], u, state);
			}
			visit_calls_block(S, &s->u.if_.else_, u, state);
			break;
		case IR_DO:
			visit_calls_expr(S, s->u.do_.lo, u, state);
			visit_calls_expr(S, s->u.do_.hi, u, state);
			visit_calls_expr(S, s->u.do_.step, u, state);
			visit_calls_block(S, &s->u.do_.body, u, state);
			break;
		case IR_DOWHILE:
			visit_calls_expr(S, s->u.dowhile.cond, u, state);
			visit_calls_block(S, &s->u.dowhile.body, u, state);
			break;
		case IR_CALL:
			for (int k = 0; k < s->u.call.nargs; k++)
				visit_calls_expr(S, s->u.call.args[k], u, state);
			if (s->u.call.callee)
				order_unit(S, s->u.call.callee, state);
			break;
		case IR_PRINT:
			for (int k = 0; k < s->u.print.nitems; k++)
				visit_calls_expr(S, s->u.print.items[k], u, state);
			break;
		case IR_BLOCK: visit_calls_block(S, &s->u.block, u, state); break;
		default: break;
		}
	}
}

static void number_sites_block(IrProgram *p, IrBlock *b)
{
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		switch (s->kind) {
		case IR_CALL: s->u.call.site = p->nsites++; break;
		case IR_IF:
			for (int k = 0; k < s->u.if_.ncond; k++)
				number_sites_block(p, &s->u.if_.blocks[k]);
			number_sites_block(p, &s->u.if_.else_);
			break;
		case IR_DO: number_sites_block(p, &s->u.do_.body); break;
		case IR_DOWHILE: number_sites_block(p, &s->u.dowhile.body); break;
		case IR_BLOCK: number_sites_block(p, &s->u.block); break;
		default: break;
		}
	}
}

/* ---------------------------------------------------------------- driver */

int fe_sema(IrProgram *p)
{
	int before = ir_error_count();
	Sema S = {0};
	S.p = p;
	S.a = p->arena;
	collect_units(&S);
	for (int i = 0; i < S.all.n; i++)
		((IrUnit *)S.all.v[i])->aux = NULL;
	for (int i = 0; i < S.all.n; i++)
		declare_unit(&S, S.all.v[i]);
	unify_commons(&S);
	for (int i = 0; i < S.all.n; i++) {
		IrUnit *u = S.all.v[i];
		S.unit = u;
		S.loopdepth = 0;
		if (u->kind == UNIT_MODULE && u->body.n)
			ir_error(u->loc, "executable statements in a module");
		S.prologue = (IrBlock){0};
		S.entry_of = (IrVec){0};
		resolve_block(&S, &u->body);
		if (S.prologue.n) {
			for (int k = 0; k < u->body.n; k++)
				ir_block_add(S.a, &S.prologue, u->body.v[k]);
			u->body = S.prologue;
		}
		/* Symbols that are still untyped (e.g. typed externals never called): type them now. */
		for (int k = 0; k < u->syms.n; k++) {
			IrSym *s = u->syms.v[k];
			if (s->type == TY_NONE)
				s->type = TY_REAL4;
		}
	}
	if (ir_error_count() > before)
		return ir_error_count() - before;
	/* Callees before callers; recursion refused. */
	int *state = calloc((size_t)S.all.n + 1, sizeof *state);
	for (int i = 0; i < S.all.n; i++)
		((IrUnit *)S.all.v[i])->id = i;
	p->allunits.n = 0;
	for (int i = 0; i < S.all.n; i++)
		order_unit(&S, S.all.v[i], state);
	free(state);
	for (int i = 0; i < p->allunits.n; i++) {
		IrUnit *u = p->allunits.v[i];
		u->id = i;
		u->aux = NULL;
		number_sites_block(p, &u->body);
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
	return ir_error_count() - before;
}
