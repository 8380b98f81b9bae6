/*
 * sema_io.c — WRITE and PRINT with a format or a unit, OPEN, CLOSE, REWIND, FLUSH, FORMAT.
 *
 * The parser leaves the control list as written (positional values, IR_KEYWORD `name = value`,
 * `*` as a keyword named "*"). This file reads it, checks what stad supports and lowers:
 *   - WRITE (*, *) / WRITE (6, *): the list-directed PRINT of the original subset (IO_LIST);
 *   - any other WRITE: IO_BEGIN (unit [, format]) before the statement, the statement becomes
 *     IO_ITEMS (arrays and implied DOs become DO loops of one-item statements, sema_print_arrays)
 *     and IO_END after it. A format given by label is the text of that FORMAT statement;
 *     a constant format is checked here with the parser the generated program runs
 *     (ir/io_helper.h), so a format stad accepts is one the program can interpret;
 *   - OPEN, CLOSE, REWIND, FLUSH, BACKSPACE, ENDFILE: the unit and the specifiers in IrIoSpec order.
 * Every one of them is output or a file operation: passive, kept in primal code only (ad/ drops
 * them from derivative code). Specifiers that write variables (IOSTAT=, NEWUNIT=...), READ and
 * INQUIRE are refused: derivative code would not run them, so the variables they set would
 * differ between the primal and its derivative. An internal WRITE (the unit a CHARACTER
 * variable: IO_BEGIN's unit is that variable) is dropped too; ad/ checks that the variable it
 * writes is a local used only by I/O statements (a file name), so that nothing else sees it.
 */
#include "sema_int.h"

#include <stdlib.h>
#include <string.h>

#define STAD_IO_PARSE_ONLY
#include "io_helper.h"

static const char *const spec_names[IOS_COUNT] = {"file", "status", "action", "position"};

static int is_format(void *ctx, IrStmt *s)
{
	return s->kind == IR_PRINT && s->u.print.io == IO_FORMAT && s->label == *(const int *)ctx;
}

/* The text of FORMAT statement `label` of the unit, or NULL. */
static IrExpr *find_format(const IrBlock *b, int label)
{
	IrStmt *s = ir_block_find(b, is_format, &label);
	return s ? s->u.print.items[0] : NULL;
}

/* A constant format is checked now; 0 after an error. */
static int check_format(const IrExpr *f)
{
	if (f->kind != IR_CONST_STR)
		return 1;
	stad_io_fmt *F = malloc(sizeof *F);
	if (!F)
		abort();
	char msg[300];
	int ok = stad_io_parse(f->u.str, (long)strlen(f->u.str), F, msg, sizeof msg);
	free(F);
	if (!ok)
		ir_error(f->loc, "format '%s': %s", f->u.str, msg);
	return ok;
}

static int same_ascii_nocase(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char x = a[i] >= 'A' && a[i] <= 'Z' ? (char)(a[i] - 'A' + 'a') : a[i];
		if (x != b[i])
			return 0;
	}
	return 1;
}

static int is_star(const IrExpr *e)
{
	return e && e->kind == IR_KEYWORD && !strcmp(e->u.kw.name, "*");
}

/* Unformatted transfer (no format) on unit 0, 5 or 6, which are formatted: an error (1). */
static int unformatted_std_unit(const IrExpr *fmt, const IrExpr *u, const IrExpr *unit, const char *what)
{
	if (fmt || u->kind != IR_CONST_INT || (u->u.ival != 0 && u->u.ival != 5 && u->u.ival != 6))
		return 0;
	ir_error(unit->loc,
	         "unformatted %s unit %lld, a formatted standard unit (give a format, or a unit OPENed with "
	         "form='unformatted')",
	         what, (long long)u->u.ival);
	return 1;
}

/* An integer scalar unit number (or `*`: -1). */
static IrExpr *unit_value(Sema *S, IrStmt *s, IrExpr *u)
{
	if (is_star(u))
		return ir_int(S->a, -1, u->loc);
	IrExpr *v = sema_value_expr(S, u);
	if (v->type == TY_CHAR) {
		ir_error(u->loc,
		         "%s into a CHARACTER variable (an internal file) is not supported (build the text with // and "
		         "the intrinsics, or write it to a file unit)",
		         s->u.print.what);
		return NULL;
	}
	if (!ir_base_is_int(v->type) || sema_rank(v) > 0) {
		ir_error(u->loc, "the unit of %s must be an integer scalar or *", s->u.print.what);
		return NULL;
	}
	return v->type == TY_INT ? v : ir_convert(S->a, v, TY_INT);
}

static IrExpr *char_value(Sema *S, IrStmt *s, IrExpr *e, const char *what)
{
	IrExpr *v = sema_value_expr(S, e);
	if (v->type != TY_CHAR || sema_rank(v) > 0) {
		ir_error(e->loc, "%s= of %s must be a CHARACTER scalar", what, s->u.print.what);
		return NULL;
	}
	if (!sema_char_plain(S, &v))
		return NULL;
	return v;
}

/* A constant specifier that must have one of the values listed ("a|b"), when it is constant. */
static int spec_is(const IrExpr *v, const char *want)
{
	if (!v || v->kind != IR_CONST_STR)
		return 1;
	const char *t = v->u.str;
	size_t n = strlen(t);
	while (n && t[n - 1] == ' ')
		n--;
	for (const char *w = want; *w;) {
		size_t k = strcspn(w, "|");
		if (k == n && same_ascii_nocase(t, w, n))
			return 1;
		w += k + (w[k] == '|');
	}
	return 0;
}

