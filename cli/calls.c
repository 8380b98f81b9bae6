/*
 * calls.c — `stad calls`: every call site of the differentiated call tree with its checkpoint
 * state and why. The output is itself a valid toggle table (`--table`).
 */
#include "ad.h"
#include "cli.h"

#include <string.h>

int cli_cmd_calls(int argc, char **argv)
{
	static const char usage[] =
	        "usage: stad calls FILES... --head 'name(deps)/(indeps)' [--table T] [--nocheckpoint 'a b']\n"
	        "                  [--default-nocheckpoint]\n"
	        "Lists every call site of the adjoint's call tree: id (caller:line:callee), on|off, and why\n"
	        "(default, pragma, option, table, forced). Edited, the output is a valid --table file.\n" CLI_SOURCE_USAGE;
	CliOpts o;
	int rc = cli_parse(argc, argv, OPT_NEED_HEAD | OPT_HEAD | OPT_TABLE | OPT_CKP | OPT_FORM, &o, usage);
	if (rc)
		return rc < 0 ? 0 : rc;
	AdRequest req;
	cli_ad_request(&o, AD_REVERSE, &req);
	CliTranslation t;
	if (cli_translate(&o, &req, NULL, NULL, &t) != 0)
		return 1;
	char *text =
	        ckp_table_format(t.p->arena, t.res.sites, "call sites of the adjoint of the head; edit and pass with --table");
	fputs(text, stdout);
	ir_program_free(t.p);
	return 0;
}
