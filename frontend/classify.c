/*
 * classify.c — statement classification for the grammar: labels, keywords by context, refusals.
 *
 * Fortran reserves no words: `if = 1`, `real = x` and `do = 2` are assignments, and `result`,
 * `data` or `then` are ordinary variable names. So the scanner returns every word as a name,
 * and this file reads one whole statement at a time and decides which of its names are
 * keywords, the way a Fortran programmer reads it:
 *   1. a leading integer is the statement label;
 *   2. `name [(...)] = ...` is an assignment: no keywords at all;
 *   3. otherwise the first word says what the statement is (table FE_STATEMENTS), and a small
 *      routine per statement kind marks the keywords further on (THEN after IF (...), WHILE
 *      after DO, KIND= in a kind selector, attributes after a type, RESULT after a FUNCTION's
 *      arguments...). Glued spellings (ENDDO, ELSEIF, DOUBLEPRECISION, GOTO) are split.
 * A construct name (`outer: do ...`) becomes one TOK_CNAME token.
 * Statements outside the subset are refused here when the grammar could not even read them:
 * one located error, then the statement is dropped (SELECT TYPE, INTERFACE, derived TYPE
 * definitions also skip everything up to their END). A dropped
 * statement still tells the builder what it was (fe_recover), so an END DO later on still finds
 * its DO. The grammar then sees clean statements ending in TOK_EOS.
 */
#include "fe_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"

/* ---------------------------------------------------------------- errors */

void fe_lex_error(FeParser *p, IrLoc loc, const char *fmt, ...)
{
	int quiet = p->stmt_error || p->skip;
	p->stmt_error = 1;
	p->drop = 1;
	if (quiet)
		return;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *msg = malloc((size_t)(n > 0 ? n : 0) + 1);
	if (!msg)
		abort();
	va_start(ap, fmt);
	vsnprintf(msg, (size_t)(n > 0 ? n : 0) + 1, fmt, ap);
	va_end(ap);
	ir_error(loc, "%s", msg);
	free(msg);
}

void fe_refuse(FeParser *p, IrLoc loc, const char *msg)
{
	if (!p->stmt_error && !p->skip)
		ir_error(loc, "%s", msg);
	p->stmt_error = 1;
}

/* Refuse the whole statement: it is dropped (the builder still learns its class). */
static void refuse_drop(FeParser *p, IrLoc loc, const char *msg)
{
	fe_refuse(p, loc, msg);
	p->drop = 1;
}

/* ---------------------------------------------------------------- the statement's tokens */

static void push_tok(FeParser *p, const FeTok *t)
{
	if (p->ntoks == p->captoks) {
		int cap = p->captoks ? p->captoks * 2 : 64;
		FeTok *v = realloc(p->toks, sizeof *v * (size_t)cap);
		if (!v)
			abort();
		p->toks = v;
		p->captoks = cap;
	}
	p->toks[p->ntoks++] = *t;
}

/* Statement length without its final TOK_EOS. */
static int slen(const FeParser *p)
{
	return p->ntoks - 1;
}

static int kind_at(const FeParser *p, int i)
{
	return i >= 0 && i < slen(p) ? p->toks[i].kind : TOK_EOS;
}

static int is_name(const FeParser *p, int i, const char *w)
{
	return kind_at(p, i) == TOK_NAME && strcmp(p->toks[i].text, w) == 0;
}

static void set_kw(FeParser *p, int i, int kind)
{
	if (i < slen(p))
		p->toks[i].kind = kind;
}

/* Index of the `)` matching the `(` at i, or -1. */
static int match_paren(const FeParser *p, int i)
{
	int depth = 0;
	for (int k = i; k < slen(p); k++) {
		int c = p->toks[k].kind;
		if (c == '(' || c == TOK_LARRAY)
			depth++;
		else if ((c == ')' || c == TOK_RARRAY) && --depth == 0)
			return k;
	}
	return -1;
}

/* Remove tokens [i, j). */
static void delete_toks(FeParser *p, int i, int j)
{
	if (j <= i)
		return;
	memmove(p->toks + i, p->toks + j, sizeof(FeTok) * (size_t)(p->ntoks - j));
	p->ntoks -= j - i;
}

static void insert_tok(FeParser *p, int i, const FeTok *t)
{
	push_tok(p, t); /* grow */
	memmove(p->toks + i + 1, p->toks + i, sizeof(FeTok) * (size_t)(p->ntoks - 1 - i));
	p->toks[i] = *t;
}

/* Keywords written as one word. */
static const struct {
	const char *word;
	int split; /* length of the first part */
} glued[] = {
        {"enddo", 3},      {"endif", 3},     {"elseif", 4},          {"endsubroutine", 3}, {"endfunction", 3},
        {"endprogram", 3}, {"endmodule", 3}, {"endselect", 3},       {"endwhere", 3},      {"endinterface", 3},
        {"endtype", 3},    {"endforall", 3}, {"endblock", 3},        {"endblockdata", 3},  {"endassociate", 3},
        {"endfile", 3},    {"goto", 2},      {"doubleprecision", 6}, {"doublecomplex", 6}, {"selectcase", 6},
        {"selecttype", 6}, {"blockdata", 5}, {"elsewhere", 4},       {"dowhile", 2},
};

/* `goto10` (fixed form, where blanks do not separate): GO, TO and the label. */
static void unglue_goto_label(FeParser *p, int i)
{
	const char *w = p->toks[i].text;
	if (strncmp(w, "goto", 4) != 0 || !w[4])
		return;
	for (const char *c = w + 4; *c; c++)
		if (*c < '0' || *c > '9')
			return;
	FeTok go = p->toks[i], to = p->toks[i], lab = p->toks[i];
	go.text = "go";
	go.end = go.off + 2;
	to.text = "to";
	to.off += 2;
	to.end = to.off + 2;
	to.loc.col += 2;
	lab.kind = TOK_INT;
	lab.text = w + 4;
	lab.off += 4;
	lab.loc.col += 4;
	p->toks[i] = go;
	insert_tok(p, i + 1, &to);
	insert_tok(p, i + 2, &lab);
}

/* Split a glued keyword at i into two names. */
static void unglue(FeParser *p, int i)
{
	if (kind_at(p, i) != TOK_NAME)
		return;
	const char *w = p->toks[i].text;
	if (!strncmp(w, "goto", 4) && w[4] >= '0' && w[4] <= '9') {
		unglue_goto_label(p, i);
		return;
	}
	/* `exitouter`: EXIT or CYCLE and a construct name, joined when the name is continued from
	 * a full fixed-form line (a lone name is no statement, so nothing else reads this way) */
	size_t kw = !strncmp(w, "exit", 4) ? 4 : !strncmp(w, "cycle", 5) ? 5 : 0;
	if (kw && w[kw] && i + 1 == slen(p)) {
		FeTok name = p->toks[i];
		name.text = w + kw;
		name.off += kw;
		name.loc.col += (int)kw;
		p->toks[i].text = ir_strndup(p->a, w, kw);
		p->toks[i].end = p->toks[i].off + kw;
		insert_tok(p, i + 1, &name);
		return;
	}
	for (size_t g = 0; g < sizeof glued / sizeof glued[0]; g++) {
		if (w[0] != glued[g].word[0] || strcmp(w, glued[g].word) != 0) /* (asked of every statement) */
			continue;
		if (strcmp(w, "dowhile") == 0 && kind_at(p, i + 1) != '(')
			return;
		FeTok second = p->toks[i];
		size_t k = (size_t)glued[g].split;
		second.text = w + k;
		second.off += k;
		second.loc.col += (int)k;
		p->toks[i].text = ir_strndup(p->a, w, k);
		p->toks[i].end = p->toks[i].off + k;
		insert_tok(p, i + 1, &second);
		return;
	}
}

static char *upper(FeParser *p, const char *w)
{
	char *s = ir_strdup(p->a, w);
	for (char *q = s; *q; q++)
		if (*q >= 'a' && *q <= 'z')
			*q = (char)(*q - 'a' + 'A');
	return s;
}

/* ---------------------------------------------------------------- statement table */

typedef enum How {
	K_SIMPLE, /* the keyword alone; the grammar reads the rest */
	K_CONTAINS,
	K_UNIT, /* PROGRAM, SUBROUTINE, FUNCTION and procedure prefixes */
	K_MODULE,
	K_TYPE, /* a type: declaration or typed FUNCTION */
	K_END,
	K_IF,
	K_ELSE,
	K_DO,
	K_USE,
	K_IMPLICIT,
	K_INTENT,
	K_ACCESS, /* PUBLIC, PRIVATE */
	K_WRITE,
	K_FORMAT,
	K_GO, /* GO TO */
	K_SELECT,
	K_CASE,
	K_WHERE,  /* WHERE: one-line or block */
	K_FORALL, /* FORALL: one-line or block */
	K_BLOCK,  /* BLOCK DATA or BLOCK construct */
	K_SKIP,   /* a refused construct: skipped up to its END */
	K_ABSTRACT,
	K_PROCEDURE, /* PROCEDURE(iface) :: f, a procedure dummy: read as EXTERNAL f */
	K_ERROR,     /* ERROR STOP */
	K_REFUSE     /* a refused statement */
} How;

/* Constructs skipped up to their END: what closes them, whether END of a unit stops skipping
 * (when the END of the construct is missing). */
