/*
 * cpp.c — the C preprocessor, run on the files that need it as gfortran runs it.
 *
 * gfortran preprocesses .F, .F90, .fpp, ... files with its own cpp in traditional mode
 * (`-traditional-cpp`: `//` is Fortran's concatenation, not a comment; apostrophes in comments
 * do not open character constants) and without the system's own macros (a variable called
 * `linux` or `unix` stays a variable). stad runs
 *     cpp -traditional-cpp -undef -D_LANGUAGE_FORTRAN=1 -D__STAD__=1 [-D/-U ...] [-I DIR ...] FILE
 * (STAD_CPP names another program, its words split at blanks), without a shell, its output read
 * through a pipe into memory. The output keeps cpp's line markers, which the frontend honours:
 * every location points into the original file and line. cpp's own messages go to stderr.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <stdlib.h>
#include <string.h>

int cli_preprocess(void *ctx, IrProgram *p, const char *path, char **out, size_t *len)
{
	const CliOpts *o = ctx;
	const char *prog = getenv("STAD_CPP");
	if (!prog || !*prog)
		prog = "cpp";
	CliArgv argv = {0};
	cli_argv_words(&argv, prog);
	if (!argv.n) {
		cli_argv_free(&argv);
		return 1;
	}
	char *name = strdup(argv.v[0]);
	if (!name)
		abort();
	static const char *const fixed[] = {"-traditional-cpp", "-undef", "-D_LANGUAGE_FORTRAN=1", "-D__STAD__=1"};
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
		cli_argv_add(&argv, fixed[i]);
	for (int i = 0; i < o->ncpp_args; i++)
		cli_argv_add(&argv, o->cpp_args[i]);
	for (int i = 0; i < o->ninclude_dirs; i++) {
		cli_argv_add(&argv, "-I");
		cli_argv_add(&argv, o->include_dirs[i]);
	}
	/* the file as the user named it, so that line markers name it that way too (cpp knows no
	 * `--`: a name starting with '-' is given as ./NAME) */
	if (path[0] == '-') {
		char *dot = malloc(strlen(path) + 3);
		if (!dot)
			abort();
		strcpy(dot, "./");
		strcat(dot, path);
		cli_argv_add(&argv, dot);
		free(dot);
	} else {
		cli_argv_add(&argv, path);
	}
	int st = cli_run_capture(&argv, out, len);
	cli_argv_free(&argv);
	IrLoc file = ir_loc(ir_source_register(p, ir_strdup(p->arena, path), ""), 0, 0);
	int rc = 0;
	if (st == 127 || st < 0) {
		ir_error(file,
		         "cannot run the C preprocessor '%s' (install cpp, name another with STAD_CPP, or give stad the "
		         "preprocessed file)",
		         name);
		rc = 1;
	} else if (st >= CLI_RUN_SIGNAL) {
		ir_error(file, "the C preprocessor '%s' was killed by signal %d", name, st - CLI_RUN_SIGNAL);
		rc = 1;
	} else if (st != 0) {
		ir_error(file, "the C preprocessor '%s' failed (exit status %d; its messages are above)", name, st);
		rc = 1;
	}
	if (rc) {
		free(*out);
		*out = NULL;
		*len = 0;
	}
	free(name);
	return rc;
}
