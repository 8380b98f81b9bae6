/*
 * tune.c — `stad tune`: the automatic loop of emit, compile, run, profile, choose, apply.
 */
#include "cli.h"

int cli_cmd_tune(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "stad tune: not available yet\n");
	return 2;
}
