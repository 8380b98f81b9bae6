/*
 * snapshots_stats.c — call-site snapshots are counted (bytes, count) while living on the tape;
 * the stats file has exactly the five documented lines, both from srt_stats_write and from
 * the at-exit writer driven by $STAD_STATS. A path that is not a regular file (a FIFO here;
 * /dev/null, STAD_STATS=/dev/null) is written into, not replaced by a file renamed over it.
 */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "stad_rt.h"
#include "rt_test.h"

static void check_stats(const char *path, unsigned long long peak, unsigned long long traffic, unsigned long long sbytes,
                        unsigned long long scount, unsigned long long fwd)
{
	char expect[512];
	size_t len;
	unsigned char *buf = rt_read_file(path, &len);
	snprintf(expect, sizeof expect,
	         "peak_tape_bytes %llu\ntape_traffic_bytes %llu\nsnapshot_bytes %llu\n"
	         "snapshot_count %llu\nforward_steps %llu\nrevolve_peak_bytes 0\n",
	         peak, traffic, sbytes, scount, fwd);
	CHECK(buf != NULL);
	if (buf && strcmp((const char *)buf, expect) != 0) {
		fprintf(stderr, "stats file %s is:\n%s\nexpected:\n%s", path, buf, expect);
		rt_failures++;
	}
	free(buf);
}

int main(void)
{
	double x[10] = {0};
	int n = 10;

	srt_init();
	srt_init(); /* idempotent */
	srt_reset();
	srt_push_d(1.0); /* 8 bytes of ordinary tape */
	srt_snap_write_begin(0);
	srt_push_block(x, sizeof x); /* 80 */
	srt_push_i(n);               /* 4 */
	srt_snap_write_end(0);
	CHECK_EQ_U(srt_snapshot_bytes(), 84);
	CHECK_EQ_U(srt_snapshot_count(), 1);
	CHECK_EQ_U(srt_tape_bytes(), 92);
	srt_snap_read_begin(0);
	CHECK(srt_pop_i() == 10);
	srt_pop_block(x, sizeof x);
	srt_snap_read_end(0);
	srt_snap_write_begin(1); /* an empty snapshot still counts */
	srt_snap_write_end(1);
	CHECK_EQ_U(srt_snapshot_count(), 2);
	CHECK(srt_pop_d() == 1.0);

	/* A revolve loop adds its TAKESHOT bytes and its forward steps: 5 steps, 2 snapshots. */
	SrtRevolve *rv = srt_revolve_new(5, 2);
	long state = 0;
	int act, shots = 0;
	while ((act = srt_revolve_next(rv)) != SRT_RV_TERMINATE && act != SRT_RV_ERROR) {
		if (act == SRT_RV_TAKESHOT) {
			srt_revolve_store(rv, srt_revolve_slot(rv), &state, sizeof state);
			shots++;
		} else if (act == SRT_RV_RESTORE) {
			srt_revolve_restore(rv, srt_revolve_slot(rv), &state, sizeof state);
		} else if (act == SRT_RV_ADVANCE) {
			state = srt_revolve_capo(rv);
		}
	}
	CHECK(act == SRT_RV_TERMINATE);
	/* L = 5, S = 2: r = 2 (C(4,2) = 6 >= 5), N = 2*5 - C(4,3) = 6. */
	CHECK_EQ_U(srt_revolve_forward_steps(rv), 6);
	srt_revolve_free(rv);
	CHECK_EQ_U(srt_forward_steps(), 6);
	CHECK_EQ_U(srt_snapshot_count(), 2 + (unsigned)shots);
	CHECK_EQ_U(srt_snapshot_bytes(), 84 + sizeof state * (unsigned)shots);

	CHECK(srt_stats_write("snapshots_stats.txt") == 0);
	check_stats("snapshots_stats.txt", 92, 92, 84 + sizeof state * (unsigned)shots, 2 + (unsigned)shots, 6);
	CHECK(access("snapshots_stats.txt.tmp", F_OK) != 0);
	CHECK(srt_stats_write("no/such/dir/stats.txt") == -1);
	CHECK(srt_error() == SRT_ERR_IO);

	/* Into a FIFO, read by a child: it stays a FIFO (as root, a rename made /dev/null a file,
	 * which a later `</dev/null` read as input: primal/io_read_status's stdin). */
	remove("snapshots_stats.fifo");
	CHECK(mkfifo("snapshots_stats.fifo", 0600) == 0);
	fflush(stdout);
	fflush(stderr);
	pid_t reader = fork();
	if (reader == 0) {
		alarm(10); /* a writer that never comes */
		int fd = open("snapshots_stats.fifo", O_RDONLY);
		char b[64];
		ssize_t got = fd < 0 ? -1 : read(fd, b, sizeof b);
		_exit(got > 16 && !memcmp(b, "peak_tape_bytes ", 16) ? 0 : 1);
	}
	srt_reset();
	CHECK(srt_stats_write("snapshots_stats.fifo") == 0);
	struct stat st;
	CHECK(stat("snapshots_stats.fifo", &st) == 0 && S_ISFIFO(st.st_mode));
	int rstatus = 0;
	if (!S_ISFIFO(st.st_mode)) /* the child waits on the FIFO the rename took away */
		kill(reader, SIGKILL);
	waitpid(reader, &rstatus, 0);
	CHECK(WIFEXITED(rstatus) && WEXITSTATUS(rstatus) == 0);
	remove("snapshots_stats.fifo");

	/* At exit, to $STAD_STATS. */
	remove("snapshots_stats_exit.txt");
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid == 0) {
		setenv("STAD_STATS", "snapshots_stats_exit.txt", 1);
		srt_reset();
		for (int k = 0; k < 1000; k++)
			srt_push_d(k);
		for (int k = 0; k < 400; k++)
			(void)srt_pop_d();
		srt_push_i(1);
		exit(0); /* runs the at-exit writer */
	}
	int status = 0;
	waitpid(pid, &status, 0);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	check_stats("snapshots_stats_exit.txt", 8000, 8004, 0, 0, 0);
	return rt_finish("snapshots_stats");
}