static void refuse_spec(IrStmt *s, const IrExpr *k)
{
	const char *n = k->u.kw.name;
	if (!strcmp(n, "iomsg"))
		ir_error(k->loc, "%s with iomsg= is not supported (leave it out: IOSTAT= tells what happened)", s->u.print.what);
	else if (!strcmp(n, "newunit"))
		ir_error(k->loc, "%s with newunit= is not supported (only OPEN takes it)", s->u.print.what);
	else if (!strcmp(n, "asynchronous"))
		ir_error(k->loc, "%s with asynchronous= is not supported (leave it out: stad's I/O is synchronous)",
		         s->u.print.what);
	else
		ir_error(k->loc, "%s with %s= is not supported", s->u.print.what, n);
}

static IrStmt *jump_if(Sema *S, IrOp op, int label, int value, IrLoc loc);

/* IOMSG= (c a keyword of the control list): 1 when c is one (its variable checked, 0 in *ok
 * after an error), else 0. */
static int iomsg_spec(Sema *S, const IrStmt *s, const IrExpr *c, IrExpr **iomsg, int *ok)
{
	if (strcmp(c->u.kw.name, "iomsg") != 0 || *iomsg)
		return 0;
	IrExpr *r = sema_resolve_expr(S, ir_expr_copy(S->a, c->u.kw.e));
	if (r->kind != IR_VAR || r->type != TY_CHAR || sema_rank(r) > 0 || r->u.var.sym->kind == SYM_PARAM) {
		ir_error(c->loc, "iomsg= of %s must be a CHARACTER scalar variable", s->u.print.what);
		*ok = 0;
	}
	*iomsg = c->u.kw.e;
	return 1;
}

/* IOSTAT=, ERR= or IOMSG= of OPEN, CLOSE or WRITE (c a keyword of the control list): 1 when c is
 * one of them (its value checked, 0 in *ok after an error), else 0. */
static int status_spec(Sema *S, const IrStmt *s, const IrExpr *c, IrExpr **iostat, int *err_label, IrExpr **iomsg, int *ok)
{
	const char *n = c->u.kw.name;
	if (iomsg_spec(S, s, c, iomsg, ok))
		return 1;
	if (!strcmp(n, "iostat") && !*iostat) {
		IrExpr *r = sema_resolve_expr(S, ir_expr_copy(S->a, c->u.kw.e));
		if (r->kind != IR_VAR || !ir_base_is_int(r->type) || sema_rank(r) > 0 || r->u.var.sym->kind == SYM_PARAM) {
			ir_error(c->loc, "iostat= of %s must be an INTEGER scalar variable", s->u.print.what);
			*ok = 0;
		}
		*iostat = c->u.kw.e;
		return 1;
	}
	if (!strcmp(n, "err") && !*err_label) {
		if (c->u.kw.e->kind != IR_CONST_INT || c->u.kw.e->u.ival <= 0) {
			ir_error(c->loc, "err= of %s must be a statement label", s->u.print.what);
			*ok = 0;
			*err_label = -1;
		} else
			*err_label = (int)c->u.kw.e->u.ival;
		return 1;
	}
	return 0;
}

/* After a statement with IOMSG=: its message into the variable when it failed (IO_IOMSG). */
static void iomsg_tail(Sema *S, IrBlock *blk, IrExpr *iomsg, IrLoc loc)
{
	if (!iomsg)
		return;
	IrStmt *m = ir_stmt_new(S->a, IR_PRINT, loc);
	m->u.print.io = IO_IOMSG;
	m->u.print.items = ir_alloc(S->a, sizeof(IrExpr *));
	m->u.print.items[0] = sema_resolve_expr(S, ir_expr_copy(S->a, iomsg));
	m->u.print.nitems = m->u.print.nctl = 1;
	m->u.print.what = "IOMSG=";
	m->u.print.lowered = 1;
	ir_block_add(S->a, blk, m);
}

/* After a statement with IOSTAT=, ERR= or IOMSG=: `ios = stad_iostat()`, the message, `IF
 * (stad_iostat() > 0) GO TO err`. */
static void status_tail(Sema *S, IrBlock *blk, IrExpr *iostat, int err_label, IrExpr *iomsg, IrLoc loc)
{
	iomsg_tail(S, blk, iomsg, loc);
	if (iostat)
		ir_block_add(S->a, blk,
		             ir_assign(S->a, iostat, ir_ref(S->a, ir_intrinsics[INTR_IOSTAT].name, NULL, 0, 1, loc), loc));
	if (err_label > 0)
		ir_block_add(S->a, blk, jump_if(S, IR_GT, err_label, 0, loc));
}

static int has_impldo(IrExpr **items, int n)
{
	for (int i = 0; i < n; i++)
		if (ir_is_io_impldo(items[i]))
			return 1;
	return 0;
}

/* The output items as unresolved statements: runs of items in an IO_ITEMS statement, an
 * implied DO as a DO loop of its own items. */
static void items_block(Sema *S, IrExpr **items, int n, IrBlock *out, IrLoc loc)
{
	IrVec run = {0};
	for (int i = 0; i <= n; i++) {
		if (i < n && !ir_is_io_impldo(items[i])) {
			ir_vec_push(S->a, &run, items[i]);
			continue;
		}
		if (run.n) {
			IrStmt *t = ir_stmt_new(S->a, IR_PRINT, loc);
			t->u.print.io = IO_ITEMS;
			t->u.print.items = (IrExpr **)run.v;
			t->u.print.nitems = run.n;
			ir_block_add(S->a, out, t);
			run = (IrVec){0};
		}
		if (i == n)
			break;
		IrExpr *d = items[i]->u.list.items[0];
		IrStmt *loop = ir_stmt_new(S->a, IR_DO, d->loc);
		loop->u.do_.var = d->u.list.ido->var;
		loop->u.do_.lo = d->u.list.ido->lo;
		loop->u.do_.hi = d->u.list.ido->hi;
		loop->u.do_.step = d->u.list.ido->st;
		items_block(S, d->u.list.items, d->u.list.nitems, &loop->u.do_.body, loc);
		ir_block_add(S->a, out, loop);
	}
}

