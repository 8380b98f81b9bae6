/*
 * emit.c — cg_emit: one .c and one .h for a list of exported units.
 *
 * The .c file reads top to bottom as a person would write it: the banner, the #includes the code
 * needs (and only those), the helper functions it uses, the file-scope variables (module
 * variables and COMMON members, grouped by module and block), prototypes of the static
 * routines, then the routines, callees before callers. Only what some routine uses is emitted,
 * so nothing is unused. The .h file holds the prototypes of the exported routines with their
 * argument lists explained.
 */
#include "cg_int.h"

#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- reachable units */

static void visit_block(Cg *cg, CgMap *state, const IrBlock *b);

static void visit_unit(Cg *cg, CgMap *state, const IrUnit *u)
{
	if (cg_map_get(state, u))
		return;
	cg_map_put(state, u, (void *)1);
	visit_block(cg, state, &u->body);
	cg_list_push(&cg->units, (void *)u);
}

typedef struct Visit {
	Cg *cg;
	CgMap *state;
} Visit;

static void visit_node(const IrExpr *e, void *ctx)
{
	Visit *v = ctx;
	if (e->kind == IR_FCALL && e->u.call.callee)
		visit_unit(v->cg, v->state, e->u.call.callee);
}

static void visit_expr(Cg *cg, CgMap *state, const IrExpr *e)
{
	Visit v = {cg, state};
	cg_expr_walk(e, visit_node, &v);
}

static void visit_block(Cg *cg, CgMap *state, const IrBlock *b)
{
	for (int i = 0; i < b->n; i++) {
		const IrStmt *s = b->v[i];
		switch (s->kind) {
		case IR_ASSIGN:
			visit_expr(cg, state, s->u.assign.lhs);
			visit_expr(cg, state, s->u.assign.rhs);
			break;
		case IR_IF:
			for (int k = 0; k < s->u.if_.ncond; k++) {
				visit_expr(cg, state, s->u.if_.conds[k]);
				visit_block(cg, state, &s->u.if_.blocks[k]);
			}
			visit_block(cg, state, &s->u.if_.else_);
			break;
		case IR_DO:
			visit_expr(cg, state, s->u.do_.lo);
			visit_expr(cg, state, s->u.do_.hi);
			visit_expr(cg, state, s->u.do_.step);
			visit_block(cg, state, &s->u.do_.body);
			break;
		case IR_DOWHILE:
			visit_expr(cg, state, s->u.dowhile.cond);
			visit_block(cg, state, &s->u.dowhile.body);
			break;
		case IR_CALL:
			for (int k = 0; k < s->u.call.nargs; k++)
				visit_expr(cg, state, s->u.call.args[k]);
			if (s->u.call.callee)
				visit_unit(cg, state, s->u.call.callee);
			break;
		case IR_PRINT:
			for (int k = 0; k < s->u.print.nitems; k++)
				visit_expr(cg, state, s->u.print.items[k]);
			break;
		case IR_STOP: visit_expr(cg, state, s->u.stop.code); break;
		case IR_RT: visit_expr(cg, state, s->u.rt.e); break;
		case IR_BLOCK: visit_block(cg, state, &s->u.block); break;
		default: break;
		}
	}
}

/* ---------------------------------------------------------------- comments */

static void comment_line_text(CgBuf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '*' && i + 1 < n && s[i + 1] == '/')
			cg_buf_puts(b, "* ");
		else
			cg_buf_putc(b, s[i]);
	}
}

/* The banner as a C comment (several lines become a block comment). */
static void banner(CgBuf *b, const char *text)
{
	if (!text || !*text)
		return;
	const char *nl = strchr(text, '\n');
	if (!nl || !nl[1]) {
		cg_buf_puts(b, "/* ");
		comment_line_text(b, text, nl ? (size_t)(nl - text) : strlen(text));
		cg_buf_puts(b, " */\n");
		return;
	}
	cg_buf_puts(b, "/*\n");
	const char *p = text;
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		cg_buf_puts(b, n ? " * " : " *");
		comment_line_text(b, p, n);
		cg_buf_putc(b, '\n');
		if (!e)
			break;
		p = e + 1;
	}
	cg_buf_puts(b, " */\n");
}

