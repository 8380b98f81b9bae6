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
	int fortran_abi;          /* append '_' to exported names; module variables and COMMON blocks
	                            are gfortran's storage (`__m_MOD_v`, `blk_`), see emit.c */
	int line_directives;      /* emit #line N "file" before statements */
	const char *header_name;  /* basename of the .h to #include from the .c (NULL: none) */
	const char *banner;       /* comment put at the top of both files (command line, mode) */
	int uses_runtime;         /* #include "stad_rt.h" */
	const char *deriv_suffix; /* "d" or "b": the suffix of derivative names (module `m`'s
	                             derivative variables live in module `m_b`); NULL: primal */
	FILE *report;             /* where to list, in plain text, the module and COMMON variables the
	                            generated code reads and writes (NULL: nowhere; the header always
	                            has the list as a comment) */
	int report_all;           /* report every variable, not a one-line summary (--verbose) */
	FILE *fortran;            /* where to write a Fortran interface source (NULL: none): a module
	                            `fortran_module` with explicit interfaces of the exported routines
	                            as gfortran calls the `_`-suffixed C functions (every argument by
	                            reference), and the derivative variables of module and COMMON
	                            variables (module `m`'s in a module `m_<sfx>`, COMMON /blk/'s as
	                            COMMON /blk_<sfx>/ declared in `fortran_module`) */
	const char *fortran_module;
	/* --split N: the routines as nparts C files parts[0..nparts-1] (c unused, may be NULL), each
	 * including parts_header_name, which parts_header receives: includes, helpers, PARAMETERs,
	 * declarations of the file-scope variables (defined in parts[0]) and of every routine. The
	 * routines and variables that are static in one file have external linkage then, their C
	 * names prefixed with `prefix` (the output's stem: two generated programs still link into
	 * one). nparts 0: one file c. */
	int nparts;
	FILE **parts;
	FILE *parts_header;
	const char *parts_header_name;
	const char *prefix;
} CgOptions;

/* Emit the units reachable (through IR_CALL / IR_FCALL callees) from `exported` into c and the
 * prototypes of the exported ones into h (h may be NULL: no header). Every other emitted unit is
 * static. Module variables of every MODULE unit in p->units and the canonical COMMON members in
 * p->commons that are used become file-scope statics. `o` may be NULL (all options off).
 * Returns 0 or the number of problems, each reported with ir_error (internal faults: assert);
 * -1 when o->nparts is set and the code cannot be split (a located error says why). */
int cg_emit(FILE *c, FILE *h, const IrProgram *p, IrUnit *const *exported, int nexported, const CgOptions *o);

/* The C name an exported unit gets (for drivers): "main" for a PROGRAM, else the Fortran name,
 * with '_' appended when it collides with C or its library, and '_' appended with fortran_abi.
 * Writes at most n bytes into buf and returns buf. */
const char *cg_unit_cname(const IrUnit *u, const CgOptions *o, char *buf, size_t n);

/* The C type of a Fortran type in generated code (and in drivers): double, float or int. */
const char *cg_ctype(IrBase t);

/* ---------------------------------------------------------------- drivers (driver.c) */

/* One dummy argument of the head, as a generated driver sees it. */
typedef struct CgDriverArg {
	const IrSym *sym; /* the head's dummy argument: name, type, rank, bounds */
	int independent;  /* named in the head's (indeps) */
	int dependent;    /* named in the head's (deps) */
	int has_deriv;    /* followed by its derivative argument in the derivative routines */
	double lo, hi;    /* a real argument's values are drawn from [lo, hi) (--input; else 0.5, 1.5) */
	const char *name; /* as the source writes it (a VALUE dummy's, not its hidden x_value) */
} CgDriverArg;

/* The signature a driver is written from: the head's arguments, in order, and the C names of
 * the routines it calls. */
typedef struct CgDriver {
	const char *head; /* the head's Fortran name (for the banner) */
	const CgDriverArg *args;
	int nargs;
	IrIntValue value;   /* the value of an integer argument or of a variable a bound reads (the
	                       command line's --set); returns 0 when there is none */
	void *ctx;          /* passed to value */
	const char *primal; /* C names (cg_unit_cname) of the routines the driver calls */
	const char *tangent;
	const char *adjoint;
	int primal_returns;      /* the primal is a C function returning the last argument */
	double tol;              /* check: the tangent/adjoint tolerance; 0: by the arguments' precision */
	int real4_inside;        /* check: an active REAL(4) variable inside (AdResult's active_real4):
	                       tolerances and steps of single precision */
	const char *real4_names; /* and which (AdResult's real4_names), or NULL */
} CgDriver;

/* Why cg_driver_sizes cannot size an argument. */
enum {
	CG_SIZED,              /* every argument sized */
	CG_SIZE_UNKNOWN_BOUND, /* a bound reads a variable without a value */
	CG_SIZE_ASSUMED,       /* an assumed-size array */
	CG_SIZE_NO_VALUE,      /* an integer scalar without a value */
	CG_SIZE_INT_ARRAY      /* an integer array (the drivers fill reals only) */
};
/* Each argument's number of elements into sizes[k] (1 for a scalar). Returns CG_SIZED, or the
 * reason argument *bad cannot be sized. */
int cg_driver_sizes(const CgDriver *d, long *sizes, int *bad);

/* A driver writer: returns 0, or -1 when f could not be written. */
typedef int CgDriverWriter(FILE *f, const CgDriver *d, const long *sizes);
/* `stad check`'s driver (primal, tangent and adjoint named): for every (independent, dependent)
 * pair, tangent vs adjoint (the dot-product identity) and both vs central differences at two
 * steps; exit status 1 on a mismatch. Returns 0, or -1 when f could not be written. */
int cg_check_driver(FILE *f, const CgDriver *d, const long *sizes);
/* `stad tune`'s driver (adjoint named): the check driver's inputs, every dependent's weight 1,
 * one timed run of the adjoint ("stad_time_s SECONDS"), the gradient into $STAD_GRAD. */
int cg_tune_driver(FILE *f, const CgDriver *d, const long *sizes);

#endif
