/*
 * ir.h — stad's one intermediate representation.
 *
 * The parser builds it (names unresolved), sema resolves it in place (symbols, types, ranks,
 * intrinsic ids, constant PARAMETERs), the AD passes build new units of the same IR, and the
 * backend prints it as C. It is structured: blocks of statements with IF, DO, DO WHILE, CALL,
 * assignment, EXIT/CYCLE/RETURN, and expression trees. The parser's GO TO and SELECT CASE
 * statements (IR_GOTO, IR_SELECT) exist only until sema restructures them into those forms. Runtime calls used by the adjoint (push,
 * pop, snapshot, profile events) are IR_RT statements like any other.
 *
 * Every node carries the location it came from. All nodes live in the program's arena and are
 * never freed one by one; ir_program_free() releases everything.
 */
#ifndef STAD_IR_H
#define STAD_IR_H

#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------- arena & utilities */

typedef struct IrArena IrArena;

/* What the arena aligns to: enough for every IR object (pointers, int64_t, double); not for
 * long double, which the IR never holds. (16, max_align_t, padded every 72-byte expression to 80.) */
enum { IR_ALIGN = 8 };
IrArena *ir_arena_new(void);
void ir_arena_free(IrArena *a);
void *ir_alloc(IrArena *a, size_t n); /* zeroed, never NULL, aligned to 8 bytes (IR_ALIGN) */
/* Frees everything allocated from a at once, keeping its big blocks (and their faulted-in pages)
 * for the allocations that follow: a scratch arena reused per routine. */
void ir_arena_reset(IrArena *a);
size_t ir_arena_handed(const IrArena *a); /* bytes allocated since ir_arena_new */
/* A point in an arena's allocations, and whether p (the start of an allocation, or NULL) was
 * allocated from a after it: a pass may then change in place what it made itself since the mark
 * and copy the rest (ad_subst_block_own). The test walks the blocks taken since the mark. */
typedef struct IrArenaMark {
	const void *block;
	size_t used;
	unsigned long serial;
} IrArenaMark;
IrArenaMark ir_arena_mark(const IrArena *a);
int ir_arena_since(const IrArena *a, IrArenaMark m, const void *p);
void *ir_xrealloc(void *p, size_t n); /* realloc for scratch buffers freed by their user; never NULL */

/* A set of names (names.c): copies of the strings added, freed by ir_names_free. */
typedef struct IrNames {
	char **v;
	size_t n, cap;
} IrNames;
size_t ir_name_hash(const char *s);
int ir_names_has(const IrNames *s, const char *name);
void ir_names_add(IrNames *s, const char *name);
void ir_names_free(IrNames *s);
char *ir_strdup(IrArena *a, const char *s);
char *ir_strndup(IrArena *a, const char *s, size_t n);
char *ir_strlower(IrArena *a, const char *s); /* lower-cased copy (Fortran names) */
char *ir_sprintf(IrArena *a, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 2, 3)))
#endif
        ;

/* Growable pointer vector; storage lives in the arena (old storage is abandoned on growth). */
typedef struct IrVec {
	void **v;
	int n, cap;
} IrVec;
void ir_vec_push(IrArena *a, IrVec *vec, void *p);

/* ---------------------------------------------------------------- locations & diagnostics */

struct IrProgram;

/* A registered input (a Fortran file, a toggle table): its text, so a diagnostic can quote the
 * line, and the program whose error count a diagnostic at one of its locations raises. */
typedef struct IrSource {
	struct IrSource *next;  /* the program's other sources */
	struct IrProgram *prog; /* counts the errors reported here */
	const char *file;       /* the name locations carry */
	const char *text;       /* as written (a copy in the program's arena) */
} IrSource;

typedef struct IrLoc {
	const char *file; /* as given on the command line */
	int line, col;    /* 1-based; 0 = unknown */
	IrSource *src;    /* the source this points into (NULL: none, see ir_error) */
} IrLoc;

/* Registers a source of program p: file is the name its locations carry (kept as given: an
 * arena string), text is copied. Returns the source, for ir_loc. */
IrSource *ir_source_register(struct IrProgram *p, const char *file, const char *text);
/* The location line:col of src (line 0: the whole file). */
IrLoc ir_loc(IrSource *src, int line, int col);
/* "file:line:col: error: msg", the source line, a caret; counts the error in the program the
 * location's source belongs to (a location with no source is an internal slip: its errors are
 * counted for every program, so no run goes on past one). */
void ir_error(IrLoc loc, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 2, 3)))
#endif
        ;
void ir_warning(IrLoc loc, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 2, 3)))
#endif
        ;
/* The errors reported so far at p's locations (with those at no source's). */
int ir_error_count(const struct IrProgram *p);
/* Cap on printed errors of p (further ones are counted, not printed); 50 by default. */
void ir_error_set_limit(struct IrProgram *p, int n);
/* Hold back the diagnostics at p's locations (still counted) until ir_diag_release, which
 * prints them in order except those drop(ctx, loc, is_error) says to discard (a discarded error
 * is no longer counted). Lets the frontend forgive the routines the head never reaches. */
void ir_diag_hold(struct IrProgram *p);
void ir_diag_release(struct IrProgram *p, int (*drop)(void *ctx, IrLoc loc, int is_error, const char *msg), void *ctx);

/* ---------------------------------------------------------------- types */

typedef enum IrBase {
	TY_NONE = 0, /* not yet typed / subroutine */
	TY_INT,      /* INTEGER (4 bytes) */
	TY_REAL4,    /* REAL */
	TY_REAL8,    /* DOUBLE PRECISION, REAL(8), REAL*8 */
	TY_LOGICAL,  /* LOGICAL, stored as int 0/1 */
	TY_CHAR,     /* character literals only (PRINT) */
	TY_INT8      /* INTEGER(8), INTEGER*8: int64_t in C */
} IrBase;

const char *ir_base_name(IrBase b);
/* REAL without a kind (the type word, implicit typing, constants without a D exponent or kind,
 * specific intrinsics of default real): TY_REAL4, or TY_REAL8 under --default-real-8 (gfortran's
 * -fdefault-real-8 -fdefault-double-8). Set once before anything is parsed. */
extern IrBase ir_default_real;
int ir_base_is_real(IrBase b);
int ir_base_is_int(IrBase b); /* INTEGER of either kind */
/* The Fortran kind number of a type (4 or 8; LOGICAL 4, CHARACTER 1), 0 for TY_NONE. */
int ir_base_kind(IrBase b);

#define IR_MAX_RANK 7

/* ---------------------------------------------------------------- operators (X-macro table) */