typedef enum Skip {
	SKIP_NONE,
	SKIP_SELECT,
	SKIP_INTERFACE,
	SKIP_TYPE,
	SKIP_BLOCKDATA,
	SKIP_BLOCK,
	SKIP_ASSOCIATE,
	SKIP_SUBMODULE
} Skip;

static const struct {
	const char *open;  /* first word of a nested construct of the same kind */
	const char *close; /* word after END */
	int unit_stops;    /* a unit's END or CONTAINS ends the skipping (missing END X) */
} skips[] = {
        [SKIP_NONE] = {NULL, NULL, 0},
        [SKIP_SELECT] = {"select", "select", 1},
        [SKIP_INTERFACE] = {"interface", "interface", 0},
        [SKIP_TYPE] = {NULL, "type", 0},
        [SKIP_BLOCKDATA] = {NULL, NULL, 0},
        [SKIP_BLOCK] = {"block", "block", 1},
        [SKIP_ASSOCIATE] = {"associate", "associate", 1},
        [SKIP_SUBMODULE] = {NULL, "submodule", 0},
};

/* What to write instead of NAMELIST (READ is supported: frontend/sema_io.c). */
#define FE_ASSOCIATE_REFUSAL                                                                                                     \
	"ASSOCIATE is not supported: write the variable or expression in place of each name (an expression assigned to a local variable first)"
#define FE_BLOCK_REFUSAL                                                                                                         \
	"BLOCK constructs are not supported: declare the block's variables in the routine and delete BLOCK and END BLOCK"
#define FE_ENTRY_REFUSAL                                                                                                         \
	"ENTRY is not supported: make a separate subroutine per entry (the code they share in a routine they call)"
#define FE_PAUSE_REFUSAL "PAUSE is not supported: delete it, or WRITE its message instead"
#define FE_ASSIGN_ADVICE ": use an INTEGER variable set to 1, 2, ... and a computed GO TO, GO TO (10, 20), k"

/*  X(first word, keyword token, how, skip kind, message when refused) */
#define FE_STATEMENTS(X)                                                                                                         \
	X("program", TOK_PROGRAM, K_UNIT, SKIP_NONE, NULL)                                                                       \
	X("subroutine", TOK_SUBROUTINE, K_UNIT, SKIP_NONE, NULL)                                                                 \
	X("function", TOK_FUNCTION, K_UNIT, SKIP_NONE, NULL)                                                                     \
	X("recursive", TOK_RECURSIVE, K_UNIT, SKIP_NONE, NULL)                                                                   \
	X("pure", TOK_PURE, K_UNIT, SKIP_NONE, NULL)                                                                             \
	X("elemental", TOK_ELEMENTAL, K_UNIT, SKIP_NONE, NULL)                                                                   \
	X("impure", TOK_IMPURE, K_UNIT, SKIP_NONE, NULL)                                                                         \
	X("module", TOK_MODULE, K_MODULE, SKIP_NONE, NULL)                                                                       \
	X("submodule", 0, K_SKIP, SKIP_SUBMODULE, "SUBMODULE is not supported: put the procedures in the module")              \
	X("integer", TOK_INTEGER, K_TYPE, SKIP_NONE, NULL)                                                                       \
	X("real", TOK_REAL, K_TYPE, SKIP_NONE, NULL)                                                                             \
	X("double", TOK_DOUBLE, K_TYPE, SKIP_NONE, NULL)                                                                         \
	X("logical", TOK_LOGICAL, K_TYPE, SKIP_NONE, NULL)                                                                       \
	X("complex", TOK_COMPLEX, K_TYPE, SKIP_NONE, NULL)                                                                       \
	X("character", TOK_CHARACTER, K_TYPE, SKIP_NONE, NULL)                                                                   \
	X("type", TOK_TYPE, K_TYPE, SKIP_TYPE, "this derived type definition is not supported")                                  \
	X("end", TOK_END, K_END, SKIP_NONE, NULL)                                                                                \
	X("contains", TOK_CONTAINS, K_CONTAINS, SKIP_NONE, NULL)                                                                 \
	X("use", TOK_USE, K_USE, SKIP_NONE, NULL)                                                                                \
	X("implicit", TOK_IMPLICIT, K_IMPLICIT, SKIP_NONE, NULL)                                                                 \
	X("dimension", TOK_DIMENSION, K_SIMPLE, SKIP_NONE, NULL)                                                                 \
	X("parameter", TOK_PARAMETER, K_SIMPLE, SKIP_NONE, NULL)                                                                 \
	X("common", TOK_COMMON, K_SIMPLE, SKIP_NONE, NULL)                                                                       \
	X("external", TOK_EXTERNAL, K_SIMPLE, SKIP_NONE, NULL)                                                                   \
	X("intrinsic", TOK_INTRINSIC, K_SIMPLE, SKIP_NONE, NULL)                                                                 \
	X("save", TOK_SAVE, K_SIMPLE, SKIP_NONE, NULL)                                                                           \
	X("intent", TOK_INTENT, K_INTENT, SKIP_NONE, NULL)                                                                       \
	X("if", TOK_IF, K_IF, SKIP_NONE, NULL)                                                                                   \
	X("else", TOK_ELSE, K_ELSE, SKIP_NONE, NULL)                                                                             \
	X("do", TOK_DO, K_DO, SKIP_NONE, NULL)                                                                                   \
	X("call", TOK_CALL, K_SIMPLE, SKIP_NONE, NULL)                                                                           \
	X("return", TOK_RETURN, K_SIMPLE, SKIP_NONE, NULL)                                                                       \
	X("continue", TOK_CONTINUE, K_SIMPLE, SKIP_NONE, NULL)                                                                   \
	X("exit", TOK_EXIT, K_SIMPLE, SKIP_NONE, NULL)                                                                           \
	X("cycle", TOK_CYCLE, K_SIMPLE, SKIP_NONE, NULL)                                                                         \
	X("stop", TOK_STOP, K_SIMPLE, SKIP_NONE, NULL)                                                                           \
	X("print", TOK_PRINT, K_SIMPLE, SKIP_NONE, NULL)                                                                         \
	X("write", TOK_WRITE, K_WRITE, SKIP_NONE, NULL)                                                                          \
	X("go", TOK_GO, K_GO, SKIP_NONE, NULL)                                                                                   \
	X("select", TOK_SELECT, K_SELECT, SKIP_SELECT, NULL)                                                                     \
	X("case", TOK_CASE, K_CASE, SKIP_NONE, NULL)                                                                             \
	X("where", TOK_WHERE, K_WHERE, SKIP_NONE, NULL)                                                                          \
	X("forall", TOK_FORALL, K_FORALL, SKIP_NONE, NULL)                                                                       \
	X("interface", 0, K_SKIP, SKIP_INTERFACE, "INTERFACE blocks are not supported")                                          \
	X("abstract", 0, K_ABSTRACT, SKIP_INTERFACE, "INTERFACE blocks are not supported")                                       \
	X("associate", 0, K_SKIP, SKIP_ASSOCIATE, FE_ASSOCIATE_REFUSAL)                                                          \
	X("block", 0, K_BLOCK, SKIP_BLOCK, FE_BLOCK_REFUSAL)                                                                     \
	X("error", TOK_ERROR, K_ERROR, SKIP_NONE, NULL)                                                                          \
	X("allocate", TOK_ALLOCATE, K_SIMPLE, SKIP_NONE, NULL)                                                                   \
	X("deallocate", TOK_DEALLOCATE, K_SIMPLE, SKIP_NONE, NULL)                                                               \
	X("nullify", 0, K_REFUSE, SKIP_NONE, "NULLIFY is not supported")                                                         \
	X("allocatable", 0, K_REFUSE, SKIP_NONE, "the ALLOCATABLE statement is not supported")                                   \
	X("pointer", 0, K_REFUSE, SKIP_NONE, FE_POINTER_REFUSAL)                                                                 \
	X("target", 0, K_REFUSE, SKIP_NONE, "TARGET is not supported")                                                           \
	X("optional", 0, K_REFUSE, SKIP_NONE, "the OPTIONAL statement is not supported")                                         \
	X("value", 0, K_REFUSE, SKIP_NONE, "VALUE is not supported")                                                             \
	X("volatile", 0, K_REFUSE, SKIP_NONE, "the VOLATILE statement is not supported (give the attribute in the declaration)")                                                       \
	X("protected", 0, K_REFUSE, SKIP_NONE, "PROTECTED is not supported")                                                     \
	X("public", TOK_PUBLIC, K_ACCESS, SKIP_NONE, NULL)                                                                       \
	X("private", TOK_PRIVATE, K_ACCESS, SKIP_NONE, NULL)                                                                     \
	X("sequence", TOK_SEQUENCE, K_SIMPLE, SKIP_NONE, NULL)                                                                   \
	X("read", TOK_READ, K_SIMPLE, SKIP_NONE, NULL)                                                                           \
	X("open", TOK_OPEN, K_SIMPLE, SKIP_NONE, NULL)                                                                           \
	X("close", TOK_CLOSE, K_SIMPLE, SKIP_NONE, NULL)                                                                         \
	X("inquire", TOK_INQUIRE, K_SIMPLE, SKIP_NONE, NULL)                                                                     \
	X("rewind", TOK_REWIND, K_SIMPLE, SKIP_NONE, NULL)                                                                       \
	X("backspace", TOK_BACKSPACE, K_SIMPLE, SKIP_NONE, NULL)                                                                 \
	X("flush", TOK_FLUSH, K_SIMPLE, SKIP_NONE, NULL)                                                                         \
	X("format", TOK_FORMAT, K_FORMAT, SKIP_NONE, NULL)                                                                       \
	X("equivalence", TOK_EQUIVALENCE, K_SIMPLE, SKIP_NONE, NULL)                                                             \
	X("entry", 0, K_REFUSE, SKIP_NONE, FE_ENTRY_REFUSAL)                                                                     \
	X("include", 0, K_REFUSE, SKIP_NONE, "INCLUDE must stand alone on its line (include 'file')")                            \
	X("data", TOK_DATA, K_SIMPLE, SKIP_NONE, NULL)                                                                           \
	X("namelist", TOK_NAMELIST, K_SIMPLE, SKIP_NONE, NULL)                                                                   \
	X("pause", 0, K_REFUSE, SKIP_NONE, FE_PAUSE_REFUSAL)                                                                     \
	X("assign", 0, K_REFUSE, SKIP_NONE, "ASSIGN is not supported" FE_ASSIGN_ADVICE)                                          \
	X("procedure", 0, K_PROCEDURE, SKIP_NONE, NULL)                                                                          \
	X("class", 0, K_REFUSE, SKIP_NONE, "CLASS is not supported (declare it TYPE(name): no polymorphism)")                    \
	X("import", 0, K_REFUSE, SKIP_NONE, "IMPORT is not supported")                                                           \
	X("enum", 0, K_REFUSE, SKIP_NONE, "ENUM is not supported")

