/*
 * cg_test.c — backend tests: IR built by hand the way sema leaves it, printed with cg_emit,
 * compiled with `cc -std=c99 -pedantic -Wall -Wextra -Werror` at -O0 and -O2 (a warning is a
 * failure), run, and its output compared with the expected text. Some cases also check that
 * the generated C reads as intended (a plain `for`, `(*n)`, names with '_' appended).
 *
 *     cg_test CASE CC WORKDIR [RUNTIME_INCLUDE_DIR RUNTIME_LIBRARY]
 *
 * Each case is the equivalent of a small Fortran program, written out in a comment above its
 * builder. Exit status 0 when the case passes, 1 when it fails, 2 on usage errors.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "backend.h"
#include "ir.h"

/* ---------------------------------------------------------------- building IR */

static IrProgram *P;
static IrArena *A;
static IrSource *SRC; /* the file the test's locations name */
static int line_no;

static IrLoc loc(void)
{
	return ir_loc(SRC, ++line_no, 1);
}

static IrUnit *unit(IrUnitKind k, const char *name)
{
	IrUnit *u = ir_unit_new(A, k, name, loc());
	ir_vec_push(A, &P->units, u);
	return u;
}

static IrSym *sym(IrUnit *u, const char *name, IrSymKind kind, IrBase t)
{
	IrSym *s = ir_sym_new(A, u, name, kind, loc());
	s->type = t;
	s->declared = 1;
	return s;
}

static IrSym *arg(IrUnit *u, const char *name, IrBase t)
{
	IrSym *s = sym(u, name, SYM_ARG, t);
	IrSym **args = ir_alloc(A, sizeof *args * (size_t)(u->nargs + 1));
	const char **names = ir_alloc(A, sizeof *names * (size_t)(u->nargs + 1));
	for (int i = 0; i < u->nargs; i++) {
		args[i] = u->args[i];
		names[i] = u->argnames[i];
	}
	args[u->nargs] = s;
	names[u->nargs] = name;
	s->argpos = u->nargs;
	u->args = args;
	u->argnames = names;
	u->nargs++;
	return s;
}

static IrSym *result(IrUnit *f, IrBase t)
{
	IrSym *r = sym(f, f->name, SYM_RESULT, t);
	f->result = r;
	f->declared_type = t;
	return r;
}

static IrSym *param(IrUnit *u, const char *name, IrExpr *value)
{
	IrSym *s = sym(u, name, SYM_PARAM, value->type);
	s->init = value;
	return s;
}

static void dim(IrSym *s, IrExpr *lo, IrExpr *hi)
{
	s->dims[s->rank].lo = lo;
	s->dims[s->rank].hi = hi;
	s->rank++;
}

static IrExpr *I(long long v)
{
	return ir_int(A, v, loc());
}

static IrExpr *D(double v)
{
	return ir_real(A, v, NULL, TY_REAL8, loc());
}

static IrExpr *R(double v)
{
	return ir_real(A, (float)v, NULL, TY_REAL4, loc());
}

static IrExpr *LOG(int v)
{
	return ir_logical(A, v, loc());
}

static IrExpr *STR(const char *s)
{
	return ir_str(A, s, loc());
}

static IrExpr *V(IrSym *s)
{
	return ir_var(A, s, NULL, 0, loc());
}

static IrExpr *EL(IrSym *s, ...)
{
	IrExpr **idx = ir_alloc(A, sizeof *idx * (size_t)s->rank);
	va_list ap;
	va_start(ap, s);
	for (int i = 0; i < s->rank; i++)
		idx[i] = va_arg(ap, IrExpr *);
	va_end(ap);
	return ir_var(A, s, idx, s->rank, loc());
}

static IrExpr *B(IrOp op, IrExpr *a, IrExpr *b)
{
	return ir_binop(A, op, a, b, loc());
}

static IrExpr *NEG(IrExpr *a)
{
	return ir_unop(A, IR_NEG, a, loc());
}

static IrExpr *NOT(IrExpr *a)
{
	return ir_unop(A, IR_NOT, a, loc());
}

static IrExpr *CV(IrExpr *e, IrBase t)
{
	return ir_convert(A, e, t);
}

static IrExpr **list(int n, va_list ap)
{
	IrExpr **v = ir_alloc(A, sizeof *v * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++)
		v[i] = va_arg(ap, IrExpr *);
	return v;
}

static IrExpr *IN(IrIntrinsic id, int n, ...)
{
	va_list ap;
	va_start(ap, n);
	IrExpr **args = list(n, ap);
	va_end(ap);
	return ir_intrin(A, id, args, n, loc());
}

static IrExpr *FC(IrUnit *f, int n, ...)
{
	va_list ap;
	va_start(ap, n);
	IrExpr **args = list(n, ap);
	va_end(ap);
	IrExpr *e = ir_alloc(A, sizeof *e);
	e->kind = IR_FCALL;
	e->loc = loc();
	e->type = f->result->type;
	e->u.call.callee = f;
	e->u.call.name = f->name;
	e->u.call.args = args;
	e->u.call.nargs = n;
	return e;
}

static IrStmt *add(IrBlock *b, IrStmt *s)
{
	ir_block_add(A, b, s);
	return s;
}

static IrStmt *ASG(IrExpr *lhs, IrExpr *rhs)
{
	return ir_assign(A, lhs, rhs, loc());
}

static IrStmt *DO(IrExpr *var, IrExpr *lo, IrExpr *hi, IrExpr *step)
{
	IrStmt *s = ir_stmt_new(A, IR_DO, loc());
	s->u.do_.var = var;
	s->u.do_.lo = lo;
	s->u.do_.hi = hi;
	s->u.do_.step = step;
	return s;
}

static IrStmt *WHILE(IrExpr *cond)
{
	IrStmt *s = ir_stmt_new(A, IR_DOWHILE, loc());
	s->u.dowhile.cond = cond;
	return s;
}

/* IF with n conditions (ELSE IF chain); blocks filled with add(&s->u.if_.blocks[k], ...). */
static IrStmt *IF(int n, ...)
{
	IrStmt *s = ir_stmt_new(A, IR_IF, loc());
	va_list ap;
	va_start(ap, n);
	s->u.if_.conds = list(n, ap);
	va_end(ap);
	s->u.if_.blocks = ir_alloc(A, sizeof(IrBlock) * (size_t)n);
	s->u.if_.ncond = n;
	return s;
}

static IrStmt *PRINT(int n, ...)
{
	IrStmt *s = ir_stmt_new(A, IR_PRINT, loc());
	va_list ap;
	va_start(ap, n);
	s->u.print.items = list(n, ap);
	va_end(ap);
	s->u.print.nitems = n;
	return s;
}

static IrStmt *CALL(IrUnit *f, int n, ...)
{
	va_list ap;
	va_start(ap, n);
	IrExpr **args = list(n, ap);
	va_end(ap);
	IrStmt *s = ir_call(A, f->name, args, n, loc());
	s->u.call.callee = f;
	s->u.call.site = P->nsites++;
	return s;
}

static IrStmt *SIMPLE(IrStmtKind k)
{
	return ir_stmt_new(A, k, loc());
}

static IrStmt *STOP(IrExpr *code)
{
	IrStmt *s = ir_stmt_new(A, IR_STOP, loc());
	s->u.stop.code = code;
	return s;
}

static IrStmt *RT(IrRtKind k, IrExpr *e, int site, int nvars, ...)
{
	IrStmt *s = ir_stmt_new(A, IR_RT, loc());
	s->u.rt.kind = k;
	s->u.rt.e = e;
	s->u.rt.site = site;
	s->u.rt.vars = ir_alloc(A, sizeof(IrSym *) * (size_t)(nvars ? nvars : 1));
	va_list ap;
	va_start(ap, nvars);
	for (int i = 0; i < nvars; i++)
		s->u.rt.vars[i] = va_arg(ap, IrSym *);
	va_end(ap);
	s->u.rt.nvars = nvars;
	return s;
}

