/*
 * build.c — assembles parsed statements into program units and structured blocks.
 *
 * The grammar reads one statement at a time; this file keeps what spans statements:
 *   - the open program units (a MODULE or procedure, and after CONTAINS the procedures it
 *     contains); statements before any unit header form an implicit main program "main";
 *   - the open IF, DO and SELECT CASE constructs, innermost last, each with the block that
 *     receives the next statement, and its construct name (`outer: do`), which END, EXIT and
 *     CYCLE refer to. A labelled DO (`DO 10 I = 1, N`) is closed by the statement labelled 10,
 *     which belongs inside the innermost loop; several DOs may share that label;
 *   - labels that GO TO may jump to but that sit on statements the IR does not keep: a
 *     labelled END DO becomes a labelled CONTINUE at the end of the loop's body, a labelled
 *     END IF, END SELECT or END a labelled CONTINUE after the construct (at the end of the
 *     unit). An EXIT from a named IF or SELECT CASE becomes a GO TO a CONTINUE after it,
 *     labelled with a number above any user label;
 *   - the !$AD directives read but not yet attached: they go to the next statement, or, when a
 *     block ends first (END DO, ELSE, END IF, END), to a CONTINUE at the end of that block.
 * Mismatched structure (END DO without DO, IF without END IF) is reported at the construct,
 * once, and the stacks are repaired so the rest of the file reads normally.
 */
#include "fe_int.h"

#include <stdlib.h>
#include <string.h>

struct FeUnitCtx {
	IrUnit *u;
	int in_contains;   /* after CONTAINS: only procedures may follow */
	int has_exec;      /* an executable statement was seen */
	int implicit_main; /* made up for statements outside any unit */
};

enum { CON_DO, CON_IF, CON_SELECT, CON_WHERE, CON_FORALL };

struct FeConstruct {
	int kind;         /* CON_DO, CON_IF, CON_SELECT, CON_WHERE or CON_FORALL */
	IrBlock *body;    /* FORALL: the block its statements go to */
	IrStmt *s;        /* IR_DO / IR_DOWHILE / IR_IF / IR_SELECT; a detached one after an error */
	int end_label;    /* labelled DO: its terminal statement's label */
	int in_else;      /* IF: ELSE seen */
	int cap;          /* IF: capacity of conds/blocks */
	const char *name; /* construct name, or NULL */
	int exit_label;   /* IF, SELECT: label of the CONTINUE after it that EXIT name jumps to */
	IrVec cases;      /* SELECT: IrCase* */
	IrBlock pre;      /* SELECT: statements before the first CASE (an error; dropped) */
	IrLoc loc;
};

static const char *const construct_words[] = {
        [CON_DO] = "DO", [CON_IF] = "IF", [CON_SELECT] = "SELECT", [CON_WHERE] = "WHERE", [CON_FORALL] = "FORALL",
};

static const char *const unit_words[] = {
        [UNIT_PROGRAM] = "PROGRAM",
        [UNIT_SUBROUTINE] = "SUBROUTINE",
        [UNIT_FUNCTION] = "FUNCTION",
        [UNIT_MODULE] = "MODULE",
};

static void *grow(void *v, int *cap, size_t elem)
{
	*cap = *cap ? *cap * 2 : 8;
	void *n = realloc(v, elem * (size_t)*cap);
	if (!n)
		abort();
	return n;
}

void fe_build_free(FeParser *p)
{
	free(p->units);
	free(p->cons);
	free(p->do_labels);
	p->do_labels = NULL;
	p->units = NULL;
	p->cons = NULL;
	p->nunits = p->ncons = 0;
}

void fe_label(FeParser *p, int label)
{
	p->label = label;
	p->cname = NULL;
}

void fe_construct_name(FeParser *p, const char *name, IrLoc loc)
{
	p->cname = name;
	p->cname_loc = loc;
}

/* ---------------------------------------------------------------- directives */

static const struct {
	const char *word;
	IrDirKind kind;
} directive_words[] = {
        {"CHECKPOINT", DIR_CHECKPOINT},
        {"NOCHECKPOINT", DIR_NOCHECKPOINT},
        {"CHECKPOINT-START", DIR_CHECKPOINT_START},
        {"CHECKPOINT-END", DIR_CHECKPOINT_END},
        {"BINOMIAL-CKP", DIR_BINOMIAL},
        {"EXTERNAL", DIR_EXTERNAL},
        {"FP-LOOP", DIR_FPLOOP},
        {"LINEAR-SOLVE", DIR_LINSOLVE},
};
#define directive_nwords (sizeof directive_words / sizeof directive_words[0])

/* Edit distance of a (n characters, any case) and the upper-case word w, or more than 3. */
static int word_distance(const char *a, size_t n, const char *w)
{
	size_t m = strlen(w);
	if (n > 40 || m > 40 || (n > m ? n - m : m - n) > 3)
		return 4;
	int d[41][41];
	for (size_t i = 0; i <= n; i++)
		d[i][0] = (int)i;
	for (size_t j = 0; j <= m; j++)
		d[0][j] = (int)j;
	for (size_t i = 1; i <= n; i++)
		for (size_t j = 1; j <= m; j++) {
			int c = a[i - 1] >= 'a' && a[i - 1] <= 'z' ? a[i - 1] - 'a' + 'A' : a[i - 1];
			int best = d[i - 1][j - 1] + (c != w[j - 1]);
			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			d[i][j] = best;
		}
	return d[n][m];
}

const char *fe_directive_near(const char *text)
{
	size_t n = 0;
	while (text && text[n] && text[n] != ' ' && text[n] != '\t' && text[n] != ',')
		n++;
	const char *best = NULL;
	int bd = 3; /* at most two edits */
	for (size_t k = 0; k < directive_nwords; k++) {
		int dist = word_distance(text, n, directive_words[k].word);
		if (dist < bd) {
			bd = dist;
			best = directive_words[k].word;
		}
	}
	return best;
}

static IrDirKind directive_kind(const char *text, size_t *wordlen)
{
	size_t n = 0;
	while (text[n] && text[n] != ' ' && text[n] != '\t' && text[n] != ',')
		n++;
	*wordlen = n;
	for (size_t k = 0; k < directive_nwords; k++) {
		const char *w = directive_words[k].word;
		size_t i = 0;
		while (i < n && w[i] && (text[i] >= 'a' && text[i] <= 'z' ? text[i] - 'a' + 'A' : text[i]) == w[i])
			i++;
		if (i == n && !w[i])
			return directive_words[k].kind;
	}
	return DIR_OTHER;
}