/*  X(name, spelling in IR dumps, C spelling, arity, precedence for printing) */
#define IR_OPS(X)                                                                                                                \
	X(IR_ADD, "+", "+", 2, 4)                                                                                                \
	X(IR_SUB, "-", "-", 2, 4)                                                                                                \
	X(IR_MUL, "*", "*", 2, 5)                                                                                                \
	X(IR_DIV, "/", "/", 2, 5)                                                                                                \
	X(IR_POW, "**", "pow", 2, 6)                                                                                             \
	X(IR_NEG, "neg", "-", 1, 7)                                                                                              \
	X(IR_EQ, "==", "==", 2, 3)                                                                                               \
	X(IR_NE, "/=", "!=", 2, 3)                                                                                               \
	X(IR_LT, "<", "<", 2, 3)                                                                                                 \
	X(IR_LE, "<=", "<=", 2, 3)                                                                                               \
	X(IR_GT, ">", ">", 2, 3)                                                                                                 \
	X(IR_GE, ">=", ">=", 2, 3)                                                                                               \
	X(IR_AND, ".and.", "&&", 2, 1)                                                                                           \
	X(IR_OR, ".or.", "||", 2, 0)                                                                                             \
	X(IR_NOT, ".not.", "!", 1, 2)                                                                                            \
	X(IR_EQV, ".eqv.", "==", 2, 0)                                                                                           \
	X(IR_NEQV, ".neqv.", "!=", 2, 0)                                                                                         \
	X(IR_CONCAT, "//", "//", 2, 4)

typedef enum IrOp {
#define X(name, f, c, ar, prec) name,
	IR_OPS(X)
#undef X
	        IR_NOPS
} IrOp;

typedef struct IrOpInfo {
	const char *name, *fortran, *c;
	int arity, prec;
} IrOpInfo;
extern const IrOpInfo ir_ops[IR_NOPS];

/* ---------------------------------------------------------------- intrinsics */

/* The intrinsic table lives in ir/intrinsics.def (one row per name, specific names included,
 * with result-type rule and the partial derivatives used by ad/). */
typedef enum IrIntrinsic {
	INTR_NONE = 0,
#define INTRINSIC(id, name, generic, minargs, maxargs, rtype, argtype, d1, d2) id,
#include "intrinsics.def"
#undef INTRINSIC
	INTR_COUNT
} IrIntrinsic;

/* Result-type rules for the table. */
enum {
	RT_SAME,   /* type of the (promoted) arguments */
	RT_INT,    /* INTEGER */
	RT_REAL4,  /* REAL */
	RT_REAL8,  /* DOUBLE PRECISION */
	RT_REALOF, /* REAL(x): real of default kind; DBLE -> RT_REAL8 */
	RT_LOGICAL /* LOGICAL */
};
/* Argument-type requirements for the table. */
enum {
	AT_ANY,   /* integer or real */
	AT_REAL,  /* real only (after F77 generic resolution) */
	AT_REAL8, /* specific D-name: double precision only */
	AT_REAL4, /* specific name for default real: REAL only */
	AT_INT,   /* integer only */
	AT_ARRAY, /* an array intrinsic: arguments checked by sema, which lowers it to loops */
	AT_CHAR   /* a CHARACTER intrinsic: arguments checked by sema */
};

typedef struct IrIntrinsicInfo {
	const char *name;     /* lower-case Fortran name: "sin", "dsin", "dmax1" */
	IrIntrinsic generic;  /* the generic this name is a specific of (itself if generic) */
	int minargs, maxargs; /* maxargs -1 = any */
	int rtype, argtype;
	const char *d1, *d2; /* partials wrt arg 1 and arg 2 as s-expressions (ad/), or NULL */
} IrIntrinsicInfo;
extern const IrIntrinsicInfo ir_intrinsics[INTR_COUNT];
IrIntrinsic ir_intrinsic_lookup(const char *lowername); /* INTR_NONE when not intrinsic */
/* A value that differs between evaluations (a timer, the random generator): never recomputed */
int ir_intrinsic_impure(IrIntrinsic id);
/* Uses the random generator's state (RANDOM_NUMBER, RANDOM_SEED): never re-run by a checkpoint */
int ir_intrinsic_draws(IrIntrinsic id);

/* ---------------------------------------------------------------- expressions */

typedef struct IrSym IrSym;
typedef struct IrUnit IrUnit;
typedef struct IrExpr IrExpr;
typedef IrVec IrBlock; /* vector of IrStmt* */

typedef enum IrExprKind {
	IR_CONST_INT,  /* u.ival */
	IR_CONST_REAL, /* u.real: value + original spelling (kept for exact printing) */
	IR_CONST_LOG,  /* u.ival 0/1 */
	IR_CONST_STR,  /* u.str */
	IR_REF,        /* parser output: name(args) not yet resolved; u.ref */
	IR_VAR,        /* variable or array element: u.var */
	IR_UNARY,      /* u.op (arity 1) */
	IR_BINARY,     /* u.op (arity 2) */
	IR_INTRIN,     /* intrinsic call: u.call (id set) */
	IR_FCALL,      /* user FUNCTION call: u.call (callee set) */
	IR_CONVERT,    /* type conversion inserted by sema: u.conv (to = expr->type) */
	/* Array syntax, from the parser to sema only: sema lowers every array expression to loops
	 * of scalar statements, so none of these is left after it (ir_verify checks). */
	IR_TRIPLET,  /* lo:hi:st in a section's subscript: u.triplet (each part may be NULL) */
	IR_ARRAYCON, /* array constructor [a, b, (c(i), i = 1, n)] or (/ ... /): u.list */
	IR_IMPLDO,   /* implied DO inside a constructor: u.list items, u.list.ido->var = lo, hi, st */
	IR_KEYWORD,  /* keyword actual argument `dim = 2` of an intrinsic: u.kw */
	/* Derived types, from the parser to sema only: sema replaces every component reference by
	 * the variable of its leaf component (frontend/sema_type.c). */
	IR_COMPONENT /* base%name(args): u.comp */
} IrExprKind;

/* COMPLEX, from the parser to sema only: a declaration COMPLEX(k) has the type_name
 * IR_COMPLEX_TYPE (its base the kind of its parts), a constant `(re, im)` is the reference
 * IR_COMPLEX_CONST(re, im); frontend/sema_complex.c lowers both to pairs of reals. */
#define IR_COMPLEX_TYPE "complex"
#define IR_COMPLEX_CONST "(complex)"

/* An implied DO's variable and bounds (IrExpr.u.list.ido): a node of its own, to keep IrExpr small. */
typedef struct IrImpliedDo {
	IrExpr *var;          /* the DO variable (IR_REF until sema) */
	IrExpr *lo, *hi, *st; /* its bounds, st NULL = 1 */
	IrBlock *pre;         /* what its items need computed, run in each iteration */
} IrImpliedDo;

