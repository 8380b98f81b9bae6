/*
 * sema_intrsub.c — the passive intrinsic subroutines CPU_TIME, SYSTEM_CLOCK, DATE_AND_TIME,
 * RANDOM_NUMBER and RANDOM_SEED, and GNU's EXIT.
 *
 * Each CALL becomes assignments from internal intrinsics (ir/intrinsics.def), so that the rest
 * of stad sees nothing new: an assignment from a value with a zero partial is a constant of the
 * derivative (`x = 0.5`), whatever x's activity was; arrays go through the elemental lowering.
 *   CALL RANDOM_NUMBER(h)         h = stad_random(h)          (h's value is not read)
 *   CALL CPU_TIME(t)              t = stad_cpu_time(t)
 *   CALL SYSTEM_CLOCK(c, r, m)    c = stad_clock(c, 0); r = stad_clock(r, 1); m = stad_clock(m, 2)
 *   CALL DATE_AND_TIME(values=v)  v(lo + k - 1) = stad_date_value(k), k = 1..8
 *   CALL RANDOM_SEED(size=n)      n = 8
 *   CALL RANDOM_SEED(get=g)       g(lo + k - 1) = stad_seed_get(k), k = 1..8
 *   CALL RANDOM_SEED(put=p)       IF (stad_seed_put(p(lo), ..., p(lo + 7)) /= 0) THEN; END IF
 *   CALL RANDOM_SEED()            the same with stad_seed_put(0): the default seed
 *   CALL EXIT(status)             STOP status without its message (gfortran's EXIT: the program
 *                                 ends with that status, 0 without one; stop.quiet)
 * The generator is stad's own (xoshiro256**, 8 default integers of seed, as gfortran's SIZE), so
 * the numbers drawn are not gfortran's. The character arguments of DATE_AND_TIME are refused.
 */
#include "sema_int.h"

#include <string.h>

enum { SUB_CPU_TIME, SUB_SYSTEM_CLOCK, SUB_DATE_AND_TIME, SUB_RANDOM_NUMBER, SUB_RANDOM_SEED, SUB_EXIT, SUB_COUNT };

static const struct {
	const char *name, *upper; /* as looked up, as said in messages */
	const char *args[4];      /* the dummy names, in order */
} subs[SUB_COUNT] = {
        [SUB_CPU_TIME] = {"cpu_time", "CPU_TIME", {"time"}},
        [SUB_SYSTEM_CLOCK] = {"system_clock", "SYSTEM_CLOCK", {"count", "count_rate", "count_max"}},
        [SUB_DATE_AND_TIME] = {"date_and_time", "DATE_AND_TIME", {"date", "time", "zone", "values"}},
        [SUB_RANDOM_NUMBER] = {"random_number", "RANDOM_NUMBER", {"harvest"}},
        [SUB_RANDOM_SEED] = {"random_seed", "RANDOM_SEED", {"size", "put", "get"}},
        [SUB_EXIT] = {"exit", "EXIT", {"status"}},
};

#define SEED_SIZE 8

static IrExpr *call_of(Sema *S, IrIntrinsic id, IrExpr *a0, IrExpr *a1, IrLoc loc)
{
	IrExpr **args = ir_alloc(S->a, sizeof(IrExpr *) * 2);
	args[0] = a0;
	args[1] = a1;
	return ir_ref(S->a, ir_intrinsics[id].name, args, a0 ? (a1 ? 2 : 1) : 0, 1, loc);
}

/* The argument's type and rank, resolved from a copy (the statements built resolve the original). */
static IrExpr *probe(Sema *S, const IrExpr *e)
{
	return sema_resolve_expr(S, ir_expr_copy(S->a, e));
}

/* A variable (scalar or array) of one of the types wanted; 0 after an error. */
static int check_target(Sema *S, const char *sub, const char *arg, const IrExpr *e, int want_real, int want_int)
{
	IrExpr *r = probe(S, e);
	if (r->kind != IR_VAR) {
		ir_error(e->loc, "the %s= argument of %s must be a variable", arg, sub);
		return 0;
	}
	if (!((want_real && ir_base_is_real(r->type)) || (want_int && ir_base_is_int(r->type)))) {
		ir_error(e->loc, "the %s= argument of %s must be %s", arg, sub,
		         want_real && want_int ? "an INTEGER or a REAL"
		                 : want_real   ? "REAL"
		                               : "an INTEGER");
		return 0;
	}
	return 1;
}