typedef struct StmtWord {
	const char *word;
	int tok;
	How how;
	Skip skip;
	const char *refused;
} StmtWord;

static const StmtWord statements[] = {
#define X(w, t, h, s, m) {w, t, h, s, m},
        FE_STATEMENTS(X)
#undef X
};

static const StmtWord *statement_word(const FeParser *p, int i)
{
	if (kind_at(p, i) != TOK_NAME)
		return NULL;
	const char *w = p->toks[i].text;
	for (size_t k = 0; k < sizeof statements / sizeof statements[0]; k++)
		if (statements[k].word[0] == w[0] && strcmp(statements[k].word, w) == 0) /* (asked of every statement) */
			return &statements[k];
	return NULL;
}

/* Attributes after a type: X(word, token (TOK_ATTR_BAD: refused)) */
#define FE_ATTRIBUTES(X)                                                                                                         \
	X("parameter", TOK_PARAMETER)                                                                                            \
	X("save", TOK_SAVE)                                                                                                      \
	X("external", TOK_EXTERNAL)                                                                                              \
	X("intrinsic", TOK_INTRINSIC)                                                                                            \
	X("dimension", TOK_DIMENSION)                                                                                            \
	X("intent", TOK_INTENT)                                                                                                  \
	X("allocatable", TOK_ALLOCATABLE)                                                                                        \
	X("pointer", TOK_ATTR_BAD)                                                                                               \
	X("target", TOK_TARGET)                                                                                                  \
	X("optional", TOK_OPTIONAL)                                                                                              \
	X("public", TOK_PUBLIC)                                                                                                  \
	X("private", TOK_PRIVATE)                                                                                                \
	X("value", TOK_ATTR_BAD)                                                                                                 \
	X("volatile", TOK_ATTR_BAD)                                                                                              \
	X("protected", TOK_ATTR_BAD)                                                                                             \
	X("asynchronous", TOK_ATTR_BAD)                                                                                          \
	X("contiguous", TOK_ATTR_BAD)                                                                                            \
	X("bind", TOK_ATTR_BAD)

static int attribute_token(const char *w)
{
	static const struct {
		const char *word;
		int tok;
	} attrs[] = {
#define X(w, t) {w, t},
	        FE_ATTRIBUTES(X)
#undef X
	};
	for (size_t k = 0; k < sizeof attrs / sizeof attrs[0]; k++)
		if (strcmp(attrs[k].word, w) == 0)
			return attrs[k].tok;
	return 0;
}

/* ---------------------------------------------------------------- classification */

static void classify(FeParser *p, int s, int in_if);
static void classify_procedure(FeParser *p, int s);

/* `name [(...)] [% name [(...)]]... = ...` with a single `=`: an assignment, whatever the
 * names. */
static int is_assignment(const FeParser *p, int s)
{
	int i = s;
	for (;;) {
		if (kind_at(p, i) != TOK_NAME)
			return 0;
		i++;
		if (kind_at(p, i) == '(') {
			i = match_paren(p, i);
			if (i < 0)
				return 0;
			i++;
		}
		if (kind_at(p, i) != '%')
			break;
		i++;
	}
	return kind_at(p, i) == '=';
}

static int is_type_word(const FeParser *p, int i)
{
	static const char *const words[] = {"integer",       "real",    "double",  "doubleprecision",
	                                    "doublecomplex", "logical", "complex", "character"};
	if (kind_at(p, i) != TOK_NAME)
		return 0;
	for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
		if (strcmp(p->toks[i].text, words[k]) == 0)
			return 1;
	return is_name(p, i, "type") && kind_at(p, i + 1) == '(';
}

/* A token of kind k (a parenthesis) located at tokens[at]. */
static FeTok made_tok(const FeParser *p, int at, int k)
{
	FeTok t = p->toks[at];
	t.kind = k;
	t.text = k == '(' ? "(" : ")";
	return t;
}

/* `*n` or `*(len)` at i (after CHARACTER or an entity's name): written LEN(n), LEN(len) for the
 * grammar. Returns the index after it. */
static int char_length_star(FeParser *p, int i)
{
	p->toks[i].kind = TOK_CHARLEN;
	if (kind_at(p, i + 1) == TOK_INT) {
		FeTok o = made_tok(p, i + 1, '('), c = made_tok(p, i + 1, ')');
		insert_tok(p, i + 1, &o);
		insert_tok(p, i + 3, &c);
		return i + 4;
	}
	int r = kind_at(p, i + 1) == '(' ? match_paren(p, i + 1) : -1;
	return r < 0 ? i + 1 : r + 1;
}

/* CHARACTER(n), (LEN=n), (n, KIND=1), (LEN=n, KIND=1), (KIND=1, LEN=n), (*), (LEN=*) at i:
 * written LEN(n) or LEN(*) (a KIND is dropped: there is one character kind). */
static int char_selector(FeParser *p, int i)
{
	FeTok l = p->toks[i];
	l.kind = TOK_CHARLEN;
	l.text = "len";
	insert_tok(p, i, &l);
	int open = i + 1;
	for (int k = open + 1; k < match_paren(p, open);) {
		int end = k; /* the item [k, end) */
		for (int depth = 0; end < match_paren(p, open) && (depth || kind_at(p, end) != ','); end++)
			depth += kind_at(p, end) == '(' ? 1 : kind_at(p, end) == ')' ? -1 : 0;
		if (is_name(p, k, "kind") && kind_at(p, k + 1) == '=') {
			int comma = kind_at(p, end) == ',' ? end + 1 : (kind_at(p, k - 1) == ',' ? (k--, end) : end);
			delete_toks(p, k, comma);
			continue;
		}
		if (is_name(p, k, "len") && kind_at(p, k + 1) == '=') {
			delete_toks(p, k, k + 2);
			end -= 2;
		}
		k = kind_at(p, end) == ',' ? end + 1 : end;
	}
	int r = match_paren(p, open);
	return r < 0 ? open : r + 1;
}

/* Mark the type specifier at i; returns the index after it. In IMPLICIT a parenthesis right
 * after the type word is a kind only when the letter list follows it. */
static int mark_type(FeParser *p, int i, int implicit)
{
	unglue(p, i);
	const char *w = p->toks[i].text;
	if (!strcmp(w, "integer") || !strcmp(w, "real") || !strcmp(w, "logical") || !strcmp(w, "complex")) {
		set_kw(p, i,
		       !strcmp(w, "integer")           ? TOK_INTEGER
		               : !strcmp(w, "real")    ? TOK_REAL
		               : !strcmp(w, "logical") ? TOK_LOGICAL
		                                       : TOK_COMPLEX);
		i++;
		if (kind_at(p, i) == '*')
			return kind_at(p, i + 1) == TOK_INT ? i + 2 : i + 1;
		if (kind_at(p, i) == '(') {
			int r = match_paren(p, i);
			if (r < 0 || (implicit && kind_at(p, r + 1) != '('))
				return i;
			for (int k = i + 1; k < r; k++)
				if (is_name(p, k, "kind") && kind_at(p, k + 1) == '=')
					set_kw(p, k, TOK_KIND);
			return r + 1;
		}
		return i;
	}
	if (!strcmp(w, "double")) {
		set_kw(p, i, TOK_DOUBLE);
		if (is_name(p, i + 1, "precision"))
			set_kw(p, i + 1, TOK_PRECISION);
		else if (is_name(p, i + 1, "complex"))
			set_kw(p, i + 1, TOK_COMPLEX);
		else
			return i + 1;
		return i + 2;
	}
	if (!strcmp(w, "character")) {
		set_kw(p, i, TOK_CHARACTER);
		i++;
		if (implicit) { /* IMPLICIT CHARACTER*n (a-z): the length is dropped (a length of 1) */
			if (kind_at(p, i) == '*')
				delete_toks(p, i, kind_at(p, i + 1) == TOK_INT ? i + 2 : i + 1);
			else if (kind_at(p, i) == '(' && kind_at(p, match_paren(p, i) + 1) == '(')
				delete_toks(p, i, match_paren(p, i) + 1);
			return i;
		}
		if (kind_at(p, i) == '*')
			return char_length_star(p, i);
		if (kind_at(p, i) == '(')
			return char_selector(p, i);
		return i;
	}
	if (!strcmp(w, "type")) {
		/* TYPE(name): the parenthesis is read as a kind selector, the type's name its value */
		set_kw(p, i, TOK_TYPE);
		int r = match_paren(p, i + 1);
		return r >= 0 ? r + 1 : i + 1;
	}
	return i + 1;
}

