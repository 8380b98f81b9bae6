/*
 * auto.c — `--default-checkpoint auto`: a static default for each call site, chosen before
 * any profile from the sizes the generated code will move.
 *
 * For a site s of CALL Q the choice trades memory for time. Off (split), Q_fwd's tape stays on
 * the caller's tape from the call until Q's backward sweep; on (joint), only the snapshot S_s
 * does, at the price of running Q's primal once more (and writing and reading S_s). So
 *     on  iff  tape(Q) >= AUTO_RATIO x snap(s)                                   (1)
 *         and  (calls(s) - 1) x (tape(Q) - snap(s)) >= AUTO_MIN_SAVING           (2)
 * (1): the checkpoint at least halves what the call leaves on the tape; a call that writes a
 * few scalars of a large array it is passed has a snapshot (the array) far larger than its tape
 * and is never checkpointed — the per-cell call that a checkpointed default made 136x slower
 * than a hand-written adjoint. (2): the memory it saves at the peak is worth the recomputation;
 * below 1 MiB rerunning the callee costs time for nothing. calls(s) is the number of dynamic
 * instances (the product of the trip counts of the loops around it and around its callers'
 * calls); the last instance's tape is rebuilt when it is re-run, at the top of the tape, so
 * checkpointing it saves nothing at the peak — a routine called once, such as a model's whole
 * run under its cost function, is left off (a re-run of the whole model for no memory).
 *
 * The sizes are exact bytes, read off the generated forward sweeps: each push, control value,
 * row block and snapshot, times the trip counts of the loops around it; Q_fwd's calls add their
 * callee's tape (site off) or snapshot (site on), so sites are decided callees first, each
 * routine's forward sweep being built once its own sites are decided. Integers are known when
 * they fold from constants, PARAMETERs, `--set NAME=V` (the head's integer arguments), the
 * integer actual arguments of the call that reaches the routine (the first one met from the
 * head), and integer scalars assigned such values before (not in a loop that assigns them).
 * Anything else — an extent or trip count read from data, a DO WHILE, an allocatable array —
 * counts as AUTO_UNKNOWN (100), and the reason says the sizes were assumed. A routine called
 * from several places is sized (and its sites decided) in the context of the first.
 *
 * Only sites no pragma, option or table decides are chosen here (why = WHY_AUTO); a site that
 * cannot be checkpointed stays forced off as under the default.
 */
#include "ad_int.h"
#include "rev_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define AUTO_RATIO 2.0
#define AUTO_MIN_SAVING (1024.0 * 1024.0)
#define AUTO_UNKNOWN 100

/* Known integer values of one routine activation, by (lower-case) name. */
typedef struct Env {
	const char **names;
	int64_t *vals;
	int n, cap;
} Env;

/* What one run of a routine's forward sweep (or primal) moves and does. */
typedef struct Est {
	double tape; /* bytes pushed */
	double work; /* assignments executed (primal work) */
	int assumed; /* some size or trip count was AUTO_UNKNOWN */
} Est;

typedef struct Memo {
	IrUnit *u;
	int fwd; /* 1: forward sweep, 0: primal */
	char *key;
	Est est;
} Memo;

typedef struct Auto {
	Ad *ad;
	AdAutoBuild build;
	void *ctx;
	char *state; /* per unit order: 0 not built, 1 deciding, 2 built */
	Memo *memo;
	int nmemo, capmemo;
} Auto;

static Est measure(Auto *A, IrUnit *q, int fwd, Env *env, double calls);

/* ---------------------------------------------------------------- environments */

static void env_free(Env *e)
{
	free(e->names);
	free(e->vals);
	memset(e, 0, sizeof *e);
}

static int env_find(const Env *e, const char *name)
{
	for (int i = 0; i < e->n; i++)
		if (!strcmp(e->names[i], name))
			return i;
	return -1;
}

static void env_unset(Env *e, const char *name)
{
	int i = env_find(e, name);
	if (i >= 0) {
		e->names[i] = e->names[e->n - 1];
		e->vals[i] = e->vals[e->n - 1];
		e->n--;
	}
}

