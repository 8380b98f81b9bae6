/*
 * sema_ext.c — routines whose source stad does not have.
 *
 * A call must reach a routine: one of the given files', one a --lib file describes (lib.c; its
 * unit joins the program when no given file defines the name), or one declared passive by
 * `!$AD EXTERNAL PASSIVE name, ...` anywhere in the given files. A passive routine declared so is
 * known only by its calls: its dummies take the types of the first call's actuals (an array or
 * an array element makes an assumed-size array dummy, which later calls may pass either), and,
 * as nothing says otherwise, it may read and write every argument. Any other call is refused, the error naming the three ways out.
 */
#include "sema_int.h"

#include <ctype.h>
#include <string.h>

void sema_externals_collect(Sema *S)
{
	int n = S->all.n;
	for (int i = 0; i < S->p->externals.n; i++) {
		IrUnit *x = S->p->externals.v[i];
		int shadowed = 0;
		for (int k = 0; k < n && !shadowed; k++) {
			IrUnit *u = S->all.v[k];
			shadowed = u->kind != UNIT_MODULE && u->kind != UNIT_PROGRAM && !strcmp(u->name, x->name);
		}
		if (!shadowed) /* the source, when given, is differentiated instead */
			ir_vec_push(S->a, &S->all, x);
	}
}

/* ---------------------------------------------------------------- the pragma */

static void scan_block(Sema *S, const IrBlock *b);

/* The next word of a directive's text (blanks and commas separate words): its length, 0 at the end. */
static size_t next_word(const char **t)
{
	while (**t == ' ' || **t == '\t' || **t == ',')
		(*t)++;
	size_t n = 0;
	while ((*t)[n] && (*t)[n] != ' ' && (*t)[n] != '\t' && (*t)[n] != ',')
		n++;
	return n;
}

/* `EXTERNAL PASSIVE name [, name]...` */
static void read_directive(Sema *S, const IrDirective *d)
{
	const char *t = d->text + strlen("external");
	size_t n = next_word(&t);
	static const char passive[] = "passive";
	int ok = n == sizeof passive - 1;
	for (size_t k = 0; ok && k < n; k++)
		ok = tolower((unsigned char)t[k]) == passive[k];
	if (!ok) {
		ir_error(d->loc,
		         "!$AD EXTERNAL takes PASSIVE and the names of routines without derivative effect (!$AD "
		         "EXTERNAL PASSIVE name, ...); describe other routines with --lib");
		return;
	}
	t += n;
	int nnames = 0;
	while ((n = next_word(&t)) != 0) {
		const char *w = t;
		t += n;
		ok = isalpha((unsigned char)w[0]) != 0;
		for (size_t k = 0; k < n && ok; k++)
			ok = isalnum((unsigned char)w[k]) || w[k] == '_';
		if (!ok) {
			ir_error(d->loc, "!$AD EXTERNAL PASSIVE: '%.*s' is not a routine name", (int)n, w);
			return;
		}
		const char *name = ir_strlower(S->a, ir_strndup(S->a, w, n));
		nnames++;
		IrUnit *known = sema_find_unit(S, name);
		if (known && !known->ext)
			ir_warning(d->loc,
			           "!$AD EXTERNAL PASSIVE names '%s', which is defined in the given files: ignored for it", name);
		else if (known)
			ir_warning(d->loc, "!$AD EXTERNAL PASSIVE names '%s', which %s describes: its description is used", name,
			           known->ext->libfile);
		else
			ir_vec_push(S->a, &S->passive_names, (void *)name);
	}
	if (!nnames)
		ir_error(d->loc, "!$AD EXTERNAL PASSIVE names no routine");
}

static int scan_stmt(void *ctx, IrStmt *s)
{
	for (int i = 0; i < s->ndirs; i++)
		if (s->dirs[i]->kind == DIR_EXTERNAL)
			read_directive(ctx, s->dirs[i]);
	return 0; /* (a SELECT is not yet an IF: the scan runs before the bodies are resolved) */
}

static void scan_block(Sema *S, const IrBlock *b)
{
	ir_block_find(b, scan_stmt, S);
}

static void scan_unit(Sema *S, const IrUnit *u)
{
	scan_block(S, &u->body);
	for (int k = 0; k < u->contains.n; k++)
		scan_unit(S, u->contains.v[k]);
}

void sema_passive_scan(Sema *S)
{
	for (int i = 0; i < S->all.n; i++)
		scan_block(S, &((IrUnit *)S->all.v[i])->body);
	/* the routines the head does not reach keep their pragmas: they hold for the whole program */
	for (int i = 0; i < S->p->unreached.n; i++)
		scan_unit(S, S->p->unreached.v[i]);
}

