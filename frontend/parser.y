/*
 * parser.y — the grammar of stad's Fortran subset, one statement per line.
 *
 * A file is a list of lines; a line is [label] statement end-of-statement. The block structure
 * (units, IF/ELSE/END IF, DO/END DO, labelled DO termination) is not in the grammar: each
 * statement's action hands it to the builder (build.c), which keeps the stack of open
 * constructs. So a statement with a syntax error is dropped alone (`error TOK_EOS`) and the
 * structure stays in step (fe_recover), and several errors are reported in one run.
 * classify.c has already decided which names are keywords in this statement.
 * Actions only call constructors (nodes.c) and the builder; no names are resolved here.
 *
 * Expressions follow the standard's levels, loosest first: .EQV./.NEQV., .OR., .AND., .NOT.,
 * relational (non-associative), binary + -, unary + - (applies to a whole term: -a*b is
 * -(a*b)), * /, ** (right-associative, tighter than unary minus: -a**2 is -(a**2)). As an
 * extension, like gfortran, a sign may follow a binary operator: a*-b, a**-2, a - -b.
 */

%code requires {
#include "fe_int.h"
/* A rule's location is that of its first symbol that has one (empty rules have none), so a
 * statement is located at its first token even after an empty prefix or label. */
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                  \
	do {                                                         \
		int fe_i_;                                           \
		(Cur).file = NULL;                                   \
		(Cur).src = p->src.src;                              \
		(Cur).line = (Cur).col = 0;                          \
		for (fe_i_ = 1; fe_i_ <= (N); fe_i_++)               \
			if (YYRHSLOC(Rhs, fe_i_).line) {             \
				(Cur) = YYRHSLOC(Rhs, fe_i_);        \
				break;                               \
			}                                            \
	} while (0)
}

%code provides {
int fe_yylex(FE_YYSTYPE *lval, IrLoc *lloc, FeParser *p);
void fe_yyerror(IrLoc *lloc, FeParser *p, const char *msg);
}

%code {
/* The parse stack lives on the heap; statements are capped in length (classify.c), so this only
 * has to exceed what a capped statement can need. */
#define YYMAXDEPTH 400000
}

%define api.prefix {fe_yy}
%define api.pure full
%define api.location.type {IrLoc}
%define parse.error detailed
/* Lookahead correction: a syntax error is found before any default reduction runs an action,
 * so a statement with an error never reaches the builder (and the expected tokens listed in
 * the message are exact). */
%define parse.lac full
%locations
%param {FeParser *p}
%expect 0

%union {
	const char *str;
	int ival;
	IrExpr *expr;
	IrVec *vec;
	IrStmt *stmt;
	IrDecl *decl;
	IrEntity *ent;
	IrDim *dim;
	IrCaseItem *citem;
	FeKind kind;
	FeType type;
	FeAttr attr;
	FePrefix prefix;
	FeClass cls;
	IrUse *use;
	FeRename *ren;
	FeCharLen clen;
}

%token <str> TOK_NAME "name" TOK_INT "integer constant" TOK_REALNUM "real constant"
%token <str> TOK_STRING "character string"
%token <str> TOK_DIRECTIVE "!$AD directive" TOK_DIR_BINOMIAL "!$AD BINOMIAL-CKP"
%token <str> TOK_ATTR_BAD "unsupported attribute"
%token <str> TOK_CNAME "construct name"
%token <ival> TOK_LABEL "statement label"
%token <cls> TOK_EOS "end of line"
%token TOK_POW "**" TOK_CONCAT "//" TOK_DCOLON "::" TOK_ARROW "=>" TOK_LARRAY "(/" TOK_RARRAY "/)"
%token TOK_LCOMPLEX "( of a complex constant"
%token TOK_EQ "==" TOK_NE "/=" TOK_LT "<" TOK_LE "<=" TOK_GT ">" TOK_GE ">="
%token TOK_AND ".AND." TOK_OR ".OR." TOK_NOT ".NOT." TOK_EQV ".EQV." TOK_NEQV ".NEQV."
%token TOK_TRUE ".TRUE." TOK_FALSE ".FALSE."
%token TOK_PROGRAM "PROGRAM" TOK_SUBROUTINE "SUBROUTINE" TOK_FUNCTION "FUNCTION"
%token TOK_MODULE "MODULE" TOK_RESULT "RESULT" TOK_END "END" TOK_CONTAINS "CONTAINS"
%token TOK_RECURSIVE "RECURSIVE" TOK_PURE "PURE" TOK_ELEMENTAL "ELEMENTAL" TOK_IMPURE "IMPURE"
%token TOK_USE "USE" TOK_IMPLICIT "IMPLICIT" TOK_NONE "NONE"
%token TOK_INTEGER "INTEGER" TOK_REAL "REAL" TOK_DOUBLE "DOUBLE" TOK_PRECISION "PRECISION"
%token TOK_LOGICAL "LOGICAL" TOK_COMPLEX "COMPLEX" TOK_CHARACTER "CHARACTER" TOK_TYPE "TYPE"
%token TOK_KIND "KIND" TOK_CHARLEN "character length"
%token TOK_PARAMETER "PARAMETER" TOK_DIMENSION "DIMENSION" TOK_INTENT "INTENT" TOK_DATA "DATA"
%token TOK_IN "IN" TOK_OUT "OUT" TOK_INOUT "INOUT" TOK_SAVE "SAVE" TOK_EXTERNAL "EXTERNAL"
%token TOK_INTRINSIC "INTRINSIC" TOK_COMMON "COMMON" TOK_ONLY "ONLY" TOK_PUBLIC "PUBLIC" TOK_PRIVATE "PRIVATE"
%token TOK_IF "IF" TOK_THEN "THEN" TOK_ELSE "ELSE" TOK_DO "DO" TOK_WHILE "WHILE" TOK_CONCURRENT "CONCURRENT"
%token TOK_EXIT "EXIT" TOK_CYCLE "CYCLE" TOK_CALL "CALL" TOK_RETURN "RETURN"
%token TOK_CONTINUE "CONTINUE" TOK_PRINT "PRINT" TOK_WRITE "WRITE" TOK_STOP "STOP"
%token TOK_GO "GO" TOK_TO "TO" TOK_SELECT "SELECT" TOK_CASE "CASE" TOK_DEFAULT "DEFAULT"
%token TOK_WHERE "WHERE" TOK_FORALL "FORALL"
%token TOK_READ "READ" TOK_INQUIRE "INQUIRE" TOK_OPEN "OPEN" TOK_CLOSE "CLOSE" TOK_REWIND "REWIND" TOK_FLUSH "FLUSH" TOK_BACKSPACE "BACKSPACE" TOK_ENDFILE "ENDFILE" TOK_NAMELIST "NAMELIST" TOK_FORMAT "FORMAT"
%token TOK_ALLOCATE "ALLOCATE" TOK_DEALLOCATE "DEALLOCATE" TOK_ALLOCATABLE "ALLOCATABLE" TOK_OPTIONAL "OPTIONAL" TOK_EQUIVALENCE "EQUIVALENCE" TOK_TARGET "TARGET"
%token TOK_ERROR "ERROR" TOK_INTERFACE "INTERFACE" TOK_TYPEDEF "TYPE definition" TOK_SEQUENCE "SEQUENCE"

