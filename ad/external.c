/*
 * external.c — calls of routines whose source stad does not have (frontend/lib.c,
 * sema_ext.c), as the transformations see them.
 *
 * An active routine E has the derivatives its user wrote, with stad's own calling convention
 * (DESIGN §4): every argument by address, each argument with a derivative followed by it (the
 * description decides which: ad_has_darg), a FUNCTION's result last:
 *     E_d(args, derivatives)   tangent: E's outputs and their tangents from the inputs and theirs;
 *     E_b(args, derivatives)   adjoint: called with every input as it was on entry to E and the
 *                              adjoints of the outputs; adds J^T to the inputs' adjoints and leaves
 *                              the outputs' adjoints as adjoints of the values on entry (zero for an
 *                              `out` argument); it may leave what E writes with any value (stad's
 *                              own adjoints do), but must not change what E only reads.
 * The tangent calls E_d in place of E. In reverse mode every call of E is checkpointed: the
 * forward sweep saves what E overwrites and reads or what earlier adjoints need (the snapshot of
 * any checkpointed call), then calls E; the backward sweep restores the snapshot and calls E_b,
 * saving around it what E writes that earlier adjoints read.
 * A passive routine is called in the primal and the forward sweep only; the derivatives of the
 * active variables a described one writes become zero, as after `x = constant`.
 */
#include "ad_int.h"

#include <string.h>

IrUnit *ad_external_decl(Ad *ad, IrUnit *u, const char *suffix)
{
	IrArena *a = ad->a;
	const char *name = ir_sprintf(a, "%s%s", u->name, suffix);
	for (int i = 0; i < ad->p->allunits.n; i++) {
		IrUnit *o = ad->p->allunits.v[i];
		if (o != u && !strcmp(o->name, name))
			ir_error(
			        o->loc,
			        "'%s' is the name of the %s of '%s', a routine without source, and of a routine here: rename this "
			        "one",
			        name, !strcmp(suffix, "_d") ? "tangent" : "adjoint", u->name);
	}
	IrUnit *d = ir_unit_new(a, UNIT_SUBROUTINE, name, u->loc);
	SymMap m = ad_map_new(ad);
	ad_build_signature(ad, u, d, &m, 1);
	ad_map_free(&m);
	IrExternal *x = ir_alloc(a, sizeof *x);
	*x = *u->ext;
	x->function = 0;
	x->primal = u;
	d->ext = x;
	d->aux = u->aux;
	return d;
}

/* Does ad_external_zero have something to zero (or refuse) for the call s? */
int ad_external_zeroes(Ad *ad, const IrStmt *s)
{
	IrUnit *q = s->u.call.callee;
	if (!q->ext || !q->ext->passive || !q->ext->described)
		return 0;
	for (int k = 0; k < s->u.call.nargs && k < q->nargs; k++) {
		IrSym *d = q->args[k];
		IrSym *root = ad_root(s->u.call.args[k]);
		if ((d->intent & INTENT_OUT) && ir_base_is_real(d->type) && root && ad_active(ad, root))
			return 1;
	}
	return 0;
}

void ad_external_zero(Ad *ad, const IrStmt *s, IrBlock *out)
{
	IrUnit *q = s->u.call.callee;
	if (!q->ext || !q->ext->passive || !q->ext->described)
		return; /* the pragma declares no effect on anything active */
	for (int k = 0; k < s->u.call.nargs && k < q->nargs; k++) {
		IrSym *d = q->args[k];
		IrExpr *act = s->u.call.args[k];
		IrSym *root = ad_root(act);
		if (!(d->intent & INTENT_OUT) || !ir_base_is_real(d->type) || !root || !ad_active(ad, root))
			continue;
		if (d->rank) {
			ir_error(act->loc,
			         "'%s' is active here and the passive routine '%s' writes it as an array: stad cannot tell "
			         "which elements it overwrites; describe '%s' as active in its --lib file (with %s_d and %s_b)",
			         root->name, q->name, q->name, q->name, q->name);
			continue;
		}
		/* it is overwritten by a value that depends on nothing active */
		IrExpr *dv = ad_dref(ad, act);
		ir_block_add(ad->a, out, ir_assign(ad->a, dv, ad_zero(ad->a, dv->type, s->loc), s->loc));
	}
}
