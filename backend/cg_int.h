/*
 * cg_int.h — what the backend's files share: growable text buffers, name tables, and the two
 * emission contexts (Cg for the whole output file, CgUnit for the routine being printed).
 *
 * Every piece of output is first written into a CgBuf, because what goes at the top of a file
 * or a routine (#includes, helpers, file-scope variables, declarations of locals and array
 * bounds) is only known once the code below it has been printed: only what is used is declared,
 * so the generated C has no unused-variable or unused-function warnings.
 */
#ifndef STAD_CG_INT_H
#define STAD_CG_INT_H

#include <stdarg.h>
#include <stddef.h>

#include "backend.h"
#include "ir.h"

/* ---------------------------------------------------------------- text buffers */

typedef struct CgBuf {
	char *s; /* NUL-terminated (NULL while empty) */
	size_t n, cap;
} CgBuf;

void cg_buf_puts(CgBuf *b, const char *s);
void cg_buf_putn(CgBuf *b, const char *s, size_t n); /* n bytes of s */
void cg_buf_putc(CgBuf *b, char c);
void cg_buf_vprintf(CgBuf *b, const char *fmt, va_list ap);
void cg_buf_printf(CgBuf *b, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 2, 3)))
#endif
        ;
void cg_buf_append(CgBuf *b, const CgBuf *x);
const char *cg_buf_str(const CgBuf *b); /* "" while empty */
void cg_buf_clear(CgBuf *b);
void cg_buf_free(CgBuf *b);

/* ---------------------------------------------------------------- tables */

/* Pointer-keyed hash map (IrSym* / IrUnit* -> data). */
typedef struct CgMap {
	const void **keys;
	void **vals;
	size_t n, cap;
} CgMap;
void *cg_map_get(const CgMap *m, const void *key);
void cg_map_put(CgMap *m, const void *key, void *val);
void cg_map_free(CgMap *m);

/* Growable pointer list. */
typedef struct CgList {
	void **v;
	int n, cap;
} CgList;
void cg_list_push(CgList *l, void *p);
void cg_list_free(CgList *l);

/* ---------------------------------------------------------------- names (names.c) */

/* 1 if a Fortran name cannot be used as is in C: a keyword, a name from the C library headers
 * the generated code may include, or a prefix the runtime and the helpers use. */
int cg_name_reserved(const char *name);
/* `base` made legal and unique in `taken` (appending '_'), added to `taken`; malloc'd copy
 * kept in the pool of `cg`. */
typedef struct Cg Cg;
const char *cg_unique(Cg *cg, IrNames *taken, const char *base);
char *cg_strdup(Cg *cg, const char *s);
/* Dummy k of u when it is a derivative renamed because its usual name (x's "xb", "xd": the
 * dummy before it, x, and one letter) is taken by a local of the routine or another name:
 * that usual name, for the header and interface comments; NULL otherwise. */
const char *cg_renamed_deriv(Cg *cg, const IrUnit *u, int k);
char *cg_sprintf(Cg *cg, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 2, 3)))
#endif
        ;

/* ---------------------------------------------------------------- emission contexts */

/* Helper functions the generated code may need; each is emitted only when used. */
typedef enum CgHelper {
	CG_H_MAX_I,
	CG_H_MAX_F,
	CG_H_MAX_D,
	CG_H_MIN_I,
	CG_H_MIN_F,
	CG_H_MIN_D,
	CG_H_SIGN_I,
	CG_H_POWI_I,
	CG_H_POWI_F,
	CG_H_POWI_D,
	CG_H_MAX_L, /* INTEGER(8) */
	CG_H_MIN_L,
	CG_H_SIGN_L,
	CG_H_POWI_L,
	CG_H_POWL_F, /* x**n with an INTEGER(8) n */
	CG_H_POWL_D,
	CG_H_CCMP, /* CHARACTER: comparison, assignment, building a concatenation, LEN_TRIM, INDEX, ADJUSTL/R */
	CG_H_CASSIGN,
	CG_H_CPUT,
	CG_H_LEN_TRIM,
	CG_H_NONBLANK,
	CG_H_INDEX,
	CG_H_CADJUST,
	CG_H_ISHFT_I, /* ISHFT, INTEGER and INTEGER(8) */
	CG_H_ISHFT_L,
	CG_H_RNG,      /* RANDOM_NUMBER, RANDOM_SEED */
	CG_H_TIMER,    /* CPU_TIME, SYSTEM_CLOCK */
	CG_H_DATE,     /* DATE_AND_TIME(values=) */
	CG_H_EXP_TANH, /* EXP and TANH of double precision: stad_exp_d, stad_tanh_d (vectorizable) */
	CG_H_DIGAMMA,  /* psi, for the derivatives of GAMMA and LOG_GAMMA: stad_digamma_d, stad_digamma_f */
	CG_H_COUNT
} CgHelper;