/* The format of s: NULL for `*`; 0 after an error. */
static int format_of(Sema *S, IrStmt *s, IrExpr *fmt, IrExpr **out)
{
	IrExpr *f = NULL;
	*out = NULL;
	if (is_star(fmt))
		return 1;
	if (fmt->kind == IR_CONST_INT) {
		f = find_format(&S->unit->body, (int)fmt->u.ival);
		if (!f) {
			ir_error(fmt->loc, "no FORMAT statement has label %lld in %s", (long long)fmt->u.ival, S->unit->name);
			return 0;
		}
	} else {
		f = sema_value_expr(S, fmt);
		if (f->type != TY_CHAR || sema_rank(f) > 0) {
			ir_error(fmt->loc,
			         "the format of %s must be *, the label of a FORMAT statement or a CHARACTER scalar "
			         "('(a, i5)')",
			         s->u.print.what);
			return 0;
		}
		if (!sema_char_plain(S, &f))
			return 0;
	}
	if (!check_format(f))
		return 0;
	*out = f;
	return 1;
}

/* A positional control item of a WRITE or READ: the unit, then the format. 0 after an error. */
static int positional(IrExpr *c, IrExpr **unit, IrExpr **fmt, int *npos, const char *what)
{
	int ok = 1;
	if (*npos == 0 && !*unit)
		*unit = c;
	else if (*npos == 1 && !*fmt)
		*fmt = c;
	else {
		ir_error(c->loc, "%s with more than a unit and a format before its items is not supported", what);
		ok = 0;
	}
	(*npos)++;
	return ok;
}

/* NAMELIST: `write (u, nml=g)`, `read (u, g)` (g given where the format goes). When the control
 * list names a group of the unit or its host, s's items become the group's objects (whole
 * variables, in the order of its NAMELIST statements), *fmt becomes `*` (formatted) and *spec the
 * helper's description of the group ("group;name:count:lo;..."). 1 when it is not a namelist
 * transfer or all is well, 0 after an error (reported). */
static int namelist_transfer(Sema *S, IrStmt *s, IrExpr *nml, IrExpr **fmt, const char **spec)
{
	*spec = NULL;
	IrExpr *g = nml ? nml : *fmt;
	if (!g || g->kind != IR_REF || g->u.ref.has_parens)
		return 1;
	const char *name = g->u.ref.name;
	IrVec objs = {0};
	/* the unit's or its host's group, else a module's (its objects must be visible here) */
	for (int pass = 0; pass < 2 && !objs.n; pass++)
		for (int j = 0; j < (pass ? S->all.n : 1); j++)
			for (const IrUnit *u = pass ? S->all.v[j] : S->unit; u; u = pass ? NULL : u->host) {
				if (pass && u->kind != UNIT_MODULE)
					break;
				for (int k = 0; k < u->decls.n; k++) {
					const IrDecl *d = u->decls.v[k];
					if (d->kind == DECL_NAMELIST && !strcmp(d->common, name))
						for (int i = 0; i < d->nents; i++)
							ir_vec_push(S->a, &objs, d->ents[i]);
				}
			}
	if (!objs.n) {
		if (nml)
			ir_error(g->loc, "'%s' is not a NAMELIST group of %s", name, S->unit->name);
		return !nml;
	}
	if (s->u.print.nitems > s->u.print.nctl) {
		ir_error(s->u.print.items[s->u.print.nctl]->loc, "a NAMELIST %s takes no items (the group's objects are)",
		         s->u.print.what);
		return 0;
	}
	char *sp = ir_sprintf(S->a, "%s", name);
	IrVec items = {0};
	for (int i = 0; i < s->u.print.nctl; i++)
		if (s->u.print.items[i] != g &&
		    !(nml && s->u.print.items[i]->kind == IR_KEYWORD && s->u.print.items[i]->u.kw.e == nml))
			ir_vec_push(S->a, &items, s->u.print.items[i]);
	int nctl = items.n;
	for (int i = 0; i < objs.n; i++) {
		const IrEntity *e = objs.v[i];
		IrSym *v = sema_lookup(S, S->unit, e->name);
		const char *why = NULL;
		long long count = 1, lo = 1;
		if (!v ||
		    (v->kind != SYM_LOCAL && v->kind != SYM_ARG && v->kind != SYM_COMMON && v->kind != SYM_MODULE &&
		     v->kind != SYM_RESULT))
			why = "not a variable stad has there (derived types and COMPLEX stay out)";
		else if (v->type == TY_NONE)
			why = "of derived type";
		else if (v->allocatable)
			why = "ALLOCATABLE";
		for (int d = 0; !why && d < v->rank; d++) {
			Const l = {TY_INT, 1, 0}, h;
			if ((v->dims[d].lo && !sema_const_of(v->dims[d].lo, &l)) || !v->dims[d].hi ||
			    !sema_const_of(v->dims[d].hi, &h))
				why = "an array whose bounds are not constants";
			else {
				count *= h.i >= l.i ? h.i - l.i + 1 : 0;
				if (!d)
					lo = l.i;
			}
		}
		if (why) {
			ir_error(e->loc,
			         "NAMELIST object '%s', %s, is not supported in a READ or WRITE (stad has variables and "
			         "arrays of constant bounds of INTEGER, REAL, LOGICAL and CHARACTER)",
			         e->name, why);
			return 0;
		}
		sp = ir_sprintf(S->a, "%s;%s:%lld:%lld", sp, e->name, count, lo);
		ir_vec_push(S->a, &items, ir_ref(S->a, e->name, NULL, 0, 0, g->loc));
	}
	IrExpr *star = ir_alloc(S->a, sizeof *star);
	*star = *g;
	star->kind = IR_KEYWORD;
	star->u.kw.name = "*";
	star->u.kw.e = NULL;
	*fmt = star;
	s->u.print.items = (IrExpr **)items.v;
	s->u.print.nitems = items.n;
	s->u.print.nctl = nctl;
	*spec = sp;
	return 1;
}

