/*
 * frontend.h — the Fortran frontend's public interface (prefix fe_).
 *
 * fe_parse_file / fe_parse_string read Fortran source (free or fixed form) and append its
 * program units to an IrProgram, as the parser's IR of ir/README.md: declarations as written
 * (IrDecl), structured statement bodies, and names as unresolved IR_REF nodes. Names are
 * resolved afterwards by fe_sema (sema.h). Everything outside the supported subset is refused
 * with a located error; parsing goes on with the next statement so one run reports many errors.
 */
#ifndef STAD_FRONTEND_H
#define STAD_FRONTEND_H

#include <stddef.h>

#include "ir.h"

enum {
	FE_FORM_AUTO = 0, /* from the file name's extension; free form when it says nothing */
	FE_FORM_FREE,
	FE_FORM_FIXED
};

typedef struct FeOptions {
	int form;        /* FE_FORM_AUTO, FE_FORM_FREE, FE_FORM_FIXED */
	int line_length; /* fixed form: columns read per line; 0 = 72; negative = no limit */
	/* Folders searched for INCLUDE files after the including file's own (-I DIR), in order. */
	const char *const *include_dirs;
	int ninclude_dirs;
	int cpp; /* preprocess every file, whatever its name (--cpp) */
	/* Runs the C preprocessor on the file at path: 0 with *out (malloc'ed text, which may hold
	 * line markers) and *len, or nonzero after reporting why not (an error of program p).
	 * NULL: no preprocessor, so the files that need one are read as they are (their # lines
	 * are refused). */
	int (*preprocess)(void *ctx, IrProgram *p, const char *path, char **out, size_t *len);
	void *preprocess_ctx;
} FeOptions;

/* Parse a file (form from the extension when AUTO: .f .F .for .FOR .fpp .FPP .f77 .ftn are
 * fixed form; .f90 .F90 .f95 .f03 .f08 and anything else free form), appending its units to
 * p->units and its name to p->files. Files that need the C preprocessor (fe_needs_cpp, or
 * every file with opt->cpp) are read through opt->preprocess; line markers in the text are
 * honoured in every file, and INCLUDE lines are replaced by their files. Reports errors with
 * ir_error(); returns the number of errors. */
int fe_parse_file(IrProgram *p, const char *path, const FeOptions *opt);

/* Does gfortran run the C preprocessor on a file of this name (.F .FOR .FTN .FPP .fpp .F77
 * .F90 .F95 .F03 .F08)? */
int fe_needs_cpp(const char *filename);

/* The same for source text in memory (need not be NUL-terminated); filename is used for the
 * locations in diagnostics and for choosing the form when opt->form is AUTO. */
int fe_parse_string(IrProgram *p, const char *filename, const char *text, size_t len, const FeOptions *opt);

/* Read a library file (--lib; the format is at the top of lib.c and in the README): one
 * routine-without-source unit per entry, with its dummies, intents and dependencies, appended
 * to p->externals. Errors are located in the file; returns their number. */
int fe_parse_lib(IrProgram *p, const char *path);
int fe_parse_lib_string(IrProgram *p, const char *path, const char *text, size_t len);

/* With a head: the routines it does not reach (by name, over-approximated) leave the program
 * before sema, into p->unreached; the diagnostics held since ir_diag_hold(p) are printed except
 * those located in them (one warning per such routine instead), which no longer count. When no
 * routine is called head nothing is dropped (its check reports that). verbose: list them. */
void fe_prune(IrProgram *p, const char *head, int verbose);

/* The form fe_parse_* would use for this file name (FE_FORM_FREE or FE_FORM_FIXED). */
int fe_form_of(const char *filename);

#endif