%type <vec> forall_spec
%type <expr> forall_index
%type <ival> label_opt do_label_opt unit_kw type_word relop sign mulop intent_spec access_word
%type <str> name_opt result_opt common_name
%type <expr> cx_part expr disj conj neg rel arith term factor primary ref arg stop_code
%type <expr> sec_bound_opt step_opt print_item io_item ac_item label_ref
%type <vec> ac_list label_list case_list
%type <citem> case_item
%type <vec> arg_list dummy_args dummy_list print_list io_list expr_list entity_list dim_list
%type <vec> dim_entity_list param_list name_list save_list com_list com_list_c letter_list
%type <ent> entity dim_entity param name_ent com_ent save_item
%type <dim> dim
%type <decl> decl_head implicit_item data_set
%type <vec> data_sets data_objs data_items data_ido_items data_vals data_val equiv_groups
%type <ent> data_obj data_item
%type <expr> data_ido_item
%type <expr> data_const
%type <vec> implicit_list common_groups nml_groups
%type <stmt> action_stmt
%type <kind> kind_opt
%type <clen> char_len
%type <expr> cat
%type <use> use_head
%type <vec> use_list rename_list
%type <ren> use_item rename
%type <type> type_spec
%type <attr> attr
%type <prefix> prefix_opt prefix_list prefix_item
%type <str> letters

%start input

%%

input
	: %empty
	| input line
	;

/* Every statement rule ends with its TOK_EOS, so its action runs only once the whole
 * statement has been read without error (with LAC, an error is found before any reduction). */
line
	: label_opt stmt
	| label_opt construct_name stmt
	| directive
	| error TOK_EOS                                     { fe_recover(p, $2); yyerrok; }
	;

label_opt
	: %empty                                            { fe_label(p, 0); $$ = 0; }
	| TOK_LABEL                                         { fe_label(p, $1); $$ = $1; }
	;

/* `outer:` before DO, IF (...) THEN or SELECT CASE; the builder checks what follows. */
construct_name
	: TOK_CNAME                                         { fe_construct_name(p, $1, @1); }
	;

stmt
	: unit_stmt
	| end_stmt
	| spec_stmt
	| exec_stmt
	;

/* ---------------------------------------------------------------- program units */

unit_stmt
	: TOK_PROGRAM TOK_NAME TOK_EOS                      { fe_unit_begin(p, UNIT_PROGRAM, $2, NULL, NULL, fe_prefix_none(), @1); }
	| TOK_MODULE TOK_NAME TOK_EOS                       { fe_unit_begin(p, UNIT_MODULE, $2, NULL, NULL, fe_prefix_none(), @1); }
	| prefix_opt TOK_SUBROUTINE TOK_NAME dummy_args TOK_EOS
	                                                    { fe_unit_begin(p, UNIT_SUBROUTINE, $3, $4, NULL, $1, @$); }
	| prefix_opt TOK_FUNCTION TOK_NAME '(' ')' result_opt TOK_EOS
	                                                    { fe_unit_begin(p, UNIT_FUNCTION, $3, fe_list(p, NULL), $6, $1, @$); }
	| prefix_opt TOK_FUNCTION TOK_NAME '(' dummy_list ')' result_opt TOK_EOS
	                                                    { fe_unit_begin(p, UNIT_FUNCTION, $3, $5, $7, $1, @$); }
	;

prefix_opt
	: %empty                                            { $$ = fe_prefix_none(); }
	| prefix_list
	;

prefix_list
	: prefix_item
	| prefix_list prefix_item                           { $$ = fe_prefix_join(p, $1, $2); }
	;

prefix_item
	: type_spec                                         { $$ = fe_prefix_type(p, fe_prefix_none(), $1); }
	| TOK_RECURSIVE                                     { $$ = fe_prefix_recursive(); }
	| TOK_PURE                                          { $$ = fe_prefix_none(); }
	| TOK_ELEMENTAL                                     { $$ = fe_prefix_elemental(); }
	| TOK_IMPURE                                        { $$ = fe_prefix_none(); }
	;

dummy_args
	: %empty                                            { $$ = fe_list(p, NULL); }
	| '(' ')'                                           { $$ = fe_list(p, NULL); }
	| '(' dummy_list ')'                                { $$ = $2; }
	;

dummy_list
	: TOK_NAME                                          { $$ = fe_list(p, (void *)$1); }
	| '*'                                               { $$ = fe_list(p, (void *)"*"); }
	| dummy_list ',' TOK_NAME                           { $$ = fe_append(p, $1, (void *)$3); }
	| dummy_list ',' '*'                                { $$ = fe_append(p, $1, (void *)"*"); }
	;

result_opt
	: %empty                                            { $$ = NULL; }
	| TOK_RESULT '(' TOK_NAME ')'                       { $$ = $3; }
	;

end_stmt
	: TOK_END TOK_EOS                                   { fe_unit_end(p, -1, NULL, @1); }
	| TOK_END unit_kw name_opt TOK_EOS                  { fe_unit_end(p, $2, $3, @1); }
	| TOK_END TOK_DO name_opt TOK_EOS                   { fe_do_end(p, $3, @1); }
	| TOK_END TOK_IF name_opt TOK_EOS                   { fe_if_end(p, $3, @1); }
	| TOK_END TOK_SELECT name_opt TOK_EOS               { fe_select_end(p, $3, @1); }
	| TOK_END TOK_WHERE name_opt TOK_EOS                { fe_where_end(p, $3, @1); }
	| TOK_END TOK_FORALL name_opt TOK_EOS               { fe_forall_end(p, $3, @1); }
	| TOK_END TOK_TYPE name_opt TOK_EOS                 { fe_type_end(p, $3, @1); }
	;

unit_kw
	: TOK_PROGRAM                                       { $$ = UNIT_PROGRAM; }
	| TOK_SUBROUTINE                                    { $$ = UNIT_SUBROUTINE; }
	| TOK_FUNCTION                                      { $$ = UNIT_FUNCTION; }
	| TOK_MODULE                                        { $$ = UNIT_MODULE; }
	;

name_opt
	: %empty                                            { $$ = NULL; }
	| TOK_NAME
	;

/* ---------------------------------------------------------------- declarations */

