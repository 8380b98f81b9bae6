/*
 * two_programs.c — the library used twice in one process: each program counts the errors at
 * its own locations (ir_error_count), so a clean program stays clean however many errors
 * another one, loaded before or alongside it, has; a toggle table's errors count in the
 * program that reads it. Exit status 0 when every check holds.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline.h"
#include "frontend.h"
#include "sema.h"

static int failures;

#define CHECK(cond)                                                                                                              \
	do {                                                                                                                     \
		if (!(cond)) {                                                                                                   \
			fprintf(stderr, "two_programs.c:%d: %s\n", __LINE__, #cond);                                             \
			failures++;                                                                                              \
		}                                                                                                                \
	} while (0)

static const char good[] = "subroutine f(x, y)\n"
                           "  real(8) :: x, y\n"
                           "  y = sin(x) * x\n"
                           "end subroutine\n";
static const char bad[] = "subroutine g(x, y)\n"
                          "  real(8) :: x, y\n"
                          "  y = undefined_function(x)\n"
                          "  z = = 1\n"
                          "end subroutine\n";

static IrProgram *load(const char *name, const char *text, int *errs)
{
	IrProgram *p = ir_program_new();
	*errs = fe_parse_string(p, name, text, strlen(text), NULL);
	if (!*errs)
		*errs = fe_sema(p);
	return p;
}

int main(void)
{
	int eb, eg;
	/* interleaved: the bad program's errors are its own */
	IrProgram *b = load("bad.f90", bad, &eb);
	IrProgram *g = load("good.f90", good, &eg);
	CHECK(eb > 0);
	CHECK(ir_error_count(b) == eb);
	CHECK(eg == 0);
	CHECK(ir_error_count(g) == 0);

	/* a clean one goes through the whole list although the other had errors */
	AdRequest req;
	memset(&req, 0, sizeof req);
	req.mode = AD_REVERSE;
	req.head = "f(y)/(x)";
	PlText src = {"good.f90", good, strlen(good)};
	PlInput in;
	memset(&in, 0, sizeof in);
	in.cmd = "two_programs";
	in.texts = &src;
	in.ntexts = 1;
	in.head = req.head;
	AdResult res;
	IrProgram *d = NULL;
	CHECK(pl_translate(&in, &req, NULL, NULL, &d, &res) == 0);
	CHECK(d && ir_error_count(d) == 0 && res.nexported == 1);
	CHECK(ir_error_count(b) == eb);
	CHECK(ir_error_count(g) == 0);
	if (d)
		ir_program_free(d);

	/* a table's errors belong to the program that reads it */
	char *text = strdup("# stad checkpoint table v1\nf:3:sin maybe\n");
	IrProgram *t = ir_program_new();
	(void)ckp_table_parse(t, "bad.table", text);
	CHECK(ir_error_count(t) == 1);
	CHECK(ir_error_count(g) == 0);
	CHECK(ir_error_count(b) == eb);

	ir_program_free(t);
	ir_program_free(b);
	/* and a second load of the same text after the first is gone counts from zero again */
	IrProgram *b2 = load("bad.f90", bad, &eb);
	CHECK(ir_error_count(b2) == eb && eb > 0);
	ir_program_free(b2);
	ir_program_free(g);
	if (failures)
		return 1;
	printf("two_programs: ok\n");
	return 0;
}
