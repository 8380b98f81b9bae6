/*
 * verify_test.c — the IR verifier refuses a routine that names another routine's variable (the
 * slip a substitution that missed a symbol would make, ad/clone.c), and accepts the same
 * statement in the variable's own routine, a module's variable, and a host's in an internal
 * procedure.
 */
#include "ir.h"

#include <stdio.h>

static IrStmt *set_one(IrArena *a, IrSym *x, IrLoc loc)
{
	return ir_assign(a, ir_var(a, x, NULL, 0, loc), ir_int(a, 1, loc), loc);
}

int main(void)
{
	IrArena *a = ir_arena_new();
	IrLoc loc = {0};
	loc.file = "verify_test";
	loc.line = 1;
	IrUnit *f = ir_unit_new(a, UNIT_SUBROUTINE, "f", loc);
	IrUnit *g = ir_unit_new(a, UNIT_SUBROUTINE, "g", loc);
	IrUnit *m = ir_unit_new(a, UNIT_MODULE, "m", loc);
	IrUnit *inner = ir_unit_new(a, UNIT_SUBROUTINE, "inner", loc);
	inner->host = f;
	IrSym *x = ir_sym_new(a, f, "x", SYM_LOCAL, loc);
	IrSym *y = ir_sym_new(a, m, "y", SYM_MODULE, loc);
	x->type = y->type = TY_INT;
	int bad = 0;
	ir_block_add(a, &f->body, set_one(a, x, loc));
	ir_block_add(a, &g->body, set_one(a, y, loc));
	ir_block_add(a, &inner->body, set_one(a, x, loc));
	IrUnit *ok[] = {f, g, inner};
	if (ir_verify_units(ok, 3)) {
		fprintf(stderr, "a routine's own, a module's or a host's variable refused\n");
		bad = 1;
	}
	ir_block_add(a, &g->body, set_one(a, x, loc));
	fprintf(stderr, "(one verifier problem expected:)\n");
	if (ir_verify_units(&g, 1) != 1) {
		fprintf(stderr, "g naming f's local x: not one problem\n");
		bad = 1;
	}
	ir_arena_free(a);
	if (!bad)
		printf("verify: another routine's variable refused; own, module and host variables accepted\n");
	return bad;
}