spec_stmt
	: TOK_CONTAINS TOK_EOS                              { fe_contains(p, @1); }
	| TOK_TYPEDEF TOK_NAME TOK_EOS                      { fe_type_begin(p, $2, 0, @1); }
	| TOK_TYPEDEF TOK_DCOLON TOK_NAME TOK_EOS           { fe_type_begin(p, $3, 0, @1); }
	| TOK_TYPEDEF ',' access_word TOK_DCOLON TOK_NAME TOK_EOS
	                                                    { fe_type_begin(p, $5, $3, @1); }
	| TOK_SEQUENCE TOK_EOS                              { fe_sequence(p, @1); }
	| TOK_USE use_head TOK_EOS                          { fe_use(p, $2, @1); }
	| TOK_INTERFACE TOK_NAME name_list TOK_EOS          { fe_generic(p, $2, $3, @1); }
	| TOK_INTERFACE ',' name_list TOK_EOS               { fe_interfaces(p, $3, @1); }
	| TOK_USE use_head ',' TOK_ONLY ':' TOK_EOS         { fe_use(p, fe_use_names(p, $2, 1, NULL), @1); }
	| TOK_USE use_head ',' TOK_ONLY ':' use_list TOK_EOS
	                                                    { fe_use(p, fe_use_names(p, $2, 1, $6), @1); }
	| TOK_USE use_head ',' rename_list TOK_EOS          { fe_use(p, fe_use_names(p, $2, 0, $4), @1); }
	| access_word TOK_EOS                               { fe_decl_add(p, fe_decl_access(p, $1, NULL, @1)); }
	| access_word dcolon_opt name_list TOK_EOS          { fe_decl_add(p, fe_decl_access(p, $1, $3, @1)); }
	| TOK_IMPLICIT TOK_NONE TOK_EOS                     { fe_decl_add(p, fe_implicit_none(p, @1)); }
	| TOK_IMPLICIT implicit_list TOK_EOS                { fe_decls_add(p, $2); }
	| decl_head entity_list TOK_EOS                     { fe_decl_add(p, fe_decl_ents(p, $1, $2)); fe_old_inits_add(p); }
	| decl_head TOK_DCOLON entity_list TOK_EOS          { fe_decl_add(p, fe_decl_ents(p, $1, $3)); fe_old_inits_add(p); }
	| TOK_DIMENSION dcolon_opt dim_entity_list TOK_EOS  { fe_decl_add(p, fe_decl(p, DECL_DIMENSION, $3, @1)); }
	| TOK_PARAMETER '(' param_list ')' TOK_EOS          { fe_decl_add(p, fe_decl(p, DECL_PARAMETER, $3, @1)); }
	| TOK_COMMON common_groups TOK_EOS                  { fe_decls_add(p, $2); }
	| TOK_NAMELIST nml_groups TOK_EOS                   { fe_decls_add(p, $2); }
	| TOK_DATA data_sets TOK_EOS                        { fe_decls_add(p, $2); }
	| TOK_EQUIVALENCE equiv_groups TOK_EOS              { fe_decls_add(p, $2); }
	| TOK_EXTERNAL dcolon_opt name_list TOK_EOS         { fe_decl_add(p, fe_decl(p, DECL_EXTERNAL, $3, @1)); }
	| TOK_INTRINSIC dcolon_opt name_list TOK_EOS        { fe_decl_add(p, fe_decl(p, DECL_INTRINSIC, $3, @1)); }
	| TOK_SAVE TOK_EOS                                  { fe_decl_add(p, fe_decl(p, DECL_SAVE, NULL, @1)); }
	| TOK_SAVE dcolon_opt save_list TOK_EOS             { fe_decl_add(p, fe_decl_save(p, $3, @1)); }
	| TOK_INTENT '(' intent_spec ')' dcolon_opt name_list TOK_EOS
	                                                    { fe_decl_add(p, fe_decl_intent(p, $3, $6, @1)); }
	;

dcolon_opt
	: %empty
	| TOK_DCOLON
	;

use_head
	: TOK_NAME                                          { $$ = fe_use_head(p, $1, 0, @1); }
	| TOK_DCOLON TOK_NAME                               { $$ = fe_use_head(p, $2, 0, @2); }
	| ',' TOK_INTRINSIC TOK_DCOLON TOK_NAME             { $$ = fe_use_head(p, $4, 1, @4); }
	;

use_list
	: use_item                                          { $$ = fe_list(p, $1); }
	| use_list ',' use_item                             { $$ = fe_append(p, $1, $3); }
	;

use_item
	: TOK_NAME                                          { $$ = fe_rename(p, $1, $1, @1); }
	| rename
	;

rename_list
	: rename                                            { $$ = fe_list(p, $1); }
	| rename_list ',' rename                            { $$ = fe_append(p, $1, $3); }
	;

rename
	: TOK_NAME TOK_ARROW TOK_NAME                       { $$ = fe_rename(p, $1, $3, @1); }
	;

access_word
	: TOK_PUBLIC                                        { $$ = ACCESS_PUBLIC; }
	| TOK_PRIVATE                                       { $$ = ACCESS_PRIVATE; }
	;

/* IMPLICIT REAL*8 (A-H, O-Z), INTEGER (I-N). The kind's parenthesis must be told from the
 * letters' by the token after it, so the kinds are spelled out here. */
implicit_list
	: implicit_item                                     { $$ = fe_list(p, $1); }
	| implicit_list ',' implicit_item                   { $$ = fe_append(p, $1, $3); }
	;

implicit_item
	: type_word '(' letter_list ')'                     { $$ = fe_implicit(p, fe_type(p, $1, fe_kind_none(), @1), $3, @1); }
	| type_word '*' TOK_INT '(' letter_list ')'         { $$ = fe_implicit(p, fe_type(p, $1, fe_kind(p, $3, @3), @1), $5, @1); }
	| type_word '(' TOK_KIND '=' expr ')' '(' letter_list ')'
	                                                    { $$ = fe_implicit(p, fe_type(p, $1, fe_kind_expr(p, $5, @5), @1), $8, @1); }
	;

letter_list
	: letters                                           { $$ = fe_list(p, (void *)$1); }
	| letter_list ',' letters                           { $$ = fe_append(p, $1, (void *)$3); }
	;

letters
	: TOK_NAME                                          { $$ = fe_letters(p, $1, $1, @1); }
	| TOK_NAME '-' TOK_NAME                             { $$ = fe_letters(p, $1, $3, @1); }
	;

type_spec
	: type_word kind_opt                                { $$ = fe_type(p, $1, $2, @1); }
	| TOK_CHARACTER char_len                            { $$ = fe_char_type(p, $2, @1); }
	;

