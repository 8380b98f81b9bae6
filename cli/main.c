/*
 * main.c — the stad command line. Each subcommand is one function. The translation is one
 * list in one function, pl_translate (pipeline/pipeline.c): parse → sema → canon → head → sets
 * → activity → symbols → sites → tbr → ad (ad.c's passes, the verifier after each in debug
 * builds or with --verify) → emit; `stad ir --dump=PASS` prints the IR after any of them but emit.
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int usage_main(FILE *out)
{
	fputs("usage: stad COMMAND [ARGS...]\n"
	      "\n"
	      "commands:\n"
	      "  diff     FILES... --head 'f(deps)/(indeps)' [--mode reverse|tangent|primal] [-o out.c]\n"
	      "           [--split N] [--table T] [--nocheckpoint 'a b'] [--default-nocheckpoint] [--profile]\n"
	      "           [--fortran-abi] [--line-directives] [--line-length N] [--fixed|--free]\n"
	      "  ir       FILES...                 print the IR after sema (or --dump=PASS)\n"
	      "  calls    FILES... --head SPEC [--table T]   list every call site and its checkpoint\n"
	      "  check    FILES... --head SPEC [--set n=100] [--table T]   validate derivatives\n"
	      "  profile  PROFILE [--table T] [--budget SIZE] [--strategy S] [--json] [--write-table T]\n"
	      "  tune     FILES... --head SPEC [--set n=..] [--driver main.c] [--budget B] [-o DIR] ...\n"
	      "  revolve  --steps N --snaps S      binomial checkpointing facts (exact)\n"
	      "  config   --cflags --libs          how to compile and link generated code\n"
	      "\n"
	      "Run 'stad COMMAND --help' for the options of one command.\n",
	      out);
	return out == stderr ? 2 : 0;
}

typedef struct Command {
	const char *name;
	int (*fn)(int argc, char **argv);
} Command;

static const Command commands[] = {
        {"diff", cli_cmd_diff},       {"ir", cli_cmd_ir},     {"calls", cli_cmd_calls},     {"check", cli_cmd_check},
        {"profile", cli_cmd_profile}, {"tune", cli_cmd_tune}, {"revolve", cli_cmd_revolve}, {"config", cli_cmd_config},
};

int main(int argc, char **argv)
{
	if (argc < 2)
		return usage_main(stderr);
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help"))
		return usage_main(stdout);
	if (!strcmp(argv[1], "--version")) {
		printf("stad %s\n", STAD_VERSION);
		return 0;
	}
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strcmp(argv[1], commands[i].name))
			return commands[i].fn(argc - 1, argv + 1);
	fprintf(stderr, "stad: unknown command '%s'\n", argv[1]);
	return usage_main(stderr);
}
