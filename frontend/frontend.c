/*
 * frontend.c — fe_parse_file / fe_parse_string: read a file, choose its form, run the parser.
 *
 * One FeParser per file: the source is prepared (source.c), scanned (scanner.l), split into
 * statements (classify.c) and parsed (parser.y) into the program's units (build.c). Everything
 * the IR keeps lives in the program's arena; the parser's own buffers are freed here.
 */
#include "fe_int.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"

int fe_form_of(const char *filename)
{
	static const char *const fixed[] = {".f", ".F", ".for", ".FOR", ".f77", ".F77", ".ftn", ".FTN"};
	const char *dot = filename ? strrchr(filename, '.') : NULL;
	const char *slash = filename ? strrchr(filename, '/') : NULL;
	if (!dot || (slash && dot < slash))
		return FE_FORM_FREE;
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
		if (strcmp(dot, fixed[i]) == 0)
			return FE_FORM_FIXED;
	return FE_FORM_FREE;
}

int fe_parse_string(IrProgram *prog, const char *filename, const char *text, size_t len, const FeOptions *opt)
{
	int before = ir_error_count(prog);
	IrArena *a = prog->arena;
	if (!text) {
		text = "";
		len = 0;
	}
	const char *file = ir_strdup(a, filename ? filename : "<string>");
	ir_vec_push(a, &prog->files, (void *)file);

	/* Register the text as written (a NUL-terminated copy) so diagnostics can quote it. */
	char *copy = malloc(len + 1);
	if (!copy)
		abort();
	memcpy(copy, text, len);
	copy[len] = 0;
	IrSource *src = ir_source_register(prog, file, copy);
	free(copy);

	if (len > (size_t)INT_MAX / 2) {
		ir_error(ir_loc(src, 0, 0), "file too large");
		return ir_error_count(prog) - before;
	}
	int form = opt ? opt->form : FE_FORM_AUTO;
	if (form == FE_FORM_AUTO)
		form = fe_form_of(file);
	int line_length = opt && opt->line_length ? opt->line_length : 72;

	FeParser p;
	memset(&p, 0, sizeof p);
	p.prog = prog;
	p.a = a;
	fe_source_init(&p.src, src, text, len, form == FE_FORM_FIXED, line_length);
	if (p.src.len > (size_t)INT_MAX) { /* fixed form grew past what Flex can take */
		ir_error(ir_loc(src, 0, 0), "file too large");
	} else if (fe_scan_init(&p) == 0) {
		fe_yyparse(&p);
		fe_build_finish(&p, fe_source_loc(&p.src, p.src.len));
		fe_scan_free(&p);
	}
	fe_build_free(&p);
	free(p.toks);
	fe_source_free(&p.src);
	return ir_error_count(prog) - before;
}

int fe_parse_file(IrProgram *prog, const char *path, const FeOptions *opt)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		IrLoc l = ir_loc(ir_source_register(prog, ir_strdup(prog->arena, path), ""), 0, 0);
		int before = ir_error_count(prog);
		ir_error(l, "cannot open file: %s", strerror(errno));
		return ir_error_count(prog) - before;
	}
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	if (!buf)
		abort();
	for (;;) {
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (n < cap)
			break;
		cap *= 2;
		char *g = realloc(buf, cap);
		if (!g)
			abort();
		buf = g;
	}
	int bad = ferror(f);
	fclose(f);
	int nerr;
	if (bad) {
		IrLoc l = ir_loc(ir_source_register(prog, ir_strdup(prog->arena, path), ""), 0, 0);
		int before = ir_error_count(prog);
		ir_error(l, "cannot read file");
		nerr = ir_error_count(prog) - before;
	} else {
		nerr = fe_parse_string(prog, path, buf, n, opt);
	}
	free(buf);
	return nerr;
}
