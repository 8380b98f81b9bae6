/*
 * process.c — running programs and removing folders without a shell.
 *
 * stad compiles generated C and runs what it built (stad check, stad tune). Every path in those
 * commands comes from the user (inputs, -o, --driver, temporary folders), so no command line is
 * ever given to a shell: programs are started with fork + execvp on an argument vector, with
 * the folder, the environment and the output files set up in the child, and folders are removed
 * with nftw. A path with quotes, blanks or `;` in it is just a path.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <dirent.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

void cli_argv_add(CliArgv *a, const char *s)
{
	if (a->n + 2 > a->cap) {
		a->cap = a->cap ? 2 * a->cap : 16;
		a->v = realloc(a->v, sizeof *a->v * (size_t)a->cap);
		if (!a->v)
			abort();
	}
	a->v[a->n] = strdup(s);
	if (!a->v[a->n])
		abort();
	a->n++;
	a->v[a->n] = NULL;
}

void cli_argv_words(CliArgv *a, const char *s)
{
	while (s && *s) {
		while (*s == ' ' || *s == '\t')
			s++;
		size_t n = strcspn(s, " \t");
		if (!n)
			break;
		char *w = strndup(s, n);
		if (!w)
			abort();
		cli_argv_add(a, w);
		free(w);
		s += n;
	}
}

void cli_argv_free(CliArgv *a)
{
	for (int i = 0; i < a->n; i++)
		free(a->v[i]);
	free(a->v);
	memset(a, 0, sizeof *a);
}

static sigset_t chld_only, mask_before;
static int chld_blocked;
static volatile pid_t run_pid; /* cli_run's child while it waits for it */

/* In the child: output where asked, then exec. Never returns. */
static void child(const CliArgv *argv, const CliRun *how)
{
	if (chld_blocked) /* the program gets the signal mask stad had before cli_spawn */
		sigprocmask(SIG_SETMASK, &mask_before, NULL);
#ifdef __linux__
	prctl(PR_SET_PDEATHSIG, SIGKILL); /* stad killed by SIGKILL: the program goes too */
#endif
	if (how->dir && chdir(how->dir) != 0)
		_exit(126);
	for (int i = 0; how->env && how->env[i]; i++) {
		const char *eq = strchr(how->env[i], '=');
		if (!eq)
			continue;
		char *name = strndup(how->env[i], (size_t)(eq - how->env[i]));
		if (!name || setenv(name, eq + 1, 1) != 0)
			_exit(126);
		free(name);
	}
	int fd = -1;
	if (how->out)
		fd = open(how->out, O_WRONLY | O_CREAT | O_TRUNC, 0666);
	else if (how->output == CLI_OUT_QUIET)
		fd = open("/dev/null", O_WRONLY);
	if ((how->out || how->output == CLI_OUT_QUIET) && fd < 0)
		_exit(126);
	if (fd >= 0) {
		dup2(fd, 1);
		dup2(fd, 2);
		close(fd);
	} else if (how->output == CLI_OUT_STDERR) {
		dup2(2, 1);
	}
	execvp(argv->v[0], argv->v);
	_exit(127);
}

int cli_run(const CliArgv *argv, const CliRun *how)
{
	if (!argv->n)
		return -1;
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0)
		child(argv, how);
	run_pid = pid;
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR) {
			run_pid = 0;
			return -1;
		}
	run_pid = 0;
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	if (WIFSIGNALED(st))
		return CLI_RUN_SIGNAL + WTERMSIG(st);
	return -1;
}

int cli_run_capture(const CliArgv *argv, char **out, size_t *len)
{
	*out = NULL;
	*len = 0;
	if (!argv->n)
		return -1;
	int fd[2];
	if (pipe(fd) != 0)
		return -1;
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid < 0) {
		close(fd[0]);
		close(fd[1]);
		return -1;
	}
	if (pid == 0) {
		close(fd[0]);
		if (dup2(fd[1], 1) < 0)
			_exit(126);
		close(fd[1]);
		execvp(argv->v[0], argv->v);
		_exit(127);
	}
	close(fd[1]);
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap + 1);
	if (!buf)
		abort();
	for (;;) {
		if (n == cap) {
			cap *= 2;
			buf = realloc(buf, cap + 1);
			if (!buf)
				abort();
		}
		ssize_t got = read(fd[0], buf + n, cap - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		n += (size_t)got;
	}
	close(fd[0]);
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR) {
			free(buf);
			return -1;
		}
	buf[n] = 0;
	*out = buf;
	*len = n;
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	if (WIFSIGNALED(st))
		return CLI_RUN_SIGNAL + WTERMSIG(st);
	return -1;
}

/* ---------------------------------------------------------------- programs side by side */

/* The children cli_spawn started and not yet reaped, with their deadlines (monotonic seconds,
 * 0: none). Each runs in its own process group, so that a launcher's or a driver's own children
 * go with it. A fixed table: a signal handler reads it. */
