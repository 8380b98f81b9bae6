/*
 * prof_cli.c — runs `stad profile` alone (prof_cli profile ARGS...), so that its golden tests
 * do not wait for the whole stad executable.
 */
#include <stdio.h>
#include <string.h>

#include "prof.h"

int main(int argc, char **argv)
{
	if (argc < 2 || strcmp(argv[1], "profile") != 0) {
		fprintf(stderr, "usage: prof_cli profile ARGS...\n");
		return 2;
	}
	return prof_cmd_profile(argc - 1, argv + 1);
}