/* A WRITE or READ has a unit and a format, or a unit number alone (unformatted; dir: "output"
 * or "input"). */
static int unit_and_format(const IrStmt *s, const IrExpr *unit, const IrExpr *fmt, const char *what, const char *dir)
{
	if (!unit) {
		ir_error(s->loc, "%s without a unit", what);
		return 0;
	}
	if (!fmt && is_star(unit)) {
		ir_error(s->loc,
		         "unformatted %s to * is not supported (give a unit number, or a format: %s (*, *) for "
		         "list-directed %s, or %s (*, '(...)'))",
		         what, what, dir, what);
		return 0;
	}
	return 1;
}

/* WRITE: the control list; 0 when refused (reported). */
static int lower_write(Sema *S, IrStmt *s)
{
	IrExpr *unit = NULL, *fmt = NULL, *advance = NULL, *iostat = NULL, *iomsg = NULL, *nml = NULL;
	int npos = 0, ok = 1, err_label = 0;
	for (int i = 0; i < s->u.print.nctl; i++) {
		IrExpr *c = s->u.print.items[i];
		if (c->kind == IR_KEYWORD && !is_star(c)) {
			if (status_spec(S, s, c, &iostat, &err_label, &iomsg, &ok))
				continue;
			if (!strcmp(c->u.kw.name, "nml") && !nml && !fmt)
				nml = c->u.kw.e;
			else if (!strcmp(c->u.kw.name, "unit") && !unit)
				unit = c->u.kw.e;
			else if (!strcmp(c->u.kw.name, "fmt") && !fmt)
				fmt = c->u.kw.e;
			else if (!strcmp(c->u.kw.name, "advance") && !advance)
				advance = c->u.kw.e;
			else
				refuse_spec(s, c), ok = 0;
			continue;
		}
		ok &= positional(c, &unit, &fmt, &npos, "WRITE");
	}
	const char *nml_spec = NULL;
	if (ok && !namelist_transfer(S, s, nml, &fmt, &nml_spec))
		return 0;
	if (!ok || !unit_and_format(s, unit, fmt, "WRITE", "output"))
		return 0;
	if (nml_spec && (is_star(unit) ? 0 : sema_resolve_expr(S, ir_expr_copy(S->a, unit))->type == TY_CHAR)) {
		ir_error(unit->loc, "a NAMELIST WRITE into a CHARACTER variable is not supported (write to a unit)");
		return 0;
	}
	IrExpr *u = NULL;
	if (!is_star(unit) && unit->kind != IR_CONST_INT && sema_resolve_expr(S, ir_expr_copy(S->a, unit))->type == TY_CHAR) {
		/* an internal WRITE: one record into a CHARACTER scalar variable, with a format */
		u = sema_value_expr(S, unit);
		if (u->kind != IR_VAR || u->u.var.nidx || u->u.var.sym->rank || u->u.var.sym->kind == SYM_PARAM) {
			ir_error(unit->loc,
			         "an internal WRITE must write into a CHARACTER scalar variable (not an element, a "
			         "substring or a constant)");
			return 0;
		}
		if (!fmt || is_star(fmt) || advance || iostat || err_label) {
			ir_error(fmt ? fmt->loc : unit->loc,
			         "an internal WRITE needs a format other than * (stad's list-directed layout is not "
			         "gfortran's), and no advance=, iostat= or err=");
			return 0;
		}
	} else if (!(u = unit_value(S, s, unit)))
		return 0;
	if (unformatted_std_unit(fmt, u, unit, "WRITE to"))
		return 0;
	int noadvance = 0;
	if (advance && !fmt) {
		ir_error(advance->loc, "advance= of an unformatted WRITE (stad writes whole records)");
		return 0;
	}
	if (advance) {
		IrExpr *v = char_value(S, s, advance, "advance");
		if (!v)
			return 0;
		if (v->kind != IR_CONST_STR || !spec_is(v, "yes|no")) {
			ir_error(advance->loc, "advance= of WRITE must be the constant 'yes' or 'no'");
			return 0;
		}
		if (is_star(fmt)) {
			ir_error(advance->loc, "advance= needs a format other than *");
			return 0;
		}
		noadvance = spec_is(v, "no");
	}
	IrExpr *f = NULL;
	if (fmt && !is_star(fmt) && !format_of(S, s, fmt, &f))
		return 0;
	int n = s->u.print.nitems - s->u.print.nctl;
	IrExpr **items = s->u.print.items + s->u.print.nctl;
	int handled = iostat || err_label;
	if (fmt && !f && !handled && !nml_spec && u->kind == IR_CONST_INT && (u->u.ival == -1 || u->u.ival == 6) &&
	    !has_impldo(items, n)) {
		/* PRINT * and WRITE (6, *): printf, as before */
		s->u.print.items = items;
		s->u.print.nitems = n;
		s->u.print.nctl = 0;
		s->u.print.io = IO_LIST;
		sema_resolve_stmt_again(S, s);
		return 1;
	}
	IrStmt *b = ir_stmt_new(S->a, IR_PRINT, s->loc);
	b->u.print.io = IO_BEGIN;
	b->u.print.has_fmt = f != NULL;
	b->u.print.nitems = b->u.print.nctl = f ? 2 : 1;
	b->u.print.items = ir_alloc(S->a, sizeof(IrExpr *) * 2);
	b->u.print.items[0] = u;
	b->u.print.items[1] = f;
	b->u.print.what = s->u.print.what;
	b->u.print.handled = handled;
	b->u.print.unformatted = !fmt;
	b->u.print.nml = nml_spec;
	IrStmt *e = ir_stmt_new(S->a, IR_PRINT, s->loc);
	e->u.print.io = IO_END;
	e->u.print.noadvance = noadvance;
	e->u.print.what = s->u.print.what;
	if (handled) { /* one block: the WRITE, then what IOSTAT= and ERR= do */
		IrBlock blk = {0};
		ir_block_add(S->a, &blk, b);
		items_block(S, items, n, &blk, s->loc);
		ir_block_add(S->a, &blk, e);
		status_tail(S, &blk, iostat, err_label, iomsg, s->loc);
		s->kind = IR_BLOCK;
		s->u.block = blk;
		sema_resolve_block(S, &s->u.block);
		return 1;
	}
	/* (IOMSG= without IOSTAT= or ERR=: a failure stops the program, the variable keeps its value) */
	ir_block_add(S->a, S->hoist, b);
	if (!n) {
		sema_become(s, e);
		return 1;
	}
	ir_block_add(S->a, &S->after, e);
	IrBlock blk = {0};
	items_block(S, items, n, &blk, s->loc);
	if (blk.n == 1) {
		sema_become(s, blk.v[0]);
		sema_resolve_stmt_again(S, s);
	} else {
		s->kind = IR_BLOCK;
		s->u.block = blk;
		sema_resolve_block(S, &s->u.block);
	}
	return 1;
}


