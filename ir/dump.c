/*
 * dump.c — the IR as text (`stad ir`, `--dump`), stable for golden tests.
 *
 * Expressions print fully parenthesized with their types where sema set them, so a test sees
 * exactly what conversions and resolutions happened: `(x:r8 + dble(i:i4))`.
 */
#include "ir.h"

#include <inttypes.h>
#include <string.h>

static const char *tyname(IrBase b)
{
	switch (b) {
	case TY_INT: return "i4";
	case TY_INT8: return "i8";
	case TY_REAL4: return "r4";
	case TY_REAL8: return "r8";
	case TY_LOGICAL: return "l";
	case TY_CHAR: return "c";
	default: return "?";
	}
}

static void dump_args(FILE *out, IrExpr *const *v, int n)
{
	fputc('(', out);
	for (int i = 0; i < n; i++) {
		if (i)
			fputs(", ", out);
		ir_dump_expr(out, v[i]);
	}
	fputc(')', out);
}

void ir_dump_expr(FILE *out, const IrExpr *e)
{
	if (!e) {
		fputs("<null>", out);
		return;
	}
	switch (e->kind) {
	case IR_CONST_INT: fprintf(out, "%" PRId64, e->u.ival); break;
	case IR_CONST_REAL: fprintf(out, "%s", e->u.real.text ? e->u.real.text : "<real>"); break;
	case IR_CONST_LOG: fputs(e->u.ival ? ".true." : ".false.", out); break;
	case IR_CONST_STR: fprintf(out, "'%s'", e->u.str); break;
	case IR_REF:
		fprintf(out, "%s?", e->u.ref.name);
		if (e->u.ref.has_parens)
			dump_args(out, e->u.ref.args, e->u.ref.nargs);
		break;
	case IR_VAR:
		fprintf(out, "%s", e->u.var.sym->name);
		if (e->u.var.nidx)
			dump_args(out, e->u.var.idx, e->u.var.nidx);
		fprintf(out, ":%s", tyname(e->type));
		break;
	case IR_UNARY:
		fprintf(out, "(%s ", e->u.op.op == IR_NEG ? "-" : ir_ops[e->u.op.op].fortran);
		ir_dump_expr(out, e->u.op.a);
		fputc(')', out);
		break;
	case IR_BINARY:
		fputc('(', out);
		ir_dump_expr(out, e->u.op.a);
		fprintf(out, " %s ", ir_ops[e->u.op.op].fortran);
		ir_dump_expr(out, e->u.op.b);
		fputc(')', out);
		break;
	case IR_INTRIN:
	case IR_FCALL:
		fprintf(out, "%s%s", e->kind == IR_FCALL ? "call " : "", e->u.call.name);
		dump_args(out, e->u.call.args, e->u.call.nargs);
		if (e->kind == IR_FCALL)
			fprintf(out, ":%s", tyname(e->type));
		break;
	case IR_CONVERT:
		fprintf(out, "%s(", tyname(e->type));
		ir_dump_expr(out, e->u.conv.e);
		fputc(')', out);
		break;
	case IR_TRIPLET:
		if (e->u.triplet.lo)
			ir_dump_expr(out, e->u.triplet.lo);
		fputc(':', out);
		if (e->u.triplet.hi)
			ir_dump_expr(out, e->u.triplet.hi);
		if (e->u.triplet.st) {
			fputc(':', out);
			ir_dump_expr(out, e->u.triplet.st);
		}
		break;
	case IR_ARRAYCON:
	case IR_IMPLDO:
		fputs(e->kind == IR_ARRAYCON ? "[" : "(", out);
		for (int i = 0; i < e->u.list.nitems; i++) {
			if (i)
				fputs(", ", out);
			ir_dump_expr(out, e->u.list.items[i]);
		}
		if (e->kind == IR_IMPLDO) {
			fputs(", ", out);
			ir_dump_expr(out, e->u.list.ido->var);
			fputs(" = ", out);
			ir_dump_expr(out, e->u.list.ido->lo);
			fputs(", ", out);
			ir_dump_expr(out, e->u.list.ido->hi);
			if (e->u.list.ido->st) {
				fputs(", ", out);
				ir_dump_expr(out, e->u.list.ido->st);
			}
		}
		fputs(e->kind == IR_ARRAYCON ? "]" : ")", out);
		break;
	case IR_KEYWORD:
		fprintf(out, "%s = ", e->u.kw.name);
		ir_dump_expr(out, e->u.kw.e);
		break;
	case IR_COMPONENT:
		ir_dump_expr(out, e->u.comp.base);
		fprintf(out, "%%%s", e->u.comp.name);
		if (e->u.comp.nargs) {
			fputc('(', out);
			for (int i = 0; i < e->u.comp.nargs; i++) {
				if (i)
					fputs(", ", out);
				ir_dump_expr(out, e->u.comp.args[i]);
			}
			fputc(')', out);
		}
		break;
	}
}

