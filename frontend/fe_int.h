/*
 * fe_int.h — what the frontend's parts share, and nobody else sees.
 *
 * The frontend reads a file in five steps, one file each:
 *   lines.c    the physical lines, each with the file and line it came from: line markers
 *              (`# 12 "model.F"`, as the C preprocessor writes them) honoured, INCLUDE lines
 *              replaced by the lines of their files;
 *   source.c   the text to scan: free form as is; fixed form turned into one line per statement
 *              (continuations joined, comments and columns 73+ dropped), with the original line
 *              and column of every byte so locations point into the file as written;
 *   scanner.l  raw tokens (names, numbers, strings, operators, end of statement, !$AD lines);
 *   classify.c a statement at a time: what kind of statement it is, its label, and which
 *              names are keywords here (Fortran reserves none), refusal of statements outside
 *              the subset;
 *   parser.y   the grammar, one statement per line; its actions call the constructors of
 *              nodes.c and the block builder of build.c, which assembles units, IF/DO
 *              structure, labelled DO termination and directive attachment.
 */
#ifndef STAD_FE_INT_H
#define STAD_FE_INT_H

#include <stddef.h>

#include "frontend.h"
#include "ir.h"

/* Limits that keep hostile input from exhausting the C stack of later recursive passes. */
enum {
	FE_MAX_STMT_TOKENS = 100000, /* tokens in one statement */
	FE_MAX_PARENS = 200,         /* nesting of parentheses in one statement */
	FE_MAX_EXPR_DEPTH = 1000,    /* depth of an expression tree */
	FE_MAX_NESTING = 200,        /* nested IF/DO constructs */
	FE_MAX_LABEL = 99999         /* statement labels have 1 to 5 digits */
};


/* ---------------------------------------------------------------- source.c */

/* realloc that aborts when memory runs out (nothing sensible to report then). */
void *fe_xrealloc(void *p, size_t n);

typedef struct FeCut {
	IrSource *src;
	int line;
} FeCut;

/* text[start + k] comes from files[fid], line, column col + k, up to the next run's start: one
 * run per line of code in the common case (12 bytes of position per byte of text before). */
typedef struct FeRun {
	size_t start;
	int line, col, fid;
} FeRun;

typedef struct FeSource {
	IrArena *a;
	const char *file; /* arena copy of the file name */
	IrSource *src;    /* the file's registered source */
	char *text;       /* what the scanner reads (malloc'ed) */
	size_t len;
	FeRun *runs; /* origin of text[i] (i <= len): the last run starting at or before i */
	size_t nruns;
	size_t last;      /* the run fe_source_loc found last: the scanner asks in increasing order */
	IrSource **files; /* the sources the text comes from (files[0] = src): includes, markers */
	int nfiles, capfiles;
	FeCut *cuts; /* fixed form: lines whose code beyond the line length was ignored */
	int ncuts, capcuts;
} FeSource;

/* Prepare text for scanning: lines with their origin (lines.c), fixed form converted. Reports
 * bad label fields, preprocessor lines, INCLUDE errors. preprocessed: the text is the C
 * preprocessor's output. Every location made here points to one of the program's sources. */
void fe_source_init(FeSource *s, IrSource *src, const char *text, size_t len, int fixed, int line_length, const FeOptions *opt,
                    int preprocessed);
void fe_source_free(FeSource *s);
IrLoc fe_source_loc(FeSource *s, size_t off);
/* Did the line of loc have code beyond the fixed-form line length? */
int fe_source_cut(const FeSource *s, IrLoc loc);
/* Index in s->files of the source of file `name`: the program's, registered when new with
 * text (NULL: the file's text read from disk, or none when it cannot be read). */
int fe_source_file(FeSource *s, const char *name, const char *text);

/* ---------------------------------------------------------------- lines.c */

typedef struct FeLine {
	const char *p; /* the line's text, without its newline */
	size_t n;
	int fid, line; /* where it comes from: s->files[fid], line */
	int nl;        /* a newline follows (all but a file's unterminated last line) */
} FeLine;

