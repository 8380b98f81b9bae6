/*
 * nodes.c — constructors the grammar calls: literals, references, operators, statements,
 * types, attributes, entities and declarations, each checking what only it can check (a
 * literal's kind, a rank above 7, '*' in the wrong dimension) and refusing the rest of the
 * language with "... is not supported".
 */
#include "fe_int.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- lists */

IrVec *fe_list(FeParser *p, void *first)
{
	IrVec *l = ir_alloc(p->a, sizeof *l);
	if (first)
		ir_vec_push(p->a, l, first);
	return l;
}

/* NULL items (refused ones) are left out. */
IrVec *fe_append(FeParser *p, IrVec *l, void *x)
{
	if (x)
		ir_vec_push(p->a, l, x);
	return l;
}

static IrExpr **expr_array(FeParser *p, const IrVec *l, int *n)
{
	*n = l ? l->n : 0;
	if (!*n)
		return NULL;
	IrExpr **v = ir_alloc(p->a, sizeof *v * (size_t)*n);
	for (int i = 0; i < *n; i++)
		v[i] = l->v[i];
	return v;
}

/* ---------------------------------------------------------------- literals */

/* Split "digits_kind" at the kind suffix; returns the kind (NULL if none). */
static const char *kind_suffix(const char *text, size_t *len)
{
	const char *u = strchr(text, '_');
	*len = u ? (size_t)(u - text) : strlen(text);
	return u ? u + 1 : NULL;
}