/* ---------------------------------------------------------------- READ */

/* IF (stad_iostat() op value) GO TO label */
static IrStmt *jump_if(Sema *S, IrOp op, int label, int value, IrLoc loc)
{
	IrStmt *g = ir_stmt_new(S->a, IR_GOTO, loc);
	g->u.go.kind = GOTO_PLAIN;
	g->u.go.labels = ir_alloc(S->a, sizeof(int));
	g->u.go.labels[0] = label;
	g->u.go.nlabels = 1;
	IrStmt *c = ir_stmt_new(S->a, IR_IF, loc);
	c->u.if_.ncond = 1;
	c->u.if_.conds = ir_alloc(S->a, sizeof(IrExpr *));
	c->u.if_.blocks = ir_alloc(S->a, sizeof(IrBlock));
	c->u.if_.conds[0] =
	        ir_binop(S->a, op, ir_ref(S->a, ir_intrinsics[INTR_IOSTAT].name, NULL, 0, 1, loc), ir_int(S->a, value, loc), loc);
	ir_block_add(S->a, &c->u.if_.blocks[0], g);
	return c;
}

/* The input items of b (items_block's IO_ITEMS statements) as what reads them: a CHARACTER
 * item an IO_ITEMS statement of its own (the helper copies the text into it), any other item
 * `v = stad_read(v)`, an assignment from an impure helper: a constant of the derivative, like
 * RANDOM_NUMBER's. 0 after an error. */
static int input_items(Sema *S, IrBlock *b)
{
	IrBlock nb = {0};
	int ok = 1;
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		if (s->kind == IR_DO) {
			ok &= input_items(S, &s->u.do_.body);
			ir_block_add(S->a, &nb, s);
			continue;
		}
		for (int k = 0; k < s->u.print.nitems; k++) {
			IrExpr *x = s->u.print.items[k];
			IrExpr *r = sema_resolve_expr(S, ir_expr_copy(S->a, x));
			if (r->kind != IR_VAR || r->u.var.sym->kind == SYM_PARAM) {
				ir_error(x->loc,
				         "an item of READ must be a variable, an array element, a section or a substring");
				ok = 0;
				continue;
			}
			if (r->type == TY_CHAR) {
				IrStmt *t = ir_stmt_new(S->a, IR_PRINT, s->loc);
				t->u.print.io = IO_ITEMS;
				t->u.print.input = 1;
				t->u.print.items = ir_alloc(S->a, sizeof(IrExpr *));
				t->u.print.items[0] = x;
				t->u.print.nitems = 1;
				t->u.print.what = "READ";
				ir_block_add(S->a, &nb, t);
				continue;
			}
			if (!ir_base_is_int(r->type) && !ir_base_is_real(r->type) && r->type != TY_LOGICAL) {
				ir_error(x->loc, "an item of READ must be INTEGER, REAL, LOGICAL or CHARACTER");
				ok = 0;
				continue;
			}
			IrExpr **arg = ir_alloc(S->a, sizeof(IrExpr *));
			arg[0] = ir_expr_copy(S->a, x);
			ir_block_add(S->a, &nb,
			             ir_assign(S->a, x, ir_ref(S->a, ir_intrinsics[INTR_READ].name, arg, 1, 1, x->loc), s->loc));
		}
	}
	*b = nb;
	return ok;
}

/* READ (unit, format [, iostat=, end=, err=, advance=, size=, eor=]) items: IO_BEGIN (input), the
 * items, IO_END, then `ios = stad_iostat()`, `n = stad_iosize()` and the jumps `IF (stad_iostat()
 * < 0) GO TO end` (== -1 with EOR=), `== -2: GO TO eor`, `> 0: GO TO err`. */
