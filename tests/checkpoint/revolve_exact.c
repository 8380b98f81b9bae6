/*
 * revolve_exact.c — checkpoint/revolve.c's exact schedule arithmetic:
 *   - small L and S: the minimal forward steps equal a brute-force dynamic program over all
 *     checkpoint placements, the runtime driver's counted steps (libstad_rt), and the double
 *     convenience function; r matches its definition;
 *   - L past 2^64 (up to 10^60) and at the exact boundaries L = C(S+r, S), C(S+r, S)+1:
 *     r and N checked by their definitions with an independent schoolbook big integer
 *     (bigdec.h), never with GMP;
 *   - size parsing and bad input.
 */
#include <stdio.h>

#include "bigdec.h"
#include "ckp_revolve.h"
#include "stad_rt.h"

static int failures;
#define CHECK(c)                                                                                                                 \
	do {                                                                                                                     \
		if (!(c)) {                                                                                                      \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                                    \
			failures++;                                                                                              \
		}                                                                                                                \
	} while (0)

enum { LMAX = 300, SMAX = 12 };
static long F[SMAX + 1][LMAX + 1];

static void brute_force(void)
{
	for (int s = 0; s <= SMAX; s++) {
		F[s][0] = F[s][1] = 0;
		for (int l = 2; l <= LMAX; l++) {
			long best = -1;
			for (int j = 1; s >= 1 && j < l; j++) {
				if (F[s - 1][l - j] < 0)
					continue;
				long c = j + F[s - 1][l - j] + F[s][j];
				if (best < 0 || c < best)
					best = c;
			}
			F[s][l] = best;
		}
	}
}

/* Forward steps the runtime's revolve driver runs (no state, actions only). */
static long runtime_steps(long L, int S)
{
	SrtRevolve *rv = srt_revolve_new(L, S);
	int act;
	while ((act = srt_revolve_next(rv)) != SRT_RV_TERMINATE && act != SRT_RV_ERROR)
		;
	long n = act == SRT_RV_TERMINATE ? srt_revolve_forward_steps(rv) : -1;
	srt_revolve_free(rv);
	return n;
}

static void check_small(void)
{
	char buf[64];
	mpz_t N, r, l, s;
	mpz_inits(N, r, l, s, NULL);
	for (int S = 1; S <= SMAX; S++) {
		for (long L = 0; L <= LMAX; L++) {
			snprintf(buf, sizeof buf, "%ld", L);
			CHECK(ckp_binomial_forward_steps(buf, S, N) == 0);
			if (mpz_cmp_si(N, F[S][L]) != 0) {
				gmp_fprintf(stderr, "L=%ld S=%d: N=%Zd, brute force %ld\n", L, S, N, F[S][L]);
				failures++;
			}
			CHECK(ckp_binomial_steps_d(L, S) == (double)F[S][L]);
			if (runtime_steps(L, S) != F[S][L]) {
				fprintf(stderr, "L=%ld S=%d: runtime ran %ld, brute force %ld\n", L, S, runtime_steps(L, S),
				        F[S][L]);
				failures++;
			}
			/* r by its definition, in 64-bit arithmetic. */
			unsigned long long beta = 1, rr = 0;
			while (beta < (unsigned long long)L) {
				rr++;
				beta = beta * (unsigned long long)(S + (long)rr) / rr;
			}
			mpz_set_si(l, L);
			mpz_set_si(s, S);
			CHECK(ckp_binomial_forward_steps_z(l, s, N, r) == 0);
			CHECK(mpz_cmp_ui(r, (unsigned long)rr) == 0);
			if (L >= 2 && L <= S + 1)
				CHECK(mpz_cmp_si(N, L - 1) == 0 && rr == 1);
		}
	}
	mpz_clears(N, r, l, s, NULL);
}

static char *mpz_dec(mpz_srcptr z)
{
	return mpz_get_str(NULL, 10, z);
}

/* Checks r and N for L (decimal) and S against their definitions with bigdec.h only. */
static void check_big(const char *Ldec, long S)
{
	mpz_t L, Sz, N, r;
	Big bl, br, brm1, bn, t, u, one, bs;
	char *rs, *ns;
	static char out[4000];

	mpz_inits(L, Sz, N, r, NULL);
	mpz_set_str(L, Ldec, 10);
	mpz_set_si(Sz, S);
	CHECK(ckp_binomial_forward_steps_z(L, Sz, N, r) == 0);
	rs = mpz_dec(r);
	ns = mpz_dec(N);
	bd_from_dec(&bl, Ldec);
	bd_from_dec(&br, rs);
	bd_from_dec(&bn, ns);
	bd_from_u64(&one, 1);
	bd_from_u64(&bs, (uint64_t)S);

	/* beta(S, r) = C(S+r, min(S, r)) >= L > beta(S, r-1) */
	int r_small = br.n <= 1 && (br.n == 0 || br.d[0] < 100000);
	uint32_t rv = br.n ? br.d[0] : 0;
	uint32_t k = r_small && rv < (uint32_t)S ? rv : (uint32_t)S;
	bd_add(&t, &bs, &br);
	bd_binom(&u, &t, k);
	CHECK(bd_cmp(&u, &bl) >= 0);
	if (br.n > 0) {
		bd_sub(&brm1, &br, &one);
		uint32_t k1 = r_small && rv - 1 < (uint32_t)S ? rv - 1 : (uint32_t)S;
		bd_add(&t, &bs, &brm1);
		bd_binom(&u, &t, k1);
		CHECK(bd_cmp(&u, &bl) < 0);
		/* N = r*L - C(S+r, S+1) = r*L - C((S+1)+(r-1), min(S+1, r-1)) */
		uint32_t k2 = r_small && rv - 1 < (uint32_t)S + 1 ? rv - 1 : (uint32_t)S + 1;
		bd_add(&t, &bs, &br);
		bd_binom(&u, &t, k2);
		bd_mul(&t, &br, &bl);
		bd_sub(&t, &t, &u);
		if (bd_cmp(&t, &bn) != 0) {
			bd_to_dec(&t, out);
			fprintf(stderr, "L=%s S=%ld: GMP N=%s, schoolbook %s\n", Ldec, S, ns, out);
			failures++;
		}
	}
	free(rs);
	free(ns);
	mpz_clears(L, Sz, N, r, NULL);
}