struct IrExpr {
	IrExprKind kind;
	IrBase type; /* filled by sema; rank is always 0 for value expressions */
	IrLoc loc;
	/* (the fields and the union are laid out for size: an expression is 72 bytes, and most of a
	 * large program's IR is expressions) */
	unsigned char paren;  /* parser: written in parentheses, `(r)`: a value, never the variable itself */
	unsigned char failed; /* sema: stands for an operand already refused, so no follow-on error */
	union {
		int64_t ival;
		struct {
			double v;
			const char *text;      /* lower-cased literal as written, e.g. "1.5d0" */
			const char *kind_name; /* parser: a literal's kind given by name (1.0_dp, 2_ik), for
			                          sema; IR_CONST_INT keeps it here too (after its ival) */
		} real;
		const char *str;
		struct {
			const char *name; /* lower-cased */
			IrExpr **args;
			int nargs;
			int has_parens; /* name() vs name */
		} ref;
		struct {
			IrSym *sym;
			IrExpr **idx; /* subscripts, nidx == 0 or sym->rank; nidx==0 && rank>0: whole array
			                 (only as an actual argument); IR_TRIPLET subscripts (sections)
			                 only inside sema */
			int nidx;
		} var;
		struct {
			IrOp op;
			IrExpr *a, *b; /* b NULL for unary */
		} op;
		struct {
			IrUnit *callee;   /* IR_FCALL; NULL for an EXTERNAL without a body */
			const char *name; /* lower-case name as called */
			IrExpr **args;
			IrIntrinsic id; /* IR_INTRIN */
			int nargs;
		} call;
		struct {
			IrExpr *e;
		} conv;
		struct {
			IrExpr *lo, *hi, *st; /* NULL: the bound of the dimension, stride 1 */
		} triplet;
		struct {
			IrExpr **items;   /* values: scalars, arrays, IR_IMPLDO */
			IrImpliedDo *ido; /* IR_IMPLDO: its variable and bounds (NULL for IR_ARRAYCON) */
			IrExpr *clen;     /* IR_ARRAYCON `[character(len=clen) :: ...]`: each value is padded
			                     or cut to that length (NULL: no CHARACTER type-spec) */
			int nitems;
		} list;
		struct {
			const char *name; /* lower-cased keyword */
			IrExpr *e;
		} kw;
		struct {
			IrExpr *base;     /* IR_REF or IR_COMPONENT: the structure */
			const char *name; /* lower-cased component name */
			IrExpr **args;    /* its subscripts */
			int nargs;
			int call; /* parser: `s%f()`, a type-bound procedure's call (sema refuses it) */
		} comp;
	} u;
};

/* ---------------------------------------------------------------- symbols */

typedef enum IrSymKind {
	SYM_LOCAL,  /* local variable of a unit */
	SYM_ARG,    /* dummy argument (argpos) */
	SYM_RESULT, /* function result variable */
	SYM_MODULE, /* module variable (owner = module unit) */
	SYM_COMMON, /* variable in a COMMON block (common = block name) */
	SYM_PARAM,  /* named constant (PARAMETER): value in init */
	SYM_PROC    /* name of a procedure (EXTERNAL, typed function name, intrinsic shadow) */
} IrSymKind;

enum { INTENT_NONE = 0, INTENT_IN = 1, INTENT_OUT = 2, INTENT_INOUT = 3 };

typedef struct IrDim {
	IrExpr *lo;        /* NULL means 1 */
	IrExpr *hi;        /* NULL means assumed size '*' (last dimension only) */
	int assumed_shape; /* `:` or `lo:` as written: sema gives the dummy a hidden extent argument
	                      and hi = lo + extent - 1, so later passes see explicit shape */
} IrDim;

struct IrSym {
	const char *name; /* lower-cased */
	IrSymKind kind;
	IrBase type;
	int rank;
	IrDim dims[IR_MAX_RANK];
	int argpos;      /* SYM_ARG: 0-based position */
	int intent;      /* INTENT_* */
	int is_save;     /* SAVE attribute (or DATA/initialized); 2 in sema: only by a bare SAVE (which skips automatic arrays) */
	int is_external; /* EXTERNAL */
	int implicit;    /* typed by implicit rules */
	int declared;    /* appeared in a declaration */
	int by_value;    /* sema: a VALUE dummy, until value_args makes it a local copy of a hidden dummy */
	IrSym *value_in; /* a VALUE dummy's local copy: the hidden dummy it starts from (sema.c's prologue) */
	int shadow;      /* the head adjoint's copy of a SAVE'd local (ad/reverse.c keep_saved_state): not the user's */
	int refused;     /* an error about it was reported (no type, a refused declaration): its uses are
	                    marked failed and add no error of their own (one located error per problem) */
	int deriv;       /* a derivative variable made by ad/ (xd, xb), and its copies in generated units */
	int readonly;    /* a PARAMETER array: SAVE'd storage given its values (inits), never assigned */
	/* ALLOCATABLE arrays (frontend/sema_alloc.c): the array's dims are its hidden bound variables
	 * (lo = var a_lb1, hi = var a_ub1, ...), set by ALLOCATE; its hidden LOGICAL a_al says whether
	 * it is allocated. C storage: a pointer, NULL while unallocated. */
	int allocatable;
	int alloc_leaf; /* a leaf of an ALLOCATABLE array of structures (sema_type.c): its first rank -
	                   alloc_leaf dimensions are its component's, of constant bounds; the last alloc_leaf
	                   (the array's) are deferred */
	/* OPTIONAL (frontend/sema_stmt.c): an absent argument is a NULL pointer, as gfortran passes it,
	 * and so is its derivative; PRESENT(x) tests the pointer. */
	int optional;        /* an OPTIONAL dummy */
	int host_dummy;      /* an internal procedure's extra dummy standing for a host variable
	                        (frontend/sema_internal.c): host association, not an argument of the source */
	int absent;          /* a local standing for an omitted OPTIONAL actual: only ever an actual argument,
	                 which the backend prints as NULL (its derivative copies the flag) */
	IrSym *alloc_of;     /* a hidden bound or status variable: of this allocatable array */
	int alloc_dim;       /* the dimension (0-based) whose bound it is; -1: the status (ALLOCATED) */
	IrSym *alloc_status; /* an allocatable array: its status variable */
	IrSym *extent_of;    /* a hidden dummy: the extent of dimension extent_dim + 1 of the assumed-shape
	                     dummy extent_of (it follows that dummy in the unit's arguments) */
	int extent_dim;
	/* CHARACTER: the length, an INTEGER expression (a constant, one of dummies and globals for
	 * len=n, or the hidden length dummy len_of this one for len=*); every CHARACTER dummy has a
	 * hidden length dummy, at the end of the unit's arguments (gfortran's order), passed by value */
	IrExpr *clen;
	IrSym *len_of;    /* a hidden dummy: the length of the CHARACTER dummy len_of (by value) */
	int clen_assumed; /* sema: declared with length `*` */
	IrExpr *init;     /* SYM_PARAM value (folded constant after sema); initializer otherwise */
	IrExpr **inits;   /* arrays given values by DATA: ninits constants, column-major; NULL = 0 */
	long ninits;
	const char *common; /* SYM_COMMON: block name ("" for blank common) */
	int common_index;   /* position inside the block */
	IrUnit *owner;      /* unit that declares it (module for SYM_MODULE) */
	IrSym *origin;      /* for USE-associated/COMMON copies: the canonical symbol */
	IrLoc loc;
	int id;    /* dense index within the program, for analyses' bitsets */
	void *aux; /* scratch pointer for passes (reset by each pass that uses it) */
};

/* ---------------------------------------------------------------- statements */

typedef struct IrStmt IrStmt;

typedef enum IrDirKind {
	DIR_CHECKPOINT,       /* !$AD CHECKPOINT (before a CALL) */
	DIR_NOCHECKPOINT,     /* !$AD NOCHECKPOINT */
	DIR_CHECKPOINT_START, /* !$AD CHECKPOINT-START */
	DIR_CHECKPOINT_END,   /* !$AD CHECKPOINT-END */
	DIR_BINOMIAL,         /* !$AD BINOMIAL-CKP nsteps nsnaps firststep */
	DIR_EXTERNAL,         /* !$AD EXTERNAL PASSIVE name, ...: routines without source, no derivative */
	DIR_FPLOOP,           /* !$AD FP-LOOP [state, ...] [tol=r] [maxiter=n]: a fixed-point loop */
	DIR_LINSOLVE,         /* !$AD LINEAR-SOLVE x=u b=r apply=name symmetric|transpose=name: a CALL solving A u = r */
	DIR_OTHER             /* any other !$AD word: kept, reported if it matters */
} IrDirKind;