static int lower_read(Sema *S, IrStmt *s)
{
	IrExpr *unit = NULL, *fmt = NULL, *iostat = NULL, *advance = NULL, *size = NULL, *eor = NULL, *iomsg = NULL, *nml = NULL;
	int npos = 0, ok = 1, end_label = 0, err_label = 0, eor_label = 0;
	for (int i = 0; i < s->u.print.nctl; i++) {
		IrExpr *c = s->u.print.items[i];
		if (c->kind == IR_KEYWORD && !is_star(c)) {
			const char *n = c->u.kw.name;
			if (!strcmp(n, "unit") && !unit)
				unit = c->u.kw.e;
			else if (!strcmp(n, "fmt") && !fmt)
				fmt = c->u.kw.e;
			else if (!strcmp(n, "iostat") && !iostat)
				iostat = c->u.kw.e;
			else if (!strcmp(n, "advance") && !advance)
				advance = c->u.kw.e;
			else if (!strcmp(n, "size") && !size)
				size = c->u.kw.e;
			else if (!strcmp(n, "eor") && !eor) {
				eor = c->u.kw.e;
				if (eor->kind != IR_CONST_INT || eor->u.ival <= 0) {
					ir_error(c->loc, "eor= of READ must be a statement label");
					ok = 0;
				} else
					eor_label = (int)eor->u.ival;
			} else if ((!strcmp(n, "end") && !end_label) || (!strcmp(n, "err") && !err_label)) {
				if (c->u.kw.e->kind != IR_CONST_INT || c->u.kw.e->u.ival <= 0) {
					ir_error(c->loc, "%s= of READ must be a statement label", n);
					ok = 0;
				} else if (n[1] == 'n')
					end_label = (int)c->u.kw.e->u.ival;
				else
					err_label = (int)c->u.kw.e->u.ival;
			} else if (!strcmp(n, "nml") && !nml && !fmt)
				nml = c->u.kw.e;
			else if (!strcmp(n, "rec") || !strcmp(n, "pos"))
				ir_error(c->loc,
				         "READ with %s= (direct or stream access) is not supported (stad reads formatted "
				         "sequential files)",
				         n),
				        ok = 0;
			else if (iomsg_spec(S, s, c, &iomsg, &ok))
				;
			else
				refuse_spec(s, c), ok = 0;
			continue;
		}
		ok &= positional(c, &unit, &fmt, &npos, "READ");
	}
	const char *nml_spec = NULL;
	if (ok && !namelist_transfer(S, s, nml, &fmt, &nml_spec))
		return 0;
	if (nml_spec && unit && !is_star(unit) && sema_resolve_expr(S, ir_expr_copy(S->a, unit))->type == TY_CHAR) {
		ir_error(unit->loc, "a NAMELIST READ from a CHARACTER variable is not supported (read from a unit)");
		return 0;
	}
	if (!ok || !unit_and_format(s, unit, fmt, "READ", "input"))
		return 0;
	IrExpr *u = NULL;
	if (!is_star(unit) && unit->kind != IR_CONST_INT && sema_resolve_expr(S, ir_expr_copy(S->a, unit))->type == TY_CHAR) {
		/* an internal READ from a CHARACTER scalar */
		u = sema_value_expr(S, unit);
		if (sema_rank(u) > 0 || u->kind != IR_VAR || u->u.var.sym->kind == SYM_PARAM) {
			ir_error(unit->loc,
			         "an internal READ must read a CHARACTER scalar variable, element or substring (not an array "
			         "or a constant)");
			return 0;
		}
		if (!sema_char_plain(S, &u))
			return 0;
		if (!fmt) {
			ir_error(unit->loc, "an internal READ needs a format");
			return 0;
		}
	} else if (!(u = unit_value(S, s, unit)))
		return 0;
	if (unformatted_std_unit(fmt, u, unit, "READ from"))
		return 0;
	IrExpr *f = NULL;
	if (fmt && !format_of(S, s, fmt, &f))
		return 0;
	IrExpr *vars[2] = {iostat, size};
	for (int k = 0; k < 2; k++) {
		if (!vars[k])
			continue;
		IrExpr *r = sema_resolve_expr(S, ir_expr_copy(S->a, vars[k]));
		if (r->kind != IR_VAR || !ir_base_is_int(r->type) || sema_rank(r) > 0 || r->u.var.sym->kind == SYM_PARAM) {
			ir_error(vars[k]->loc, "%s= of READ must be an INTEGER scalar variable", k ? "size" : "iostat");
			return 0;
		}
	}
	/* ADVANCE='NO': the next READ of the unit goes on in the record; SIZE= receives how many
	 * characters the data edit descriptors took from it, EOR= is where its end goes (IOSTAT= -2) */
	int noadvance = 0;
	if (advance) {
		IrExpr *v = char_value(S, s, advance, "advance");
		if (!v)
			return 0;
		if (v->kind != IR_CONST_STR || !spec_is(v, "yes|no")) {
			ir_error(advance->loc, "advance= of READ must be the constant 'yes' or 'no'");
			return 0;
		}
		if (!fmt || is_star(fmt) || u->type == TY_CHAR) {
			ir_error(advance->loc, "advance= of READ needs a format other than * and a unit (not an internal READ)");
			return 0;
		}
		noadvance = spec_is(v, "no");
	}
	if ((size || eor) && !noadvance) {
		ir_error((size ? size : eor)->loc, "%s= of READ needs advance='no'", size ? "size" : "eor");
		return 0;
	}
	IrBlock blk = {0};
	IrStmt *b = ir_stmt_new(S->a, IR_PRINT, s->loc);
	b->u.print.io = IO_BEGIN;
	b->u.print.input = 1;
	b->u.print.unformatted = !fmt;
	b->u.print.handled = (iostat || err_label ? 1 : 0) | (end_label ? 2 : 0) | (eor_label ? 4 : 0);
	b->u.print.noadvance = noadvance;
	b->u.print.nml = nml_spec;
	b->u.print.has_fmt = f != NULL;
	b->u.print.nitems = b->u.print.nctl = f ? 2 : 1;
	b->u.print.items = ir_alloc(S->a, sizeof(IrExpr *) * 2);
	b->u.print.items[0] = u;
	b->u.print.items[1] = f;
	b->u.print.what = "READ";
	ir_block_add(S->a, &blk, b);
	int n = s->u.print.nitems - s->u.print.nctl;
	IrBlock items = {0};
	items_block(S, s->u.print.items + s->u.print.nctl, n, &items, s->loc);
	if (!input_items(S, &items))
		return 0;
	for (int i = 0; i < items.n; i++)
		ir_block_add(S->a, &blk, items.v[i]);
	IrStmt *e = ir_stmt_new(S->a, IR_PRINT, s->loc);
	e->u.print.io = IO_END;
	e->u.print.input = 1;
	e->u.print.what = "READ";
	ir_block_add(S->a, &blk, e);
	status_tail(S, &blk, iostat, 0, iomsg, s->loc);
	if (size)
		ir_block_add(S->a, &blk,
		             ir_assign(S->a, size, ir_ref(S->a, ir_intrinsics[INTR_IOSIZE].name, NULL, 0, 1, s->loc), s->loc));
	if (end_label)
		ir_block_add(S->a, &blk, jump_if(S, eor_label ? IR_EQ : IR_LT, end_label, eor_label ? -1 : 0, s->loc));
	if (eor_label)
		ir_block_add(S->a, &blk, jump_if(S, IR_EQ, eor_label, -2, s->loc));
	status_tail(S, &blk, NULL, err_label, NULL, s->loc);
	s->kind = IR_BLOCK;
	s->u.block = blk;
	sema_resolve_block(S, &s->u.block);
	return 1;
}