typedef struct FeLines {
	FeLine *v;
	size_t n, cap;
	char **bufs; /* texts of INCLUDE files, which the lines point into */
	int nbufs;
	IrLoc eof; /* the end of the file */
} FeLines;

/* The physical lines of text, line markers honoured and INCLUDE lines replaced by the lines of
 * their files. */
void fe_lines_read(FeSource *s, FeLines *out, const char *text, size_t len, int fixed, const FeOptions *opt, int preprocessed);
void fe_lines_free(FeLines *l);

/* frontend.c: reads a whole file (malloc'ed, NUL-terminated): 0 or an errno value. */
int fe_read_file(const char *path, char **buf, size_t *len);

/* ---------------------------------------------------------------- statement classes */

/* What kind of statement classify.c saw: lets the builder keep the block structure in step when
 * the statement itself is refused or has a syntax error (so END DO still finds its DO). */
typedef enum FeClassKind {
	SC_OTHER,
	SC_UNIT,     /* PROGRAM / SUBROUTINE / FUNCTION / MODULE header */
	SC_END_UNIT, /* END, END SUBROUTINE, ... */
	SC_CONTAINS,
	SC_DO, /* DO (label in do_label, 0 for END DO) */
	SC_IF_THEN,
	SC_ELSE_IF,
	SC_ELSE,
	SC_END_IF,
	SC_END_DO,
	SC_SELECT, /* SELECT CASE */
	SC_CASE,
	SC_END_SELECT,
	SC_TYPE,     /* TYPE :: name (a derived type definition) */
	SC_END_TYPE, /* END TYPE */
	SC_WHERE,    /* WHERE (mask), block form */
	SC_ELSE_WHERE,
	SC_END_WHERE,
	SC_FORALL, /* FORALL (...), block form */
	SC_END_FORALL
} FeClassKind;

typedef struct FeClass {
	int kind;          /* FeClassKind */
	int label;         /* statement label, 0 = none */
	int do_label;      /* SC_DO: terminal label */
	int unit_kind;     /* SC_UNIT: IrUnitKind */
	const char *name;  /* SC_UNIT: unit name, if seen */
	const char *cname; /* construct name `outer:` before a DO, IF or SELECT CASE */
	IrLoc loc;         /* first token */
} FeClass;

/* ---------------------------------------------------------------- tokens */

typedef struct FeTok {
	int kind; /* parser token kind (TOK_NAME, '(' ...) */
	IrLoc loc;
	size_t off, end;  /* byte range in the scanned text */
	const char *text; /* names lower-cased; literals and directives as written */
	int ival;         /* TOK_LABEL: value */
} FeTok;

/* ---------------------------------------------------------------- values of the grammar */

/* The type words a declaration can start with. */
typedef enum FeTypeWord {
	FE_TW_INTEGER,
	FE_TW_REAL,
	FE_TW_DOUBLE, /* DOUBLE PRECISION */
	FE_TW_LOGICAL,
	FE_TW_COMPLEX,
	FE_TW_DCOMPLEX, /* DOUBLE COMPLEX */
	FE_TW_CHARACTER,
	FE_TW_TYPE /* TYPE(...) */
} FeTypeWord;

typedef struct FeKind {
	const char *text; /* a kind written as a number: "8" of REAL*8 or REAL(8); NULL otherwise */
	IrExpr *expr;     /* a kind written otherwise (dp, kind(1d0)): sema resolves it */
	IrLoc loc;
	int star; /* written TYPE*n: a size in bytes (COMPLEX*16 is COMPLEX(8)) */
} FeKind;

/* A CHARACTER length as written: LEN(n) (len set) or LEN(*) (assumed). */
typedef struct FeCharLen {
	IrExpr *len;
	int assumed;
	IrLoc loc;
} FeCharLen;

typedef struct FeType {
	IrBase base;           /* TY_NONE when refused; the type word's default when kind is set */
	IrExpr *kind;          /* a kind for sema to resolve, or NULL */
	const char *type_name; /* TYPE(name): a derived type (base TY_NONE) */
	FeCharLen clen;        /* CHARACTER: its length (len NULL and not assumed: 1) */
	IrLoc loc;
} FeType;

