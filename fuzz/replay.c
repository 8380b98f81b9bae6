/*
 * replay.c — runs the frontend fuzz entry point over files, without libFuzzer.
 *
 *     fuzz_replay PATH...      (each PATH a file, or a folder whose files are all replayed)
 *
 * CTest runs it over fuzz/corpus/ and fuzz/crashes/ (tests/fuzz/CMakeLists.txt), so every
 * seed and every crash the fuzzer ever found is parsed again on each test run — under ASan
 * and UBSan when the project is configured with -DSTAD_SANITIZE=ON. The name of each input
 * is printed before it runs, so a crash names its reproducer. Exit 0 when every input ran,
 * 1 when a path could not be read.
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz_frontend.h"

static int nrun, nbad;

static void replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		printf("replay: cannot open %s\n", path);
		nbad++;
		return;
	}
	size_t cap = 4096, n = 0;
	unsigned char *buf = malloc(cap);
	if (!buf)
		abort();
	for (;;) {
		n += fread(buf + n, 1, cap - n, f);
		if (n < cap)
			break;
		cap *= 2;
		unsigned char *g = realloc(buf, cap);
		if (!g)
			abort();
		buf = g;
	}
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		printf("replay: cannot read %s\n", path);
		nbad++;
	} else {
		printf("replay: %s (%zu bytes)\n", path, n);
		fflush(stdout);
		LLVMFuzzerTestOneInput(buf, n);
		nrun++;
	}
	free(buf);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every regular file of a folder (not recursive), in name order so runs are repeatable. */
static void replay_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d) {
		printf("replay: cannot open folder %s\n", dir);
		nbad++;
		return;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	for (struct dirent *e; (e = readdir(d));) {
		if (e->d_name[0] == '.')
			continue; /* ".", "..", and hidden files such as .gitkeep */
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			char **g = realloc(names, cap * sizeof *names);
			if (!g)
				abort();
			names = g;
		}
		size_t len = strlen(dir) + strlen(e->d_name) + 2;
		names[n] = malloc(len);
		if (!names[n])
			abort();
		snprintf(names[n], len, "%s/%s", dir, e->d_name);
		n++;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, by_name);
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode))
			replay_file(names[i]);
		free(names[i]);
	}
	free(names);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s PATH...\n", argv[0]);
		return 2;
	}
	LLVMFuzzerInitialize(&argc, &argv);
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
			replay_dir(argv[i]);
		else
			replay_file(argv[i]);
	}
	printf("replay: %d input%s replayed, %d unreadable\n", nrun, nrun == 1 ? "" : "s", nbad);
	return nbad ? 1 : 0;
}