/* `x = u` as `x=u`: the options of FP-LOOP and LINEAR-SOLVE are words key=value that blanks
 * separate (trial s16: blanks around '=' made four errors of one directive). */
static const char *join_options(IrArena *a, const char *text)
{
	char *t = ir_strdup(a, text), *o = t;
	for (const char *c = text; *c; c++) {
		if (*c == ' ' || *c == '\t') {
			const char *n = c;
			while (*n == ' ' || *n == '\t')
				n++;
			if (*n == '=' || (o > t && o[-1] == '=')) {
				c = n - 1;
				continue;
			}
		}
		*o++ = *c;
	}
	*o = 0;
	return t;
}

void fe_directive(FeParser *p, const char *text, IrVec *args, IrLoc loc)
{
	IrDirective *d = ir_alloc(p->a, sizeof *d);
	size_t wl;
	d->kind = directive_kind(text, &wl);
	if (d->kind == DIR_FPLOOP || d->kind == DIR_LINSOLVE)
		text = join_options(p->a, text);
	d->text = text;
	d->loc = loc;
	if (args) {
		d->nargs = args->n;
		d->args = ir_alloc(p->a, sizeof *d->args * (size_t)(args->n ? args->n : 1));
		for (int i = 0; i < args->n; i++) {
			d->args[i] = args->v[i];
			if (fe_expr_too_deep(d->args[i])) {
				ir_error(d->args[i]->loc, "expression nested too deeply (more than %d levels)",
				         FE_MAX_EXPR_DEPTH);
				return;
			}
		}
	} else if (d->kind != DIR_OTHER && d->kind != DIR_EXTERNAL && d->kind != DIR_FPLOOP && d->kind != DIR_LINSOLVE &&
	           text[wl]) {
		ir_warning(loc, "text after !$AD %.*s is ignored", (int)wl, text);
	}
	ir_vec_push(p->a, &p->pending, d);
}

static void attach_pending(FeParser *p, IrStmt *s)
{
	if (!p->pending.n)
		return;
	s->dirs = ir_alloc(p->a, sizeof *s->dirs * (size_t)p->pending.n);
	for (int i = 0; i < p->pending.n; i++)
		s->dirs[i] = p->pending.v[i];
	s->ndirs = p->pending.n;
	memset(&p->pending, 0, sizeof p->pending);
}

/* Directives with no statement left in their block go on a CONTINUE at the block's end. */
static void flush_pending(FeParser *p, IrBlock *b)
{
	if (!p->pending.n)
		return;
	IrDirective *last = p->pending.v[p->pending.n - 1];
	IrStmt *s = ir_stmt_new(p->a, IR_CONTINUE, last->loc);
	attach_pending(p, s);
	ir_block_add(p->a, b, s);
}

/* ---------------------------------------------------------------- units */

static FeUnitCtx *top_unit(FeParser *p)
{
	return p->nunits ? &p->units[p->nunits - 1] : NULL;
}

static void push_unit(FeParser *p, IrUnit *u, int implicit_main)
{
	if (p->nunits == p->capunits)
		p->units = grow(p->units, &p->capunits, sizeof *p->units);
	FeUnitCtx *c = &p->units[p->nunits++];
	memset(c, 0, sizeof *c);
	c->u = u;
	c->implicit_main = implicit_main;
}

/* Statements outside any unit: the F77 main program without a PROGRAM statement. */
static FeUnitCtx *unit_for_statement(FeParser *p, IrLoc loc)
{
	if (!p->nunits) {
		IrUnit *u = ir_unit_new(p->a, UNIT_PROGRAM, "main", loc);
		ir_vec_push(p->a, &p->prog->units, u);
		push_unit(p, u, 1);
	}
	return top_unit(p);
}

/* The unit for a declaration or (exec) an executable statement, or NULL when none may come
 * here (reported). */
static FeUnitCtx *body_unit(FeParser *p, IrLoc loc, int exec)
{
	FeUnitCtx *c = unit_for_statement(p, loc);
	if (c->in_contains) {
		ir_error(loc, "only procedures may follow CONTAINS");
		return NULL;
	}
	if (exec && c->u->kind == UNIT_MODULE) {
		ir_error(loc, "executable statements are not allowed in a MODULE");
		return NULL;
	}
	return c;
}

static IrBlock *current_block(FeParser *p)
{
	if (p->ncons) {
		FeConstruct *c = &p->cons[p->ncons - 1];
		if (c->kind == CON_DO && c->body) /* DO CONCURRENT: inside its nest */
			return c->body;
		if (c->kind == CON_DO)
			return c->s->kind == IR_DOWHILE ? &c->s->u.dowhile.body : &c->s->u.do_.body;
		if (c->kind == CON_FORALL)
			return c->body;
		if (c->kind == CON_SELECT)
			return c->cases.n ? &((IrCase *)c->cases.v[c->cases.n - 1])->body : &c->pre;
		return c->in_else ? &c->s->u.if_.else_ : &c->s->u.if_.blocks[c->s->u.if_.ncond - 1];
	}
	FeUnitCtx *u = top_unit(p);
	return &u->u->body;
}

static void report_unclosed(FeParser *p, const FeConstruct *c)
{
	(void)p;
	if (c->kind == CON_IF)
		ir_error(c->loc, "IF block without END IF");
	else if (c->kind == CON_SELECT)
		ir_error(c->loc, "SELECT CASE without END SELECT");
	else if (c->kind == CON_WHERE)
		ir_error(c->loc, "WHERE block without END WHERE");
	else if (c->kind == CON_FORALL)
		ir_error(c->loc, "FORALL block without END FORALL");
	else if (c->end_label)
		ir_error(c->loc, "DO loop never reaches its terminal label %d", c->end_label);
	else
		ir_error(c->loc, "DO loop without END DO");
}

static void pop_construct(FeParser *p)
{
	FeConstruct *c = &p->cons[--p->ncons];
	p->nopen[c->kind]--;
	if (c->end_label)
		p->do_labels[c->end_label]--;
}