/* ---------------------------------------------------------------- file-scope variables */

static void global_decl(Cg *cg, const IrSym *s, CgBuf *b)
{
	const char *name = cg_map_get(&cg->global_name, s);
	const char *t = cg_ctype(s->type);
	if (s->kind == SYM_PARAM) {
		cg_buf_printf(b, "static const %s %s = ", t, name);
		if (s->init)
			cg_const(s->init, b);
		else
			cg_buf_puts(b, "0");
		cg_buf_puts(b, ";\n");
		return;
	}
	if (!s->rank) {
		cg_buf_printf(b, "static %s %s", t, name);
		if (s->init) {
			cg_buf_puts(b, " = ");
			cg_const(s->init, b);
		}
		cg_buf_puts(b, ";\n");
		return;
	}
	long long n = 1;
	for (int d = 0; d < s->rank; d++) {
		long long lo = 1, hi;
		if ((s->dims[d].lo && !cg_fold_int(s->dims[d].lo, &lo)) || !s->dims[d].hi ||
		    !cg_fold_int(s->dims[d].hi, &hi)) {
			cg_problem(cg, s->loc, "the bounds of '%s' must be constant", s->name);
			continue;
		}
		n *= hi >= lo ? hi - lo + 1 : 0;
	}
	cg_buf_printf(b, "static %s %s[%lld]", t, name, n > 0 ? n : 1);
	cg_array_init(s, b);
	cg_buf_puts(b, ";\n");
}

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

static void globals(Cg *cg, const CgMap *used, CgBuf *b)
{
	CgMap done = {0};
	int groups = 0;
	/* module variables, module by module */
	for (int i = 0; i < cg->p->units.n; i++) {
		const IrUnit *m = cg->p->units.v[i];
		if (m->kind != UNIT_MODULE)
			continue;
		int header = 0;
		for (int k = 0; k < m->syms.n; k++) {
			const IrSym *s = m->syms.v[k];
			if (!cg_map_get(used, s) || cg_map_get(&done, s))
				continue;
			if (!header) {
				if (groups++)
					cg_buf_putc(b, '\n');
				cg_buf_printf(b, "/* MODULE %s", m->name);
				if (m->loc.file)
					cg_buf_printf(b, " (%s:%d)", base_name(m->loc.file), m->loc.line);
				cg_buf_puts(b, " */\n");
				header = 1;
			}
			global_decl(cg, s, b);
			cg_map_put(&done, s, (void *)1);
		}
	}
	/* COMMON blocks */
	for (int i = 0; i < cg->p->commons.n; i++) {
		const IrCommon *c = cg->p->commons.v[i];
		int header = 0;
		for (int k = 0; k < c->members.n; k++) {
			const IrSym *s = c->members.v[k];
			if (!cg_map_get(used, s) || cg_map_get(&done, s))
				continue;
			if (!header) {
				if (groups++)
					cg_buf_putc(b, '\n');
				if (c->name && c->name[0])
					cg_buf_printf(b, "/* COMMON /%s/ */\n", c->name);
				else
					cg_buf_puts(b, "/* blank COMMON */\n");
				header = 1;
			}
			global_decl(cg, s, b);
			cg_map_put(&done, s, (void *)1);
		}
	}
	/* anything else (variables the AD passes created) */
	int header = 0;
	for (int i = 0; i < cg->globals.n; i++) {
		const IrSym *s = cg->globals.v[i];
		if (!cg_map_get(used, s) || cg_map_get(&done, s))
			continue;
		if (!header) {
			if (groups++)
				cg_buf_putc(b, '\n');
			cg_buf_puts(b, "/* file-scope variables */\n");
			header = 1;
		}
		global_decl(cg, s, b);
		cg_map_put(&done, s, (void *)1);
	}
	cg_map_free(&done);
}

