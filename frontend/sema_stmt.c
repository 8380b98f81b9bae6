/*
 * sema_stmt.c — statements: assignments (arrays lowered to loops by sema_array.c), IF/DO/CALL
 * and the rest, directives and CHECKPOINT regions checked. What an expression needs computed
 * first (a reduction, a function value) goes into S->before, placed before the statement; an
 * ELSE IF or DO WHILE condition that needs some is rewritten so that it runs where the
 * condition is evaluated. A computed GO TO,
 * an arithmetic IF and a SELECT CASE become IF blocks here (their expression computed once,
 * into a local, when it is more than a variable); sema_flow.c then removes the GO TOs.
 */
#include "sema_int.h"
#include "fe_int.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- statements */


static IrExpr *cond_expr(Sema *S, IrExpr *e, int where)
{
	IrExpr *c = sema_resolve_expr(S, e);
	if (sema_rank(c)) {
		ir_error(c->loc, "a condition must be a logical scalar, not an array (ANY or ALL of it, perhaps)");
		return ir_logical(S->a, 0, c->loc);
	}
	if (c->type != TY_LOGICAL) {
		if (!c->failed) /* (a refused expression was reported) */
			ir_error(c->loc, where ? "the mask of WHERE must be LOGICAL" : "condition must be logical");
		return ir_logical(S->a, 0, c->loc);
	}
	return c;
}

