/*
 * test_table.c — toggle tables: parsing (comments, blank lines, CRLF, any case of on/off),
 * every error with its line and column, formatting and reading back, and writing atomically
 * without ever replacing a file stad did not write.
 */
#include <stdlib.h>
#include <string.h>

#include "prof_table.h"
#include "testutil.h"

static ProfTable *parse(const char *text, char *err)
{
	return prof_table_parse(text, strlen(text), "t.table", err, 512);
}

static void expect_error(const char *text, const char *want, int line)
{
	char err[512];
	ProfTable *t = parse(text, err);
	tu_checks++;
	if (t || strcmp(err, want) != 0) {
		tu_failures++;
		fprintf(stderr, "test_table.c:%d: got '%s', expected '%s'\n", line, t ? "(accepted)" : err, want);
	}
	prof_table_free(t);
}
#define EXPECT_ERROR(text, want) expect_error(text, want, __LINE__)

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	static char buf[4096];
	size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
	if (f)
		fclose(f);
	buf[n] = 0;
	return f ? buf : NULL;
}

static void spit(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	fputs(text, f);
	fclose(f);
}

/* A configuration's table (checkpoint/, written by stad tune): call sites with their state and
 * whether it is the default's, a binomial loop's tuned count as a comment line, calls of routines
 * without source left out; it reads back. */
static void test_config_table(void)
{
	/* p:13:ext calls a routine without source: not a toggle, left out */
	const CkpConfigSite s[] = {{"p:3:q", 0, 0, 1, 0, 0},
	                           {"p:5:binomial", 1, 0, 0, 8, 0},
	                           {"p:9:r", 0, 1, 1, 0, 0},
	                           {"p:11:binomial", 1, 0, 0, 0, 0},
	                           {"p:13:ext", 0, 1, 1, 0, 1}};
	char *text = ckp_config_table_text(s, 5, "tuned by a test");
	const char *want = "# stad checkpoint table v1\n"
	                   "# tuned by a test\n"
	                   "p:3:q  off  # tuned\n"
	                   "# p:5:binomial: 8 snapshots (tuned; run with STAD_SNAPS=1=8 or set it in the directive)\n"
	                   "p:9:r  on   # as default\n";
	CHECK(text && !strcmp(text, want));
	if (text && strcmp(text, want))
		fprintf(stderr, "got:\n%s", text);
	char err[512];
	ProfTable *t = text ? parse(text, err) : NULL;
	CHECK(t && t->n == 2 && t->v[0].on == 0 && t->v[1].on == 1);
	prof_table_free(t);
	free(text);
}

