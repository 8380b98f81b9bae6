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
} FeOptions;

/* Parse a file (form from the extension when AUTO: .f .F .for .FOR .f77 .ftn are fixed form;
 * .f90 .F90 .f95 .f03 .f08 and anything else free form), appending its units to p->units and
 * its name to p->files. Reports errors with ir_error(); returns the number of errors. */
int fe_parse_file(IrProgram *p, const char *path, const FeOptions *opt);

/* The same for source text in memory (need not be NUL-terminated); filename is used for the
 * locations in diagnostics and for choosing the form when opt->form is AUTO. */
int fe_parse_string(IrProgram *p, const char *filename, const char *text, size_t len, const FeOptions *opt);

/* The form fe_parse_* would use for this file name (FE_FORM_FREE or FE_FORM_FIXED). */
int fe_form_of(const char *filename);

#endif
