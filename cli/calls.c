/*
 * calls.c — `stad calls`: every call site of the differentiated call tree with its checkpoint
 * state and why. The output is itself a valid toggle table (`--table`). With --update-table T,
 * it carries table T over to the current site ids instead (checkpoint/ decides what can be).
 */
#include "ad.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* stad calls --update-table T: T's entries renamed to the sites they name now. */
static int update_table(const CliOpts *o, CliTranslation *t)
{
	char first[256];
	if (!cli_first_line(o->update_table, first, sizeof first) || strcmp(first, CKP_TABLE_HEADER) != 0) {
		fprintf(stderr, "stad calls: error: '%s' is not a toggle table stad wrote (its first line is not '%s')\n",
		        o->update_table, CKP_TABLE_HEADER);
		return 1;
	}
	CkpTable *tab = ckp_table_read(t->p, o->update_table);
	if (!tab || ir_error_count(t->p)) {
		pl_report_errors(t->p);
		return 1;
	}
	int ndropped = 0;
	char *text = ckp_table_update(t->res.sites, tab, &ndropped);
	if (!text) {
		fprintf(stderr, "stad calls: out of memory\n");
		return 1;
	}
	int rc = cli_write_file(o->update_table, text, strlen(text), o, 1);
	free(text);
	if (rc)
		return 1;
	if (ndropped) {
		fprintf(stderr,
		        "stad calls: %d entr%s of '%s' could not be carried over (kept there as comments 'dropped: ...')\n",
		        ndropped, ndropped == 1 ? "y" : "ies", o->update_table);
		return 1;
	}
	printf("stad calls: '%s' carried over to the current site ids (%d entr%s)\n", o->update_table, tab->n,
	       tab->n == 1 ? "y" : "ies");
	return 0;
}

int cli_cmd_calls(int argc, char **argv)
{
	static const char usage[] =
	        "usage: stad calls FILES... --head 'name(deps)/(indeps)' [--table T] [--nocheckpoint 'a b']\n"
	        "                  [--default-nocheckpoint] [--default-checkpoint on|off|auto [--set N=V]...]\n"
	        "                  [--update-table T]\n"
	        "Lists every call site of the adjoint's call tree: id (caller:callee#k, the k-th call of callee\n"
	        "in caller), on|off, and its line and why (default, pragma, option, table, forced, auto) as a\n"
	        "comment; auto (--default-checkpoint auto) adds the callee's tape and the snapshot it chose by.\n"
	        "Edited, the output is a valid --table file. --update-table T rewrites the table T (stad's) for\n"
	        "the current sources: entries in the old form caller:line:callee become caller:callee#k when\n"
	        "their line still has the call or the caller calls the callee once; the others are kept as\n"
	        "comments (exit status 1). Each !$AD FP-LOOP follows as a comment line `# caller:fploop#k on\n"
	        "(line N, why)`: the entry `caller:fploop#k off` tapes its iterations instead of its two-phase\n"
	        "adjoint (the gradient changes within the loop's tolerance, not bitwise).\n" CLI_SOURCE_USAGE;
	CliOpts o;
	int rc = cli_parse(argc, argv, OPT_NEED_HEAD | OPT_HEAD | OPT_TABLE | OPT_CKP | OPT_FORM | OPT_UPDATE, &o, usage);
	if (rc)
		return rc < 0 ? 0 : rc;
	if (o.update_table && o.table)
		return cli_usage_error(&o, usage, "--update-table and --table: give one (the table to carry over)");
	AdRequest req;
	cli_ad_request(&o, AD_REVERSE, &req);
	CliTranslation t;
	if (cli_translate(&o, &req, NULL, NULL, &t) != 0)
		return 1;
	if (o.update_table) {
		rc = update_table(&o, &t);
		ir_program_free(t.p);
		return rc;
	}
	const char *head = "call sites of the adjoint of the head; edit and pass with --table";
	if (t.res.sites->auto_done)
		head = ir_sprintf(t.p->arena,
		                  "%s\n# auto: the head's forward sweep pushes %.0f B%s (the peak tape when no checkpointed "
		                  "call re-runs above that)",
		                  head, t.res.sites->auto_head_tape, t.res.sites->auto_assumed ? ", sizes assumed" : "");
	char *text = ckp_table_format(t.p->arena, t.res.sites, head);
	fputs(text, stdout);
	ir_program_free(t.p);
	return 0;
}