/* `local => remote` of a USE, or a name of an ONLY list (local == remote). */
typedef struct FeRename {
	const char *local, *remote;
	IrLoc loc;
} FeRename;

typedef enum FeAttrKind {
	FE_ATTR_PARAMETER,
	FE_ATTR_SAVE,
	FE_ATTR_EXTERNAL,
	FE_ATTR_INTRINSIC,
	FE_ATTR_ALLOCATABLE,
	FE_ATTR_OPTIONAL,
	FE_ATTR_DIMENSION,
	FE_ATTR_INTENT,
	FE_ATTR_ACCESS, /* PUBLIC or PRIVATE (in intent's place: ACCESS_*) */
	FE_ATTR_TARGET, /* accepted, nothing to do: without POINTER (refused) nothing can point at it;
	                   PROTECTED and CONTIGUOUS too (fe_attr_bad) */
	FE_ATTR_VALUE,  /* VALUE: the dummy is the routine's own copy */
	FE_ATTR_BAD     /* refused already */
} FeAttrKind;

typedef struct FeAttr {
	int kind;    /* FeAttrKind */
	int intent;  /* INTENT_* */
	IrVec *dims; /* IrDim* */
	IrLoc loc;
} FeAttr;

typedef struct FePrefix {
	IrBase type;   /* typed FUNCTION prefix, TY_NONE = none */
	IrExpr *kind;  /* its kind for sema, or NULL */
	int typed;     /* a type was given (even a refused one) */
	int elemental; /* ELEMENTAL (PURE and IMPURE change nothing stad does) */
	int recursive; /* RECURSIVE: the procedure may call itself, directly or through others */
	IrLoc loc;
} FePrefix;

/* ---------------------------------------------------------------- the parser state */

typedef struct FeConstruct FeConstruct;
typedef struct FeUnitCtx FeUnitCtx;

typedef struct FeParser {
	IrProgram *prog;
	IrArena *a;
	FeSource src;

	/* classify.c: the statement being handed to the grammar */
	void *scanner; /* flex state */
	FeTok *toks;
	int ntoks, captoks, pos;
	FeClass cls; /* class of the current statement */
	int eof;
	int stmt_error;      /* an error was reported for this statement: report no other */
	int drop;            /* the statement is refused as a whole */
	int line_start;      /* scanner: nothing but blanks seen on this line yet */
	size_t off, tok_off; /* scanner: offset of the next byte, of the current token */
	int skip;            /* FeSkip: inside a refused construct, statements are skipped */
	int skip_depth;
	int iface;              /* inside an INTERFACE block (classify.c reads it whole) */
	int blockdata;          /* the MODULE statement being read is a BLOCK DATA */
	int iface_depth;        /* inside one of its interface bodies */
	IrVec old_inits;        /* IrDecl* DATA sets of the type statement being read (`REAL X /1.5/`) */
	const char *iface_name; /* the generic name, or NULL (explicit interfaces only) */
	IrLoc iface_loc;
	IrVec iface_specs; /* const char*: the specific procedures named so far */

	/* build.c */
	FeUnitCtx *units; /* open program units, innermost last */
	int nunits, capunits;
	FeConstruct *cons; /* open IF / DO constructs, innermost last */
	int ncons, capcons;
	int nopen[5];      /* open constructs of each kind (CON_DO, CON_IF, CON_SELECT, CON_WHERE, CON_FORALL) */
	int *do_labels;    /* [label]: open DOs ending at that label (allocated when needed) */
	IrVec pending;     /* IrDirective* waiting for the next statement */
	int label;         /* label of the statement being built */
	const char *cname; /* construct name of the statement being built (`outer:`), or NULL */
	IrLoc cname_loc;
	int next_label;      /* labels made up for EXIT from a named IF or SELECT: above FE_MAX_LABEL */
	int recovering;      /* fe_recover is repairing the structure: no name checks */
	IrTypeDef *cur_type; /* the derived type being defined (between TYPE and END TYPE) */
	int nerrors_at_start;
	int pointer_refused; /* a POINTER was refused in this unit: its `p => x` is dropped silently */
} FeParser;