static void indent(FILE *out, int n)
{
	for (int i = 0; i < n; i++)
		fputs("  ", out);
}

static void dump_block(FILE *out, const IrBlock *b, int depth);

/* A construct's block one level in, then the line that closes it (end) at depth. */
static void body_then(FILE *out, const IrBlock *b, int depth, const char *end)
{
	dump_block(out, b, depth + 1);
	indent(out, depth);
	fprintf(out, "%s\n", end);
}

/* A construct's first line: head and an expression. */
static void expr_line(FILE *out, const char *head, const IrExpr *e)
{
	fputs(head, out);
	ir_dump_expr(out, e);
	fputc('\n', out);
}

static const char *dirname_(IrDirKind k)
{
	switch (k) {
	case DIR_CHECKPOINT: return "checkpoint";
	case DIR_NOCHECKPOINT: return "nocheckpoint";
	case DIR_CHECKPOINT_START: return "checkpoint-start";
	case DIR_CHECKPOINT_END: return "checkpoint-end";
	case DIR_BINOMIAL: return "binomial-ckp";
	case DIR_EXTERNAL: return "external";
	case DIR_FPLOOP: return "fp-loop";
	case DIR_LINSOLVE: return "linear-solve";
	default: return "other";
	}
}

static const char *rtname(IrRtKind k)
{
	switch (k) {
	case RT_PUSH: return "push";
	case RT_POP: return "pop";
	case RT_PUSH_CTRL: return "push_ctrl";
	case RT_POP_CTRL: return "pop_ctrl";
	case RT_SNAP_WRITE: return "snapshot_write";
	case RT_SNAP_READ: return "snapshot_read";
	case RT_PROF_EVENT: return "profile_event";
	case RT_RAW: return "raw";
	case RT_INIT: return "init";
	case RT_SITES: return "sites";
	case RT_PROF_SITES: return "profile_sites";
	case RT_ZERO: return "zero";
	case RT_RV_STORE: return "revolve_store";
	case RT_RV_RESTORE: return "revolve_restore";
	case RT_PUSH_ROW: return "push_row";
	case RT_POP_ROW: return "pop_row";
	case RT_ALLOC: return "allocate";
	case RT_FREE: return "deallocate";
	case RT_FP_BEGIN: return "fp_begin";
	case RT_FP_TEST: return "fp_test";
	case RT_FP_END: return "fp_end";
	case RT_LS_BEGIN: return "ls_begin";
	case RT_LS_END: return "ls_end";
	case RT_LS_APPLY: return "ls_apply";
	case RT_ABI_ALIAS: return "abi_alias";
	case RT_COPY: return "copy";
	}
	return "?";
}