static int is_assignable(Sema *S, IrExpr *lhs)
{
	if (lhs->kind == IR_INTRIN && lhs->u.call.id == INTR_SUBSTR) {
		ir_error(lhs->loc,
		         "assignment to a substring is not supported (assign the whole variable: s = s(1:k-1) // 'x' // "
		         "s(k+1:))");
		return 0;
	}
	if (lhs->kind != IR_VAR) {
		if (!lhs->failed) /* (else refused where it was resolved) */
			ir_error(lhs->loc, "cannot assign to this expression");
		return 0;
	}
	IrSym *s = lhs->u.var.sym;
	if (s->kind == SYM_PARAM || s->readonly) {
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
	if (to == TY_LOGICAL || rhs->type == TY_LOGICAL || !sema_is_numeric(to) || !sema_is_numeric(rhs->type)) {
		ir_error(loc, "cannot assign %s to %s", ir_base_name(rhs->type), ir_base_name(to));
		return rhs;
	}
	return ir_convert(S->a, rhs, to);
}

/* ---------------------------------------------------------------- GO TO and SELECT CASE */

/* A value the lowered statement tests several times: a local computed once before it, unless
 * reading it again gives the same value for free (a constant or a scalar variable). */
static IrExpr *tested_value(Sema *S, IrExpr *e, const char *base)
{
	if (ir_expr_is_const(e) || (e->kind == IR_VAR && !e->u.var.nidx && !e->u.var.sym->rank))
		return e;
	return sema_value_before(S, e, base);
}

static IrExpr *copy_of(Sema *S, IrExpr *e)
{
	return ir_expr_copy(S->a, e);
}

static IrStmt *plain_goto(Sema *S, int label, IrLoc loc)
{
	IrStmt *g = ir_stmt_new(S->a, IR_GOTO, loc);
	g->u.go.kind = GOTO_PLAIN;
	g->u.go.labels = ir_alloc(S->a, sizeof(int));
	g->u.go.labels[0] = label;
	g->u.go.nlabels = 1;
	return g;
}

/* s becomes IF (conds[0]) THEN blocks[0] ELSE IF ... [ELSE else_], in place (its label, its
 * directives and the pointers to it stay). */
static void become_if(Sema *S, IrStmt *s, IrExpr **conds, IrBlock *blocks, int n, IrBlock *else_)
{
	memset(&s->u, 0, sizeof s->u);
	s->kind = IR_IF;
	s->u.if_.conds = ir_alloc(S->a, sizeof *conds * (size_t)n);
	s->u.if_.blocks = ir_alloc(S->a, sizeof *blocks * (size_t)n);
	for (int i = 0; i < n; i++) {
		s->u.if_.conds[i] = conds[i];
		s->u.if_.blocks[i] = blocks[i];
	}
	s->u.if_.ncond = n;
	if (else_ && else_->n) {
		s->u.if_.else_ = *else_;
		s->u.if_.has_else = 1;
	}
}

/* A SELECT CASE s becomes its CASEs' IF chain (n conditions), the DEFAULT block as its ELSE;
 * with only CASE DEFAULT, that block, always. */
static void become_cases(Sema *S, IrStmt *s, IrExpr **conds, IrBlock *blocks, int n, IrBlock *def)
{
	if (!n) {
		memset(&s->u, 0, sizeof s->u);
		s->kind = IR_BLOCK;
		s->u.block = *def;
		return;
	}
	become_if(S, s, conds, blocks, n, def);
	s->u.if_.from_select = 1;
}

static IrExpr *compare(Sema *S, IrOp op, IrExpr *x, IrExpr *y, IrLoc loc)
{
	IrExpr *c = ir_binop(S->a, op, x, y, loc);
	c->type = TY_LOGICAL;
	return c;
}

/* GO TO (l1, l2, ...), k  →  IF (k == 1) GO TO l1 ELSE IF (k == 2) GO TO l2 ...
 * IF (e) l1, l2, l3       →  IF (e < 0) GO TO l1 ELSE IF (e == 0) GO TO l2 ELSE GO TO l3,
 * with the tests of equal labels merged. */
static void lower_goto(Sema *S, IrStmt *s)
{
	IrLoc L = s->loc;
	if (s->u.go.kind == GOTO_PLAIN)
		return;
	IrExpr *e = sema_value_expr(S, s->u.go.expr);
	int *lab = s->u.go.labels, n = s->u.go.nlabels;
	if (s->u.go.kind == GOTO_COMPUTED) {
		if (!ir_base_is_int(e->type)) {
			ir_error(e->loc, "the index of a computed GO TO must be an INTEGER expression");
			return;
		}
		e = tested_value(S, e, "goto_index");
		IrExpr **conds = ir_alloc(S->a, sizeof *conds * (size_t)n);
		IrBlock *blocks = ir_alloc(S->a, sizeof *blocks * (size_t)n);
		for (int i = 0; i < n; i++) {
			Const k = {TY_INT, i + 1, 0};
			conds[i] = compare(S, IR_EQ, i ? copy_of(S, e) : e, sema_const_expr(S, &k, e->type, L), L);
			ir_block_add(S->a, &blocks[i], plain_goto(S, lab[i], L));
		}
		become_if(S, s, conds, blocks, n, NULL);
		return;
	}
	if (!ir_base_is_int(e->type) && !ir_base_is_real(e->type)) {
		ir_error(e->loc, "the expression of an arithmetic IF must be INTEGER or REAL");
		return;
	}
	Const zero = {TY_INT, 0, 0};
	IrExpr *z = sema_const_expr(S, &zero, e->type, L);
	IrBlock b[2] = {{0}, {0}}, els = {0};
	IrExpr *c[2];
	int nc = 1;
	if (lab[0] == lab[1] && lab[1] == lab[2]) {
		s->u.go.kind = GOTO_PLAIN;
		s->u.go.nlabels = 1;
		return;
	} else if (lab[0] == lab[1]) { /* e <= 0 */
		c[0] = compare(S, IR_LE, e, z, L);
		ir_block_add(S->a, &b[0], plain_goto(S, lab[0], L));
		ir_block_add(S->a, &els, plain_goto(S, lab[2], L));
	} else if (lab[1] == lab[2]) { /* e >= 0 */
		c[0] = compare(S, IR_LT, e, z, L);
		ir_block_add(S->a, &b[0], plain_goto(S, lab[0], L));
		ir_block_add(S->a, &els, plain_goto(S, lab[1], L));
	} else if (lab[0] == lab[2]) { /* e /= 0 */
		c[0] = compare(S, IR_EQ, e, z, L);
		ir_block_add(S->a, &b[0], plain_goto(S, lab[1], L));
		ir_block_add(S->a, &els, plain_goto(S, lab[0], L));
	} else {
		e = tested_value(S, e, "arith_if");
		c[0] = compare(S, IR_LT, e, z, L);
		c[1] = compare(S, IR_EQ, copy_of(S, e), copy_of(S, z), L);
		ir_block_add(S->a, &b[0], plain_goto(S, lab[0], L));
		ir_block_add(S->a, &b[1], plain_goto(S, lab[1], L));
		ir_block_add(S->a, &els, plain_goto(S, lab[2], L));
		nc = 2;
	}
	become_if(S, s, c, b, nc, &els);
}

/* A CASE value: a constant of the selector's type (1 with its value in *v), or an error. */
static int case_value(Sema *S, IrExpr **e, IrBase type, int64_t *v)
{
	*e = sema_value_expr(S, *e);
	Const c;
	int same = (*e)->type == type || (ir_base_is_int((*e)->type) && ir_base_is_int(type));
	if (!same || !sema_const_of(*e, &c)) {
		ir_error((*e)->loc, "a CASE value must be a constant %s expression, like the selector", ir_base_name(type));
		return 0;
	}
	if ((*e)->type != type) /* an INTEGER(4) value of an INTEGER(8) selector, or the reverse */
		*e = sema_const_expr(S, &c, type, (*e)->loc);
	*v = c.i;
	return 1;
}

/* Two CHARACTER constants compared as Fortran compares them (the shorter blank-padded, ASCII):
 * <0, 0, >0. NULL is below (lo) or above (hi) everything. */
static int cmp_string(const char *a, const char *b)
{
	for (; *a || *b; a += *a != 0, b += *b != 0) {
		unsigned char x = (unsigned char)(*a ? *a : ' '), y = (unsigned char)(*b ? *b : ' ');
		if (x != y)
			return x < y ? -1 : 1;
	}
	return 0;
}

/* Do two CHARACTER CASE items select a common value? */
static int items_overlap(const IrCaseItem *p, const IrCaseItem *q)
{
	const IrExpr *plo = p->lo, *phi = p->range ? p->hi : p->lo, *qlo = q->lo, *qhi = q->range ? q->hi : q->lo;
	if (plo && phi && cmp_string(plo->u.str, phi->u.str) > 0)
		return 0; /* an empty range */
	if (qlo && qhi && cmp_string(qlo->u.str, qhi->u.str) > 0)
		return 0;
	return (!plo || !qhi || cmp_string(plo->u.str, qhi->u.str) <= 0) &&
	        (!qlo || !phi || cmp_string(qlo->u.str, phi->u.str) <= 0);
}

/* A CASE item's test of the selector (x: its first read; a range reads e once more). */
static IrExpr *range_test(Sema *S, const IrCaseItem *it, IrExpr *x, IrExpr *e)
{
	if (!it->range)
		return compare(S, IR_EQ, x, it->lo, it->loc);
	if (!it->lo)
		return compare(S, IR_LE, x, it->hi, it->loc);
	if (!it->hi)
		return compare(S, IR_GE, x, it->lo, it->loc);
	return compare(S, IR_AND, compare(S, IR_GE, x, it->lo, it->loc), compare(S, IR_LE, copy_of(S, e), it->hi, it->loc),
	               it->loc);
}

/* The test of item it of CASE i, or NULL: refused (reported). */
typedef IrExpr *(*CaseTest)(Sema *S, int i, IrCaseItem *it, void *ctx);

/* SELECT CASE s → an IF chain: a CASE's condition is its items' tests or'ed, DEFAULT the ELSE.
 * Nothing changes when a test is refused. */
static void cases_to_ifs(Sema *S, IrStmt *s, CaseTest test, void *ctx)
{
	int ncases = s->u.select.ncases;
	IrCase **cases = s->u.select.cases;
	int bad = 0;
	IrExpr **conds = ir_alloc(S->a, sizeof *conds * (size_t)(ncases + 1));
	IrBlock *blocks = ir_alloc(S->a, sizeof *blocks * (size_t)(ncases + 1));
	IrBlock def = {0};
	int n = 0;
	for (int i = 0; i < ncases; i++) {
		IrCase *c = cases[i];
		if (!c->items) {
			def = c->body;
			continue;
		}
		IrExpr *cond = NULL;
		for (int k = 0; k < c->nitems; k++) {
			IrExpr *t = test(S, i, c->items[k], ctx);
			if (!t) {
				bad = 1;
				continue;
			}
			cond = cond ? compare(S, IR_OR, cond, t, c->items[k]->loc) : t;
		}
		conds[n] = cond ? cond : ir_logical(S->a, 0, c->loc);
		blocks[n++] = c->body;
	}
	if (bad)
		return;
	become_cases(S, s, conds, blocks, n, &def);
}

typedef struct {
	IrExpr *e; /* the selector */
	IrCase **cases;
	int bad; /* a value was refused: later items are checked, not tested */
} CharCases;

/* A CHARACTER CASE value: constant, not overlapping an earlier CASE's. */
static IrExpr *char_item(Sema *S, int i, IrCaseItem *it, void *ctx)
{
	CharCases *cc = ctx;
	IrExpr **v[2] = {&it->lo, &it->hi};
	for (int j = 0; j < 2; j++) {
		if (!*v[j] || (j && !it->range))
			continue;
		*v[j] = sema_value_expr(S, *v[j]);
		if ((*v[j])->kind != IR_CONST_STR) {
			ir_error((*v[j])->loc, "a CASE value must be a constant CHARACTER expression, like the selector");
			cc->bad = 1;
		}
	}
	if (cc->bad)
		return NULL;
	for (int i2 = 0; i2 < i; i2++)
		for (int k2 = 0; k2 < cc->cases[i2]->nitems; k2++)
			if (items_overlap(cc->cases[i2]->items[k2], it)) {
				ir_error(it->loc, "this CASE value overlaps the CASE at line %d",
				         cc->cases[i2]->items[k2]->loc.line);
				cc->bad = 1;
				return NULL;
			}
	return range_test(S, it, copy_of(S, cc->e), cc->e);
}

typedef struct {
	IrExpr *e; /* the selector's value, computed once */
	int logical;
	int used; /* e itself is read once, copies after */
} IntCases;

static IrExpr *int_item(Sema *S, int i, IrCaseItem *it, void *ctx)
{
	IntCases *ic = ctx;
	(void)i;
	IrExpr *x = ic->used++ ? copy_of(S, ic->e) : ic->e;
	if (ic->logical && it->lo->kind == IR_CONST_LOG)
		return it->lo->u.ival ? x : ir_unop(S->a, IR_NOT, x, it->loc);
	if (ic->logical)
		return compare(S, IR_EQV, x, it->lo, it->loc);
	return range_test(S, it, x, ic->e);
}

/* SELECT CASE on a CHARACTER selector: the IF chain tests the selector itself (a variable or a
 * substring, read again by each test: it has no side effects; ADJUSTL, ADJUSTR or // of a
 * constant length is assigned to a local before); ranges compare in ASCII order. */
static void lower_select_char(Sema *S, IrStmt *s, IrExpr *e)
{
	if (!sema_char_plain(S, &e)) /* ADJUSTL(s), a // b: assigned to a local first */
		return;
	if (ir_expr_calls(e)) {
		ir_error(e->loc,
		         "a CHARACTER selector must be a variable, a substring or TRIM of one (assign it to a variable "
		         "first)");
		return;
	}
	CharCases cc = {e, s->u.select.cases, 0};
	cases_to_ifs(S, s, char_item, &cc);
}

/* SELECT CASE (e) → IF chain on e (computed once), one condition per CASE, DEFAULT as ELSE. */
static void lower_select(Sema *S, IrStmt *s)
{
	int nerr = ir_error_count(S->p);
	IrExpr *e = sema_value_expr(S, s->u.select.expr);
	int selector_bad = ir_error_count(S->p) > nerr; /* reported: its CASE values are not checked against it */
	int ncases = s->u.select.ncases;
	IrCase **cases = s->u.select.cases;
	for (int i = 0; i < ncases; i++)
		sema_resolve_block(S, &cases[i]->body);
	if (selector_bad)
		return;
	if (e->type == TY_CHAR) {
		lower_select_char(S, s, e);
		return;
	}
	if (!ir_base_is_int(e->type) && e->type != TY_LOGICAL) {
		ir_error(e->loc, "the SELECT CASE selector must be an INTEGER or LOGICAL expression");
		return;
	}
	int logical = e->type == TY_LOGICAL;
	/* the values, checked, and the ranges they cover: no two CASEs may overlap */
	int nr = 0, bad = 0;
	for (int i = 0; i < ncases; i++)
		nr += cases[i]->nitems;
	int64_t(*rng)[2] = calloc((size_t)nr + 1, sizeof *rng);
	IrLoc *rloc = calloc((size_t)nr + 1, sizeof *rloc);
	int *rcase = calloc((size_t)nr + 1, sizeof *rcase);
	if (!rng || !rloc || !rcase)
		abort();
	nr = 0;
	for (int i = 0; i < ncases; i++)
		for (int k = 0; k < cases[i]->nitems; k++) {
			IrCaseItem *it = cases[i]->items[k];
			int64_t lo = INT64_MIN, hi = INT64_MAX;
			if (it->range && logical) {
				ir_error(it->loc, "a CASE range is not allowed with a LOGICAL selector");
				bad = 1;
				continue;
			}
			int ok = 1;
			if (it->lo)
				ok &= case_value(S, &it->lo, e->type, &lo);
			if (!it->range)
				it->hi = it->lo, hi = lo;
			else if (it->hi && ok)
				ok &= case_value(S, &it->hi, e->type, &hi);
			if (!ok) {
				bad = 1;
				continue;
			}
			if (lo > hi)
				continue; /* matches nothing */
			for (int r = 0; r < nr; r++)
				if (rcase[r] != i && lo <= rng[r][1] && rng[r][0] <= hi) {
					ir_error(it->loc, "this CASE value overlaps the CASE at line %d", rloc[r].line);
					bad = 1;
					break;
				}
			rng[nr][0] = lo;
			rng[nr][1] = hi;
			rloc[nr] = it->loc;
			rcase[nr++] = i;
		}
	free(rng);
	free(rloc);
	free(rcase);
	if (bad)
		return;
	IntCases ic = {tested_value(S, e, "selector"), logical, 0};
	cases_to_ifs(S, s, int_item, &ic);
}

/* `FP-LOOP [state [, state]...] [tol=r] [maxiter=n]`: the state may be quoted (Tapenade's
 * `!$AD FP-LOOP "z"`), blanks or commas separate the words. */
static void read_fploop(Sema *S, IrDirective *d)
{
	const char *t = d->text + strlen("fp-loop");
	IrVec names = {0};
	for (;;) {
		while (*t == ' ' || *t == '\t' || *t == ',' || *t == '"' || *t == '\'')
			t++;
		if (!*t)
			break;
		size_t n = 0;
		while (t[n] && t[n] != ' ' && t[n] != '\t' && t[n] != ',' && t[n] != '"' && t[n] != '\'')
			n++;
		const char *w = t, *eq = memchr(w, '=', n);
		t += n;
		if (eq) {
			const char *key = ir_strlower(S->a, ir_strndup(S->a, w, (size_t)(eq - w)));
			char *val = ir_strndup(S->a, eq + 1, n - (size_t)(eq - w) - 1);
			char *end;
			if (!strcmp(key, "tol")) {
				for (char *c = val; *c; c++) /* Fortran's 1d-10 */
					if (*c == 'd' || *c == 'D')
						*c = 'e';
				d->tol = strtod(val, &end);
				if (end == val || *end || !(d->tol > 0 && d->tol < 1))
					ir_error(d->loc, "!$AD FP-LOOP: tol=%s is not a relative tolerance between 0 and 1", val);
			} else if (!strcmp(key, "maxiter")) {
				long v = strtol(val, &end, 10);
				if (end == val || *end || v < 1 || v > 100000000)
					ir_error(d->loc, "!$AD FP-LOOP: maxiter=%s is not a positive iteration count", val);
				d->maxiter = (int)v;
			} else {
				ir_error(d->loc, "!$AD FP-LOOP: unknown option '%s' (the options are tol=r and maxiter=n)", key);
			}
			continue;
		}
		const char *name = ir_strlower(S->a, ir_strndup(S->a, w, n));
		IrSym *v = sema_lookup(S, S->unit, name);
		if (!v || v->kind == SYM_PARAM || v->kind == SYM_PROC || !ir_base_is_real(v->type))
			ir_error(d->loc, "!$AD FP-LOOP: '%s' is not a REAL variable (name the loop's state: !$AD FP-LOOP z)",
			         name);
		else
			ir_vec_push(S->a, &names, v);
	}
	d->state = (IrSym **)names.v;
	d->nstate = names.n;
}

/* `LINEAR-SOLVE x=u b=r apply=name symmetric|transpose=name` before a CALL that solves A u = r:
 * words separated by blanks or commas, in any order. The routine is looked up by reverse mode (ad/reverse.c). */
static void read_linsolve(Sema *S, IrDirective *d)
{
	const char *t = d->text + strlen("linear-solve");
	int symmetric = 0;
	for (;;) {
		while (*t == ' ' || *t == '\t' || *t == ',')
			t++;
		if (!*t)
			break;
		size_t n = 0;
		while (t[n] && t[n] != ' ' && t[n] != '\t' && t[n] != ',')
			n++;
		const char *w = ir_strlower(S->a, ir_strndup(S->a, t, n)), *eq = strchr(w, '=');
		t += n;
		if (!eq) {
			if (!strcmp(w, "symmetric"))
				symmetric = 1;
			else
				ir_error(d->loc,
				         "!$AD LINEAR-SOLVE: unknown word '%s' (write x=solution b=right-hand-side "
				         "apply=routine symmetric)",
				         w);
			continue;
		}
		const char *key = ir_strndup(S->a, w, (size_t)(eq - w)), *val = eq + 1;
		if (!strcmp(key, "apply") || !strcmp(key, "transpose")) {
			*(key[0] == 'a' ? &d->ls_apply : &d->ls_transpose) = val;
			continue;
		}
		if (strcmp(key, "x") && strcmp(key, "b")) {
			ir_error(d->loc, "!$AD LINEAR-SOLVE: unknown option '%s' (the options are x=, b=, apply= and transpose=)",
			         key);
			continue;
		}
		IrSym *v = sema_lookup(S, S->unit, val);
		if (!v || v->kind == SYM_PARAM || v->kind == SYM_PROC || !ir_base_is_real(v->type)) {
			ir_error(d->loc, "!$AD LINEAR-SOLVE: %s=%s is not a REAL variable of %s", key, val, S->unit->name);
			return;
		}
		if (!strcmp(key, "x"))
			d->ls_x = v;
		else
			d->ls_b = v;
	}
	if (!d->ls_x || !d->ls_b || !d->ls_apply)
		ir_error(d->loc,
		         "!$AD LINEAR-SOLVE needs the solution, the right-hand side and the routine that applies the "
		         "matrix: !$AD LINEAR-SOLVE x=u b=r apply=matvec symmetric");
	else if (!symmetric && !d->ls_transpose)
		ir_error(d->loc,
		         "!$AD LINEAR-SOLVE: the adjoint solves A^T lambda = ub with the same solver: write 'symmetric' if A "
		         "is, or transpose=routine naming a routine y = A^T x, or remove the directive to tape the solver");
	else if (symmetric && d->ls_transpose)
		ir_error(d->loc, "!$AD LINEAR-SOLVE: 'symmetric' and transpose=%s: write one of them", d->ls_transpose);
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
				d->args[k] = sema_value_expr(S, d->args[k]);
				if (!ir_base_is_int(d->args[k]->type))
					ir_error(d->args[k]->loc, "BINOMIAL-CKP arguments must be integers");
				else
					d->args[k] = ir_convert(S->a, d->args[k], TY_INT);
			}
			break;
		case DIR_CHECKPOINT_START:
		case DIR_CHECKPOINT_END: break; /* pairing is checked per block */
		case DIR_EXTERNAL: break;       /* read before the bodies (sema_ext.c) */
		case DIR_FPLOOP:
			for (int k = 0; k < s->ndirs; k++)
				if (s->dirs[k]->kind == DIR_BINOMIAL)
					ir_error(d->loc,
					         "a loop cannot be both an FP-LOOP and a BINOMIAL-CKP loop: keep one directive");
			if (s->kind != IR_DO && s->kind != IR_DOWHILE)
				ir_error(
				        d->loc,
				        "!$AD FP-LOOP must be followed by a DO loop (DO WHILE, or a counted DO that EXIT leaves on convergence)");
			else
				read_fploop(S, d);
			break;
		case DIR_LINSOLVE:
			if (s->kind != IR_CALL)
				ir_error(d->loc, "!$AD LINEAR-SOLVE must be followed by the CALL of the solver");
			else
				read_linsolve(S, d);
			break;
		case DIR_OTHER: {
			const char *near = fe_directive_near(d->text);
			if (near)
				ir_warning(d->loc, "unknown directive '!$AD %s' is ignored: did you mean %s?", d->text ? d->text : "",
				           near);
			else
				ir_warning(d->loc, "unknown directive '!$AD %s' is ignored", d->text ? d->text : "");
			break;
		}
		}
	}
}