/* Close every open construct (at END, CONTAINS, or a new unit): each one is an error. */
static void close_constructs(FeParser *p)
{
	while (p->ncons) {
		report_unclosed(p, &p->cons[p->ncons - 1]);
		pop_construct(p);
	}
}

static void end_unit(FeParser *p, IrLoc loc)
{
	FeUnitCtx *c = top_unit(p);
	close_constructs(p);
	if (p->pending.n) {
		if (c->u->kind == UNIT_MODULE || c->in_contains) {
			ir_warning(((IrDirective *)p->pending.v[0])->loc,
			           "!$AD directive not followed by a statement is ignored");
			memset(&p->pending, 0, sizeof p->pending);
		} else {
			flush_pending(p, &c->u->body);
		}
	}
	c->u->end_loc = loc;
	p->nunits--;
}

void fe_unit_begin(FeParser *p, IrUnitKind kind, const char *name, IrVec *args, const char *result, FePrefix pre, IrLoc loc)
{
	p->pointer_refused = 0;
	IrUnit *parent = NULL;
	if (p->pending.n) {
		ir_warning(((IrDirective *)p->pending.v[0])->loc, "!$AD directive before a %s statement is ignored",
		           unit_words[kind]);
		memset(&p->pending, 0, sizeof p->pending);
	}
	while (p->nunits) {
		FeUnitCtx *c = top_unit(p);
		if (c->in_contains) {
			parent = c->u;
			break;
		}
		if (c->implicit_main)
			ir_error(loc, "missing END statement before this %s", unit_words[kind]);
		else
			ir_error(c->u->loc, "%s %s has no END statement", unit_words[c->u->kind], c->u->name);
		end_unit(p, loc);
	}
	close_constructs(p); /* left open by refused statements outside any unit */
	if (parent && (kind == UNIT_MODULE || kind == UNIT_PROGRAM)) {
		ir_error(loc, "a %s cannot be contained in another unit", unit_words[kind]);
		parent = NULL;
	}
	if (parent && parent->parent && parent->parent->parent) {
		ir_error(loc, "procedures nested too deeply");
		parent = NULL;
	}
	if (pre.typed && kind != UNIT_FUNCTION)
		ir_error(pre.loc, "only a FUNCTION can have a type");
	IrUnit *u = ir_unit_new(p->a, kind, name, loc);
	if (args && args->n) {
		u->nargs = args->n;
		u->argnames = ir_alloc(p->a, sizeof *u->argnames * (size_t)args->n);
		for (int i = 0; i < args->n; i++)
			u->argnames[i] = args->v[i];
	}
	u->result_name = result;
	u->declared_type = kind == UNIT_FUNCTION ? pre.type : TY_NONE;
	u->elemental = pre.elemental;
	u->recursive = pre.recursive;
	u->blockdata = kind == UNIT_MODULE && p->blockdata;
	p->blockdata = 0;
	u->declared_kind = kind == UNIT_FUNCTION ? pre.kind : NULL;
	if (parent) {
		u->parent = parent;
		ir_vec_push(p->a, &parent->contains, u);
	} else {
		ir_vec_push(p->a, &p->prog->units, u);
	}
	push_unit(p, u, 0);
}

/* A CONTINUE carrying a label GO TO may jump to, at the end of block b. */
static void add_label_continue(FeParser *p, IrBlock *b, int label, IrLoc loc)
{
	IrStmt *s = ir_stmt_new(p->a, IR_CONTINUE, loc);
	s->label = label;
	ir_block_add(p->a, b, s);
}

void fe_unit_end(FeParser *p, int kind, const char *name, IrLoc loc)
{
	if (p->cur_type) {
		ir_error(p->cur_type->loc, "TYPE %s has no END TYPE", p->cur_type->name);
		p->cur_type = NULL;
	}
	if (!p->nunits) {
		if (kind != -1 && kind != UNIT_PROGRAM) {
			ir_error(loc, "END %s without a matching %s statement", unit_words[kind], unit_words[kind]);
			return;
		}
		unit_for_statement(p, loc); /* a main program that is just END */
	}
	FeUnitCtx *c = top_unit(p);
	if (kind != -1 && kind != (int)c->u->kind && !c->implicit_main)
		ir_error(loc, "END %s does not match %s %s", unit_words[kind], unit_words[c->u->kind], c->u->name);
	else if (kind != -1 && kind != UNIT_PROGRAM && c->implicit_main)
		ir_error(loc, "END %s without a matching %s statement", unit_words[kind], unit_words[kind]);
	else if (name && !c->implicit_main && strcmp(name, c->u->name) != 0)
		ir_error(loc, "END %s %s does not match %s %s", unit_words[kind], name, unit_words[c->u->kind], c->u->name);
	if (p->label && c->u->kind != UNIT_MODULE && !c->in_contains) {
		close_constructs(p);
		add_label_continue(p, &c->u->body, p->label, loc); /* `99 END`: GO TO 99 returns */
	}
	end_unit(p, loc);
}

void fe_contains(FeParser *p, IrLoc loc)
{
	FeUnitCtx *c = unit_for_statement(p, loc);
	if (c->in_contains) {
		ir_error(loc, "a second CONTAINS in %s %s", unit_words[c->u->kind], c->u->name);
		return;
	}
	close_constructs(p);
	flush_pending(p, &c->u->body);
	c->in_contains = 1;
}

void fe_generic(FeParser *p, const char *name, IrVec *specs, IrLoc loc)
{
	FeUnitCtx *c = body_unit(p, loc, 0);
	if (!c)
		return;
	IrGeneric *g = ir_alloc(p->a, sizeof *g);
	g->name = name;
	g->loc = loc;
	g->nspecs = specs ? specs->n : 0;
	g->specs = ir_alloc(p->a, sizeof *g->specs * (size_t)(g->nspecs + 1));
	for (int i = 0; i < g->nspecs; i++)
		g->specs[i] = ((IrEntity *)specs->v[i])->name;
	ir_vec_push(p->a, &c->u->generics, g);
}

void fe_interfaces(FeParser *p, IrVec *names, IrLoc loc)
{
	FeUnitCtx *c = body_unit(p, loc, 0);
	if (!c)
		return;
	for (int i = 0; names && i < names->n; i++)
		ir_vec_push(p->a, &c->u->interfaces, (void *)((IrEntity *)names->v[i])->name);
}

