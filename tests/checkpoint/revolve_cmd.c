/*
 * revolve_cmd.c — `stad revolve` through cli_cmd_revolve: the printed lines (exactly
 * "minimal forward steps: N" and "recomputation sweeps: r"), --memory/--snapshot-bytes with
 * units, and the exit status: 0 ok, 1 bad numbers ("stad revolve: error: ..."), 2 usage.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static int failures;
static char out[65536], err[65536];

static void slurp(const char *path, char *buf, size_t cap)
{
	FILE *f = fopen(path, "r");
	size_t n = f ? fread(buf, 1, cap - 1, f) : 0;
	buf[n] = '\0';
	if (f)
		fclose(f);
}

/* Runs cli_cmd_revolve with argv (NULL-terminated) capturing stdout and stderr. */
static int run(const char *const *args)
{
	char *argv[16];
	int argc = 0, rc, so, se;
	FILE *fo, *fe;
	while (args[argc] && argc < 15) {
		argv[argc] = (char *)args[argc];
		argc++;
	}
	argv[argc] = NULL;
	fflush(stdout);
	fflush(stderr);
	so = dup(1);
	se = dup(2);
	fo = fopen("revolve_cmd.out", "w");
	fe = fopen("revolve_cmd.err", "w");
	dup2(fileno(fo), 1);
	dup2(fileno(fe), 2);
	rc = cli_cmd_revolve(argc, argv);
	fflush(stdout);
	fflush(stderr);
	dup2(so, 1);
	dup2(se, 2);
	close(so);
	close(se);
	fclose(fo);
	fclose(fe);
	slurp("revolve_cmd.out", out, sizeof out);
	slurp("revolve_cmd.err", err, sizeof err);
	return rc;
}

static void expect(int line, const char *const *args, int rc, const char *in_out, const char *in_err)
{
	int got = run(args);
	if (got != rc || (in_out && !strstr(out, in_out)) || (in_err && !strstr(err, in_err))) {
		fprintf(stderr,
		        "revolve_cmd.c:%d: rc %d (expected %d)\n--- stdout:\n%s--- stderr:\n%s"
		        "--- expected in stdout: %s\n--- expected in stderr: %s\n",
		        line, got, rc, out, err, in_out ? in_out : "-", in_err ? in_err : "-");
		failures++;
	}
}

#define EXPECT(rc, o, e, ...)                                                                                                    \
	do {                                                                                                                     \
		static const char *const a_[] = {"revolve", __VA_ARGS__, NULL};                                                  \
		expect(__LINE__, a_, rc, o, e);                                                                                  \
	} while (0)

int main(void)
{
	/* L = 1000, S = 10: r = 4 (C(14,10) = 1001), N = 4000 - C(14,11) = 3636. */
	EXPECT(0, "minimal forward steps: 3636\n", NULL, "--steps", "1000", "--snaps", "10");
	EXPECT(0, "recomputation sweeps: 4\n", NULL, "--steps", "1000", "--snaps", "10");
	EXPECT(0, "forward steps per loop step: 3.636\n", NULL, "--snaps=10", "--steps=1000");
	/* L <= S+1: each step stored once, L-1 forward steps. */
	EXPECT(0, "minimal forward steps: 6\n", NULL, "--steps", "7", "--snaps", "50");
	EXPECT(0, "recomputation sweeps: 1\n", NULL, "--steps", "7", "--snaps", "50");
	EXPECT(0, "minimal forward steps: 0\n", NULL, "--steps", "0", "--snaps", "1");
	EXPECT(0, "minimal forward steps: 0\n", NULL, "--steps", "1", "--snaps", "1");
	/* S = 1: L(L-1)/2. */
	EXPECT(0, "minimal forward steps: 4950\n", NULL, "--steps", "100", "--snaps", "1");
	/* Past 2^64, S = 1: N = L(L-1)/2 with L = 2^64 + 1 -> 2^63 * (2^64 + 1). */
	EXPECT(0, "minimal forward steps: 170141183460469231740910675752738881536\n", NULL, "--steps", "18446744073709551617",
	       "--snaps", "1");
	EXPECT(0, "recomputation sweeps: 18446744073709551616\n", NULL, "--steps", "18446744073709551617", "--snaps", "1");
	/* Memory: 64 MiB / 1 MiB = 64 snapshots; 1.5KiB / 512 = 3; 2GiB / 3000 = 715827. */
	EXPECT(0, "snapshots: 64 (memory / snapshot size)\n", NULL, "--steps", "1000", "--memory", "64MiB", "--snapshot-bytes",
	       "1MiB");
	EXPECT(0, "snapshots: 3 (memory / snapshot size)\n", NULL, "--steps", "10", "--memory", "1.5KiB", "--snapshot-bytes",
	       "512");
	EXPECT(0, "snapshots: 715827 (memory / snapshot size)\n", NULL, "--steps", "10", "--memory", "2GiB", "--snapshot-bytes",
	       "3000");
	EXPECT(0, "minimal forward steps: 45\n", NULL, "--steps", "10", "--memory", "1000", "--snapshot-bytes", "1000");
	EXPECT(0, "usage: stad revolve", NULL, "--help");

	/* User errors: 1. */
	EXPECT(1, NULL, "stad revolve: error: --steps", "--steps", "abc", "--snaps", "3");
	EXPECT(1, NULL, "stad revolve: error: --steps", "--steps", "-4", "--snaps", "3");
	EXPECT(1, NULL, "stad revolve: error: --snaps", "--steps", "10", "--snaps", "0");
	EXPECT(1, NULL, "stad revolve: error: --snaps", "--steps", "10", "--snaps", "2.5");
	EXPECT(1, NULL, "stad revolve: error: --memory", "--steps", "10", "--memory", "12XB", "--snapshot-bytes", "8");
	EXPECT(1, NULL, "stad revolve: error: --snapshot-bytes", "--steps", "10", "--memory", "1MiB", "--snapshot-bytes", "0");
	EXPECT(1, NULL, "holds no snapshot", "--steps", "10", "--memory", "10", "--snapshot-bytes", "100");

	/* Usage errors: 2. */
	EXPECT(2, NULL, "usage:", "--snaps", "3");
	EXPECT(2, NULL, "usage:", "--steps", "3");
	EXPECT(2, NULL, "unknown option '--bogus'", "--steps", "3", "--snaps", "2", "--bogus");
	EXPECT(2, NULL, "unknown argument '12'", "--steps", "3", "--snaps", "2", "12");
	EXPECT(2, NULL, "needs a value", "--steps");
	EXPECT(2, NULL, "not both", "--steps", "3", "--snaps", "2", "--memory", "1MiB", "--snapshot-bytes", "1KiB");
	EXPECT(2, NULL, "usage:", "--steps", "3", "--memory", "1MiB");
	{
		static const char *const none[] = {"revolve", NULL};
		expect(__LINE__, none, 2, NULL, "usage:");
	}

	remove("revolve_cmd.out");
	remove("revolve_cmd.err");
	if (failures) {
		fprintf(stderr, "revolve_cmd: %d check(s) failed\n", failures);
		return 1;
	}
	printf("revolve_cmd: ok\n");
	return 0;
}