/* IF / ELSE IF / ELSE, conditions [0, first) resolved already. An ELSE IF condition runs only
 * when the earlier ones are false: when it needs statements, the chain is split there
 * (ELSE; statements; IF ...). */
static void resolve_if_from(Sema *S, IrStmt *s, int first)
{
	for (int i = first; i < s->u.if_.ncond; i++) {
		IrBlock *outer = S->hoist, pre = {0};
		if (i > 0)
			S->hoist = &pre;
		s->u.if_.conds[i] = cond_expr(S, s->u.if_.conds[i], s->u.if_.from_where);
		S->hoist = outer;
		if (!pre.n)
			continue;
		resolve_if_from(S, ir_if_split(S->a, s, i, pre), 1);
		for (int k = 0; k < i; k++)
			sema_resolve_block(S, &s->u.if_.blocks[k]);
		return;
	}
	for (int i = 0; i < s->u.if_.ncond; i++)
		sema_resolve_block(S, &s->u.if_.blocks[i]);
	sema_resolve_block(S, &s->u.if_.else_);
}

/* The actual argument of an omitted OPTIONAL dummy d: a local of the caller that stands for no
 * argument (sym->absent), which the backend passes as NULL; it is never read or written otherwise. */
static IrExpr *absent_actual(Sema *S, const IrSym *d, IrLoc loc)
{
	IrSym *s = ir_sym_new(S->a, S->unit, ir_sprintf(S->a, "absent_%s_%d", d->name, S->unit->syms.n), SYM_LOCAL, loc);
	s->type = d->type;
	s->rank = d->rank;
	s->declared = 1;
	s->absent = 1;
	if (d->type == TY_CHAR) /* declared like any CHARACTER local; the hidden length passed is 0 */
		s->clen = ir_int_kind(S->a, 1, TY_INT8, loc);
	for (int k = 0; k < d->rank; k++)
		s->dims[k].hi = ir_int(S->a, 1, loc);
	return ir_var(S->a, s, NULL, 0, loc);
}