int main(void)
{
	test_config_table();
	char err[512];
	ProfTable *t = parse("# stad checkpoint table v1\r\n"
	                     "\n"
	                     "   # a comment line\n"
	                     "step:27:rhs        off   # tuned: -0.84 s, peak +1.2 MiB\r\n"
	                     "burgers:41:step    ON\n"
	                     "\tq_1:5:r$x Off#no space\n"
	                     "last:1:x on",
	                     err);
	CHECK(t != NULL);
	if (!t) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	CHECK_U64(t->n, 4);
	CHECK(!strcmp(t->v[0].id, "step:27:rhs") && t->v[0].on == 0 && t->v[0].line == 4);
	CHECK(t->v[0].comment && !strcmp(t->v[0].comment, "tuned: -0.84 s, peak +1.2 MiB"));
	CHECK(!strcmp(t->v[1].id, "burgers:41:step") && t->v[1].on == 1 && !t->v[1].comment);
	CHECK(!strcmp(t->v[2].id, "q_1:5:r$x") && t->v[2].on == 0 && t->v[2].line == 6);
	CHECK(t->v[2].comment && !strcmp(t->v[2].comment, "no space"));
	CHECK(!strcmp(t->v[3].id, "last:1:x") && t->v[3].on == 1);
	CHECK(prof_table_find(t, "burgers:41:step") == &t->v[1]);
	CHECK(prof_table_find(t, "burgers:41:ste") == NULL);

	/* set: replace and add; comments lose control characters */
	CHECK(prof_table_set(t, "burgers:41:step", 0, "now\noff") == 0);
	CHECK(t->v[1].on == 0 && !strcmp(t->v[1].comment, "now off"));
	CHECK(prof_table_set(t, "new:3:one", 1, NULL) == 0);
	CHECK_U64(t->n, 5);
	CHECK(t->v[4].line == 0);

	/* format, aligned, and read back */
	size_t len;
	char *text = prof_table_format(t, &len);
	CHECK(text &&
	      !strcmp(text,
	              "# stad checkpoint table v1\n"
	              "step:27:rhs      off  # tuned: -0.84 s, peak +1.2 MiB\n"
	              "burgers:41:step  off  # now off\n"
	              "q_1:5:r$x        off  # no space\n"
	              "last:1:x         on\n"
	              "new:3:one        on\n"));
	ProfTable *back = prof_table_parse(text, len, "back", err, sizeof err);
	CHECK(back && back->n == 5);
	for (size_t i = 0; back && i < 5; i++)
		CHECK(!strcmp(back->v[i].id, t->v[i].id) && back->v[i].on == t->v[i].on);
	prof_table_free(back);
	free(text);

	/* write: new file, then over our own file; never over someone else's */
	const char *path = "test_table_out.table";
	remove(path);
	CHECK(prof_table_write(t, path, err, sizeof err) == 0);
	CHECK(slurp(path) && !strncmp(slurp(path), PROF_TABLE_HEADER "\nstep:27:rhs", 38));
	CHECK(slurp("test_table_out.table.tmp") == NULL);
	CHECK(prof_table_set(t, "step:27:rhs", 1, "back on") == 0);
	CHECK(prof_table_write(t, path, err, sizeof err) == 0);
	CHECK(strstr(slurp(path), "step:27:rhs      on   # back on\n") != NULL);
	spit(path, "program main\n  call f\nend\n");
	CHECK(prof_table_write(t, path, err, sizeof err) != 0);
	CHECK(!strcmp(err,
	              "test_table_out.table: not written by stad (its first line is not "
	              "'# stad checkpoint table v1'); refusing to overwrite it"));
	CHECK(!strcmp(slurp(path), "program main\n  call f\nend\n"));
	spit(path, "# stad checkpoint table v12\n");
	CHECK(prof_table_write(t, path, err, sizeof err) != 0);
	spit(path, "");
	CHECK(prof_table_write(t, path, err, sizeof err) != 0);
	spit(path, "# stad checkpoint table v1");
	CHECK(prof_table_write(t, path, err, sizeof err) == 0);
	remove(path);
	CHECK(prof_table_write(t, "no/such/dir/x.table", err, sizeof err) != 0);
	CHECK(strstr(err, "no/such/dir/x.table: cannot write: ") == err);
	ProfTable *none = prof_table_read("no/such.table", err, sizeof err);
	CHECK(!none && strstr(err, "no/such.table: cannot read: ") == err);
	prof_table_free(t);

	/* an empty table and a header-only one */
	t = parse("", err);
	CHECK(t && t->n == 0);
	prof_table_free(t);
	t = parse("# stad checkpoint table v1\n", err);
	CHECK(t && t->n == 0);
	prof_table_free(t);

	/* errors: file:line:col */
	EXPECT_ERROR("a:1:b on\nstep27rhs off\n",
	             "t.table:2:1: error: expected a site id caller:callee#k (or caller:line:callee), not 'step27rhs'");
	EXPECT_ERROR("  a::b on", "t.table:1:3: error: expected a site id caller:callee#k (or caller:line:callee), not 'a::b'");
	EXPECT_ERROR("a:0:b on", "t.table:1:1: error: expected a site id caller:callee#k (or caller:line:callee), not 'a:0:b'");
	EXPECT_ERROR("a:01:b on", "t.table:1:1: error: expected a site id caller:callee#k (or caller:line:callee), not 'a:01:b'");
	EXPECT_ERROR("a:1: on", "t.table:1:1: error: expected a site id caller:callee#k (or caller:line:callee), not 'a:1:'");
	EXPECT_ERROR(":1:b on", "t.table:1:1: error: expected a site id caller:callee#k (or caller:line:callee), not ':1:b'");
	EXPECT_ERROR("a:x:b on", "t.table:1:1: error: expected a site id caller:callee#k (or caller:line:callee), not 'a:x:b'");
	EXPECT_ERROR("a:1:b:c on",
	             "t.table:1:1: error: expected a site id caller:callee#k (or caller:line:callee), not 'a:1:b:c'");
	EXPECT_ERROR("a:1:b", "t.table:1:6: error: expected 'on' or 'off' after the site id");
	EXPECT_ERROR("a:1:b   # c", "t.table:1:9: error: expected 'on' or 'off' after the site id");
	EXPECT_ERROR("a:1:b maybe", "t.table:1:7: error: expected 'on' or 'off', not 'maybe'");
	EXPECT_ERROR("a:1:b on off", "t.table:1:10: error: unexpected text after the state");
	EXPECT_ERROR("a:1:b on\n\na:1:b off\n", "t.table:3:1: error: site 'a:1:b' is listed twice (first on line 1)");
	EXPECT_ERROR("# stad checkpoint table v2\na:1:b on\n",
	             "t.table:1:1: error: unsupported table version (this stad reads v1)");
	char nul[] = "a:1:b on\nx\0y";
	t = prof_table_parse(nul, sizeof nul - 1, "t.table", err, sizeof err);
	CHECK(!t && !strcmp(err, "t.table:2:2: error: NUL byte (not a text file)"));

	CHECK(prof_table_valid_id("step:27:rhs"));
	CHECK(!prof_table_valid_id("step:27:rhs "));
	CHECK(!prof_table_valid_id("step:27"));
	CHECK(!prof_table_valid_id(""));
	/* site numbers: caller:callee#k */
	CHECK(prof_table_valid_id("step:rhs#1"));
	CHECK(prof_table_valid_id("step:rhs#12"));
	CHECK(!prof_table_valid_id("step:rhs#0"));
	CHECK(!prof_table_valid_id("step:rhs#01"));
	CHECK(!prof_table_valid_id("step:rhs#"));
	CHECK(!prof_table_valid_id("step:rhs"));
	CHECK(!prof_table_valid_id(":rhs#1"));
	CHECK(!prof_table_valid_id("step:#1"));
	CHECK(!prof_table_valid_id("step:27:rhs#1"));
	t = parse("# stad checkpoint table v1\nstep:rhs#2  off  # line 27, tuned\nstep:rhs#10 on#x\n", err);
	CHECK(t && t->n == 2);
	if (t && t->n == 2) {
		CHECK(!strcmp(t->v[0].id, "step:rhs#2") && t->v[0].on == 0 && !strcmp(t->v[0].comment, "line 27, tuned"));
		CHECK(!strcmp(t->v[1].id, "step:rhs#10") && t->v[1].on == 1 && !strcmp(t->v[1].comment, "x"));
	}
	prof_table_free(t);
	/* a '#' not followed by a number and a blank starts a comment, as before */
	EXPECT_ERROR("step:rhs#2x on",
	             "t.table:1:1: error: expected a site id caller:callee#k (or caller:line:callee), not 'step:rhs'");
	EXPECT_ERROR("a:1:b# on", "t.table:1:6: error: expected 'on' or 'off' after the site id");
	return tu_done("test_table");
}
