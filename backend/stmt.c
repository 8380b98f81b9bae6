/*
 * stmt.c — IR statements printed as C statements, one a line.
 *
 * DO loops keep Fortran's semantics: the trip count is fixed when the loop starts, and after a
 * completed loop the variable holds lo + trip*step. When the upper bound cannot change inside
 * the body (nothing in the body writes a variable it mentions, and it calls nothing that could
 * change a module or COMMON variable it mentions) and the step is a constant, the plain C loop
 * `for (i = lo; i <= hi; i += step)` has exactly that meaning and is what gets printed; otherwise
 * the trip count is computed once into a temporary:
 *     for (i_trip = (hi - lo + step) / step, i = lo; i_trip > 0; --i_trip, i += step)
 * (a negative trip count runs nothing and still sets i = lo). EXIT and CYCLE are then plain
 * `break` and `continue`. A loop whose last value is within a step of its type's limit
 * (`do i = 1, huge(i)`) would overflow i (undefined behaviour in C): its trip count is counted
 * in unsigned long long and i steps only between iterations, so it ends holding its last value
 * (gfortran's wraps past the limit):
 *     i = lo;
 *     for (unsigned long long i_trip = hi < i ? 0 : ((unsigned long long)hi - i) / step + 1;
 *          i_trip > 0; i += i_trip > 1 ? step : 0, --i_trip)
 */
#include "cg_int.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cg_line(CgUnit *U, const char *fmt, ...)
{
	for (int i = 0; i < U->indent; i++)
		cg_buf_puts(U->out, "    ");
	va_list ap;
	va_start(ap, fmt);
	cg_buf_vprintf(U->out, fmt, ap);
	va_end(ap);
	cg_buf_putc(U->out, '\n');
	U->line_next++;
}

void cg_line_directive(CgBuf *b, IrLoc loc)
{
	cg_buf_printf(b, "#line %d \"", loc.line);
	cg_string_chars(loc.file, 0, b);
	cg_buf_puts(b, "\"\n");
}

/* ---------------------------------------------------------------- DO loops */

/* What a loop body may change. */
typedef struct Writes {
	CgMap syms; /* IrSym* written (assigned, a DO variable, passed by address, popped) */
	int calls;  /* the body calls a routine: module and COMMON variables may change */
} Writes;

static void writes_expr_node(const IrExpr *e, void *ctx)
{
	Writes *w = ctx;
	if (e->kind != IR_FCALL)
		return;
	w->calls = 1;
	for (int i = 0; i < e->u.call.nargs; i++)
		if (cg_addressable(e->u.call.args[i]))
			cg_map_put(&w->syms, e->u.call.args[i]->u.var.sym, (void *)1);
}

static void writes_expr(Writes *w, const IrExpr *e)
{
	cg_expr_walk(e, writes_expr_node, w);
}

static void writes_block(Writes *w, const IrBlock *b)
{
	for (int i = 0; i < b->n; i++) {
		const IrStmt *s = b->v[i];
		switch (s->kind) {
		case IR_ASSIGN:
			cg_map_put(&w->syms, s->u.assign.lhs->u.var.sym, (void *)1);
			writes_expr(w, s->u.assign.lhs);
			writes_expr(w, s->u.assign.rhs);
			break;
		case IR_IF:
			for (int k = 0; k < s->u.if_.ncond; k++) {
				writes_expr(w, s->u.if_.conds[k]);
				writes_block(w, &s->u.if_.blocks[k]);
			}
			writes_block(w, &s->u.if_.else_);
			break;
		case IR_DO:
			cg_map_put(&w->syms, s->u.do_.var->u.var.sym, (void *)1);
			writes_expr(w, s->u.do_.lo);
			writes_expr(w, s->u.do_.hi);
			writes_expr(w, s->u.do_.step);
			writes_block(w, &s->u.do_.body);
			break;
		case IR_DOWHILE:
			writes_expr(w, s->u.dowhile.cond);
			writes_block(w, &s->u.dowhile.body);
			break;
		case IR_CALL:
			w->calls = 1;
			for (int k = 0; k < s->u.call.nargs; k++) {
				const IrExpr *a = s->u.call.args[k];
				if (cg_addressable(a))
					cg_map_put(&w->syms, a->u.var.sym, (void *)1);
				writes_expr(w, a);
			}
			break;
		case IR_PRINT:
			for (int k = 0; k < s->u.print.nitems; k++)
				writes_expr(w, s->u.print.items[k]);
			break;
		case IR_RT:
			if ((s->u.rt.kind == RT_POP || s->u.rt.kind == RT_POP_CTRL || s->u.rt.kind == RT_ZERO ||
			     s->u.rt.kind == RT_FP_TEST || s->u.rt.kind == RT_POP_ROW || s->u.rt.kind == RT_ALLOC ||
			     s->u.rt.kind == RT_FREE) &&
			    s->u.rt.e && s->u.rt.e->kind == IR_VAR)
				cg_map_put(&w->syms, s->u.rt.e->u.var.sym, (void *)1);
			if (s->u.rt.kind == RT_SNAP_READ || s->u.rt.kind == RT_RV_RESTORE)
				for (int k = 0; k < s->u.rt.nvars; k++)
					cg_map_put(&w->syms, s->u.rt.vars[k], (void *)1);
			if (s->u.rt.kind == RT_RAW)
				w->calls = 1; /* anything can happen */
			writes_expr(w, s->u.rt.e);
			writes_expr(w, s->u.rt.count);
			break;
		case IR_BLOCK: writes_block(w, &s->u.block); break;
		default: break;
		}
	}
}

typedef struct Invariant {
	const Writes *w;
	int ok;
} Invariant;

static void invariant_node(const IrExpr *e, void *ctx)
{
	Invariant *iv = ctx;
	if (e->kind == IR_FCALL) {
		iv->ok = 0;
	} else if (e->kind == IR_VAR) {
		const IrSym *s = e->u.var.sym;
		if (cg_map_get(&iv->w->syms, s))
			iv->ok = 0;
		if (iv->w->calls && (s->kind == SYM_MODULE || s->kind == SYM_COMMON))
			iv->ok = 0;
	}
}

