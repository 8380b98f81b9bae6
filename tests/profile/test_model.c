/*
 * test_model.c — the cost model on hand-built event streams whose answers are worked out by
 * hand in the comments: a single checkpointed site switched off, a single split site switched
 * on, nested sites in every combination of states, a loop of calls whose windows nest, a site
 * with instances inside and outside another's window, peaks set by a high-water mark between
 * events, the calibration of the switch-on estimate, and sets of switches.
 *
 * Tape sizes in bytes. Events are 10 ns apart unless sb_work says otherwise. "top" is the
 * pseudo-site of the head routine. Each stream is the adjoint run of a small program; the
 * measured peak of the run with the switched states is the answer the prediction must give
 * exactly.
 */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static uint64_t set_peak(const ProfData *d, const int *flip, double *t)
{
	uint64_t peak = 0;
	double tt = 0;
	CHECK(prof_predict_set(d, flip, &tt, &peak) == 0);
	if (t)
		*t = tt;
	return peak;
}

/* ---------------------------------------------------------------- one checkpointed site */

/* The worked example of MODEL.md. P pushes 200, calls Q at site s (snapshot 100 bytes),
 * pushes 300, turns; backward: pops 300, reverses the call (Q's forward sweep pushes 1000,
 * Q's backward sweep pops them), pops 200.
 *
 *   s on:   SW_B 200 | SW_E 300 | PR_B 300 | PR_E 300 | TURN(top) 600 | SR_B 300 (hwm 600)
 *           | SR_E 200 | ADJ_B 200 | TURN(s) 1200 | ADJ_E 200 (hwm 1200)        peak 1200
 *   s off:  FWD_B 200 | FWD_E 1200 | TURN(top) 1500 | BWD_B 1200 | BWD_E 200    peak 1500
 *
 * Switching s off: snap = 100, tape = 1200 - 200 = 1000, so every event after PR_E up to and
 * including SR_B moves by +900: TURN(top) 600 -> 1500, SR_B's hwm 600 -> 1500. Q's forward
 * sweep (ADJ_B..TURN) moves to where the snapshot was written, at the same base 200: 1200. The
 * snapshot write, primal run and read disappear. Peak 1500. Time saved: write 10 + primal 400
 * + read 10 = 420 ns. */
static void build_worked(SB *b, int on, int turn_top, int spike_w, int spike_before, int spike_write)
{
	sb_init(b);
	uint32_t s = sb_site(b, "p:10:q", on);
	uint32_t turn_site = turn_top ? b->top : s;
	sb_push(b, 200);
	sb_spike(b, spike_before);
	if (on) {
		sb_ev(b, PROF_SNAP_WRITE_BEGIN, s);
		sb_spike(b, spike_write);
		sb_push(b, 100);
		sb_evv(b, PROF_SNAP_WRITE_END, s, 100);
		sb_ev(b, PROF_PRIMAL_BEGIN, s);
		sb_work(b, 400);
		sb_ev(b, PROF_PRIMAL_END, s);
	} else {
		sb_evv(b, PROF_FWD_BEGIN, s, 100);
		sb_push(b, 1000);
		sb_work(b, 500);
		sb_ev(b, PROF_FWD_END, s);
	}
	sb_push(b, 300);
	sb_ev(b, PROF_TURN, b->top);
	sb_push(b, -300);
	sb_spike(b, spike_w);
	if (on) {
		sb_ev(b, PROF_SNAP_READ_BEGIN, s);
		sb_push(b, -100);
		sb_ev(b, PROF_SNAP_READ_END, s);
		sb_ev(b, PROF_ADJ_BEGIN, s);
		sb_push(b, 1000);
		sb_work(b, 500);
		sb_ev(b, PROF_TURN, turn_site);
		sb_push(b, -1000);
		sb_ev(b, PROF_ADJ_END, s);
	} else {
		sb_ev(b, PROF_BWD_BEGIN, s);
		sb_push(b, -1000);
		sb_ev(b, PROF_BWD_END, s);
	}
	sb_push(b, -200);
}