void fe_use(FeParser *p, IrUse *use, IrLoc loc)
{
	use->loc = loc;
	FeUnitCtx *c = body_unit(p, loc, 0);
	if (!c)
		return;
	ir_vec_push(p->a, &c->u->uses, use);
}

/* ---------------------------------------------------------------- labelled DO termination */

static int open_do_with_label(const FeParser *p, int label)
{
	return label > 0 && label <= FE_MAX_LABEL && p->do_labels && p->do_labels[label] > 0;
}

/* The statement labelled `label` was just added: it ends every DO waiting for that label. */
static void terminate_do(FeParser *p, int label)
{
	if (!open_do_with_label(p, label))
		return;
	while (p->ncons && open_do_with_label(p, label)) {
		FeConstruct *c = &p->cons[p->ncons - 1];
		if (!(c->kind == CON_DO && c->end_label == label)) {
			if (c->kind != CON_DO)
				ir_error(c->loc, "%s block must end before the statement labelled %d that ends its DO loop",
				         c->kind == CON_IF ? "IF" : "SELECT CASE", label);
			else
				ir_error(c->loc, "DO loops overlap: this one must end before label %d", label);
		}
		flush_pending(p, current_block(p));
		pop_construct(p);
	}
}

/* A statement that cannot end a DO loop must not carry the label a DO waits for. */
static void check_not_terminal(FeParser *p, IrLoc loc)
{
	if (p->label && open_do_with_label(p, p->label)) {
		ir_error(loc, "this statement cannot end the DO loop waiting for label %d", p->label);
		terminate_do(p, p->label);
	}
}

/* ---------------------------------------------------------------- statements */

static int stmt_too_deep(const IrStmt *s)
{
	switch (s->kind) {
	case IR_ASSIGN: return fe_expr_too_deep(s->u.assign.lhs) || fe_expr_too_deep(s->u.assign.rhs);
	case IR_CALL:
		for (int i = 0; i < s->u.call.nargs; i++)
			if (fe_expr_too_deep(s->u.call.args[i]))
				return 1;
		return 0;
	case IR_PRINT:
		for (int i = 0; i < s->u.print.nitems; i++)
			if (fe_expr_too_deep(s->u.print.items[i]))
				return 1;
		return 0;
	case IR_IF:
		for (int i = 0; i < s->u.if_.ncond; i++)
			if (fe_expr_too_deep(s->u.if_.conds[i]))
				return 1;
		return s->u.if_.logical_if && s->u.if_.blocks[0].n && stmt_too_deep(s->u.if_.blocks[0].v[0]);
	case IR_DO: return fe_expr_too_deep(s->u.do_.lo) || fe_expr_too_deep(s->u.do_.hi) || fe_expr_too_deep(s->u.do_.step);
	case IR_DOWHILE: return fe_expr_too_deep(s->u.dowhile.cond);
	case IR_STOP: return fe_expr_too_deep(s->u.stop.code);
	case IR_GOTO: return fe_expr_too_deep(s->u.go.expr);
	case IR_SELECT: return fe_expr_too_deep(s->u.select.expr);
	default: return 0;
	}
}

/* Add a statement to the current block; NULL when it could not be built. */
static int add_stmt(FeParser *p, IrStmt *s)
{
	if (!s)
		return 0;
	if (p->cur_type) {
		ir_error(s->loc, "an executable statement cannot be in TYPE %s (END TYPE is missing)", p->cur_type->name);
		return 0;
	}
	FeUnitCtx *c = body_unit(p, s->loc, 1);
	if (!c)
		return 0;
	if (p->cname &&
	    ((s->kind != IR_DO && s->kind != IR_DOWHILE && s->kind != IR_IF && s->kind != IR_SELECT) ||
	     (s->kind == IR_IF && s->u.if_.logical_if))) {
		ir_error(p->cname_loc, "a construct name can only be given to DO, IF (...) THEN and SELECT CASE");
		p->cname = NULL;
	}
	if (p->ncons && p->cons[p->ncons - 1].kind == CON_SELECT && !p->cons[p->ncons - 1].cases.n) {
		ir_error(s->loc, "only CASE statements may follow SELECT CASE");
		return 0;
	}
	if (stmt_too_deep(s)) {
		ir_error(s->loc, "expression nested too deeply (more than %d levels)", FE_MAX_EXPR_DEPTH);
		return 0;
	}
	s->label = p->label;
	attach_pending(p, s);
	ir_block_add(p->a, current_block(p), s);
	if (!(s->kind == IR_PRINT && s->u.print.io == IO_FORMAT)) /* FORMAT may stand among declarations */
		c->has_exec = 1;
	return 1;
}

void fe_stmt(FeParser *p, IrStmt *s)
{
	if (s && s->kind == IR_GOTO && open_do_with_label(p, p->label))
		ir_error(s->loc, "%s cannot end a DO loop: put a labelled CONTINUE after it to end the loop",
		         s->u.go.kind == GOTO_ARITH ? "an arithmetic IF" : "a GO TO statement");
	add_stmt(p, s);
	terminate_do(p, p->label);
}

/* ---------------------------------------------------------------- derived type definitions */

void fe_type_begin(FeParser *p, const char *name, int access, IrLoc loc)
{
	FeUnitCtx *c = body_unit(p, loc, 0);
	if (!c)
		return;
	if (p->cur_type) {
		ir_error(loc, "a TYPE definition cannot be inside another (END TYPE is missing)");
		return;
	}
	if (c->has_exec) {
		ir_error(loc, "a TYPE definition must come before the first executable statement");
		return;
	}
	IrTypeDef *t = ir_alloc(p->a, sizeof *t);
	t->name = name;
	t->loc = loc;
	t->access = access;
	t->owner = c->u;
	ir_vec_push(p->a, &c->u->types, t);
	p->cur_type = t;
}

void fe_type_end(FeParser *p, const char *name, IrLoc loc)
{
	if (!p->cur_type) {
		if (!p->recovering)
			ir_error(loc, "END TYPE without a matching TYPE statement");
		return;
	}
	if (name && strcmp(name, p->cur_type->name) != 0 && !p->recovering)
		ir_error(loc, "END TYPE %s does not match TYPE %s", name, p->cur_type->name);
	p->cur_type = NULL;
}