static int invariant_in(const IrExpr *e, const Writes *w)
{
	Invariant iv = {w, 1};
	cg_expr_walk(e, invariant_node, &iv);
	return iv.ok;
}

static void has_call_node(const IrExpr *e, void *ctx)
{
	if (e->kind == IR_FCALL)
		*(int *)ctx = 1;
}

static int has_call(const IrExpr *e)
{
	int found = 0;
	cg_expr_walk(e, has_call_node, &found);
	return found;
}

/* A temporary of a DO loop over var, of var's type (INTEGER or INTEGER(8)). */
static const char *temp_for(CgUnit *U, const char **slot, const IrSym *var, const char *what)
{
	if (!*slot) {
		*slot = cg_unique(U->cg, &U->taken, cg_sprintf(U->cg, "%s_%s", var->name, what));
		cg_list_push(var->type == TY_INT8 ? &U->temps8 : &U->temps, (void *)*slot);
	}
	return *slot;
}

/* a - b + k, where a and b are expressions or, when the name is given, temporaries; folds
 * constants: hi - 1 + 1 is hi, n - 0 + 1 is n + 1. */
static void difference(CgUnit *U, const IrExpr *a, const char *aname, const IrExpr *b, const char *bname, long long k, CgBuf *out)
{
	long long bv;
	if (!bname && cg_fold_int(b, &bv)) {
		if (aname) {
			cg_buf_puts(out, aname);
			if (k - bv > 0)
				cg_buf_printf(out, " + %lld", k - bv);
			else if (k - bv < 0)
				cg_buf_printf(out, " - %lld", bv - k);
		} else {
			cg_expr_plus(U, a, k - bv, out);
		}
		return;
	}
	if (aname)
		cg_buf_puts(out, aname);
	else
		cg_expr_prec(U, a, CG_P_ADD, out);
	cg_buf_puts(out, " - ");
	if (bname)
		cg_buf_puts(out, bname);
	else
		cg_expr_prec(U, b, CG_P_ADD + 1, out);
	if (k)
		cg_buf_printf(out, " + %lld", k);
}

/* `++i`, `--i`, `i += 2`, `i -= 3`, `i += i_step`. */
static void increment(const char *var, long long step, const char *stepname, CgBuf *b)
{
	int deref = var[0] == '*';
	if (stepname)
		cg_buf_printf(b, "%s += %s", var, stepname);
	else if (step == 1 || step == -1)
		cg_buf_printf(b, deref ? "%s(%s)" : "%s%s", step == 1 ? "++" : "--", var);
	else
		cg_buf_printf(b, "%s %s= %lld", var, step > 0 ? "+" : "-", step > 0 ? step : -step);
}

static void do_loop(CgUnit *U, const IrStmt *s)
{
	const IrExpr *var = s->u.do_.var, *lo = s->u.do_.lo, *hi = s->u.do_.hi, *step = s->u.do_.step;
	CgSym *cv = cg_sym(U, var->u.var.sym);
	CgBuf v = {0}, head = {0};
	cg_lvalue(U, var, &v);
	const char *vs = cg_buf_str(&v);
	long long st = 1;
	int step_known = !step || cg_fold_int(step, &st);

	Writes w = {0};
	cg_map_put(&w.syms, var->u.var.sym, (void *)1);
	writes_block(&w, &s->u.do_.body);
	int plain = step_known && st != 0 && invariant_in(hi, &w);
	cg_map_free(&w.syms);
	long long hv, lim = var->u.var.sym->type == TY_INT8 ? 9223372036854775807LL : 2147483647LL;
	int at_limit = step_known && st != 0 && cg_fold_int(hi, &hv) &&
	        (st > 0 ? hv > lim - st : hv < -lim - 1 - st); /* i + step would overflow */

	if (at_limit) {
		const char *trip = cg_unique(U->cg, &U->taken, cg_sprintf(U->cg, "%s_trip", var->u.var.sym->name));
		long long k = st > 0 ? st : -st;
		CgBuf t = {0};
		cg_expr(U, lo, &t);
		cg_line(U, "%s = %s;", vs, cg_buf_str(&t));
		cg_buf_free(&t);
		/* hi as a C constant (the most negative one is not a literal); no test of i against hi
		 * when hi is the limit itself (it would always be false: a compiler warning) */
		char hs[48];
		if (hv == -9223372036854775807LL - 1)
			snprintf(hs, sizeof hs, "(-9223372036854775807LL - 1)");
		else
			snprintf(hs, sizeof hs, "%lldLL", hv);
		int edge = st > 0 ? hv == lim : hv == -lim - 1;
		cg_buf_printf(&head, "for (unsigned long long %s = ", trip);
		if (!edge)
			cg_buf_printf(&head, "%s < %s ? 0 : ", st > 0 ? hs : vs, st > 0 ? vs : hs);
		if (st > 0)
			cg_buf_printf(&head, "((unsigned long long)%s - (unsigned long long)%s)", hs, vs);
		else
			cg_buf_printf(&head, "((unsigned long long)%s - (unsigned long long)%s)", vs, hs);
		if (k != 1)
			cg_buf_printf(&head, " / %lld", k);
		cg_buf_printf(&head, " + 1; %s > 0; %s %s= %s > 1 ? %lld : 0, --%s) {", trip, vs, st > 0 ? "+" : "-", trip, k,
		              trip);
	} else if (plain) {
		/* for (i = lo; i <= hi; ++i) */
		cg_buf_printf(&head, "for (%s = ", vs);
		cg_expr_prec(U, lo, CG_P_COMMA + 1, &head);
		cg_buf_printf(&head, "; %s %s ", vs, st > 0 ? "<=" : ">=");
		cg_expr_prec(U, hi, CG_P_REL + 1, &head);
		cg_buf_puts(&head, "; ");
		increment(vs, st, NULL, &head);
		cg_buf_puts(&head, ") {");
	} else {
		const IrSym *name = var->u.var.sym;
		const char *trip = temp_for(U, &cv->trip_name, name, "trip");
		const char *stepname = NULL;
		if (!step_known) {
			stepname = temp_for(U, &cv->step_name, name, "step");
			CgBuf t = {0};
			cg_expr(U, step, &t);
			cg_line(U, "%s = %s;", stepname, cg_buf_str(&t));
			cg_buf_free(&t);
		}
		/* lo is used twice: a function call in it is evaluated once, first */
		const char *lotmp = NULL;
		if (has_call(lo)) {
			lotmp = temp_for(U, &cv->lo_tmp_name, name, "lo");
			CgBuf t = {0};
			cg_expr(U, lo, &t);
			cg_line(U, "%s = %s;", lotmp, cg_buf_str(&t));
			cg_buf_free(&t);
		}
		/* trip count: (hi - lo + step) / step, written (lo - hi - step) / -step for a negative
		 * constant step */
		CgBuf num = {0};
		long long k = st > 0 ? st : -st;
		if (stepname) {
			difference(U, hi, NULL, lo, lotmp, 0, &num);
			cg_buf_printf(&num, " + %s", stepname);
		} else if (st > 0) {
			difference(U, hi, NULL, lo, lotmp, k, &num);
		} else {
			difference(U, lo, lotmp, hi, NULL, k, &num);
		}
		cg_buf_printf(&head, "for (%s = ", trip);
		if (stepname)
			cg_buf_printf(&head, "(%s) / %s", cg_buf_str(&num), stepname);
		else if (k != 1)
			cg_buf_printf(&head, "(%s) / %lld", cg_buf_str(&num), k);
		else
			cg_buf_puts(&head, cg_buf_str(&num));
		cg_buf_printf(&head, ", %s = ", vs);
		if (lotmp)
			cg_buf_puts(&head, lotmp);
		else
			cg_expr_prec(U, lo, CG_P_COMMA + 1, &head);
		cg_buf_printf(&head, "; %s > 0; --%s, ", trip, trip);
		increment(vs, st, stepname, &head);
		cg_buf_puts(&head, ") {");
		cg_buf_free(&num);
	}
	cg_line(U, "%s", cg_buf_str(&head));
	U->indent++;
	cg_block(U, &s->u.do_.body);
	U->indent--;
	cg_line(U, "}");
	cg_buf_free(&head);
	cg_buf_free(&v);
}

