/*
 * profiles.c — the hand-built profiles of profiles.h.
 */
#include "profiles.h"

void pf_worked(SB *b, int on)
{
	sb_init(b);
	uint32_t s = sb_site(b, "p:10:q", on);
	sb_push(b, 200);
	if (on) {
		sb_ev(b, PROF_SNAP_WRITE_BEGIN, s);
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
	if (on) {
		sb_ev(b, PROF_SNAP_READ_BEGIN, s);
		sb_push(b, -100);
		sb_ev(b, PROF_SNAP_READ_END, s);
		sb_ev(b, PROF_ADJ_BEGIN, s);
		sb_push(b, 1000);
		sb_work(b, 500);
		sb_ev(b, PROF_TURN, s);
		sb_push(b, -1000);
		sb_ev(b, PROF_ADJ_END, s);
	} else {
		sb_ev(b, PROF_BWD_BEGIN, s);
		sb_push(b, -1000);
		sb_ev(b, PROF_BWD_END, s);
	}
	sb_push(b, -200);
}

static void on_fwd(SB *b, uint32_t s, int64_t snap, uint64_t primal_ns)
{
	sb_ev(b, PROF_SNAP_WRITE_BEGIN, s);
	sb_push(b, snap);
	sb_evv(b, PROF_SNAP_WRITE_END, s, (uint64_t)snap);
	sb_ev(b, PROF_PRIMAL_BEGIN, s);
	sb_work(b, primal_ns);
	sb_ev(b, PROF_PRIMAL_END, s);
}

static void on_bwd(SB *b, uint32_t s, int64_t snap, int64_t tape, uint64_t fwd_ns)
{
	sb_ev(b, PROF_SNAP_READ_BEGIN, s);
	sb_push(b, -snap);
	sb_ev(b, PROF_SNAP_READ_END, s);
	sb_ev(b, PROF_ADJ_BEGIN, s);
	sb_push(b, tape);
	sb_work(b, fwd_ns);
	sb_ev(b, PROF_TURN, s);
	sb_push(b, -tape);
	sb_ev(b, PROF_ADJ_END, s);
}

void pf_strategy(SB *b)
{
	sb_init(b);
	uint32_t a = sb_site(b, "p:11:a", 1), c1 = sb_site(b, "p:12:b", 1);
	uint32_t c2 = sb_site(b, "p:13:c", 1), d = sb_site(b, "p:14:d", 0);
	/* forward sweep; the primal runs take twice less than the callees' forward sweeps in the
	 * adjoints below, so the primal factor is 0.5 */
	on_fwd(b, a, 500, 100);
	on_fwd(b, c1, 10, 1000);
	on_fwd(b, c2, 10, 600);
	sb_evv(b, PROF_FWD_BEGIN, d, 50);
	sb_push(b, 800);
	sb_work(b, 1600);
	sb_ev(b, PROF_FWD_END, d);
	sb_push(b, 1000);
	sb_ev(b, PROF_TURN, b->top);
	sb_push(b, -1000);
	/* backward sweep */
	sb_ev(b, PROF_BWD_BEGIN, d);
	sb_push(b, -800);
	sb_ev(b, PROF_BWD_END, d);
	on_bwd(b, c2, 10, 200, 1200);
	on_bwd(b, c1, 10, 400, 2000);
	on_bwd(b, a, 500, 100, 200);
}
