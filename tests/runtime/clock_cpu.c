/*
 * clock_cpu.c — srt_clock_ns, the drivers' clock: with STAD_CLOCK=cpu it is the process's CPU
 * time (what `stad tune` measures with), so 100 ms asleep advance it by almost nothing, while 50 ms
 * of busy work advance it by about 50 ms; the monotonic clock of the profile (STAD_CLOCK unset)
 * counts the sleep. Run twice: without an argument (cpu), and with "wall".
 */
#define _POSIX_C_SOURCE 200809L
#include <time.h>

#include "stad_rt.h"
#include "rt_test.h"

static void busy(uint64_t ns)
{
	struct timespec a, b;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
	volatile double x = 1;
	do {
		for (int i = 0; i < 10000; i++)
			x = x * 1.0000001 + 1e-9;
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
	} while ((uint64_t)(b.tv_sec - a.tv_sec) * 1000000000u + (uint64_t)b.tv_nsec - (uint64_t)a.tv_nsec < ns);
}

int main(int argc, char **argv)
{
	int wall = argc > 1 && argv[1][0] == 'w';
	setenv("STAD_CLOCK", wall ? "wall" : "cpu", 1); /* read once, at the first call */
	uint64_t t0 = srt_clock_ns();
	struct timespec nap = {0, 100000000};
	nanosleep(&nap, NULL);
	uint64_t t1 = srt_clock_ns();
	busy(50000000);
	uint64_t t2 = srt_clock_ns();
	if (wall) {
		CHECK(t1 - t0 >= 100000000u); /* the sleep counts */
	} else {
		CHECK(t1 - t0 < 20000000u); /* asleep: no CPU time */
		CHECK(t2 - t1 >= 50000000u && t2 - t1 < 500000000u);
	}
	return rt_finish(wall ? "clock_cpu wall" : "clock_cpu");
}