static void env_set(Env *e, const char *name, int64_t v)
{
	int i = env_find(e, name);
	if (i >= 0) {
		e->vals[i] = v;
		return;
	}
	if (e->n == e->cap) {
		int cap = e->cap ? 2 * e->cap : 8;
		const char **nn = realloc(e->names, sizeof *nn * (size_t)cap);
		if (nn)
			e->names = nn;
		int64_t *nv = realloc(e->vals, sizeof *nv * (size_t)cap);
		if (nv)
			e->vals = nv;
		if (!nn || !nv)
			abort(); /* out of memory */
		e->cap = cap;
	}
	e->names[e->n] = name;
	e->vals[e->n++] = v;
}

static Env env_copy(const Env *e)
{
	Env c = {0};
	for (int i = 0; i < e->n; i++)
		env_set(&c, e->names[i], e->vals[i]);
	return c;
}

/* ---------------------------------------------------------------- integers and sizes */

static int small(int64_t x)
{
	return x > -(INT64_C(1) << 40) && x < (INT64_C(1) << 40);
}

/* The value of an integer expression, if it is known in env. */
static int eval(const IrExpr *e, const Env *env, int64_t *v)
{
	int64_t x, y;
	if (!e)
		return 0;
	switch (e->kind) {
	case IR_CONST_INT: *v = e->u.ival; return 1;
	case IR_VAR: {
		const IrSym *s = e->u.var.sym;
		if (e->u.var.nidx || s->rank || !ir_base_is_int(s->type))
			return 0;
		if (s->kind == SYM_PARAM && s->init)
			return eval(s->init, env, v);
		int i = env_find(env, s->name);
		if (i < 0)
			return 0;
		*v = env->vals[i];
		return 1;
	}
	case IR_CONVERT: return ir_base_is_int(e->type) && eval(e->u.conv.e, env, v);
	case IR_UNARY:
		if (e->u.op.op != IR_NEG || !eval(e->u.op.a, env, &x))
			return 0;
		*v = -x;
		return 1;
	case IR_BINARY:
		if (!eval(e->u.op.a, env, &x) || !eval(e->u.op.b, env, &y) || !small(x) || !small(y))
			return 0;
		switch (e->u.op.op) {
		case IR_ADD: *v = x + y; return 1;
		case IR_SUB: *v = x - y; return 1;
		case IR_MUL: *v = x * y; return small(*v);
		case IR_DIV:
			if (!y)
				return 0;
			*v = x / y; /* truncating, as Fortran */
			return 1;
		default: return 0;
		}
	case IR_INTRIN:
		if ((e->u.call.id == INTR_MAX || e->u.call.id == INTR_MIN) && e->u.call.nargs >= 1) {
			if (!eval(e->u.call.args[0], env, &x))
				return 0;
			for (int k = 1; k < e->u.call.nargs; k++) {
				if (!eval(e->u.call.args[k], env, &y))
					return 0;
				x = (e->u.call.id == INTR_MAX) == (y > x) ? y : x;
			}
			*v = x;
			return 1;
		}
		return 0;
	default: return 0;
	}
}

static int elem_bytes(IrBase t)
{
	switch (t) {
	case TY_REAL8:
	case TY_INT8: return 8;
	case TY_CHAR: return 1;
	default: return 4;
	}
}

/* Elements of a variable (1 for a scalar). */
static double sym_elems(const IrSym *s, const Env *env, int *assumed)
{
	double n = 1;
	for (int d = 0; d < s->rank; d++) {
		int64_t lo = 1, hi;
		if ((s->dims[d].lo && !eval(s->dims[d].lo, env, &lo)) || !eval(s->dims[d].hi, env, &hi)) {
			*assumed = 1;
			n *= AUTO_UNKNOWN;
		} else
			n *= hi >= lo ? (double)(hi - lo + 1) : 0;
	}
	return n;
}

static double sym_bytes(const IrSym *s, const Env *env, int *assumed)
{
	return sym_elems(s, env, assumed) * elem_bytes(s->type);
}

/* ---------------------------------------------------------------- walking the code */

/* Unsets every integer scalar some statement of b assigns (its value varies in a loop). */
static IrUnit *primal_of_fwd(Ad *ad, const IrUnit *f);
static int is_unit(Ad *ad, const IrUnit *q);