/* ---------------------------------------------------------------- calls */

/* CALL q(a, 3, x + 1): variables and elements go by address; other expressions through
 * temporaries in a block of their own: { int t1 = 3; double t2 = x + 1.0; q(a, &t1, &t2); } */
static void call(CgUnit *U, const IrStmt *s)
{
	const IrUnit *f = s->u.call.callee;
	const char *name = f ? cg_map_get(&U->cg->unit_cname, f) : NULL;
	if (!name) {
		cg_problem(U->cg, s->loc, "the subroutine '%s' has no definition to emit", s->u.call.name);
		name = s->u.call.name;
	}
	CgBuf c = {0}, temps = {0};
	int ntemps = 0, next = 1;
	int nargs = s->u.call.nargs;
	if (f && cg_external_function(f)) {
		/* an external FUNCTION returns its result, the last actual of the canonical call */
		nargs--;
		cg_expr_prec(U, s->u.call.args[nargs], CG_P_UNARY, &c);
		cg_buf_puts(&c, " = ");
	}
	cg_buf_printf(&c, "%s(", name);
	for (int i = 0; i < nargs; i++) {
		const IrExpr *a = s->u.call.args[i];
		if (i)
			cg_buf_puts(&c, ", ");
		if (cg_call_arg_special(U, f, i, a, &c))
			continue;
		if (cg_addressable(a)) {
			cg_address(U, a, &c);
			continue;
		}
		char t[32];
		do
			snprintf(t, sizeof t, "t%d", next++);
		while (ir_names_has(&U->taken, t));
		cg_buf_printf(&temps, "%s %s = ", cg_ctype(a->type), t);
		cg_expr_prec(U, a, CG_P_COMMA + 1, &temps);
		cg_buf_puts(&temps, ";\n");
		cg_buf_printf(&c, "&%s", t);
		ntemps++;
	}
	cg_buf_puts(&c, ");");
	if (ntemps) {
		cg_line(U, "{");
		U->indent++;
		const char *p = cg_buf_str(&temps);
		while (*p) {
			const char *e = strchr(p, '\n');
			cg_line(U, "%.*s", (int)(e - p), p);
			p = e + 1;
		}
	}
	cg_line(U, "%s", cg_buf_str(&c));
	if (ntemps) {
		U->indent--;
		cg_line(U, "}");
	}
	cg_buf_free(&c);
	cg_buf_free(&temps);
}

/* ---------------------------------------------------------------- PRINT */