static void test_single_on(void)
{
	for (int turn_top = 0; turn_top < 2; turn_top++) {
		SB b;
		build_worked(&b, 1, turn_top, 0, 0, 0);
		ProfData *d = sb_read(&b);
		ProfPrediction *p = tu_predict(d);
		CHECK_U64(prof_peak(d), 1200);
		CHECK_U64(p[0].cur_peak, 1200);
		CHECK_U64(p[0].ninstances, 1);
		CHECK(p[0].on == 1 && p[0].toggleable == 1 && p[0].time_estimated == 0);
		CHECK_U64(p[0].peak, 1500);
		CHECK(p[0].dpeak == 300);
		CHECK_TIME(p[0].dtime_s, -420e-9);
		CHECK_U64(p[0].snap_bytes, 100);
		CHECK_U64(p[0].tape_max, 1000);
		int none = 0, one = 1;
		CHECK_U64(set_peak(d, &none, NULL), 1200);
		double t;
		CHECK_U64(set_peak(d, &one, &t), 1500);
		CHECK_TIME(t, -420e-9);
		free(p);
		prof_free(d);
	}
}

/* s off, switched on: the reverse of the above. Q's forward sweep (FWD window, 1000 bytes)
 * moves into the adjoint at base B = 200: 1200. The snapshot is written at A = 200: 300. Every
 * event after FWD_END up to BWD_BEGIN moves by snap - tape = -900: TURN(top) 1500 -> 600,
 * BWD_BEGIN 1200 (hwm 1500) -> 300 (hwm 600). Peak max(1200, 300, 600, BWD_END's hwm 1200) =
 * 1200. No checkpointed call to calibrate on, so the defaults: primal = 1.0 x the forward
 * sweep (500 ns), snapshots at 4 GB/s: 100 B / 4e9 B/s = 25 ns each way: 500 + 25 + 25 =
 * 550 ns. */
static void test_single_off(void)
{
	SB b;
	build_worked(&b, 0, 0, 0, 0, 0);
	ProfData *d = sb_read(&b);
	ProfPrediction *p = tu_predict(d);
	ProfCalib c;
	prof_calibration(d, &c);
	CHECK(c.from_profile == 0 && c.primal_factor == 1.0 && c.write_bps == PROF_DEFAULT_BPS);
	CHECK_U64(prof_peak(d), 1500);
	CHECK(p[0].on == 0 && p[0].time_estimated == 1);
	CHECK_U64(p[0].peak, 1200);
	CHECK(p[0].dpeak == -300);
	CHECK_TIME(p[0].dtime_s, 550e-9);
	CHECK_U64(p[0].snap_bytes, 100);
	free(p);
	prof_free(d);
}

/* ---------------------------------------------------------------- peaks between events */

static void test_hwm(void)
{
	SB b;
	ProfData *d;
	ProfPrediction *p;

	/* A 2000-byte spike in P's backward sweep just before SR_B, at tape 300: hwm 2300, the
	 * measured peak. It is inside s's window, so switching off moves it by +900: 3200. */
	build_worked(&b, 1, 0, 2000, 0, 0);
	d = sb_read(&b);
	p = tu_predict(d);
	CHECK_U64(prof_peak(d), 2300);
	CHECK_U64(p[0].peak, 3200);
	free(p);
	prof_free(d);

	/* A 1100-byte spike before the call, at tape 200: hwm 1300 at SW_B, the measured peak.
	 * Outside the window it stays; switched off, the window's 1500 is the new peak. */
	build_worked(&b, 1, 0, 0, 1100, 0);
	d = sb_read(&b);
	p = tu_predict(d);
	CHECK_U64(prof_peak(d), 1300);
	CHECK_U64(p[0].peak, 1500);
	free(p);
	prof_free(d);

	/* The same spike at 1400: hwm 1600 stays the peak after the switch. */
	build_worked(&b, 1, 0, 0, 1400, 0);
	d = sb_read(&b);
	p = tu_predict(d);
	CHECK_U64(prof_peak(d), 1600);
	CHECK_U64(p[0].peak, 1600);
	free(p);
	prof_free(d);

	/* A 5000-byte buffer during the snapshot write (hwm 5200 at SW_E): switched off there is
	 * no snapshot write, so that peak goes away: 1500. */
	build_worked(&b, 1, 0, 0, 0, 5000);
	d = sb_read(&b);
	p = tu_predict(d);
	CHECK_U64(prof_peak(d), 5200);
	CHECK_U64(p[0].peak, 1500);
	free(p);
	prof_free(d);

	/* s off with a 500-byte spike before BWD_BEGIN at tape 1200: hwm 1700, the peak. Switched
	 * on, it moves by -900 to 800, and the adjoint's 1200 is the new peak. */
	build_worked(&b, 0, 0, 500, 0, 0);
	d = sb_read(&b);
	p = tu_predict(d);
	CHECK_U64(prof_peak(d), 1700);
	CHECK_U64(p[0].peak, 1200);
	free(p);
	prof_free(d);
}

