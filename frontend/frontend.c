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

static const char *extension(const char *filename)
{
	const char *dot = filename ? strrchr(filename, '.') : NULL;
	const char *slash = filename ? strrchr(filename, '/') : NULL;
	if (!dot || (slash && dot < slash))
		return "";
	return dot;
}

static int one_of(const char *ext, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(ext, list[i]) == 0)
			return 1;
	return 0;
}

int fe_form_of(const char *filename)
{
	static const char *const fixed[] = {".f", ".F", ".for", ".FOR", ".fpp", ".FPP", ".f77", ".F77", ".ftn", ".FTN"};
	return one_of(extension(filename), fixed, sizeof fixed / sizeof fixed[0]) ? FE_FORM_FIXED : FE_FORM_FREE;
}

int fe_needs_cpp(const char *filename)
{
	static const char *const cpp[] = {".F", ".FOR", ".FTN", ".FPP", ".fpp", ".F77", ".F90", ".F95", ".F03", ".F08"};
	return one_of(extension(filename), cpp, sizeof cpp / sizeof cpp[0]);
}

/* Parse text (len bytes) as the file `filename`; `shown` is the file's text as written, which
 * diagnostics quote (the text itself when it was not preprocessed). */
static int parse_text(IrProgram *prog, const char *filename, const char *shown, size_t nshown, const char *text, size_t len,
                      const FeOptions *opt, int preprocessed)
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
	char *copy = malloc(nshown + 1);
	if (!copy)
		abort();
	memcpy(copy, shown, nshown);
	copy[nshown] = 0;
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
	fe_source_init(&p.src, src, text, len, form == FE_FORM_FIXED, line_length, opt, preprocessed);
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

int fe_parse_string(IrProgram *prog, const char *filename, const char *text, size_t len, const FeOptions *opt)
{
	if (!text) {
		text = "";
		len = 0;
	}
	return parse_text(prog, filename, text, len, text, len, opt, 0);
}

int fe_read_file(const char *path, char **out, size_t *outlen)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return errno ? errno : ENOENT;
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap + 1);
	if (!buf)
		abort();
	for (;;) {
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (n < cap)
			break;
		cap *= 2;
		char *g = realloc(buf, cap + 1);
		if (!g)
			abort();
		buf = g;
	}
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		free(buf);
		return EIO;
	}
	buf[n] = 0;
	*out = buf;
	*outlen = n;
	return 0;
}

int fe_parse_file(IrProgram *prog, const char *path, const FeOptions *opt)
{
	char *buf;
	size_t n;
	int e = fe_read_file(path, &buf, &n);
	if (e) {
		IrLoc l = ir_loc(ir_source_register(prog, ir_strdup(prog->arena, path), ""), 0, 0);
		int before = ir_error_count(prog);
		if (e == EIO)
			ir_error(l, "cannot read file");
		else
			ir_error(l, "cannot open file: %s", strerror(e));
		return ir_error_count(prog) - before;
	}
	int nerr;
	if (opt && opt->preprocess && (opt->cpp || fe_needs_cpp(path))) {
		char *pp = NULL;
		size_t npp = 0;
		int before = ir_error_count(prog);
		if (opt->preprocess(opt->preprocess_ctx, prog, path, &pp, &npp) != 0) {
			if (ir_error_count(prog) == before) /* the hook reports; count its failure as one */
				ir_error(ir_loc(ir_source_register(prog, ir_strdup(prog->arena, path), ""), 0, 0),
				         "the C preprocessor failed");
			nerr = ir_error_count(prog) - before;
		} else {
			nerr = parse_text(prog, path, buf, n, pp, npp, opt, 1);
		}
		free(pp);
	} else {
		nerr = parse_text(prog, path, buf, n, buf, n, opt, 0);
	}
	free(buf);
	return nerr;
}