/* The elements (lo..lo+7) of a whole default-INTEGER array of rank 1 with a constant lower bound
 * and at least 8 elements when its size is constant; NULL after an error. */
static IrExpr **seed_elements(Sema *S, const char *sub, const char *arg, const IrExpr *e)
{
	IrExpr *r = probe(S, e);
	if (r->kind != IR_VAR || r->u.var.nidx || !r->u.var.sym->rank || r->u.var.sym->rank != 1 || r->type != TY_INT) {
		ir_error(e->loc, "the %s= argument of %s must be a whole default INTEGER array of rank 1 (of %d elements)", arg,
		         sub, SEED_SIZE);
		return NULL;
	}
	IrSym *v = r->u.var.sym;
	const IrExpr *lo = v->dims[0].lo, *hi = v->dims[0].hi;
	if (lo && lo->kind != IR_CONST_INT) {
		ir_error(e->loc, "the %s= argument of %s must have a constant lower bound", arg, sub);
		return NULL;
	}
	int64_t l = lo ? lo->u.ival : 1;
	if (hi && hi->kind == IR_CONST_INT && hi->u.ival - l + 1 < SEED_SIZE) {
		ir_error(e->loc, "the %s= argument of %s has %lld elements: it needs %d", arg, sub,
		         (long long)(hi->u.ival - l + 1), SEED_SIZE);
		return NULL;
	}
	IrExpr **el = ir_alloc(S->a, sizeof(IrExpr *) * SEED_SIZE);
	for (int k = 0; k < SEED_SIZE; k++) {
		IrExpr **idx = ir_alloc(S->a, sizeof(IrExpr *));
		idx[0] = ir_int(S->a, l + k, e->loc);
		el[k] = ir_ref(S->a, v->name, idx, 1, 1, e->loc);
	}
	return el;
}

static void add(Sema *S, IrBlock *b, IrExpr *lhs, IrExpr *rhs, IrLoc loc)
{
	ir_block_add(S->a, b, ir_assign(S->a, lhs, rhs, loc));
}