/* The refusal of POINTER (attribute or statement); a `=>` after it in the unit says nothing more. */
#define FE_POINTER_REFUSAL                                                                                                       \
	"POINTER is not supported (use an ALLOCATABLE array, or pass the array or section to a routine and work on its dummy)"

/* ---------------------------------------------------------------- scanner.l */

int fe_scan_init(FeParser *p);
void fe_scan_free(FeParser *p);
int fe_scan_token(FeTok *tok, void *scanner); /* 0 at end of input */
/* A lexical error: reported unless this statement already has one, or is being skipped. */
void fe_lex_error(FeParser *p, IrLoc loc, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 3, 4)))
#endif
        ;

/* ---------------------------------------------------------------- classify.c */

/* Refuse a construct: one located error "... is not supported" per statement. */
void fe_refuse(FeParser *p, IrLoc loc, const char *what);

/* ---------------------------------------------------------------- nodes.c: constructors */

IrExpr *fe_int_const(FeParser *p, const char *text, IrLoc loc);
IrExpr *fe_real_const(FeParser *p, const char *text, IrLoc loc);
IrExpr *fe_str_const(FeParser *p, const char *text, IrLoc loc);
IrExpr *fe_log_const(FeParser *p, int v, IrLoc loc);
IrExpr *fe_ref(FeParser *p, const char *name, IrVec *args, int has_parens, IrLoc loc);
/* base%name or base%name(args): a component reference (sema_type.c resolves it). */
IrExpr *fe_component(FeParser *p, IrExpr *base, const char *name, IrVec *args, IrLoc loc);
IrExpr *fe_bound_ref(FeParser *p, IrExpr *base, const char *name, IrLoc loc);
IrStmt *fe_bound_call(FeParser *p, const char *base, const char *name, IrLoc loc);
/* Array syntax (sema lowers it): a subscript triplet lo:hi:st (parts may be NULL), a keyword
 * argument `dim = 1`, an array constructor, an implied DO inside one. */
IrExpr *fe_triplet(FeParser *p, IrExpr *lo, IrExpr *hi, IrExpr *st, IrLoc loc);
IrExpr *fe_keyword(FeParser *p, const char *name, IrExpr *value, IrLoc loc);
IrExpr *fe_arraycon(FeParser *p, IrVec *items, IrLoc loc);
/* `DATA s(1:3) /'abc'/`: refused, located; the entity s, so that the statement reads on. */
IrEntity *fe_data_substring(FeParser *p, const char *name, IrLoc loc);
/* `[type-spec :: items]`: INTEGER and REAL values converted (INT(v, k), REAL(v, k) around each),
 * LOGICAL as they are, CHARACTER(LEN=n) with the length kept for sema (each value padded or
 * cut); COMPLEX and derived types refused. */
IrExpr *fe_arraycon_typed(FeParser *p, FeType t, IrVec *items, IrLoc loc);
IrExpr *fe_impldo(FeParser *p, IrVec *items, IrExpr *var, IrExpr *lo, IrExpr *hi, IrExpr *st, IrLoc loc);
IrExpr *fe_binop(FeParser *p, int op, IrExpr *a, IrExpr *b, IrLoc loc);
/* `( expr )`: marks e as parenthesized (an actual `(r)` is a value, not the variable r). */
IrExpr *fe_paren(IrExpr *e);
IrExpr *fe_complex_const(FeParser *p, IrExpr *re, IrExpr *im, IrLoc loc); /* `(1.0, -2d0)` */
IrExpr *fe_data_complex(FeParser *p, IrLoc loc);
IrExpr *fe_sign(FeParser *p, int op, IrExpr *a, IrLoc loc); /* unary + (IR_ADD) or - (IR_SUB) */
IrExpr *fe_not(FeParser *p, IrExpr *a, IrLoc loc);
IrExpr *fe_io_impldo(FeParser *p, IrVec *items, IrExpr *var, IrExpr *lo, IrExpr *hi, IrExpr *st, IrLoc loc);

