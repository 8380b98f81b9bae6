/*
 * revolve_schedule.c — the binomial driver run as a simulated time loop for every L in 0..1000
 * and S in 1..20 (so L <= S is covered), checking for each (L, S):
 *   (i) the adjoint of every step happens exactly once, in reverse order, with the state of
 *       that step (the state is a hash chain, so a wrong step or a stale restore shows);
 *  (ii) the forward steps executed equal the optimum of a brute-force dynamic program over all
 *       checkpoint placements, and the closed form r*L - C(S+r, S+1) (r the smallest integer
 *       with C(S+r, S) >= L);
 * plus: at most S snapshots held at once, slot indices in range, first action TAKESHOT of
 * step 0, and the global forward_steps counter. Larger L (up to 200000) check (ii) only
 * against the closed form.
 */
#include "stad_rt.h"
#include "rt_test.h"

enum { LMAX = 1000, SMAX = 20 };

static uint64_t step_fn(long k, uint64_t x)
{
	return x * 6364136223846793005ull + (uint64_t)k * 1442695040888963407ull + 1;
}

/* Closed form; 0 for L <= 1. */
static unsigned long long closed_form(long L, long S)
{
	unsigned long long beta = 1, r = 0; /* beta = C(S+r, S) */
	if (L <= 1)
		return 0;
	while (beta < (unsigned long long)L) {
		r++;
		beta = beta * (unsigned long long)(S + (long)r) / r;
	}
	/* C(S+r, S+1) = C(S+r, S) * r / (S+1) */
	return r * (unsigned long long)L - beta * r / (unsigned long long)(S + 1);
}

/* F[s][l]: fewest forward steps to reverse l steps, state at the first one stored, s slots. */
static long F[SMAX + 1][LMAX + 1];

static void brute_force(void)
{
	for (int s = 0; s <= SMAX; s++) {
		F[s][0] = 0;
		F[s][1] = 0;
		for (int l = 2; l <= LMAX; l++) {
			long best = -1;
			if (s >= 1) {
				for (int j = 1; j < l; j++) {
					long rest = F[s - 1][l - j];
					if (rest < 0)
						continue;
					long c = j + rest + F[s][j];
					if (best < 0 || c < best)
						best = c;
				}
			}
			F[s][l] = best; /* -1: impossible (s = 0) */
		}
	}
}

typedef struct Sim {
	long L;
	uint64_t *truth; /* truth[k]: state at step k */
	long fwd;        /* steps run in ADVANCE */
	int max_held;
	int ok;
} Sim;

static void simulate(Sim *sm, long L, int S)
{
	SrtRevolve *rv = srt_revolve_new(L, S);
	long k = 0; /* step of the state in memory (-1: stale) */
	uint64_t x = sm->truth[0];
	long next_adj = L - 1;
	int held = 0, act, nact = 0;
	int *slot_used = calloc((size_t)S + 1, sizeof *slot_used);

	sm->fwd = 0;
	sm->max_held = 0;
	sm->ok = 1;
#define FAIL(...)                                                                                                                \
	do {                                                                                                                     \
		if (sm->ok) {                                                                                                    \
			fprintf(stderr, "L=%ld S=%d: ", L, S);                                                                   \
			fprintf(stderr, __VA_ARGS__);                                                                            \
			fputc('\n', stderr);                                                                                     \
			rt_failures++;                                                                                           \
		}                                                                                                                \
		sm->ok = 0;                                                                                                      \
	} while (0)
	while ((act = srt_revolve_next(rv)) != SRT_RV_TERMINATE) {
		long capo = srt_revolve_capo(rv);
		int slot = srt_revolve_slot(rv);
		if (act == SRT_RV_ERROR || ++nact > 100000000) {
			FAIL("error or runaway schedule");
			break;
		}
		if (nact == 1 && (act != SRT_RV_TAKESHOT || capo != 0 || slot != 0))
			FAIL("first action is not TAKESHOT of step 0 into slot 0");
		switch (act) {
		case SRT_RV_TAKESHOT:
			if (k != capo)
				FAIL("TAKESHOT of step %ld with the state at %ld", capo, k);
			if (slot < 0 || slot >= S || slot >= L)
				FAIL("slot %d out of range", slot);
			else if (!slot_used[slot]) {
				slot_used[slot] = 1;
				held++;
			}
			srt_revolve_store(rv, slot, &k, sizeof k);
			srt_revolve_store(rv, slot, &x, sizeof x);
			break;
		case SRT_RV_RESTORE:
			if (slot < 0 || slot >= S || !slot_used[slot])
				FAIL("RESTORE from slot %d never written", slot);
			srt_revolve_restore(rv, slot, &k, sizeof k);
			srt_revolve_restore(rv, slot, &x, sizeof x);
			if (k != capo)
				FAIL("RESTORE says step %ld, slot holds %ld", capo, k);
			/* Slots above this one are free again. */
			for (int i = slot + 1; i <= S; i++)
				if (slot_used[i]) {
					slot_used[i] = 0;
					held--;
				}
			break;
		case SRT_RV_ADVANCE:
			if (k != srt_revolve_oldcapo(rv) || capo <= k || capo >= L)
				FAIL("ADVANCE %ld -> %ld with the state at %ld", srt_revolve_oldcapo(rv), capo, k);
			for (; k < capo && k < L; k++) {
				x = step_fn(k, x);
				sm->fwd++;
			}
			break;
		case SRT_RV_FIRSTURN:
		case SRT_RV_YOUTURN:
			if ((act == SRT_RV_FIRSTURN) != (next_adj == L - 1))
				FAIL("FIRSTURN/YOUTURN mixed up at step %ld", capo);
			if (capo != next_adj)
				FAIL("adjoint of step %ld, expected %ld", capo, next_adj);
			if (k != capo || x != sm->truth[capo])
				FAIL("adjoint of step %ld with the wrong state (step %ld)", capo, k);
			next_adj--;
			k = -1; /* the taped step and its adjoint leave the state stale */
			break;
		default: FAIL("unknown action %d", act);
		}
		if (held > sm->max_held)
			sm->max_held = held;
		if (!sm->ok)
			break;
	}
	if (sm->ok && next_adj != -1)
		FAIL("TERMINATE with steps %ld..0 not reversed", next_adj);
	if (sm->ok && srt_revolve_forward_steps(rv) != sm->fwd)
		FAIL("srt_revolve_forward_steps %ld, ran %ld", srt_revolve_forward_steps(rv), sm->fwd);
	if (sm->ok && srt_revolve_next(rv) != SRT_RV_TERMINATE)
		FAIL("TERMINATE is not sticky");
	free(slot_used);
	srt_revolve_free(rv);
#undef FAIL
}