/* ---------------------------------------------------------------- calibration */

/* P calls Q at site a (on: snapshot 100 B written in 20 ns, primal 300 ns, read in 30 ns;
 * Q's forward sweep in the adjoint 600 ns) and R at site b (off: forward sweep 1000 ns,
 * snapshot would be 50 B). Calibration from a: primal factor 300/600 = 0.5, write 100 B / 20
 * ns = 5e9 B/s, read 100 B / 30 ns = 3.33e9 B/s. Switching b on: 0.5 x 1000 + 50/5e9 s +
 * 50/3.33e9 s = 500 + 10 + 15 = 525 ns. Switching a off saves 20 + 300 + 30 = 350 ns. */
static void test_calibration(void)
{
	SB b;
	sb_init(&b);
	uint32_t a = sb_site(&b, "p:10:q", 1), r = sb_site(&b, "p:11:r", 0);
	sb_ev(&b, PROF_SNAP_WRITE_BEGIN, a);
	sb_push(&b, 100);
	sb_work(&b, 20);
	sb_evv(&b, PROF_SNAP_WRITE_END, a, 100);
	sb_ev(&b, PROF_PRIMAL_BEGIN, a);
	sb_work(&b, 300);
	sb_ev(&b, PROF_PRIMAL_END, a);
	sb_evv(&b, PROF_FWD_BEGIN, r, 50);
	sb_push(&b, 70);
	sb_work(&b, 1000);
	sb_ev(&b, PROF_FWD_END, r);
	sb_ev(&b, PROF_TURN, b.top);
	sb_ev(&b, PROF_BWD_BEGIN, r);
	sb_push(&b, -70);
	sb_ev(&b, PROF_BWD_END, r);
	sb_ev(&b, PROF_SNAP_READ_BEGIN, a);
	sb_push(&b, -100);
	sb_work(&b, 30);
	sb_ev(&b, PROF_SNAP_READ_END, a);
	sb_ev(&b, PROF_ADJ_BEGIN, a);
	sb_push(&b, 400);
	sb_work(&b, 600);
	sb_ev(&b, PROF_TURN, a);
	sb_push(&b, -400);
	sb_ev(&b, PROF_ADJ_END, a);
	ProfData *d = sb_read(&b);
	ProfCalib c;
	prof_calibration(d, &c);
	CHECK(c.from_profile == 1);
	CHECK_U64(c.ninstances_on, 1);
	CHECK_TIME(c.primal_factor, 0.5);
	CHECK_TIME(c.write_bps, 5e9);
	CHECK_TIME(c.read_bps, 100.0 / 30e-9);
	ProfPrediction *p = tu_predict(d);
	CHECK_TIME(p[0].dtime_s, -350e-9);
	CHECK_TIME(p[1].dtime_s, 525e-9);
	CHECK(p[1].time_estimated == 1 && p[0].time_estimated == 0);
	/* a set adds the times: 175 ns */
	int both[2] = {1, 1};
	double t;
	set_peak(d, both, &t);
	CHECK_TIME(t, 175e-9);
	free(p);
	prof_free(d);
}

/* ---------------------------------------------------------------- nested sites */

