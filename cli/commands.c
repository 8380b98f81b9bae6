/*
 * commands.c — subcommands implemented by other modules, wired to the command line: their
 * usage, their options (parsed by cli_parse as every command's), then one call into the
 * module (checkpoint/revolve.c, profile/cmd.c).
 */
#include "ckp_revolve.h"
#include "cli.h"
#include "prof.h"

int cli_cmd_revolve(int argc, char **argv)
{
	static const char usage[] = "usage: stad revolve --steps N --snaps S\n"
	                            "       stad revolve --steps N --memory SIZE --snapshot-bytes B\n"
	                            "\n"
	                            "Facts of the optimal binomial checkpointing (revolve) schedule for a loop of N steps\n"
	                            "reversed with at most S snapshots held at once (the initial state's included), exact\n"
	                            "for any N and S. With --memory, S = floor(SIZE / B). Sizes take a unit: 64MiB, 2GiB,\n"
	                            "1.5KiB, 1000 (bytes), 10MB (powers of 1000).\n"
	                            "\n"
	                            "Prints: the recomputation sweeps r (smallest r with C(S+r, S) >= N: no step is run\n"
	                            "forward more than r times before its taped run), the minimal forward steps\n"
	                            "r*N - C(S+r, S+1), and the run-time factor over the primal.\n";
	CliOpts o;
	int rc = cli_parse(argc, argv, OPT_REVOLVE | OPT_NO_FILES, &o, usage);
	if (rc)
		return rc < 0 ? 0 : rc;
	if (!o.steps)
		return cli_usage_error(&o, usage, "--steps is required");
	if (o.snaps && (o.memory || o.snapshot_bytes))
		return cli_usage_error(&o, usage, "give --snaps, or --memory with --snapshot-bytes, not both");
	if (!o.snaps && !(o.memory && o.snapshot_bytes))
		return cli_usage_error(&o, usage, "give --snaps S, or --memory SIZE with --snapshot-bytes B");
	return ckp_revolve_facts(o.steps, o.snaps, o.memory, o.snapshot_bytes);
}

int cli_cmd_profile(int argc, char **argv)
{
	static const char usage[] = "usage: stad profile PROFILE [--table T] [--budget SIZE]\n"
	                            "                    [--strategy gain-first|memory-careful] [--json] [--write-table T]\n"
	                            "\n"
	                            "Reads a profile written by a profiled adjoint (stad diff --profile) and predicts, for\n"
	                            "every call site, what switching its checkpoint would do to run time and peak tape size.\n"
	                            "\n"
	                            "  --table T          the toggle table the profiled build used: its entries are shown,\n"
	                            "                     and kept by --write-table unless a switch is suggested\n"
	                            "  --budget SIZE      peak tape allowed: bytes (100000, 64MiB, 1.5GiB, 500MB) or a\n"
	                            "                     multiple of the measured peak (2x) or of the all-off peak\n"
	                            "                     (0.5off); default: no limit\n"
	                            "  --strategy S       gain-first (largest time gain within the budget, default) or\n"
	                            "                     memory-careful (largest time gain per byte of added peak)\n"
	                            "  --json             print JSON instead of a table\n"
	                            "  --write-table T    write the suggested switches to the toggle table T (atomically;\n"
	                            "                     only a table stad wrote is replaced)\n"
	                            "  --help             print this help\n";
	CliOpts o;
	int rc = cli_parse(argc, argv, OPT_TABLE | OPT_PLAN | OPT_REPORT, &o, usage);
	if (rc)
		return rc < 0 ? 0 : rc;
	if (!o.nfiles)
		return cli_usage_error(&o, usage, "no profile given");
	if (o.nfiles > 1)
		return cli_usage_error(&o, usage, "more than one profile given ('%s')", o.files[1]);
	if (o.strategy == PROF_OPTIMAL)
		return cli_usage_error(&o, usage, "--strategy optimal is stad tune's (it measures its candidates)");
	ProfCmd c = {o.files[0],    o.table, o.budget, o.strategy < 0 ? PROF_GAIN_FIRST : (ProfStrategy)o.strategy,
	             o.write_table, o.json};
	return prof_cmd_profile(&c);
}