/* L = C(S+r0, S) exactly (schoolbook), then r must be r0; L+1 needs r0+1. */
static void check_boundary(long S, uint64_t r0)
{
	Big n, b, one;
	static char dec[4000];
	mpz_t L, Sz, N, r;
	mpz_inits(L, Sz, N, r, NULL);
	bd_from_u64(&n, (uint64_t)S + r0);
	bd_binom(&b, &n, r0 < (uint64_t)S ? (uint32_t)r0 : (uint32_t)S);
	bd_from_u64(&one, 1);
	for (int plus = 0; plus < 2; plus++) {
		if (plus)
			bd_add(&b, &b, &one);
		bd_to_dec(&b, dec);
		mpz_set_str(L, dec, 10);
		mpz_set_si(Sz, S);
		CHECK(ckp_binomial_forward_steps_z(L, Sz, N, r) == 0);
		char *rs = mpz_get_str(NULL, 10, r);
		if (strtoull(rs, NULL, 10) != r0 + (uint64_t)plus) {
			gmp_fprintf(stderr, "S=%ld L=%s: r=%Zd, expected %llu\n", S, dec, r,
			            (unsigned long long)(r0 + (uint64_t)plus));
			failures++;
		}
		free(rs);
		check_big(dec, S);
	}
	mpz_clears(L, Sz, N, r, NULL);
}

static int mpz_eq_dec(mpz_srcptr z, const char *dec)
{
	char *s = mpz_get_str(NULL, 10, z);
	int eq = strcmp(s, dec) == 0;
	free(s);
	return eq;
}

static void check_size(const char *s, const char *expect)
{
	mpz_t b;
	mpz_init(b);
	if (!expect) {
		CHECK(ckp_parse_size(s, b) == -1);
	} else if (ckp_parse_size(s, b) != 0 || !mpz_eq_dec(b, expect)) {
		gmp_fprintf(stderr, "size '%s': got %Zd, expected %s\n", s, b, expect);
		failures++;
	}
	mpz_clear(b);
}

int main(void)
{
	static const char *const bigL[] = {
	        "18446744073709551615",
	        "18446744073709551616",
	        "18446744073709551617",
	        "36893488147419103232",
	        "1000000000000000000000",
	        "123456789012345678901234567890",
	        "1000000000000000000000000000000000000000000000000000000000000",
	};
	static const long bigS[] = {1, 2, 3, 5, 7, 10, 20, 30, 64, 100, 200};
	mpz_t N;

	brute_force();
	check_small();
	for (size_t i = 0; i < sizeof bigL / sizeof *bigL; i++)
		for (size_t j = 0; j < sizeof bigS / sizeof *bigS; j++)
			check_big(bigL[i], bigS[j]);
	/* Boundaries past 2^64: C(S+r, S) for a few (S, r). */
	check_boundary(1, 18446744073709551000u);
	check_boundary(2, 10000000000u);
	check_boundary(5, 100000);
	check_boundary(20, 5000);
	check_boundary(64, 64);
	check_boundary(300, 20);
	check_boundary(100000, 5);

	/* Bad input. */
	mpz_init(N);
	CHECK(ckp_binomial_forward_steps("12a", 3, N) == -1);
	CHECK(ckp_binomial_forward_steps("", 3, N) == -1);
	CHECK(ckp_binomial_forward_steps("-5", 3, N) == -1);
	CHECK(ckp_binomial_forward_steps("10", 0, N) == -1);
	CHECK(ckp_binomial_forward_steps("1", 0, N) == 0 && mpz_sgn(N) == 0);
	CHECK(ckp_binomial_steps_d(10, -1) == -1.0);
	CHECK(ckp_binomial_steps_d(-1, 3) == -1.0);
	mpz_clear(N);

	check_size("1000", "1000");
	check_size("64MiB", "67108864");
	check_size("2GiB", "2147483648");
	check_size("1.5KiB", "1536");
	check_size("1.5 kib", "1536");
	check_size("10MB", "10000000");
	check_size("3G", "3221225472");
	check_size("0.3B", "0");
	check_size(".5KiB", "512");
	check_size("7.", "7");
	check_size("100000000000000000000PiB", "112589990684262400000000000000000000");
	check_size("", NULL);
	check_size("MiB", NULL);
	check_size("12XB", NULL);
	check_size("-1", NULL);
	check_size("1.2.3", NULL);
	check_size("5 MiB x", NULL);

	if (failures) {
		fprintf(stderr, "revolve_exact: %d check(s) failed\n", failures);
		return 1;
	}
	printf("revolve_exact: ok\n");
	return 0;
}
