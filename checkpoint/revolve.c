/*
 * revolve.c — exact facts of binomial checkpointing schedules, with GMP so that L (steps) and
 * S (snapshots) may be far beyond 64 bits, and what the `stad revolve` command prints of them
 * (its options are parsed in cli/commands.c).
 *
 * beta(S, r) = C(S+r, S) is the longest loop that S snapshots reverse with no step run forward
 * more than r times before its taped run; r(L, S) is the smallest r with beta(S, r) >= L, and
 * the optimal number of forward steps is N = r*L - beta(S+1, r-1) = r*L - C(S+r, S+1)
 * (see ckp_revolve.h and runtime/revolve.c for the schedule itself). r is found by doubling
 * then bisection on r, each probe one binomial coefficient C(S+r, min(S, r)), so a probe is
 * cheap when either S or r is small, which is always the case for L of practical size.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ckp_revolve.h"
#include "srt_size.h"

/* out = C(a+b, a) = C(a+b, b), computed as C(n, k) with k = min(a, b) (0 if k < 0). Returns
 * 0, or 1 without touching out when neither a nor b fits an unsigned long: the coefficient is
 * then at least C(2^65, 2^64), larger than any L this program can be given. */
static int binom_sum(mpz_ptr out, mpz_srcptr a, mpz_srcptr b)
{
	mpz_t n;
	mpz_srcptr k = mpz_cmp(a, b) <= 0 ? a : b;
	if (mpz_sgn(k) < 0) { /* C(n, negative) = 0 */
		mpz_set_ui(out, 0);
		return 0;
	}
	if (!mpz_fits_ulong_p(k))
		return 1;
	mpz_init(n);
	mpz_add(n, a, b);
	mpz_bin_ui(out, n, mpz_get_ui(k));
	mpz_clear(n);
	return 0;
}

/* Is beta(S, r) = C(S+r, S) >= L? */
static int beta_ge(mpz_srcptr S, mpz_srcptr r, mpz_srcptr L)
{
	mpz_t b;
	int ge;
	mpz_init(b);
	ge = binom_sum(b, S, r) ? 1 : mpz_cmp(b, L) >= 0;
	mpz_clear(b);
	return ge;
}

int ckp_binomial_sweeps_z(mpz_srcptr L, mpz_srcptr S, mpz_ptr r)
{
	mpz_t lo, hi, mid;
	if (mpz_sgn(L) < 0)
		return -1;
	if (mpz_cmp_ui(L, 1) <= 0) { /* beta(S, 0) = 1 */
		mpz_set_ui(r, 0);
		return 0;
	}
	if (mpz_sgn(S) <= 0)
		return -1;
	mpz_inits(lo, hi, mid, NULL);
	/* beta(S, 0) = 1 < L: r >= 1. Double hi until beta(S, hi) >= L, keeping beta(S, lo) < L. */
	mpz_set_ui(lo, 0);
	mpz_set_ui(hi, 1);
	while (!beta_ge(S, hi, L)) {
		mpz_set(lo, hi);
		mpz_mul_2exp(hi, hi, 1);
	}
	/* Bisect: beta(S, lo) < L <= beta(S, hi). */
	for (;;) {
		mpz_sub(mid, hi, lo);
		if (mpz_cmp_ui(mid, 1) <= 0)
			break;
		mpz_add(mid, lo, hi);
		mpz_fdiv_q_2exp(mid, mid, 1);
		if (beta_ge(S, mid, L))
			mpz_set(hi, mid);
		else
			mpz_set(lo, mid);
	}
	mpz_set(r, hi);
	mpz_clears(lo, hi, mid, NULL);
	return 0;
}

int ckp_binomial_forward_steps_z(mpz_srcptr L, mpz_srcptr S, mpz_ptr N, mpz_ptr r_out)
{
	mpz_t r, s1, rm1, c;
	if (mpz_sgn(L) < 0 || (mpz_cmp_ui(L, 1) > 0 && mpz_sgn(S) <= 0))
		return -1;
	mpz_inits(r, s1, rm1, c, NULL);
	ckp_binomial_sweeps_z(L, S, r);
	/* N = r*L - C(S+r, S+1), with C(S+r, S+1) = C((S+1) + (r-1), min(S+1, r-1)). */
	mpz_add_ui(s1, S, 1);
	mpz_sub_ui(rm1, r, 1);
	if (mpz_sgn(r) == 0)
		mpz_set_ui(c, 0); /* C(S, S+1) = 0 */
	else
		binom_sum(c, s1, rm1); /* cannot be huge: it is below r*L */
	mpz_mul(N, r, L);
	mpz_sub(N, N, c);
	if (r_out)
		mpz_set(r_out, r);
	mpz_clears(r, s1, rm1, c, NULL);
	return 0;
}

/* Digits only, at least one. */
static int parse_uint(const char *s, mpz_t out)
{
	if (!s || !*s)
		return -1;
	for (const char *p = s; *p; p++)
		if (!isdigit((unsigned char)*p))
			return -1;
	return mpz_set_str(out, s, 10) == 0 ? 0 : -1;
}

int ckp_binomial_forward_steps(const char *L, long S, mpz_t out)
{
	mpz_t l, s;
	int rc;
	mpz_init(l);
	if (parse_uint(L, l) != 0) {
		mpz_clear(l);
		return -1;
	}
	mpz_init_set_si(s, S);
	rc = ckp_binomial_forward_steps_z(l, s, out, NULL);
	mpz_clears(l, s, NULL);
	return rc;
}