int main(void)
{
	const long bigL = 200000;
	Sim sm;
	long formula_mismatch = 0, pairs = 0;

	sm.truth = malloc((size_t)(bigL + 1) * sizeof *sm.truth);
	sm.truth[0] = 12345;
	for (long k = 0; k < bigL; k++)
		sm.truth[k + 1] = step_fn(k, sm.truth[k]);
	brute_force();

	srt_reset();
	uint64_t total_fwd = 0;
	for (int S = 1; S <= SMAX; S++) {
		for (long L = 0; L <= LMAX; L++) {
			simulate(&sm, L, S);
			total_fwd += (uint64_t)sm.fwd;
			pairs++;
			if (!sm.ok)
				continue;
			if (sm.fwd != F[S][L]) {
				fprintf(stderr, "L=%ld S=%d: ran %ld forward steps, optimum is %ld\n", L, S, sm.fwd, F[S][L]);
				rt_failures++;
			}
			if ((unsigned long long)F[S][L] != closed_form(L, S))
				formula_mismatch++;
			if (sm.max_held > S) {
				fprintf(stderr, "L=%ld S=%d: %d snapshots held\n", L, S, sm.max_held);
				rt_failures++;
			}
		}
	}
	CHECK(formula_mismatch == 0);
	CHECK_EQ_U(srt_forward_steps(), total_fwd);
	CHECK(srt_error() == SRT_OK);

	/* Larger loops against the closed form. */
	static const long Ls[] = {1001, 4096, 10007, 65536, 200000};
	static const int Ss[] = {1, 2, 3, 5, 10, 20, 50, 1000};
	for (size_t a = 0; a < sizeof Ls / sizeof *Ls; a++) {
		for (size_t b = 0; b < sizeof Ss / sizeof *Ss; b++) {
			if (Ss[b] == 1 && Ls[a] > 20000)
				continue; /* L^2/2 steps: too slow for a unit test */
			simulate(&sm, Ls[a], Ss[b]);
			if (sm.ok && (unsigned long long)sm.fwd != closed_form(Ls[a], Ss[b])) {
				fprintf(stderr, "L=%ld S=%d: ran %ld, closed form %llu\n", Ls[a], Ss[b], sm.fwd,
				        closed_form(Ls[a], Ss[b]));
				rt_failures++;
			}
			pairs++;
		}
	}
	printf("revolve_schedule: %ld (L,S) pairs; brute force = closed form = steps run for "
	       "L<=%d, S<=%d\n",
	       pairs, LMAX, SMAX);
	free(sm.truth);
	return rt_finish("revolve_schedule");
}