static void dump_stmt(FILE *out, const IrStmt *s, int depth)
{
	for (int i = 0; i < s->ndirs; i++) {
		indent(out, depth);
		fprintf(out, "!$ad %s", dirname_(s->dirs[i]->kind));
		for (int j = 0; j < s->dirs[i]->nargs; j++) {
			fputc(' ', out);
			ir_dump_expr(out, s->dirs[i]->args[j]);
		}
		fputc('\n', out);
	}
	indent(out, depth);
	if (s->label)
		fprintf(out, "%d: ", s->label);
	switch (s->kind) {
	case IR_ASSIGN:
		ir_dump_expr(out, s->u.assign.lhs);
		fputs(" = ", out);
		ir_dump_expr(out, s->u.assign.rhs);
		fputc('\n', out);
		break;
	case IR_IF:
		for (int i = 0; i < s->u.if_.ncond; i++) {
			if (i)
				indent(out, depth);
			expr_line(out, i ? "else if " : "if ", s->u.if_.conds[i]);
			dump_block(out, &s->u.if_.blocks[i], depth + 1);
		}
		if (s->u.if_.has_else) {
			indent(out, depth);
			fputs("else\n", out);
			dump_block(out, &s->u.if_.else_, depth + 1);
		}
		indent(out, depth);
		fputs("end if\n", out);
		break;
	case IR_DO:
		fputs("do ", out);
		ir_dump_expr(out, s->u.do_.var);
		fputs(" = ", out);
		ir_dump_expr(out, s->u.do_.lo);
		fputs(", ", out);
		ir_dump_expr(out, s->u.do_.hi);
		if (s->u.do_.step) {
			fputs(", ", out);
			ir_dump_expr(out, s->u.do_.step);
		}
		fputc('\n', out);
		body_then(out, &s->u.do_.body, depth, "end do");
		break;
	case IR_DOWHILE:
		expr_line(out, "do while ", s->u.dowhile.cond);
		body_then(out, &s->u.dowhile.body, depth, "end do");
		break;
	case IR_EXIT: fputs("exit\n", out); break;
	case IR_CYCLE: fputs("cycle\n", out); break;
	case IR_CALL:
		fprintf(out, "call %s", s->u.call.name);
		dump_args(out, s->u.call.args, s->u.call.nargs);
		if (s->u.call.site >= 0)
			fprintf(out, "  [site %d]", s->u.call.site);
		fputc('\n', out);
		break;
	case IR_RETURN: fputs("return\n", out); break;
	case IR_CONTINUE: fputs("continue\n", out); break;
	case IR_PRINT:
		fputs("print", out);
		dump_args(out, s->u.print.items, s->u.print.nitems);
		fputc('\n', out);
		break;
	case IR_STOP:
		fputs(s->u.stop.quiet ? "call exit" : s->u.stop.error ? "error stop" : "stop", out);
		if (s->u.stop.code) {
			fputc(' ', out);
			ir_dump_expr(out, s->u.stop.code);
		}
		fputc('\n', out);
		break;
	case IR_RT:
		fprintf(out, "rt %s", rtname(s->u.rt.kind));
		if (s->u.rt.e) {
			fputc(' ', out);
			ir_dump_expr(out, s->u.rt.e);
		}
		if (s->u.rt.count) {
			fputs(" count ", out);
			ir_dump_expr(out, s->u.rt.count);
		}
		if (s->u.rt.kind == RT_SNAP_WRITE || s->u.rt.kind == RT_SNAP_READ || s->u.rt.kind == RT_PROF_EVENT)
			fprintf(out, " site %d", s->u.rt.site);
		if (s->u.rt.kind == RT_PROF_EVENT)
			fprintf(out, " event %d", s->u.rt.event);
		for (int i = 0; i < s->u.rt.nvars; i++)
			fprintf(out, "%s%s", i ? ", " : " [", s->u.rt.vars[i]->name);
		if (s->u.rt.nvars)
			fputc(']', out);
		if (s->u.rt.text)
			fprintf(out, " %s", s->u.rt.text);
		fputc('\n', out);
		break;
	case IR_BLOCK:
		fputs("block\n", out);
		body_then(out, &s->u.block, depth, "end block");
		break;
	case IR_GOTO:
		if (s->u.go.kind == GOTO_ARITH) {
			fputs("if (", out);
			ir_dump_expr(out, s->u.go.expr);
			fputs(") ", out);
		} else {
			fputs("go to ", out);
		}
		if (s->u.go.kind == GOTO_COMPUTED)
			fputc('(', out);
		for (int i = 0; i < s->u.go.nlabels; i++)
			fprintf(out, "%s%d", i ? ", " : "", s->u.go.labels[i]);
		if (s->u.go.kind == GOTO_COMPUTED) {
			fputs("), ", out);
			ir_dump_expr(out, s->u.go.expr);
		}
		fputc('\n', out);
		break;
	case IR_SELECT:
		fputs("select case (", out);
		ir_dump_expr(out, s->u.select.expr);
		fputs(")\n", out);
		for (int i = 0; i < s->u.select.ncases; i++) {
			const IrCase *c = s->u.select.cases[i];
			indent(out, depth);
			if (!c->items) {
				fputs("case default\n", out);
			} else {
				fputs("case (", out);
				for (int k = 0; k < c->nitems; k++) {
					const IrCaseItem *it = c->items[k];
					if (k)
						fputs(", ", out);
					if (it->lo)
						ir_dump_expr(out, it->lo);
					if (it->range)
						fputc(':', out);
					if (it->range && it->hi)
						ir_dump_expr(out, it->hi);
				}
				fputs(")\n", out);
			}
			dump_block(out, &c->body, depth + 1);
		}
		indent(out, depth);
		fputs("end select\n", out);
		break;
	}
}

