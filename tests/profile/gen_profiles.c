/*
 * gen_profiles.c — writes the profiles the golden tests of `stad profile` read, into the
 * directory given as argument: worked_on.prof and worked_off.prof (MODEL.md's example),
 * strategy.prof (the four sites of profiles.h) and truncated.prof (strategy.prof cut short).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "profiles.h"

static int save(SB *b, const char *dir, const char *name, size_t cut)
{
	char path[1024];
	size_t len;
	unsigned char *img = prof_writer_finish(b->w, &len);
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	int ok = img && f && fwrite(img, 1, len - cut, f) == len - cut;
	if (f && fclose(f) != 0)
		ok = 0;
	free(img);
	prof_writer_free(b->w);
	if (!ok)
		fprintf(stderr, "gen_profiles: cannot write %s\n", path);
	return ok ? 0 : 1;
}

int main(int argc, char **argv)
{
	SB b;
	int bad = 0;
	if (argc != 2) {
		fprintf(stderr, "usage: gen_profiles DIR\n");
		return 2;
	}
	pf_worked(&b, 1);
	bad |= save(&b, argv[1], "worked_on.prof", 0);
	pf_worked(&b, 0);
	bad |= save(&b, argv[1], "worked_off.prof", 0);
	pf_strategy(&b);
	bad |= save(&b, argv[1], "strategy.prof", 0);
	pf_strategy(&b);
	bad |= save(&b, argv[1], "truncated.prof", 5);
	return bad;
}