/* DATA: one set (objects / values /), an array element object, a named constant value, a
 * repeat count n*c (expanded), and two value lists joined. */
IrDecl *fe_data_set(FeParser *p, IrVec *objs, IrVec *vals, IrLoc loc);
IrEntity *fe_data_element(FeParser *p, const char *name, IrVec *subs, IrLoc loc);
IrEntity *fe_data_impldo(FeParser *p, IrExpr *ido);
IrExpr *fe_data_name(FeParser *p, const char *name, IrLoc loc);
IrVec *fe_data_repeat(FeParser *p, const char *count, IrExpr *value, IrLoc loc);
IrVec *fe_data_concat(FeParser *p, IrVec *a, IrVec *b);

IrVec *fe_list(FeParser *p, void *first); /* new list; first may be NULL (empty list) */
IrVec *fe_append(FeParser *p, IrVec *l, void *x);

IrStmt *fe_assign(FeParser *p, IrExpr *lhs, IrExpr *rhs, IrLoc loc);
IrStmt *fe_call(FeParser *p, const char *name, IrVec *args, IrLoc loc);
/* ALLOCATE (allocate = 1) or DEALLOCATE (0) of the objects args: a call of the pseudo-routine
 * "%allocate" / "%deallocate" that sema lowers (sema_alloc.c). */
IrStmt *fe_allocate(FeParser *p, int allocate, IrVec *args, IrLoc loc);
IrStmt *fe_simple(FeParser *p, IrStmtKind kind, IrLoc loc);
IrStmt *fe_print(FeParser *p, IrExpr *fmt, IrVec *items, IrLoc loc);
IrStmt *fe_io(FeParser *p, int io, IrVec *ctl, IrVec *items, IrLoc loc);
IrStmt *fe_read_star(FeParser *p, IrVec *items, IrLoc loc);
IrStmt *fe_format(FeParser *p, const char *text, IrLoc loc);
IrStmt *fe_stop(FeParser *p, IrExpr *code, int error, IrLoc loc); /* error: ERROR STOP */
/* A label in a GO TO or arithmetic IF, as an integer constant (0 when invalid: reported). */
IrExpr *fe_label_ref(FeParser *p, const char *text, IrLoc loc);
IrStmt *fe_goto(FeParser *p, IrExpr *label, IrLoc loc);
IrStmt *fe_computed_goto(FeParser *p, IrVec *labels, IrExpr *index, IrLoc loc);
IrStmt *fe_arith_if(FeParser *p, IrExpr *value, IrExpr *neg, IrExpr *zero, IrExpr *pos, IrLoc loc);
IrCaseItem *fe_case_item(FeParser *p, IrExpr *lo, IrExpr *hi, int range, IrLoc loc);
IrStmt *fe_logical_if(FeParser *p, IrExpr *cond, IrStmt *then, IrLoc loc);
IrStmt *fe_where_stmt(FeParser *p, IrExpr *mask, IrStmt *then, IrLoc loc);
IrExpr *fe_forall_index(FeParser *p, const char *name, IrExpr *lo, IrExpr *hi, IrExpr *st, IrLoc loc);
IrStmt *fe_forall_stmt(FeParser *p, IrVec *spec, IrStmt *then, IrLoc loc);
IrStmt *fe_do(FeParser *p, int label, const char *var, IrLoc varloc, IrExpr *lo, IrExpr *hi, IrExpr *step, IrLoc loc);
IrStmt *fe_dowhile(FeParser *p, int label, IrExpr *cond, IrLoc loc);
void *fe_refused(FeParser *p, IrLoc loc, const char *what); /* reports; NULL stands for the refused item */
int fe_do_label(FeParser *p, const char *text, IrLoc loc);

FeKind fe_kind(FeParser *p, const char *digits, IrLoc loc);
FeKind fe_kind_expr(FeParser *p, IrExpr *e, IrLoc loc);
FeKind fe_kind_none(void);
/* The type of a type word's default type (TY_INT, TY_REAL4, TY_LOGICAL) with kind number k, or
 * TY_NONE with *why saying what is not supported ("REAL(16) is not supported (...)"). Shared by
 * the parser (numbers) and sema (named and computed kinds). */