/* PRINT *, 'x =', x, n, flag  ->  printf("x = %.17g %d %s\n", x, n, flag ? "T" : "F"); */
static void print(CgUnit *U, const IrStmt *s)
{
	CgBuf fmt = {0}, args = {0};
	for (int i = 0; i < s->u.print.nitems; i++) {
		const IrExpr *e = s->u.print.items[i];
		if (i)
			cg_buf_putc(&fmt, ' ');
		if (e->kind == IR_CONST_STR) {
			cg_string_chars(e->u.str, 1, &fmt);
			continue;
		}
		cg_buf_puts(&args, ", ");
		switch (e->type) {
		case TY_CHAR:
			cg_buf_puts(&fmt, "%.*s");
			cg_buf_puts(&args, "(int)(");
			cg_char_len(U, e, &args);
			cg_buf_puts(&args, "), ");
			cg_char_ptr(U, e, &args);
			break;
		case TY_INT:
			cg_buf_puts(&fmt, "%d");
			cg_expr_prec(U, e, CG_P_COMMA + 1, &args);
			break;
		case TY_INT8:
			cg_buf_puts(&fmt, "%lld");
			cg_buf_puts(&args, "(long long)");
			cg_expr_prec(U, e, CG_P_UNARY, &args);
			break;
		case TY_LOGICAL:
			cg_buf_puts(&fmt, "%s");
			cg_expr_prec(U, e, CG_P_UNARY, &args);
			cg_buf_puts(&args, " ? \"T\" : \"F\"");
			break;
		case TY_REAL4:
			cg_buf_puts(&fmt, "%.9g");
			cg_expr_prec(U, e, CG_P_COMMA + 1, &args);
			break;
		case TY_REAL8:
			cg_buf_puts(&fmt, "%.17g");
			cg_expr_prec(U, e, CG_P_COMMA + 1, &args);
			break;
		default:
			cg_problem(U->cg, e->loc, "this PRINT item cannot be translated to C");
			cg_buf_puts(&fmt, "%d");
			cg_buf_puts(&args, "0");
			break;
		}
	}
	U->cg->use_stdio = 1;
	cg_line(U, "printf(\"%s\\n\"%s);", cg_buf_str(&fmt), cg_buf_str(&args));
	cg_buf_free(&fmt);
	cg_buf_free(&args);
}

/* ---------------------------------------------------------------- runtime operations */

/* Profile event kinds, as runtime/stad_rt.h's SrtEventKind numbers them. */
static const char *const event_names[] = {
        NULL,
        "SRT_EV_SNAP_WRITE_BEGIN",
        "SRT_EV_SNAP_WRITE_END",
        "SRT_EV_PRIMAL_BEGIN",
        "SRT_EV_PRIMAL_END",
        "SRT_EV_SNAP_READ_BEGIN",
        "SRT_EV_SNAP_READ_END",
        "SRT_EV_ADJ_BEGIN",
        "SRT_EV_ADJ_END",
        "SRT_EV_FWD_BEGIN",
        "SRT_EV_FWD_END",
        "SRT_EV_BWD_BEGIN",
        "SRT_EV_BWD_END",
        "SRT_EV_TURN",
        "SRT_EV_BIN_BEGIN",
        "SRT_EV_BIN_END",
        "SRT_EV_BIN_STEP",
};

static char type_suffix(IrBase t)
{
	return t == TY_REAL8 ? 'd' : t == TY_REAL4 ? 'f' : t == TY_INT8 ? 'l' : 'i';
}

/* &x / x (dummy scalar) / q (array) for srt_push_block and srt_pop_block. */
static void var_address(CgUnit *U, const IrSym *s, CgBuf *b)
{
	CgSym *cs = cg_sym(U, s);
	cs->printed = 1;
	if (s->rank || cs->st == CG_ST_ARG || s->type == TY_CHAR)
		cg_buf_puts(b, cs->cname);
	else
		cg_buf_printf(b, "&%s", cs->cname);
}

/* An OPTIONAL dummy is saved and restored only when present (it stays so for the whole call,
 * so the write and the read of a snapshot agree). */
static void snapshot_var(CgUnit *U, const IrSym *v, const char *fn)
{
	CgBuf a = {0}, n = {0};
	var_address(U, v, &a);
	cg_sizeof_var(U, v, &n);
	if (v->optional) {
		U->cg->use_stdlib = 1;
		cg_line(U, "if (%s != NULL) %s(%s, %s);", cg_buf_str(&a), fn, cg_buf_str(&a), cg_buf_str(&n));
	} else
		cg_line(U, "%s(%s, %s);", fn, cg_buf_str(&a), cg_buf_str(&n));
	cg_buf_free(&a);
	cg_buf_free(&n);
}

/* A scalar variable as an lvalue: `x`, or `(*x)` for a dummy. */
static const char *scalar_lvalue(CgUnit *U, const IrSym *v)
{
	CgSym *cs = cg_sym(U, v);
	cs->printed = 1;
	cs->read = 1;
	return cs->st == CG_ST_ARG ? cg_sprintf(U->cg, "(*%s)", cs->cname) : cs->cname;
}

/* An ALLOCATABLE array in a call-site snapshot may be unallocated where it is saved, and
 * allocated with other bounds (or not at all) where it is restored (the call allocates or
 * deallocates it, sema_alloc.c): its values are saved only while it is allocated, then its
 * bounds and its status; restoring frees what the array holds and allocates it again as it
 * was. Its adjoint is left alone (the callee's backward sweep frees and allocates that). */
static void snapshot_alloc(CgUnit *U, const IrSym *v, int write)
{
	CgBuf n = {0};
	CgSym *cs = cg_sym(U, v);
	cs->printed = 1;
	const char *al = scalar_lvalue(U, v->alloc_status);
	const char *bound[2 * IR_MAX_RANK];
	int nb = 0;
	for (int d = 0; d < v->rank; d++)
		for (int k = 0; k < 2; k++) {
			const IrExpr *b = k ? v->dims[d].hi : v->dims[d].lo;
			if (b && b->kind == IR_VAR && !b->u.var.nidx)
				bound[nb++] = scalar_lvalue(U, b->u.var.sym);
		}
	cg_sizeof_var(U, v, &n);
	if (write) {
		cg_line(U, "if (%s) srt_push_block(%s, %s);", al, cs->cname, cg_buf_str(&n));
		for (int i = 0; i < nb; i++)
			cg_line(U, "srt_push_i(%s);", bound[i]);
		cg_line(U, "srt_push_i(%s);", al);
	} else {
		cg_line(U, "%s = srt_pop_i();", al);
		for (int i = nb - 1; i >= 0; i--)
			cg_line(U, "%s = srt_pop_i();", bound[i]);
		cg_line(U, "free(%s);", cs->cname);
		cg_line(U, "%s = NULL;", cs->cname);
		CgBuf c = {0};
		for (int d = 0; d < v->rank; d++) {
			const char *e = cg_n_name(U, cs, d);
			cg_buf_printf(&c, "%s(size_t)(%s > 0 ? %s : 0)", d ? " * " : "", e, e);
		}
		cg_line(U, "if (%s) {", al);
		U->indent++;
		cg_line(U, "%s = calloc(%s, sizeof *%s);", cs->cname, cg_buf_str(&c), cs->cname);
		cg_line(U, "srt_pop_block(%s, %s);", cs->cname, cg_buf_str(&n));
		U->indent--;
		cg_line(U, "}");
		cg_buf_free(&c);
		U->cg->use_stdlib = 1;
	}
	cg_buf_free(&n);
}