typedef struct IrDirective {
	IrDirKind kind;
	const char *text; /* the directive text after "$AD", trimmed */
	IrExpr **args;    /* BINOMIAL-CKP: parsed nsteps, nsnaps, firststep */
	int nargs;
	IrSym **state; /* FP-LOOP: the state variables it names (sema), none when inferred */
	int nstate;
	double tol;           /* FP-LOOP: the adjoint's relative tolerance (0: the default) */
	int maxiter;          /* FP-LOOP: the adjoint's iteration cap (0: the default) */
	IrSym *exitflag;      /* FP-LOOP: the flag its EXIT sets once jumps are flags (ad/canon.c) */
	int taped;            /* FP-LOOP: its table entry is off: reverse mode tapes every iteration */
	IrSym *ls_x, *ls_b;   /* LINEAR-SOLVE: the solution and the right-hand side (sema) */
	const char *ls_apply; /* LINEAR-SOLVE: the routine y = A x, dummies (x, y) (lower case) */
	IrUnit *ls_unit;      /* LINEAR-SOLVE: that routine, once reverse mode checked the call (NULL:
	                         the call is reversed as an ordinary checkpointed call) */
	/* LINEAR-SOLVE: the routine y = A^T x (transpose=; NULL if symmetric), and that routine once
	 * checked */
	const char *ls_transpose;
	IrUnit *ls_tunit;
	IrLoc loc;
} IrDirective;

typedef enum IrStmtKind {
	IR_ASSIGN,  /* u.assign */
	IR_IF,      /* u.if_: conds[i] -> blocks[i], else_ block (may be empty) */
	IR_DO,      /* u.do_ */
	IR_DOWHILE, /* u.dowhile */
	IR_EXIT,    /* u.jump */
	IR_CYCLE,   /* u.jump */
	IR_CALL,    /* u.call */
	IR_RETURN,
	IR_CONTINUE, /* no-op (kept for labels) */
	IR_PRINT,    /* u.print: output and files (PRINT, WRITE, OPEN, CLOSE, REWIND, FLUSH, BACKSPACE, ENDFILE, FORMAT) */
	IR_STOP,
	IR_RT,    /* runtime operation emitted by ad/ (u.rt) */
	IR_BLOCK, /* nested block (u.block) — used by transformations, e.g. CHECKPOINT regions */
	IR_GOTO,  /* parser output only: GO TO, computed GO TO, arithmetic IF (u.go); sema removes it */
	IR_SELECT /* parser output only: SELECT CASE (u.select); sema turns it into an IR_IF */
} IrStmtKind;

/* What an IR_PRINT does (u.print.io). IO_LIST is PRINT * / WRITE(*,*) of the original subset
 * (one printf); the others call the formatted-I/O helper of the generated C (backend/io_helper.h).
 * A WRITE is, after sema, IO_BEGIN (items: the unit [, the format]), IO_ITEMS statements (each
 * item one value, arrays and implied DOs as DO loops of them) and IO_END. */
typedef enum IrIoKind {
	IO_LIST,      /* items printed list-directed on stdout */
	IO_WRITE,     /* parser output only: WRITE (control list) items / PRINT fmt, items; sema lowers it */
	IO_READ,      /* parser output only: READ (control list) items / READ *, items; sema lowers it */
	IO_BEGIN,     /* items: unit [, format (CHARACTER)]; nctl = nitems */
	IO_ITEMS,     /* the values of items, in order */
	IO_END,       /* the record(s) out */
	IO_OPEN,      /* items: unit, then the specifiers of u.print.spec in IrIoSpec order */
	IO_CLOSE,     /* items: unit [, status] */
	IO_REWIND,    /* items: unit */
	IO_FLUSH,     /* items: unit */
	IO_BACKSPACE, /* items: unit */
	IO_ENDFILE,   /* items: unit */
	IO_IOMSG,     /* after a statement with IOMSG=: items[0] the CHARACTER variable its message goes
	                 into (when it failed) */
	IO_FORMAT,    /* FORMAT: items[0] the format text (a string constant); does nothing */
	IO_INQUIRE    /* INQUIRE: items[0] the unit (integer) or the file (CHARACTER) asked about; the
	              answers are assignments from stad_inquire_l / stad_inquire_i after it */
} IrIoKind;

/* The specifiers of OPEN and CLOSE stad passes to the helper (bits of u.print.spec). */
typedef enum IrIoSpec { IOS_FILE, IOS_STATUS, IOS_ACTION, IOS_POSITION, IOS_COUNT } IrIoSpec;

/* The three statements IR_GOTO stands for. */
typedef enum IrGotoKind {
	GOTO_PLAIN,    /* GO TO labels[0] */
	GOTO_COMPUTED, /* GO TO (labels...), expr: the expr-th label, none when out of range */
	GOTO_ARITH     /* IF (expr) labels[0], labels[1], labels[2]: expr < 0, = 0, > 0 */
} IrGotoKind;

/* One item of a CASE selector: `(v)` (lo == hi), `(lo:hi)`, `(:hi)` (lo NULL), `(lo:)` (hi NULL). */
typedef struct IrCaseItem {
	IrExpr *lo, *hi;
	int range; /* written with a colon */
	IrLoc loc;
} IrCaseItem;

typedef struct IrCase {
	IrCaseItem **items; /* NULL for CASE DEFAULT */
	int nitems;
	IrBlock body;
	IrLoc loc;
} IrCase;

/* Runtime operations the AD passes insert; the backend maps each to a srt_ call. */
/* The call sites of a generated adjoint, as its runtime set-up statements need them. */
typedef struct IrSiteList {
	int n;
	const char *const *ids; /* stable site ids */
	const int *kinds;       /* 1 for a BINOMIAL-CKP loop, 2 for a call of a routine without source,
	                           0 for a call or region */
	const int *on;          /* the state chosen at generation time (the default under --dynamic-sites) */
	int dynamic;            /* states come from the RT_SITES statement at run time */
} IrSiteList;