/* ---------------------------------------------------------------- the files */

static void write_buf(FILE *f, const CgBuf *b)
{
	if (b->n)
		fwrite(b->s, 1, b->n, f);
}

static void unit_header_comment(const IrUnit *u, const char *argdoc, CgBuf *b)
{
	cg_buf_puts(b, "/* ");
	if (u->comment) {
		comment_line_text(b, u->comment, strlen(u->comment));
	} else {
		const char *k = u->kind == UNIT_FUNCTION ? "FUNCTION" : u->kind == UNIT_PROGRAM ? "PROGRAM" : "SUBROUTINE";
		cg_buf_printf(b, "primal of %s %s", k, u->name);
		if (u->loc.file)
			cg_buf_printf(b, " (%s:%d)", base_name(u->loc.file), u->loc.line);
	}
	if (argdoc && *argdoc) {
		cg_buf_puts(b, "\n * Arguments, all by address: ");
		comment_line_text(b, argdoc, strlen(argdoc));
	}
	cg_buf_puts(b, " */\n");
}

static void header_file(Cg *cg, IrUnit *const *exported, int nexported, CgBuf *b)
{
	CgBuf guard = {0};
	const char *gsrc = cg->o.header_name;
	if (!gsrc)
		gsrc = nexported ? cg_map_get(&cg->unit_cname, exported[0]) : "stad_out";
	for (const char *p = base_name(gsrc); *p; p++)
		cg_buf_putc(&guard, isalnum((unsigned char)*p) ? (char)toupper((unsigned char)*p) : '_');
	if (!cg->o.header_name)
		cg_buf_puts(&guard, "_H");
	const char *g = cg_buf_str(&guard);
	banner(b, cg->o.banner);
	cg_buf_printf(b, "#ifndef %s%s\n#define %s%s\n", isdigit((unsigned char)g[0]) ? "H_" : "", g,
	              isdigit((unsigned char)g[0]) ? "H_" : "", g);
	for (int i = 0; i < nexported; i++) {
		const IrUnit *u = exported[i];
		if (u->kind == UNIT_PROGRAM || u->kind == UNIT_MODULE)
			continue;
		cg_buf_putc(b, '\n');
		unit_header_comment(u, cg_map_get(&cg->unit_argdoc, u), b);
		cg_buf_printf(b, "%s;\n", cg_unit_sig(cg, u));
	}
	cg_buf_puts(b, "\n#endif\n");
	cg_buf_free(&guard);
}

