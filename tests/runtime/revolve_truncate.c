/*
 * revolve_truncate.c — loops that end before their bound (DO WHILE, EXIT): the schedule is
 * made for the bound, the loop stops after k steps during an ADVANCE (or at the FIRSTURN
 * step), srt_revolve_truncate(rv, k) is called, and the adjoint must still visit steps
 * k-1..0 exactly once, in reverse, with the right state. Also: misuse is reported.
 */
#include "stad_rt.h"
#include "rt_test.h"

static uint64_t step_fn(long k, uint64_t x)
{
	return (x ^ (uint64_t)k) * 0x9E3779B97F4A7C15ull + 7;
}

/* Returns 1 if the adjoint was right. The loop "exits" when it would start step `stop`. */
static int run(long bound, int S, long stop, const uint64_t *truth)
{
	SrtRevolve *rv = srt_revolve_new(bound, S);
	long k = 0, next_adj = -2, steps_run = 0;
	uint64_t x = truth[0];
	int act, ok = 1, truncated = 0;

	while ((act = srt_revolve_next(rv)) != SRT_RV_TERMINATE && ok) {
		long capo = srt_revolve_capo(rv);
		int slot = srt_revolve_slot(rv);
		switch (act) {
		case SRT_RV_TAKESHOT:
			srt_revolve_store(rv, slot, &k, sizeof k);
			srt_revolve_store(rv, slot, &x, sizeof x);
			break;
		case SRT_RV_RESTORE:
			srt_revolve_restore(rv, slot, &k, sizeof k);
			srt_revolve_restore(rv, slot, &x, sizeof x);
			ok &= k == capo;
			break;
		case SRT_RV_ADVANCE:
			for (; k < capo; k++) {
				if (!truncated && k == stop) { /* loop condition false: exit */
					CHECK(srt_revolve_truncate(rv, k) == 0);
					truncated = 1;
					next_adj = k - 1;
					break;
				}
				x = step_fn(k, x);
				steps_run++;
			}
			break;
		case SRT_RV_FIRSTURN:
		case SRT_RV_YOUTURN:
			if (!truncated && act == SRT_RV_FIRSTURN) {
				if (capo == stop) { /* the last step is not to run either */
					CHECK(srt_revolve_truncate(rv, capo) == 0);
					truncated = 1;
					next_adj = capo - 1;
					break;
				}
				next_adj = capo; /* no early exit: the bound was the trip count */
			}
			ok &= capo == next_adj && k == capo && x == truth[capo];
			next_adj--;
			k = -1;
			break;
		default: ok = 0;
		}
	}
	ok &= next_adj == -1 || (bound == 0);
	ok &= srt_revolve_forward_steps(rv) == steps_run;
	if (!ok)
		fprintf(stderr, "bound=%ld S=%d stop=%ld: wrong adjoint after truncation\n", bound, S, stop);
	srt_revolve_free(rv);
	return ok;
}

int main(void)
{
	enum { B = 300 };
	uint64_t truth[B + 1];
	truth[0] = 99;
	for (long k = 0; k < B; k++)
		truth[k + 1] = step_fn(k, truth[k]);

	srt_reset();
	int bad = 0;
	for (int S = 1; S <= 8; S++)
		for (long bound = 1; bound <= 60; bound++)
			for (long stop = 0; stop <= bound; stop++)
				bad += !run(bound, S, stop, truth);
	for (long stop = 0; stop <= B; stop += 7)
		bad += !run(B, 4, stop, truth);
	CHECK(bad == 0);
	CHECK(srt_error() == SRT_OK);

	/* Out of protocol: after a YOUTURN, or past the state in memory. */
	SrtRevolve *rv = srt_revolve_new(10, 3);
	CHECK(srt_revolve_next(rv) == SRT_RV_TAKESHOT);
	CHECK(srt_revolve_truncate(rv, 5) == -1); /* state is at step 0 */
	CHECK(srt_error() == SRT_ERR_USAGE);
	CHECK(srt_revolve_next(rv) == SRT_RV_ERROR);
	srt_revolve_free(rv);

	/* Bad schedules. */
	srt_reset();
	rv = srt_revolve_new(10, 0);
	CHECK(srt_revolve_next(rv) == SRT_RV_ERROR);
	srt_revolve_free(rv);
	rv = srt_revolve_new(-1, 3);
	CHECK(srt_revolve_next(rv) == SRT_RV_ERROR);
	srt_revolve_free(rv);
	rv = srt_revolve_new(0, 0);
	CHECK(srt_revolve_next(rv) == SRT_RV_TERMINATE);
	srt_revolve_free(rv);
	return rt_finish("revolve_truncate");
}