int sema_keyword_actuals(Sema *S, IrUnit *f, const char *name, IrExpr ***args, int *nargs, IrLoc loc)
{
	int n = *nargs, first = -1;
	IrExpr **v = *args;
	for (int i = n - 1; i >= 0; i--)
		if (v[i]->kind == IR_KEYWORD)
			first = i;
	int explicit_interface = f && !f->ext &&
	        ((f->parent && f->parent->kind == UNIT_MODULE) || f->host || sema_has_interface(S, S->unit, name));
	if (first < 0 && !explicit_interface) {
		/* Fortran needs the explicit interface to leave out an OPTIONAL argument (gfortran
		 * would pass garbage, not NULL, without one) */
		if (f && !f->ext && n < f->nargs)
			sema_declare_unit(S, f);
		if (f && !f->ext && n < f->nargs && f->args)
			for (int k = 0, pos = 0; k < f->nargs; k++)
				if (f->args[k] && !f->args[k]->extent_of && !f->args[k]->len_of && pos++ >= n &&
				    f->args[k]->optional) {
					ir_error(
					        loc,
					        "the call of '%s' leaves out its OPTIONAL argument '%s', which needs an explicit "
					        "interface: give it an INTERFACE block, make it a module procedure, or pass every argument",
					        name, f->args[k]->name);
					return 0;
				}
		return 1;
	}
	if (first >= 0 && !f && sema_find_generic(S, S->unit, name)) {
		ir_error(v[first]->loc,
		         "keyword arguments in a reference to the generic '%s' are not supported: pass the arguments in order",
		         name);
		return 0;
	}
	if (!explicit_interface) {
		ir_error(v[first]->loc,
		         "keyword arguments in a call %s '%s' need an explicit interface: give it an INTERFACE block, make "
		         "it a module procedure, or pass the arguments in order",
		         f ? "of the external procedure" : "of", name);
		return 0;
	}
	sema_declare_unit(S, f);
	/* f's dummies as written (not the hidden extents and lengths sema adds) */
	IrSym **dum = ir_alloc(S->a, sizeof *dum * (size_t)(f->nargs + 1));
	int nd = 0;
	for (int i = 0; i < f->nargs; i++)
		if (f->args[i] && !f->args[i]->extent_of && !f->args[i]->len_of && !f->args[i]->alloc_of &&
		    f->args[i] != f->array_result)
			dum[nd++] = f->args[i];
	if (first < 0) {
		/* positional only: trailing OPTIONAL dummies may be left out (any other count is
		 * sema_bind_actuals' to report) */
		if (n >= nd)
			return 1;
		for (int k = n; k < nd; k++)
			if (!dum[k]->optional)
				return 1;
	}
	IrExpr **r = ir_alloc(S->a, sizeof *r * (size_t)(nd + 1));
	for (int i = 0; i < n; i++) {
		int pos = i;
		if (v[i]->kind == IR_KEYWORD) {
			pos = -1;
			for (int k = 0; k < nd; k++) {
				int ap = dum[k]->argpos; /* a VALUE dummy's hidden x_value is still called x */
				if (!strcmp(dum[k]->name, v[i]->u.kw.name) ||
				    (f->argnames && ap >= 0 && ap < f->nargs && f->argnames[ap] &&
				     !strcmp(f->argnames[ap], v[i]->u.kw.name)))
					pos = k;
			}
			if (pos < 0) {
				ir_error(v[i]->loc, "'%s' has no dummy argument '%s'", name, v[i]->u.kw.name);
				return 0;
			}
		} else if (first >= 0 && i > first) {
			ir_error(v[i]->loc, "an argument without a keyword cannot follow a keyword argument");
			return 0;
		} else if (i >= nd) {
			ir_error(v[i]->loc, "too many arguments in the call of '%s' (it has %d)", name, nd);
			return 0;
		}
		if (r[pos]) {
			ir_error(v[i]->loc, "the dummy argument '%s' of '%s' is given twice", dum[pos]->name, name);
			return 0;
		}
		r[pos] = v[i]->kind == IR_KEYWORD ? v[i]->u.kw.e : v[i];
	}
	for (int k = 0; k < nd; k++) {
		if (r[k])
			continue;
		if (!dum[k]->optional) {
			ir_error(loc, "the call of '%s' does not give its dummy argument '%s', which is not OPTIONAL", name,
			         dum[k]->name);
			return 0;
		}
		r[k] = absent_actual(S, dum[k], loc);
	}
	*args = r;
	*nargs = nd;
	return 1;
}