typedef struct {
	Ad *ad;
	Env *env;
} Unset;

static int unset_stmt(void *ctx, IrStmt *s)
{
	Unset *x = ctx;
	Env *env = x->env;
	if (s->kind == IR_ASSIGN)
		env_unset(env, s->u.assign.lhs->u.var.sym->name);
	else if (s->kind == IR_DO)
		env_unset(env, s->u.do_.var->u.var.sym->name);
	else if (s->kind == IR_CALL) /* an integer actual the callee writes */
		for (int k = 0; k < s->u.call.nargs; k++) {
			IrUnit *c = s->u.call.callee;
			IrUnit *q = !c ? NULL : is_unit(x->ad, c) ? c : primal_of_fwd(x->ad, c);
			IrSym *d = q && k < q->nargs ? q->args[k] : NULL;
			int kept = d && (q->ext ? d->intent == INTENT_IN : !ad_bits_get(ad_info(q)->writes, ad_canon(d)->id));
			if (s->u.call.args[k]->kind == IR_VAR && !kept)
				env_unset(env, s->u.call.args[k]->u.var.sym->name);
		}
	return 0;
}

static void unset_assigned(Ad *ad, const IrBlock *b, Env *env)
{
	Unset x = {ad, env};
	ir_block_find(b, unset_stmt, &x);
}

/* s assigns an integer scalar: its value if known, else unset. */
static void env_assign(Env *env, const IrStmt *s)
{
	const IrExpr *l = s->u.assign.lhs;
	int64_t v;
	if (!l->u.var.nidx && !l->u.var.sym->rank && ir_base_is_int(l->u.var.sym->type) && eval(s->u.assign.rhs, env, &v))
		env_set(env, l->u.var.sym->name, v);
	else
		env_unset(env, l->u.var.sym->name);
}

/* After an IF: what any branch assigns is unknown. */
static void env_after_if(Ad *ad, const IrStmt *s, Env *env)
{
	for (int k = 0; k < s->u.if_.ncond; k++)
		unset_assigned(ad, &s->u.if_.blocks[k], env);
	unset_assigned(ad, &s->u.if_.else_, env);
}

/* The environment of a loop's body (the loop's own variable and what the body assigns vary);
 * env_after_loop then forgets the same in the enclosing one. */
static const IrBlock *loop_body(const IrStmt *s)
{
	return s->kind == IR_DO ? &s->u.do_.body : &s->u.dowhile.body;
}

static Env env_of_loop(Ad *ad, const IrStmt *s, const Env *env)
{
	Env c = env_copy(env);
	if (s->kind == IR_DO)
		env_unset(&c, s->u.do_.var->u.var.sym->name);
	unset_assigned(ad, loop_body(s), &c);
	return c;
}

static void env_after_loop(Ad *ad, const IrStmt *s, Env *env)
{
	unset_assigned(ad, loop_body(s), env);
	if (s->kind == IR_DO)
		env_unset(env, s->u.do_.var->u.var.sym->name);
}

/* The primal unit whose forward sweep is f, or NULL. */
static IrUnit *primal_of_fwd(Ad *ad, const IrUnit *f)
{
	for (int i = 0; i < ad->units.n; i++) {
		IrUnit *u = ad->units.v[i];
		if (!u->ext && ad_info(u)->fwd == f)
			return u;
	}
	return NULL;
}

static int is_unit(Ad *ad, const IrUnit *q)
{
	for (int i = 0; i < ad->units.n; i++)
		if (ad->units.v[i] == q)
			return 1;
	return 0;
}

/* The callee's environment at entry: its integer scalar dummies bound to known actuals. */
static Env bind(const IrUnit *q, IrExpr *const *args, int nargs, const Env *env)
{
	Env e = {0};
	for (int k = 0; k < nargs && k < q->nargs; k++) {
		const IrSym *d = q->args[k];
		int64_t v;
		if (d && !d->rank && ir_base_is_int(d->type) && eval(args[k], env, &v))
			env_set(&e, d->name, v);
	}
	return e;
}