/* The bytes the snapshot of v takes (FWD_BEGIN's value, the prediction of what the snapshot
 * would write were the site on): an ALLOCATABLE array's as snapshot_alloc writes them, its
 * values only while it is allocated, then its bound and status variables; an OPTIONAL dummy's
 * only when it is present. */
static void snapshot_size(CgUnit *U, const IrSym *v, CgBuf *b)
{
	if (v->optional) { /* only when present, as snapshot_var */
		CgBuf a = {0}, n = {0};
		var_address(U, v, &a);
		cg_sizeof_var(U, v, &n);
		cg_buf_printf(b, "(%s != NULL ? %s : 0)", cg_buf_str(&a), cg_buf_str(&n));
		cg_buf_free(&a);
		cg_buf_free(&n);
		return;
	}
	if (!v->allocatable || !v->alloc_status) {
		cg_sizeof_var(U, v, b);
		return;
	}
	int nb = 1;
	for (int d = 0; d < v->rank; d++)
		for (int k = 0; k < 2; k++) {
			const IrExpr *x = k ? v->dims[d].hi : v->dims[d].lo;
			nb += x && x->kind == IR_VAR && !x->u.var.nidx;
		}
	CgBuf n = {0};
	cg_sizeof_var(U, v, &n);
	cg_buf_printf(b, "(%s ? %s : 0) + %d * sizeof(int)", scalar_lvalue(U, v->alloc_status), cg_buf_str(&n), nb);
	cg_buf_free(&n);
}

static int whole_array(const IrExpr *e)
{
	return e && e->kind == IR_VAR && e->u.var.sym->rank && !e->u.var.nidx;
}


/* `static const int NAME[n] = {v0, v1, ...};` (one element 0 when there are no sites: C has no
 * empty arrays) */
static void site_ints(CgBuf *b, const char *name, const int *v, int n)
{
	cg_buf_printf(b, "static const int %s[%d] = {", name, n ? n : 1);
	for (int i = 0; i < n; i++)
		cg_buf_printf(b, "%s%d", i ? ", " : "", v ? v[i] : 0);
	cg_buf_puts(b, n ? "};" : "0};");
}