/* ---------------------------------------------------------------- INQUIRE */

/* INQUIRE (unit= | file=, exist=, opened=, number=, iostat=): IO_INQUIRE (the unit or the file)
 * sets what the helper answers about, then each answer is an assignment `ex = stad_inquire_l(1)`
 * (a value of the file system: passive, impure). Derivative code keeps them all (ad/ad.c). */
static int lower_inquire(Sema *S, IrStmt *s)
{
	static const char *const answers[] = {"iostat", "exist", "opened", "number"};
	IrExpr *unit = NULL, *file = NULL, *target[4] = {0};
	int ok = 1;
	for (int i = 0; i < s->u.print.nctl; i++) {
		IrExpr *c = s->u.print.items[i];
		if (c->kind != IR_KEYWORD || is_star(c)) {
			if (i == 0 && !unit)
				unit = c;
			else
				ir_error(c->loc, "INQUIRE has one positional value, the unit"), ok = 0;
			continue;
		}
		const char *n = c->u.kw.name;
		int k = -1;
		for (int j = 0; j < 4; j++)
			if (!strcmp(n, answers[j]))
				k = j;
		if (!strcmp(n, "unit") && !unit && !file)
			unit = c->u.kw.e;
		else if (!strcmp(n, "file") && !unit && !file)
			file = c->u.kw.e;
		else if (k >= 0 && !target[k]) {
			IrExpr *r = sema_resolve_expr(S, ir_expr_copy(S->a, c->u.kw.e));
			int want_log = k == 1 || k == 2;
			if (r->kind != IR_VAR || sema_rank(r) > 0 || r->u.var.sym->kind == SYM_PARAM ||
			    (want_log ? r->type != TY_LOGICAL : !ir_base_is_int(r->type))) {
				ir_error(c->loc, "%s= of INQUIRE must be a%s scalar variable", n,
				         want_log ? " LOGICAL" : "n INTEGER");
				ok = 0;
			} else
				target[k] = c->u.kw.e;
		} else {
			ir_error(c->loc,
			         "INQUIRE with %s= is not supported (stad answers exist=, opened=, number= and iostat= about a "
			         "unit= or a file=)",
			         n);
			ok = 0;
		}
	}
	if (!ok)
		return 0;
	if (!unit && !file) {
		ir_error(s->loc, "INQUIRE needs unit= or file=");
		return 0;
	}
	IrExpr *what = NULL;
	if (file) {
		if (!(what = char_value(S, s, file, "file")))
			return 0;
	} else if (is_star(unit) || !(what = unit_value(S, s, unit)))
		return 0;
	IrBlock blk = {0};
	IrStmt *q = ir_stmt_new(S->a, IR_PRINT, s->loc);
	q->u.print.io = IO_INQUIRE;
	q->u.print.items = ir_alloc(S->a, sizeof(IrExpr *));
	q->u.print.items[0] = what;
	q->u.print.nitems = q->u.print.nctl = 1;
	q->u.print.what = "INQUIRE";
	q->u.print.lowered = 1;
	ir_block_add(S->a, &blk, q);
	for (int k = 0; k < 4; k++) {
		if (!target[k])
			continue;
		IrExpr **arg = ir_alloc(S->a, sizeof(IrExpr *));
		arg[0] = ir_int(S->a, k, s->loc);
		IrIntrinsic id = k == 1 || k == 2 ? INTR_INQUIRE_L : INTR_INQUIRE_I;
		ir_block_add(S->a, &blk,
		             ir_assign(S->a, target[k], ir_ref(S->a, ir_intrinsics[id].name, arg, 1, 1, s->loc), s->loc));
	}
	s->kind = IR_BLOCK;
	s->u.block = blk;
	sema_resolve_block(S, &s->u.block);
	return 1;
}