/* The trip count of a DO (or DO WHILE) s: 1 when known from env, else 0 with AUTO_UNKNOWN. */
static int trip_count(const IrStmt *s, const Env *env, double *trip)
{
	int64_t lo, hi, st = 1;
	*trip = AUTO_UNKNOWN;
	if (s->kind != IR_DO || !eval(s->u.do_.lo, env, &lo) || !eval(s->u.do_.hi, env, &hi) ||
	    (s->u.do_.step && !eval(s->u.do_.step, env, &st)) || !st)
		return 0;
	*trip = (hi - lo + st) / st > 0 ? (double)((hi - lo + st) / st) : 0;
	return 1;
}

static void decide(Auto *A, CkpSite *site, const Est *q, double snap, int assumed, double calls)
{
	IrArena *a = A->ad->a;
	double save = (calls - 1) * (q->tape - snap);
	int on = q->tape >= AUTO_RATIO * snap && save >= AUTO_MIN_SAVING;
	site->on = on && !site->auto_kept_off;
	site->why = WHY_AUTO;
	site->auto_tape = q->tape;
	site->auto_snap = snap;
	site->auto_calls = calls;
	site->auto_work = q->work;
	const char *sz = assumed || q->assumed ? " (sizes assumed)" : "";
	if (q->tape < AUTO_RATIO * snap)
		site->reason = ir_sprintf(a, "tape %.0f B < %g x snapshot %.0f B%s", q->tape, AUTO_RATIO, snap, sz);
	else if (!on)
		site->reason = ir_sprintf(a, "tape %.0f B, snapshot %.0f B, %.0f call%s: saves %.0f B, under %.0f B%s", q->tape,
		                          snap, calls, calls == 1 ? "" : "s", save, AUTO_MIN_SAVING, sz);
	else
		site->reason = ir_sprintf(
		        a, "tape %.0f B, snapshot %.0f B, %.0f calls: saves %.0f B, reruns %.0f assignments%s%s", q->tape, snap,
		        calls, save, q->work * calls, sz, site->auto_kept_off ? " (but off: chosen off in a pass before)" : "");
}

/* Decides the sites of the primal block b (the caller's primal code, calls instances each). */
static void decide_block(Auto *A, IrUnit *u, const IrBlock *b, Env *env, double calls)
{
	Ad *ad = A->ad;
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		switch (s->kind) {
		case IR_ASSIGN: env_assign(env, s); break;
		case IR_IF: {
			for (int k = 0; k <= s->u.if_.ncond; k++) {
				Env c = env_copy(env);
				decide_block(A, u, k < s->u.if_.ncond ? &s->u.if_.blocks[k] : &s->u.if_.else_, &c, calls);
				env_free(&c);
			}
			env_after_if(ad, s, env);
			break;
		}
		case IR_DO:
		case IR_DOWHILE: {
			double trip;
			trip_count(s, env, &trip);
			Env c = env_of_loop(ad, s, env);
			decide_block(A, u, loop_body(s), &c, calls * (trip > 0 ? trip : 1));
			env_free(&c);
			env_after_loop(ad, s, env);
			break;
		}
		case IR_BLOCK: decide_block(A, u, &s->u.block, env, calls); break;
		case IR_CALL: {
			IrUnit *q = s->u.call.callee;
			CkpSite *site = ckp_site_of(ad->sites, s);
			if (!q || q->ext || !site) {
				unset_assigned(ad, &(IrBlock){.v = (void **)&s, .n = 1}, env);
				break;
			}
			Env qe = bind(q, s->u.call.args, s->u.call.nargs, env);
			Est qt = measure(A, q, 1, &qe, calls);
			env_free(&qe);
			Facts *f = s->aux;
			if (site->why == WHY_DEFAULT && !site->is_region && f && !f->snap_bad) {
				int assumed = 0;
				double snap = 0;
				for (int k = 0; k < f->snap.n; k++)
					snap += sym_bytes(f->snap.v[k], env, &assumed);
				decide(A, site, &qt, snap, assumed, calls);
			}
			unset_assigned(ad, &(IrBlock){.v = (void **)&s, .n = 1}, env);
			break;
		}
		default: break;
		}
	}
}

