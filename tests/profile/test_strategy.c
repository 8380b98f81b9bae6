/*
 * test_strategy.c — prof_plan on the four-site profile of profiles.h, whose single-site
 * predictions and set peaks are worked out by hand:
 *
 *   site    state  dtime        peak   dpeak
 *   p:11:a  on     -120 ns      1920   -400   free win
 *   p:12:b  on     -1020 ns     2710   +390   1020/390 = 2.62 ns per byte
 *   p:13:c  on     -620 ns      2510   +190   620/190 = 3.26 ns per byte
 *   p:14:d  off    +805.77 ns   1570   -750   (0.5 x 1600 ns + 2 x 50 B at 520 B / 30 ns)
 *
 * All four windows hold P's turn, where the peak is, so set peaks add up there:
 * 2320 - 400 (a) + 390 (b) + 190 (c) - 750 (d).
 */
#include <stdlib.h>

#include "profiles.h"

static const double DT_D = 800e-9 + 2 * 50.0 / (520.0 / 30e-9);

static void check_plan(const ProfData *d, const ProfPrediction *p, ProfStrategy s, uint64_t budget, const size_t *order,
                       const int *reason, uint64_t peak, double dtime, int line)
{
	ProfPlan pl;
	int bad = 0;
	CHECK(prof_plan(d, p, s, budget, &pl) == 0);
	for (size_t k = 0; k < 4; k++)
		bad |= pl.order[k] != order[k] || pl.reason[order[k]] != reason[k] ||
		        pl.flip[order[k]] != (reason[k] != PROF_KEEP);
	bad |= pl.peak != peak;
	tu_checks++;
	if (bad) {
		tu_failures++;
		fprintf(stderr, "test_strategy.c:%d: plan", line);
		for (size_t k = 0; k < 4; k++)
			fprintf(stderr, " %zu(%d)", pl.order[k], pl.reason[pl.order[k]]);
		fprintf(stderr, " peak %llu\n", (unsigned long long)pl.peak);
	}
	CHECK_TIME(pl.dtime_s, dtime);
	size_t n = 0;
	for (size_t k = 0; k < 4; k++)
		n += reason[k] != PROF_KEEP;
	CHECK_U64(pl.nflips, n);
	prof_plan_free(&pl);
}
#define PLAN(s, budget, o0, o1, o2, o3, r0, r1, r2, r3, peak, dtime)                                                             \
	check_plan(d, p, s, budget, (const size_t[]){o0, o1, o2, o3}, (const int[]){r0, r1, r2, r3}, peak, dtime, __LINE__)

int main(void)
{
	SB b;
	pf_strategy(&b);
	ProfData *d = sb_read(&b);
	ProfPrediction *p = tu_predict(d);
	enum { A, B, C, D };

	CHECK_U64(prof_peak(d), 2320);
	CHECK_TIME(p[A].dtime_s, -120e-9);
	CHECK_TIME(p[B].dtime_s, -1020e-9);
	CHECK_TIME(p[C].dtime_s, -620e-9);
	CHECK_TIME(p[D].dtime_s, DT_D);
	CHECK(p[A].dpeak == -400 && p[B].dpeak == 390 && p[C].dpeak == 190 && p[D].dpeak == -750);

	/* no budget: the free win, then every gain, largest first: peak 2320 - 400 + 390 + 190 */
	PLAN(PROF_GAIN_FIRST, PROF_NO_BUDGET, A, B, C, D, PROF_FREE, PROF_GAIN, PROF_GAIN, PROF_KEEP, 2500, -1760e-9);
	/* 2400: a (1920), b (2310) fits, c would make 2500 */
	PLAN(PROF_GAIN_FIRST, 2400, A, B, C, D, PROF_FREE, PROF_GAIN, PROF_KEEP, PROF_KEEP, 2310, -1140e-9);
	/* memory-careful, 2400: c is worth more per byte: a, c (2110), then b would make 2500 */
	PLAN(PROF_MEMORY_CAREFUL, 2400, A, C, B, D, PROF_FREE, PROF_GAIN, PROF_KEEP, PROF_KEEP, 2110, -740e-9);
	/* 1800, below the measured peak: a (1920) is not enough, switching d on repairs it (1170),
	 * then b (1560) and c (1750) fit */
	PLAN(PROF_GAIN_FIRST, 1800, A, D, B, C, PROF_FREE, PROF_REPAIR, PROF_GAIN, PROF_GAIN, 1750,
	     -120e-9 + DT_D - 1020e-9 - 620e-9);
	/* 1000 cannot be reached: a and d (1170) and nothing that adds to it */
	PLAN(PROF_GAIN_FIRST, 1000, A, D, B, C, PROF_FREE, PROF_REPAIR, PROF_KEEP, PROF_KEEP, 1170, -120e-9 + DT_D);
	PLAN(PROF_MEMORY_CAREFUL, 1000, A, D, C, B, PROF_FREE, PROF_REPAIR, PROF_KEEP, PROF_KEEP, 1170, -120e-9 + DT_D);
	free(p);
	prof_free(d);
	return tu_done("test_strategy");
}