typedef enum IrRtKind {
	RT_PUSH,       /* push u.rt.e (value) */
	RT_POP,        /* pop into u.rt.e (lvalue) */
	RT_PUSH_CTRL,  /* push an integer control value (branch taken, trip count) */
	RT_POP_CTRL,   /* pop an integer control value into u.rt.e */
	RT_SNAP_WRITE, /* write snapshot for site u.rt.site: u.rt.vars */
	RT_SNAP_READ,  /* read it back */
	RT_PROF_EVENT, /* profile event u.rt.event at site u.rt.site (value: bytes of u.rt.vars) */
	RT_ZERO,       /* set variable u.rt.e (scalar or whole array) to zero */
	RT_RV_STORE,   /* srt_revolve_store(u.rt.text, &var, size) for each of u.rt.vars */
	RT_RV_RESTORE, /* srt_revolve_restore(u.rt.text, &var, size) for each of u.rt.vars */
	RT_INIT,       /* start the runtime (tape, statistics): first statement of an exported adjoint */
	RT_SITES,      /* --dynamic-sites: each site's state from STAD_SITES over the defaults u.rt.sites */
	RT_PROF_SITES, /* --profile: register the sites u.rt.sites (ids, kinds, states) with the recorder */
	RT_RAW,        /* a line of C the backend prints verbatim (u.rt.text) — for drivers only */
	RT_PUSH_ROW,   /* push u.rt.count consecutive elements starting at element u.rt.e (one block) */
	RT_POP_ROW,    /* pop them back into the same elements */
	RT_ALLOC,      /* allocate the ALLOCATABLE array u.rt.e (whole) with the bounds its bound
	                  variables hold now; its elements are zero */
	RT_FREE,       /* free the ALLOCATABLE array u.rt.e (whole) */
	RT_FP_BEGIN,   /* FP-LOOP adjoint at site u.rt.site begins: srt_fp_begin(site, tol u.rt.e, cap u.rt.count) */
	RT_FP_TEST,    /* u.rt.e = srt_fp_test(max |x| over the variables u.rt.vars): 1 while it iterates */
	RT_FP_END,     /* FP-LOOP adjoint ends (statistics) */
	RT_COPY,       /* copy the whole variable u.rt.vars[0] into u.rt.e (a whole variable of its type and shape) */
	RT_LS_BEGIN,   /* a LINEAR-SOLVE solve begins (u.rt.site 0: the primal's, 1: the adjoint's): statistics */
	RT_LS_END,     /* it ends */
	RT_LS_APPLY,   /* at the top of the primal apply= routine: counted while a solve runs */
	RT_ABI_ALIAS   /* --fortran-abi head: stop with message u.rt.text (its '@' is the variable's name) when
	                  the dummy u.rt.vars[0] starts inside one of the module/COMMON variables u.rt.vars[1..] */
} IrRtKind;

struct IrStmt {
	IrStmtKind kind;
	IrLoc loc;
	int label;          /* statement label (0 = none) */
	IrDirective **dirs; /* !$AD directives attached to this statement */
	int ndirs;
	void *aux; /* scratch pointer for passes (ad/ keeps its per-statement facts here) */
	union {
		struct {
			IrExpr *lhs, *rhs;
			IrExpr *mask;  /* sema only: an array assignment inside WHERE, done where mask holds */
			int mask_fill; /* sema only: stores a WHERE mask (rhs) into its temporary */
		} assign;
		struct {
			IrExpr **conds;  /* ncond conditions */
			IrBlock *blocks; /* ncond blocks */
			int ncond;
			IrBlock else_;
			int has_else;
			int logical_if;  /* came from a one-line logical IF */
			int from_select; /* sema made it from a SELECT CASE (for messages) */
			int from_where;  /* sema made it from a fused WHERE (for messages) */
			int where;       /* parser output only: WHERE / ELSEWHERE (mask) / ELSEWHERE, the
			                    conds array masks; sema lowers it to masked assignments */
		} if_;
		struct {
			IrExpr *var;            /* IR_VAR (integer scalar) */
			IrExpr *lo, *hi, *step; /* step NULL = 1 */
			IrBlock body;
			int end_label;   /* labelled DO: label of the terminating statement */
			int forall;      /* parser output only: the outermost DO of a FORALL with this many
			                    indices (the last outermost; -1 on the inner DOs); sema lowers it */
			int forall_mask; /* the FORALL has a mask: the innermost body is one IF (mask) */
			int concurrent;  /* parser output only: the outermost DO of a DO CONCURRENT with this many
			                    indices (its loops nested, the last index outermost); sema gives them
			                    fresh variables */
		} do_;
		struct {
			IrExpr *cond;
			IrBlock body;
		} dowhile;
		struct {
			const char *name; /* lower-cased callee name */
			IrUnit *callee;   /* resolved by sema (NULL for EXTERNAL without body: error in AD) */
			IrExpr **args;
			int nargs;
			int site; /* call-site index in the program (sema numbers them), -1 unset */
		} call;
		struct {
			IrExpr **items;
			int nitems;
			int io;            /* IrIoKind */
			int nctl;          /* items[0..nctl) are control values (unit, format, specifiers); parser:
			                 the control list as written (IR_KEYWORD for name=, `*` a keyword "*") */
			unsigned spec;     /* IO_OPEN, IO_CLOSE: the specifiers given (1u << IrIoSpec) */
			int internal;      /* IO_BEGIN: the unit is a CHARACTER variable (internal WRITE) */
			int has_fmt;       /* IO_BEGIN: items[1] is the format (else list-directed or unformatted) */
			int unformatted;   /* IO_BEGIN: WRITE (unit) / READ (unit) without a format (binary records) */
			const char *nml;   /* IO_BEGIN of a NAMELIST READ or WRITE: the group (io_helper.h's spec) */
			int noadvance;     /* IO_END: ADVANCE='NO': the record is written without its newline;
			                     IO_BEGIN of a READ: the next READ goes on in the record */
			int input;         /* IO_BEGIN, IO_END, IO_ITEMS: a READ (IO_ITEMS: CHARACTER items read into) */
			int handled;       /* IO_BEGIN of a READ: bits 1 IOSTAT= or ERR= given (no stop on error), 2 END= (no
			                     stop at the end of the file), 4 EOR= (at the end of a record); IO_OPEN,
			                     IO_CLOSE, IO_BEGIN of a WRITE to a unit: IOSTAT= or ERR= given */
			int calls_dropped; /* derivative code drops it, but only after ad/canon.c has hoisted its user
			                      FUNCTION references (their side effects stay: ad/ad.c drop_io) */
			int deriv;         /* in derivative code (ad/ad.c drop_io): IO_OPEN, IO_CLOSE input only; IO_BEGIN of a
			                     WRITE to a unit: only marks the unit written (stad_io_written) */
			int lowered;       /* IO_INQUIRE, IO_OPEN, IO_CLOSE: made by sema_io.c (else the parser's, to lower) */
			const char *what;  /* parser: the statement's name for messages ("WRITE", "OPEN") */
		} print;
		struct {
			IrExpr *code; /* STOP code or NULL */
			int error;    /* ERROR STOP */
			int quiet;    /* GNU CALL EXIT(code): the status only, no message */
		} stop;
		struct {
			/* The loop an EXIT leaves or a CYCLE continues, set by the parser (a named one, or
			 * the innermost); sema restructures the jumps that do not concern the innermost
			 * loop and leaves NULL: after sema, EXIT and CYCLE concern the innermost loop. */
			IrStmt *target;
		} jump;
		struct {
			IrGotoKind kind;
			int *labels;
			int nlabels;
			IrExpr *expr; /* GOTO_COMPUTED: the index; GOTO_ARITH: the value */
		} go;
		struct {
			IrExpr *expr;   /* the selector */
			IrCase **cases; /* in source order, CASE DEFAULT among them */
			int ncases;
		} select;
		struct {
			IrRtKind kind;
			IrExpr *e;
			IrExpr *count; /* RT_PUSH_ROW, RT_POP_ROW: number of elements (0 or less: none) */
			int site;
			int event;
			IrSym **vars;
			int nvars;
			const char *text;
			const IrSiteList *sites; /* RT_SITES, RT_PROF_SITES */
		} rt;
		IrBlock block;
	} u;
};