/* CHARACTER*n, CHARACTER*(*), CHARACTER(LEN=n), name*n: classify.c writes each as LEN(n) or LEN(*) */
char_len
	: TOK_CHARLEN '(' expr ')'                          { $$ = fe_char_len(p, $3, @1); }
	| TOK_CHARLEN '(' '*' ')'                           { $$ = fe_char_len(p, NULL, @1); }
	| TOK_CHARLEN '(' ':' ')'                           { $$ = fe_char_len_deferred(p, @3); }
	;

type_word
	: TOK_INTEGER                                       { $$ = FE_TW_INTEGER; }
	| TOK_REAL                                          { $$ = FE_TW_REAL; }
	| TOK_DOUBLE TOK_PRECISION                          { $$ = FE_TW_DOUBLE; }
	| TOK_LOGICAL                                       { $$ = FE_TW_LOGICAL; }
	| TOK_COMPLEX                                       { $$ = FE_TW_COMPLEX; }
	| TOK_DOUBLE TOK_COMPLEX                            { $$ = FE_TW_DCOMPLEX; }
	| TOK_CHARACTER                                     { $$ = FE_TW_CHARACTER; }
	| TOK_TYPE                                          { $$ = FE_TW_TYPE; }
	;

/* REAL*8, REAL(8), REAL(dp), REAL(KIND=selected_real_kind(15)): a kind that is not a plain
 * number is resolved by sema. */
kind_opt
	: %empty                                            { $$ = fe_kind_none(); }
	| '*' TOK_INT                                       { $$ = fe_kind(p, $2, @2); }
	| '(' expr ')'                                      { $$ = fe_kind_expr(p, $2, @2); }
	| '(' TOK_KIND '=' expr ')'                         { $$ = fe_kind_expr(p, $4, @4); }
	;

decl_head
	: type_spec                                         { $$ = fe_decl_type(p, $1, @1); }
	| decl_head ',' attr                                { $$ = fe_decl_attr(p, $1, $3); }
	;

attr
	: TOK_PARAMETER                                     { $$ = fe_attr(p, FE_ATTR_PARAMETER, 0, NULL, @1); }
	| TOK_SAVE                                          { $$ = fe_attr(p, FE_ATTR_SAVE, 0, NULL, @1); }
	| TOK_EXTERNAL                                      { $$ = fe_attr(p, FE_ATTR_EXTERNAL, 0, NULL, @1); }
	| TOK_INTRINSIC                                     { $$ = fe_attr(p, FE_ATTR_INTRINSIC, 0, NULL, @1); }
	| TOK_ALLOCATABLE                                   { $$ = fe_attr(p, FE_ATTR_ALLOCATABLE, 0, NULL, @1); }
	| TOK_OPTIONAL                                      { $$ = fe_attr(p, FE_ATTR_OPTIONAL, 0, NULL, @1); }
	| TOK_TARGET                                        { $$ = fe_attr(p, FE_ATTR_TARGET, 0, NULL, @1); }
	| TOK_DIMENSION '(' dim_list ')'                    { $$ = fe_attr(p, FE_ATTR_DIMENSION, 0, $3, @1); }
	| TOK_INTENT '(' intent_spec ')'                    { $$ = fe_attr(p, FE_ATTR_INTENT, $3, NULL, @1); }
	| access_word                                       { $$ = fe_attr(p, FE_ATTR_ACCESS, $1, NULL, @1); }
	| TOK_ATTR_BAD                                      { $$ = fe_attr_bad(p, $1, @1); }
	;

intent_spec
	: TOK_IN                                            { $$ = INTENT_IN; }
	| TOK_OUT                                           { $$ = INTENT_OUT; }
	| TOK_INOUT                                         { $$ = INTENT_INOUT; }
	| TOK_IN TOK_OUT                                    { $$ = INTENT_INOUT; }
	;

entity_list
	: entity                                            { $$ = fe_list(p, $1); }
	| entity_list ',' entity                            { $$ = fe_append(p, $1, $3); }
	;

entity
	: TOK_NAME                                          { $$ = fe_entity(p, $1, NULL, NULL, @1); }
	| TOK_NAME '=' expr                                 { $$ = fe_entity(p, $1, NULL, $3, @1); }
	| TOK_NAME '(' dim_list ')'                         { $$ = fe_entity(p, $1, $3, NULL, @1); }
	| TOK_NAME '(' dim_list ')' '=' expr                { $$ = fe_entity(p, $1, $3, $6, @1); }
	| TOK_NAME char_len                                 { $$ = fe_entity_len(p, fe_entity(p, $1, NULL, NULL, @1), $2); }
	| TOK_NAME char_len '=' expr                        { $$ = fe_entity_len(p, fe_entity(p, $1, NULL, $4, @1), $2); }
	| TOK_NAME '(' dim_list ')' char_len                { $$ = fe_entity_len(p, fe_entity(p, $1, $3, NULL, @1), $5); }
	| TOK_NAME '(' dim_list ')' char_len '=' expr       { $$ = fe_entity_len(p, fe_entity(p, $1, $3, $7, @1), $5); }
	/* old-style initialisation (legacy): REAL X /1.5/, D(3) /3*0.0/ */
	| TOK_NAME '/' data_vals '/'                        { $$ = fe_entity_old_init(p, fe_entity(p, $1, NULL, NULL, @1), $3, @2); }
	| TOK_NAME '(' dim_list ')' '/' data_vals '/'       { $$ = fe_entity_old_init(p, fe_entity(p, $1, $3, NULL, @1), $6, @5); }
	| TOK_NAME char_len '/' data_vals '/'               { $$ = fe_entity_old_init(p, fe_entity_len(p, fe_entity(p, $1, NULL, NULL, @1), $2), $4, @3); }
	| TOK_NAME '(' dim_list ')' char_len '/' data_vals '/'
	                                                    { $$ = fe_entity_old_init(p, fe_entity_len(p, fe_entity(p, $1, $3, NULL, @1), $5), $7, @6); }
	;

dim_list
	: dim                                               { $$ = fe_list(p, $1); }
	| dim_list ',' dim                                  { $$ = fe_append(p, $1, $3); }
	;

dim
	: expr                                              { $$ = fe_dim(p, NULL, $1, @1); }
	| expr ':' expr                                     { $$ = fe_dim(p, $1, $3, @1); }
	| '*'                                               { $$ = fe_dim(p, NULL, NULL, @1); }
	| expr ':' '*'                                      { $$ = fe_dim(p, $1, NULL, @1); }
	| ':'                                               { $$ = fe_dim_deferred(p, NULL, @1); }
	| expr ':'                                          { $$ = fe_dim_deferred(p, $1, @2); }
	;

dim_entity_list
	: dim_entity                                        { $$ = fe_list(p, $1); }
	| dim_entity_list ',' dim_entity                    { $$ = fe_append(p, $1, $3); }
	;