/* `(IN)`, `(OUT)`, `(INOUT)`, `(IN OUT)` at i; returns the index after it. */
static int mark_intent(FeParser *p, int i)
{
	if (kind_at(p, i) != '(')
		return i;
	int r = match_paren(p, i);
	if (r < 0)
		return i;
	for (int k = i + 1; k < r; k++) {
		if (is_name(p, k, "in"))
			set_kw(p, k, TOK_IN);
		else if (is_name(p, k, "out"))
			set_kw(p, k, TOK_OUT);
		else if (is_name(p, k, "inout"))
			set_kw(p, k, TOK_INOUT);
	}
	return r + 1;
}

/* A FUNCTION or SUBROUTINE statement from i (after any prefix). */
static int mark_procedure(FeParser *p, int i)
{
	int isfun = is_name(p, i, "function");
	if (!(isfun || is_name(p, i, "subroutine")) || kind_at(p, i + 1) != TOK_NAME)
		return 0;
	set_kw(p, i, isfun ? TOK_FUNCTION : TOK_SUBROUTINE);
	p->cls.kind = SC_UNIT;
	p->cls.unit_kind = isfun ? UNIT_FUNCTION : UNIT_SUBROUTINE;
	p->cls.name = p->toks[i + 1].text;
	int k = i + 2;
	if (kind_at(p, k) == '(') {
		int r = match_paren(p, k);
		if (r < 0)
			return 1;
		k = r + 1;
	}
	for (;;) {
		if (is_name(p, k, "result") && kind_at(p, k + 1) == '(') {
			set_kw(p, k, TOK_RESULT);
			int r = match_paren(p, k + 1);
			if (r < 0)
				return 1;
			k = r + 1;
		} else if (is_name(p, k, "bind") && kind_at(p, k + 1) == '(') {
			/* BIND(C[, NAME=...]): for a C caller of the Fortran program; stad's C names the
			 * procedure (and its derivatives) by its Fortran name: accepted and ignored */
			int r = match_paren(p, k + 1);
			delete_toks(p, k, r < 0 ? slen(p) : r + 1);
		} else {
			return 1;
		}
	}
}

/* Attributes and entities of a type declaration; i is just after the type. */
static void mark_declaration(FeParser *p, int s, int i)
{
	while (kind_at(p, i) == ',' && kind_at(p, i + 1) == TOK_NAME) {
		i++;
		int t = attribute_token(p->toks[i].text);
		if (!t)
			return;
		set_kw(p, i, t);
		i++;
		if (t == TOK_INTENT) {
			i = mark_intent(p, i);
		} else if (kind_at(p, i) == '(') {
			int r = match_paren(p, i);
			if (r < 0)
				return;
			if (t == TOK_ATTR_BAD)
				delete_toks(p, i, r + 1);
			else
				i = r + 1;
		}
	}
	if (p->toks[s].kind != TOK_CHARACTER)
		return;
	/* the entities' own lengths: name*n, name(dims)*n, name*(*) */
	if (kind_at(p, i) == TOK_DCOLON)
		i++;
	while (kind_at(p, i) == TOK_NAME) {
		i++;
		if (kind_at(p, i) == '(') {
			int r = match_paren(p, i);
			if (r < 0)
				return;
			i = r + 1;
		}
		if (kind_at(p, i) == '*')
			i = char_length_star(p, i);
		for (int depth = 0; i < slen(p) && (depth || kind_at(p, i) != ','); i++)
			depth += kind_at(p, i) == '(' || kind_at(p, i) == TOK_LARRAY  ? 1
			        : kind_at(p, i) == ')' || kind_at(p, i) == TOK_RARRAY ? -1
			                                                              : 0;
		if (kind_at(p, i) == ',')
			i++;
	}
}

/* PROGRAM, SUBROUTINE, FUNCTION with any prefix, and type declarations. */
static void classify_unit_or_type(FeParser *p, int s)
{
	int i = s, ntypes = 0, nprefix = 0;
	for (;;) {
		if (is_name(p, i, "recursive") || is_name(p, i, "pure") || is_name(p, i, "elemental") ||
		    is_name(p, i, "impure")) {
			set_kw(p, i, statement_word(p, i)->tok);
			i++;
			nprefix++;
		} else if (ntypes == 0 && is_type_word(p, i)) {
			i = mark_type(p, i, 0);
			ntypes++;
		} else {
			break;
		}
	}
	if (nprefix == 0 && ntypes == 0 && is_name(p, i, "program")) {
		set_kw(p, i, TOK_PROGRAM);
		p->cls.kind = SC_UNIT;
		p->cls.unit_kind = UNIT_PROGRAM;
		p->cls.name = kind_at(p, i + 1) == TOK_NAME ? p->toks[i + 1].text : NULL;
		return;
	}
	if (mark_procedure(p, i))
		return;
	if (ntypes == 1 && nprefix == 0)
		mark_declaration(p, s, i);
}

static void classify_end(FeParser *p, int s)
{
	set_kw(p, s, TOK_END);
	p->cls.kind = SC_END_UNIT;
	unglue(p, s + 1);
	if (kind_at(p, s + 1) != TOK_NAME)
		return;
	static const struct {
		const char *word;
		int tok, cls;
	} ends[] = {
	        {"do", TOK_DO, SC_END_DO},
	        {"if", TOK_IF, SC_END_IF},
	        {"select", TOK_SELECT, SC_END_SELECT},
	        {"where", TOK_WHERE, SC_END_WHERE},
	        {"forall", TOK_FORALL, SC_END_FORALL},
	        {"subroutine", TOK_SUBROUTINE, SC_END_UNIT},
	        {"function", TOK_FUNCTION, SC_END_UNIT},
	        {"program", TOK_PROGRAM, SC_END_UNIT},
	        {"module", TOK_MODULE, SC_END_UNIT},
	        {"type", TOK_TYPE, SC_END_TYPE},
	};
	const char *w = p->toks[s + 1].text;
	if (!strcmp(w, "block") && is_name(p, s + 2, "data")) { /* END BLOCK DATA [name]: see K_BLOCK */
		set_kw(p, s + 1, TOK_MODULE);
		delete_toks(p, s + 2, s + 3);
		return;
	}
	for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
		if (strcmp(w, ends[k].word) == 0) {
			set_kw(p, s + 1, ends[k].tok);
			p->cls.kind = ends[k].cls;
			return;
		}
	}
	if (!strcmp(w, "file")) { /* ENDFILE (END FILE): one keyword */
		set_kw(p, s, TOK_ENDFILE);
		delete_toks(p, s + 1, s + 2);
		p->cls.kind = SC_OTHER;
		return;
	}
	for (size_t k = 1; k < sizeof skips / sizeof skips[0]; k++) {
		if (skips[k].close && strcmp(w, skips[k].close) == 0) {
			p->cls.kind = SC_OTHER;
			refuse_drop(p, p->toks[s].loc,
			            ir_sprintf(p->a, "END %s without a matching %s statement", upper(p, w), upper(p, w)));
			return;
		}
	}
}

static void classify_if(FeParser *p, int s, int in_if)
{
	set_kw(p, s, TOK_IF);
	if (kind_at(p, s + 1) != '(')
		return;
	int r = match_paren(p, s + 1);
	if (r < 0 || r + 1 >= slen(p))
		return;
	if (is_name(p, r + 1, "then") && r + 2 == slen(p)) {
		set_kw(p, r + 1, TOK_THEN);
		p->cls.kind = SC_IF_THEN;
		return;
	}
	if (kind_at(p, r + 1) == TOK_INT)
		return; /* arithmetic IF: IF (e) 10, 20, 30 */
	/* Logical IF: the statement after the condition is classified on its own (once: an IF
	 * cannot follow a logical IF, the grammar says so). */
	if (in_if)
		return;
	FeClass save = p->cls;
	classify(p, r + 1, 1);
	p->cls = save;
}

static void classify_else(FeParser *p, int s)
{
	set_kw(p, s, TOK_ELSE);
	p->cls.kind = SC_ELSE;
	if (is_name(p, s + 1, "if")) {
		set_kw(p, s + 1, TOK_IF);
		p->cls.kind = SC_ELSE_IF;
		int r = match_paren(p, s + 2);
		if (kind_at(p, s + 2) != '(' || r < 0 || kind_at(p, r + 1) != TOK_NAME)
			return;
		const char *w = p->toks[r + 1].text;
		if (!strncmp(w, "then", 4) && w[4] && r + 2 == slen(p)) {
			/* fixed form: `THEN NAME` continued from a full line reads as one word */
			FeTok name = p->toks[r + 1];
			name.text = w + 4;
			name.off += 4;
			name.loc.col += 4;
			p->toks[r + 1].text = "then";
			p->toks[r + 1].end = p->toks[r + 1].off + 4;
			insert_tok(p, r + 2, &name);
		}
		if (is_name(p, r + 1, "then"))
			set_kw(p, r + 1, TOK_THEN);
	} else if (is_name(p, s + 1, "where")) {
		set_kw(p, s + 1, TOK_WHERE);
		p->cls.kind = SC_ELSE_WHERE;
	}
}