/* integer and double shorthands */
static IrExpr *ADD(IrExpr *a, IrExpr *b)
{
	return B(IR_ADD, a, b);
}
static IrExpr *SUB(IrExpr *a, IrExpr *b)
{
	return B(IR_SUB, a, b);
}
static IrExpr *MUL(IrExpr *a, IrExpr *b)
{
	return B(IR_MUL, a, b);
}

/* ---------------------------------------------------------------- running a case */

static const char *cc, *workdir, *rt_include, *rt_library, *case_name;
static int failures;

static void fail(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "FAIL backend/%s: ", case_name);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	failures++;
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, n = 0;
	char *s = malloc(cap);
	for (;;) {
		if (n + 1024 > cap)
			s = realloc(s, cap *= 2);
		size_t k = fread(s + n, 1, cap - n - 1, f);
		if (!k)
			break;
		n += k;
	}
	s[n] = 0;
	fclose(f);
	return s;
}

static void spit(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	if (!f || fputs(text, f) < 0 || fclose(f)) {
		fprintf(stderr, "cg_test: cannot write %s\n", path);
		exit(2);
	}
}

static int run(const char *cmd)
{
	int st = system(cmd);
	if (st == -1)
		return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

typedef struct Check {
	IrUnit **exported;
	int nexported;
	CgOptions opt;
	const char *expect;        /* expected stdout */
	int status;                /* expected exit status */
	const char *driver;        /* C source of a main() calling the exported routines, or NULL */
	const char *contains[24];  /* texts the generated .c must contain */
	const char *absent[8];     /* texts it must not contain */
	const char *h_contains[8]; /* texts the .h must contain */
	int runtime;               /* link with the runtime library */
} Check;

static char *generated_c;

static void check(Check *k)
{
	char cpath[1024], hpath[1024], exe[1024], out[1024], cmd[8192], drv[1024];
	snprintf(cpath, sizeof cpath, "%s/%s.c", workdir, case_name);
	snprintf(hpath, sizeof hpath, "%s/%s.h", workdir, case_name);
	snprintf(exe, sizeof exe, "%s/%s.exe", workdir, case_name);
	snprintf(out, sizeof out, "%s/%s.out", workdir, case_name);
	snprintf(drv, sizeof drv, "%s/%s_driver.c", workdir, case_name);

	FILE *c = fopen(cpath, "w"), *h = fopen(hpath, "w");
	if (!c || !h) {
		fprintf(stderr, "cg_test: cannot write into %s\n", workdir);
		exit(2);
	}
	int problems = cg_emit(c, h, P, k->exported, k->nexported, &k->opt);
	fclose(c);
	fclose(h);
	if (problems)
		fail("cg_emit reported %d problem(s)", problems);

	generated_c = slurp(cpath);
	char *htext = slurp(hpath);
	for (int i = 0; i < 24 && k->contains[i]; i++)
		if (!strstr(generated_c, k->contains[i]))
			fail("the generated C does not contain \"%s\"", k->contains[i]);
	for (int i = 0; i < 8 && k->absent[i]; i++)
		if (strstr(generated_c, k->absent[i]))
			fail("the generated C contains \"%s\"", k->absent[i]);
	for (int i = 0; i < 8 && k->h_contains[i]; i++)
		if (!strstr(htext, k->h_contains[i]))
			fail("the generated header does not contain \"%s\"", k->h_contains[i]);
	free(htext);

	char extra[2048] = "";
	if (k->driver) {
		spit(drv, k->driver);
		snprintf(extra, sizeof extra, " '%s' -I'%s'", drv, workdir);
	}
	if (k->runtime) {
		if (!rt_include || !rt_library) {
			fail("this case needs the runtime (RUNTIME_INCLUDE_DIR RUNTIME_LIBRARY)");
			return;
		}
		size_t n = strlen(extra);
		snprintf(extra + n, sizeof extra - n, " -I'%s'", rt_include);
	}
	const char *levels[] = {"-O0", "-O2"};
	for (int i = 0; i < 2; i++) {
		snprintf(cmd, sizeof cmd, "%s -std=c99 -pedantic -Wall -Wextra -Werror %s -o '%s' '%s'%s %s%s%s -lm", cc,
		         levels[i], exe, cpath, extra, k->runtime ? "'" : "", k->runtime ? rt_library : "",
		         k->runtime ? "'" : "");
		if (run(cmd) != 0) {
			fail("the generated C does not compile cleanly: %s", cmd);
			return;
		}
		snprintf(cmd, sizeof cmd, "'%s' > '%s'", exe, out);
		int st = run(cmd);
		if (st != k->status)
			fail("%s: exit status %d, expected %d", levels[i], st, k->status);
		char *got = slurp(out);
		if (!got || strcmp(got, k->expect) != 0)
			fail("%s: output\n%s\nexpected\n%s", levels[i], got ? got : "(none)", k->expect);
		free(got);
	}
}

/* ---------------------------------------------------------------- cases */

/*
 *   program do_loops
 *     integer :: i, j, n, s, k
 *     n = 10; s = 0
 *     do i = 1, n, 3;  s = s + i;  end do;  print *, s, i          ! 22 13
 *     s = 0
 *     do i = n, 1, -4; s = s + i;  end do;  print *, s, i          ! 18 -2
 *     k = 0
 *     do i = 5, 1;     k = k + 1;  end do;  print *, k, i          ! 0 5
 *     s = 0
 *     do i = 1, n;  n = n - 1;  s = s + 1;  end do;  print *, s, n, i   ! 10 0 11
 *     s = 0
 *     do i = 1, 10
 *       if (mod(i, 2) == 0) cycle
 *       if (i > 7) exit
 *       s = s + i
 *     end do;  print *, s, i                                       ! 16 9
 *     j = 1
 *     do while (j < 100);  j = j * 3;  end do;  print *, j          ! 243
 *     k = 2; s = 0
 *     do i = 1, 9, k;  s = s + i;  k = 100;  end do;  print *, s, i, k   ! 25 11 100
 *     s = 0
 *     do i = 1, 4;  do j = i, 4;  s = s + 1;  end do;  end do;  print *, s   ! 10
 *     do i = 3, 1, -1; end do; print *, i                           ! 0
 *   end program
 */
static void case_do_loops(void)
{
	IrUnit *u = unit(UNIT_PROGRAM, "do_loops");
	IrSym *i = sym(u, "i", SYM_LOCAL, TY_INT), *j = sym(u, "j", SYM_LOCAL, TY_INT);
	IrSym *n = sym(u, "n", SYM_LOCAL, TY_INT), *s = sym(u, "s", SYM_LOCAL, TY_INT);
	IrSym *k = sym(u, "k", SYM_LOCAL, TY_INT);
	IrBlock *b = &u->body;
	IrStmt *d;
	add(b, ASG(V(n), I(10)));
	add(b, ASG(V(s), I(0)));
	d = add(b, DO(V(i), I(1), V(n), I(3)));
	add(&d->u.do_.body, ASG(V(s), ADD(V(s), V(i))));
	add(b, PRINT(2, V(s), V(i)));
	add(b, ASG(V(s), I(0)));
	d = add(b, DO(V(i), V(n), I(1), I(-4)));
	add(&d->u.do_.body, ASG(V(s), ADD(V(s), V(i))));
	add(b, PRINT(2, V(s), V(i)));
	add(b, ASG(V(k), I(0)));
	d = add(b, DO(V(i), I(5), I(1), NULL));
	add(&d->u.do_.body, ASG(V(k), ADD(V(k), I(1))));
	add(b, PRINT(2, V(k), V(i)));
	add(b, ASG(V(s), I(0)));
	d = add(b, DO(V(i), I(1), V(n), NULL));
	add(&d->u.do_.body, ASG(V(n), SUB(V(n), I(1))));
	add(&d->u.do_.body, ASG(V(s), ADD(V(s), I(1))));
	add(b, PRINT(3, V(s), V(n), V(i)));
	add(b, ASG(V(s), I(0)));
	d = add(b, DO(V(i), I(1), I(10), NULL));
	IrStmt *c1 = add(&d->u.do_.body, IF(1, B(IR_EQ, IN(INTR_MOD, 2, V(i), I(2)), I(0))));
	add(&c1->u.if_.blocks[0], SIMPLE(IR_CYCLE));
	IrStmt *c2 = add(&d->u.do_.body, IF(1, B(IR_GT, V(i), I(7))));
	add(&c2->u.if_.blocks[0], SIMPLE(IR_EXIT));
	add(&d->u.do_.body, ASG(V(s), ADD(V(s), V(i))));
	add(b, PRINT(2, V(s), V(i)));
	add(b, ASG(V(j), I(1)));
	d = add(b, WHILE(B(IR_LT, V(j), I(100))));
	add(&d->u.dowhile.body, ASG(V(j), MUL(V(j), I(3))));
	add(b, PRINT(1, V(j)));
	add(b, ASG(V(k), I(2)));
	add(b, ASG(V(s), I(0)));
	d = add(b, DO(V(i), I(1), I(9), V(k)));
	add(&d->u.do_.body, ASG(V(s), ADD(V(s), V(i))));
	add(&d->u.do_.body, ASG(V(k), I(100)));
	add(b, PRINT(3, V(s), V(i), V(k)));
	add(b, ASG(V(s), I(0)));
	d = add(b, DO(V(i), I(1), I(4), NULL));
	IrStmt *d2 = add(&d->u.do_.body, DO(V(j), V(i), I(4), NULL));
	add(&d2->u.do_.body, ASG(V(s), ADD(V(s), I(1))));
	add(b, PRINT(1, V(s)));
	add(b, DO(V(i), I(3), I(1), I(-1)));
	add(b, PRINT(1, V(i)));

	Check k_ = {.exported = (IrUnit *[]){u},
	            .nexported = 1,
	            .expect = "22 13\n18 -2\n0 5\n10 0 11\n16 9\n243\n25 11 100\n10\n0\n",
	            .contains = {"int main(void)", "for (i = 1; i <= n; i += 3) {", "for (i = n; i >= 1; i -= 4) {",
	                         "for (i_trip = n, i = 1; i_trip > 0; --i_trip, ++i) {", "i_step = k;",
	                         "for (j = i; j <= 4; ++j) {", "while (j < 100) {", "continue;", "break;",
	                         "for (i = 3; i >= 1; --i) {", "i % 2 == 0"}};
	check(&k_);
}

/*
 *   subroutine fill(n, m, lo, h)            ! h(lo:lo+n-1, m) = i*100 + j
 *   subroutine sum3(n, a, s)                ! a(0:n, 2, *): s = a(0,1,1) + a(n,2,2)
 *   subroutine work(n, out)                 ! real(8) :: w(n): heap, RETURN from the loop
 *     do i = 1, n
 *       w(i) = i * i
 *       if (i == 3) then; out = w(i) + w(1); return; end if
 *     end do
 *     out = -1
 *   program arrays
 *     real(8) :: q(-2:5, 0:3), big(100, 100), s
 *     q(i, j) = 10*i + j for all;  print *, q(-2,0), q(5,3), q(0,1)        ! -20 53 1
 *     call fill(2, 3, 7, q(-2, 1))   ! sequence association: 6 elements from q(-2,1)
 *     print *, q(-2,1), q(-1,1), q(0,1), q(3,1), q(4,1)                    ! 701 801 702 803 41
 *     big(i, j) = i + 1000*j;  call sum3(1, big, s);  print *, s            ! 2009
 *     call work(5, s); t = s; call work(2, s); print *, t, s               ! 10 -1
 *     print *, dot(3, big, big)      ! the same array to two read-only dummies: 3012014
 *   real(8) function dot(n, x, y)    ! x(n), y(*): not modified, so not restrict
 */
static void case_arrays(void)
{
	IrUnit *fill = unit(UNIT_SUBROUTINE, "fill");
	IrSym *fn = arg(fill, "n", TY_INT), *fm = arg(fill, "m", TY_INT), *flo = arg(fill, "lo", TY_INT);
	IrSym *h = arg(fill, "h", TY_REAL8);
	dim(h, V(flo), SUB(ADD(V(flo), V(fn)), I(1)));
	dim(h, NULL, V(fm));
	IrSym *fi = sym(fill, "i", SYM_LOCAL, TY_INT), *fj = sym(fill, "j", SYM_LOCAL, TY_INT);
	IrStmt *d = add(&fill->body, DO(V(fj), I(1), V(fm), NULL));
	IrStmt *d2 = add(&d->u.do_.body, DO(V(fi), V(flo), SUB(ADD(V(flo), V(fn)), I(1)), NULL));
	add(&d2->u.do_.body, ASG(EL(h, V(fi), V(fj)), CV(ADD(MUL(V(fi), I(100)), V(fj)), TY_REAL8)));

	IrUnit *sum3 = unit(UNIT_SUBROUTINE, "sum3");
	IrSym *sn = arg(sum3, "n", TY_INT), *sa = arg(sum3, "a", TY_REAL8), *ss = arg(sum3, "s", TY_REAL8);
	dim(sa, I(0), V(sn));
	dim(sa, NULL, I(2));
	dim(sa, NULL, NULL);
	add(&sum3->body, ASG(V(ss), ADD(EL(sa, I(0), I(1), I(1)), EL(sa, V(sn), I(2), I(2)))));

	IrUnit *work = unit(UNIT_SUBROUTINE, "work");
	IrSym *wn = arg(work, "n", TY_INT), *wout = arg(work, "out", TY_REAL8);
	IrSym *w = sym(work, "w", SYM_LOCAL, TY_REAL8), *wi = sym(work, "i", SYM_LOCAL, TY_INT);
	dim(w, NULL, V(wn));
	d = add(&work->body, DO(V(wi), I(1), V(wn), NULL));
	add(&d->u.do_.body, ASG(EL(w, V(wi)), CV(MUL(V(wi), V(wi)), TY_REAL8)));
	IrStmt *c = add(&d->u.do_.body, IF(1, B(IR_EQ, V(wi), I(3))));
	add(&c->u.if_.blocks[0], ASG(V(wout), ADD(EL(w, V(wi)), EL(w, I(1)))));
	add(&c->u.if_.blocks[0], SIMPLE(IR_RETURN));
	add(&work->body, ASG(V(wout), D(-1)));
	add(&work->body, SIMPLE(IR_RETURN));

	/* real(8) function dot(n, x, y): both read-only, so `dot(3, big, big)` is legal Fortran */
	IrUnit *dot = unit(UNIT_FUNCTION, "dot");
	IrSym *dn = arg(dot, "n", TY_INT), *dx = arg(dot, "x", TY_REAL8), *dy = arg(dot, "y", TY_REAL8);
	dim(dx, NULL, V(dn));
	dim(dy, NULL, NULL);
	IrSym *dr = result(dot, TY_REAL8), *di = sym(dot, "i", SYM_LOCAL, TY_INT);
	add(&dot->body, ASG(V(dr), D(0)));
	d = add(&dot->body, DO(V(di), I(1), V(dn), NULL));
	add(&d->u.do_.body, ASG(V(dr), ADD(V(dr), MUL(EL(dx, V(di)), EL(dy, V(di))))));

	IrUnit *u = unit(UNIT_PROGRAM, "arrays");
	IrSym *q = sym(u, "q", SYM_LOCAL, TY_REAL8), *big = sym(u, "big", SYM_LOCAL, TY_REAL8);
	IrSym *i = sym(u, "i", SYM_LOCAL, TY_INT), *j = sym(u, "j", SYM_LOCAL, TY_INT);
	IrSym *s = sym(u, "s", SYM_LOCAL, TY_REAL8), *t = sym(u, "t", SYM_LOCAL, TY_REAL8);
	dim(q, I(-2), I(5));
	dim(q, I(0), I(3));
	dim(big, NULL, I(100));
	dim(big, NULL, I(100));
	IrBlock *b = &u->body;
	d = add(b, DO(V(j), I(0), I(3), NULL));
	d2 = add(&d->u.do_.body, DO(V(i), I(-2), I(5), NULL));
	add(&d2->u.do_.body, ASG(EL(q, V(i), V(j)), ADD(MUL(D(10), CV(V(i), TY_REAL8)), CV(V(j), TY_REAL8))));
	add(b, PRINT(3, EL(q, I(-2), I(0)), EL(q, I(5), I(3)), EL(q, I(0), I(1))));
	add(b, CALL(fill, 4, I(2), I(3), I(7), EL(q, I(-2), I(1))));
	add(b, PRINT(5, EL(q, I(-2), I(1)), EL(q, I(-1), I(1)), EL(q, I(0), I(1)), EL(q, I(3), I(1)), EL(q, I(4), I(1))));
	d = add(b, DO(V(j), I(1), I(100), NULL));
	d2 = add(&d->u.do_.body, DO(V(i), I(1), I(100), NULL));
	add(&d2->u.do_.body, ASG(EL(big, V(i), V(j)), CV(ADD(V(i), MUL(I(1000), V(j))), TY_REAL8)));
	add(b, CALL(sum3, 3, I(1), V(big), V(s)));
	add(b, PRINT(1, V(s)));
	add(b, CALL(work, 2, I(5), V(s)));
	add(b, ASG(V(t), V(s)));
	add(b, CALL(work, 2, I(2), V(s)));
	add(b, PRINT(2, V(t), V(s)));
	add(b, PRINT(1, FC(dot, 3, I(3), V(big), V(big))));

	Check k = {.exported = (IrUnit *[]){u},
	           .nexported = 1,
	           .expect = "-20 53 1\n701 801 702 803 41\n2009\n10 -1\n3012014\n",
	           .contains = {"double q[32];", "double *big = calloc(10000, sizeof(double));", "free(big);",
	                        "q[(i + 2) + 8 * j]", "&q[8]", "double *restrict h", "const int h_lo1 = *lo;",
	                        "const int h_n1 = (*lo) + (*n) - 1 - h_lo1 + 1;", "h[(i - h_lo1) + h_n1 * (j - 1)]", "a[0]",
	                        "a[(*n) + a_n1 * 3]", "double *w = calloc((size_t)w_n1, sizeof(double));", "goto cleanup;",
	                        "cleanup:", "free(w);", "static void fill(int *n, int *m, int *lo, double *restrict h);",
	                        "static void sum3(int *n, double *a, double *s)", "dot(&(int){3}, big, big)"},
	           .absent = {"a_n2", "a_n3"}};
	check(&k);
}

/*
 *   real(8) function f(x, k);  f = x * k + 1.0d0
 *   subroutine add(a, b, c);   c = a + b
 *   subroutine iadd(i, j, k);  k = i + j
 *   program calls
 *     integer, parameter :: np = 4
 *     y = 2;  z = f(y + 1.0d0, 2) + f(y, np);  print *, z            ! 16
 *     call add(1.5d0, y * 2.0d0, z);  print *, z                     ! 5.5
 *     m = 3;  call iadd(m, np + 1, k);  print *, k                   ! 8
 *     if (f(y, m) > 6.0d0) print *, 'big'
 *     do while (f(z, 1) < 10.0d0);  z = z + 2.0d0;  end do;  print *, z   ! 9.5
 *     call iadd(np, np, k);  print *, k                              ! 8
 */
static void case_calls(void)
{
	IrUnit *f = unit(UNIT_FUNCTION, "f");
	IrSym *fx = arg(f, "x", TY_REAL8), *fk = arg(f, "k", TY_INT);
	IrSym *fr = result(f, TY_REAL8);
	add(&f->body, ASG(V(fr), ADD(MUL(V(fx), CV(V(fk), TY_REAL8)), D(1))));

	IrUnit *sadd = unit(UNIT_SUBROUTINE, "add");
	IrSym *a = arg(sadd, "a", TY_REAL8), *bb = arg(sadd, "b", TY_REAL8), *c = arg(sadd, "c", TY_REAL8);
	add(&sadd->body, ASG(V(c), ADD(V(a), V(bb))));

	IrUnit *iadd = unit(UNIT_SUBROUTINE, "iadd");
	IrSym *ii = arg(iadd, "i", TY_INT), *ij = arg(iadd, "j", TY_INT), *ik = arg(iadd, "k", TY_INT);
	add(&iadd->body, ASG(V(ik), ADD(V(ii), V(ij))));

	IrUnit *u = unit(UNIT_PROGRAM, "calls");
	IrSym *np = param(u, "np", I(4));
	IrSym *y = sym(u, "y", SYM_LOCAL, TY_REAL8), *z = sym(u, "z", SYM_LOCAL, TY_REAL8);
	IrSym *m = sym(u, "m", SYM_LOCAL, TY_INT), *k = sym(u, "k", SYM_LOCAL, TY_INT);
	IrBlock *b = &u->body;
	add(b, ASG(V(y), D(2)));
	add(b, ASG(V(z), ADD(FC(f, 2, ADD(V(y), D(1)), I(2)), FC(f, 2, V(y), V(np)))));
	add(b, PRINT(1, V(z)));
	add(b, CALL(sadd, 3, D(1.5), MUL(V(y), D(2)), V(z)));
	add(b, PRINT(1, V(z)));
	add(b, ASG(V(m), I(3)));
	add(b, CALL(iadd, 3, V(m), ADD(V(np), I(1)), V(k)));
	add(b, PRINT(1, V(k)));
	IrStmt *s = add(b, IF(1, B(IR_GT, FC(f, 2, V(y), V(m)), D(6))));
	add(&s->u.if_.blocks[0], PRINT(1, STR("big")));
	s = add(b, WHILE(B(IR_LT, FC(f, 2, V(z), I(1)), D(10))));
	add(&s->u.dowhile.body, ASG(V(z), ADD(V(z), D(2))));
	add(b, PRINT(1, V(z)));
	add(b, CALL(iadd, 3, V(np), V(np), V(k)));
	add(b, PRINT(1, V(k)));

	Check ck = {.exported = (IrUnit *[]){u},
	            .nexported = 1,
	            .expect = "16\n5.5\n8\nbig\n9.5\n8\n",
	            .contains = {"static double f(double *x, int *k)", "double f;", "return f;",
	                         "f(&(double){y + 1.0}, &(int){2}) + f(&y, &(int){np})", "const int np = 4;", "double t1 = 1.5;",
	                         "double t2 = y * 2.0;", "add(&t1, &t2, &z);", "int t1 = np + 1;", "iadd(&m, &t1, &k);",
	                         "while (f(&z, &(int){1}) < 10.0) {", "*c = (*a) + (*b);"}};
	check(&ck);
}

/*
 *   module m
 *     integer, parameter :: mn = 3
 *     real(8) :: mx = 1.5d0
 *     real(8) :: ma(mn)
 *     integer :: never
 *   end module
 *   subroutine setg();  use m;  common /blk/ cx, cy(2);  common bz
 *     do i = 1, mn;  ma(i) = mx * i;  end do
 *     cx = 10;  cy(1) = 20;  cy(2) = 30;  bz = 7
 *   program globals;  use m;  common /blk/ p, r(2);  common w
 *     call setg();  print *, ma(1), ma(3), mn, p, r(2), w     ! 1.5 4.5 3 10 30 7
 *     mx = 2;  call setg();  print *, ma(2)                    ! 4
 */
static void case_globals(void)
{
	IrUnit *m = unit(UNIT_MODULE, "m");
	IrSym *mn = param(m, "mn", I(3));
	IrSym *mx = sym(m, "mx", SYM_MODULE, TY_REAL8);
	mx->init = D(1.5);
	mx->is_save = 1;
	IrSym *ma = sym(m, "ma", SYM_MODULE, TY_REAL8);
	dim(ma, NULL, V(mn));
	sym(m, "never", SYM_MODULE, TY_INT);

	/* COMMON /blk/ and the blank COMMON: canonical members, owner NULL */
	IrCommon *blk = ir_alloc(A, sizeof *blk), *blank = ir_alloc(A, sizeof *blank);
	blk->name = "blk";
	blank->name = "";
	IrSym *ccx = sym(NULL, "cx", SYM_COMMON, TY_REAL8), *ccy = sym(NULL, "cy", SYM_COMMON, TY_REAL8);
	IrSym *cbz = sym(NULL, "bz", SYM_COMMON, TY_REAL8);
	ccx->common = ccy->common = "blk";
	cbz->common = "";
	ccy->common_index = 1;
	dim(ccy, NULL, I(2));
	ir_vec_push(A, &blk->members, ccx);
	ir_vec_push(A, &blk->members, ccy);
	ir_vec_push(A, &blank->members, cbz);
	ir_vec_push(A, &P->commons, blk);
	ir_vec_push(A, &P->commons, blank);

	IrUnit *setg = unit(UNIT_SUBROUTINE, "setg");
	IrSym *i = sym(setg, "i", SYM_LOCAL, TY_INT);
	IrSym *cx = sym(setg, "cx", SYM_COMMON, TY_REAL8), *cy = sym(setg, "cy", SYM_COMMON, TY_REAL8);
	IrSym *bz = sym(setg, "bz", SYM_COMMON, TY_REAL8);
	cx->common = cy->common = "blk";
	bz->common = "";
	cx->origin = ccx;
	cy->origin = ccy;
	bz->origin = cbz;
	dim(cy, NULL, I(2));
	IrStmt *d = add(&setg->body, DO(V(i), I(1), V(mn), NULL));
	add(&d->u.do_.body, ASG(EL(ma, V(i)), MUL(V(mx), CV(V(i), TY_REAL8))));
	add(&setg->body, ASG(V(cx), D(10)));
	add(&setg->body, ASG(EL(cy, I(1)), D(20)));
	add(&setg->body, ASG(EL(cy, I(2)), D(30)));
	add(&setg->body, ASG(V(bz), D(7)));

	IrUnit *u = unit(UNIT_PROGRAM, "globals");
	IrSym *p = sym(u, "p", SYM_COMMON, TY_REAL8), *r = sym(u, "r", SYM_COMMON, TY_REAL8);
	IrSym *w = sym(u, "w", SYM_COMMON, TY_REAL8);
	p->common = r->common = "blk";
	w->common = "";
	p->origin = ccx;
	r->origin = ccy;
	w->origin = cbz;
	dim(r, NULL, I(2));
	add(&u->body, CALL(setg, 0));
	add(&u->body, PRINT(6, EL(ma, I(1)), EL(ma, I(3)), V(mn), V(p), EL(r, I(2)), V(w)));
	add(&u->body, ASG(V(mx), D(2)));
	add(&u->body, CALL(setg, 0));
	add(&u->body, PRINT(1, EL(ma, I(2))));

	Check k = {.exported = (IrUnit *[]){u},
	           .nexported = 1,
	           .expect = "1.5 4.5 3 10 30 7\n4\n",
	           .contains = {"static const int m_mn = 3;", "static double m_mx = 1.5;", "static double m_ma[3];",
	                        "static double blk_cx;", "static double blk_cy[2];", "static double blank_bz;",
	                        "for (i = 1; i <= m_mn; ++i) {", "m_ma[i - 1] = m_mx * (double)i;", "blk_cy[1] = 30.0;",
	                        "static void setg(void);"},
	           .absent = {"never"}};
	check(&k);
}

/*
 *   program intrinsics
 *     i = 7; j = -3; k = 5; x = 2.5d0; y = -1.25d0; r = 0.1 (REAL)
 *     print *, max(i, j, k), min(i, j, k), max(x, y, 0.5d0), min(r, 0.2, 0.05)
 *     print *, mod(i, j), mod(-i, 3), mod(x, 1.0d0), mod(-x, 2.0d0)
 *     print *, sign(i, j), sign(j, 0), sign(x, y), abs(j), abs(y), abs(r)
 *     print *, nint(x), nint(-x), nint(2.4d0), int(-x), floor(-x), aint(-x), nint(r)
 *     print *, i**2, i**3, j**3, 2**10, i**(-1), 1**(-3), (-1)**(-3), i**k, (-2)**3, -2**2
 *     print *, x**2, x**(-2), x**k, sqrt(x**4), r**2
 *     d = 0.1 (REAL literal into a double): print *, d, dble(r) * 2
 *     print *, exp(0.0d0), log(1.0d0), sin(0.0d0), cos(0.0d0), sqrt(6.25d0), x**0.5d0 ... real**real
 *     print *, i / 2, -i / 2, real(i) / 2, dble(i) / 4
 */
static void case_intrinsics(void)
{
	IrUnit *u = unit(UNIT_PROGRAM, "intrinsics");
	IrSym *i = sym(u, "i", SYM_LOCAL, TY_INT), *j = sym(u, "j", SYM_LOCAL, TY_INT);
	IrSym *k = sym(u, "k", SYM_LOCAL, TY_INT);
	IrSym *x = sym(u, "x", SYM_LOCAL, TY_REAL8), *y = sym(u, "y", SYM_LOCAL, TY_REAL8);
	IrSym *r = sym(u, "r", SYM_LOCAL, TY_REAL4), *d = sym(u, "d", SYM_LOCAL, TY_REAL8);
	IrBlock *b = &u->body;
	add(b, ASG(V(i), I(7)));
	add(b, ASG(V(j), I(-3)));
	add(b, ASG(V(k), I(5)));
	add(b, ASG(V(x), D(2.5)));
	add(b, ASG(V(y), D(-1.25)));
	add(b, ASG(V(r), R(0.1)));
	add(b,
	    PRINT(4, IN(INTR_MAX, 3, V(i), V(j), V(k)), IN(INTR_MIN0, 3, V(i), V(j), V(k)), IN(INTR_DMAX1, 3, V(x), V(y), D(0.5)),
	          IN(INTR_MIN, 3, V(r), R(0.2), R(0.05))));
	add(b,
	    PRINT(4, IN(INTR_MOD, 2, V(i), V(j)), IN(INTR_MOD, 2, NEG(V(i)), I(3)), IN(INTR_MOD, 2, V(x), D(1)),
	          IN(INTR_DMOD, 2, NEG(V(x)), D(2))));
	add(b,
	    PRINT(6, IN(INTR_SIGN, 2, V(i), V(j)), IN(INTR_ISIGN, 2, V(j), I(0)), IN(INTR_DSIGN, 2, V(x), V(y)),
	          IN(INTR_IABS, 1, V(j)), IN(INTR_ABS, 1, V(y)), IN(INTR_ABS, 1, V(r))));
	add(b,
	    PRINT(7, IN(INTR_NINT, 1, V(x)), IN(INTR_IDNINT, 1, NEG(V(x))), IN(INTR_NINT, 1, D(2.4)), IN(INTR_INT, 1, NEG(V(x))),
	          IN(INTR_FLOOR, 1, NEG(V(x))), IN(INTR_AINT, 1, NEG(V(x))), IN(INTR_NINT, 1, V(r))));
	add(b,
	    PRINT(10, B(IR_POW, V(i), I(2)), B(IR_POW, V(i), I(3)), B(IR_POW, V(j), I(3)), B(IR_POW, I(2), I(10)),
	          B(IR_POW, V(i), I(-1)), B(IR_POW, I(1), I(-3)), B(IR_POW, NEG(I(1)), I(-3)), B(IR_POW, V(i), V(k)),
	          B(IR_POW, NEG(I(2)), I(3)), NEG(B(IR_POW, I(2), I(2)))));
	add(b,
	    PRINT(5, B(IR_POW, V(x), I(2)), B(IR_POW, V(x), I(-2)), B(IR_POW, V(x), V(k)),
	          IN(INTR_SQRT, 1, B(IR_POW, V(x), I(4))), B(IR_POW, V(r), I(2))));
	add(b, ASG(V(d), CV(R(0.1), TY_REAL8)));
	add(b, PRINT(2, V(d), MUL(IN(INTR_DBLE, 1, V(r)), D(2))));
	add(b,
	    PRINT(6, IN(INTR_EXP, 1, D(0)), IN(INTR_LOG, 1, D(1)), IN(INTR_SIN, 1, D(0)), IN(INTR_COS, 1, D(0)),
	          IN(INTR_DSQRT, 1, D(6.25)), B(IR_POW, D(6.25), D(0.5))));
	add(b,
	    PRINT(4, B(IR_DIV, V(i), I(2)), B(IR_DIV, NEG(V(i)), I(2)), B(IR_DIV, IN(INTR_REAL, 1, V(i)), R(2)),
	          B(IR_DIV, IN(INTR_DBLE, 1, V(i)), D(4))));

	Check c = {.exported = (IrUnit *[]){u},
	           .nexported = 1,
	           .expect = "7 -3 2.5 0.0500000007\n"
	                     "1 -1 0.5 -0.5\n"
	                     "-7 3 -2.5 3 1.25 0.100000001\n"
	                     "3 -3 2 -2 -3 -2 0\n"
	                     "49 343 -27 1024 0 1 -1 16807 -8 -4\n"
	                     "6.25 0.16 97.65625 6.25 0.0100000007\n"
	                     "0.10000000149011612 0.20000000298023224\n"
	                     "1 0 0 1 2.5 2.5\n"
	                     "3 -3 3.5 1.75\n",
	           .contains = {"stad_max_i(i, stad_max_i(j, k))", "stad_min_f(r, stad_min_f(0.2f, 0.05f))", "i % j", "-i % 3",
	                        "fmod(x, 1.0)", "stad_sign_i(i, j)", "copysign(x, y)", "abs(j)", "fabsf(r)", "(int)lround(x)",
	                        "(int)lroundf(r)", "(int)floor(-x)", "trunc(-x)", "i * i", "x * x", "stad_powi_d(x, -2)",
	                        "d = (double)0.1f;", "1024"},
	           .absent = {"stad_max_d(stad", "stad_powi_f"}};
	check(&c);
}

/*
 *   program logicals
 *     logical :: a, b
 *     a = .true.;  b = 3 > 4
 *     print *, a, b, a .and. b, a .or. b, .not. a, a .eqv. b, a .neqv. b, (a .and. b) .or. .not. b
 *     print *, 'rate: 100% done?? "q" \', 42
 *     print *
 */
static void case_logicals(void)
{
	IrUnit *u = unit(UNIT_PROGRAM, "logicals");
	IrSym *a = sym(u, "a", SYM_LOCAL, TY_LOGICAL), *bb = sym(u, "b", SYM_LOCAL, TY_LOGICAL);
	IrBlock *b = &u->body;
	add(b, ASG(V(a), LOG(1)));
	add(b, ASG(V(bb), B(IR_GT, I(3), I(4))));
	add(b,
	    PRINT(8, V(a), V(bb), B(IR_AND, V(a), V(bb)), B(IR_OR, V(a), V(bb)), NOT(V(a)), B(IR_EQV, V(a), V(bb)),
	          B(IR_NEQV, V(a), V(bb)), B(IR_OR, B(IR_AND, V(a), V(bb)), NOT(V(bb)))));
	add(b, PRINT(2, STR("rate: 100% done?? \"q\" \\"), I(42)));
	add(b, PRINT(0));
	add(b, PRINT(1, B(IR_EQV, NOT(V(a)), B(IR_EQ, I(1), I(2)))));

	Check c = {.exported = (IrUnit *[]){u},
	           .nexported = 1,
	           .expect = "T F F T F F T T\nrate: 100% done?? \"q\" \\ 42\n\nT\n",
	           .contains = {"(a && b) || !b", "a ? \"T\" : \"F\"", "100%% done?\\? \\\"q\\\" \\\\ %d", "(!a) == (1 == 2)"}};
	check(&c);
}

/*
 *   subroutine free(int, exp, index, q)      ! every name collides with C
 *     integer :: int, q_lo1, t1, i, i_trip
 *     real(8) :: exp, index(0:int), q(int:5)
 *     q_lo1 = 1000
 *     i_trip = 0
 *     do i = int, 5 - q_lo1 / 1000 * 0 + int * 0 ... (trip form: the bound changes)
 *   program names
 */
static void case_names(void)
{
	IrUnit *fr = unit(UNIT_SUBROUTINE, "free");
	IrSym *in = arg(fr, "int", TY_INT), *ex = arg(fr, "exp", TY_REAL8), *ix = arg(fr, "index", TY_REAL8);
	IrSym *q = arg(fr, "q", TY_REAL8);
	dim(ix, I(0), V(in));
	dim(q, V(in), I(5));
	IrSym *qlo = sym(fr, "q_lo1", SYM_LOCAL, TY_INT), *t1 = sym(fr, "t1", SYM_LOCAL, TY_INT);
	IrSym *i = sym(fr, "i", SYM_LOCAL, TY_INT), *it = sym(fr, "i_trip", SYM_LOCAL, TY_INT);
	IrSym *hi = sym(fr, "hi", SYM_LOCAL, TY_INT);
	IrBlock *b = &fr->body;
	add(b, ASG(V(qlo), I(1000)));
	add(b, ASG(V(t1), I(7)));
	add(b, ASG(V(it), I(0)));
	add(b, ASG(V(hi), I(5)));
	IrStmt *d = add(b, DO(V(i), V(in), V(hi), NULL));
	add(&d->u.do_.body, ASG(V(hi), I(0)));
	add(&d->u.do_.body, ASG(V(it), ADD(V(it), I(1))));
	add(&d->u.do_.body, ASG(EL(q, V(i)), ADD(V(ex), CV(V(qlo), TY_REAL8))));
	add(b, ASG(V(ex), ADD(EL(ix, V(in)), CV(ADD(V(it), V(t1)), TY_REAL8))));

	IrUnit *u = unit(UNIT_PROGRAM, "names");
	IrSym *for_ = sym(u, "for", SYM_LOCAL, TY_INT), *y0 = sym(u, "y0", SYM_LOCAL, TY_REAL8);
	IrSym *idx = sym(u, "index", SYM_LOCAL, TY_REAL8), *qq = sym(u, "q", SYM_LOCAL, TY_REAL8);
	IrSym *main_ = sym(u, "main", SYM_LOCAL, TY_INT), *t1u = sym(u, "t1", SYM_LOCAL, TY_INT);
	dim(idx, I(0), I(2));
	dim(qq, I(2), I(5));
	b = &u->body;
	add(b, ASG(V(for_), I(2)));
	add(b, ASG(V(main_), I(1)));
	add(b, ASG(V(t1u), I(9)));
	add(b, ASG(EL(idx, I(2)), D(0.5)));
	add(b, ASG(V(y0), D(0)));
	add(b, CALL(fr, 4, V(for_), V(y0), V(idx), V(qq)));
	add(b, CALL(fr, 4, ADD(V(main_), V(main_)), V(y0), V(idx), V(qq)));
	add(b, PRINT(4, V(y0), EL(qq, I(2)), EL(qq, I(5)), V(t1u)));

	Check c = {.exported = (IrUnit *[]){u},
	           .nexported = 1,
	           .expect = "11.5 1011.5 1011.5 9\n",
	           .contains = {"static void free_(int *int_, double *exp_, double *index_, double *restrict q)",
	                        "const int q_lo1_ = *int_;", "int i_trip_;", "int for_;", "double y0_;", "double index_[3];",
	                        "int main_;", "int t2 = main_ + main_;", "free_(&for_, &y0_, index_, q);"}};
	check(&c);
}

/*
 * Runtime operations as the AD passes insert them: push/pop of each type, control values, a
 * snapshot of a local scalar, a local array and a dummy array and scalar, zeroing, profile events.
 *   subroutine snap(n, v, s):  real(8) :: v(n), s
 *     snapshot (site 3) of v, s, n;  v = 0; s = 0 (RT_ZERO);  print *, v(2), s   ! 0 0
 *     restore;  print *, v(2), s                                              ! 2 1.5
 *   program rt:  x = 1.5, r = 0.25, k = 42, a = (1, 2, 3)
 *     push x, r, k;  snapshot (site 1) of a, x;  call snap(3, a, x);  a = 0; x = 0;  restore
 *     pop k, r, z;  print *, a(2), x, k, r, z                                  ! 2 1.5 42 0.25 1.5
 */
static void case_runtime(void)
{
	IrUnit *sn = unit(UNIT_SUBROUTINE, "snap");
	IrSym *n = arg(sn, "n", TY_INT), *v = arg(sn, "v", TY_REAL8), *s = arg(sn, "s", TY_REAL8);
	dim(v, NULL, V(n));
	IrBlock *b = &sn->body;
	add(b, RT(RT_SNAP_WRITE, NULL, 3, 3, v, s, n));
	add(b, RT(RT_PROF_EVENT, NULL, 3, 0))->u.rt.event = 3;
	add(b, RT(RT_PROF_EVENT, NULL, 3, 2, v, s))->u.rt.event = 9;
	add(b, RT(RT_ZERO, V(v), 0, 0));
	add(b, RT(RT_ZERO, V(s), 0, 0));
	add(b, PRINT(2, EL(v, I(2)), V(s)));
	add(b, RT(RT_SNAP_READ, NULL, 3, 3, v, s, n));
	add(b, PRINT(2, EL(v, I(2)), V(s)));

	IrUnit *u = unit(UNIT_PROGRAM, "rt");
	IrSym *x = sym(u, "x", SYM_LOCAL, TY_REAL8), *r = sym(u, "r", SYM_LOCAL, TY_REAL4);
	IrSym *k = sym(u, "k", SYM_LOCAL, TY_INT), *a = sym(u, "a", SYM_LOCAL, TY_REAL8);
	IrSym *z = sym(u, "z", SYM_LOCAL, TY_REAL8);
	dim(a, NULL, I(3));
	b = &u->body;
	IrStmt *raw = add(b, RT(RT_RAW, NULL, 0, 0));
	raw->u.rt.text = "srt_init();";
	add(b, ASG(V(x), D(1.5)));
	add(b, ASG(V(r), R(0.25)));
	add(b, ASG(V(k), I(42)));
	add(b, ASG(EL(a, I(1)), D(1)));
	add(b, ASG(EL(a, I(2)), D(2)));
	add(b, ASG(EL(a, I(3)), D(3)));
	add(b, RT(RT_PUSH, V(x), 0, 0));
	add(b, RT(RT_PUSH, V(r), 0, 0));
	add(b, RT(RT_PUSH_CTRL, V(k), 0, 0));
	add(b, RT(RT_SNAP_WRITE, NULL, 1, 2, a, x));
	add(b, CALL(sn, 3, I(3), V(a), V(x)));
	add(b, RT(RT_ZERO, V(a), 0, 0));
	add(b, ASG(V(x), D(0)));
	add(b, RT(RT_SNAP_READ, NULL, 1, 2, a, x));
	add(b, RT(RT_POP_CTRL, V(k), 0, 0));
	add(b, RT(RT_POP, V(r), 0, 0));
	add(b, RT(RT_POP, V(z), 0, 0));
	add(b, PRINT(5, EL(a, I(2)), V(x), V(k), V(r), V(z)));

	Check c = {.exported = (IrUnit *[]){u},
	           .nexported = 1,
	           .opt = {.uses_runtime = 1},
	           .runtime = 1,
	           .expect = "0 0\n2 1.5\n2 1.5 42 0.25 1.5\n",
	           .contains = {"#include \"stad_rt.h\"", "srt_snap_write_begin(3);",
	                        "srt_push_block(v, sizeof(*v) * (size_t)v_n1);", "srt_push_block(s, sizeof *s);",
	                        "srt_push_block(n, sizeof *n);", "srt_pop_block(n, sizeof *n);",
	                        "srt_prof_event(SRT_EV_PRIMAL_BEGIN, 3);",
	                        "srt_prof_event_v(SRT_EV_FWD_BEGIN, 3, (uint64_t)(sizeof(*v) * (size_t)v_n1 + sizeof *s));",
	                        "memset(v, 0, sizeof(*v) * (size_t)v_n1);", "*s = 0.0;", "srt_push_block(a, sizeof a);",
	                        "srt_push_block(&x, sizeof x);", "srt_push_d(x);", "srt_push_f(r);", "srt_push_i(k);",
	                        "z = srt_pop_d();"}};
	check(&c);
}

/*
 * Exported routine with --fortran-abi, a header, #line directives and a banner; a C driver
 * calls it through the header.
 *   subroutine scale(n, x, f)   ! x(n) *= f, returns through x
 *   real function total(n, x)   ! FUNCTION exported too; x only read: float total_(int *n, float *x)
 */
static void case_header(void)
{
	IrUnit *sc = unit(UNIT_SUBROUTINE, "scale");
	IrSym *n = arg(sc, "n", TY_INT), *x = arg(sc, "x", TY_REAL4), *f = arg(sc, "f", TY_REAL4);
	dim(x, NULL, V(n));
	n->intent = INTENT_IN;
	x->intent = INTENT_INOUT;
	IrSym *i = sym(sc, "i", SYM_LOCAL, TY_INT);
	IrStmt *d = add(&sc->body, DO(V(i), I(1), V(n), NULL));
	add(&d->u.do_.body, ASG(EL(x, V(i)), MUL(EL(x, V(i)), V(f))));

	IrUnit *tot = unit(UNIT_FUNCTION, "total");
	IrSym *tn = arg(tot, "n", TY_INT), *tx = arg(tot, "x", TY_REAL4);
	dim(tx, NULL, NULL);
	IrSym *tr = result(tot, TY_REAL4), *ti = sym(tot, "i", SYM_LOCAL, TY_INT);
	add(&tot->body, ASG(V(tr), R(0)));
	d = add(&tot->body, DO(V(ti), I(1), V(tn), NULL));
	add(&d->u.do_.body, ASG(V(tr), ADD(V(tr), EL(tx, V(ti)))));

	Check c = {.exported = (IrUnit *[]){sc, tot},
	           .nexported = 2,
	           .opt = {.fortran_abi = 1,
	                   .line_directives = 1,
	                   .header_name = "header.h",
	                   .banner = "generated by stad diff --mode primal\n*/ must not end this comment"},
	           .driver = "#include <stdio.h>\n"
	                     "#include \"header.h\"\n"
	                     "int main(void)\n"
	                     "{\n"
	                     "    int n = 3;\n"
	                     "    float x[3] = {1.0f, 2.0f, 3.5f};\n"
	                     "    float f = 2.0f;\n"
	                     "    scale_(&n, x, &f);\n"
	                     "    printf(\"%g %g %g %g\\n\", x[0], x[1], x[2], total_(&n, x));\n"
	                     "    return 0;\n"
	                     "}\n",
	           .expect = "2 4 7 13\n",
	           .contains = {"#line ", "\"cg_test.f90\"", "void scale_(int *n, float *restrict x, float *f)",
	                        "float total_(int *n, float *x)", "#include \"header.h\"",
	                        " * generated by stad diff --mode primal", "* / must not end"},
	           .h_contains = {"#ifndef HEADER_H", "void scale_(int *n, float *restrict x, float *f);",
	                          "n (integer, in), x (real array of rank 1, inout), f (real)", "float total_(int *n, float *x);",
	                          "returns real"}};
	check(&c);
}

/*
 *   subroutine quit(code);  if (code > 2) stop 3;  print *, 'not here'
 *   program stopper;  print *, 1;  call quit(5);  print *, 2
 */
static void case_stop(void)
{
	IrUnit *q = unit(UNIT_SUBROUTINE, "quit");
	IrSym *code = arg(q, "code", TY_INT);
	IrStmt *s = add(&q->body, IF(1, B(IR_GT, V(code), I(2))));
	add(&s->u.if_.blocks[0], STOP(I(3)));
	add(&q->body, PRINT(1, STR("not here")));
	IrUnit *u = unit(UNIT_PROGRAM, "stopper");
	add(&u->body, PRINT(1, I(1)));
	add(&u->body, CALL(q, 1, I(5)));
	add(&u->body, PRINT(1, I(2)));
	add(&u->body, STOP(NULL));
	Check c = {
	        .exported = (IrUnit *[]){u}, .nexported = 1, .expect = "1\n", .status = 3, .contains = {"exit(3);", "exit(0);"}};
	check(&c);
}

/*
 * What gcc warns about in careless C: a local read before it is surely set, a local set and
 * never read, an unused dummy argument, a function result set in branches only, a loop
 * variable never read, a local array only written.
 *   real(8) function g(c, unused)
 *     logical :: c
 *     real(8) :: s, t, dead, arr(4)
 *     if (c) s = 1.0d0
 *     t = 2.0d0;  dead = 3.0d0
 *     do i = 1, 2;  arr(i) = t;  end do
 *     do i = 1, 3;  end do
 *     if (c) then;  g = s + t;  else if (t > 5) then;  g = 0;  return;  else;  g = t;  end if
 *   program flow;  print *, g(.true., 1), g(.false., 1)      ! 3 2
 *     c = 1 < 2;  if (c) r = 1;  call bump(r);  call setv(p, c);  call twice(q)
 *     print *, r, p, q                                        ! 2 5 2
 * where bump reads its dummy first (so r is declared `= 0`, gcc would see the read once it
 * inlines bump), setv assigns it on every way out and twice before reading it (p, q are not).
 */
static void case_flow(void)
{
	IrUnit *g = unit(UNIT_FUNCTION, "g");
	IrSym *c = arg(g, "c", TY_LOGICAL);
	arg(g, "unused", TY_INT);
	IrSym *gr = result(g, TY_REAL8);
	IrSym *s = sym(g, "s", SYM_LOCAL, TY_REAL8), *t = sym(g, "t", SYM_LOCAL, TY_REAL8);
	IrSym *dead = sym(g, "dead", SYM_LOCAL, TY_REAL8), *arr = sym(g, "arr", SYM_LOCAL, TY_REAL8);
	IrSym *i = sym(g, "i", SYM_LOCAL, TY_INT);
	dim(arr, NULL, I(4));
	IrBlock *b = &g->body;
	IrStmt *st = add(b, IF(1, V(c)));
	add(&st->u.if_.blocks[0], ASG(V(s), D(1)));
	add(b, ASG(V(t), D(2)));
	add(b, ASG(V(dead), D(3)));
	IrStmt *d = add(b, DO(V(i), I(1), I(2), NULL));
	add(&d->u.do_.body, ASG(EL(arr, V(i)), V(t)));
	add(b, DO(V(i), I(1), I(3), NULL));
	st = add(b, IF(2, V(c), B(IR_GT, V(t), D(5))));
	add(&st->u.if_.blocks[0], ASG(V(gr), ADD(V(s), V(t))));
	add(&st->u.if_.blocks[1], ASG(V(gr), D(0)));
	add(&st->u.if_.blocks[1], SIMPLE(IR_RETURN));
	st->u.if_.has_else = 1;
	add(&st->u.if_.else_, ASG(V(gr), V(t)));

	/* bump reads its dummy first; setv assigns it on every way out; twice assigns before it reads */
	IrUnit *bump = unit(UNIT_SUBROUTINE, "bump");
	IrSym *bx = arg(bump, "x", TY_REAL8);
	add(&bump->body, ASG(V(bx), ADD(V(bx), D(1))));
	IrUnit *setv = unit(UNIT_SUBROUTINE, "setv");
	IrSym *sx = arg(setv, "x", TY_REAL8), *sc = arg(setv, "c", TY_LOGICAL);
	st = add(&setv->body, IF(1, V(sc)));
	add(&st->u.if_.blocks[0], ASG(V(sx), D(5)));
	add(&st->u.if_.blocks[0], SIMPLE(IR_RETURN));
	add(&setv->body, ASG(V(sx), D(6)));
	IrUnit *twice = unit(UNIT_SUBROUTINE, "twice");
	IrSym *tx = arg(twice, "x", TY_REAL8);
	add(&twice->body, ASG(V(tx), D(1)));
	add(&twice->body, ASG(V(tx), MUL(V(tx), D(2))));

	IrUnit *u = unit(UNIT_PROGRAM, "flow");
	IrSym *lc = sym(u, "c", SYM_LOCAL, TY_LOGICAL), *r = sym(u, "r", SYM_LOCAL, TY_REAL8);
	IrSym *p = sym(u, "p", SYM_LOCAL, TY_REAL8), *q = sym(u, "q", SYM_LOCAL, TY_REAL8);
	add(&u->body, PRINT(2, FC(g, 2, LOG(1), I(1)), FC(g, 2, LOG(0), I(1))));
	add(&u->body, ASG(V(lc), B(IR_LT, I(1), I(2))));
	st = add(&u->body, IF(1, V(lc)));
	add(&st->u.if_.blocks[0], ASG(V(r), D(1)));
	add(&u->body, CALL(bump, 1, V(r)));
	add(&u->body, CALL(setv, 2, V(p), V(lc)));
	add(&u->body, CALL(twice, 1, V(q)));
	add(&u->body, PRINT(3, V(r), V(p), V(q)));
	Check k = {.exported = (IrUnit *[]){u},
	           .nexported = 1,
	           .expect = "3 2\n2 5 2\n",
	           .contains = {"double s = 0.0;", "double t;", "(void)unused; /* not used */",
	                        "(void)dead; /* set but never read */", "(void)arr; /* set but never read */",
	                        "} else if (t > 5.0) {", "return g;", "if (*c) {", "double r = 0.0;", "double p;", "double q;"}};
	check(&k);
}

typedef struct Case {
	const char *name;
	void (*fn)(void);
} Case;

static const Case cases[] = {
        {"do_loops", case_do_loops},     {"arrays", case_arrays},     {"calls", case_calls}, {"globals", case_globals},
        {"intrinsics", case_intrinsics}, {"logicals", case_logicals}, {"names", case_names}, {"runtime", case_runtime},
        {"header", case_header},         {"stop", case_stop},         {"flow", case_flow},
};

int main(int argc, char **argv)
{
	if (argc != 4 && argc != 6) {
		fprintf(stderr, "usage: cg_test CASE CC WORKDIR [RUNTIME_INCLUDE_DIR RUNTIME_LIBRARY]\n");
		return 2;
	}
	case_name = argv[1];
	cc = argv[2];
	workdir = argv[3];
	if (argc == 6) {
		rt_include = argv[4];
		rt_library = argv[5];
	}
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if (strcmp(cases[i].name, case_name) != 0)
			continue;
		P = ir_program_new();
		A = P->arena;
		SRC = ir_source_register(P, "cg_test.f90", "");
		cases[i].fn();
		ir_program_free(P);
		free(generated_c);
		if (!failures)
			printf("PASS backend/%s\n", case_name);
		return failures ? 1 : 0;
	}
	fprintf(stderr, "cg_test: unknown case '%s'\n", case_name);
	return 2;
}