static void runtime_op(CgUnit *U, const IrStmt *s)
{
	CgBuf b = {0};
	int site = s->u.rt.site;
	switch (s->u.rt.kind) {
	case RT_PUSH:
	case RT_PUSH_CTRL: {
		if (whole_array(s->u.rt.e) || s->u.rt.e->type == TY_CHAR) { /* a whole array goes on the tape as one block */
			snapshot_var(U, s->u.rt.e->u.var.sym, "srt_push_block");
			break;
		}
		char t = s->u.rt.kind == RT_PUSH_CTRL && s->u.rt.e->type != TY_INT8 ? 'i' : type_suffix(s->u.rt.e->type);
		cg_expr_prec(U, s->u.rt.e, CG_P_COMMA + 1, &b);
		cg_line(U, "srt_push_%c(%s);", t, cg_buf_str(&b));
		break;
	}
	case RT_POP:
	case RT_POP_CTRL: {
		if (whole_array(s->u.rt.e) || s->u.rt.e->type == TY_CHAR) {
			snapshot_var(U, s->u.rt.e->u.var.sym, "srt_pop_block");
			break;
		}
		char t = s->u.rt.kind == RT_POP_CTRL && s->u.rt.e->type != TY_INT8 ? 'i' : type_suffix(s->u.rt.e->type);
		cg_lvalue(U, s->u.rt.e, &b);
		cg_line(U, "%s = srt_pop_%c();", cg_buf_str(&b), t);
		break;
	}
	case RT_PUSH_ROW:
	case RT_POP_ROW: {
		/* count elements from element e on, as one block: if (n > 0) srt_push_block(&a[k], n * size) */
		CgBuf n = {0};
		int ok;
		int64_t c = ir_const_int(s->u.rt.count, &ok);
		cg_lvalue(U, s->u.rt.e, &b);
		cg_expr_prec(U, s->u.rt.count, CG_P_MUL + 1, &n);
		const char *fn = s->u.rt.kind == RT_PUSH_ROW ? "srt_push_block" : "srt_pop_block";
		const char *ct = cg_ctype(s->u.rt.e->type);
		if (ok && c > 0)
			cg_line(U, "%s(&%s, (size_t)%s * sizeof(%s));", fn, cg_buf_str(&b), cg_buf_str(&n), ct);
		else if (!ok)
			cg_line(U, "if (%s > 0) %s(&%s, (size_t)%s * sizeof(%s));", cg_buf_str(&n), fn, cg_buf_str(&b),
			        cg_buf_str(&n), ct);
		cg_buf_free(&n);
		break;
	}
	case RT_SNAP_WRITE:
		cg_line(U, "srt_snap_write_begin(%d);", site);
		for (int i = 0; i < s->u.rt.nvars; i++)
			if (s->u.rt.vars[i]->allocatable && s->u.rt.vars[i]->alloc_status)
				snapshot_alloc(U, s->u.rt.vars[i], 1);
			else
				snapshot_var(U, s->u.rt.vars[i], "srt_push_block");
		cg_line(U, "srt_snap_write_end(%d);", site);
		break;
	case RT_RV_STORE:
	case RT_RV_RESTORE:
		/* revolve snapshots: u.rt.e is the schedule's handle; the slot is its current action's */
		for (int i = 0; i < s->u.rt.nvars; i++) {
			CgBuf a = {0}, n = {0};
			var_address(U, s->u.rt.vars[i], &a);
			cg_sizeof_var(U, s->u.rt.vars[i], &n);
			CgBuf h = {0};
			cg_expr_prec(U, s->u.rt.e, CG_P_COMMA + 1, &h);
			if (s->u.rt.vars[i]->optional) /* only when present */
				cg_line(U, "if (%s != NULL) %s(%s, %s, %s);", cg_buf_str(&a),
				        s->u.rt.kind == RT_RV_STORE ? "srt_rv_store" : "srt_rv_restore", cg_buf_str(&h),
				        cg_buf_str(&a), cg_buf_str(&n));
			else
				cg_line(U, "%s(%s, %s, %s);", s->u.rt.kind == RT_RV_STORE ? "srt_rv_store" : "srt_rv_restore",
				        cg_buf_str(&h), cg_buf_str(&a), cg_buf_str(&n));
			cg_buf_free(&h);
			cg_buf_free(&a);
			cg_buf_free(&n);
		}
		break;
	case RT_FP_BEGIN: {
		/* the adjoint of an FP-LOOP: its tolerance and cap (ad/reverse.c, bwd_fploop) */
		CgBuf n = {0};
		cg_expr_prec(U, s->u.rt.e, CG_P_COMMA + 1, &b);
		cg_expr_prec(U, s->u.rt.count, CG_P_COMMA + 1, &n);
		CgBuf f = {0}; /* its Fortran file, named by the warning when it does not converge */
		cg_string_chars(s->loc.file ? cg_base_name(s->loc.file) : "", 0, &f);
		cg_line(U, "srt_fp_begin(\"%s\", %d, %s, %s);", cg_buf_str(&f), site, cg_buf_str(&b), cg_buf_str(&n));
		cg_buf_free(&f);
		cg_buf_free(&n);
		break;
	}
	case RT_FP_TEST: {
		/* the largest |adjoint| of the state, as doubles or floats, then whether to iterate */
		cg_line(U, "srt_fp_norm_reset();");
		for (int i = 0; i < s->u.rt.nvars; i++) {
			CgBuf a = {0}, n = {0};
			var_address(U, s->u.rt.vars[i], &a);
			cg_sizeof_var(U, s->u.rt.vars[i], &n);
			cg_line(U, "srt_fp_norm_%c(%s, %s);", s->u.rt.vars[i]->type == TY_REAL4 ? 'f' : 'd', cg_buf_str(&a),
			        cg_buf_str(&n));
			cg_buf_free(&a);
			cg_buf_free(&n);
		}
		cg_lvalue(U, s->u.rt.e, &b);
		cg_line(U, "%s = srt_fp_test();", cg_buf_str(&b));
		break;
	}
	case RT_FP_END: cg_line(U, "srt_fp_end();"); break;
	case RT_LS_BEGIN: cg_line(U, "srt_ls_begin(%d);", site); break; /* (ad/reverse.c, fwd_ and bwd_linsolve) */
	case RT_LS_END: cg_line(U, "srt_ls_end();"); break;
	case RT_LS_APPLY: cg_line(U, "srt_ls_apply();"); break;
	case RT_COPY: {
		CgBuf d = {0}, n = {0};
		var_address(U, s->u.rt.e->u.var.sym, &d);
		var_address(U, s->u.rt.vars[0], &b);
		cg_sizeof_var(U, s->u.rt.vars[0], &n);
		U->cg->use_string = 1;
		cg_line(U, "memcpy(%s, %s, %s);", cg_buf_str(&d), cg_buf_str(&b), cg_buf_str(&n));
		cg_buf_free(&d);
		cg_buf_free(&n);
		break;
	}
	case RT_SNAP_READ:
		cg_line(U, "srt_snap_read_begin(%d);", site);
		for (int i = s->u.rt.nvars - 1; i >= 0; i--)
			if (s->u.rt.vars[i]->allocatable && s->u.rt.vars[i]->alloc_status)
				snapshot_alloc(U, s->u.rt.vars[i], 0);
			else
				snapshot_var(U, s->u.rt.vars[i], "srt_pop_block");
		cg_line(U, "srt_snap_read_end(%d);", site);
		break;
	case RT_PROF_EVENT: {
		int ev = s->u.rt.event;
		CgBuf kind = {0};
		if (ev > 0 && ev < (int)(sizeof event_names / sizeof event_names[0]))
			cg_buf_puts(&kind, event_names[ev]);
		else
			cg_buf_printf(&kind, "%d", ev);
		if (s->u.rt.e) { /* a value computed at run time */
			CgBuf v = {0};
			cg_expr_prec(U, s->u.rt.e, CG_P_COMMA + 1, &v);
			U->cg->use_stdint = 1;
			cg_line(U, "srt_prof_event_v(%s, %d, (uint64_t)(%s));", cg_buf_str(&kind), site, cg_buf_str(&v));
			cg_buf_free(&v);
		} else if (!s->u.rt.nvars && ev == 9) { /* FWD_BEGIN always carries the snapshot size */
			cg_line(U, "srt_prof_event_v(%s, %d, 0);", cg_buf_str(&kind), site);
		} else if (!s->u.rt.nvars) {
			cg_line(U, "srt_prof_event(%s, %d);", cg_buf_str(&kind), site);
		} else {
			for (int i = 0; i < s->u.rt.nvars; i++) {
				if (i)
					cg_buf_puts(&b, " + ");
				snapshot_size(U, s->u.rt.vars[i], &b);
			}
			U->cg->use_stdint = 1;
			cg_line(U, "srt_prof_event_v(%s, %d, (uint64_t)(%s));", cg_buf_str(&kind), site, cg_buf_str(&b));
		}
		cg_buf_free(&kind);
		break;
	}
	case RT_ZERO: {
		const IrExpr *e = s->u.rt.e;
		if (whole_array(e)) {
			/* a whole array: all bits zero is 0.0 in IEEE 754 */
			CgBuf n = {0};
			var_address(U, e->u.var.sym, &b);
			cg_sizeof_var(U, e->u.var.sym, &n);
			U->cg->use_string = 1;
			if (e->u.var.sym->allocatable) /* only while it is allocated */
				cg_line(U, "if (%s) memset(%s, 0, %s);", cg_buf_str(&b), cg_buf_str(&b), cg_buf_str(&n));
			else
				cg_line(U, "memset(%s, 0, %s);", cg_buf_str(&b), cg_buf_str(&n));
			cg_buf_free(&n);
		} else {
			cg_lvalue(U, e, &b);
			cg_line(U, "%s = %s;", cg_buf_str(&b), e->type == TY_REAL8 ? "0.0" : e->type == TY_REAL4 ? "0.0f" : "0");
		}
		break;
	}
	case RT_ALLOC: {
		/* elements zeroed (calloc): a derivative array starts at 0; a zero-sized one gets no storage */
		const IrSym *a = s->u.rt.e->u.var.sym;
		CgSym *cs = cg_sym(U, a);
		cs->printed = 1;
		for (int d = 0; d < a->rank; d++) {
			const char *n = cg_n_name(U, cs, d);
			cg_buf_printf(&b, "%s(size_t)(%s > 0 ? %s : 0)", d ? " * " : "", n, n);
		}
		/* (free first: a re-run from a snapshot may allocate the caller's array again) */
		if (a->kind == SYM_ARG)
			cg_line(U, "free(%s);", cs->cname);
		cg_line(U, "%s = calloc(%s, sizeof *%s);", cs->cname, cg_buf_str(&b), cs->cname);
		U->cg->use_stdlib = 1;
		break;
	}
	case RT_FREE: {
		CgSym *cs = cg_sym(U, s->u.rt.e->u.var.sym);
		cs->printed = 1;
		cg_line(U, "free(%s);", cs->cname);
		cg_line(U, "%s = NULL;", cs->cname);
		U->cg->use_stdlib = 1;
		break;
	}
	case RT_INIT: cg_line(U, "srt_init();"); break;
	case RT_SITES: {
		/* every site's default state, then STAD_SITES over them */
		const IrSiteList *l = s->u.rt.sites;
		int n = l ? l->n : 0;
		site_ints(&b, "stad_site_default", l ? l->on : NULL, n);
		cg_line(U, "%s", cg_buf_str(&b));
		cg_line(U, "const int *stad_states = srt_sites_init(%d, stad_site_default);", n);
		cg_line(U, "(void)stad_states;");
		break;
	}
	case RT_PROF_SITES: {
		const IrSiteList *l = s->u.rt.sites;
		int n = l ? l->n : 0;
		cg_buf_printf(&b, "static const char *const stad_site_ids[%d] = {", n ? n : 1);
		for (int i = 0; i < n; i++) {
			cg_buf_puts(&b, i ? ", \"" : "\"");
			for (const char *c = l->ids[i]; *c; c++) {
				if (*c == '"' || *c == '\\')
					cg_buf_putc(&b, '\\');
				cg_buf_putc(&b, *c);
			}
			cg_buf_putc(&b, '"');
		}
		cg_buf_puts(&b, n ? "};" : "\"\"};");
		cg_line(U, "%s", cg_buf_str(&b));
		cg_buf_clear(&b);
		site_ints(&b, "stad_site_kinds", l ? l->kinds : NULL, n);
		cg_line(U, "%s", cg_buf_str(&b));
		cg_buf_clear(&b);
		if (l && l->dynamic) {
			cg_line(U, "srt_prof_register_sites(%d, stad_site_ids, stad_site_kinds, stad_states);", n);
		} else {
			site_ints(&b, "stad_site_on", l ? l->on : NULL, n);
			cg_line(U, "%s", cg_buf_str(&b));
			cg_line(U, "srt_prof_register_sites(%d, stad_site_ids, stad_site_kinds, stad_site_on);", n);
		}
		break;
	}
	case RT_ABI_ALIAS: {
		/* per variable: the dummy's storage [d, d + its size) overlaps the variable's (an
		 * assumed-size dummy: its first element; s19 review: a dummy starting before a COMMON
		 * member and running into it passed the first-byte test) */
		CgBuf d = {0}, dn = {0};
		const IrSym *dv = s->u.rt.vars[0];
		var_address(U, dv, &d);
		if (dv->rank && !dv->dims[dv->rank - 1].hi && !dv->dims[0].assumed_shape)
			cg_buf_printf(&dn, "sizeof(*(%s))", cg_buf_str(&d));
		else
			cg_sizeof_var(U, dv, &dn);
		U->cg->use_stdint = U->cg->use_stdio = U->cg->use_stdlib = 1;
		for (int i = 1; i < s->u.rt.nvars; i++) {
			CgBuf g = {0}, n = {0}, m = {0};
			var_address(U, s->u.rt.vars[i], &g);
			cg_sizeof_var(U, s->u.rt.vars[i], &n);
			for (const char *t = s->u.rt.text; *t; t++) {
				char one[2] = {*t, 0};
				cg_string_chars(*t == '@' ? s->u.rt.vars[i]->name : one, 0, &m);
			}
			cg_line(U,
			        "if ((uintptr_t)(const void *)%s < (uintptr_t)(const void *)%s + (uintptr_t)(%s) && "
			        "(uintptr_t)(const void *)%s < (uintptr_t)(const void *)%s + (uintptr_t)(%s)) {",
			        cg_buf_str(&d), cg_buf_str(&g), cg_buf_str(&n), cg_buf_str(&g), cg_buf_str(&d), cg_buf_str(&dn));
			U->indent++;
			cg_line(U, "fputs(\"%s\\n\", stderr);", cg_buf_str(&m));
			cg_line(U, "exit(1);");
			U->indent--;
			cg_line(U, "}");
			cg_buf_free(&g);
			cg_buf_free(&n);
			cg_buf_free(&m);
		}
		cg_buf_free(&d);
		cg_buf_free(&dn);
		break;
	}
	case RT_RAW: {
		const char *p = s->u.rt.text ? s->u.rt.text : "";
		for (;;) {
			const char *e = strchr(p, '\n');
			if (!e) {
				if (*p)
					cg_line(U, "%s", p);
				break;
			}
			cg_line(U, "%.*s", (int)(e - p), p);
			p = e + 1;
		}
		break;
	}
	}
	cg_buf_free(&b);
}