IrBase fe_kind_type(IrArena *a, IrBase deflt, int64_t k, const char **why);
FeType fe_type(FeParser *p, int word, FeKind kind, IrLoc loc);
FeCharLen fe_char_len(FeParser *p, IrExpr *len, IrLoc loc);
FeCharLen fe_char_len_deferred(FeParser *p, IrLoc loc); /* len NULL: `*` */
/* a(i)(lo:hi): the substring of an element, for sema (stad_substr(a(i), lo:hi)) */
IrExpr *fe_substring(FeParser *p, IrExpr *ref, IrExpr *range, IrLoc loc);
FeType fe_char_type(FeParser *p, FeCharLen len, IrLoc loc);
IrEntity *fe_entity_len(FeParser *p, IrEntity *e, FeCharLen len);
/* The old-style initialisation of a type statement's entity, `DOUBLE PRECISION C /2.5D0/` (a DEC
 * extension gfortran -std=legacy takes): a DATA set of e kept for fe_old_inits_add. Returns e. */
IrEntity *fe_entity_old_init(FeParser *p, IrEntity *e, IrVec *vals, IrLoc loc);
/* After the type statement: its old-style initialisations as DATA statements. */
void fe_old_inits_add(FeParser *p);
FePrefix fe_prefix_none(void);
FePrefix fe_prefix_type(FeParser *p, FePrefix acc, FeType t);
FePrefix fe_prefix_join(FeParser *p, FePrefix a, FePrefix b);
FePrefix fe_prefix_recursive(void);
FePrefix fe_prefix_bad(FeParser *p, FePrefix acc, const char *what, IrLoc loc);
FePrefix fe_prefix_elemental(void);
FeAttr fe_attr(FeParser *p, int kind, int intent, IrVec *dims, IrLoc loc);
FeAttr fe_attr_bad(FeParser *p, const char *word, IrLoc loc);

IrDim *fe_dim(FeParser *p, IrExpr *lo, IrExpr *hi, IrLoc loc);
IrDim *fe_dim_deferred(FeParser *p, IrExpr *lo, IrLoc loc);
IrEntity *fe_entity(FeParser *p, const char *name, IrVec *dims, IrExpr *init, IrLoc loc);
/* A generic interface, from the statement classify.c makes of its block: the name, then the
 * specific procedures (IrEntity* of name_list). */
void fe_generic(FeParser *p, const char *name, IrVec *specs, IrLoc loc);
/* An INTERFACE block of interface bodies without a generic name, from the statement classify.c
 * makes of it: the procedures it gives an explicit interface (IrEntity* of name_list). */
void fe_interfaces(FeParser *p, IrVec *names, IrLoc loc);
IrDecl *fe_decl_type(FeParser *p, FeType t, IrLoc loc);
IrDecl *fe_decl_attr(FeParser *p, IrDecl *d, FeAttr a);
IrDecl *fe_decl_ents(FeParser *p, IrDecl *d, IrVec *ents);
IrDecl *fe_decl(FeParser *p, IrDeclKind kind, IrVec *ents, IrLoc loc);
IrDecl *fe_decl_save(FeParser *p, IrVec *ents, IrLoc loc); /* NULL when only COMMON blocks */
IrDecl *fe_decl_intent(FeParser *p, int intent, IrVec *ents, IrLoc loc);
IrDecl *fe_decl_common(FeParser *p, const char *block, IrVec *ents, IrLoc loc);
IrDecl *fe_decl_namelist(FeParser *p, const char *group, IrVec *ents, IrLoc loc);
IrDecl *fe_implicit_none(FeParser *p, IrLoc loc);
IrDecl *fe_implicit(FeParser *p, FeType t, IrVec *ranges, IrLoc loc);
IrDecl *fe_decl_access(FeParser *p, int access, IrVec *ents, IrLoc loc);
IrUse *fe_use_head(FeParser *p, const char *module, int intrinsic, IrLoc loc);
IrUse *fe_use_names(FeParser *p, IrUse *u, int only, IrVec *renames); /* FeRename* */
FeRename *fe_rename(FeParser *p, const char *local, const char *remote, IrLoc loc);
/* A letter range of IMPLICIT as two characters "ah" (arena), or NULL when refused. */
const char *fe_letters(FeParser *p, const char *lo, const char *hi, IrLoc loc);

