/*
 * profile_roundtrip.c — a profile written by the recorder, read back by the independent
 * decoder of rt_test.h: header, site table, every field of each event (kind, value flag,
 * site, time delta, tape delta, high-water mark), the trailer, the atomic write, the at-exit
 * write to $STAD_PROFILE, and that nothing is recorded before sites are registered.
 */
#define _POSIX_C_SOURCE 200809L
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "stad_rt.h"
#include "rt_test.h"

static void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
	nanosleep(&ts, NULL);
}

static void push_bytes(size_t n)
{
	unsigned char b[256] = {0};
	while (n) {
		size_t k = n < sizeof b ? n : sizeof b;
		srt_push_block(b, k);
		n -= k;
	}
}

static void pop_bytes(size_t n)
{
	unsigned char b[256];
	while (n) {
		size_t k = n < sizeof b ? n : sizeof b;
		srt_pop_block(b, k);
		n -= k;
	}
}

static void check_event(const ProfFile *pf, uint64_t i, int kind, uint64_t site, int64_t dtape, uint64_t hwm_over, int has_value,
                        uint64_t value)
{
	if (i >= pf->nev) {
		fprintf(stderr, "event %llu missing\n", (unsigned long long)i);
		rt_failures++;
		return;
	}
	const ProfEvent *e = &pf->ev[i];
	CHECK_EQ_U(e->kind, kind);
	CHECK_EQ_U(e->site, site);
	CHECK(e->dtape == dtape);
	CHECK_EQ_U(e->hwm_over, hwm_over);
	CHECK_EQ_U(e->has_value, has_value);
	CHECK_EQ_U(e->value, value);
	if (rt_failures)
		fprintf(stderr, "  (at event %llu)\n", (unsigned long long)i);
}

static const char *const ids[3] = {"step:27:rhs", "burgers:41:step", "burgers:12:loop"};
static const int kinds[3] = {SRT_SITE_CALL, SRT_SITE_CALL, SRT_SITE_BINOMIAL};
static const int ckp[3] = {1, 0, 1};

/* The child modes: "none" records events without registering, "reg" registers 2 sites. */
static int child(const char *mode)
{
	srt_push_d(1.0);
	if (strcmp(mode, "reg") == 0)
		srt_prof_register_sites(2, ids, NULL, NULL);
	srt_prof_event(SRT_EV_ADJ_BEGIN, 1);
	(void)srt_pop_d();
	srt_prof_event_v(SRT_EV_ADJ_END, 2, 7);
	return 0;
}