/* Value of a statement label (1 to 5 digits, not all zero), or 0. */
static int label_value(const char *text)
{
	int v = 0, n = 0;
	for (const char *c = text; *c; c++) {
		if (*c < '0' || *c > '9' || ++n > 5)
			return 0;
		v = v * 10 + (*c - '0');
	}
	return v;
}

static void classify_do(FeParser *p, int s)
{
	set_kw(p, s, TOK_DO);
	p->cls.kind = SC_DO;
	int i = s + 1;
	if (kind_at(p, i) == TOK_INT) {
		p->cls.do_label = label_value(p->toks[i].text);
		i++;
		if (kind_at(p, i) == ',')
			i++;
	}
	if (is_name(p, i, "while") && kind_at(p, i + 1) == '(')
		set_kw(p, i, TOK_WHILE);
	else if (is_name(p, i, "concurrent") && kind_at(p, i + 1) == '(') {
		if (p->cls.do_label) {
			refuse_drop(p, p->toks[s].loc, "a labelled DO CONCURRENT is not supported: end it with END DO");
			return;
		}
		set_kw(p, i, TOK_CONCURRENT);
		/* DO CONCURRENT (INTEGER :: i = ...): the indices are integers anyway */
		int k = i + 2;
		while (k < slen(p) && kind_at(p, k) != TOK_DCOLON && kind_at(p, k) != '=')
			k++;
		if (kind_at(p, k) == TOK_DCOLON)
			delete_toks(p, i + 2, k + 1);
	}
}

/* OPERATOR(op) items of a PUBLIC, PRIVATE or USE ... ONLY list from token i on: taken out of
 * the list without an error (stad does not support generic operators, and
 * the use of one in an expression is the one error: an operator the head never uses costs
 * nothing). A list left empty drops the statement (a bare PUBLIC would change the default). 0
 * when it was dropped. */
static int drop_operator_items(FeParser *p, int i)
{
	int any = 0;
	for (int k = i; k < slen(p);) {
		if (!(is_name(p, k, "operator") && kind_at(p, k + 1) == '(')) {
			k++;
			continue;
		}
		int close = match_paren(p, k + 1);
		if (close < 0)
			return 1; /* the grammar reports it */
		int from = k, to = close + 1;
		if (kind_at(p, to) == TOK_ARROW) /* a rename: operator(.a.) => operator(.b.) */
			to = match_paren(p, to + 2) + 1;
		if (kind_at(p, to) == ',')
			to++;
		else if (kind_at(p, from - 1) == ',')
			from--;
		delete_toks(p, from, to);
		any = 1;
		k = from;
	}
	if (!any)
		return 1;
	int last = kind_at(p, slen(p) - 1);
	if (last == TOK_DCOLON || last == ':' || slen(p) <= i) {
		p->drop = 1; /* nothing left in the list */
		p->stmt_error = 1;
		return 0;
	}
	return 1;
}

/* USE [[, INTRINSIC | NON_INTRINSIC] ::] m [, ONLY: [list]] [, renames]. Generic names
 * (OPERATOR(...), ASSIGNMENT(=)) in the lists are refused. */
static void classify_use(FeParser *p, int s)
{
	set_kw(p, s, TOK_USE);
	int i = s + 1;
	if (kind_at(p, i) == ',') {
		if (is_name(p, i + 1, "intrinsic")) {
			set_kw(p, i + 1, TOK_INTRINSIC);
			i += 2;
		} else if (is_name(p, i + 1, "non_intrinsic")) {
			delete_toks(p, i, i + 2);
		} else {
			return;
		}
	}
	if (kind_at(p, i) == TOK_DCOLON)
		i++;
	if (kind_at(p, i) != TOK_NAME)
		return;
	i++;
	if (kind_at(p, i) != ',')
		return;
	if (is_name(p, i + 1, "only") && kind_at(p, i + 2) == ':')
		set_kw(p, i + 1, TOK_ONLY);
	if (!drop_operator_items(p, i + 1))
		return;
	for (int k = i + 1; k < slen(p); k++)
		if (is_name(p, k, "assignment") && kind_at(p, k + 1) == '(') {
			refuse_drop(p, p->toks[k].loc,
			            "USE of ASSIGNMENT(=) is not supported (a defined assignment: USE and call its specific "
			            "procedure by name)");
			return;
		}
}

/* IMPLICIT NONE, or IMPLICIT type (letters), ...: a kind selector `REAL(dp) (A-H)` gets an
 * explicit KIND= so that the grammar tells it from the letter list. */
static void classify_implicit(FeParser *p, int s)
{
	set_kw(p, s, TOK_IMPLICIT);
	if (is_name(p, s + 1, "none")) {
		set_kw(p, s + 1, TOK_NONE);
		/* F2018 IMPLICIT NONE (TYPE, EXTERNAL), (TYPE), (): no implicit types (stad does not check
		 * that external procedures are declared EXTERNAL: it reads them in the given files) */
		int r = kind_at(p, s + 2) == '(' ? match_paren(p, s + 2) : -1;
		if (r < 0)
			return;
		int type = r == s + 3, bad = 0;
		for (int k = s + 3; k < r; k++)
			if (is_name(p, k, "type"))
				type = 1;
			else if (!is_name(p, k, "external") && kind_at(p, k) != ',')
				bad = 1;
		if (bad)
			refuse_drop(p, p->toks[s + 2].loc, "IMPLICIT NONE (...) takes TYPE and EXTERNAL only");
		else if (!type)
			refuse_drop(p, p->toks[s + 2].loc,
			            "IMPLICIT NONE (EXTERNAL) without TYPE is not supported: stad does not check EXTERNAL "
			            "(delete the statement)");
		else
			delete_toks(p, s + 2, r + 1);
		return;
	}
	int i = s + 1;
	while (is_type_word(p, i)) {
		int w = i;
		i = mark_type(p, i, 1);
		int k = kind_at(p, w) == TOK_DOUBLE ? w + 2 : w + 1;
		if (i > k && kind_at(p, k) == '(' && kind_at(p, k + 1) != TOK_KIND) {
			FeTok kw = p->toks[k + 1], eq = p->toks[k + 1];
			kw.kind = TOK_KIND;
			kw.text = "kind";
			eq.kind = '=';
			eq.text = NULL;
			insert_tok(p, k + 1, &eq);
			insert_tok(p, k + 1, &kw);
			i += 2;
		}
		if (kind_at(p, i) != '(')
			return;
		int r = match_paren(p, i);
		if (r < 0 || kind_at(p, r + 1) != ',')
			return;
		i = r + 2;
	}
}

/* FORMAT (...): the parenthesised text as written becomes one string token, quoted as in the
 * source (edit descriptors are not Fortran tokens: 2f10.3, 1pe12.4, 5hab). Free-form `&`
 * continuations and comments are taken out. */
static void classify_format(FeParser *p, int s)
{
	set_kw(p, s, TOK_FORMAT);
	if (kind_at(p, s + 1) != '(' && kind_at(p, s + 1) != TOK_LARRAY) /* `(/` is a token */
		return;
	int r = match_paren(p, s + 1);
	if (r < 0 || r + 1 != slen(p))
		return; /* the grammar reports it */
	const char *t = p->src.text;
	size_t a = p->toks[s + 1].off, b = p->toks[r].end;
	char *q = ir_alloc(p->a, 2 * (b - a) + 3);
	size_t n = 0;
	char quote = 0;
	q[n++] = '\'';
	for (size_t i = a; i < b; i++) {
		char c = t[i];
		if (c == '&' || (c == '!' && !quote)) {
			size_t k = i + 1;
			while (k < b && (t[k] == ' ' || t[k] == '\t'))
				k++;
			if (c == '!' || k >= b || t[k] == '\n' || t[k] == '\r' || t[k] == '!') {
				while (k < b && t[k] != '\n')
					k++;
				while (k < b && (t[k] == ' ' || t[k] == '\t' || t[k] == '\n' || t[k] == '\r'))
					k++;
				if (k < b && t[k] == '&')
					k++;
				i = k - 1;
				continue;
			}
		}
		if (c == '\n' || c == '\r')
			continue;
		if (quote && c == quote)
			quote = 0;
		else if (!quote && (c == '\'' || c == '"'))
			quote = c;
		if (c == '\'')
			q[n++] = '\'';
		q[n++] = c;
	}
	q[n++] = '\'';
	q[n] = 0;
	p->toks[s + 1].kind = TOK_STRING;
	p->toks[s + 1].text = q;
	p->toks[s + 1].end = b;
	delete_toks(p, s + 2, r + 1);
}

/* Start skipping a refused construct up to its END. */
static void start_skip(FeParser *p, int s, Skip k, const char *msg)
{
	refuse_drop(p, p->toks[s].loc, msg);
	p->skip = k;
	p->skip_depth = 1;
}

/* A derived type definition TYPE [, PUBLIC | PRIVATE | BIND(C)]... [::] name. BIND(C) is
 * dropped (the components are what stad uses); EXTENDS, ABSTRACT and type parameters are
 * refused, the definition skipped up to its END TYPE. */
