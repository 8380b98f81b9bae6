/*
 * profile_10m.c — ten million profile events: recorded, written, read back completely (count,
 * tape deltas summing to the final size, the trailer), with the file size and the cost per
 * event printed. The cost is measured as (loop with events - same loop without) / events.
 */
#define _POSIX_C_SOURCE 200809L
#include <time.h>

#include "stad_rt.h"
#include "rt_test.h"

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* The same work with and without events: a push per iteration, a pop every other one. */
static double run(long n, int with_events)
{
	double t0 = now_s();
	for (long i = 0; i < n; i++) {
		srt_push_d((double)i);
		if (i & 1)
			(void)srt_pop_d();
		if (with_events)
			srt_prof_event((int)(i % 16) + 1, (int)(i % 5));
	}
	return now_s() - t0;
}

int main(void)
{
	static const char *const ids[4] = {"a:1:b", "a:2:c", "c:3:d", "c:9:e"};
	const long n = 10000000;
	ProfFile pf;

	srt_reset();
	srt_prof_register_sites(4, ids, NULL, NULL);
	double t_plain = run(n, 0);
	size_t tape_before = srt_tape_bytes();
	double t_events = run(n, 1);
	CHECK_EQ_U(srt_prof_nevents(), (uint64_t)n);
	double t0 = now_s();
	CHECK(srt_prof_write("tenmillion.prof") == 0);
	double t_write = now_s() - t0;
	CHECK(srt_error() == SRT_OK);

	size_t len = 0;
	unsigned char *buf = rt_read_file("tenmillion.prof", &len);
	CHECK(buf != NULL);
	free(buf);
	CHECK(len < 100u * 1000 * 1000);

	t0 = now_s();
	CHECK(prof_decode("tenmillion.prof", &pf, 0) == 0);
	double t_read = now_s() - t0;
	CHECK_EQ_U(pf.nev, (uint64_t)n);
	CHECK_EQ_U(pf.t_nevents, (uint64_t)n);
	CHECK((uint64_t)pf.tape_sum == srt_tape_bytes());
	CHECK_EQ_U(pf.t_peak, srt_tape_peak());
	CHECK_EQ_U(pf.max_abs_tape_hwm, srt_tape_peak());
	CHECK(pf.t_total >= pf.dt_sum);
	prof_free(&pf);
	(void)tape_before;

	printf("profile_10m: %ld events, file %.1f MB (%.2f bytes/event), record %.1f ns/event "
	       "(loop %.3f s with events, %.3f s without), write %.2f s, decode %.2f s\n",
	       n, (double)len / 1e6, (double)len / (double)n, (t_events - t_plain) / (double)n * 1e9, t_events, t_plain, t_write,
	       t_read);
	remove("tenmillion.prof");
	return rt_finish("profile_10m");
}
