/*
 * backend.h — C emission of IR units (prefix cg_).
 *
 * The backend prints; it never transforms. Given a program and the units to export, it writes
 * one .c file holding every unit reachable from them (callees first, all but the exported ones
 * `static`) and one .h file with the exported prototypes. The generated C follows DESIGN.md §4:
 * C99, every dummy argument by address (arrays as `restrict` pointers, column-major with their
 * declared lower bounds), Fortran names kept, one statement per line, and it compiles with
 * `cc -std=c99 -Wall -Wextra` without a warning.
 */
#ifndef STAD_BACKEND_H
#define STAD_BACKEND_H

#include <stddef.h>
#include <stdio.h>

#include "ir.h"

typedef struct CgOptions {
	int fortran_abi;         /* append '_' to exported names */
	int line_directives;     /* emit #line N "file" before statements */
	const char *header_name; /* basename of the .h to #include from the .c (NULL: none) */
	const char *banner;      /* comment put at the top of both files (command line, mode) */
	int uses_runtime;        /* #include "stad_rt.h" */
} CgOptions;

/* Emit the units reachable (through IR_CALL / IR_FCALL callees) from `exported` into c and the
 * prototypes of the exported ones into h (h may be NULL: no header). Every other emitted unit is
 * static. Module variables of every MODULE unit in p->units and the canonical COMMON members in
 * p->commons that are used become file-scope statics. `o` may be NULL (all options off).
 * Returns 0 or the number of problems, each reported with ir_error (internal faults: assert). */
int cg_emit(FILE *c, FILE *h, const IrProgram *p, IrUnit *const *exported, int nexported, const CgOptions *o);

/* The C name an exported unit gets (for drivers): "main" for a PROGRAM, else the Fortran name,
 * with '_' appended when it collides with C or its library, and '_' appended with fortran_abi.
 * Writes at most n bytes into buf and returns buf. */
const char *cg_unit_cname(const IrUnit *u, const CgOptions *o, char *buf, size_t n);

#endif