dim_entity
	: TOK_NAME '(' dim_list ')'                         { $$ = fe_entity(p, $1, $3, NULL, @1); }
	;

/* DATA a, b(2) /1.0, 2*0.5/, n /3/ */
data_sets
	: data_set                                          { $$ = fe_list(p, $1); }
	| data_sets data_set                                { $$ = fe_append(p, $1, $2); }
	| data_sets ',' data_set                            { $$ = fe_append(p, $1, $3); }
	;

data_set
	: data_items '/' data_vals '/'                      { $$ = fe_data_set(p, $1, $3, @2); }
	;

/* DATA's objects: variables, elements and implied DO loops `(c(i), i = 1, 5)`, nested
 * `((a(i, j), i = 1, 2), j = 1, 3)` */
data_items
	: data_item                                         { $$ = fe_list(p, $1); }
	| data_items ',' data_item                          { $$ = fe_append(p, $1, $3); }
	;

data_item
	: data_obj
	| '(' data_ido_items ',' TOK_NAME '=' expr ',' expr step_opt ')'
	                                                    { $$ = fe_data_impldo(p, fe_impldo(p, $2, fe_ref(p, $4, NULL, 0, @4), $6, $8, $9, @1)); }
	;

data_ido_items
	: data_ido_item                                     { $$ = fe_list(p, $1); }
	| data_ido_items ',' data_ido_item                  { $$ = fe_append(p, $1, $3); }
	;

data_ido_item
	: TOK_NAME '(' expr_list ')'                        { $$ = fe_ref(p, $1, $3, 1, @1); }
	| '(' data_ido_items ',' TOK_NAME '=' expr ',' expr step_opt ')'
	                                                    { $$ = fe_impldo(p, $2, fe_ref(p, $4, NULL, 0, @4), $6, $8, $9, @1); }
	;

/* EQUIVALENCE (a, b(2)), (c, d): each group one declaration, its objects as DATA's */
equiv_groups
	: '(' data_objs ')'                                 { $$ = fe_list(p, fe_decl(p, DECL_EQUIVALENCE, $2, @1)); }
	| equiv_groups ',' '(' data_objs ')'                { $$ = fe_append(p, $1, fe_decl(p, DECL_EQUIVALENCE, $4, @3)); }
	;

data_objs
	: data_obj                                          { $$ = fe_list(p, $1); }
	| data_objs ',' data_obj                            { $$ = fe_append(p, $1, $3); }
	;

data_obj
	: TOK_NAME                                          { $$ = fe_entity(p, $1, NULL, NULL, @1); }
	| TOK_NAME '(' expr_list ')'                        { $$ = fe_data_element(p, $1, $3, @1); }
	| TOK_NAME '(' sec_bound_opt ':' sec_bound_opt ')'  { $$ = fe_data_substring(p, $1, @4); }
	| TOK_NAME '(' expr_list ')' '(' sec_bound_opt ':' sec_bound_opt ')'
	                                                    { $$ = fe_data_substring(p, $1, @7); }
	;

data_vals
	: data_val                                          { $$ = $1; }
	| data_vals ',' data_val                            { $$ = fe_data_concat(p, $1, $3); }
	;

data_val
	: data_const                                        { $$ = fe_list(p, $1); }
	| TOK_INT '*' data_const                            { $$ = fe_data_repeat(p, $1, $3, @1); }
	;

data_const
	: TOK_INT                                           { $$ = fe_int_const(p, $1, @1); }
	| TOK_REALNUM                                       { $$ = fe_real_const(p, $1, @1); }
	| '-' TOK_INT                                       { $$ = fe_sign(p, IR_SUB, fe_int_const(p, $2, @2), @1); }
	| '-' TOK_REALNUM                                   { $$ = fe_sign(p, IR_SUB, fe_real_const(p, $2, @2), @1); }
	| '+' TOK_INT                                       { $$ = fe_int_const(p, $2, @2); }
	| '+' TOK_REALNUM                                   { $$ = fe_real_const(p, $2, @2); }
	| TOK_TRUE                                          { $$ = fe_log_const(p, 1, @1); }
	| TOK_FALSE                                         { $$ = fe_log_const(p, 0, @1); }
	| TOK_STRING                                        { $$ = fe_str_const(p, $1, @1); }
	| TOK_NAME                                          { $$ = fe_data_name(p, $1, @1); }
	| TOK_LCOMPLEX cx_part ',' cx_part ')'              { $$ = fe_data_complex(p, @1); }
	;

param_list
	: param                                             { $$ = fe_list(p, $1); }
	| param_list ',' param                              { $$ = fe_append(p, $1, $3); }
	;

param
	: TOK_NAME '=' expr                                 { $$ = fe_entity(p, $1, NULL, $3, @1); }
	;

name_list
	: name_ent                                          { $$ = fe_list(p, $1); }
	| name_list ',' name_ent                            { $$ = fe_append(p, $1, $3); }
	;

name_ent
	: TOK_NAME                                          { $$ = fe_entity(p, $1, NULL, NULL, @1); }
	;

save_list
	: save_item                                         { $$ = fe_list(p, $1); }
	| save_list ',' save_item                           { $$ = fe_append(p, $1, $3); }
	;

save_item
	: TOK_NAME                                          { $$ = fe_entity(p, $1, NULL, NULL, @1); }
	| '/' TOK_NAME '/'                                  { $$ = NULL; /* a COMMON block: static anyway */ }
	;

/* COMMON [/name/] list [[,] /name/ list]...; a list may end with a comma before the next
 * block name, so the comma is read with the list. */
common_groups
	: com_list_c                                        { $$ = fe_list(p, fe_decl_common(p, "", $1, @1)); }
	| common_name com_list_c                            { $$ = fe_list(p, fe_decl_common(p, $1, $2, @1)); }
	| common_groups common_name com_list_c              { $$ = fe_append(p, $1, fe_decl_common(p, $2, $3, @2)); }
	;

/* NAMELIST /group/ list [[,] /group/ list]... */
nml_groups
	: '/' TOK_NAME '/' com_list_c                       { $$ = fe_list(p, fe_decl_namelist(p, $2, $4, @1)); }
	| nml_groups '/' TOK_NAME '/' com_list_c            { $$ = fe_append(p, $1, fe_decl_namelist(p, $3, $5, @2)); }
	;

common_name
	: '/' TOK_NAME '/'                                  { $$ = $2; }
	| '/' '/'                                           { $$ = ""; }
	| TOK_CONCAT                                        { $$ = ""; }
	;

com_list_c
	: com_list
	| com_list ','
	;

com_list
	: com_ent                                           { $$ = fe_list(p, $1); }
	| com_list ',' com_ent                              { $$ = fe_append(p, $1, $3); }
	;