static void classify_type_def(FeParser *p, int s, const StmtWord *w)
{
	set_kw(p, s, TOK_TYPEDEF);
	p->cls.kind = SC_TYPE;
	int i = s + 1;
	while (kind_at(p, i) == ',' && kind_at(p, i + 1) == TOK_NAME) {
		const char *a = p->toks[i + 1].text;
		if (!strcmp(a, "public") || !strcmp(a, "private")) {
			set_kw(p, i + 1, !strcmp(a, "public") ? TOK_PUBLIC : TOK_PRIVATE);
			i += 2;
		} else if (!strcmp(a, "bind") && kind_at(p, i + 2) == '(') {
			int r = match_paren(p, i + 2);
			delete_toks(p, i, r < 0 ? slen(p) : r + 1);
		} else {
			p->cls.kind = SC_OTHER;
			start_skip(p, s, w->skip,
			           ir_sprintf(p->a, "TYPE, %s is not supported (a derived type of plain components is)",
			                      upper(p, a)));
			return;
		}
	}
	if (kind_at(p, i) == TOK_DCOLON)
		i++;
	p->cls.name = kind_at(p, i) == TOK_NAME ? p->toks[i].text : NULL;
	if (kind_at(p, i) == TOK_NAME && kind_at(p, i + 1) == '(') {
		p->cls.kind = SC_OTHER;
		start_skip(p, s, w->skip, "parameterized derived types are not supported");
	}
}

static void classify(FeParser *p, int s, int in_if)
{
	if (s >= slen(p))
		return;
	/* A construct name `outer: do ...`: one token; the builder checks what it names. */
	if (kind_at(p, s) == TOK_NAME && kind_at(p, s + 1) == ':' && s + 2 < slen(p) && !in_if) {
		set_kw(p, s, TOK_CNAME);
		delete_toks(p, s + 1, s + 2);
		p->cls.cname = p->toks[s].text;
		s++;
	}
	if (kind_at(p, s) != TOK_NAME || is_assignment(p, s))
		return;
	unglue(p, s);
	const StmtWord *w = statement_word(p, s);
	if (!w)
		return;
	IrLoc loc = p->toks[s].loc;
	switch (w->how) {
	case K_SIMPLE: set_kw(p, s, w->tok); break;
	case K_CONTAINS:
		if (p->cur_type) {
			/* type-bound procedures: the rest of the definition is skipped, END TYPE with it */
			start_skip(p, s, SKIP_TYPE,
			           "type-bound procedures are not supported: call the module procedures by their names, with "
			           "the structure as an argument (f(s) for s%f())");
			p->cur_type = NULL;
			break;
		}
		set_kw(p, s, w->tok);
		p->cls.kind = SC_CONTAINS;
		break;
	case K_UNIT: classify_unit_or_type(p, s); break;
	case K_MODULE:
		if (kind_at(p, s + 1) == TOK_NAME &&
		    (is_name(p, s + 1, "procedure") || is_name(p, s + 1, "function") || is_name(p, s + 1, "subroutine"))) {
			refuse_drop(p, loc, "separate module procedures are not supported");
			break;
		}
		set_kw(p, s, TOK_MODULE);
		p->cls.kind = SC_UNIT;
		p->cls.unit_kind = UNIT_MODULE;
		p->cls.name = kind_at(p, s + 1) == TOK_NAME ? p->toks[s + 1].text : NULL;
		break;
	case K_TYPE:
		if (is_name(p, s, "type") && kind_at(p, s + 1) != '(') {
			classify_type_def(p, s, w);
			break;
		}
		classify_unit_or_type(p, s);
		break;
	case K_END: classify_end(p, s); break;
	case K_IF: classify_if(p, s, in_if); break;
	case K_ELSE: classify_else(p, s); break;
	case K_DO: classify_do(p, s); break;
	case K_USE: classify_use(p, s); break;
	case K_IMPLICIT: classify_implicit(p, s); break;
	case K_INTENT:
		set_kw(p, s, TOK_INTENT);
		mark_intent(p, s + 1);
		break;
	case K_ACCESS:
		set_kw(p, s, w->tok);
		if (drop_operator_items(p, s + 1))
			for (int k = s + 1; k < slen(p); k++)
				if (is_name(p, k, "assignment") && kind_at(p, k + 1) == '(') {
					refuse_drop(p, p->toks[k].loc,
					            ir_sprintf(p->a,
					                       "%s ASSIGNMENT(=) is not supported (a defined assignment: make its "
					                       "specific procedure PUBLIC)",
					                       upper(p, w->word)));
					break;
				}
		break;
	case K_WRITE: set_kw(p, s, TOK_WRITE); break;
	case K_FORMAT: classify_format(p, s); break;
	case K_GO:
		if (!is_name(p, s + 1, "to"))
			break;
		set_kw(p, s, TOK_GO);
		set_kw(p, s + 1, TOK_TO);
		if (kind_at(p, s + 2) == TOK_NAME)
			refuse_drop(p, loc, "assigned GO TO is not supported" FE_ASSIGN_ADVICE);
		break;
	case K_SELECT:
		unglue(p, s); /* selectcase */
		if (is_name(p, s + 1, "case") && kind_at(p, s + 2) == '(') {
			set_kw(p, s, TOK_SELECT);
			set_kw(p, s + 1, TOK_CASE);
			p->cls.kind = SC_SELECT;
		} else if (kind_at(p, s + 1) == TOK_NAME && !is_name(p, s + 1, "case")) {
			start_skip(p, s, w->skip, ir_sprintf(p->a, "SELECT %s is not supported", upper(p, p->toks[s + 1].text)));
		}
		break;
	case K_CASE:
		if (kind_at(p, s + 1) == '(') {
			set_kw(p, s, TOK_CASE);
			p->cls.kind = SC_CASE;
		} else if (is_name(p, s + 1, "default")) {
			set_kw(p, s, TOK_CASE);
			set_kw(p, s + 1, TOK_DEFAULT);
			p->cls.kind = SC_CASE;
		}
		break;
	case K_WHERE: {
		int r = kind_at(p, s + 1) == '(' ? match_paren(p, s + 1) : -1;
		if (r < 0)
			break;
		set_kw(p, s, TOK_WHERE);
		if (r + 1 == slen(p)) {
			p->cls.kind = SC_WHERE; /* block form */
		} else if (!in_if) {
			/* WHERE (mask) assignment: the assignment is classified on its own */
			FeClass save = p->cls;
			classify(p, r + 1, 1);
			p->cls = save;
		}
		break;
	}
	case K_FORALL: {
		int r = kind_at(p, s + 1) == '(' ? match_paren(p, s + 1) : -1;
		if (r < 0)
			break;
		set_kw(p, s, TOK_FORALL);
		if (r + 1 == slen(p)) {
			p->cls.kind = SC_FORALL; /* block form */
		} else if (!in_if) {
			/* FORALL (...) assignment: the assignment is classified on its own */
			FeClass save = p->cls;
			classify(p, r + 1, 1);
			p->cls = save;
		}
		break;
	}
	case K_BLOCK:
		unglue(p, s);
		if (is_name(p, s + 1, "data")) {
			/* BLOCK DATA [name]: a unit of declarations and DATA for COMMON blocks, read as a
			 * MODULE marked so (fe_unit_begin) */
			set_kw(p, s, TOK_MODULE);
			if (kind_at(p, s + 2) == TOK_NAME && s + 3 == slen(p))
				delete_toks(p, s + 1, s + 2);
			else if (s + 2 == slen(p)) {
				p->toks[s + 1].kind = TOK_NAME;
				p->toks[s + 1].text = "unnamed_block_data";
			} else
				break; /* the grammar reports it */
			p->blockdata = 1;
		} else if (s + 1 == slen(p))
			start_skip(p, s, w->skip, w->refused);
		break;
	case K_SKIP: start_skip(p, s, w->skip, w->refused); break;
	case K_ABSTRACT: break; /* ABSTRACT INTERFACE is read by iface_begin; ABSTRACT alone: the grammar */
	case K_PROCEDURE: classify_procedure(p, s); break;
	case K_ERROR:
		if (is_name(p, s + 1, "stop")) {
			set_kw(p, s, TOK_ERROR);
			set_kw(p, s + 1, TOK_STOP);
		}
		break;
	case K_REFUSE:
		if (!strcmp(w->word, "allocatable") || !strcmp(w->word, "optional"))
			refuse_drop(p, loc,
			            ir_sprintf(p->a, "%s (give the attribute in the type declaration: real, %s :: %s)",
			                       w->refused, w->word, w->word[0] == 'a' ? "a(:)" : "w"));
		else
			refuse_drop(p, loc, w->refused);
		if (!strcmp(w->word, "pointer"))
			p->pointer_refused = 1;
		break;
	}
}

/* `(1.0, -2)` where an expression is expected: a complex constant. */
static int is_complex_constant(const FeParser *p, int i)
{
	/* only where an operand may start: after an operator, '=', ',', '(' or at the start; after
	 * a name, ')' or a keyword (`dimension(2,3)`, `real(8)`) it is a list */
	int prev = i > 0 ? p->toks[i - 1].kind : 0;
	switch (prev) {
	case 0:
	case '=':
	case ',':
	case '(':
	case '[':
	case TOK_LARRAY:
	case '+':
	case '-':
	case '*':
	case '/':
	case TOK_POW:
	case TOK_CONCAT:
	case TOK_EQ:
	case TOK_NE:
	case TOK_LT:
	case TOK_LE:
	case TOK_GT:
	case TOK_GE:
	case TOK_AND:
	case TOK_OR:
	case TOK_NOT:
	case TOK_EQV:
	case TOK_NEQV: break;
	default: return 0;
	}
	int k = i + 1;
	for (int part = 0; part < 2; part++) {
		if (kind_at(p, k) == '+' || kind_at(p, k) == '-')
			k++;
		if (kind_at(p, k) != TOK_INT && kind_at(p, k) != TOK_REALNUM)
			return 0;
		k++;
		if (kind_at(p, k) != (part ? ')' : ','))
			return 0;
		k++;
	}
	return 1;
}