/* The statements of one call; 0 after an error. */
static int lower(Sema *S, int sub, IrExpr **arg, IrBlock *out, IrLoc loc)
{
	const char *name = subs[sub].upper;
	IrArena *a = S->a;
	switch (sub) {
	case SUB_CPU_TIME:
		if (!arg[0]) {
			ir_error(loc, "CPU_TIME needs its argument");
			return 0;
		}
		if (!check_target(S, name, "time", arg[0], 1, 0))
			return 0;
		add(S, out, arg[0], call_of(S, INTR_CPU_TIME, ir_expr_copy(a, arg[0]), NULL, loc), loc);
		return 1;
	case SUB_RANDOM_NUMBER:
		if (!arg[0]) {
			ir_error(loc, "RANDOM_NUMBER needs its argument");
			return 0;
		}
		if (!check_target(S, name, "harvest", arg[0], 1, 0))
			return 0;
		add(S, out, arg[0], call_of(S, INTR_RANDOM, ir_expr_copy(a, arg[0]), NULL, loc), loc);
		return 1;
	case SUB_SYSTEM_CLOCK:
		for (int k = 0; k < 3; k++) {
			if (!arg[k])
				continue;
			if (!check_target(S, name, subs[sub].args[k], arg[k], k == 1, 1))
				return 0;
			if (sema_rank(probe(S, arg[k]))) {
				ir_error(arg[k]->loc, "the %s= argument of SYSTEM_CLOCK must be a scalar", subs[sub].args[k]);
				return 0;
			}
			add(S, out, arg[k], call_of(S, INTR_CLOCK, ir_expr_copy(a, arg[k]), ir_int(a, k, loc), loc), loc);
		}
		return 1;
	case SUB_DATE_AND_TIME:
		for (int k = 0; k < 3; k++)
			if (arg[k]) {
				ir_error(arg[k]->loc,
				         "the %s= argument of DATE_AND_TIME is not supported (give values= only, an INTEGER "
				         "array of 8 elements, and build the text from it)",
				         subs[sub].args[k]);
				return 0;
			}
		if (arg[3]) {
			IrExpr **el = seed_elements(S, name, "values", arg[3]);
			if (!el)
				return 0;
			for (int k = 0; k < SEED_SIZE; k++)
				add(S, out, el[k], call_of(S, INTR_DATE_VALUE, ir_int(a, k + 1, loc), NULL, loc), loc);
		}
		return 1;
	case SUB_RANDOM_SEED: {
		int n = !!arg[0] + !!arg[1] + !!arg[2];
		if (n > 1) {
			ir_error(loc, "RANDOM_SEED takes at most one of size=, put= and get=");
			return 0;
		}
		if (arg[0]) {
			if (!check_target(S, name, "size", arg[0], 0, 1))
				return 0;
			add(S, out, arg[0], ir_int(a, SEED_SIZE, loc), loc);
			return 1;
		}
		if (arg[2]) {
			IrExpr **el = seed_elements(S, name, "get", arg[2]);
			if (!el)
				return 0;
			for (int k = 0; k < SEED_SIZE; k++)
				add(S, out, el[k], call_of(S, INTR_SEED_GET, ir_int(a, k + 1, loc), NULL, loc), loc);
			return 1;
		}
		IrExpr **el = NULL;
		if (arg[1] && !(el = seed_elements(S, name, "put", arg[1])))
			return 0;
		if (!el) { /* stad_seed_put(0): the default seed */
			el = ir_alloc(a, sizeof(IrExpr *));
			el[0] = ir_int(a, 0, loc);
		}
		IrExpr *put = ir_ref(a, ir_intrinsics[INTR_SEED_PUT].name, el, arg[1] ? SEED_SIZE : 1, 1, loc);
		IrStmt *c = ir_stmt_new(a, IR_IF, loc);
		c->u.if_.ncond = 1;
		c->u.if_.conds = ir_alloc(a, sizeof(IrExpr *));
		c->u.if_.blocks = ir_alloc(a, sizeof(IrBlock));
		c->u.if_.conds[0] = ir_binop(a, IR_NE, put, ir_int(a, 0, loc), loc);
		ir_block_add(a, out, c);
		return 1;
	}
	case SUB_EXIT: {
		if (arg[0]) {
			IrExpr *r = probe(S, arg[0]);
			if (r->failed)
				return 0; /* reported */
			if (!ir_base_is_int(r->type) || sema_rank(r)) {
				ir_error(arg[0]->loc, "the status= argument of EXIT must be a scalar INTEGER");
				return 0;
			}
		}
		IrStmt *x = ir_stmt_new(a, IR_STOP, loc);
		x->u.stop.code = arg[0];
		x->u.stop.quiet = 1;
		ir_block_add(a, out, x);
		return 1;
	}
	}
	return 0;
}

int sema_intrinsic_sub(Sema *S, IrStmt *s)
{
	int sub = -1;
	for (int i = 0; i < SUB_COUNT; i++)
		if (!strcmp(s->u.call.name, subs[i].name))
			sub = i;
	if (sub < 0)
		return 0;
	IrExpr *arg[4] = {0};
	int ok = 1;
	for (int i = 0; i < s->u.call.nargs; i++) {
		IrExpr *e = s->u.call.args[i];
		int k = i;
		if (e->kind == IR_KEYWORD) {
			k = -1;
			for (int j = 0; j < 4; j++)
				if (subs[sub].args[j] && !strcmp(subs[sub].args[j], e->u.kw.name))
					k = j;
			if (k < 0) {
				ir_error(e->loc, "%s has no argument %s=", subs[sub].upper, e->u.kw.name);
				ok = 0;
				continue;
			}
			e = e->u.kw.e;
		}
		if (k >= 4 || !subs[sub].args[k]) {
			ir_error(e->loc, "too many arguments for %s", subs[sub].upper);
			ok = 0;
		} else if (arg[k]) {
			ir_error(e->loc, "the %s= argument of %s is given twice", subs[sub].args[k], subs[sub].upper);
			ok = 0;
		} else
			arg[k] = e;
	}
	IrBlock blk = {0};
	if (!ok || !lower(S, sub, arg, &blk, s->loc)) {
		s->kind = IR_CONTINUE; /* reported */
		return 1;
	}
	if (blk.n == 1) {
		sema_become(s, blk.v[0]);
		sema_resolve_stmt_again(S, s);
	} else {
		s->kind = blk.n ? IR_BLOCK : IR_CONTINUE;
		s->u.block = blk;
		if (blk.n)
			sema_resolve_block(S, &s->u.block);
	}
	return 1;
}