/* OPEN, CLOSE, REWIND, FLUSH, BACKSPACE, ENDFILE. */
static int lower_file(Sema *S, IrStmt *s)
{
	IrExpr *unit = NULL, *spec[IOS_COUNT] = {0}, *iostat = NULL, *newunit = NULL, *iomsg = NULL;
	int io = s->u.print.io, ok = 1, err_label = 0;
	for (int i = 0; i < s->u.print.nctl; i++) {
		IrExpr *c = s->u.print.items[i];
		if (c->kind == IR_KEYWORD && !is_star(c) && io != IO_FLUSH &&
		    status_spec(S, s, c, &iostat, &err_label, &iomsg, &ok))
			continue;
		if (c->kind == IR_KEYWORD && io == IO_OPEN && !strcmp(c->u.kw.name, "newunit") && !newunit) {
			IrExpr *r = sema_resolve_expr(S, ir_expr_copy(S->a, c->u.kw.e));
			if (r->kind != IR_VAR || r->type != TY_INT || sema_rank(r) > 0 || r->u.var.sym->kind == SYM_PARAM) {
				ir_error(c->loc, "newunit= of OPEN must be a default INTEGER scalar variable");
				ok = 0;
			}
			newunit = c->u.kw.e;
			continue;
		}
		if (c->kind != IR_KEYWORD || is_star(c)) {
			if (i == 0)
				unit = c;
			else {
				ir_error(c->loc, "%s has one positional value, the unit", s->u.print.what);
				ok = 0;
			}
			continue;
		}
		const char *n = c->u.kw.name;
		if (!strcmp(n, "unit") && !unit) {
			unit = c->u.kw.e;
			continue;
		}
		int k = -1;
		for (int j = 0; j < IOS_COUNT; j++)
			if (!strcmp(n, spec_names[j]))
				k = j;
		int allowed = io == IO_OPEN ? k >= 0 : io == IO_CLOSE && k == IOS_STATUS;
		if (allowed && !spec[k]) {
			spec[k] = c->u.kw.e;
			continue;
		}
		if (io == IO_OPEN && (!strcmp(n, "form") || !strcmp(n, "access"))) {
			IrExpr *v = char_value(S, s, c->u.kw.e, n);
			if (!v)
				ok = 0;
			else if (!spec_is(v, !strcmp(n, "form") ? "formatted|unformatted" : "sequential")) {
				ir_error(
				        c->loc,
				        "OPEN with %s='%s' is not supported (stad has sequential files, formatted or unformatted: "
				        "access='sequential'; direct and stream access stay out)",
				        n, v->u.str);
				ok = 0;
			} else if (v->kind != IR_CONST_STR) {
				ir_error(c->loc, "OPEN with %s= given by a variable is not supported (write the constant)", n);
				ok = 0;
			}
			continue;
		}
		refuse_spec(s, c);
		ok = 0;
	}
	if (!ok)
		return 0;
	if (newunit && unit) {
		ir_error(unit->loc, "OPEN with both a unit and newunit= (give one of them)");
		return 0;
	}
	if (newunit)
		unit = ir_expr_copy(S->a, newunit);
	if (!unit || is_star(unit)) {
		ir_error(s->loc, "%s needs a unit number (or newunit=)", s->u.print.what);
		return 0;
	}
	IrExpr *u = unit_value(S, s, unit);
	if (!u)
		return 0;
	IrVec v = {0};
	ir_vec_push(S->a, &v, u);
	s->u.print.spec = 0;
	for (int k = 0; k < IOS_COUNT; k++) {
		if (!spec[k])
			continue;
		IrExpr *x = char_value(S, s, spec[k], spec_names[k]);
		if (!x)
			return 0;
		static const char *const values[IOS_COUNT][2] = {
		        {NULL, NULL},
		        {"old|new|replace|unknown|scratch", "'old', 'new', 'replace', 'unknown' and 'scratch'"},
		        {"read|write|readwrite", "'read', 'write' and 'readwrite'"},
		        {"asis|rewind|append", "'asis', 'rewind' and 'append'"}};
		int close_status = k == IOS_STATUS && io == IO_CLOSE;
		const char *want = close_status ? "keep|delete" : values[k][0];
		if (want && !spec_is(x, want)) {
			ir_error(x->loc, "%s='%s' of %s is not supported (stad has %s)", spec_names[k], x->u.str, s->u.print.what,
			         close_status ? "'keep' and 'delete'" : values[k][1]);
			return 0;
		}
		ir_vec_push(S->a, &v, x);
		s->u.print.spec |= 1u << k;
	}
	s->u.print.items = (IrExpr **)v.v;
	s->u.print.nitems = s->u.print.nctl = v.n;
	if (!newunit && !iostat && !err_label)
		return 1;
	/* NEWUNIT=: `u = stad_newunit()` before; IOSTAT=, ERR=: what they do after */
	IrStmt *op = ir_stmt_new(S->a, IR_PRINT, s->loc);
	*op = *s;
	op->u.print.lowered = 1;
	op->u.print.handled = iostat || err_label;
	IrBlock blk = {0};
	if (newunit)
		ir_block_add(
		        S->a, &blk,
		        ir_assign(S->a, newunit, ir_ref(S->a, ir_intrinsics[INTR_NEWUNIT].name, NULL, 0, 1, s->loc), s->loc));
	ir_block_add(S->a, &blk, op);
	status_tail(S, &blk, iostat, err_label, iostat || err_label ? iomsg : NULL, s->loc);
	s->kind = IR_BLOCK;
	s->u.block = blk;
	sema_resolve_block(S, &s->u.block);
	return 1;
}

void sema_io(Sema *S, IrStmt *s)
{
	int io = s->u.print.io;
	int ok = io == IO_WRITE    ? lower_write(S, s)
	        : io == IO_READ    ? lower_read(S, s)
	        : io == IO_INQUIRE ? lower_inquire(S, s)
	                           : lower_file(S, s);
	if (!ok)
		s->kind = IR_CONTINUE; /* reported */
}
