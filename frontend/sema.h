/*
 * sema.h — semantic analysis: turns the parser's IR (declarations as written, unresolved names)
 * into the resolved, typed IR described in ir/README.md.
 */
#ifndef STAD_SEMA_H
#define STAD_SEMA_H

#include "ir.h"

/* Resolve names, type expressions, fold PARAMETERs, unify COMMON blocks, number call sites and
 * order units callees-first. Reports located errors; returns the number of errors. */
int fe_sema(IrProgram *p);

#endif