void fe_sequence(FeParser *p, IrLoc loc)
{
	if (!p->cur_type)
		ir_error(loc, "SEQUENCE is allowed only in a TYPE definition");
}

/* A declaration inside TYPE ... END TYPE is a component's. */
static void component_decl(FeParser *p, IrDecl *d)
{
	IrTypeDef *t = p->cur_type;
	if (d->kind == DECL_ACCESS && !d->nents)
		return; /* PRIVATE components: stad lets every user of the type see them */
	if (d->kind != DECL_TYPE) {
		ir_error(d->loc, "only component declarations may appear in TYPE %s", t->name);
		return;
	}
	if (d->is_parameter || d->is_save || d->is_external || d->is_intrinsic || d->intent || d->access) {
		ir_error(d->loc, "a component of TYPE %s takes no attribute but DIMENSION", t->name);
		return;
	}
	ir_vec_push(p->a, &t->comps, d);
}

void fe_decl_add(FeParser *p, IrDecl *d)
{
	if (!d)
		return;
	if (p->cur_type) {
		component_decl(p, d);
		return;
	}
	check_not_terminal(p, d->loc);
	FeUnitCtx *c = body_unit(p, d->loc, 0);
	if (!c)
		return;
	if (c->has_exec && d->kind != DECL_DATA) { /* (F77 lets DATA stand among executable statements) */
		ir_error(d->loc, "declarations must come before the first executable statement");
		return;
	}
	for (int i = 0; i < d->nents; i++) {
		IrEntity *e = d->ents[i];
		int deep = fe_expr_too_deep(e->init);
		for (int k = 0; k < e->rank; k++)
			deep |= fe_expr_too_deep(e->dims[k].lo) || fe_expr_too_deep(e->dims[k].hi);
		if (deep) {
			ir_error(e->loc, "expression nested too deeply (more than %d levels)", FE_MAX_EXPR_DEPTH);
			return;
		}
	}
	if (d->kind == DECL_IMPLICIT && d->implicit_none)
		c->u->implicit_none = 1;
	ir_vec_push(p->a, &c->u->decls, d);
}

void fe_decls_add(FeParser *p, IrVec *decls)
{
	for (int i = 0; i < decls->n; i++)
		fe_decl_add(p, decls->v[i]);
}

static void push_construct(FeParser *p, int kind, IrStmt *s, int end_label, IrLoc loc)
{
	if (p->ncons == p->capcons)
		p->cons = grow(p->cons, &p->capcons, sizeof *p->cons);
	FeConstruct *c = &p->cons[p->ncons++];
	memset(c, 0, sizeof *c);
	c->kind = kind;
	c->s = s;
	c->end_label = end_label > 0 && end_label <= FE_MAX_LABEL ? end_label : 0;
	c->loc = loc;
	c->cap = 1;
	c->name = p->cname;
	p->cname = NULL;
	for (int k = 0; c->name && k < p->ncons - 1; k++)
		if (p->cons[k].name && !strcmp(p->cons[k].name, c->name)) {
			ir_error(p->cname_loc, "construct name '%s' is already used by an enclosing construct", c->name);
			c->name = NULL;
		}
	p->nopen[kind]++;
	if (c->end_label) {
		if (!p->do_labels) {
			p->do_labels = calloc(FE_MAX_LABEL + 1, sizeof *p->do_labels);
			if (!p->do_labels)
				abort();
		}
		p->do_labels[c->end_label]++;
	}
}

/* Constructs nested deeper than FE_MAX_NESTING are refused (once: the deeper ones are
 * detached silently). */
static int too_deep(FeParser *p, IrLoc loc)
{
	if (p->ncons == FE_MAX_NESTING)
		ir_error(loc, "IF and DO constructs nested too deeply (more than %d levels)", FE_MAX_NESTING);
	return p->ncons >= FE_MAX_NESTING;
}

/* A DO or DO WHILE opens a construct even when refused (s NULL), so its END DO pairs up. */
/* RETURN k (an alternate return) in a routine with `*` dummies: a RETURN (sema refuses the
 * routine's alternate returns once, or a call with `*label` actuals did already); elsewhere it
 * means nothing. */
IrStmt *fe_return_alt(FeParser *p, IrExpr *k, IrLoc loc)
{
	FeUnitCtx *c = top_unit(p);
	for (int i = 0; c && c->u && i < c->u->nargs; i++)
		if (!strcmp(c->u->argnames[i], "*"))
			return fe_simple(p, IR_RETURN, k ? k->loc : loc);
	return fe_refused(p, loc, "RETURN with a value is an alternate return, and this routine has no * dummy");
}

void fe_do_begin(FeParser *p, IrStmt *s, int end_label, IrLoc loc)
{
	check_not_terminal(p, loc);
	if (s && too_deep(p, loc))
		s = NULL;
	if (!add_stmt(p, s))
		s = ir_stmt_new(p->a, IR_DO, loc); /* detached: collects the body, then is dropped */
	push_construct(p, CON_DO, s, end_label, loc);
}

/* An IF construct (a WHERE construct: where) opened with its first condition (NULL: refused,
 * reported; the construct is detached, collects its blocks and is dropped). */
static void if_begin(FeParser *p, IrExpr *cond, int where, IrLoc loc)
{
	check_not_terminal(p, loc);
	IrStmt *s = ir_stmt_new(p->a, IR_IF, loc);
	s->u.if_.conds = ir_alloc(p->a, sizeof(IrExpr *));
	s->u.if_.blocks = ir_alloc(p->a, sizeof(IrBlock));
	s->u.if_.conds[0] = cond ? cond : ir_logical(p->a, 0, loc);
	s->u.if_.ncond = 1;
	s->u.if_.where = where;
	if (too_deep(p, loc))
		cond = NULL;
	if (!cond || !add_stmt(p, s))
		s->loc = loc; /* detached */
	push_construct(p, where ? CON_WHERE : CON_IF, s, 0, loc);
}

void fe_if_begin(FeParser *p, IrExpr *cond, IrLoc loc)
{
	if_begin(p, cond, 0, loc);
}

/* The innermost open construct of this kind, closing (with errors) those opened inside it;
 * NULL when there is none. */