/* How a variable lives in C. */
typedef enum CgStorage {
	CG_ST_ARG,          /* dummy scalar: `double *x`, used as (*x) */
	CG_ST_ARG_ARRAY,    /* dummy array: `double *restrict q` */
	CG_ST_LOCAL,        /* automatic scalar */
	CG_ST_STATIC,       /* SAVE'd or initialized scalar: `static double x = ...` */
	CG_ST_AUTO,         /* fixed-size local array up to 64 KiB: `double a[100]` */
	CG_ST_STATIC_ARRAY, /* SAVE'd local array: `static double a[100]` */
	CG_ST_HEAP,         /* larger or argument-sized local array: malloc at entry, free at exit */
	CG_ST_PARAM,        /* local PARAMETER: `const int n = 10` */
	CG_ST_ARG_VALUE,    /* a CHARACTER dummy's hidden length, passed by value: `int64_t s_len` */
	CG_ST_GLOBAL,       /* module variable, module PARAMETER or COMMON member: file-scope static */
	CG_ST_ALLOC,        /* ALLOCATABLE local array: `double *a = NULL`, RT_ALLOC/RT_FREE, freed on return */
	CG_ST_ARG_ALLOC     /* ALLOCATABLE dummy: the caller's pointer by address, `double **a`, used as (*a) */
} CgStorage;

/* One variable as the routine being printed sees it. */
typedef struct CgSym {
	const IrSym *sym;
	const char *cname; /* C name (the global's for CG_ST_GLOBAL; `(*a)` for CG_ST_ARG_ALLOC) */
	const char *pname; /* CG_ST_ARG_ALLOC: the parameter's name, `a` */
	CgStorage st;
	int printed;         /* appeared in the generated code: declare it */
	int read, written;   /* from the scan of the body (set-but-unused, uninitialized reads) */
	int uread, uwritten; /* the same, leaving out runtime operations (pushes, pops, snapshots):
	                        what the program itself reads and writes (the header's list) */
	int modified;        /* may change while the routine runs (here or in a callee): a dummy
	                     array is `restrict` only then (see make_sig) */
	int needs_init;      /* may be read before it is assigned: declared `= 0` */
	int read_first;      /* a dummy scalar that may be read before the routine assigns it */
	/* arrays: per dimension, the lower bound and extent as constants when known, else the
	 * names of const locals computed at entry (declared only when used) */
	int lo_known[IR_MAX_RANK], n_known[IR_MAX_RANK];
	long long lo[IR_MAX_RANK], ext[IR_MAX_RANK];
	const char *lo_name[IR_MAX_RANK], *n_name[IR_MAX_RANK];
	int lo_used[IR_MAX_RANK], n_used[IR_MAX_RANK];
	const char *trip_name, *step_name, *lo_tmp_name; /* DO loops over this variable */
	int index_in_unit;                               /* position in the unit's syms (declaration order), or a large number */
	int order;                                       /* creation order */
} CgSym;

