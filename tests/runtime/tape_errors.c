/*
 * tape_errors.c — errors are sticky and reported once: popping an empty tape returns zeros,
 * sets SRT_ERR_UNDERFLOW and prints one line on stderr (never stdout); misuse of snapshots
 * is SRT_ERR_USAGE; srt_reset clears the error; STAD_RT_ABORT=1 aborts after the message.
 */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "stad_rt.h"
#include "rt_test.h"

static int count_lines_with(const char *path, const char *needle)
{
	size_t len;
	unsigned char *buf = rt_read_file(path, &len);
	int n = 0;
	if (!buf)
		return -1;
	for (const char *p = (const char *)buf; (p = strstr(p, needle)) != NULL; p++)
		n++;
	free(buf);
	return n;
}

int main(void)
{
	const char *errpath = "tape_errors.stderr";
	fflush(stderr);
	int saved = dup(2);
	FILE *ef = fopen(errpath, "w");
	CHECK(ef != NULL);
	dup2(fileno(ef), 2);

	srt_reset();
	srt_push_i(3);
	CHECK(srt_pop_i() == 3);
	CHECK(srt_error() == SRT_OK);
	CHECK(srt_pop_d() == 0.0); /* underflow: zeros */
	CHECK(srt_error() == SRT_ERR_UNDERFLOW);
	CHECK(strstr(srt_error_message(), "underflow") != NULL);
	CHECK(srt_pop_f() == 0.0f); /* second error: not printed again */
	CHECK(srt_pop_i() == 0);
	CHECK(srt_error() == SRT_ERR_UNDERFLOW);
	CHECK_EQ_U(srt_tape_bytes(), 0);

	/* A pop larger than the tape leaves the tape as it was. */
	srt_reset();
	srt_push_f(1.0f);
	CHECK(srt_pop_d() == 0.0);
	CHECK_EQ_U(srt_tape_bytes(), 4);
	CHECK(srt_pop_f() == 1.0f);

	srt_reset();
	CHECK(srt_error() == SRT_OK);
	srt_snap_write_end(0);
	CHECK(srt_error() == SRT_ERR_USAGE);

	fflush(stderr);
	dup2(saved, 2);
	fclose(ef);
	CHECK(count_lines_with(errpath, "stad runtime: error: tape underflow") == 2);
	CHECK(count_lines_with(errpath, "stad runtime: error:") == 3);

	/* STAD_RT_ABORT=1: abort right after the message. */
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		int devnull = open("/dev/null", O_WRONLY);
		dup2(devnull, 2);
		setenv("STAD_RT_ABORT", "1", 1);
		srt_reset();
		(void)srt_pop_d();
		_exit(0);
	}
	int status = 0;
	waitpid(pid, &status, 0);
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
	return rt_finish("tape_errors");
}
