/*
 * stats.c — the STAD_STATS file and the tune measurement cache, read defensively: both come
 * from files on disk that a user (or a crashed program) may have truncated or edited.
 */
#define _POSIX_C_SOURCE 200809L
#include "stats.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parses an unsigned decimal of at most 20 digits that fits in 64 bits; 1 on success. */
static int parse_u64(const char *s, const char *end, uint64_t *v)
{
	uint64_t x = 0;
	if (s == end)
		return 0;
	for (; s < end; s++) {
		if (*s < '0' || *s > '9')
			return 0;
		unsigned d = (unsigned)(*s - '0');
		if (x > (UINT64_MAX - d) / 10)
			return 0;
		x = x * 10 + d;
	}
	*v = x;
	return 1;
}

void cli_stats_parse(const char *text, size_t len, CliStats *out)
{
	memset(out, 0, sizeof *out);
	const char *p = text, *end = text + len;
	while (p < end) {
		const char *e = memchr(p, '\n', (size_t)(end - p));
		if (!e)
			e = end;
		const char *k = p, *ke = k;
		while (ke < e && *ke != ' ' && *ke != '\t')
			ke++;
		const char *v = ke;
		while (v < e && (*v == ' ' || *v == '\t'))
			v++;
		const char *ve = e;
		while (ve > v && (ve[-1] == '\r' || ve[-1] == ' ' || ve[-1] == '\t'))
			ve--;
		uint64_t x;
		size_t kl = (size_t)(ke - k);
		if (parse_u64(v, ve, &x)) {
			if (kl == 15 && !memcmp(k, "peak_tape_bytes", 15)) {
				out->peak_tape_bytes = x;
				out->nkeys++;
			} else if (kl == 18 && !memcmp(k, "revolve_peak_bytes", 18)) {
				out->revolve_peak_bytes = x;
				out->nkeys++;
			}
		}
		p = e < end ? e + 1 : end;
	}
}

int cli_stats_read(const char *path, CliStats *out)
{
	memset(out, 0, sizeof *out);
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	char buf[65536];
	size_t n = fread(buf, 1, sizeof buf, f); /* a stats file is a few lines */
	int bad = ferror(f);
	fclose(f);
	if (bad)
		return -1;
	cli_stats_parse(buf, n, out);
	return 0;
}

int cli_meas_parse_line(const char *line, size_t len, char **bits, double *time_s, uint64_t *peak, int *kind, uint64_t *rv_peak)
{
	/* fields separated by blanks; the bits have no blank */
	const char *f[5], *fe[5];
	const char *p = line, *end = line + len;
	int nf = 0;
	while (nf < 5) {
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
			p++;
		if (p == end)
			break;
		f[nf] = p;
		while (p < end && *p != ' ' && *p != '\t' && *p != '\r')
			p++;
		fe[nf++] = p;
	}
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
		p++;
	if (nf != 5 || p != end)
		return 0;
	char num[64];
	size_t tl = (size_t)(fe[1] - f[1]);
	if (tl == 0 || tl >= sizeof num)
		return 0;
	memcpy(num, f[1], tl);
	num[tl] = 0;
	char *q;
	errno = 0;
	double t = strtod(num, &q);
	if (*q || errno || !isfinite(t) || t < 0)
		return 0;
	uint64_t pk, k, rv;
	if (!parse_u64(f[2], fe[2], &pk) || !parse_u64(f[3], fe[3], &k) || k > 2 || !parse_u64(f[4], fe[4], &rv))
		return 0;
	/* configuration bits: site states, then "|site=count,..." (they go into JSON and file
	 * names unquoted, so nothing else is accepted) */
	size_t bl = (size_t)(fe[0] - f[0]);
	for (size_t i = 0; i < bl; i++)
		if (!strchr("0123456789|=,", f[0][i]) || !f[0][i])
			return 0;
	char *b = malloc(bl + 1);
	if (!b)
		return 0;
	memcpy(b, f[0], bl);
	b[bl] = 0;
	*bits = b;
	*time_s = t;
	*peak = pk;
	*kind = (int)k;
	*rv_peak = rv;
	return 1;
}
