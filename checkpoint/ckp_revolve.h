/*
 * ckp_revolve.h — exact arithmetic of binomial checkpointing schedules (GMP), and what the
 * `stad revolve` command prints.
 *
 * For a loop of L steps reversed with at most S snapshots held at once (the one of the
 * initial state included, as in the runtime's srt_revolve driver):
 *   r = the smallest integer >= 0 with C(S+r, S) >= L        ("recomputation sweeps": no step
 *       is run forward more than r times besides its one taped run before its adjoint);
 *   N = r*L - C(S+r, S+1)                                    (minimal forward steps, not
 *       counting the L taped steps of the adjoint sweep; N = L-1 when 2 <= L <= S+1, N = 0
 *       when L <= 1).
 * This is the optimum over all schedules (Griewank & Walther), checked in tests/checkpoint
 * against a brute-force dynamic program and the runtime driver's counted steps.
 * Run-time factor over the primal: N/L forward recomputations per step; with the taped steps
 * the forward work of the adjoint run is (N+L)/L primal runs (adjoint statements excluded).
 */
#ifndef STAD_CKP_REVOLVE_H
#define STAD_CKP_REVOLVE_H

#include <gmp.h>

/* r for L steps and S snapshots (any sizes). Returns 0, or -1 if L < 0, or S < 1 while L > 1
 * (r is then left unchanged). */
int ckp_binomial_sweeps_z(mpz_srcptr L, mpz_srcptr S, mpz_ptr r);

/* N (and r when r_out is not NULL) for L steps and S snapshots. 0 or -1 as above. */
int ckp_binomial_forward_steps_z(mpz_srcptr L, mpz_srcptr S, mpz_ptr N, mpz_ptr r_out);

/* The same with L as a decimal string (digits only, any length) and S a long:
 * out = N. Returns 0, or -1 if L is not a non-negative decimal integer or S < 1 while L > 1. */
int ckp_binomial_forward_steps(const char *L, long S, mpz_t out);

/* Convenience for the profile cost model: N as a double (rounded), or -1.0 on bad input. */
double ckp_binomial_steps_d(long L, long S);

/* Parses a size: a decimal number with an optional fraction and unit: none or B (bytes), KiB
 * MiB GiB TiB PiB (powers of 1024), kB KB MB GB TB PB (powers of 1000), K M G T P (powers of
 * 1024); units are case-insensitive, a space may separate them; "1.5KiB" is 1536 bytes and a
 * fractional byte count is rounded down. Returns 0, or -1 if malformed. */
int ckp_parse_size(const char *s, mpz_t bytes);

/* What `stad revolve --steps N (--snaps S | --memory SIZE --snapshot-bytes B)` prints: the
 * schedule facts on stdout, for steps and either snaps (memory and snapbytes NULL) or memory
 * and snapbytes (snaps NULL), as given on the command line. Returns 0, or 1 after reporting a
 * bad number ("stad revolve: error: ..."). */
int ckp_revolve_facts(const char *steps, const char *snaps, const char *memory, const char *snapbytes);

#endif /* STAD_CKP_REVOLVE_H */