/* The output file being built. */
struct Cg {
	const IrProgram *p;
	CgOptions o;
	int problems;
	int refused; /* --split: the code cannot be split (reported) */
	int helper_used[CG_H_COUNT];
	int use_math, use_stdio, use_stdlib, use_stdint, use_string, use_time;
	int use_io;                        /* the formatted-I/O helper (io.c) */
	int abi_globals;                   /* a variable is gfortran's (STAD_FORTRAN_GLOBAL is needed) */
	CgMap unit_cname;                  /* IrUnit* -> const char* */
	CgMap unit_sig;                    /* IrUnit* -> const char* prototype without ';' */
	CgMap unit_argdoc;                 /* IrUnit* -> const char* argument list for the header comment */
	CgMap arg_flags;                   /* IrUnit* -> int[nargs]: what the routine does with dummy i
	                       (CG_ARG_* in unit.c; malloc'd) */
	CgMap exported;                    /* IrUnit* -> (void*)1 */
	IrNames global_taken;              /* unit names and file-scope variables */
	CgMap global_name;                 /* canonical IrSym* -> const char* */
	CgList globals;                    /* canonical IrSym* in first-use order */
	CgMap global_used;                 /* canonical IrSym* -> 1 once a routine prints it: declared */
	CgMap global_read, global_written; /* canonical IrSym* -> 1: a routine reads / writes it
	                       (CgSym.uread, uwritten) */
	CgMap deriv_slots;                 /* derivative IrCommon* -> IrVec* of its slots (emit.c) */
	CgList units;                      /* IrUnit* to emit, callees first */
	CgList pool;                       /* malloc'd strings freed at the end */
	CgBuf *split_hdr;                  /* --split: the shared header's declarations of the
	                                      file-scope variables (NULL: one file, all static) */
};

/* The routine being printed. */
typedef struct CgUnit {
	Cg *cg;
	const IrUnit *u;
	CgMap syms;     /* IrSym* -> CgSym* */
	CgList symlist; /* CgSym* in creation order */
	IrNames taken;  /* every name visible in the routine */
	CgBuf *out;     /* where statements go (the body buffer) */
	int indent;
	int has_heap; /* malloc'd arrays: RETURN becomes `goto cleanup` */
	int used_cleanup;
	CgList temps;             /* const char* names of `int` temporaries (trip counts, steps) */
	CgList temps8;            /* the same of INTEGER(8) DO loops: `int64_t` */
	const IrStmt *last_stmt;  /* last top-level statement: a RETURN there is dropped */
	const char *result_cname; /* FUNCTION result variable */
	const char *line_file;    /* --line-directives: the file and line the compiler */
	int line_next;            /* attributes to the next output line (NULL: unknown) */
} CgUnit;

/* ---------------------------------------------------------------- shared entry points */

void cg_problem(Cg *cg, IrLoc loc, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 3, 4)))
#endif
        ;

/* Variables (unit.c). */
CgSym *cg_sym(CgUnit *U, const IrSym *s);
/* Name of a file-scope variable for a module variable, module PARAMETER or COMMON member. */
const IrSym *cg_global_canon(const IrSym *s);
const char *cg_global_name(Cg *cg, const IrSym *canon);
/* With fortran_abi: 1 if the global is gfortran's storage (a COMMON member, a variable of a
 * module of the source or its derivative), named as gfortran names it; SAVE'd locals and
 * PARAMETERs stay file-scope statics. */
int cg_global_abi(const Cg *cg, const IrSym *canon);
/* 1 if m is a MODULE of the source (not one the AD passes made for SAVE'd locals). */
int cg_user_module(const IrProgram *p, const IrUnit *m);
/* The primal of the derivative of a module variable (NULL when canon is not one). */
const IrSym *cg_global_primal(const IrSym *canon);
/* gfortran's symbol of COMMON block `block` ("" for blank COMMON): `pars_`, `__BLNK__`. */
const char *cg_common_cname(Cg *cg, const char *block);
/* The module holding the derivatives of module m's variables: `m_b` / `m_d`. */
const char *cg_deriv_module(Cg *cg, const IrUnit *m);
/* The bound names of an array dimension, marking them used. */
const char *cg_lo_name(CgUnit *U, CgSym *cs, int d);
const char *cg_n_name(CgUnit *U, CgSym *cs, int d);
/* Fold an integer constant expression (literals, PARAMETERs, + - * / **, unary minus, MAX, MIN,
 * MOD, ABS, conversions of integer constants); 0 if it is not one. */
int cg_fold_int(const IrExpr *e, long long *v);