static int all_digits(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

IrExpr *fe_int_const(FeParser *p, const char *text, IrLoc loc)
{
	text = ir_strlower(p->a, text); /* 2_IK is 2_ik */
	size_t n;
	const char *kind = kind_suffix(text, &n);
	IrBase type = TY_INT;
	if (kind && all_digits(kind)) {
		const char *why = NULL;
		type = fe_kind_type(p->a, TY_INT, strlen(kind) > 3 ? 0 : atoi(kind), &why);
		if (type == TY_NONE) {
			fe_refuse(p, loc, ir_sprintf(p->a, "INTEGER(%s) constants are not supported", kind));
			type = TY_INT;
		}
	}
	int64_t v = 0, max = type == TY_INT8 || (kind && !all_digits(kind)) ? INT64_MAX : INT32_MAX;
	for (size_t i = 0; i < n; i++) {
		int d = text[i] - '0';
		if (v > (max - d) / 10) {
			fe_refuse(p, loc,
			          ir_sprintf(p->a, "integer constant %.*s is too large for INTEGER%s", (int)n, text,
			                     max == INT64_MAX ? "(8)" : ""));
			v = 0;
			break;
		}
		v = v * 10 + d;
	}
	IrExpr *e = ir_int_kind(p->a, v, type, loc);
	if (kind && !all_digits(kind))
		e->u.real.kind_name = kind; /* 2_ik: sema looks ik up */
	return e;
}

/* 1.5, 1.5e3, 1.5d0, .5, 2d0, 1.0_8, 1.0_dp; the text is kept lower-cased for exact printing. */
IrExpr *fe_real_const(FeParser *p, const char *text, IrLoc loc)
{
	char *low = ir_strlower(p->a, text);
	size_t n;
	const char *kind = kind_suffix(low, &n);
	char *num = ir_strndup(p->a, low, n);
	IrBase type = kind ? TY_REAL4 : ir_default_real;
	for (char *c = num; *c; c++) {
		if (*c == 'd') {
			*c = 'e';
			type = TY_REAL8;
		}
	}
	if (kind) {
		const char *why = NULL;
		if (type == TY_REAL8)
			fe_refuse(p, loc, "a real constant cannot have both a D exponent and a kind");
		else if (all_digits(kind) &&
		         (type = fe_kind_type(p->a, TY_REAL4, strlen(kind) > 3 ? 0 : atoi(kind), &why)) == TY_NONE) {
			fe_refuse(p, loc, ir_sprintf(p->a, "REAL(%s) constants are not supported", kind));
			type = TY_REAL4;
		}
	}
	double v = strtod(num, NULL);
	if (!isfinite(v) || (type == TY_REAL4 && fabs(v) > FLT_MAX && !(kind && !all_digits(kind)))) {
		fe_refuse(p, loc, ir_sprintf(p->a, "real constant %s is out of range", low));
		v = 0;
	}
	IrExpr *e = ir_real(p->a, v, low, type, loc);
	if (kind && !all_digits(kind))
		e->u.real.kind_name = kind; /* 1.0_dp: sema looks dp up */
	return e;
}

/* A character constant without its quotes, doubled quotes undone, `&` continuations removed. */
IrExpr *fe_str_const(FeParser *p, const char *text, IrLoc loc)
{
	size_t n = strlen(text);
	char q = text[0];
	char *s = ir_alloc(p->a, n + 1);
	size_t o = 0;
	for (size_t i = 1; i + 1 < n;) {
		char c = text[i];
		if (c == q && text[i + 1] == q) {
			s[o++] = q;
			i += 2;
			continue;
		}
		if (c == '&') {
			size_t j = i + 1;
			while (j < n &&
			       (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == '\f' || text[j] == '\v'))
				j++;
			if (j < n && text[j] == '\n') {
				j++;
				size_t k = j;
				while (k < n && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r'))
					k++;
				i = k < n && text[k] == '&' ? k + 1 : j;
				continue;
			}
		}
		s[o++] = c;
		i++;
	}
	s[o] = 0;
	return ir_str(p->a, s, loc);
}

IrExpr *fe_log_const(FeParser *p, int v, IrLoc loc)
{
	return ir_logical(p->a, v, loc);
}

/* ---------------------------------------------------------------- references and operators */

IrExpr *fe_ref(FeParser *p, const char *name, IrVec *args, int has_parens, IrLoc loc)
{
	int n;
	IrExpr **v = expr_array(p, args, &n);
	return ir_ref(p->a, name, v, n, has_parens, loc);
}

IrExpr *fe_component(FeParser *p, IrExpr *base, const char *name, IrVec *args, IrLoc loc)
{
	IrExpr *e = ir_alloc(p->a, sizeof *e);
	e->kind = IR_COMPONENT;
	e->loc = loc;
	e->u.comp.base = base;
	e->u.comp.name = name;
	e->u.comp.args = expr_array(p, args, &e->u.comp.nargs);
	return e;
}

/* s%f(): a type-bound procedure referenced without arguments (sema refuses it, located). */
IrExpr *fe_bound_ref(FeParser *p, IrExpr *base, const char *name, IrLoc loc)
{
	IrExpr *e = fe_component(p, base, name, NULL, loc);
	e->u.comp.call = 1;
	return e;
}

/* CALL s%f(...): a type-bound procedure's call, refused; the statement stands as CONTINUE. */
IrStmt *fe_bound_call(FeParser *p, const char *base, const char *name, IrLoc loc)
{
	fe_refuse(p, loc,
	          ir_sprintf(p->a,
	                     "CALL %s%%%s calls a type-bound procedure, which is not supported: call the module "
	                     "procedure by its name with the structure as an argument, CALL %s(%s, ...)",
	                     base, name, name, base));
	return ir_stmt_new(p->a, IR_CONTINUE, loc);
}

/* lo:hi:st, located at its first colon. */
IrExpr *fe_triplet(FeParser *p, IrExpr *lo, IrExpr *hi, IrExpr *st, IrLoc loc)
{
	IrExpr *e = ir_alloc(p->a, sizeof *e);
	e->kind = IR_TRIPLET;
	e->loc = loc;
	e->u.triplet.lo = lo;
	e->u.triplet.hi = hi;
	e->u.triplet.st = st;
	return e;
}

IrExpr *fe_keyword(FeParser *p, const char *name, IrExpr *value, IrLoc loc)
{
	IrExpr *e = ir_alloc(p->a, sizeof *e);
	e->kind = IR_KEYWORD;
	e->loc = loc;
	e->u.kw.name = name;
	e->u.kw.e = value;
	return e;
}

static IrExpr *expr_list_node(FeParser *p, IrExprKind kind, IrVec *items, IrLoc loc)
{
	IrExpr *e = ir_alloc(p->a, sizeof *e);
	e->kind = kind;
	e->loc = loc;
	e->u.list.nitems = items ? items->n : 0;
	e->u.list.items = ir_alloc(p->a, sizeof *e->u.list.items * (size_t)(e->u.list.nitems + 1));
	for (int i = 0; i < e->u.list.nitems; i++)
		e->u.list.items[i] = items->v[i];
	return e;
}

IrExpr *fe_arraycon(FeParser *p, IrVec *items, IrLoc loc)
{
	return expr_list_node(p, IR_ARRAYCON, items, loc);
}

/* Each value of a constructor's list, implied DO's values too, converted by the intrinsic `conv`
 * to the kind `kind`. */
static void convert_items(FeParser *p, IrExpr **items, int n, const char *conv, IrExpr *kind)
{
	for (int i = 0; i < n; i++) {
		IrExpr *it = items[i];
		if (it->kind == IR_IMPLDO) {
			convert_items(p, it->u.list.items, it->u.list.nitems, conv, kind);
			continue;
		}
		IrVec *args = fe_list(p, it);
		fe_append(p, args, ir_expr_copy(p->a, kind));
		items[i] = fe_ref(p, conv, args, 1, it->loc);
	}
}

IrExpr *fe_arraycon_typed(FeParser *p, FeType t, IrVec *items, IrLoc loc)
{
	IrExpr *e = fe_arraycon(p, items, loc);
	if (t.type_name && !strcmp(t.type_name, IR_COMPLEX_TYPE)) {
		fe_refuse(p, t.loc, "a COMPLEX type-spec in an array constructor is not supported: write CMPLX(v, KIND=k) for each value");
		return e;
	}
	if (t.type_name) {
		fe_refuse(p, t.loc, "a derived-type type-spec in an array constructor is not supported: write the structure constructors without it");
		return e;
	}
	if (t.base == TY_CHAR) {
		if (t.clen.assumed) {
			fe_refuse(p, t.clen.loc, "CHARACTER(LEN=*) in an array constructor: give the length, CHARACTER(LEN=n) ::");
			return e;
		}
		e->u.list.clen = t.clen.len ? t.clen.len : ir_int(p->a, 1, loc);
		return e;
	}
	if (t.base == TY_NONE || t.base == TY_LOGICAL)
		return e; /* (refused at the type, or a LOGICAL: its one kind) */
	IrExpr *kind = t.kind;
	if (!kind) {
		int k = t.base == TY_INT8 || t.base == TY_REAL8 ? 8 : 4;
		kind = ir_int(p->a, k, loc);
	}
	convert_items(p, e->u.list.items, e->u.list.nitems, ir_base_is_int(t.base) ? "int" : "real", kind);
	return e;
}

IrEntity *fe_data_substring(FeParser *p, const char *name, IrLoc loc)
{
	fe_refuse(p, loc,
	          ir_sprintf(p->a,
	                     "a substring in DATA is not supported: give the whole variable its value, DATA %s /'...'/ "
	                     "(blank-padded), or assign the substring in the code",
	                     name));
	return fe_entity(p, name, NULL, NULL, loc);
}

IrExpr *fe_impldo(FeParser *p, IrVec *items, IrExpr *var, IrExpr *lo, IrExpr *hi, IrExpr *st, IrLoc loc)
{
	IrExpr *e = expr_list_node(p, IR_IMPLDO, items, loc);
	e->u.list.ido = ir_alloc(p->a, sizeof *e->u.list.ido);
	e->u.list.ido->var = var;
	e->u.list.ido->lo = lo;
	e->u.list.ido->hi = hi;
	e->u.list.ido->st = st;
	return e;
}

/* An implied DO in an output list is the array constructor [(items, i = lo, hi, st)]: sema
 * writes an array item's elements in order. */
IrExpr *fe_io_impldo(FeParser *p, IrVec *items, IrExpr *var, IrExpr *lo, IrExpr *hi, IrExpr *st, IrLoc loc)
{
	return fe_arraycon(p, fe_list(p, fe_impldo(p, items, var, lo, hi, st, loc)), loc);
}

IrExpr *fe_binop(FeParser *p, int op, IrExpr *a, IrExpr *b, IrLoc loc)
{
	return ir_binop(p->a, (IrOp)op, a, b, loc);
}

IrExpr *fe_sign(FeParser *p, int op, IrExpr *a, IrLoc loc)
{
	return op == IR_SUB ? ir_unop(p->a, IR_NEG, a, loc) : a;
}

IrExpr *fe_not(FeParser *p, IrExpr *a, IrLoc loc)
{
	return ir_unop(p->a, IR_NOT, a, loc);
}

/* Depth of an expression tree, walked with an explicit stack: the input may be hostile. */
int fe_expr_too_deep(const IrExpr *e)
{
	typedef struct {
		const IrExpr *e;
		int depth;
	} Item;
	if (!e)
		return 0;
	size_t cap = 64, n = 0;
	Item *st = malloc(cap * sizeof *st);
	if (!st)
		abort();
	st[n++] = (Item){e, 1};
	int deep = 0;
	while (n && !deep) {
		Item it = st[--n];
		if (it.depth > FE_MAX_EXPR_DEPTH) {
			deep = 1;
			break;
		}
		const IrExpr *kids[2] = {NULL, NULL};
		IrExpr *const *args = NULL;
		int nargs = 0;
		if (it.e->kind == IR_UNARY || it.e->kind == IR_BINARY) {
			kids[0] = it.e->u.op.a;
			kids[1] = it.e->u.op.b;
		} else if (it.e->kind == IR_REF) {
			args = it.e->u.ref.args;
			nargs = it.e->u.ref.nargs;
		}
		if (n + 2 + (size_t)nargs > cap) {
			cap = (n + 2 + (size_t)nargs) * 2;
			Item *g = realloc(st, cap * sizeof *st);
			if (!g)
				abort();
			st = g;
		}
		for (int k = 0; k < 2; k++)
			if (kids[k])
				st[n++] = (Item){kids[k], it.depth + 1};
		for (int k = 0; k < nargs; k++)
			if (args[k])
				st[n++] = (Item){args[k], it.depth + 1};
	}
	free(st);
	return deep;
}

/* ---------------------------------------------------------------- statements */

IrStmt *fe_assign(FeParser *p, IrExpr *lhs, IrExpr *rhs, IrLoc loc)
{
	return ir_assign(p->a, lhs, rhs, loc);
}

IrStmt *fe_call(FeParser *p, const char *name, IrVec *args, IrLoc loc)
{
	int n;
	IrExpr **v = expr_array(p, args, &n);
	return ir_call(p->a, name, v, n, loc);
}

IrStmt *fe_allocate(FeParser *p, int allocate, IrVec *args, IrLoc loc)
{
	return fe_call(p, allocate ? "%allocate" : "%deallocate", args, loc);
}

IrStmt *fe_simple(FeParser *p, IrStmtKind kind, IrLoc loc)
{
	return ir_stmt_new(p->a, kind, loc);
}

/* PRINT *, items (fmt NULL) or PRINT fmt, items: the latter is WRITE (*, fmt) items, and so is
 * PRINT * with an implied DO among its items (sema_io.c makes it a loop: its items may have
 * different types, which an array's elements cannot). */
IrStmt *fe_print(FeParser *p, IrExpr *fmt, IrVec *items, IrLoc loc)
{
	int impldo = 0;
	for (int i = 0; items && i < items->n; i++)
		impldo |= ir_is_io_impldo(items->v[i]);
	if (!fmt && impldo)
		fmt = fe_keyword(p, "*", NULL, loc);
	if (!fmt) {
		IrStmt *s = ir_stmt_new(p->a, IR_PRINT, loc);
		s->u.print.items = expr_array(p, items, &s->u.print.nitems);
		return s;
	}
	IrVec *ctl = fe_list(p, fe_keyword(p, "*", NULL, loc));
	IrStmt *s = fe_io(p, IO_WRITE, fe_append(p, ctl, fmt), items, loc);
	s->u.print.what = "PRINT";
	return s;
}

static const char *const io_names[] = {
        [IO_WRITE] = "WRITE",   [IO_READ] = "READ",   [IO_INQUIRE] = "INQUIRE",     [IO_OPEN] = "OPEN",      [IO_CLOSE] = "CLOSE",
        [IO_REWIND] = "REWIND", [IO_FLUSH] = "FLUSH", [IO_BACKSPACE] = "BACKSPACE", [IO_ENDFILE] = "ENDFILE"};

/* WRITE, OPEN, CLOSE, REWIND, FLUSH: the control list first (nctl of them), then the items;
 * sema reads the control list. */
IrStmt *fe_io(FeParser *p, int io, IrVec *ctl, IrVec *items, IrLoc loc)
{
	IrStmt *s = ir_stmt_new(p->a, IR_PRINT, loc);
	IrVec all = {0};
	for (int i = 0; ctl && i < ctl->n; i++)
		ir_vec_push(p->a, &all, ctl->v[i]);
	for (int i = 0; items && i < items->n; i++)
		ir_vec_push(p->a, &all, items->v[i]);
	s->u.print.items = expr_array(p, &all, &s->u.print.nitems);
	s->u.print.io = io;
	s->u.print.nctl = ctl ? ctl->n : 0;
	s->u.print.what = io_names[io];
	return s;
}

/* READ *, items: READ (*, *) items. */
IrStmt *fe_read_star(FeParser *p, IrVec *items, IrLoc loc)
{
	IrVec *ctl = fe_list(p, fe_keyword(p, "*", NULL, loc));
	return fe_io(p, IO_READ, fe_append(p, ctl, fe_keyword(p, "*", NULL, loc)), items, loc);
}

/* FORMAT (text): kept as a statement with its label, the text for sema to find (classify.c
 * made the parenthesised text one string token). */
IrStmt *fe_format(FeParser *p, const char *text, IrLoc loc)
{
	IrStmt *s = ir_stmt_new(p->a, IR_PRINT, loc);
	IrVec v = {0};
	ir_vec_push(p->a, &v, fe_str_const(p, text, loc));
	s->u.print.items = expr_array(p, &v, &s->u.print.nitems);
	s->u.print.io = IO_FORMAT;
	s->u.print.nctl = 1;
	s->u.print.what = "FORMAT";
	return s;
}

IrStmt *fe_stop(FeParser *p, IrExpr *code, int error, IrLoc loc)
{
	IrStmt *s = ir_stmt_new(p->a, IR_STOP, loc);
	s->u.stop.code = code;
	s->u.stop.error = error;
	return s;
}

IrExpr *fe_label_ref(FeParser *p, const char *text, IrLoc loc)
{
	return ir_int(p->a, fe_do_label(p, text, loc), loc);
}

static IrStmt *goto_stmt(FeParser *p, IrGotoKind kind, IrExpr **labels, int n, IrExpr *expr, IrLoc loc)
{
	IrStmt *s = ir_stmt_new(p->a, IR_GOTO, loc);
	s->u.go.kind = kind;
	s->u.go.labels = ir_alloc(p->a, sizeof *s->u.go.labels * (size_t)n);
	s->u.go.nlabels = n;
	for (int i = 0; i < n; i++) {
		s->u.go.labels[i] = (int)labels[i]->u.ival;
		if (!s->u.go.labels[i])
			return NULL; /* an invalid label, reported */
	}
	s->u.go.expr = expr;
	return s;
}

IrStmt *fe_goto(FeParser *p, IrExpr *label, IrLoc loc)
{
	return goto_stmt(p, GOTO_PLAIN, &label, 1, NULL, loc);
}

IrStmt *fe_computed_goto(FeParser *p, IrVec *labels, IrExpr *index, IrLoc loc)
{
	return goto_stmt(p, GOTO_COMPUTED, (IrExpr **)labels->v, labels->n, index, loc);
}

IrStmt *fe_arith_if(FeParser *p, IrExpr *value, IrExpr *neg, IrExpr *zero, IrExpr *pos, IrLoc loc)
{
	IrExpr *labels[3] = {neg, zero, pos};
	return goto_stmt(p, GOTO_ARITH, labels, 3, value, loc);
}

IrCaseItem *fe_case_item(FeParser *p, IrExpr *lo, IrExpr *hi, int range, IrLoc loc)
{
	IrCaseItem *c = ir_alloc(p->a, sizeof *c);
	c->lo = lo;
	c->hi = hi;
	c->range = range;
	c->loc = loc;
	return c;
}

IrStmt *fe_logical_if(FeParser *p, IrExpr *cond, IrStmt *then, IrLoc loc)
{
	if (!then)
		return NULL;
	IrStmt *s = ir_stmt_new(p->a, IR_IF, loc);
	s->u.if_.conds = ir_alloc(p->a, sizeof(IrExpr *));
	s->u.if_.blocks = ir_alloc(p->a, sizeof(IrBlock));
	s->u.if_.conds[0] = cond;
	s->u.if_.ncond = 1;
	s->u.if_.logical_if = 1;
	ir_block_add(p->a, &s->u.if_.blocks[0], then);
	return s;
}

/* WHERE (mask) assignment: a WHERE construct of one statement. */
IrStmt *fe_where_stmt(FeParser *p, IrExpr *mask, IrStmt *then, IrLoc loc)
{
	IrStmt *s = fe_logical_if(p, mask, then, loc);
	if (s)
		s->u.if_.where = 1;
	return s;
}

/* `i = lo:hi[:st]` in a FORALL header: the index and its triplet. */
IrExpr *fe_forall_index(FeParser *p, const char *name, IrExpr *lo, IrExpr *hi, IrExpr *st, IrLoc loc)
{
	return fe_keyword(p, name, fe_triplet(p, lo, hi, st, loc), loc);
}

IrStmt *fe_do(FeParser *p, int label, const char *var, IrLoc varloc, IrExpr *lo, IrExpr *hi, IrExpr *step, IrLoc loc)
{
	IrStmt *s = ir_stmt_new(p->a, IR_DO, loc);
	s->u.do_.var = ir_ref(p->a, var, NULL, 0, 0, varloc);
	s->u.do_.lo = lo;
	s->u.do_.hi = hi;
	s->u.do_.step = step;
	s->u.do_.end_label = label;
	return s;
}

IrStmt *fe_dowhile(FeParser *p, int label, IrExpr *cond, IrLoc loc)
{
	(void)label; /* the builder keeps it: IR_DOWHILE has no field for it */
	IrStmt *s = ir_stmt_new(p->a, IR_DOWHILE, loc);
	s->u.dowhile.cond = cond;
	return s;
}

/* `*100` among a CALL's actuals: an alternate return, refused here once for the statement (the
 * call stays, with 0 in its place, so that the callee is reached and says nothing more). */
IrExpr *fe_alt_return_actual(FeParser *p, const char *label, IrLoc loc)
{
	fe_refuse(p, loc,
	          ir_sprintf(p->a,
	                     "alternate returns (*%s) are not supported: give the routine an INTEGER argument it sets "
	                     "(ierr = 1 and RETURN, for RETURN 1) and test it after the call (IF (ierr == 1) GO TO %s)",
	                     label, label));
	return ir_int(p->a, 0, loc);
}

void *fe_refused(FeParser *p, IrLoc loc, const char *what)
{
	fe_refuse(p, loc, what);
	return NULL;
}

/* A statement label: 1 to 5 digits, not all zero. */
int fe_do_label(FeParser *p, const char *text, IrLoc loc)
{
	int v = 0, n = 0, ok = 1;
	for (const char *c = text; *c && ok; c++) {
		if (*c < '0' || *c > '9' || ++n > 5)
			ok = 0;
		else
			v = v * 10 + (*c - '0');
	}
	if (!ok || v == 0) {
		fe_lex_error(p, loc, "invalid statement label '%s' (1 to 5 digits, not zero)", text);
		return 0;
	}
	return v;
}

/* ---------------------------------------------------------------- types and attributes */

FeKind fe_kind(FeParser *p, const char *digits, IrLoc loc)
{
	(void)p;
	FeKind k = {digits, NULL, loc, 1};
	return k;
}

/* A kind that is a plain integer literal is a number like REAL*8's; anything else waits for
 * sema. */
FeKind fe_kind_expr(FeParser *p, IrExpr *e, IrLoc loc)
{
	FeKind k = {NULL, e, loc, 0};
	if (e->kind == IR_CONST_INT && !e->u.real.kind_name && e->type == TY_INT && !e->paren) {
		k.text = ir_sprintf(p->a, "%lld", (long long)e->u.ival);
		k.expr = NULL;
	}
	return k;
}

FeKind fe_kind_none(void)
{
	FeKind k = {NULL, NULL, {NULL, 0, 0, NULL}, 0};
	return k;
}

IrBase fe_kind_type(IrArena *a, IrBase deflt, int64_t k, const char **why)
{
	static const struct {
		IrBase deflt, type;
		int kind;
	} kinds[] = {
	        {TY_INT, TY_INT, 4},     {TY_INT, TY_INT8, 8},        {TY_REAL4, TY_REAL4, 4},
	        {TY_REAL4, TY_REAL8, 8}, {TY_LOGICAL, TY_LOGICAL, 4},
	};
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (kinds[i].deflt == deflt && kinds[i].kind == k)
			return kinds[i].type;
	const char *word = deflt == TY_INT ? "INTEGER" : deflt == TY_REAL4 ? "REAL" : "LOGICAL";
	const char *has = deflt == TY_INT ? "INTEGER(4) and INTEGER(8)"
	        : deflt == TY_REAL4       ? "REAL(4) and REAL(8)"
	                                  : "LOGICAL(4)";
	const char *what = deflt == TY_REAL4 && k == 10 ? "long double; "
	        : deflt == TY_REAL4 && k == 16          ? "quad precision; "
	        : k <= 0                                ? "no such kind; "
	                                                : "";
	*why = ir_sprintf(a, "%s(%lld) is not supported (%sstad has %s)", word, (long long)k, what, has);
	return TY_NONE;
}

/* What each type word is without a kind, and the words refused whatever their kind. */
static const struct {
	const char *name;
	IrBase base;
	const char *refused; /* the whole type is refused */
} type_words[] = {
        [FE_TW_INTEGER] = {"INTEGER", TY_INT, NULL},           [FE_TW_REAL] = {"REAL", TY_REAL4, NULL},
        [FE_TW_DOUBLE] = {"DOUBLE PRECISION", TY_REAL8, NULL}, [FE_TW_LOGICAL] = {"LOGICAL", TY_LOGICAL, NULL},
        [FE_TW_COMPLEX] = {"COMPLEX", TY_REAL4, NULL},         [FE_TW_DCOMPLEX] = {"DOUBLE COMPLEX", TY_REAL8, NULL},
        [FE_TW_CHARACTER] = {"CHARACTER", TY_CHAR, NULL},      [FE_TW_TYPE] = {"TYPE", TY_NONE, NULL},
};

FeType fe_type(FeParser *p, int word, FeKind kind, IrLoc loc)
{
	FeType t = {TY_NONE, NULL, NULL, {NULL, 0, loc}, loc};
	if (word == FE_TW_TYPE) {
		const IrExpr *n = kind.expr;
		if (n && n->kind == IR_REF && !n->u.ref.has_parens)
			t.type_name = n->u.ref.name;
		else
			fe_refuse(p, loc, "TYPE must name a derived type: TYPE(name)");
		return t;
	}
	if (type_words[word].refused) {
		fe_refuse(p, loc, type_words[word].refused);
		return t;
	}
	if (word == FE_TW_COMPLEX || word == FE_TW_DCOMPLEX)
		t.type_name = IR_COMPLEX_TYPE; /* two reals of base's kind: sema_type.c */
	if (word == FE_TW_CHARACTER && (kind.text || kind.expr)) {
		fe_refuse(p, kind.loc, "CHARACTER takes a length (CHARACTER(LEN=n), CHARACTER*n), not a kind");
		return t;
	}
	if (!kind.text && !kind.expr) {
		t.base = type_words[word].base == TY_REAL4 ? ir_default_real : type_words[word].base;
		return t;
	}
	if (word == FE_TW_DOUBLE || word == FE_TW_DCOMPLEX) {
		fe_refuse(p, kind.loc, word == FE_TW_DOUBLE ? "DOUBLE PRECISION takes no kind" : "DOUBLE COMPLEX takes no kind");
		return t;
	}
	if (kind.expr) {
		t.base = type_words[word].base;
		t.kind = kind.expr;
		return t;
	}
	const char *why = NULL;
	int k = strlen(kind.text) > 3 ? 0 : atoi(kind.text);
	if (t.type_name && kind.star)
		k = k % 2 ? 0 : k / 2; /* COMPLEX*16: two parts of 8 bytes */
	t.base = fe_kind_type(p->a, type_words[word].base, k, &why);
	if (t.base == TY_NONE && t.type_name)
		fe_refuse(p, kind.loc,
		          ir_sprintf(p->a, "COMPLEX%s%s%s is not supported (stad has COMPLEX(4) and COMPLEX(8))",
		                     kind.star ? "*" : "(", kind.text, kind.star ? "" : ")"));
	else if (t.base == TY_NONE)
		fe_refuse(p, kind.loc, why);
	if (t.base == TY_NONE)
		t.type_name = NULL;
	return t;
}

FeCharLen fe_char_len(FeParser *p, IrExpr *len, IrLoc loc)
{
	(void)p;
	FeCharLen c = {len, !len, loc};
	return c;
}

/* CHARACTER(LEN=:): refused here, read as CHARACTER(*) so that nothing follows from it */
FeCharLen fe_char_len_deferred(FeParser *p, IrLoc loc)
{
	fe_refuse(p, loc,
	          "deferred-length CHARACTER (LEN=:) is not supported: give the variable a length, "
	          "CHARACTER(LEN=80), and TRIM it where it is used");
	return fe_char_len(p, NULL, loc);
}

/* `(re, im)`: the reference `(complex)(re, im)`, a name no Fortran program can spell, which
 * sema_complex.c expands into its parts. */
IrExpr *fe_complex_const(FeParser *p, IrExpr *re, IrExpr *im, IrLoc loc)
{
	IrExpr **args = ir_alloc(p->a, 2 * sizeof *args);
	args[0] = re;
	args[1] = im;
	return ir_ref(p->a, IR_COMPLEX_CONST, args, 2, 1, loc);
}

/* A complex constant among DATA values: refused (the value stands for it after the error). */
IrExpr *fe_data_complex(FeParser *p, IrLoc loc)
{
	fe_refuse(p, loc, "COMPLEX values in DATA are not supported (assign the variable in the executable part)");
	return ir_int(p->a, 0, loc);
}

IrExpr *fe_substring(FeParser *p, IrExpr *ref, IrExpr *range, IrLoc loc)
{
	IrExpr **args = ir_alloc(p->a, 2 * sizeof *args);
	args[0] = ref;
	args[1] = range;
	return ir_ref(p->a, "stad_substr", args, 2, 1, loc);
}

FeType fe_char_type(FeParser *p, FeCharLen len, IrLoc loc)
{
	(void)p;
	FeType t = {TY_CHAR, NULL, NULL, len, loc};
	return t;
}

IrEntity *fe_entity_len(FeParser *p, IrEntity *e, FeCharLen len)
{
	(void)p;
	e->clen = len.len;
	e->clen_assumed = len.assumed;
	return e;
}

FePrefix fe_prefix_none(void)
{
	FePrefix x = {TY_NONE, NULL, 0, 0, 0, {NULL, 0, 0, NULL}};
	return x;
}

FePrefix fe_prefix_type(FeParser *p, FePrefix acc, FeType t)
{
	if (t.type_name)
		fe_refuse(p, t.loc,
		          !strcmp(t.type_name, IR_COMPLEX_TYPE)
		                  ? "COMPLEX functions are not supported (make the result an argument of a subroutine)"
		                  : "functions of derived type are not supported (make the result an argument of a subroutine)");
	acc.type = t.base;
	if (t.base == TY_CHAR) {
		fe_refuse(p, t.loc, "CHARACTER functions are not supported (return the string through a CHARACTER argument)");
		acc.type = TY_NONE;
	}
	acc.kind = t.kind;
	acc.typed = 1;
	acc.loc = t.loc;
	return acc;
}

FePrefix fe_prefix_join(FeParser *p, FePrefix a, FePrefix b)
{
	int elemental = a.elemental || b.elemental, recursive = a.recursive || b.recursive;
	if (!b.typed) {
		a.elemental = elemental;
		a.recursive = recursive;
		return a;
	}
	if (a.typed)
		fe_refuse(p, b.loc, "a procedure can have only one type");
	b.elemental = elemental;
	b.recursive = recursive;
	return b;
}

FePrefix fe_prefix_recursive(void)
{
	FePrefix r = fe_prefix_none();
	r.recursive = 1;
	return r;
}

FePrefix fe_prefix_elemental(void)
{
	FePrefix r = fe_prefix_none();
	r.elemental = 1;
	return r;
}

FePrefix fe_prefix_bad(FeParser *p, FePrefix acc, const char *what, IrLoc loc)
{
	fe_refuse(p, loc, what);
	return acc;
}

FeAttr fe_attr(FeParser *p, int kind, int intent, IrVec *dims, IrLoc loc)
{
	(void)p;
	FeAttr a = {kind, intent, dims, loc};
	return a;
}

FeAttr fe_attr_bad(FeParser *p, const char *word, IrLoc loc)
{
	char *w = ir_strdup(p->a, word);
	for (char *c = w; *c; c++)
		if (*c >= 'a' && *c <= 'z')
			*c = (char)(*c - 'a' + 'A');
	if (!strcmp(w, "VALUE")) {
		FeAttr v = {FE_ATTR_VALUE, 0, NULL, loc};
		return v;
	}
	if (!strcmp(w, "PROTECTED") || !strcmp(w, "CONTIGUOUS") || !strcmp(w, "VOLATILE")) {
		/* Nothing to do for a program gfortran accepts: PROTECTED only forbids assignments outside
		 * the module, CONTIGUOUS dummies are what stad passes anyway (a non-contiguous actual
		 * section is copied in and out, sema_array.c), and VOLATILE is about changes from outside
		 * the program (another thread, a signal handler), which stad's serial C has none of */
		FeAttr ok = {FE_ATTR_TARGET, 0, NULL, loc};
		return ok;
	}
	if (p->cur_type && !strcmp(w, "POINTER"))
		fe_refuse(p, loc, "POINTER components are not supported; use ALLOCATABLE");
	else if (!strcmp(w, "POINTER")) {
		fe_refuse(p, loc, FE_POINTER_REFUSAL);
		p->pointer_refused = 1;
	} else
		fe_refuse(p, loc, ir_sprintf(p->a, "%s is not supported", w));
	FeAttr a = {FE_ATTR_BAD, 0, NULL, loc};
	return a;
}

/* ---------------------------------------------------------------- dimensions, entities, declarations */

IrDim *fe_dim(FeParser *p, IrExpr *lo, IrExpr *hi, IrLoc loc)
{
	(void)loc;
	IrDim *d = ir_alloc(p->a, sizeof *d);
	d->lo = lo;
	d->hi = hi;
	return d;
}

/* `:` or `lo:`: assumed shape for a dummy (sema refuses it elsewhere). */
IrDim *fe_dim_deferred(FeParser *p, IrExpr *lo, IrLoc loc)
{
	IrDim *d = fe_dim(p, lo, NULL, loc);
	d->assumed_shape = 1;
	return d;
}

/* Copy a list of IrDim* into a fixed array: rank at most 7, '*' only last. */
static void set_dims(FeParser *p, IrDim *dst, int *rank, const IrVec *dims, IrLoc loc)
{
	*rank = 0;
	if (!dims)
		return;
	if (dims->n > IR_MAX_RANK) {
		fe_refuse(p, loc, ir_sprintf(p->a, "arrays of rank greater than %d are not supported", IR_MAX_RANK));
		return;
	}
	for (int i = 0; i < dims->n; i++) {
		IrDim *d = dims->v[i];
		if (!d->hi && !d->assumed_shape && i != dims->n - 1)
			fe_refuse(p, loc, "'*' can only be the upper bound of the last dimension");
		dst[i] = *d;
	}
	*rank = dims->n;
}

IrEntity *fe_entity(FeParser *p, const char *name, IrVec *dims, IrExpr *init, IrLoc loc)
{
	IrEntity *e = ir_alloc(p->a, sizeof *e);
	e->name = name;
	e->init = init;
	e->loc = loc;
	set_dims(p, e->dims, &e->rank, dims, loc);
	return e;
}

static IrDecl *decl_new(FeParser *p, IrDeclKind kind, IrLoc loc)
{
	IrDecl *d = ir_alloc(p->a, sizeof *d);
	d->kind = kind;
	d->loc = loc;
	return d;
}

static void set_ents(FeParser *p, IrDecl *d, const IrVec *ents)
{
	d->nents = ents ? ents->n : 0;
	if (!d->nents)
		return;
	d->ents = ir_alloc(p->a, sizeof *d->ents * (size_t)d->nents);
	for (int i = 0; i < d->nents; i++)
		d->ents[i] = ents->v[i];
}

IrDecl *fe_decl_type(FeParser *p, FeType t, IrLoc loc)
{
	IrDecl *d = decl_new(p, DECL_TYPE, loc);
	d->base = t.base;
	d->kind_expr = t.kind;
	d->type_name = t.type_name;
	d->clen = t.clen.len;
	d->clen_assumed = t.clen.assumed;
	return d;
}

IrDecl *fe_decl_attr(FeParser *p, IrDecl *d, FeAttr a)
{
	switch (a.kind) {
	case FE_ATTR_PARAMETER: d->is_parameter = 1; break;
	case FE_ATTR_SAVE: d->is_save = 1; break;
	case FE_ATTR_EXTERNAL: d->is_external = 1; break;
	case FE_ATTR_INTRINSIC: d->is_intrinsic = 1; break;
	case FE_ATTR_ALLOCATABLE: d->is_allocatable = 1; break;
	case FE_ATTR_OPTIONAL: d->is_optional = 1; break;
	case FE_ATTR_VALUE: d->is_value = 1; break;
	case FE_ATTR_DIMENSION:
		d->has_dimension = 1;
		set_dims(p, d->dims, &d->rank, a.dims, a.loc);
		break;
	case FE_ATTR_INTENT: d->intent = a.intent; break;
	case FE_ATTR_ACCESS: d->access = a.intent; break;
	default: break;
	}
	return d;
}

/* The declaration is complete; a refused type leaves nothing to declare. */
IrDecl *fe_decl_ents(FeParser *p, IrDecl *d, IrVec *ents)
{
	if (d->base == TY_NONE && !d->type_name)
		return NULL;
	set_ents(p, d, ents);
	return d;
}

IrDecl *fe_decl(FeParser *p, IrDeclKind kind, IrVec *ents, IrLoc loc)
{
	IrDecl *d = decl_new(p, kind, loc);
	set_ents(p, d, ents);
	return d;
}

IrDecl *fe_decl_save(FeParser *p, IrVec *ents, IrLoc loc)
{
	if (!ents || ents->n == 0)
		return NULL; /* SAVE /blk/ only: COMMON storage is static anyway */
	return fe_decl(p, DECL_SAVE, ents, loc);
}

IrDecl *fe_decl_intent(FeParser *p, int intent, IrVec *ents, IrLoc loc)
{
	IrDecl *d = fe_decl(p, DECL_INTENT, ents, loc);
	d->intent = intent;
	return d;
}

IrDecl *fe_decl_common(FeParser *p, const char *block, IrVec *ents, IrLoc loc)
{
	IrDecl *d = fe_decl(p, DECL_COMMON, ents, loc);
	d->common = block;
	return d;
}

IrDecl *fe_decl_namelist(FeParser *p, const char *group, IrVec *ents, IrLoc loc)
{
	IrDecl *d = fe_decl(p, DECL_NAMELIST, ents, loc);
	d->common = group;
	return d;
}

IrDecl *fe_implicit_none(FeParser *p, IrLoc loc)
{
	IrDecl *d = decl_new(p, DECL_IMPLICIT, loc);
	d->implicit_none = 1;
	return d;
}

IrDecl *fe_implicit(FeParser *p, FeType t, IrVec *ranges, IrLoc loc)
{
	if (t.type_name)
		fe_refuse(p, t.loc,
		          !strcmp(t.type_name, IR_COMPLEX_TYPE)
		                  ? "IMPLICIT COMPLEX is not supported (declare each COMPLEX variable)"
		                  : "IMPLICIT TYPE(...) is not supported");
	if (t.base == TY_NONE || !ranges || ranges->n == 0)
		return NULL;
	if (ranges->n > 26) {
		fe_refuse(p, loc, "too many letter ranges in IMPLICIT");
		return NULL;
	}
	IrDecl *d = decl_new(p, DECL_IMPLICIT, loc);
	d->base = t.base;
	d->kind_expr = t.kind;
	for (int i = 0; i < ranges->n; i++) {
		const char *r = ranges->v[i];
		d->ranges[i][0] = r[0];
		d->ranges[i][1] = r[1];
	}
	d->nranges = ranges->n;
	return d;
}

IrDecl *fe_decl_access(FeParser *p, int access, IrVec *ents, IrLoc loc)
{
	IrDecl *d = fe_decl(p, DECL_ACCESS, ents, loc);
	d->access = access;
	return d;
}

IrUse *fe_use_head(FeParser *p, const char *module, int intrinsic, IrLoc loc)
{
	IrUse *u = ir_alloc(p->a, sizeof *u);
	u->module = module;
	u->intrinsic = intrinsic;
	u->loc = loc;
	return u;
}

IrUse *fe_use_names(FeParser *p, IrUse *u, int only, IrVec *renames)
{
	int n = renames ? renames->n : 0;
	u->only = only;
	u->nnames = n;
	u->local = ir_alloc(p->a, sizeof *u->local * (size_t)(n + 1));
	u->remote = ir_alloc(p->a, sizeof *u->remote * (size_t)(n + 1));
	u->locs = ir_alloc(p->a, sizeof *u->locs * (size_t)(n + 1));
	for (int i = 0; i < n; i++) {
		const FeRename *r = renames->v[i];
		u->local[i] = r->local;
		u->remote[i] = r->remote;
		u->locs[i] = r->loc;
	}
	return u;
}

FeRename *fe_rename(FeParser *p, const char *local, const char *remote, IrLoc loc)
{
	FeRename *r = ir_alloc(p->a, sizeof *r);
	r->local = local;
	r->remote = remote;
	r->loc = loc;
	return r;
}

const char *fe_letters(FeParser *p, const char *lo, const char *hi, IrLoc loc)
{
	if (strlen(lo) != 1 || strlen(hi) != 1 || lo[0] > hi[0]) {
		fe_refuse(p, loc, "IMPLICIT needs single letters or ranges like A-H");
		return NULL;
	}
	char *r = ir_alloc(p->a, 3);
	r[0] = lo[0];
	r[1] = hi[0];
	return r;
}

/* ---------------------------------------------------------------- DATA */

IrDecl *fe_data_set(FeParser *p, IrVec *objs, IrVec *vals, IrLoc loc)
{
	IrDecl *d = decl_new(p, DECL_DATA, loc);
	set_ents(p, d, objs);
	d->nvals = vals ? vals->n : 0;
	d->vals = ir_alloc(p->a, sizeof *d->vals * (size_t)(d->nvals + 1));
	for (int i = 0; i < d->nvals; i++)
		d->vals[i] = vals->v[i];
	return d;
}

IrEntity *fe_entity_old_init(FeParser *p, IrEntity *e, IrVec *vals, IrLoc loc)
{
	if (e->init) /* (the grammar has no `= expr` before the slashes) */
		return e;
	ir_vec_push(p->a, &p->old_inits, fe_data_set(p, fe_list(p, fe_entity(p, e->name, NULL, NULL, e->loc)), vals, loc));
	return e;
}

void fe_old_inits_add(FeParser *p)
{
	IrVec v = p->old_inits;
	p->old_inits = (IrVec){0};
	fe_decls_add(p, &v);
}

IrEntity *fe_data_element(FeParser *p, const char *name, IrVec *subs, IrLoc loc)
{
	IrEntity *e = fe_entity(p, name, NULL, NULL, loc);
	e->init = fe_ref(p, name, subs, 1, loc); /* the element; sema folds its subscripts */
	return e;
}

/* An implied DO among DATA's objects: an entity named by its first array, whose init is the
 * IR_IMPLDO (sema_decl.c expands it with constant bounds). */
IrEntity *fe_data_impldo(FeParser *p, IrExpr *ido)
{
	const IrExpr *x = ido;
	while (x->kind == IR_IMPLDO)
		x = x->u.list.items[0];
	IrEntity *e = fe_entity(p, x->u.ref.name, NULL, NULL, ido->loc);
	e->init = ido;
	return e;
}

IrExpr *fe_data_name(FeParser *p, const char *name, IrLoc loc)
{
	return fe_ref(p, name, NULL, 0, loc);
}

/* n*c: the value n times (a count above a million is refused: DATA is for constants) */
IrVec *fe_data_repeat(FeParser *p, const char *count, IrExpr *value, IrLoc loc)
{
	long n = strtol(count, NULL, 10);
	if (n < 1 || n > 1000000) {
		fe_refuse(p, loc, "a DATA repeat count outside 1..1000000 is not supported");
		n = 1;
	}
	IrVec *l = fe_list(p, NULL);
	for (long i = 0; i < n; i++)
		fe_append(p, l, value);
	return l;
}

IrVec *fe_data_concat(FeParser *p, IrVec *a, IrVec *b)
{
	for (int i = 0; i < b->n; i++)
		fe_append(p, a, b->v[i]);
	return a;
}

IrExpr *fe_paren(IrExpr *e)
{
	e->paren = 1;
	return e;
}