/* What one run of block b (generated forward sweep, or primal code) pushes and does. */
static Est walk(Auto *A, const IrBlock *b, Env *env, double calls)
{
	Ad *ad = A->ad;
	Est t = {0, 0, 0};
	for (int i = 0; i < b->n; i++) {
		IrStmt *s = b->v[i];
		switch (s->kind) {
		case IR_ASSIGN:
			t.work += 1;
			env_assign(env, s);
			break;
		case IR_IF: {
			/* the costlier branch */
			Est m = {0, 0, 0};
			for (int k = 0; k <= s->u.if_.ncond; k++) {
				Env c = env_copy(env);
				Est x = walk(A, k < s->u.if_.ncond ? &s->u.if_.blocks[k] : &s->u.if_.else_, &c, calls);
				env_free(&c);
				m.tape = x.tape > m.tape ? x.tape : m.tape;
				m.work = x.work > m.work ? x.work : m.work;
				m.assumed |= x.assumed;
			}
			env_after_if(ad, s, env);
			t.tape += m.tape;
			t.work += m.work + 1;
			t.assumed |= m.assumed;
			break;
		}
		case IR_DO:
		case IR_DOWHILE: {
			double trip;
			if (!trip_count(s, env, &trip))
				t.assumed = 1;
			Env c = env_of_loop(ad, s, env);
			Est x = walk(A, loop_body(s), &c, calls * (trip > 0 ? trip : 1));
			env_free(&c);
			env_after_loop(ad, s, env);
			t.tape += trip * x.tape;
			t.work += trip * x.work;
			t.assumed |= x.assumed;
			break;
		}
		case IR_BLOCK: {
			Est x = walk(A, &s->u.block, env, calls);
			t.tape += x.tape;
			t.work += x.work;
			t.assumed |= x.assumed;
			break;
		}
		case IR_CALL: {
			IrUnit *c = s->u.call.callee, *q;
			Est x = {0, 0, 0};
			if (c && (q = primal_of_fwd(ad, c)) != NULL) {
				Env qe = bind(q, s->u.call.args, s->u.call.nargs, env);
				x = measure(A, q, 1, &qe, calls);
				env_free(&qe);
			} else if (c && !c->ext && is_unit(ad, c)) {
				Env qe = bind(c, s->u.call.args, s->u.call.nargs, env);
				x = measure(A, c, 0, &qe, calls);
				env_free(&qe);
			}
			t.tape += x.tape;
			t.work += x.work;
			t.assumed |= x.assumed;
			unset_assigned(ad, &(IrBlock){.v = (void **)&s, .n = 1}, env);
			break;
		}
		case IR_RT: {
			const IrExpr *e = s->u.rt.e;
			switch (s->u.rt.kind) {
			case RT_PUSH:
				if (e->kind == IR_VAR && e->u.var.sym->rank && !e->u.var.nidx)
					t.tape += sym_bytes(e->u.var.sym, env, &t.assumed);
				else
					t.tape += elem_bytes(e->type);
				break;
			case RT_PUSH_CTRL: t.tape += e->type == TY_INT8 ? 8 : 4; break;
			case RT_PUSH_ROW: {
				int64_t n;
				if (eval(s->u.rt.count, env, &n))
					t.tape += n > 0 ? (double)n * elem_bytes(e->type) : 0;
				else {
					t.tape += (double)AUTO_UNKNOWN * elem_bytes(e->type);
					t.assumed = 1;
				}
				break;
			}
			case RT_SNAP_WRITE:
				for (int k = 0; k < s->u.rt.nvars; k++)
					t.tape += sym_bytes(s->u.rt.vars[k], env, &t.assumed);
				break;
			default: break;
			}
			break;
		}
		default: break;
		}
	}
	return t;
}