static FeConstruct *innermost(FeParser *p, int kind)
{
	if (!p->nopen[kind])
		return NULL;
	int k = p->ncons - 1;
	while (k >= 0 && p->cons[k].kind != kind)
		k--;
	if (k < 0)
		return NULL;
	while (p->ncons - 1 > k) {
		report_unclosed(p, &p->cons[p->ncons - 1]);
		pop_construct(p);
	}
	return &p->cons[k];
}

/* END X [name], ELSE [name], CASE ... [name] must repeat the construct's name. */
static void check_name(FeParser *p, const FeConstruct *c, const char *name, const char *stmt, int is_end, IrLoc loc)
{
	if (p->recovering)
		return;
	if (name && !c->name)
		ir_error(loc, "%s %s: this %s construct has no name", stmt, name, construct_words[c->kind]);
	else if (name && strcmp(name, c->name) != 0)
		ir_error(loc, "%s %s does not match the construct name '%s'", stmt, name, c->name);
	else if (!name && c->name && is_end)
		ir_error(loc, "%s needs the construct name: %s %s", stmt, stmt, c->name);
}

/* The construct of this kind that the statement stmt (ELSE, CASE, END IF, ...) continues or
 * ends: constructs left open inside it are reported and closed, its name checked, the pending
 * statements flushed. NULL, reported, when no such construct is open. */
static FeConstruct *continued(FeParser *p, int kind, const char *stmt, const char *opener, int is_end, const char *name,
                              IrLoc loc)
{
	FeConstruct *c = innermost(p, kind);
	if (!c) {
		ir_error(loc, "%s without a matching %s", stmt, opener);
		return NULL;
	}
	check_name(p, c, name, stmt, is_end, loc);
	flush_pending(p, current_block(p));
	return c;
}

static void end_construct(FeParser *p, int exit_label, IrLoc loc);

/* END IF, END WHERE, END FORALL, END SELECT: the construct closes, then its exit label. */
static void end_block_construct(FeParser *p, int kind, const char *stmt, const char *opener, const char *name, IrLoc loc)
{
	FeConstruct *c = continued(p, kind, stmt, opener, 1, name, loc);
	if (!c)
		return;
	int xl = c->exit_label;
	pop_construct(p);
	end_construct(p, xl, loc);
}

void fe_do_end(FeParser *p, const char *name, IrLoc loc)
{
	FeConstruct *c = continued(p, CON_DO, "END DO", "DO", 1, name, loc);
	if (!c)
		return;
	if (p->label)
		add_label_continue(p, current_block(p), p->label, loc); /* GO TO it: the end of an iteration */
	pop_construct(p);
	terminate_do(p, p->label); /* DOs sharing the END DO's label (lenient) */
}

static void if_new_branch(FeParser *p, FeConstruct *c, IrExpr *cond)
{
	IrStmt *s = c->s;
	int n = s->u.if_.ncond;
	if (n == c->cap) {
		int cap = c->cap * 2;
		IrExpr **conds = ir_alloc(p->a, sizeof *conds * (size_t)cap);
		IrBlock *blocks = ir_alloc(p->a, sizeof *blocks * (size_t)cap);
		memcpy(conds, s->u.if_.conds, sizeof *conds * (size_t)n);
		memcpy(blocks, s->u.if_.blocks, sizeof *blocks * (size_t)n);
		s->u.if_.conds = conds;
		s->u.if_.blocks = blocks;
		c->cap = cap;
	}
	s->u.if_.conds[n] = cond;
	s->u.if_.ncond = n + 1;
}

void fe_else_if(FeParser *p, IrExpr *cond, const char *name, IrLoc loc)
{
	FeConstruct *c = continued(p, CON_IF, "ELSE IF", "IF", 0, name, loc);
	if (!c)
		return;
	if (c->in_else) {
		ir_error(loc, "ELSE IF after ELSE");
		return;
	}
	if (cond && fe_expr_too_deep(cond)) {
		ir_error(loc, "expression nested too deeply (more than %d levels)", FE_MAX_EXPR_DEPTH);
		cond = NULL;
	}
	if_new_branch(p, c, cond ? cond : ir_logical(p->a, 0, loc));
}

void fe_else(FeParser *p, const char *name, IrLoc loc)
{
	FeConstruct *c = continued(p, CON_IF, "ELSE", "IF", 0, name, loc);
	if (!c)
		return;
	if (c->in_else) {
		ir_error(loc, "a second ELSE in this IF block");
		return;
	}
	c->in_else = 1;
	c->s->u.if_.has_else = 1;
}

/* After END IF / END SELECT: the CONTINUE that EXIT name jumps to, and one for the END's own
 * label (GO TO 20 where `20 END IF`: to the statement after the construct). */
static void end_construct(FeParser *p, int exit_label, IrLoc loc)
{
	if (exit_label)
		add_label_continue(p, current_block(p), exit_label, loc);
	if (p->label && open_do_with_label(p, p->label))
		check_not_terminal(p, loc);
	else if (p->label)
		add_label_continue(p, current_block(p), p->label, loc);
}

void fe_if_end(FeParser *p, const char *name, IrLoc loc)
{
	end_block_construct(p, CON_IF, "END IF", "IF", name, loc);
}

/* ---------------------------------------------------------------- WHERE
 *
 * A WHERE construct is built as an IF whose conditions are the masks (ELSEWHERE (mask) a
 * further branch, ELSEWHERE the else block), marked `where`: element by element, WHERE picks a
 * branch as IF does. Sema lowers it (sema_where). */

void fe_where_begin(FeParser *p, IrExpr *mask, IrLoc loc)
{
	if_begin(p, mask, 1, loc);
}

void fe_elsewhere(FeParser *p, IrExpr *mask, const char *name, IrLoc loc)
{
	FeConstruct *c = continued(p, CON_WHERE, "ELSEWHERE", "WHERE", 0, name, loc);
	if (!c)
		return;
	if (c->in_else) {
		ir_error(loc, mask ? "ELSEWHERE (mask) after ELSEWHERE" : "a second ELSEWHERE in this WHERE block");
		return;
	}
	if (mask && fe_expr_too_deep(mask)) {
		ir_error(loc, "expression nested too deeply (more than %d levels)", FE_MAX_EXPR_DEPTH);
		mask = NULL;
	}
	if (mask || p->recovering) {
		if_new_branch(p, c, mask ? mask : ir_logical(p->a, 0, loc));
		return;
	}
	c->in_else = 1;
	c->s->u.if_.has_else = 1;
}