/* P: push 100; CALL Q (site a, snapshot 10); push 50.   Q: push 200; CALL R (site b, snapshot
 * 20); push 30.   R: push 400.   Measured peaks of the four runs, by hand:
 *   a on,  b on:   P's 100 + adjoint of a at 100: Q pushes 200 -> 300, b's snapshot 320, Q's
 *                  30 -> 350 at a's turn; in Q's backward sweep b's adjoint at 300: R's 400
 *                  -> 700.                                                         peak 700
 *   a off, b on:   Q's forward sweep in P's: 100+200+20+30 = 350, P's 50 -> 400 at the turn;
 *                  b's adjoint in Q's backward sweep at 300 -> 700.               peak 700
 *   a on,  b off:  a's adjoint at 100: 300, R's forward sweep 700, Q's 30 -> 730 at a's turn.
 *                                                                                 peak 730
 *   a off, b off:  everything stays until P's turn: 100+200+400+30+50 = 780.      peak 780
 * Every profile must predict the other three exactly. */
static const uint64_t nested_peak[2][2] = {{780, 700}, {730, 700}}; /* [a on][b on] */

static void call_fwd(SB *b, uint32_t s, int on, int64_t snap, void (*callee_fwd)(SB *, int), int inner_on)
{
	if (on) {
		sb_ev(b, PROF_SNAP_WRITE_BEGIN, s);
		sb_push(b, snap);
		sb_evv(b, PROF_SNAP_WRITE_END, s, (uint64_t)snap);
		sb_ev(b, PROF_PRIMAL_BEGIN, s);
		sb_ev(b, PROF_PRIMAL_END, s);
	} else {
		sb_evv(b, PROF_FWD_BEGIN, s, (uint64_t)snap);
		callee_fwd(b, inner_on);
		sb_ev(b, PROF_FWD_END, s);
	}
}

static void call_bwd(SB *b, uint32_t s, int on, int64_t snap, void (*callee_fwd)(SB *, int), void (*callee_bwd)(SB *, int),
                     int inner_on)
{
	if (on) {
		sb_ev(b, PROF_SNAP_READ_BEGIN, s);
		sb_push(b, -snap);
		sb_ev(b, PROF_SNAP_READ_END, s);
		sb_ev(b, PROF_ADJ_BEGIN, s);
		callee_fwd(b, inner_on);
		sb_ev(b, PROF_TURN, s);
		callee_bwd(b, inner_on);
		sb_ev(b, PROF_ADJ_END, s);
	} else {
		sb_ev(b, PROF_BWD_BEGIN, s);
		callee_bwd(b, inner_on);
		sb_ev(b, PROF_BWD_END, s);
	}
}

static void r_fwd(SB *b, int unused)
{
	(void)unused, sb_push(b, 400);
}
static void r_bwd(SB *b, int unused)
{
	(void)unused, sb_push(b, -400);
}
static void q_fwd(SB *b, int b_on)
{
	sb_push(b, 200);
	call_fwd(b, 1, b_on, 20, r_fwd, 0);
	sb_push(b, 30);
}
static void q_bwd(SB *b, int b_on)
{
	sb_push(b, -30);
	call_bwd(b, 1, b_on, 20, r_fwd, r_bwd, 0);
	sb_push(b, -200);
}

static ProfData *nested(int a_on, int b_on)
{
	SB b;
	sb_init(&b);
	sb_site(&b, "p:10:q", a_on); /* site 0 = a */
	sb_site(&b, "q:5:r", b_on);  /* site 1 = b */
	sb_push(&b, 100);
	call_fwd(&b, 0, a_on, 10, q_fwd, b_on);
	sb_push(&b, 50);
	sb_ev(&b, PROF_TURN, b.top);
	sb_push(&b, -50);
	call_bwd(&b, 0, a_on, 10, q_fwd, q_bwd, b_on);
	sb_push(&b, -100);
	return sb_read(&b);
}