static void resolve_stmt(Sema *S, IrStmt *s)
{
	check_directives(S, s);
	switch (s->kind) {
	case IR_ASSIGN: {
		IrExpr *l = s->u.assign.lhs;
		if (s->u.assign.mask_fill) {
			IrExpr *m = sema_resolve_expr(S, s->u.assign.rhs);
			sema_mask_fill(S, s, l->kind == IR_VAR ? l : sema_resolve_expr(S, l), m);
			break;
		}
		if (l->kind == IR_REF && l->u.ref.has_parens) {
			IrSym *sym = sema_lookup(S, S->unit, l->u.ref.name);
			int substring = !strcmp(l->u.ref.name, "stad_substr") ||
			        (sym && sym->type == TY_CHAR && l->u.ref.nargs == 1 && l->u.ref.args[0]->kind == IR_TRIPLET);
			if (!substring && (!sym || sym->rank == 0)) {
				if (sym && sym->kind == SYM_RESULT)
					ir_error(l->loc, "'%s' is not an array", l->u.ref.name);
				else
					ir_error(
					        l->loc,
					        "'%s' is not an array (a statement function must come before the first executable "
					        "statement)",
					        l->u.ref.name);
				return;
			}
		}
		if (l->kind == IR_REF && !l->u.ref.has_parens) {
			IrSym *sym = sema_lookup(S, S->unit, l->u.ref.name);
			if (sym && sym->kind == SYM_PROC) {
				ir_error(l->loc, "cannot assign to procedure '%s'", l->u.ref.name);
				return;
			}
		}
		IrExpr *lhs = sema_resolve_expr(S, l);
		IrExpr *rhs = s->u.assign.rhs->kind == IR_ARRAYCON && lhs->type == TY_CHAR && sema_rank(lhs)
		        ? sema_char_constructor(S, s->u.assign.rhs) /* names = ['ab', 'cd'] */
		        : sema_resolve_expr(S, s->u.assign.rhs);
		IrExpr *mask = s->u.assign.mask ? sema_resolve_expr(S, s->u.assign.mask) : NULL;
		s->u.assign.mask = NULL;
		if (mask && !(lhs->kind == IR_VAR && sema_rank(lhs))) {
			ir_error(lhs->loc, "the variable assigned inside WHERE must be an array");
			return;
		}
		if (!mask && lhs->kind == IR_VAR && !lhs->u.var.nidx && lhs->u.var.sym->allocatable && sema_rank(rhs) &&
		    !sema_alloc_same_shape(rhs, lhs->u.var.sym) && !sema_alloc_realloc(S, lhs, &rhs, s->loc))
			return; /* Fortran 2003 reallocates `a = array` when the shapes differ */
		if (lhs->kind == IR_VAR && sema_rank(lhs)) {
			sema_array_assign(S, s, lhs, rhs, mask);
			return;
		}
		if (!is_assignable(S, lhs))
			return;
		if (sema_rank(rhs)) {
			ir_error(rhs->loc, "an array cannot be assigned to the scalar '%s'", lhs->u.var.sym->name);
			return;
		}
		if (lhs->type == TY_CHAR || rhs->type == TY_CHAR) {
			if (lhs->type != rhs->type) {
				ir_error(s->loc, "a %s value is assigned to the %s '%s'", ir_base_name(rhs->type),
				         ir_base_name(lhs->type), lhs->u.var.sym->name);
				return;
			}
			s->u.assign.lhs = lhs;
			s->u.assign.rhs = rhs;
			break;
		}
		s->u.assign.lhs = lhs;
		s->u.assign.rhs = assign_convert(S, rhs, lhs->type, s->loc);
		break;
	}
	case IR_IF:
		if (s->u.if_.where)
			sema_where(S, s);
		else
			resolve_if_from(S, s, 0);
		break;
	case IR_DO: {
		if (s->u.do_.concurrent)
			sema_do_concurrent(S, s); /* then resolved as the DO loops it is */
		if (s->u.do_.forall) {
			sema_forall(S, s);
			break;
		}
		IrExpr *v = sema_resolve_expr(S, s->u.do_.var);
		int bad_var = v->kind != IR_VAR || v->u.var.nidx || v->u.var.sym->rank || !ir_base_is_int(v->type);
		if (bad_var) {
			if (!v->failed && ir_base_is_real(v->type) && v->kind == IR_VAR && !v->u.var.nidx && !v->u.var.sym->rank)
				ir_error(
				        s->u.do_.var->loc,
				        "the DO variable '%s' is REAL (deleted from Fortran in F2008): count with an INTEGER and "
				        "compute '%s' from it (DO I = 0, 4; %s = 0.25D0 * I)",
				        v->u.var.sym->name, v->u.var.sym->name, v->u.var.sym->name);
			else if (!v->failed)
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
			IrExpr *x = sema_value_expr(S, *parts[k]);
			if (!ir_base_is_int(x->type)) {
				if (!bad_var) /* a REAL DO variable was said; its bounds are REAL too */
					ir_error(x->loc, "DO loop bounds must be integers");
				x = ir_int(S->a, 1, x->loc);
			}
			/* the iteration count is computed in the DO variable's kind */
			*parts[k] = ir_base_is_int(v->type) ? ir_convert(S->a, x, v->type) : x;
		}
		Const st;
		if (s->u.do_.step && sema_const_of(s->u.do_.step, &st) && st.i == 0)
			ir_error(s->u.do_.step->loc, "the DO loop step is zero");
		S->loopdepth++;
		sema_resolve_block(S, &s->u.do_.body);
		S->loopdepth--;
		break;
	}
	case IR_DOWHILE: {
		IrBlock *outer = S->hoist, pre = {0};
		S->hoist = &pre;
		s->u.dowhile.cond = cond_expr(S, s->u.dowhile.cond, 0);
		S->hoist = outer;
		S->loopdepth++;
		sema_resolve_block(S, &s->u.dowhile.body);
		S->loopdepth--;
		if (pre.n) {
			/* DO WHILE (c) with c needing statements: DO WHILE (.true.); pre; IF (.NOT. c) EXIT;
			 * body — evaluated at every test, CYCLE included */
			IrBlock nb = {0};
			IrLoc L = s->u.dowhile.cond->loc;
			for (int k = 0; k < pre.n; k++)
				ir_block_add(S->a, &nb, pre.v[k]);
			IrStmt *ex = ir_stmt_new(S->a, IR_IF, L);
			ex->u.if_.ncond = 1;
			ex->u.if_.conds = ir_alloc(S->a, sizeof *ex->u.if_.conds);
			ex->u.if_.blocks = ir_alloc(S->a, sizeof *ex->u.if_.blocks);
			ex->u.if_.conds[0] = ir_unop(S->a, IR_NOT, s->u.dowhile.cond, L);
			ex->u.if_.logical_if = 1;
			ir_block_add(S->a, &ex->u.if_.blocks[0], ir_stmt_new(S->a, IR_EXIT, L));
			ir_block_add(S->a, &nb, ex);
			for (int k = 0; k < s->u.dowhile.body.n; k++)
				ir_block_add(S->a, &nb, s->u.dowhile.body.v[k]);
			s->u.dowhile.cond = ir_logical(S->a, 1, L);
			s->u.dowhile.body = nb;
		}
		break;
	}
	case IR_EXIT:
	case IR_CYCLE:
		if (!S->loopdepth)
			ir_error(s->loc, "%s outside a DO loop", s->kind == IR_EXIT ? "EXIT" : "CYCLE");
		break;
	case IR_CALL: {
		if (s->u.call.name[0] == '%') {
			sema_alloc_stmt(S, s);
			break;
		}
		if (sema_refuse_use_clash(S, S->unit, s->u.call.name, s->loc))
			break;
		IrUnit *f = sema_find_proc(S, S->unit, s->u.call.name);
		if (!f && !sema_find_generic(S, S->unit, s->u.call.name) && sema_intrinsic_sub(S, s))
			break;
		if (!sema_keyword_actuals(S, f, s->u.call.name, &s->u.call.args, &s->u.call.nargs, s->loc))
			return;
		for (int i = 0; i < s->u.call.nargs; i++)
			s->u.call.args[i] = sema_resolve_expr(S, s->u.call.args[i]);
		const IrGeneric *g = f ? NULL : sema_find_generic(S, S->unit, s->u.call.name);
		if (g) {
			f = sema_generic_specific(S, S->unit, g, s->u.call.args, s->u.call.nargs, s->loc);
			if (!f)
				break;
			s->u.call.name = f->name;
			/* the specific's trailing OPTIONAL dummies left out */
			if (!sema_keyword_actuals(S, f, f->name, &s->u.call.args, &s->u.call.nargs, s->loc))
				return;
		}
		if (!f && !ir_intrinsic_lookup(s->u.call.name))
			f = sema_passive_unit(S, s->u.call.name, 0, TY_NONE, s->u.call.args, s->u.call.nargs, s->loc);
		if (!f) {
			const IrUnit *pm = sema_private_in(S, S->unit, s->u.call.name);
			if (pm)
				ir_error(s->loc, "subroutine '%s' is PRIVATE in module '%s'", s->u.call.name, pm->name);
			else if (ir_intrinsic_lookup(s->u.call.name))
				ir_error(s->loc, "'%s' is a function, not a subroutine", s->u.call.name);
			else
				sema_report_undefined(S, s->u.call.name, 0, s->loc);
			break;
		}
		if (f->kind != UNIT_SUBROUTINE || f->array_result) {
			ir_error(s->loc, "'%s' is a function, not a subroutine", s->u.call.name);
			break;
		}
		if (f == S->unit && !f->recursive) {
			ir_error(s->loc, "'%s' calls itself but is not RECURSIVE: " SEMA_RECURSION_ADVICE, s->u.call.name,
			         "SUBROUTINE");
			break;
		}
		sema_declare_unit(S, f);
		if (f->elemental && sema_elemental_call(S, s, f))
			break;
		s->u.call.callee = f;
		sema_bind_actuals(S, f, &s->u.call.args, &s->u.call.nargs, s->loc, &S->after);
		break;
	}
	case IR_RETURN:
		if (S->unit->kind == UNIT_PROGRAM)
			ir_error(s->loc, "RETURN in a main program");
		break;
	case IR_PRINT:
		if (s->u.print.io == IO_FORMAT || s->u.print.io == IO_BEGIN || s->u.print.io == IO_END || s->u.print.lowered)
			break; /* FORMAT; made by sema_io.c, resolved */
		if (s->u.print.io != IO_LIST && s->u.print.io != IO_ITEMS) {
			sema_io(S, s);
			break;
		}
		for (int i = 0; i < s->u.print.nitems; i++) {
			s->u.print.items[i] = sema_resolve_expr(S, s->u.print.items[i]);
			if (s->u.print.items[i]->type == TY_CHAR)
				sema_char_plain(S, &s->u.print.items[i]);
		}
		sema_print_arrays(S, s);
		break;
	case IR_STOP:
		if (s->u.stop.code) {
			s->u.stop.code = sema_value_expr(S, s->u.stop.code);
			if (!ir_base_is_int(s->u.stop.code->type) && s->u.stop.code->type != TY_CHAR)
				ir_error(s->loc, "STOP code must be an integer or a string");
		}
		break;
	case IR_BLOCK: sema_resolve_block(S, &s->u.block); break;
	case IR_GOTO: lower_goto(S, s); break;
	case IR_SELECT: lower_select(S, s); break;
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
					ir_error(d->loc,
					         "!$AD CHECKPOINT-START inside another checkpointed region (opened at line %d)",
					         openloc.line);
				open = 1;
				openloc = d->loc;
			} else if (d->kind == DIR_CHECKPOINT_END) {
				if (!open)
					ir_error(d->loc,
					         "!$AD CHECKPOINT-END without a matching CHECKPOINT-START in the same block");
				open = 0;
			}
		}
	}
	if (open)
		ir_error(openloc, "!$AD CHECKPOINT-START without a matching CHECKPOINT-END in the same block");
}