void fe_where_end(FeParser *p, const char *name, IrLoc loc)
{
	end_block_construct(p, CON_WHERE, "END WHERE", "WHERE", name, loc);
}

/* ---------------------------------------------------------------- FORALL
 *
 * FORALL (i = 1:n, j = 1:m, mask) is built as the DO loops over its indices (the last index
 * outermost), the outermost marked with the number of indices, around an IF (mask) when there
 * is one: the statements go inside. Sema lowers it (sema_forall): the loops a person would
 * write, with the right-hand sides evaluated before any element is stored. */

/* The loops of a FORALL header (NULL after an error); *body: where its statements go. */
static IrStmt *forall_nest(FeParser *p, IrVec *spec, IrLoc loc, IrBlock **body)
{
	int n = spec ? spec->n : 0, nidx = 0;
	IrExpr *mask = NULL;
	for (int k = 0; k < n; k++) {
		IrExpr *e = spec->v[k];
		if (e->kind == IR_KEYWORD && !mask) {
			nidx++;
			continue;
		}
		if (e->kind == IR_KEYWORD || mask) {
			ir_error(e->loc, "the mask of FORALL comes last, after the index triplets");
			return NULL;
		}
		mask = e;
	}
	if (!nidx) {
		if (spec)
			ir_error(loc, "FORALL needs an index triplet, i = lo:hi, before its mask");
		return NULL;
	}
	IrStmt *outer = NULL, *inner = NULL;
	for (int k = nidx - 1; k >= 0; k--) {
		IrExpr *ix = spec->v[k];
		IrExpr *tr = ix->u.kw.e;
		IrStmt *d = fe_do(p, 0, ix->u.kw.name, ix->loc, tr->u.triplet.lo, tr->u.triplet.hi, tr->u.triplet.st, loc);
		d->u.do_.forall = -1;
		if (inner)
			ir_block_add(p->a, &inner->u.do_.body, d);
		else
			outer = d;
		inner = d;
	}
	outer->u.do_.forall = nidx;
	*body = &inner->u.do_.body;
	if (mask) {
		IrStmt *m = ir_stmt_new(p->a, IR_IF, mask->loc);
		m->u.if_.conds = ir_alloc(p->a, sizeof(IrExpr *));
		m->u.if_.blocks = ir_alloc(p->a, sizeof(IrBlock));
		m->u.if_.conds[0] = mask;
		m->u.if_.ncond = 1;
		ir_block_add(p->a, *body, m);
		outer->u.do_.forall_mask = 1;
		*body = &m->u.if_.blocks[0];
	}
	return outer;
}

IrStmt *fe_forall_stmt(FeParser *p, IrVec *spec, IrStmt *then, IrLoc loc)
{
	IrBlock *body;
	IrStmt *s = forall_nest(p, spec, loc, &body);
	if (!s || !then)
		return NULL;
	ir_block_add(p->a, body, then);
	return s;
}

void fe_forall_begin(FeParser *p, IrVec *spec, IrLoc loc)
{
	check_not_terminal(p, loc);
	IrBlock *body = NULL;
	IrStmt *s = forall_nest(p, spec, loc, &body);
	if (s && too_deep(p, loc))
		s = NULL;
	if (!s || !add_stmt(p, s)) {
		s = ir_stmt_new(p->a, IR_DO, loc); /* detached: collects the body, then is dropped */
		body = &s->u.do_.body;
	}
	push_construct(p, CON_FORALL, s, 0, loc);
	p->cons[p->ncons - 1].body = body;
}

/* DO CONCURRENT (i = 1:n, j = 1:m, mask): the DO loops of a FORALL header (the last index
 * outermost, around IF (mask)), as plain loops, closed by END DO; CYCLE goes to the innermost.
 * Sema gives the indices fresh variables (they are local to the construct). The program must
 * not make one iteration depend on another (the standard requires it), so running them in
 * order computes what Fortran does. */
void fe_do_concurrent(FeParser *p, IrVec *spec, IrLoc loc)
{
	check_not_terminal(p, loc);
	IrBlock *body = NULL;
	IrStmt *s = forall_nest(p, spec, loc, &body), *inner = s;
	if (s) {
		s->u.do_.concurrent = s->u.do_.forall;
		s->u.do_.forall_mask = 0;
		for (IrStmt *d = s;; d = d->u.do_.body.v[0]) {
			d->u.do_.forall = 0;
			inner = d;
			if (d->u.do_.body.n != 1 || ((IrStmt *)d->u.do_.body.v[0])->kind != IR_DO)
				break;
		}
	}
	if (s && too_deep(p, loc))
		s = NULL;
	if (!s || !add_stmt(p, s)) {
		s = inner = ir_stmt_new(p->a, IR_DO, loc); /* detached: collects the body, then is dropped */
		body = &s->u.do_.body;
	}
	push_construct(p, CON_DO, inner, 0, loc);
	p->cons[p->ncons - 1].body = body;
}

void fe_forall_end(FeParser *p, const char *name, IrLoc loc)
{
	end_block_construct(p, CON_FORALL, "END FORALL", "FORALL", name, loc);
}

/* ---------------------------------------------------------------- SELECT CASE */

void fe_select_begin(FeParser *p, IrExpr *selector, IrLoc loc)
{
	check_not_terminal(p, loc);
	IrStmt *s = ir_stmt_new(p->a, IR_SELECT, loc);
	s->u.select.expr = selector ? selector : ir_int(p->a, 0, loc);
	if (too_deep(p, loc))
		selector = NULL;
	if (!selector || !add_stmt(p, s))
		s->loc = loc; /* detached */
	push_construct(p, CON_SELECT, s, 0, loc);
}