static void test_nested(void)
{
	for (int a_on = 0; a_on < 2; a_on++)
		for (int b_on = 0; b_on < 2; b_on++) {
			ProfData *d = nested(a_on, b_on);
			CHECK_U64(prof_peak(d), nested_peak[a_on][b_on]);
			ProfPrediction *p = tu_predict(d);
			CHECK_U64(p[0].peak, nested_peak[!a_on][b_on]);
			CHECK_U64(p[1].peak, nested_peak[a_on][!b_on]);
			for (int fa = 0; fa < 2; fa++)
				for (int fb = 0; fb < 2; fb++) {
					int flip[2] = {fa, fb};
					CHECK_U64(set_peak(d, flip, NULL), nested_peak[a_on ^ fa][b_on ^ fb]);
				}
			/* switching an on site off saves its write, primal and read: 3 x 10 ns */
			if (a_on)
				CHECK_TIME(p[0].dtime_s, -30e-9);
			if (b_on)
				CHECK_TIME(p[1].dtime_s, -30e-9);
			free(p);
			prof_free(d);
		}
}

/* ---------------------------------------------------------------- a loop of calls */

/* DO i = 1, 3: push 5; CALL Q (site a, snapshot 10, Q pushes 100).
 *   on:  after the loop 3 x (5 + 10) = 45 at the turn; each adjoint adds 100 on top of what
 *        is left: 35 + 100 = 135 for the last call.                              peak 135
 *   off: each Q_fwd leaves its 100: 3 x (5 + 100) = 315 at the turn.              peak 315
 * Switching off: the three windows nest (the first call's window holds the other two), so at
 * the turn three shifts of +90 add up: 45 + 270 = 315. Switching on: 315 - 270 = 45 at the
 * turn, and each call's forward sweep moves into its adjoint: at most 35 + 100 = 135. Time
 * saved: 3 calls x 30 ns. */
static ProfData *loop3(int on)
{
	SB b;
	sb_init(&b);
	uint32_t a = sb_site(&b, "p:20:q", on);
	for (int i = 0; i < 3; i++) {
		sb_push(&b, 5);
		if (on) {
			sb_ev(&b, PROF_SNAP_WRITE_BEGIN, a);
			sb_push(&b, 10);
			sb_evv(&b, PROF_SNAP_WRITE_END, a, 10);
			sb_ev(&b, PROF_PRIMAL_BEGIN, a);
			sb_ev(&b, PROF_PRIMAL_END, a);
		} else {
			sb_evv(&b, PROF_FWD_BEGIN, a, 10);
			sb_push(&b, 100);
			sb_ev(&b, PROF_FWD_END, a);
		}
	}
	sb_ev(&b, PROF_TURN, b.top);
	for (int i = 0; i < 3; i++) {
		if (on) {
			sb_ev(&b, PROF_SNAP_READ_BEGIN, a);
			sb_push(&b, -10);
			sb_ev(&b, PROF_SNAP_READ_END, a);
			sb_ev(&b, PROF_ADJ_BEGIN, a);
			sb_push(&b, 100);
			sb_ev(&b, PROF_TURN, a);
			sb_push(&b, -100);
			sb_ev(&b, PROF_ADJ_END, a);
		} else {
			sb_ev(&b, PROF_BWD_BEGIN, a);
			sb_push(&b, -100);
			sb_ev(&b, PROF_BWD_END, a);
		}
		sb_push(&b, -5);
	}
	return sb_read(&b);
}

static void test_loop(void)
{
	ProfData *on = loop3(1), *off = loop3(0);
	ProfPrediction *pon = tu_predict(on), *poff = tu_predict(off);
	CHECK_U64(prof_peak(on), 135);
	CHECK_U64(prof_peak(off), 315);
	CHECK_U64(pon[0].ninstances, 3);
	CHECK_U64(pon[0].peak, 315);
	CHECK_U64(poff[0].peak, 135);
	CHECK_TIME(pon[0].dtime_s, -90e-9);
	/* switching on: 3 x (1.0 x 10 ns + 2 x 10 B / 4 GB/s) = 3 x 15 ns */
	CHECK_TIME(poff[0].dtime_s, 45e-9);
	free(pon);
	free(poff);
	prof_free(on);
	prof_free(off);
}

/* ---------------------------------------------------------------- inside and outside */