/* Expressions (expr.c). Precedences of C, highest binds tightest. */
enum {
	CG_P_COMMA = 0,
	CG_P_COND = 3,
	CG_P_OR = 4,
	CG_P_AND = 5,
	CG_P_EQ = 9,
	CG_P_REL = 10,
	CG_P_ADD = 12,
	CG_P_MUL = 13,
	CG_P_UNARY = 15,
	CG_P_PRIMARY = 16
};
/* Print e into b, returning the precedence of what was printed. */
int cg_expr(CgUnit *U, const IrExpr *e, CgBuf *b);
/* Print e so that it binds at least as tightly as minprec (parenthesized if needed). */
void cg_expr_prec(CgUnit *U, const IrExpr *e, int minprec, CgBuf *b);
/* An assignable variable reference: `x`, `*x`, `q[...]`, `mod_x`. */
void cg_lvalue(CgUnit *U, const IrExpr *e, CgBuf *b);
/* The address of a variable or element: `x` (dummy), `&x`, `q`, `&q[...]`. */
void cg_address(CgUnit *U, const IrExpr *e, CgBuf *b);
/* 1 if e can be passed by address as it is (a variable or an element, not a PARAMETER). */
int cg_addressable(const IrExpr *e);
/* e + c, folding constants: "n + 1", "i - 2", "3". Returns the precedence printed. */
int cg_expr_plus(CgUnit *U, const IrExpr *e, long long c, CgBuf *b);
/* A literal of type t for value v: 1.5, 0.1f, 3, 1/0. */
void cg_real_literal(double v, IrBase t, CgBuf *b);
void cg_const(const IrExpr *e, CgBuf *b);
void cg_array_init(const IrSym *s, CgBuf *b);
/* CHARACTER values (expr.c): the address of the first character (`char *`) and the length
 * (INTEGER(8)) of a constant, variable, element, substring or TRIM; a CHARACTER assignment. */
void cg_char_ptr(CgUnit *U, const IrExpr *e, CgBuf *b);
void cg_char_len(CgUnit *U, const IrExpr *e, CgBuf *b);
void cg_char_assign(CgUnit *U, const IrExpr *lhs, const IrExpr *rhs);
/* Actual i of a call of f passed otherwise than by address (a CHARACTER value, a hidden length
 * by value): printed, 1; else 0. */
int cg_call_arg_special(CgUnit *U, const IrUnit *f, int i, const IrExpr *a, CgBuf *b);
/* The characters of a string inside a C string literal (a printf format when `format`). */
void cg_string_chars(const char *s, int format, CgBuf *b);
/* The file name of a path (what follows its last '/'). */
const char *cg_base_name(const char *path);
/* Emit the helper definitions that were used. */
void cg_helpers(Cg *cg, CgBuf *b);
/* Walk an expression tree (calls fn for every node, pre-order). */
void cg_expr_walk(const IrExpr *e, void (*fn)(const IrExpr *, void *), void *ctx);

/* Statements (stmt.c). */
void cg_block(CgUnit *U, const IrBlock *b);
void cg_line(CgUnit *U, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 2, 3)))
#endif
        ;
/* `#line N "file"` (column 0). */
void cg_line_directive(CgBuf *b, IrLoc loc);
/* io.c: formatted WRITE, OPEN, CLOSE... (IR_PRINT other than IO_LIST); the helper they call */
void cg_io(CgUnit *U, const IrStmt *s);
void cg_io_helper(Cg *cg, CgBuf *b);
/* Byte size of a variable for snapshots: "sizeof x", "sizeof(*q) * q_n1 * 10". */
void cg_sizeof_var(CgUnit *U, const IrSym *s, CgBuf *b);

/* Units (unit.c). */
void cg_unit(Cg *cg, const IrUnit *u, CgBuf *out);
/* The `void name(double *x, ...)` head of a unit; valid after cg_unit. */
const char *cg_unit_sig(Cg *cg, const IrUnit *u);
/* Is u an external FUNCTION in its canonical subroutine form (result last), whose C function
 * returns the result? */
int cg_external_function(const IrUnit *u);

#endif