/* ---------------------------------------------------------------- units & program */

typedef enum IrUnitKind { UNIT_PROGRAM, UNIT_SUBROUTINE, UNIT_FUNCTION, UNIT_MODULE } IrUnitKind;

/* A routine whose source stad does not have: described in a --lib file, or declared passive by
 * `!$AD EXTERNAL PASSIVE name`. Its unit has dummies (types, ranks, intents) and no body; the
 * generated code calls it (and, when it is active, the user's name_d and name_b). */
typedef struct IrExternal {
	int passive;         /* no derivative effect: called in the primal and the forward sweep only */
	int described;       /* intents and dependencies come from a --lib file (else: the pragma's
	                        conservative reading, every argument read and written) */
	int fortran;         /* linked by gfortran's names: name_, name_d_, name_b_ */
	int function;        /* a FUNCTION: the primal returns its result (after canonicalization the
	                        unit is a subroutine whose last dummy is that result) */
	IrUnit *primal;      /* for name_d and name_b: the routine they differentiate (NULL: primal) */
	const char *libfile; /* the --lib file that describes it, or NULL */
	unsigned char *deps; /* nargs x nargs: deps[o * nargs + i] = argument o on exit depends on
	                        argument i on entry (real arguments only) */
	unsigned char *darg; /* per argument: followed by its derivative in name_d and name_b */
} IrExternal;

struct IrUnit {
	IrUnitKind kind;
	const char *name; /* lower-cased */
	IrLoc loc;
	IrLoc end_loc;
	const char **argnames; /* dummy argument names as written (lower-cased) */
	int nargs;
	IrSym **args;            /* resolved by sema: nargs symbols */
	IrSym *result;           /* FUNCTION: the result variable */
	IrSym *array_result;     /* sema: a FUNCTION returning an array, lowered to a SUBROUTINE whose
	                            INTENT(OUT) dummy this result is (after the user's dummies) */
	const char *result_name; /* RESULT(name) or NULL */
	IrBase declared_type;    /* typed prefix: "double precision function f" */
	IrExpr *declared_kind;   /* its kind when given by an expression (real(dp) function f): sema */
	IrVec syms;              /* IrSym* of this unit (locals, args, params, common copies, ...) */
	IrVec uses;              /* IrUse*: the USE statements, in order */
	IrVec generics;          /* IrGeneric*: generic interfaces declared here */
	IrVec interfaces;        /* const char*: procedures given an explicit interface (an interface
	                            body outside a generic) here */
	IrVec contains;          /* IrUnit* module procedures / internal procedures */
	IrUnit *parent;          /* module (or host) that CONTAINS this unit; sema: the module only */
	IrUnit *host;            /* sema: the host of an internal procedure (NULL: not internal) */
	IrVec passed;            /* IrUnit*: a copy made for procedure arguments (sema_procarg.c): the
	                            procedures passed, which it sees whatever their access (a PRIVATE
	                            module procedure passed from its module, as Fortran allows) */
	const char *local_name;  /* internal procedure: its name as written, in its host's scope (sema
	                            renames the unit host_name, made unique, after resolution) */
	const char *copy_of;     /* a copy made for procedure arguments (frontend/sema_procarg.c, RK4__DERIV):
	                            the routine's own name, which --nocheckpoint accepts for every copy */
	IrBlock body;
	int implicit_none;
	int default_private; /* MODULE: a PRIVATE statement without names */
	int is_intrinsic;    /* MODULE: stad's iso_fortran_env or iso_c_binding (named constants) */
	int no_restrict;     /* some caller passes one array to two dummies: no `restrict` in C */
	int elemental;       /* ELEMENTAL: called with scalars only (arrays are refused) */
	int recursive;       /* RECURSIVE prefix: may be in a cycle of calls */
	int cycle;           /* sema: 1 + the index of the cycle of calls (strongly connected component
	                        of the call graph) it is in; 0: in none (it cannot be active twice) */
	int blockdata;       /* MODULE read from a BLOCK DATA: DATA for COMMON blocks */
	/* Implicit typing map, a..z: TY_NONE means "no implicit type" (IMPLICIT NONE). */
	IrBase implicit[26];
	int id;              /* dense index within the program */
	void *aux;           /* scratch pointer for passes */
	IrExternal *ext;     /* a routine without source (NULL: its source is in the given files) */
	const char *comment; /* what the unit is, for the comment above its C definition
	                          ("forward sweep of SUBROUTINE step (ocean.f90:27)"); set by ad/,
	                          NULL: the backend says "primal of ..." */
	/* Declaration statements are consumed by the parser/sema; this records things
	 * they leave to sema (see frontend). */
	IrVec decls;   /* IrDecl* from the parser, resolved by sema */
	IrVec types;   /* IrTypeDef*: the derived types this unit defines */
	IrVec structs; /* sema (sema_type.c): this unit's variables of derived type */
};

/* A derived type definition `TYPE [, PUBLIC] :: name` ... `END TYPE`. */
typedef struct IrTypeDef {
	const char *name; /* lower-cased */
	IrLoc loc;
	int access;  /* ACCESS_* attribute */
	IrVec comps; /* IrDecl* (DECL_TYPE): the component declarations as written */
	IrUnit *owner;
	void *aux; /* sema: the resolved components */
} IrTypeDef;

/* One USE statement: USE [, INTRINSIC ::] m [, ONLY: a, b => c] or USE m, b => c. */
typedef struct IrUse {
	const char *module;  /* lower-cased */
	int only;            /* ONLY: just the names listed are visible */
	int intrinsic;       /* USE, INTRINSIC :: (iso_fortran_env, iso_c_binding) */
	const char **local;  /* the names in the unit: `b` of b => c, `a` of ONLY: a */
	const char **remote; /* the names in the module: `c` of b => c, `a` of ONLY: a */
	IrLoc *locs;         /* where each name is written */
	int nnames;
	IrLoc loc;
} IrUse;

/* A generic interface `INTERFACE name ... MODULE PROCEDURE a, b ... END INTERFACE` (or with
 * interface bodies of external procedures): a reference to `name` is a reference to the one
 * specific procedure whose dummies match the actual arguments' types, kinds and ranks. */
typedef struct IrGeneric {
	const char *name;   /* lower-cased */
	const char **specs; /* the specific procedures' names */
	int nspecs;
	IrLoc loc;
} IrGeneric;

/* A declaration as parsed (sema turns these into symbols). */
typedef enum IrDeclKind {
	DECL_TYPE,       /* type-decl: base + attributes + entities */
	DECL_DIMENSION,  /* DIMENSION a(10), b(n) */
	DECL_PARAMETER,  /* PARAMETER (n = 10, m = 2*n) */
	DECL_COMMON,     /* COMMON /name/ a, b(10) */
	DECL_EXTERNAL,   /* EXTERNAL f, g */
	DECL_INTENT,     /* INTENT(IN) :: a, b  (statement form) */
	DECL_SAVE,       /* SAVE a, b (or SAVE alone: nentities == 0) */
	DECL_IMPLICIT,   /* IMPLICIT NONE / IMPLICIT REAL*8 (a-h,o-z) */
	DECL_DATA,       /* DATA a /1.0/ — entities with init */
	DECL_INTRINSIC,  /* INTRINSIC sin, cos */
	DECL_ACCESS,     /* PUBLIC / PRIVATE [[::] names] (access; nentities 0: the default) */
	DECL_NAMELIST,   /* NAMELIST /group/ a, b: common is the group's name, ents its objects */
	DECL_EQUIVALENCE /* one group of EQUIVALENCE (a, b(2), ...): ents as DATA's objects (an element's
	                    IR_REF in init); sema_equiv.c applies them after the bodies */
} IrDeclKind;