/* DO i = 1, 2: push 5; CALL R (site b, snapshot 5, R pushes 50); IF (i == 1) CALL Q (site a,
 * snapshot 10, Q pushes 100). b's first call is before a's (its window holds all of a's), its
 * second is inside a's window. Peaks by hand:
 *   b on,  a on:   5+5 (b's snapshot) +10 (a's) +5+5 = 30 at the turn; a's adjoint at 10:
 *                  10 + 100 = 110.                                                peak 110
 *   b off, a on:   5+50 +10 +5+50 = 120 at the turn; a's adjoint at 55: 155.      peak 155
 *   b on,  a off:  5+5 +100 +5+5 = 120 at the turn; b's second adjoint at 115: 165.
 *                                                                                 peak 165
 *   b off, a off:  5+50 +100 +5+50 = 210 at the turn.                             peak 210
 * Switching b off from (on, on) moves the events inside a's adjoint by +45 (b's first window)
 * and those at the turn by +90 (both windows): max(110 + 45, 30 + 90) = 155. */
static const uint64_t io_peak[2][2] = {{210, 165}, {155, 110}}; /* [a on][b on] */

static void b_call_fwd(SB *b, uint32_t s, int on, int64_t snap, int64_t tape)
{
	if (on) {
		sb_ev(b, PROF_SNAP_WRITE_BEGIN, s);
		sb_push(b, snap);
		sb_evv(b, PROF_SNAP_WRITE_END, s, (uint64_t)snap);
		sb_ev(b, PROF_PRIMAL_BEGIN, s);
		sb_ev(b, PROF_PRIMAL_END, s);
	} else {
		sb_evv(b, PROF_FWD_BEGIN, s, (uint64_t)snap);
		sb_push(b, tape);
		sb_ev(b, PROF_FWD_END, s);
	}
}

static void b_call_bwd(SB *b, uint32_t s, int on, int64_t snap, int64_t tape)
{
	if (on) {
		sb_ev(b, PROF_SNAP_READ_BEGIN, s);
		sb_push(b, -snap);
		sb_ev(b, PROF_SNAP_READ_END, s);
		sb_ev(b, PROF_ADJ_BEGIN, s);
		sb_push(b, tape);
		sb_ev(b, PROF_TURN, s);
		sb_push(b, -tape);
		sb_ev(b, PROF_ADJ_END, s);
	} else {
		sb_ev(b, PROF_BWD_BEGIN, s);
		sb_push(b, -tape);
		sb_ev(b, PROF_BWD_END, s);
	}
}

static ProfData *inside_outside(int a_on, int b_on)
{
	SB b;
	sb_init(&b);
	uint32_t a = sb_site(&b, "p:7:q", a_on), r = sb_site(&b, "p:6:r", b_on);
	sb_push(&b, 5);
	b_call_fwd(&b, r, b_on, 5, 50);
	b_call_fwd(&b, a, a_on, 10, 100);
	sb_push(&b, 5);
	b_call_fwd(&b, r, b_on, 5, 50);
	sb_ev(&b, PROF_TURN, b.top);
	b_call_bwd(&b, r, b_on, 5, 50);
	sb_push(&b, -5);
	b_call_bwd(&b, a, a_on, 10, 100);
	b_call_bwd(&b, r, b_on, 5, 50);
	sb_push(&b, -5);
	return sb_read(&b);
}

static void test_inside_outside(void)
{
	for (int a_on = 0; a_on < 2; a_on++)
		for (int b_on = 0; b_on < 2; b_on++) {
			ProfData *d = inside_outside(a_on, b_on);
			CHECK_U64(prof_peak(d), io_peak[a_on][b_on]);
			CHECK_U64(prof_ninstances(d, 1), 2);
			ProfPrediction *p = tu_predict(d);
			CHECK_U64(p[0].peak, io_peak[!a_on][b_on]);
			CHECK_U64(p[1].peak, io_peak[a_on][!b_on]);
			int both[2] = {1, 1};
			CHECK_U64(set_peak(d, both, NULL), io_peak[!a_on][!b_on]);
			free(p);
			prof_free(d);
		}
}

/* ---------------------------------------------------------------- odds and ends */

/* A binomial loop has no switch: its prediction is "unchanged". A site that never ran has no
 * instance and predicts nothing either. */