/* Does an expression tree exceed FE_MAX_EXPR_DEPTH? (iterative: never recurses) */
int fe_expr_too_deep(const IrExpr *e);

/* ---------------------------------------------------------------- build.c: block builder */

void fe_label(FeParser *p, int label);
void fe_unit_begin(FeParser *p, IrUnitKind kind, const char *name, IrVec *args, const char *result, FePrefix pre, IrLoc loc);
void fe_unit_end(FeParser *p, int kind, const char *name, IrLoc loc); /* kind -1: plain END */
void fe_contains(FeParser *p, IrLoc loc);
void fe_use(FeParser *p, IrUse *use, IrLoc loc);
void fe_decl_add(FeParser *p, IrDecl *d);
/* TYPE [, PUBLIC|PRIVATE] :: name ... END TYPE [name]: the component declarations between them
 * go to the type (fe_decl_add); SEQUENCE is accepted there. */
void fe_type_begin(FeParser *p, const char *name, int access, IrLoc loc);
void fe_type_end(FeParser *p, const char *name, IrLoc loc);
void fe_sequence(FeParser *p, IrLoc loc);
void fe_decls_add(FeParser *p, IrVec *decls);
void fe_stmt(FeParser *p, IrStmt *s); /* NULL: refused statement (its label still counts) */
void fe_do_begin(FeParser *p, IrStmt *s, int end_label, IrLoc loc);
void fe_do_end(FeParser *p, const char *name, IrLoc loc);
void fe_if_begin(FeParser *p, IrExpr *cond, IrLoc loc);
void fe_else_if(FeParser *p, IrExpr *cond, const char *name, IrLoc loc);
void fe_else(FeParser *p, const char *name, IrLoc loc);
void fe_if_end(FeParser *p, const char *name, IrLoc loc);
void fe_where_begin(FeParser *p, IrExpr *mask, IrLoc loc);
void fe_elsewhere(FeParser *p, IrExpr *mask, const char *name, IrLoc loc);
void fe_where_end(FeParser *p, const char *name, IrLoc loc);
void fe_do_concurrent(FeParser *p, IrVec *spec, IrLoc loc);
IrStmt *fe_return_alt(FeParser *p, IrExpr *k, IrLoc loc);
IrExpr *fe_alt_return_actual(FeParser *p, const char *label, IrLoc loc);
void fe_forall_begin(FeParser *p, IrVec *spec, IrLoc loc);
void fe_forall_end(FeParser *p, const char *name, IrLoc loc);
void fe_select_begin(FeParser *p, IrExpr *selector, IrLoc loc);
void fe_case(FeParser *p, IrVec *items, const char *name, IrLoc loc); /* items NULL: CASE DEFAULT */
void fe_select_end(FeParser *p, const char *name, IrLoc loc);
/* The construct name of the statement being read (`outer:`), for the DO, IF or SELECT it opens. */
void fe_construct_name(FeParser *p, const char *name, IrLoc loc);
/* EXIT or CYCLE [name]: the loop it concerns is found among the open constructs; an EXIT
 * from a named IF or SELECT CASE becomes a GO TO the statement after that construct. */
IrStmt *fe_exit(FeParser *p, IrStmtKind kind, const char *name, IrLoc loc, IrLoc nameloc);
void fe_directive(FeParser *p, const char *text, IrVec *args, IrLoc loc);
void fe_recover(FeParser *p, FeClass cls); /* keep the structure after a bad statement */
void fe_build_finish(FeParser *p, IrLoc eof);
void fe_build_free(FeParser *p);

/* build.c: the known !$AD directive nearest to text's first word (two edits at most), or NULL */
const char *fe_directive_near(const char *text);

#endif