static int run_child(const char *self, const char *mode, const char *prof)
{
	int status = 0;
	remove(prof);
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid == 0) {
		setenv("STAD_PROFILE", prof, 1);
		execl(self, self, mode, (char *)NULL);
		_exit(127);
	}
	waitpid(pid, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char **argv)
{
	ProfFile pf;

	if (argc > 1)
		return child(argv[1]);

	srt_reset();
	srt_prof_event(SRT_EV_PRIMAL_BEGIN, 0); /* not registered: ignored */
	CHECK(!srt_prof_active());
	CHECK_EQ_U(srt_prof_nevents(), 0);

	srt_prof_register_sites(3, ids, kinds, ckp);
	CHECK(srt_prof_active());
	push_bytes(100);
	srt_prof_event(SRT_EV_PRIMAL_BEGIN, 0); /* e0: tape 100 */
	push_bytes(50);
	pop_bytes(120);
	sleep_ms(3);
	srt_prof_event(SRT_EV_PRIMAL_END, 0); /* e1: tape 30, hwm 150 */
	srt_snap_write_begin(1);              /* e2 */
	push_bytes(40);
	srt_snap_write_end(1);                                  /* e3: value 40 */
	srt_prof_event_v(SRT_EV_FWD_BEGIN, 2, 123456789012ull); /* e4 */
	push_bytes(1000);
	pop_bytes(1070);
	srt_prof_event(SRT_EV_TURN, 3); /* e5: head pseudo-site, tape 0 */
	srt_prof_event(SRT_EV_TURN, 4); /* out of range: dropped */
	CHECK(srt_error() == SRT_ERR_USAGE);
	srt_prof_event(0, 0);                        /* bad kind: dropped */
	srt_prof_event_v(SRT_EV_BIN_END, 2, 0);      /* e6: value 0 still present */
	srt_prof_register_sites(3, ids, kinds, ckp); /* same table: no-op */
	srt_prof_event(SRT_EV_BIN_STEP, 2);          /* e7 */
	CHECK_EQ_U(srt_prof_nevents(), 8);

	CHECK(srt_prof_write("roundtrip.prof") == 0);
	CHECK(access("roundtrip.prof.tmp", F_OK) != 0);
	CHECK(prof_decode("roundtrip.prof", &pf, 1) == 0);
	CHECK_EQ_U(pf.version, 1);
	CHECK_EQ_U(pf.resolution, 1);
	CHECK_EQ_U(pf.nsites, 3);
	for (int i = 0; i < 3 && (uint64_t)i < pf.nsites; i++) {
		CHECK(strcmp(pf.site_id[i], ids[i]) == 0);
		CHECK_EQ_U(pf.site_kind[i], kinds[i]);
		CHECK_EQ_U(pf.site_ckp[i], ckp[i]);
	}
	CHECK_EQ_U(pf.nev, 8);
	check_event(&pf, 0, SRT_EV_PRIMAL_BEGIN, 0, 100, 0, 0, 0);
	check_event(&pf, 1, SRT_EV_PRIMAL_END, 0, -70, 120, 0, 0);
	check_event(&pf, 2, SRT_EV_SNAP_WRITE_BEGIN, 1, 0, 0, 0, 0);
	check_event(&pf, 3, SRT_EV_SNAP_WRITE_END, 1, 40, 0, 1, 40);
	check_event(&pf, 4, SRT_EV_FWD_BEGIN, 2, 0, 0, 1, 123456789012ull);
	check_event(&pf, 5, SRT_EV_TURN, 3, -70, 1070, 0, 0);
	check_event(&pf, 6, SRT_EV_BIN_END, 2, 0, 0, 1, 0);
	check_event(&pf, 7, SRT_EV_BIN_STEP, 2, 0, 0, 0, 0);
	if (pf.nev == 8) {
		CHECK(pf.ev[1].dt >= 3000000); /* slept 3 ms before e1 */
		CHECK(pf.ev[1].dt < 2000000000);
	}
	CHECK_EQ_U(pf.t_nevents, 8);
	CHECK_EQ_U(pf.t_peak, 1070);
	CHECK(pf.t_total >= pf.dt_sum);
	CHECK(pf.t_total < 10000000000ull);
	CHECK(pf.tape_sum == 0);
	CHECK_EQ_U(pf.max_abs_tape_hwm, 1070);
	prof_free(&pf);

	/* A different table drops the events recorded so far. */
	srt_prof_register_sites(1, ids, NULL, NULL);
	CHECK_EQ_U(srt_prof_nevents(), 0);
	CHECK(srt_prof_write("roundtrip_empty.prof") == 0); /* and nothing is written at exit */
	CHECK(prof_decode("roundtrip_empty.prof", &pf, 1) == 0);
	CHECK_EQ_U(pf.nsites, 1);
	CHECK_EQ_U(pf.nev, 0);
	CHECK_EQ_U(pf.t_nevents, 0);
	prof_free(&pf);

	/* At exit: $STAD_PROFILE, written only by a program that registered sites (fresh
	 * processes: this one has sites registered). */
	CHECK(run_child(argv[0], "none", "roundtrip_none.prof") == 0);
	CHECK(access("roundtrip_none.prof", F_OK) != 0);
	CHECK(run_child(argv[0], "reg", "roundtrip_exit.prof") == 0);
	CHECK(prof_decode("roundtrip_exit.prof", &pf, 1) == 0);
	CHECK_EQ_U(pf.nsites, 2);
	CHECK_EQ_U(pf.nev, 2);
	if (pf.nev == 2) {
		check_event(&pf, 0, SRT_EV_ADJ_BEGIN, 1, 8, 0, 0, 0);
		check_event(&pf, 1, SRT_EV_ADJ_END, 2, -8, 8, 1, 7); /* hwm 8 at e0 */
		CHECK(pf.site_ckp[0] == 1 && pf.site_ckp[1] == 1);
		CHECK(pf.site_kind[0] == 0 && pf.site_kind[1] == 0);
	}
	CHECK_EQ_U(pf.t_peak, 8);
	prof_free(&pf);
	return rt_finish("profile_roundtrip");
}