enum { ACCESS_NONE = 0, ACCESS_PUBLIC = 1, ACCESS_PRIVATE = 2 };

typedef struct IrEntity {
	const char *name; /* lower-cased */
	IrDim dims[IR_MAX_RANK];
	int rank;         /* 0 unless dimensions given here */
	IrExpr *init;     /* = expr (PARAMETER or initializer) */
	IrExpr *clen;     /* CHARACTER: its own length (name*n, name*(*)), NULL: the declaration's */
	int clen_assumed; /* name*(*) */
	IrLoc loc;
} IrEntity;

typedef struct IrDecl {
	IrDeclKind kind;
	IrLoc loc;
	IrBase base;           /* DECL_TYPE / DECL_IMPLICIT (the type word's default kind when kind is set) */
	IrExpr *kind_expr;     /* a kind given by an expression (real(dp), real(kind=wp)): sema resolves it */
	const char *type_name; /* TYPE(name): a derived type (base TY_NONE) */
	IrExpr *clen;          /* CHARACTER: the length (NULL: 1, or assumed) */
	int clen_assumed;      /* CHARACTER(LEN=*), CHARACTER*(*) */
	int is_parameter, is_save, is_external, intent, is_intrinsic, is_allocatable, is_optional;
	int is_value;      /* VALUE (a dummy the routine gets a copy of: frontend/sema_decl.c value_args) */
	int access;        /* ACCESS_*: DECL_ACCESS, or the PUBLIC/PRIVATE attribute of a DECL_TYPE */
	int has_dimension; /* DIMENSION(...) attribute: applies dims below to every entity */
	IrDim dims[IR_MAX_RANK];
	int rank;
	const char *common; /* DECL_COMMON block name ("" blank) */
	IrEntity **ents;
	int nents;
	/* DECL_DATA: objects are ents (ents[i]->init holds the object as an IR_REF, for elements),
	 * the values in order, repeats expanded */
	IrExpr **vals;
	int nvals;
	/* DECL_IMPLICIT: letter ranges; none = IMPLICIT NONE */
	int implicit_none;
	char ranges[26][2];
	int nranges;
} IrDecl;

typedef struct IrProgram {
	IrArena *arena;
	IrVec units;       /* IrUnit*: all top-level units in source order (modules included) */
	IrVec files;       /* const char* file names */
	int nsyms;         /* after sema: number of symbols (IrSym.id range) */
	int nsites;        /* after sema: number of CALL sites (and function-call sites) */
	IrVec commons;     /* after sema: IrCommon* */
	IrVec allunits;    /* after sema: every unit including CONTAINed ones, callees before callers
	                   (the units of one cycle of calls next to each other; see IrUnit.cycle) */
	IrVec externals;   /* IrUnit* routines without source described by --lib files (sema adds the
	                      ones no given file defines to allunits) */
	IrSource *sources; /* registered inputs, newest first */
	int uses_cmplx;    /* the scanner met the name CMPLX or DCMPLX (sema lowers COMPLEX then too) */
	int nerrors;       /* errors reported at locations in them (ir_error_count) */
	int error_limit;   /* errors printed at most (0: 50) */
	int nprinted;      /* errors printed so far (against error_limit) */
	int holding;       /* ir_diag_hold: diagnostics go to held, not stderr */
	IrVec held;        /* IrDiag* (ir.c) held back, in order */
	IrVec unreached;   /* IrUnit*: routines of the given files the head does not reach, left out
	                      before sema (their !$AD EXTERNAL directives still count) */
} IrProgram;

/* One COMMON block, shared by every unit that declares it (canonical members). */
typedef struct IrCommon {
	const char *name;
	IrVec members; /* IrSym* canonical symbols (kind SYM_COMMON, owner NULL) */
	IrLoc loc;
} IrCommon;

IrProgram *ir_program_new(void);
void ir_program_free(IrProgram *p);

/* ---------------------------------------------------------------- constructors */

IrExpr *ir_int(IrArena *a, int64_t v, IrLoc loc);
IrExpr *ir_int_kind(IrArena *a, int64_t v, IrBase t, IrLoc loc); /* TY_INT or TY_INT8 */
IrExpr *ir_real(IrArena *a, double v, const char *text, IrBase type, IrLoc loc);
IrExpr *ir_logical(IrArena *a, int v, IrLoc loc);
IrExpr *ir_str(IrArena *a, const char *s, IrLoc loc);
IrExpr *ir_ref(IrArena *a, const char *name, IrExpr **args, int nargs, int has_parens, IrLoc loc);
IrExpr *ir_var(IrArena *a, IrSym *sym, IrExpr **idx, int nidx, IrLoc loc);
IrExpr *ir_unop(IrArena *a, IrOp op, IrExpr *x, IrLoc loc);
IrExpr *ir_binop(IrArena *a, IrOp op, IrExpr *x, IrExpr *y, IrLoc loc);
IrExpr *ir_intrin(IrArena *a, IrIntrinsic id, IrExpr **args, int nargs, IrLoc loc);
IrExpr *ir_convert(IrArena *a, IrExpr *e, IrBase to);
IrExpr *ir_expr_copy(IrArena *a, const IrExpr *e); /* deep copy */
/* The same expression, structurally (function references are never equal). */
int ir_expr_equal(const IrExpr *x, const IrExpr *y);
/* Does e reference a user FUNCTION? */
int ir_expr_calls(const IrExpr *e);
/* The length of a CHARACTER expression (a constant, variable, element, substring, //, TRIM,
 * ADJUSTL, ADJUSTR), as an INTEGER(8) expression (shares the variables' length expressions). */
IrExpr *ir_char_len(IrArena *a, const IrExpr *e);
/* Dummy argument k of u by the name the source gives it: a VALUE dummy's hidden argument is
 * x_value, but --head, --set and stad check's rows name it x, as written. */
const char *ir_arg_written(const IrUnit *u, int k);
/* Does e read a variable (anything but constants and PARAMETERs)? */
int ir_expr_reads_variable(const IrExpr *e);
/* Is pred true of e or of any expression inside it (subscripts, operands, arguments, section
 * bounds, constructor items and implied-DO controls, keyword values, component bases)? The one
 * walker for "does this expression contain ..." questions. */
int ir_expr_any(const IrExpr *e, int (*pred)(const IrExpr *e, const void *ctx), const void *ctx);
/* Is e an implied DO of an I/O list as the parser builds it (fe_io_impldo: the array constructor
 * [(items, i = lo, hi, st)])? */
int ir_is_io_impldo(const IrExpr *e);
/* Does e reference the symbol s (itself, not what it aliases)? */
int ir_expr_mentions(const IrExpr *e, const IrSym *s);