/* The directives of s that are about a region (they move to the first statement placed
 * before s, so that the region holds everything s became). */
static void move_region_dirs(Sema *S, IrStmt *s, IrStmt *first)
{
	int nr = 0;
	for (int k = 0; k < s->ndirs; k++)
		nr += s->dirs[k]->kind == DIR_CHECKPOINT_START || s->dirs[k]->kind == DIR_CHECKPOINT_END;
	if (!nr)
		return;
	IrDirective **r = ir_alloc(S->a, sizeof *r * (size_t)nr), **keep = ir_alloc(S->a, sizeof *keep * (size_t)s->ndirs);
	int n = 0, m = 0;
	for (int k = 0; k < s->ndirs; k++) {
		IrDirective *d = s->dirs[k];
		if (d->kind == DIR_CHECKPOINT_START || d->kind == DIR_CHECKPOINT_END)
			r[n++] = d;
		else
			keep[m++] = d;
	}
	first->dirs = r;
	first->ndirs = n;
	s->dirs = keep;
	s->ndirs = m;
}

void sema_resolve_stmt_again(Sema *S, IrStmt *s)
{
	resolve_stmt(S, s);
}

void sema_resolve_block(Sema *S, IrBlock *b)
{
	IrBlock nb = {0};
	for (int i = 0; i < b->n; i++) {
		IrBlock outer = S->before, outer_after = S->after;
		IrVec outer_temps = S->alloc_temps;
		IrBlock *outer_hoist = S->hoist;
		int outer_stmt = S->stmt;
		S->before = (IrBlock){0};
		S->after = (IrBlock){0};
		S->alloc_temps = (IrVec){0};
		S->hoist = &S->before;
		S->stmt = 1;
		resolve_stmt(S, b->v[i]);
		if (S->before.n)
			move_region_dirs(S, b->v[i], S->before.v[0]);
		IrStmt *s = b->v[i];
		if (S->before.n && s->label) {
			/* a GO TO its label must run what it computes first */
			((IrStmt *)S->before.v[0])->label = s->label;
			s->label = 0;
		}
		for (int k = 0; k < S->before.n; k++)
			ir_block_add(S->a, &nb, S->before.v[k]);
		ir_block_add(S->a, &nb, b->v[i]);
		for (int k = 0; k < S->after.n; k++)
			ir_block_add(S->a, &nb, S->after.v[k]);
		sema_alloc_temps_free(S, &nb);
		S->before = outer;
		S->after = outer_after;
		S->alloc_temps = outer_temps;
		S->hoist = outer_hoist;
		S->stmt = outer_stmt;
	}
	*b = nb;
	check_regions(b);
}