com_ent
	: TOK_NAME                                          { $$ = fe_entity(p, $1, NULL, NULL, @1); }
	| TOK_NAME '(' dim_list ')'                         { $$ = fe_entity(p, $1, $3, NULL, @1); }
	;

/* ---------------------------------------------------------------- executable statements */

exec_stmt
	: action_stmt TOK_EOS                               { fe_stmt(p, $1); }
	| TOK_IF '(' expr ')' action_stmt TOK_EOS           { fe_stmt(p, fe_logical_if(p, $3, $5, @1)); }
	| TOK_IF '(' expr ')' label_ref ',' label_ref ',' label_ref TOK_EOS
	                                                    { fe_stmt(p, fe_arith_if(p, $3, $5, $7, $9, @1)); }
	| TOK_IF '(' expr ')' TOK_THEN TOK_EOS              { fe_if_begin(p, $3, @1); }
	| TOK_ELSE TOK_IF '(' expr ')' TOK_THEN name_opt TOK_EOS
	                                                    { fe_else_if(p, $4, $7, @1); }
	| TOK_ELSE name_opt TOK_EOS                         { fe_else(p, $2, @1); }
	| TOK_WHERE '(' expr ')' TOK_EOS                    { fe_where_begin(p, $3, @1); }
	| TOK_WHERE '(' expr ')' action_stmt TOK_EOS        { fe_stmt(p, fe_where_stmt(p, $3, $5, @1)); }
	| TOK_ELSE TOK_WHERE '(' expr ')' name_opt TOK_EOS  { fe_elsewhere(p, $4, $6, @1); }
	| TOK_ELSE TOK_WHERE name_opt TOK_EOS               { fe_elsewhere(p, NULL, $3, @1); }
	| TOK_FORALL '(' forall_spec ')' TOK_EOS            { fe_forall_begin(p, $3, @1); }
	| TOK_FORALL '(' forall_spec ')' action_stmt TOK_EOS
	                                                    { fe_stmt(p, fe_forall_stmt(p, $3, $5, @1)); }
	| TOK_SELECT TOK_CASE '(' expr ')' TOK_EOS          { fe_select_begin(p, $4, @1); }
	| TOK_CASE '(' case_list ')' name_opt TOK_EOS       { fe_case(p, $3, $5, @1); }
	| TOK_CASE TOK_DEFAULT name_opt TOK_EOS             { fe_case(p, NULL, $3, @1); }
	| TOK_DO do_label_opt TOK_NAME '=' expr ',' expr step_opt TOK_EOS
	                                                    { fe_do_begin(p, fe_do(p, $2, $3, @3, $5, $7, $8, @1), $2, @1); }
	| TOK_DO do_label_opt TOK_WHILE '(' expr ')' TOK_EOS
	                                                    { fe_do_begin(p, fe_dowhile(p, $2, $5, @1), $2, @1); }
	| TOK_DO TOK_CONCURRENT '(' forall_spec ')' TOK_EOS { fe_do_concurrent(p, $4, @1); }
	| TOK_DO do_label_opt TOK_EOS                       { fe_do_begin(p, fe_dowhile(p, $2, ir_logical(p->a, 1, @1), @1), $2, @1); }
	;

/* FORALL (i = 1:n, j = 1:m:2, mask): index triplets, then at most one mask (the builder checks) */
forall_spec
	: forall_index                                      { $$ = fe_list(p, $1); }
	| forall_spec ',' forall_index                      { $$ = fe_append(p, $1, $3); }
	| forall_spec ',' expr                              { $$ = fe_append(p, $1, $3); }
	;

forall_index
	: TOK_NAME '=' expr ':' expr                        { $$ = fe_forall_index(p, $1, $3, $5, NULL, @1); }
	| TOK_NAME '=' expr ':' expr ':' expr               { $$ = fe_forall_index(p, $1, $3, $5, $7, @1); }
	;

do_label_opt
	: %empty                                            { $$ = 0; }
	| TOK_INT                                           { $$ = fe_do_label(p, $1, @1); }
	| TOK_INT ','                                       { $$ = fe_do_label(p, $1, @1); }
	;

step_opt
	: %empty                                            { $$ = NULL; }
	| ',' expr                                          { $$ = $2; }
	;

/* CASE (1, 3:5, :0, 9:) */
case_list
	: case_item                                         { $$ = fe_list(p, $1); }
	| case_list ',' case_item                           { $$ = fe_append(p, $1, $3); }
	;

case_item
	: expr                                              { $$ = fe_case_item(p, $1, $1, 0, @1); }
	| expr ':' expr                                     { $$ = fe_case_item(p, $1, $3, 1, @1); }
	| ':' expr                                          { $$ = fe_case_item(p, NULL, $2, 1, @1); }
	| expr ':'                                          { $$ = fe_case_item(p, $1, NULL, 1, @1); }
	;

label_ref
	: TOK_INT                                           { $$ = fe_label_ref(p, $1, @1); }
	;

label_list
	: label_ref                                         { $$ = fe_list(p, $1); }
	| label_list ',' label_ref                          { $$ = fe_append(p, $1, $3); }
	;