void fe_case(FeParser *p, IrVec *items, const char *name, IrLoc loc)
{
	FeConstruct *c = continued(p, CON_SELECT, "CASE", "SELECT CASE", 0, name, loc);
	if (!c)
		return;
	IrCase *k = ir_alloc(p->a, sizeof *k);
	k->loc = loc;
	if (items) {
		k->nitems = items->n;
		k->items = ir_alloc(p->a, sizeof *k->items * (size_t)(items->n + 1));
		for (int i = 0; i < items->n; i++) {
			k->items[i] = items->v[i];
			if (fe_expr_too_deep(k->items[i]->lo) || fe_expr_too_deep(k->items[i]->hi)) {
				ir_error(k->items[i]->loc, "expression nested too deeply (more than %d levels)",
				         FE_MAX_EXPR_DEPTH);
				k->nitems = 0;
				break;
			}
		}
	} else {
		for (int i = 0; i < c->cases.n; i++)
			if (!((IrCase *)c->cases.v[i])->items)
				ir_error(loc, "a second CASE DEFAULT in this SELECT CASE (the first at line %d)",
				         ((IrCase *)c->cases.v[i])->loc.line);
	}
	ir_vec_push(p->a, &c->cases, k);
	c->s->u.select.cases = (IrCase **)c->cases.v;
	c->s->u.select.ncases = c->cases.n;
}

void fe_select_end(FeParser *p, const char *name, IrLoc loc)
{
	end_block_construct(p, CON_SELECT, "END SELECT", "SELECT CASE", name, loc);
}

/* ---------------------------------------------------------------- EXIT and CYCLE */

IrStmt *fe_exit(FeParser *p, IrStmtKind kind, const char *name, IrLoc loc, IrLoc nameloc)
{
	const char *word = kind == IR_EXIT ? "EXIT" : "CYCLE";
	int k = p->ncons - 1;
	if (name) {
		while (k >= 0 && !(p->cons[k].name && !strcmp(p->cons[k].name, name)))
			k--;
		if (k < 0) {
			ir_error(nameloc, "%s %s: no enclosing construct is named '%s'", word, name, name);
			return NULL;
		}
		if (p->cons[k].kind != CON_DO && kind == IR_CYCLE) {
			ir_error(nameloc, "CYCLE %s: '%s' is not a DO loop", name, name);
			return NULL;
		}
	} else {
		while (k >= 0 && p->cons[k].kind != CON_DO)
			k--;
	}
	if (k >= 0 && p->cons[k].kind != CON_DO) {
		/* EXIT from a named IF or SELECT CASE: to the statement after it */
		FeConstruct *c = &p->cons[k];
		if (!c->exit_label) {
			if (p->next_label <= FE_MAX_LABEL)
				p->next_label = FE_MAX_LABEL;
			c->exit_label = ++p->next_label;
		}
		IrStmt *g = ir_stmt_new(p->a, IR_GOTO, loc);
		g->u.go.kind = GOTO_PLAIN;
		g->u.go.labels = ir_alloc(p->a, sizeof(int));
		g->u.go.labels[0] = c->exit_label;
		g->u.go.nlabels = 1;
		return g;
	}
	IrStmt *s = ir_stmt_new(p->a, kind, loc);
	s->u.jump.target = k >= 0 ? p->cons[k].s : NULL; /* NULL: sema reports it outside a loop */
	return s;
}

/* ---------------------------------------------------------------- recovery */

/* The statement was refused or had a syntax error: do its part of the structure anyway. */
void fe_recover(FeParser *p, FeClass cls)
{
	p->label = cls.label;
	p->cname = cls.cname;
	p->cname_loc = cls.loc;
	p->recovering = 1;
	switch (cls.kind) {
	case SC_UNIT:
		fe_unit_begin(p, (IrUnitKind)cls.unit_kind, cls.name ? cls.name : "?", NULL, NULL, fe_prefix_none(), cls.loc);
		break;
	case SC_END_UNIT: fe_unit_end(p, -1, NULL, cls.loc); break;
	case SC_CONTAINS: fe_contains(p, cls.loc); break;
	case SC_DO: fe_do_begin(p, NULL, cls.do_label, cls.loc); break;
	case SC_IF_THEN: {
		IrStmt *s = ir_stmt_new(p->a, IR_IF, cls.loc); /* detached */
		s->u.if_.conds = ir_alloc(p->a, sizeof(IrExpr *));
		s->u.if_.blocks = ir_alloc(p->a, sizeof(IrBlock));
		s->u.if_.conds[0] = ir_logical(p->a, 0, cls.loc);
		s->u.if_.ncond = 1;
		push_construct(p, CON_IF, s, 0, cls.loc);
		break;
	}
	case SC_ELSE_IF: fe_else_if(p, NULL, NULL, cls.loc); break;
	case SC_ELSE: fe_else(p, NULL, cls.loc); break;
	case SC_END_IF: fe_if_end(p, NULL, cls.loc); break;
	case SC_END_DO: fe_do_end(p, NULL, cls.loc); break;
	case SC_SELECT: fe_select_begin(p, NULL, cls.loc); break;
	case SC_CASE: fe_case(p, fe_list(p, NULL), NULL, cls.loc); break;
	case SC_END_SELECT: fe_select_end(p, NULL, cls.loc); break;
	case SC_TYPE: fe_type_begin(p, cls.name ? cls.name : "?", 0, cls.loc); break;
	case SC_END_TYPE: fe_type_end(p, NULL, cls.loc); break;
	case SC_WHERE: fe_where_begin(p, NULL, cls.loc); break;
	case SC_ELSE_WHERE: fe_elsewhere(p, NULL, NULL, cls.loc); break;
	case SC_END_WHERE: fe_where_end(p, NULL, cls.loc); break;
	case SC_FORALL: fe_forall_begin(p, NULL, cls.loc); break;
	case SC_END_FORALL: fe_forall_end(p, NULL, cls.loc); break;
	default: fe_stmt(p, NULL); break;
	}
	p->label = 0;
	p->cname = NULL;
	p->recovering = 0;
}

void fe_build_finish(FeParser *p, IrLoc eof)
{
	if (!p->nunits && p->pending.n) {
		ir_warning(((IrDirective *)p->pending.v[0])->loc, "!$AD directive at the end of the file is ignored");
		memset(&p->pending, 0, sizeof p->pending);
	}
	while (p->nunits) {
		FeUnitCtx *c = top_unit(p);
		if (c->implicit_main)
			ir_error(eof, "missing END statement at the end of the file");
		else
			ir_error(c->u->loc, "%s %s has no END statement", unit_words[c->u->kind], c->u->name);
		end_unit(p, eof);
	}
	close_constructs(p);
}