int cg_emit(FILE *c, FILE *h, const IrProgram *p, IrUnit *const *exported, int nexported, const CgOptions *o)
{
	assert(c && p && (exported || !nexported));
	Cg cg = {0};
	cg.p = p;
	if (o)
		cg.o = *o;

	/* the units to emit, callees first */
	CgMap state = {0};
	for (int i = 0; i < nexported; i++) {
		const IrUnit *u = exported[i];
		if (u->kind == UNIT_MODULE) {
			cg_problem(&cg, u->loc, "a MODULE cannot be exported as a routine");
			continue;
		}
		cg_map_put(&cg.exported, u, (void *)1);
		visit_unit(&cg, &state, u);
	}
	cg_map_free(&state);

	/* names: exported ones are fixed (drivers call them), static ones avoid them */
	for (int i = 0; i < cg.units.n; i++) {
		const IrUnit *u = cg.units.v[i];
		if (!cg_map_get(&cg.exported, u))
			continue;
		char buf[512];
		cg_unit_cname(u, o, buf, sizeof buf);
		if (cg_names_has(&cg.global_taken, buf))
			cg_problem(&cg, u->loc, "two exported routines would both be called '%s' in C", buf);
		cg_names_add(&cg.global_taken, buf);
		cg_map_put(&cg.unit_cname, u, cg_strdup(&cg, buf));
	}
	for (int i = 0; i < cg.units.n; i++) {
		const IrUnit *u = cg.units.v[i];
		if (!cg_map_get(&cg.exported, u))
			cg_map_put(&cg.unit_cname, u, (void *)cg_unique(&cg, &cg.global_taken, u->name));
	}

	/* the routines */
	CgBuf defs = {0};
	CgMap used = {0}; /* canonical globals some routine prints */
	for (int i = 0; i < cg.units.n; i++) {
		if (i)
			cg_buf_putc(&defs, '\n');
		cg_unit(&cg, cg.units.v[i], &defs);
	}
	for (int i = 0; i < cg.globals.n; i++) {
		const IrSym *s = cg.globals.v[i];
		if (cg_map_get(&cg.global_used, s))
			cg_map_put(&used, s, (void *)1);
	}

	/* assemble the .c file */
	CgBuf out = {0};
	banner(&out, cg.o.banner);
	if (out.n)
		cg_buf_putc(&out, '\n');
	int includes = 0;
	if (cg.use_math)
		cg_buf_puts(&out, "#include <math.h>\n"), includes++;
	if (cg.use_stdint)
		cg_buf_puts(&out, "#include <stdint.h>\n"), includes++;
	if (cg.use_stdio)
		cg_buf_puts(&out, "#include <stdio.h>\n"), includes++;
	if (cg.use_stdlib)
		cg_buf_puts(&out, "#include <stdlib.h>\n"), includes++;
	if (cg.use_string)
		cg_buf_puts(&out, "#include <string.h>\n"), includes++;
	if (cg.o.uses_runtime || cg.o.header_name) {
		if (includes)
			cg_buf_putc(&out, '\n');
		if (cg.o.uses_runtime)
			cg_buf_puts(&out, "#include \"stad_rt.h\"\n");
		if (cg.o.header_name)
			cg_buf_printf(&out, "#include \"%s\"\n", cg.o.header_name);
		includes++;
	}
	CgBuf helpers = {0}, vars = {0}, protos = {0};
	cg_helpers(&cg, &helpers);
	globals(&cg, &used, &vars);
	for (int i = 0; i < cg.units.n; i++) {
		const IrUnit *u = cg.units.v[i];
		if (!cg_map_get(&cg.exported, u))
			cg_buf_printf(&protos, "static %s;\n", cg_unit_sig(&cg, u));
	}
	const CgBuf *parts[] = {&helpers, &vars, &protos, &defs};
	int any = includes > 0;
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		if (!parts[i]->n)
			continue;
		if (any)
			cg_buf_putc(&out, '\n');
		cg_buf_append(&out, parts[i]);
		any = 1;
	}
	write_buf(c, &out);

	if (h) {
		CgBuf hb = {0};
		header_file(&cg, exported, nexported, &hb);
		write_buf(h, &hb);
		cg_buf_free(&hb);
	}

	cg_buf_free(&out);
	cg_buf_free(&helpers);
	cg_buf_free(&vars);
	cg_buf_free(&protos);
	cg_buf_free(&defs);
	cg_map_free(&used);
	cg_map_free(&cg.unit_cname);
	cg_map_free(&cg.unit_sig);
	cg_map_free(&cg.unit_argdoc);
	for (int i = 0; i < cg.units.n; i++)
		free(cg_map_get(&cg.arg_flags, cg.units.v[i]));
	cg_map_free(&cg.arg_flags);
	cg_map_free(&cg.exported);
	cg_map_free(&cg.global_name);
	cg_map_free(&cg.global_used);
	cg_names_free(&cg.global_taken);
	cg_list_free(&cg.globals);
	cg_list_free(&cg.units);
	for (int i = 0; i < cg.pool.n; i++)
		free(cg.pool.v[i]);
	cg_list_free(&cg.pool);
	return cg.problems;
}
