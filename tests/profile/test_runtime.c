/*
 * test_runtime.c — the reader and the model on profiles written by the real recorder
 * (runtime/, libstad_rt), so that the two sides of PROFILE_FORMAT.md stay in agreement. The
 * "generated code" below is written by hand: P calls Q at site p:10:q and R at site p:11:r;
 * each callee's forward sweep pushes 100 doubles (800 bytes), each snapshot is 50 doubles
 * (400 bytes). It runs twice per state, and each state's profile must predict the other's
 * measured peak exactly.
 */
#include <stdlib.h>
#include <string.h>

#include "stad_rt.h"
#include "testutil.h"

static double x[100], y[50];

static void callee_fwd(void)
{
	for (int i = 0; i < 100; i++)
		srt_push_block(&x[i], sizeof x[i]);
}

static void callee_bwd(void)
{
	for (int i = 99; i >= 0; i--)
		srt_pop_block(&x[i], sizeof x[i]);
}

static void call_fwd(int site, int on)
{
	if (on) {
		srt_snap_write_begin(site);
		srt_push_block(y, sizeof y);
		srt_snap_write_end(site);
		srt_prof_event(SRT_EV_PRIMAL_BEGIN, site);
		srt_prof_event(SRT_EV_PRIMAL_END, site);
	} else {
		srt_prof_event_v(SRT_EV_FWD_BEGIN, site, sizeof y);
		callee_fwd();
		srt_prof_event(SRT_EV_FWD_END, site);
	}
}

static void call_bwd(int site, int on)
{
	if (on) {
		srt_snap_read_begin(site);
		srt_pop_block(y, sizeof y);
		srt_snap_read_end(site);
		srt_prof_event(SRT_EV_ADJ_BEGIN, site);
		callee_fwd();
		srt_prof_event(SRT_EV_TURN, site);
		callee_bwd();
		srt_prof_event(SRT_EV_ADJ_END, site);
	} else {
		srt_prof_event(SRT_EV_BWD_BEGIN, site);
		callee_bwd();
		srt_prof_event(SRT_EV_BWD_END, site);
	}
}

static ProfData *record(int q_on, int r_on, const char *path)
{
	static const char *ids[] = {"p:10:q", "p:11:r"};
	int ckp[] = {q_on, r_on};
	char err[512];
	srt_prof_register_sites(2, ids, NULL, ckp);
	for (int it = 0; it < 2; it++) { /* the head routine called twice */
		call_fwd(0, q_on);
		call_fwd(1, r_on);
		srt_prof_event(SRT_EV_TURN, 2);
		call_bwd(1, r_on);
		call_bwd(0, q_on);
	}
	CHECK(srt_prof_write(path) == 0);
	ProfData *d = prof_read(path, err, sizeof err);
	if (!d) {
		fprintf(stderr, "%s\n", err);
		exit(1);
	}
	remove(path);
	return d;
}

int main(void)
{
	/* peaks by hand: both off 1600 at the turn; q on: 400 + 800 = 1200, and r's part is
	 * reversed first, at 400, so 1200; r on: 800 + 400 = 1200 at the turn, r's adjoint on
	 * q's 800: 1600; both on: 800 at the turn, adjoints on 0 and 400: 1200 */
	static const uint64_t peak[2][2] = {{1600, 1600}, {1200, 1200}}; /* [q on][r on] */
	for (int q = 0; q < 2; q++)
		for (int r = 0; r < 2; r++) {
			ProfData *d = record(q, r, "test_runtime.prof");
			/* per head call: its turn, 9 events of an on call, 4 of an off one */
			CHECK_U64(prof_nevents(d), 2 * (1 + (q ? 9 : 4) + (r ? 9 : 4)));
			CHECK_U64(prof_peak(d), peak[q][r]);
			CHECK_U64(prof_ninstances(d, 0), 2);
			ProfPrediction *p = tu_predict(d);
			CHECK_U64(p[0].peak, peak[!q][r]);
			CHECK_U64(p[1].peak, peak[q][!r]);
			CHECK_U64(p[0].snap_bytes, 800);
			int both[2] = {1, 1};
			double t;
			uint64_t pk;
			CHECK(prof_predict_set(d, both, &t, &pk) == 0);
			CHECK_U64(pk, peak[!q][!r]);
			free(p);
			prof_free(d);
		}
	return tu_done("test_runtime");
}