/* `[real(8) :: ...`, `(/ character(len=8) :: ...`: an array constructor's type-spec at i (after
 * the bracket), its words marked as keywords. */
static void constructor_type_spec(FeParser *p, int i)
{
	if (!is_type_word(p, i) && !is_name(p, i, "double"))
		return;
	int j = i + 1;
	if (is_name(p, i, "double"))
		j = is_name(p, j, "precision") || is_name(p, j, "complex") ? j + 1 : -1;
	else if (kind_at(p, j) == '(')
		j = match_paren(p, j) + 1;
	else if (kind_at(p, j) == '*')
		j += kind_at(p, j + 1) == TOK_INT ? 2 : 1;
	if (j > 0 && kind_at(p, j) == TOK_DCOLON)
		mark_type(p, i, 0);
}

/* A BOZ constant `z'0F'`, `b'101'`, `o'17'` at i (a one-letter name glued to a string): 1. As
 * the first argument of INT it is that integer, written in decimal for the grammar; elsewhere
 * (DATA, REAL(z'...'), which reinterpret its bits) it is refused, located. */
static int boz_constant(FeParser *p, int i)
{
	const char *w = p->toks[i].text;
	if (kind_at(p, i) != TOK_NAME || !w || strlen(w) != 1 || !strchr("boz", w[0]) || kind_at(p, i + 1) != TOK_STRING ||
	    p->toks[i].end != p->toks[i + 1].off)
		return 0;
	int base = w[0] == 'b' ? 2 : w[0] == 'o' ? 8 : 16;
	const char *t = p->toks[i + 1].text;
	size_t n = strlen(t);
	int64_t v = 0;
	int ok = n > 2;
	for (size_t k = 1; ok && k + 1 < n; k++) {
		int c = t[k] | 32, d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : 99;
		ok = d < base && v <= (INT32_MAX - d) / base;
		v = v * base + d;
	}
	if (!ok) {
		refuse_drop(p, p->toks[i].loc,
		            "this BOZ constant is not a number of its base that fits in 31 bits: write it in decimal");
		return 1;
	}
	if (!(i >= 2 && kind_at(p, i - 1) == '(' && is_name(p, i - 2, "int"))) {
		refuse_drop(p, p->toks[i].loc,
		            "a BOZ constant is supported as the first argument of INT only (INT(z'1F')); elsewhere "
		            "write the value in decimal");
		return 1;
	}
	FeTok d = p->toks[i];
	d.kind = TOK_INT;
	d.text = ir_sprintf(p->a, "%lld", (long long)v);
	d.end = p->toks[i + 1].end;
	delete_toks(p, i, i + 2);
	insert_tok(p, i, &d);
	return 1;
}

/* Tokens that never belong to the subset, wherever they appear. */
static void check_tokens(FeParser *p, int s)
{
	int depth = 0;
	for (int i = s; i < slen(p) && !p->drop; i++) {
		FeTok *t = &p->toks[i];
		switch (t->kind) {
		case TOK_ARROW:
			if (p->toks[s].kind != TOK_USE && p->pointer_refused) /* said at the POINTER */
				p->drop = p->stmt_error = 1;
			else if (p->toks[s].kind != TOK_USE)
				refuse_drop(p, t->loc, "pointers are not supported");
			break;
		case TOK_LARRAY:
		case '[':
			constructor_type_spec(p, i + 1);
			if (++depth > FE_MAX_PARENS) {
				ir_error(t->loc, "parentheses nested too deeply (more than %d levels)", FE_MAX_PARENS);
				p->stmt_error = p->drop = 1;
			}
			break;
		case TOK_RARRAY:
		case ']': depth--; break;
		case TOK_NAME: boz_constant(p, i); break;
		case '(':
			if (is_complex_constant(p, i))
				t->kind = TOK_LCOMPLEX; /* the grammar reads `(re, im)` as one constant */
			if (++depth > FE_MAX_PARENS) {
				ir_error(t->loc, "parentheses nested too deeply (more than %d levels)", FE_MAX_PARENS);
				p->stmt_error = p->drop = 1;
			}
			break;
		case ')': depth--; break;
		default: break;
		}
	}
}

/* ---------------------------------------------------------------- skipping refused constructs */

/* While skipping: does this statement end the construct (or, when the construct's END is
 * missing, the unit)? Returns 1 when the statement must be read normally. */
static int skip_statement(FeParser *p, int s)
{
	if (is_assignment(p, s) || kind_at(p, s) != TOK_NAME)
		return 0;
	unglue(p, s);
	const char *w0 = p->toks[s].text;
	Skip k = (Skip)p->skip;
	if (!strcmp(w0, "end")) {
		unglue(p, s + 1);
		const char *w1 = kind_at(p, s + 1) == TOK_NAME ? p->toks[s + 1].text : NULL;
		int done = 0;
		if (k == SKIP_BLOCKDATA)
			done = !w1 || (!strcmp(w1, "block") && is_name(p, s + 2, "data"));
		else if (w1 && skips[k].close && !strcmp(w1, skips[k].close))
			done = --p->skip_depth == 0;
		if (done) {
			p->skip = SKIP_NONE;
			return 0;
		}
		if (skips[k].unit_stops &&
		    (!w1 || !strcmp(w1, "subroutine") || !strcmp(w1, "function") || !strcmp(w1, "program") ||
		     !strcmp(w1, "module"))) {
			p->skip = SKIP_NONE;
			return 1;
		}
		return 0;
	}
	if (skips[k].unit_stops &&
	    (!strcmp(w0, "contains") || !strcmp(w0, "subroutine") || !strcmp(w0, "function") || !strcmp(w0, "program"))) {
		p->skip = SKIP_NONE;
		return 1;
	}
	if (skips[k].open && !strcmp(w0, skips[k].open)) {
		/* a nested construct of the same kind */
		int nested = 1;
		if (k == SKIP_BLOCK)
			nested = s + 1 == slen(p);
		p->skip_depth += nested;
	}
	return 0;
}

/* `PROCEDURE(iface) [, attributes] :: f, g` declares procedure dummies (or external procedures)
 * with the interface iface: for stad the same as EXTERNAL f, g (a procedure passed to f is
 * specialised into a copy of the routine, sema_procarg.c; the interface adds nothing). A
 * procedure pointer is refused. */
static void classify_procedure(FeParser *p, int s)
{
	int close = kind_at(p, s + 1) == '(' ? match_paren(p, s + 1) : -1;
	if (close < 0) {
		refuse_drop(p, p->toks[s].loc,
		            "PROCEDURE statements are not supported (write PROCEDURE(iface) :: f for a procedure argument f)");
		return;
	}
	int names = close + 1, dcolon = 0;
	for (int k = close + 1; k < slen(p); k++)
		if (kind_at(p, k) == TOK_DCOLON) {
			names = k + 1;
			dcolon = 1;
			break;
		}
	for (int k = close + 1; dcolon && k < names; k++) {
		if (is_name(p, k, "pointer")) {
			refuse_drop(p, p->toks[k].loc,
			            "procedure pointers are not supported: pass the procedure as an argument (a dummy "
			            "PROCEDURE(iface) :: f without POINTER), or call it by its name");
			p->pointer_refused = 1; /* its `g => f` adds no error */
			return;
		}
		if (is_name(p, k, "optional")) {
			refuse_drop(p, p->toks[k].loc,
			            "an OPTIONAL procedure argument is not supported: make it a required argument");
			return;
		}
	}
	if (!dcolon && close + 1 < slen(p) && kind_at(p, close + 1) == ',') {
		refuse_drop(p, p->toks[close + 1].loc, "write '::' after the attributes of a PROCEDURE statement");
		return;
	}
	delete_toks(p, s + 1, names);
	set_kw(p, s, TOK_EXTERNAL);
}

/* ---------------------------------------------------------------- INTERFACE blocks
 *
 * An INTERFACE block is read here, whole. Explicit interfaces (interface bodies: a procedure's
 * header and declarations) tell stad nothing it does not learn from the procedure itself but
 * that it has one (keyword arguments need it): at END INTERFACE the block becomes the statement
 * TOK_INTERFACE , a, b (fe_interfaces), the names of its bodies. A generic interface `INTERFACE name` collects the specific procedures
 * (MODULE PROCEDURE a, b; the names of its interface bodies) and, at END INTERFACE, becomes one
 * statement for the grammar: TOK_INTERFACE name a, b (fe_generic). Operator and assignment
 * interfaces are refused. */

/* `interface [name]` at s: starts reading the block (1); 0 when the statement is something else
 * (or refused: dropped). */