action_stmt
	: ref '=' expr                                      { $$ = fe_assign(p, $1, $3, @1); }
	| TOK_CALL TOK_NAME                                 { $$ = fe_call(p, $2, NULL, @1); }
	| TOK_CALL TOK_NAME '(' ')'                         { $$ = fe_call(p, $2, NULL, @1); }
	| TOK_CALL TOK_NAME '(' arg_list ')'                { $$ = fe_call(p, $2, $4, @1); }
	| TOK_CALL TOK_NAME '%' TOK_NAME                    { $$ = fe_bound_call(p, $2, $4, @4); }
	| TOK_CALL TOK_NAME '%' TOK_NAME '(' ')'            { $$ = fe_bound_call(p, $2, $4, @4); }
	| TOK_CALL TOK_NAME '%' TOK_NAME '(' arg_list ')'   { $$ = fe_bound_call(p, $2, $4, @4); }
	| TOK_ALLOCATE '(' arg_list ')'                     { $$ = fe_allocate(p, 1, $3, @1); }
	| TOK_DEALLOCATE '(' arg_list ')'                   { $$ = fe_allocate(p, 0, $3, @1); }
	| TOK_RETURN                                        { $$ = fe_simple(p, IR_RETURN, @1); }
	| TOK_RETURN expr                                   { $$ = fe_return_alt(p, $2, @2); }
	| TOK_CONTINUE                                      { $$ = fe_simple(p, IR_CONTINUE, @1); }
	| TOK_EXIT                                          { $$ = fe_exit(p, IR_EXIT, NULL, @1, @1); }
	| TOK_EXIT TOK_NAME                                 { $$ = fe_exit(p, IR_EXIT, $2, @1, @2); }
	| TOK_CYCLE                                         { $$ = fe_exit(p, IR_CYCLE, NULL, @1, @1); }
	| TOK_CYCLE TOK_NAME                                { $$ = fe_exit(p, IR_CYCLE, $2, @1, @2); }
	| TOK_GO TOK_TO label_ref                           { $$ = fe_goto(p, $3, @1); }
	| TOK_GO TOK_TO '(' label_list ')' expr             { $$ = fe_computed_goto(p, $4, $6, @1); }
	| TOK_GO TOK_TO '(' label_list ')' ',' expr         { $$ = fe_computed_goto(p, $4, $7, @1); }
	| TOK_STOP                                          { $$ = fe_stop(p, NULL, 0, @1); }
	| TOK_STOP stop_code                                { $$ = fe_stop(p, $2, 0, @1); }
	| TOK_ERROR TOK_STOP                                { $$ = fe_stop(p, NULL, 1, @1); }
	| TOK_ERROR TOK_STOP stop_code                      { $$ = fe_stop(p, $3, 1, @1); }
	| TOK_PRINT '*'                                     { $$ = fe_print(p, NULL, NULL, @1); }
	| TOK_PRINT '*' ',' print_list                      { $$ = fe_print(p, NULL, $4, @1); }
	| TOK_PRINT expr                                    { $$ = fe_print(p, $2, NULL, @1); }
	| TOK_PRINT expr ',' print_list                     { $$ = fe_print(p, $2, $4, @1); }
	| TOK_WRITE '(' io_list ')'                         { $$ = fe_io(p, IO_WRITE, $3, NULL, @1); }
	| TOK_WRITE '(' io_list ')' print_list              { $$ = fe_io(p, IO_WRITE, $3, $5, @1); }
	| TOK_READ '(' io_list ')'                          { $$ = fe_io(p, IO_READ, $3, NULL, @1); }
	| TOK_READ '(' io_list ')' print_list               { $$ = fe_io(p, IO_READ, $3, $5, @1); }
	| TOK_READ '*' ',' print_list                       { $$ = fe_read_star(p, $4, @1); }
	| TOK_INQUIRE '(' io_list ')'                       { $$ = fe_io(p, IO_INQUIRE, $3, NULL, @1); }
	| TOK_OPEN '(' io_list ')'                          { $$ = fe_io(p, IO_OPEN, $3, NULL, @1); }
	| TOK_CLOSE '(' io_list ')'                         { $$ = fe_io(p, IO_CLOSE, $3, NULL, @1); }
	| TOK_REWIND '(' io_list ')'                        { $$ = fe_io(p, IO_REWIND, $3, NULL, @1); }
	| TOK_REWIND TOK_INT                                { $$ = fe_io(p, IO_REWIND, fe_list(p, fe_int_const(p, $2, @2)), NULL, @1); }
	| TOK_REWIND ref                                    { $$ = fe_io(p, IO_REWIND, fe_list(p, $2), NULL, @1); }
	| TOK_FLUSH '(' io_list ')'                         { $$ = fe_io(p, IO_FLUSH, $3, NULL, @1); }
	| TOK_FLUSH TOK_INT                                { $$ = fe_io(p, IO_FLUSH, fe_list(p, fe_int_const(p, $2, @2)), NULL, @1); }
	| TOK_FLUSH ref                                    { $$ = fe_io(p, IO_FLUSH, fe_list(p, $2), NULL, @1); }
	| TOK_BACKSPACE '(' io_list ')'                     { $$ = fe_io(p, IO_BACKSPACE, $3, NULL, @1); }
	| TOK_BACKSPACE TOK_INT                             { $$ = fe_io(p, IO_BACKSPACE, fe_list(p, fe_int_const(p, $2, @2)), NULL, @1); }
	| TOK_BACKSPACE ref                                 { $$ = fe_io(p, IO_BACKSPACE, fe_list(p, $2), NULL, @1); }
	| TOK_ENDFILE '(' io_list ')'                       { $$ = fe_io(p, IO_ENDFILE, $3, NULL, @1); }
	| TOK_ENDFILE TOK_INT                               { $$ = fe_io(p, IO_ENDFILE, fe_list(p, fe_int_const(p, $2, @2)), NULL, @1); }
	| TOK_ENDFILE ref                                   { $$ = fe_io(p, IO_ENDFILE, fe_list(p, $2), NULL, @1); }
	| TOK_FORMAT TOK_STRING                             { $$ = fe_format(p, $2, @1); }
	;

/* The control list of WRITE, OPEN...: positional values, `name = value`, `*` (unit or format). */
io_list
	: io_item                                           { $$ = fe_list(p, $1); }
	| io_list ',' io_item                               { $$ = fe_append(p, $1, $3); }
	;

io_item
	: expr
	| '*'                                               { $$ = fe_keyword(p, "*", NULL, @1); }
	| TOK_NAME '=' expr                                 { $$ = fe_keyword(p, $1, $3, @1); }
	| TOK_NAME '=' '*'                                  { $$ = fe_keyword(p, $1, fe_keyword(p, "*", NULL, @3), @1); }
	;

stop_code
	: TOK_INT                                           { $$ = fe_int_const(p, $1, @1); }
	| TOK_STRING                                        { $$ = fe_str_const(p, $1, @1); }
	;

print_list
	: print_item                                        { $$ = fe_list(p, $1); }
	| print_list ',' print_item                         { $$ = fe_append(p, $1, $3); }
	;

print_item
	: expr
	| '(' print_list ',' TOK_NAME '=' expr ',' expr step_opt ')'
	                                                    { $$ = fe_io_impldo(p, $2, fe_ref(p, $4, NULL, 0, @4), $6, $8, $9, @1); }
	;

/* ---------------------------------------------------------------- directives */

directive
	: TOK_DIRECTIVE TOK_EOS                             { fe_directive(p, $1, NULL, @1); }
	| TOK_DIR_BINOMIAL TOK_EOS                          { fe_directive(p, $1, fe_list(p, NULL), @1); }
	| TOK_DIR_BINOMIAL expr_list TOK_EOS                { fe_directive(p, $1, $2, @1); }
	;

expr_list
	: expr                                              { $$ = fe_list(p, $1); }
	| expr_list ',' expr                                { $$ = fe_append(p, $1, $3); }
	;

/* ---------------------------------------------------------------- expressions */

expr
	: disj
	| expr TOK_EQV disj                                 { $$ = fe_binop(p, IR_EQV, $1, $3, @2); }
	| expr TOK_NEQV disj                                { $$ = fe_binop(p, IR_NEQV, $1, $3, @2); }
	;

disj
	: conj
	| disj TOK_OR conj                                  { $$ = fe_binop(p, IR_OR, $1, $3, @2); }
	;

conj
	: neg
	| conj TOK_AND neg                                  { $$ = fe_binop(p, IR_AND, $1, $3, @2); }
	;