static void test_unswitchable(void)
{
	SB b;
	sb_init(&b);
	uint32_t s = sb_site(&b, "p:10:q", 1);
	sb_site(&b, "p:12:never", 0);
	uint32_t loop = prof_writer_site(b.w, "p:30:do", PROF_SITE_BINOMIAL, 1);
	b.top = loop + 1;
	sb_evv(&b, PROF_BIN_BEGIN, loop, 3);
	sb_ev(&b, PROF_BIN_STEP, loop);
	sb_push(&b, 50);
	sb_ev(&b, PROF_SNAP_WRITE_BEGIN, s);
	sb_push(&b, 10);
	sb_evv(&b, PROF_SNAP_WRITE_END, s, 10);
	sb_ev(&b, PROF_PRIMAL_BEGIN, s);
	sb_ev(&b, PROF_PRIMAL_END, s);
	sb_ev(&b, PROF_TURN, loop); /* a loop's turn is only a point */
	sb_ev(&b, PROF_TURN, b.top);
	sb_ev(&b, PROF_SNAP_READ_BEGIN, s);
	sb_push(&b, -10);
	sb_ev(&b, PROF_SNAP_READ_END, s);
	sb_ev(&b, PROF_ADJ_BEGIN, s);
	sb_push(&b, 100);
	sb_ev(&b, PROF_TURN, s);
	sb_push(&b, -100);
	sb_ev(&b, PROF_ADJ_END, s);
	sb_push(&b, -50);
	sb_evv(&b, PROF_BIN_END, loop, 7);
	ProfData *d = sb_read(&b);
	ProfPrediction *p = tu_predict(d);
	CHECK_U64(prof_peak(d), 150);
	CHECK(p[2].toggleable == 0);
	CHECK_U64(p[2].peak, 150);
	CHECK(p[2].dtime_s == 0);
	CHECK_U64(p[1].ninstances, 0);
	CHECK_U64(p[1].peak, 150);
	CHECK(p[1].dtime_s == 0);
	/* the on site: window holds 10 on top of 50; off it would hold 100: 150 at the turns */
	CHECK_U64(p[0].peak, 150);
	int all[3] = {1, 1, 1};
	CHECK_U64(set_peak(d, all, NULL), 150);
	free(p);
	prof_free(d);
}

/* Events inside a primal run are part of it: when the site is switched off they go away. */
static void test_primal_inside(void)
{
	SB b;
	sb_init(&b);
	uint32_t s = sb_site(&b, "p:10:q", 1), t = sb_site(&b, "q:3:r", 1);
	sb_ev(&b, PROF_SNAP_WRITE_BEGIN, s);
	sb_push(&b, 10);
	sb_evv(&b, PROF_SNAP_WRITE_END, s, 10);
	sb_ev(&b, PROF_PRIMAL_BEGIN, s);
	sb_ev(&b, PROF_PRIMAL_BEGIN, t); /* opaque: no instance */
	sb_spike(&b, 990);               /* a 1000-byte peak inside the primal run */
	sb_ev(&b, PROF_PRIMAL_END, t);
	sb_ev(&b, PROF_PRIMAL_END, s);
	sb_ev(&b, PROF_TURN, b.top);
	sb_ev(&b, PROF_SNAP_READ_BEGIN, s);
	sb_push(&b, -10);
	sb_ev(&b, PROF_SNAP_READ_END, s);
	sb_ev(&b, PROF_ADJ_BEGIN, s);
	sb_push(&b, 100);
	sb_ev(&b, PROF_TURN, s);
	sb_push(&b, -100);
	sb_ev(&b, PROF_ADJ_END, s);
	ProfData *d = sb_read(&b);
	ProfPrediction *p = tu_predict(d);
	CHECK_U64(prof_peak(d), 1000);
	CHECK_U64(prof_ninstances(d, 1), 0);
	CHECK_U64(p[0].peak, 100); /* off: Q's 100 from its forward part to its backward part */
	free(p);
	prof_free(d);
}

int main(void)
{
	test_single_on();
	test_single_off();
	test_hwm();
	test_calibration();
	test_nested();
	test_loop();
	test_inside_outside();
	test_unswitchable();
	test_primal_inside();
	return tu_done("test_model");
}