double ckp_binomial_steps_d(long L, long S)
{
	mpz_t l, s, n;
	double d = -1.0;
	mpz_init_set_si(l, L);
	mpz_init_set_si(s, S);
	mpz_init(n);
	if (ckp_binomial_forward_steps_z(l, s, n, NULL) == 0)
		d = mpz_get_d(n);
	mpz_clears(l, s, n, NULL);
	return d;
}

/* ------------------------------------------------------------------ sizes */

/* A size in the grammar of runtime/srt_size.h, evaluated exactly: revolve's memory may exceed
 * 2^64 bytes. */
int ckp_parse_size(const char *s, mpz_t bytes)
{
	SrtSizeText t;
	const SrtSizeUnit *u;
	if (srt_size_split(s, &t) != 0 || !(u = srt_size_unit(&t)))
		return -1;
	/* bytes = floor(digits / 10^nfrac * unit) */
	char *digits = malloc(t.nint + t.nfrac + 1);
	if (!digits)
		return -1;
	memcpy(digits, t.num, t.nint);
	memcpy(digits + t.nint, t.num + t.nint + 1, t.nfrac);
	digits[t.nint + t.nfrac] = '\0';
	mpz_t num, den, unitv;
	mpz_inits(num, den, unitv, NULL);
	mpz_set_str(num, digits, 10);
	free(digits);
	mpz_ui_pow_ui(den, 10, t.nfrac);
	mpz_ui_pow_ui(unitv, u->base, u->power);
	mpz_mul(num, num, unitv);
	mpz_fdiv_q(bytes, num, den);
	mpz_clears(num, den, unitv, NULL);
	return 0;
}

/* ------------------------------------------------------------------ stad revolve */

static int revolve_error(const char *what, const char *arg)
{
	fprintf(stderr, "stad revolve: error: %s '%s'\n", what, arg);
	return 1;
}

/* "a/b" as a decimal with 3 digits after the point, rounded half up. */
static void print_ratio(const char *label, mpz_srcptr a, mpz_srcptr b)
{
	mpz_t q, rem;
	mpz_inits(q, rem, NULL);
	mpz_mul_ui(q, a, 2000);
	mpz_add(q, q, b);
	mpz_fdiv_q(q, q, b);
	mpz_fdiv_q_2exp(q, q, 1); /* round(a*1000/b) */
	mpz_fdiv_qr_ui(q, rem, q, 1000);
	gmp_printf("%s: %Zd.%03lu\n", label, q, mpz_get_ui(rem));
	mpz_clears(q, rem, NULL);
}

int ckp_revolve_facts(const char *steps, const char *snaps, const char *memory, const char *snapbytes)
{
	mpz_t L, S, M, B, r, N, t;
	int rc = 0;

	mpz_inits(L, S, M, B, r, N, t, NULL);
	if (parse_uint(steps, L) != 0) {
		rc = revolve_error("--steps needs a non-negative integer, not", steps);
		goto done;
	}
	if (snaps) {
		if (parse_uint(snaps, S) != 0 || mpz_sgn(S) == 0) {
			rc = revolve_error("--snaps needs a positive integer, not", snaps);
			goto done;
		}
	} else {
		if (ckp_parse_size(memory, M) != 0) {
			rc = revolve_error("--memory needs a size such as 64MiB, not", memory);
			goto done;
		}
		if (ckp_parse_size(snapbytes, B) != 0 || mpz_sgn(B) == 0) {
			rc = revolve_error("--snapshot-bytes needs a positive size, not", snapbytes);
			goto done;
		}
		mpz_fdiv_q(S, M, B);
		if (mpz_sgn(S) == 0) {
			fprintf(stderr, "stad revolve: error: --memory %s holds no snapshot of %s\n", memory, snapbytes);
			rc = 1;
			goto done;
		}
	}
	ckp_binomial_forward_steps_z(L, S, N, r);

	gmp_printf("steps: %Zd\n", L);
	if (memory) {
		gmp_printf("memory: %Zd bytes\n", M);
		gmp_printf("snapshot size: %Zd bytes\n", B);
		gmp_printf("snapshots: %Zd (memory / snapshot size)\n", S);
	} else {
		gmp_printf("snapshots: %Zd\n", S);
	}
	/* Snapshots beyond L-1 are never used (a state is stored before each step but the last). */
	mpz_sub_ui(t, L, 1);
	if (mpz_cmp_ui(L, 1) > 0 && mpz_cmp(S, t) > 0)
		gmp_printf("snapshots used: %Zd (one per step but the last)\n", t);
	gmp_printf("recomputation sweeps: %Zd\n", r);
	gmp_printf("minimal forward steps: %Zd\n", N);
	if (mpz_sgn(L) > 0) {
		print_ratio("forward steps per loop step", N, L);
		mpz_add(t, N, L);
		gmp_printf("taped steps (one per adjoint step): %Zd\n", L);
		print_ratio("forward work of the adjoint run / primal loop", t, L);
	}
	/* Longest loop these snapshots reverse with the same number of sweeps. */
	if (binom_sum(t, S, r) == 0)
		gmp_printf("longest loop with these snapshots and sweeps: %Zd steps\n", t);
done:
	mpz_clears(L, S, M, B, r, N, t, NULL);
	return rc;
}
