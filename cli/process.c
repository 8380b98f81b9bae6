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
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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

/* In the child: output where asked, then exec. Never returns. */
static void child(const CliArgv *argv, const CliRun *how)
{
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
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
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