static int iface_begin(FeParser *p, int s)
{
	if (is_name(p, s, "abstract") && is_name(p, s + 1, "interface") && s + 2 == slen(p)) {
		/* ABSTRACT INTERFACE: read as an INTERFACE block (its names can be USEd) */
		p->iface = 1;
		p->iface_depth = 0;
		p->iface_name = NULL;
		p->iface_loc = p->toks[s].loc;
		p->iface_specs = (IrVec){0};
		return 1;
	}
	if (!is_name(p, s, "interface") || is_assignment(p, s))
		return 0;
	if (p->drop) { /* refused already (a user-defined operator's name): pass over the block */
		p->skip = SKIP_INTERFACE;
		p->skip_depth = 1;
		return 0;
	}
	if (s + 1 == slen(p) || (kind_at(p, s + 1) == TOK_NAME && s + 2 == slen(p))) {
		p->iface = 1;
		p->iface_depth = 0;
		p->iface_name = s + 1 == slen(p) ? NULL : p->toks[s + 1].text;
		p->iface_loc = p->toks[s].loc;
		p->iface_specs = (IrVec){0};
		return 1;
	}
	if (!is_name(p, s + 1, "operator")) {
		start_skip(p, s, SKIP_INTERFACE,
		           "defined assignment interfaces are not supported: call the specific procedure by its name");
		return 0;
	}
	/* OPERATOR(op): passed over without an error; a use of the operator on structures, or of a
	 * user-defined one, is refused where it is written */
	p->drop = 1;
	p->stmt_error = 1;
	p->skip = SKIP_INTERFACE;
	p->skip_depth = 1;
	return 0;
}

/* Inside an INTERFACE block: 0 when the statement is consumed, 1 when it became the generic's
 * statement for the grammar, -1 when it must be read normally (a missing END INTERFACE). */
static int iface_statement(FeParser *p, int s)
{
	if (kind_at(p, s) != TOK_NAME || is_assignment(p, s))
		return 0;
	unglue(p, s);
	const char *w0 = p->toks[s].text;
	if (!strcmp(w0, "end")) {
		unglue(p, s + 1);
		const char *w1 = kind_at(p, s + 1) == TOK_NAME ? p->toks[s + 1].text : NULL;
		if (p->iface_depth > 0) {
			if (!w1 || !strcmp(w1, "subroutine") || !strcmp(w1, "function"))
				p->iface_depth--;
			return 0;
		}
		if (!w1 || strcmp(w1, "interface")) {
			ir_error(p->iface_loc, "this INTERFACE block has no END INTERFACE");
			p->iface = 0;
			return -1;
		}
		p->iface = 0;
		if (!p->iface_name && !p->iface_specs.n)
			return 0;
		if (!p->iface_specs.n) {
			ir_error(p->iface_loc, "the generic interface '%s' names no specific procedure", p->iface_name);
			return 0;
		}
		/* the statement the grammar reads: INTERFACE name a, b, ... */
		FeTok t = p->toks[s];
		p->ntoks = 0;
		t.kind = TOK_INTERFACE;
		t.loc = p->iface_loc;
		push_tok(p, &t);
		t.kind = p->iface_name ? TOK_NAME : ','; /* explicit interfaces: INTERFACE , a, b */
		t.text = p->iface_name;
		push_tok(p, &t);
		for (int i = 0; i < p->iface_specs.n; i++) {
			if (i) {
				t.kind = ',';
				t.text = NULL;
				push_tok(p, &t);
			}
			t.kind = TOK_NAME;
			t.text = p->iface_specs.v[i];
			push_tok(p, &t);
		}
		t.kind = TOK_EOS;
		t.text = NULL;
		push_tok(p, &t);
		return 1;
	}
	if (p->iface_depth > 0)
		return 0;
	if ((!strcmp(w0, "module") && is_name(p, s + 1, "procedure")) || !strcmp(w0, "procedure")) {
		for (int i = s + (strcmp(w0, "module") ? 1 : 2); i < slen(p); i++)
			if (kind_at(p, i) == TOK_NAME)
				ir_vec_push(p->a, &p->iface_specs, (void *)p->toks[i].text);
		return 0;
	}
	/* an interface body's header: [prefixes] [type] SUBROUTINE|FUNCTION name ... */
	for (int i = s; i + 1 < slen(p); i++)
		if ((is_name(p, i, "subroutine") || is_name(p, i, "function")) && kind_at(p, i + 1) == TOK_NAME) {
			ir_vec_push(p->a, &p->iface_specs, (void *)p->toks[i + 1].text);
			p->iface_depth = 1;
			return 0;
		}
	return 0;
}

/* ---------------------------------------------------------------- reading statements */

/* Read the raw tokens of the next non-empty statement, ending with TOK_EOS. 0 at the end. */
static int read_statement(FeParser *p)
{
	p->ntoks = 0;
	p->pos = 0;
	p->stmt_error = 0;
	p->drop = 0;
	p->old_inits.n = 0;
	if (p->eof)
		return 0;
	int toolong = 0;
	for (;;) {
		FeTok t;
		memset(&t, 0, sizeof t);
		int k = fe_scan_token(&t, p->scanner);
		if (k == 0) {
			p->eof = 1;
			if (p->ntoks == 0 && !toolong)
				return 0;
			t.kind = TOK_EOS;
			t.off = t.end = p->src.len;
			t.loc = fe_source_loc(&p->src, p->src.len);
			push_tok(p, &t);
			return 1;
		}
		if (k == TOK_EOS) {
			if (p->ntoks == 0 && !toolong) {
				p->stmt_error = p->drop = 0; /* errors of an empty statement: none */
				continue;
			}
			push_tok(p, &t);
			return 1;
		}
		if (p->ntoks >= FE_MAX_STMT_TOKENS) {
			if (!toolong)
				fe_lex_error(p, t.loc, "statement too long (more than %d tokens)", FE_MAX_STMT_TOKENS);
			toolong = 1;
			continue;
		}
		push_tok(p, &t);
	}
}

/* In a BINOMIAL-CKP directive, arguments may be separated by blanks: put commas there
 * (where an operand ends, blanks follow, and another operand starts: `nt 10 n+1`). */
static void separate_directive_args(FeParser *p)
{
	int n = p->ntoks;
	FeTok *old = p->toks;
	p->toks = NULL;
	p->ntoks = p->captoks = 0;
	for (int i = 0; i < n; i++) {
		if (i >= 2 && i < n - 1) {
			const FeTok *a = &old[i - 1], *b = &old[i];
			int ends = a->kind == TOK_NAME || a->kind == TOK_INT || a->kind == TOK_REALNUM || a->kind == ')';
			int starts = b->kind == TOK_NAME || b->kind == TOK_INT || b->kind == TOK_REALNUM || b->kind == '(' ||
			        b->kind == TOK_NOT || b->kind == TOK_TRUE || b->kind == TOK_FALSE;
			if (ends && starts && a->end != b->off) {
				FeTok comma = *b;
				comma.kind = ',';
				comma.text = NULL;
				comma.end = comma.off;
				push_tok(p, &comma);
			}
		}
		push_tok(p, &old[i]);
	}
	free(old);
}

/* Label, classification, refusals. Returns 1 when the statement goes to the grammar. */
static int prepare_statement(FeParser *p)
{
	FeTok *t = p->toks;
	memset(&p->cls, 0, sizeof p->cls);
	p->cls.loc = t[0].loc;
	if (t[0].kind == TOK_DIRECTIVE || t[0].kind == TOK_DIR_BINOMIAL) {
		if (p->skip || p->drop)
			return 0;
		if (t[0].kind == TOK_DIR_BINOMIAL)
			separate_directive_args(p);
		return 1;
	}
	int s = 0;
	if (t[0].kind == TOK_INT) {
		if (slen(p) > 1)
			p->cls.loc = t[1].loc;
		int v = fe_do_label(p, t[0].text, t[0].loc);
		t[0].kind = TOK_LABEL;
		t[0].ival = v;
		p->cls.label = v;
		s = 1;
		if (slen(p) == 1) {
			if (!p->skip)
				fe_lex_error(p, t[0].loc, "statement label without a statement");
			p->drop = 1;
		}
	}
	if (p->iface) {
		int r = iface_statement(p, s);
		if (r >= 0)
			return r;
	}
	if (p->skip) {
		if (!skip_statement(p, s))
			return 0;
		p->stmt_error = p->drop = 0; /* the statement that ends skipping is read normally */
	}
	if (iface_begin(p, s) && !p->drop)
		return 0;
	if (!p->drop)
		classify(p, s, 0);
	if (!p->drop)
		check_tokens(p, s);
	if (p->drop) {
		fe_recover(p, p->cls);
		return 0;
	}
	return 1;
}

/* The grammar's yylex. */
int fe_yylex(FE_YYSTYPE *lval, IrLoc *lloc, FeParser *p)
{
	while (p->pos >= p->ntoks) {
		if (!read_statement(p))
			return 0;
		if (!prepare_statement(p))
			p->ntoks = 0;
	}
	FeTok *t = &p->toks[p->pos++];
	*lloc = t->loc;
	switch (t->kind) {
	case TOK_LABEL: lval->ival = t->ival; break;
	case TOK_EOS: lval->cls = p->cls; break;
	default: lval->str = t->text; break;
	}
	return t->kind;
}

void fe_yyerror(IrLoc *lloc, FeParser *p, const char *msg)
{
	p->stmt_error = 1;
	if (fe_source_cut(&p->src, *lloc))
		ir_error(*lloc, "%s (fixed form: this line goes past the line length and the rest is ignored; see --line-length)",
		         msg);
	else
		ir_error(*lloc, "%s", msg);
}
