/*
 * commands.c — subcommands implemented by other modules, wired to the command line.
 */
#include "ckp_revolve.h"
#include "cli.h"
#include "prof.h"

int cli_cmd_revolve(int argc, char **argv)
{
	return ckp_cmd_revolve(argc, argv);
}

int cli_cmd_profile(int argc, char **argv)
{
	return prof_cmd_profile(argc, argv);
}