/* ---------------------------------------------------------------- statements */

static void stmt(CgUnit *U, const IrStmt *s)
{
	Cg *cg = U->cg;
	if (s->kind == IR_CONTINUE)
		return;
	if (s->kind == IR_RETURN && s == U->last_stmt)
		return; /* the routine ends here anyway */
	/* a directive only where the compiler's own count would be wrong */
	if (cg->o.line_directives && s->loc.file && s->loc.line > 0 &&
	    !(U->line_file && !strcmp(U->line_file, s->loc.file) && U->line_next == s->loc.line)) {
		cg_line_directive(U->out, s->loc);
		U->line_file = s->loc.file;
		U->line_next = s->loc.line;
	}
	CgBuf a = {0}, b = {0};
	switch (s->kind) {
	case IR_ASSIGN:
		if (s->u.assign.lhs->type == TY_CHAR) {
			cg_char_assign(U, s->u.assign.lhs, s->u.assign.rhs);
			break;
		}
		cg_lvalue(U, s->u.assign.lhs, &a);
		cg_expr(U, s->u.assign.rhs, &b);
		cg_line(U, "%s = %s;", cg_buf_str(&a), cg_buf_str(&b));
		break;
	case IR_IF:
		for (int k = 0; k < s->u.if_.ncond; k++) {
			cg_buf_clear(&a);
			cg_expr(U, s->u.if_.conds[k], &a);
			cg_line(U, k ? "} else if (%s) {" : "if (%s) {", cg_buf_str(&a));
			U->indent++;
			cg_block(U, &s->u.if_.blocks[k]);
			U->indent--;
		}
		if (s->u.if_.else_.n) {
			cg_line(U, "} else {");
			U->indent++;
			cg_block(U, &s->u.if_.else_);
			U->indent--;
		}
		cg_line(U, "}");
		break;
	case IR_DO: do_loop(U, s); break;
	case IR_DOWHILE:
		cg_expr(U, s->u.dowhile.cond, &a);
		cg_line(U, "while (%s) {", cg_buf_str(&a));
		U->indent++;
		cg_block(U, &s->u.dowhile.body);
		U->indent--;
		cg_line(U, "}");
		break;
	case IR_EXIT: cg_line(U, "break;"); break;
	case IR_CYCLE: cg_line(U, "continue;"); break;
	case IR_CALL: call(U, s); break;
	case IR_RETURN:
		if (U->has_heap) {
			U->used_cleanup = 1;
			cg_line(U, "goto cleanup;");
		} else if (U->u->kind == UNIT_FUNCTION && U->result_cname) {
			cg_sym(U, U->u->result)->printed = 1;
			cg_line(U, "return %s;", U->result_cname);
		} else if (U->u->kind == UNIT_PROGRAM) {
			cg_line(U, "return 0;");
		} else {
			cg_line(U, "return;");
		}
		break;
	case IR_CONTINUE: break;
	case IR_PRINT:
		if (s->u.print.io == IO_LIST)
			print(U, s);
		else
			cg_io(U, s);
		break;
	case IR_STOP: {
		/* as gfortran: STOP ends with status 0, ERROR STOP with 1, a message on stderr ("STOP x",
		 * "ERROR STOP " without a code); an integer code is the status and is printed too */
		const IrExpr *code = s->u.stop.code;
		const char *word = s->u.stop.error ? "ERROR STOP" : "STOP";
		cg->use_stdlib = 1;
		cg->use_stdio = 1;
		if (s->u.stop.quiet) { /* CALL EXIT(status): the status alone */
			if (code)
				cg_expr_prec(U, code, CG_P_COMMA + 1, &a);
			cg_line(U, "exit(%s%s%s);", code ? "(int)(" : "0", code ? cg_buf_str(&a) : "", code ? ")" : "");
		} else if (!code) {
			if (s->u.stop.error)
				cg_line(U, "fputs(\"ERROR STOP \\n\", stderr);");
			cg_line(U, "exit(%d);", s->u.stop.error);
		} else if (code->kind == IR_CONST_STR) {
			cg_buf_printf(&a, "%s ", word);
			cg_string_chars(code->u.str, 0, &a);
			cg_line(U, "fputs(\"%s\\n\", stderr);", cg_buf_str(&a));
			cg_line(U, "exit(%d);", s->u.stop.error);
		} else if (code->kind == IR_CONST_INT) {
			cg_line(U, "fputs(\"%s %lld\\n\", stderr);", word, (long long)code->u.ival);
			cg_line(U, "exit(%lld);", (long long)code->u.ival);
		} else {
			/* the code twice rather than a C local that could take a Fortran variable's name: it is a
			 * scalar integer expression, and a function reference in it is hoisted in derivative code */
			cg_expr_prec(U, code, CG_P_COMMA + 1, &a);
			cg_line(U, "fprintf(stderr, \"%s %%d\\n\", (int)(%s));", word, cg_buf_str(&a));
			cg_line(U, "exit((int)(%s));", cg_buf_str(&a));
		}
		break;
	}
	case IR_RT: runtime_op(U, s); break;
	case IR_BLOCK:
		cg_line(U, "{");
		U->indent++;
		cg_block(U, &s->u.block);
		U->indent--;
		cg_line(U, "}");
		break;
	case IR_GOTO:
	case IR_SELECT: assert(!"GO TO and SELECT CASE do not survive sema"); break;
	}
	cg_buf_free(&a);
	cg_buf_free(&b);
}

void cg_block(CgUnit *U, const IrBlock *b)
{
	for (int i = 0; i < b->n; i++)
		stmt(U, b->v[i]);
}