neg
	: rel
	| TOK_NOT neg                                       { $$ = fe_not(p, $2, @1); }
	;

rel
	: cat
	| cat relop cat                                     { $$ = fe_binop(p, $2, $1, $3, @2); }
	;

cat
	: arith
	| cat TOK_CONCAT arith                              { $$ = fe_binop(p, IR_CONCAT, $1, $3, @2); }
	;

relop
	: TOK_EQ                                            { $$ = IR_EQ; }
	| TOK_NE                                            { $$ = IR_NE; }
	| TOK_LT                                            { $$ = IR_LT; }
	| TOK_LE                                            { $$ = IR_LE; }
	| TOK_GT                                            { $$ = IR_GT; }
	| TOK_GE                                            { $$ = IR_GE; }
	;

arith
	: term
	| sign term                                         { $$ = fe_sign(p, $1, $2, @1); }
	| arith sign term                                   { $$ = fe_binop(p, $2, $1, $3, @2); }
	| arith sign sign term                              { $$ = fe_binop(p, $2, $1, fe_sign(p, $3, $4, @3), @2); }
	;

sign
	: '+'                                               { $$ = IR_ADD; }
	| '-'                                               { $$ = IR_SUB; }
	;

term
	: factor
	| term mulop factor                                 { $$ = fe_binop(p, $2, $1, $3, @2); }
	| term mulop sign factor                            { $$ = fe_binop(p, $2, $1, fe_sign(p, $3, $4, @3), @2); }
	;

mulop
	: '*'                                               { $$ = IR_MUL; }
	| '/'                                               { $$ = IR_DIV; }
	;

factor
	: primary
	| primary TOK_POW factor                            { $$ = fe_binop(p, IR_POW, $1, $3, @2); }
	| primary TOK_POW sign factor                       { $$ = fe_binop(p, IR_POW, $1, fe_sign(p, $3, $4, @3), @2); }
	;

primary
	: TOK_INT                                           { $$ = fe_int_const(p, $1, @1); }
	| TOK_REALNUM                                       { $$ = fe_real_const(p, $1, @1); }
	| TOK_STRING                                        { $$ = fe_str_const(p, $1, @1); }
	| TOK_TRUE                                          { $$ = fe_log_const(p, 1, @1); }
	| TOK_FALSE                                         { $$ = fe_log_const(p, 0, @1); }
	| ref
	| '(' expr ')'                                      { $$ = fe_paren($2); }
	| '[' ac_list ']'                                   { $$ = fe_arraycon(p, $2, @1); }
	| TOK_LARRAY ac_list TOK_RARRAY                     { $$ = fe_arraycon(p, $2, @1); }
	| '[' type_spec TOK_DCOLON ac_list ']'              { $$ = fe_arraycon_typed(p, $2, $4, @1); }
	| TOK_LARRAY type_spec TOK_DCOLON ac_list TOK_RARRAY
	                                                    { $$ = fe_arraycon_typed(p, $2, $4, @1); }
	| '[' type_spec TOK_DCOLON ']'                      { $$ = fe_arraycon_typed(p, $2, NULL, @1); }
	| TOK_LARRAY type_spec TOK_DCOLON TOK_RARRAY        { $$ = fe_arraycon_typed(p, $2, NULL, @1); }
	| TOK_LCOMPLEX cx_part ',' cx_part ')'              { $$ = fe_complex_const(p, $2, $4, @1); }
	;

/* A part of a complex constant `(1.0, -2d0)` (the classifier marks its parenthesis). */
cx_part
	: TOK_INT                                           { $$ = fe_int_const(p, $1, @1); }
	| TOK_REALNUM                                       { $$ = fe_real_const(p, $1, @1); }
	| '-' TOK_INT                                       { $$ = fe_sign(p, IR_SUB, fe_int_const(p, $2, @2), @1); }
	| '-' TOK_REALNUM                                   { $$ = fe_sign(p, IR_SUB, fe_real_const(p, $2, @2), @1); }
	| '+' TOK_INT                                       { $$ = fe_int_const(p, $2, @2); }
	| '+' TOK_REALNUM                                   { $$ = fe_real_const(p, $2, @2); }
	;

/* Array constructor values: expressions and implied DO loops `(a(i), i = 1, n)`. */
ac_list
	: ac_item                                           { $$ = fe_list(p, $1); }
	| ac_list ',' ac_item                               { $$ = fe_append(p, $1, $3); }
	;

ac_item
	: expr
	| '(' ac_list ',' TOK_NAME '=' expr ',' expr step_opt ')'
	                                                    { $$ = fe_impldo(p, $2, fe_ref(p, $4, NULL, 0, @4), $6, $8, $9, @1); }
	;

ref
	: TOK_NAME                                          { $$ = fe_ref(p, $1, NULL, 0, @1); }
	| TOK_NAME '(' ')'                                  { $$ = fe_ref(p, $1, NULL, 1, @1); }
	| TOK_NAME '(' arg_list ')'                         { $$ = fe_ref(p, $1, $3, 1, @1); }
	| ref '%' TOK_NAME                                  { $$ = fe_component(p, $1, $3, NULL, @3); }
	| ref '%' TOK_NAME '(' arg_list ')'                 { $$ = fe_component(p, $1, $3, $5, @3); }
	| ref '%' TOK_NAME '(' ')'                          { $$ = fe_bound_ref(p, $1, $3, @3); }
	| TOK_NAME '(' arg_list ')' '(' arg ')'             { $$ = fe_substring(p, fe_ref(p, $1, $3, 1, @1), $6, @5); }
	| ref '%' TOK_NAME '(' arg_list ')' '(' arg ')'     { $$ = fe_substring(p, fe_component(p, $1, $3, $5, @3), $8, @7); }
	;

arg_list
	: arg                                               { $$ = fe_list(p, $1); }
	| arg_list ',' arg                                  { $$ = fe_append(p, $1, $3); }
	;

/* A subscript triplet lo:hi:st (a section) or a keyword argument (`dim = 1`); sema says
 * where each is allowed. */
arg
	: expr
	| sec_bound_opt ':' sec_bound_opt                   { $$ = fe_triplet(p, $1, $3, NULL, @2); }
	| sec_bound_opt ':' sec_bound_opt ':' expr          { $$ = fe_triplet(p, $1, $3, $5, @2); }
	| sec_bound_opt TOK_DCOLON expr                     { $$ = fe_triplet(p, $1, NULL, $3, @2); }
	| TOK_NAME '=' expr                                 { $$ = fe_keyword(p, $1, $3, @1); }
	| '*' TOK_INT                                       { $$ = fe_alt_return_actual(p, $2, @1); }
	;

sec_bound_opt
	: %empty                                            { $$ = NULL; }
	| expr
	;

%%