/* The children of a statement or an expression (ir/walk.c), for passes that visit every
 * expression or nested block: expr is called with the address of each non-NULL expression a node
 * holds itself (a statement's directive arguments first, then its parts in source order; an
 * expression's operands, subscripts, arguments, section bounds, implied-DO controls and items,
 * keyword values, component bases), block with each block it holds (a statement's branches and
 * bodies, an implied DO's `pre`). Either may be NULL. The visit does not recurse: a pass's expr
 * and block functions call back into ir_expr_children and ir_stmt_children for what is inside. */
typedef struct IrVisit {
	void (*expr)(void *ctx, IrExpr **e);
	void (*block)(void *ctx, IrBlock *b);
	void *ctx;
} IrVisit;
void ir_stmt_children(IrStmt *s, const IrVisit *v);
/* The same without the directives' arguments: a statement's own parts, for passes that rewrite
 * or print what a statement computes (directive arguments name things). */
void ir_stmt_parts(IrStmt *s, const IrVisit *v);
void ir_expr_children(IrExpr *e, const IrVisit *v);
/* Calls f on every statement of b and of the statement blocks nested in it, in source order (a
 * statement before the statements of its blocks), until f returns nonzero; returns that statement,
 * or NULL. The one walker for "which statements of a routine ..." questions and for passes that
 * change statements one at a time. */
IrStmt *ir_block_find(const IrBlock *b, int (*f)(void *ctx, IrStmt *s), void *ctx);
/* A pass that rebuilds blocks statement by statement (ir_block_rewrite). stmt is called first,
 * with an empty pre for statements that must come before s (REAL temporaries of its expressions),
 * and says what is left to do:
 *   IR_REWRITE_PARTS   the walker visits s's own expressions (not its directives' arguments)
 *                      through expr and rewrites its blocks, in source order (ir_stmt_children:
 *                      an IF's first condition, its first block, its second condition, ...);
 *   IR_REWRITE_BLOCKS  stmt did s's expressions; the walker rewrites its blocks only;
 *   IR_REWRITE_DONE    stmt added what s stands for to out itself; nothing is left.
 * After PARTS and BLOCKS the walker adds pre (its first statement takes s's label) and then s. */
typedef enum { IR_REWRITE_PARTS, IR_REWRITE_BLOCKS, IR_REWRITE_DONE } IrRewriteLeft;
typedef struct IrRewrite {
	IrRewriteLeft (*stmt)(void *ctx, IrStmt *s, IrBlock *pre, IrBlock *out);
	void (*expr)(void *ctx, IrStmt *s, IrExpr **e, IrBlock *pre); /* with IR_REWRITE_PARTS */
	void *ctx;
} IrRewrite;
/* Rebuilds b, and the statement blocks nested in it, with r: the one walker for passes that
 * replace statements (sema's structure and COMPLEX lowerings). */
void ir_block_rewrite(IrArena *a, IrBlock *b, const IrRewrite *r);

/* The value of an INTEGER expression of either kind (constants, PARAMETERs, + - * / **,
 * negation, MAX, MIN, ABS, INT, MOD, SIGN), each step within the range of its kind; other variables are asked of value
 * (NULL: they make the expression non-constant). 1 with *v set, or 0. The one evaluator for
 * constant bounds in the backend and sizes given with --set in generated drivers. */
typedef int (*IrIntValue)(void *ctx, const IrSym *s, int64_t *v);
int ir_eval_int(const IrExpr *e, IrIntValue value, void *ctx, int64_t *v);
/* Fortran's b**n for INTEGERs of kind t (TY_INT or TY_INT8): 1 with *v, or 0 when the result
 * leaves that kind's range. */
int ir_int_power(int64_t b, int64_t n, IrBase t, int64_t *v);
/* a op b (+ - * / **) in INTEGER kind t: 1 with *r, 0 when it overflows, -1 for division by 0. */
int ir_int_op(IrOp op, IrBase t, int64_t a, int64_t b, int64_t *r);
int ir_int_fits(IrBase t, int64_t v); /* v within INTEGER kind t's range */

/* Writes a file atomically (a temporary beside it, then rename): 0, or -1 with errno. Every
 * file stad writes goes through here. A path that exists and is not a regular file (/dev/null,
 * a FIFO) is written into instead: never replaced. */
int ir_write_atomic(const char *path, const char *data, size_t len);

IrStmt *ir_stmt_new(IrArena *a, IrStmtKind kind, IrLoc loc);
IrStmt *ir_assign(IrArena *a, IrExpr *lhs, IrExpr *rhs, IrLoc loc);
IrStmt *ir_call(IrArena *a, const char *name, IrExpr **args, int nargs, IrLoc loc);
/* Splits IF chain s before its condition k (0 < k < ncond): conditions k... and the ELSE become
 * a new IF, the last statement of s's ELSE, after the statements pre (what must run when the
 * first k conditions are false, before condition k: a hoisted call). Returns the new IF. */
IrStmt *ir_if_split(IrArena *a, IrStmt *s, int k, IrBlock pre);
/* IF (status) THEN; status = .false.; DEALLOCATE (v); END IF: v (ALLOCATABLE, with its
 * status variable) freed when it is allocated. */
IrStmt *ir_free_allocated(IrArena *a, IrSym *v, IrLoc loc);
void ir_block_add(IrArena *a, IrBlock *b, IrStmt *s);
/* Adds to b the statements that replace s (a pass's expansion of it): the first carries s's
 * label and directives; none: a CONTINUE carrying s's label (a jump's target stays). */
void ir_block_add_replacing(IrArena *a, IrBlock *b, const IrStmt *s, const IrBlock *with);

IrUnit *ir_unit_new(IrArena *a, IrUnitKind kind, const char *name, IrLoc loc);
/* A routine without source: a SUBROUTINE, or a FUNCTION (function) whose result (named after
 * it) has type result; nargs dummies named argnames[k] (NULL: arg1, arg2, ...), untyped, and an
 * IrExternal for the caller to fill. */
IrUnit *ir_external_new(IrArena *a, const char *name, int function, IrBase result, const char *const *argnames, int nargs,
                        IrLoc loc);
IrSym *ir_sym_new(IrArena *a, IrUnit *owner, const char *name, IrSymKind kind, IrLoc loc);
IrSym *ir_unit_lookup(const IrUnit *u, const char *lowername); /* own syms only */

/* Arrays of expressions built during parsing. */
typedef struct IrExprList {
	IrExpr **v;
	int n, cap;
} IrExprList;
void ir_exprlist_push(IrArena *a, IrExprList *l, IrExpr *e);

/* ---------------------------------------------------------------- queries */

int ir_expr_is_const(const IrExpr *e);
/* Integer value of a folded constant expression; returns 0 and sets *ok = 0 otherwise. */
int64_t ir_const_int(const IrExpr *e, int *ok);
IrUnit *ir_find_unit(const IrProgram *p, const char *lowername);

/* ---------------------------------------------------------------- dump & verify */

#include <stdio.h>
void ir_dump_program(FILE *out, const IrProgram *p);
void ir_dump_unit(FILE *out, const IrUnit *u);
void ir_dump_expr(FILE *out, const IrExpr *e);
/* Checks IR invariants after sema; asserts in debug builds, returns number of problems. */
int ir_verify(const IrProgram *p);
/* The same checks on units a transformation built (not yet in the program's lists). */
int ir_verify_units(IrUnit *const *units, int n);

#endif