/* A key for (q, fwd, the values of q's integer dummies). */
static char *memo_key(const IrUnit *q, const Env *env)
{
	size_t cap = 64, n = 0;
	char *k = malloc(cap);
	if (!k)
		abort();
	k[0] = 0;
	for (int i = 0; i < q->nargs; i++) {
		int j = q->args[i] ? env_find(env, q->args[i]->name) : -1;
		char item[64];
		int m = j < 0 ? snprintf(item, sizeof item, "?,") : snprintf(item, sizeof item, "%lld,", (long long)env->vals[j]);
		if (n + (size_t)m + 1 > cap) {
			cap = 2 * (n + (size_t)m + 1);
			char *nk = realloc(k, cap);
			if (!nk)
				abort();
			k = nk;
		}
		memcpy(k + n, item, (size_t)m + 1);
		n += (size_t)m;
	}
	return k;
}

/* One run of q's forward sweep (fwd) or primal, q's integer dummies as in env. Deciding q's
 * sites and building q first when it has not been. */
static Est measure(Auto *A, IrUnit *q, int fwd, Env *env, double calls)
{
	UnitInfo *qi = ad_info(q);
	Est none = {0, 0, 1};
	if (A->state[qi->order] == 1)
		return none; /* recursion: sized as nothing, assumed */
	if (fwd && A->state[qi->order] == 0) {
		A->state[qi->order] = 1;
		Env c = env_copy(env);
		decide_block(A, q, &q->body, &c, calls);
		env_free(&c);
		A->build(A->ctx, q);
		A->state[qi->order] = 2;
	}
	char *key = memo_key(q, env);
	for (int i = 0; i < A->nmemo; i++)
		if (A->memo[i].u == q && A->memo[i].fwd == fwd && !strcmp(A->memo[i].key, key)) {
			free(key);
			return A->memo[i].est;
		}
	int st = A->state[qi->order];
	A->state[qi->order] = 1;
	Env c = env_copy(env);
	Est e = walk(A, fwd ? &qi->fwd->body : &q->body, &c, calls);
	env_free(&c);
	A->state[qi->order] = st;
	if (A->nmemo == A->capmemo) {
		int cap = A->capmemo ? 2 * A->capmemo : 16;
		Memo *m = realloc(A->memo, sizeof *m * (size_t)cap);
		if (!m)
			abort();
		A->memo = m;
		A->capmemo = cap;
	}
	A->memo[A->nmemo++] = (Memo){q, fwd, key, e};
	return e;
}

/* ---------------------------------------------------------------- entry */

int ad_auto_sites(Ad *ad, AdAutoBuild build, void *ctx)
{
	Auto A = {ad, build, ctx, calloc((size_t)ad->units.n + 1, 1), NULL, 0, 0};
	if (!A.state)
		abort();
	IrUnit *h = ad->head;
	Env env = {0};
	int errors = 0;
	for (int i = 0; i < ad->req->nsets; i++) {
		const char *name = ad->req->set_names[i];
		char *end;
		long long v = strtoll(ad->req->set_values[i], &end, 10);
		int k = 0;
		while (k < h->nargs &&
		       !(h->args[k] && !h->args[k]->rank && ir_base_is_int(h->args[k]->type) &&
		         (!strcasecmp(h->args[k]->name, name) || !strcasecmp(ir_arg_written(h, k), name))))
			k++;
		if (k < h->nargs && *end == 0 && end != ad->req->set_values[i])
			env_set(&env, h->args[k]->name, v);
		else if (ad->req->sets_strict) {
			fprintf(stderr, "stad: error: --set %s=%s: not an integer argument of '%s' with an integer value\n", name,
			        ad->req->set_values[i], h->name);
			errors++;
		}
	}
	if (!errors) {
		Est t = measure(&A, h, 1, &env, 1);
		ad->sites->auto_done = 1;
		ad->sites->auto_head_tape = t.tape;
		ad->sites->auto_assumed = t.assumed;
	}
	env_free(&env);
	/* every other routine (not reached from the head's code: none, but be safe) */
	for (int i = 0; !errors && i < ad->units.n; i++) {
		IrUnit *u = ad->units.v[i];
		if (!u->ext && !A.state[ad_info(u)->order]) {
			A.state[ad_info(u)->order] = 2;
			build(ctx, u);
		}
	}
	for (int i = 0; i < A.nmemo; i++)
		free(A.memo[i].key);
	free(A.memo);
	free(A.state);
	return errors;
}