enum { MAXKIDS = 256 };
static volatile pid_t kids[MAXKIDS];
static double kid_deadline[MAXKIDS];
static int kid_timed_out[MAXKIDS];

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* A folder of stad's own to remove when a signal ends stad (cli_remove_on_signal); "" none. */
static char doomed[4096];

/* SIGINT, SIGTERM, SIGHUP: every running child's group is killed, stad's temporary folder
 * removed, then stad ends by the signal as it would have. (SIGKILL cannot be caught: there
 * PR_SET_PDEATHSIG ends the children.) fork, execve and waitpid are async-signal-safe; rm gets
 * the path as an argument, no shell. */
static void kill_kids_and_die(int sig)
{
	for (int i = 0; i < MAXKIDS; i++)
		if (kids[i] > 0)
			kill(-kids[i], SIGKILL);
	if (run_pid > 0) {
		kill(run_pid, SIGKILL);
		waitpid(run_pid, NULL, 0);
	}
	if (doomed[0]) {
		pid_t rm = fork();
		if (rm == 0) {
			char *const argv[] = {"rm", "-rf", "--", doomed, NULL};
			char *const envp[] = {NULL};
			execve("/bin/rm", argv, envp);
			_exit(127);
		}
		if (rm > 0)
			waitpid(rm, NULL, 0);
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

void cli_remove_on_signal(const char *dir)
{
	size_t n = dir ? strlen(dir) : 0;
	if (n >= sizeof doomed)
		n = 0;
	doomed[0] = 0;
	if (n) {
		memcpy(doomed, dir, n + 1);
		cli_kill_children_on_signal();
	}
}

void cli_kill_children_on_signal(void)
{
	static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
		struct sigaction sa;
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = kill_kids_and_die;
		sigemptyset(&sa.sa_mask);
		sigaction(sigs[i], &sa, NULL);
	}
}

pid_t cli_spawn(const CliArgv *argv, const CliRun *how, double limit_s)
{
	int slot = -1;
	for (int i = 0; i < MAXKIDS && slot < 0; i++)
		if (kids[i] == 0)
			slot = i;
	if (!argv->n || slot < 0)
		return -1;
	if (!chld_blocked) {
		/* SIGCHLD stays pending until cli_wait_any takes it: no handler, no lost wake-up */
		sigemptyset(&chld_only);
		sigaddset(&chld_only, SIGCHLD);
		sigprocmask(SIG_BLOCK, &chld_only, &mask_before);
		chld_blocked = 1;
	}
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		setpgid(0, 0);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		child(argv, how);
	}
	setpgid(pid, pid); /* also here: the group exists before anyone may kill it */
	kids[slot] = pid;
	kid_deadline[slot] = limit_s > 0 ? now_s() + limit_s : 0;
	kid_timed_out[slot] = 0;
	return pid;
}

pid_t cli_wait_any(int *status, struct rusage *ru)
{
	for (;;) {
		int any = 0;
		double next = 0, now = now_s();
		for (int i = 0; i < MAXKIDS; i++) {
			if (kids[i] <= 0)
				continue;
			any = 1;
			int st;
			pid_t p = wait4(kids[i], &st, WNOHANG, ru);
			if (p == kids[i]) {
				*status = kid_timed_out[i] ? CLI_RUN_TIMEOUT
				        : WIFEXITED(st)    ? WEXITSTATUS(st)
				        : WIFSIGNALED(st)  ? CLI_RUN_SIGNAL + WTERMSIG(st)
				                           : -1;
				kids[i] = 0;
				return p;
			}
			if (p < 0 && errno == ECHILD) { /* reaped elsewhere */
				kids[i] = 0;
				continue;
			}
			if (kid_deadline[i] > 0 && now >= kid_deadline[i] && !kid_timed_out[i]) {
				kill(-kids[i], SIGKILL);
				kid_timed_out[i] = 1;
			}
			if (kid_deadline[i] > 0 && !kid_timed_out[i] && (next == 0 || kid_deadline[i] < next))
				next = kid_deadline[i];
		}
		if (!any)
			return -1;
		/* sleep until a child ends or the nearest deadline (at most a second) */
		double wait = next > 0 ? next - now : 1.0;
		if (wait > 1.0)
			wait = 1.0;
		if (wait < 0.001)
			wait = 0.001;
		struct timespec ts = {(time_t)wait, (long)((wait - (double)(time_t)wait) * 1e9)};
		sigtimedwait(&chld_only, NULL, &ts);
	}
}

static int remove_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(path) == 0 || errno == ENOENT ? 0 : -1;
}

int cli_remove_tree(const char *dir)
{
	struct stat st;
	if (lstat(dir, &st) != 0)
		return errno == ENOENT ? 0 : -1;
	/* depth first, not following symbolic links out of the folder */
	return nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

int cli_dir_empty(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return 0;
	struct dirent *e;
	int empty = 1;
	while (empty && (e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			empty = 0;
	closedir(d);
	return empty;
}