static void dump_block(FILE *out, const IrBlock *b, int depth)
{
	for (int i = 0; i < b->n; i++)
		dump_stmt(out, b->v[i], depth);
}

static const char *symkind(IrSymKind k)
{
	switch (k) {
	case SYM_LOCAL: return "local";
	case SYM_ARG: return "arg";
	case SYM_RESULT: return "result";
	case SYM_MODULE: return "module";
	case SYM_COMMON: return "common";
	case SYM_PARAM: return "parameter";
	case SYM_PROC: return "procedure";
	}
	return "?";
}

static void dump_sym(FILE *out, const IrSym *s)
{
	fprintf(out, "  %s %s %s", symkind(s->kind), tyname(s->type), s->name);
	if (s->rank) {
		fputc('(', out);
		for (int d = 0; d < s->rank; d++) {
			if (d)
				fputs(", ", out);
			if (s->dims[d].lo) {
				ir_dump_expr(out, s->dims[d].lo);
				fputc(':', out);
			}
			if (s->dims[d].hi)
				ir_dump_expr(out, s->dims[d].hi);
			else
				fputc('*', out);
		}
		fputc(')', out);
	}
	if (s->kind == SYM_ARG)
		fprintf(out, " #%d", s->argpos + 1);
	if (s->intent)
		fprintf(out, " intent(%s)", s->intent == INTENT_IN ? "in" : s->intent == INTENT_OUT ? "out" : "inout");
	if (s->is_save)
		fputs(" save", out);
	if (s->common)
		fprintf(out, " /%s/", s->common);
	if (s->init) {
		fputs(" = ", out);
		ir_dump_expr(out, s->init);
	}
	fputc('\n', out);
}

void ir_dump_unit(FILE *out, const IrUnit *u)
{
	static const char *kinds[] = {"program", "subroutine", "function", "module"};
	fprintf(out, "%s %s", kinds[u->kind], u->name);
	if (u->kind == UNIT_SUBROUTINE || u->kind == UNIT_FUNCTION) {
		fputc('(', out);
		for (int i = 0; i < u->nargs; i++)
			fprintf(out, "%s%s", i ? ", " : "", u->argnames[i]);
		fputc(')', out);
	}
	if (u->result)
		fprintf(out, " result(%s)", u->result->name);
	if (u->ext) /* a routine without source: no body */
		fprintf(out, " ! without source: %s%s%s%s", u->ext->passive ? "passive" : "active",
		        u->ext->libfile ? ", described in " : ", declared by !$AD EXTERNAL PASSIVE",
		        u->ext->libfile ? u->ext->libfile : "", u->ext->fortran ? ", gfortran's names" : "");
	fputc('\n', out);
	for (int i = 0; i < u->uses.n; i++) {
		const IrUse *us = u->uses.v[i];
		fprintf(out, "  use %s%s", us->module, us->only ? ", only:" : "");
		for (int k = 0; k < us->nnames; k++) {
			fprintf(out, "%s %s", k || !us->only ? "," : "", us->local[k]);
			if (strcmp(us->local[k], us->remote[k]) != 0)
				fprintf(out, " => %s", us->remote[k]);
		}
		fputc('\n', out);
	}
	for (int i = 0; i < u->syms.n; i++)
		dump_sym(out, u->syms.v[i]);
	fputs("begin\n", out);
	dump_block(out, &u->body, 1);
	fprintf(out, "end %s\n", u->name);
	for (int i = 0; i < u->contains.n; i++) {
		fputc('\n', out);
		ir_dump_unit(out, u->contains.v[i]);
	}
}

void ir_dump_program(FILE *out, const IrProgram *p)
{
	for (int i = 0; i < p->units.n; i++) {
		if (i)
			fputc('\n', out);
		ir_dump_unit(out, p->units.v[i]);
	}
	/* the routines without source described by --lib files (those declared by the pragma are
	 * in allunits after sema) */
	for (int i = 0; i < p->externals.n; i++) {
		fputc('\n', out);
		ir_dump_unit(out, p->externals.v[i]);
	}
}