/* ---------------------------------------------------------------- passive units */

IrUnit *sema_passive_unit(Sema *S, const char *name, int function, IrBase rtype, IrExpr **args, int nargs, IrLoc loc)
{
	for (int i = 0; i < S->passive_units.n; i++) {
		IrUnit *u = S->passive_units.v[i];
		if (!strcmp(u->name, name))
			return u;
	}
	int listed = 0;
	for (int i = 0; i < S->passive_names.n && !listed; i++)
		listed = !strcmp(S->passive_names.v[i], name);
	if (!listed)
		return NULL;
	IrArena *a = S->a;
	IrUnit *u = ir_external_new(a, name, function, rtype, NULL, nargs, loc);
	IrExternal *x = u->ext;
	x->passive = 1;
	for (int k = 0; k < nargs; k++) {
		const IrExpr *e = args[k];
		IrSym *s = u->args[k];
		s->type = e->type;
		s->intent = INTENT_INOUT; /* nothing says what it does with it */
		if ((e->kind == IR_VAR && e->u.var.sym->rank) || sema_rank(e))
			s->rank = 1; /* an array, an array expression or an element (which may start one): assumed
			              * size, dims[0] = {NULL, NULL} */
	}
	/* CHARACTER dummies: their lengths follow every argument, by value, as gfortran passes them */
	int nchar = 0;
	for (int k = 0; k < nargs; k++)
		nchar += u->args[k]->type == TY_CHAR;
	if (nchar) {
		IrSym **na = ir_alloc(a, sizeof *na * (size_t)(nargs + nchar + 1));
		const char **nn = ir_alloc(a, sizeof *nn * (size_t)(nargs + nchar + 1));
		int o = nargs;
		for (int k = 0; k < nargs; k++) {
			na[k] = u->args[k];
			nn[k] = u->argnames ? u->argnames[k] : u->args[k]->name;
		}
		for (int k = 0; k < nargs; k++) {
			IrSym *s = u->args[k];
			if (s->type != TY_CHAR)
				continue;
			IrSym *h = ir_sym_new(a, u, ir_sprintf(a, "%s_len", s->name), SYM_ARG, loc);
			h->type = TY_INT8;
			h->intent = INTENT_IN;
			h->declared = 1;
			h->len_of = s;
			h->argpos = o;
			s->clen = ir_var(a, h, NULL, 0, loc);
			na[o] = h;
			nn[o++] = h->name;
		}
		u->args = na;
		u->argnames = nn;
		u->nargs = nargs = o;
	}
	x->deps = ir_alloc(a, (size_t)((nargs + 1) * (nargs + 1)));
	x->darg = ir_alloc(a, (size_t)nargs + 2);
	u->aux = S; /* declared */
	ir_vec_push(a, &S->passive_units, u);
	ir_vec_push(a, &S->all, u);
	return u;
}

/* Standard intrinsic procedures stad does not have, with what to write instead: without this
 * the message below would offer --lib and !$AD EXTERNAL PASSIVE, wrong for an intrinsic. */
static const struct {
	const char *name, *instead;
} unsupported_intrinsics[] = {
        {"move_alloc", "ALLOCATE the destination with the source's bounds, assign it, DEALLOCATE the source"},
        {"get_command_argument", "pass the value to the head as an argument"},
        {"get_command", "pass the value to the head as an argument"},
        {"command_argument_count", "pass the value to the head as an argument"},
        {"get_environment_variable", "pass the value to the head as an argument"},
        {"execute_command_line", "run the command outside the differentiated code"},
        {"c_f_pointer", "pointers are not supported"},
        {"mvbits", "use IBITS and IOR on an INTEGER variable"},
};

void sema_report_undefined(Sema *S, const char *name, int function, IrLoc loc)
{
	(void)S;
	for (size_t i = 0; i < sizeof unsupported_intrinsics / sizeof unsupported_intrinsics[0]; i++)
		if (!strcmp(name, unsupported_intrinsics[i].name)) {
			ir_error(loc, "the intrinsic %s %s is not supported (%s)", function ? "function" : "subroutine", name,
			         unsupported_intrinsics[i].instead);
			return;
		}
	ir_error(loc,
	         "%s '%s' is not defined in the given files: give its source, describe it in a --lib file (and write "
	         "%s_d and %s_b for its derivatives), or, if it has no derivative effect, declare it with !$AD EXTERNAL "
	         "PASSIVE %s",
	         function ? "function" : "subroutine", name, name, name, name);
}
