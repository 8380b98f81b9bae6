/*
 * test_budget.c — prof_parse_budget and prof_parse_strategy: bytes with binary (K, KiB, ...)
 * and decimal (KB, ...) units, fractions, multiples of the measured peak (x) and of the all-off
 * peak (off; three times the reference here), and everything that must be refused.
 */
#include <string.h>

#include "testutil.h"

static void ok(const char *s, uint64_t ref, uint64_t want, int line)
{
	uint64_t v = 12345;
	tu_checks++;
	if (prof_parse_budget(s, ref, 3 * ref, &v) != 0 || v != want) {
		tu_failures++;
		fprintf(stderr, "test_budget.c:%d: '%s' gave %llu, expected %llu\n", line, s, (unsigned long long)v,
		        (unsigned long long)want);
	}
}

static void bad(const char *s, int line)
{
	uint64_t v = 777;
	tu_checks++;
	if (prof_parse_budget(s, 1000, 3000, &v) == 0) {
		tu_failures++;
		fprintf(stderr, "test_budget.c:%d: '%s' accepted as %llu\n", line, s, (unsigned long long)v);
	}
}
#define OK(s, ref, want) ok(s, ref, want, __LINE__)
#define BAD(s) bad(s, __LINE__)

int main(void)
{
	OK("100000", 0, 100000);
	OK("0.5off", 1000, 1500);
	OK("2 OFF", 1000, 6000);
	OK("1off", 1000, 3000);
	BAD("off");
	BAD("2of");
	BAD("2offx");
	OK("0", 0, 0);
	OK("64MiB", 0, 64ull << 20);
	OK("64mib", 0, 64ull << 20);
	OK("64M", 0, 64ull << 20);
	OK("64 MiB", 0, 64ull << 20);
	OK("  64MiB  ", 0, 64ull << 20);
	OK("1.5GiB", 0, 1610612736ull);
	OK("1.5G", 0, 1610612736ull);
	OK("500MB", 0, 500000000ull);
	OK("1K", 0, 1024);
	OK("1kB", 0, 1000);
	OK("2TiB", 0, 2ull << 40);
	OK("3TB", 0, 3000000000000ull);
	OK("10B", 0, 10);
	OK("0.5KiB", 0, 512);
	OK(".5K", 0, 512);
	OK("1.", 0, 1);
	OK("1.9", 0, 1); /* whole bytes, rounded down */
	OK("2x", 1000, 2000);
	OK("2X", 1000, 2000);
	OK("1.5x", 1000, 1500);
	OK("1x", 123456789, 123456789);
	OK("0.25 x", 1000, 250);
	OK("18446744073709551615", 0, UINT64_MAX);
	OK("16777215TiB", 0, 16777215ull << 40);
	BAD("18446744073709551616");
	BAD("16777216TiB"); /* 2^64 */
	BAD("17179869184G");
	BAD("1e30");
	BAD("");
	BAD("   ");
	BAD("x");
	BAD("MiB");
	BAD("-1");
	BAD("+1");
	BAD("-1x");
	BAD("1e6");
	BAD("inf");
	BAD("nan");
	BAD("0x10");
	BAD("1.2.3");
	BAD("64MiBs");
	BAD("64 Mi B");
	BAD("2xx");
	BAD("1 2");
	OK("1PiB", 0, 1ull << 50); /* the units of every size of stad (runtime/srt_size.h) */
	OK("2PB", 0, 2000000000000000ull);
	OK("1.25 pib", 0, 5ull << 48);
	BAD(".");
	BAD("99999999999999999999999999999999999999999999.5");
	uint64_t big;
	CHECK(prof_parse_budget("3x", UINT64_MAX / 2, 1, &big) != 0); /* overflows */
	CHECK(prof_parse_budget("1.5x", UINT64_MAX / 2, 1, &big) != 0 || big > UINT64_MAX / 2);

	ProfStrategy s = PROF_MEMORY_CAREFUL;
	CHECK(prof_parse_strategy("gain-first", &s) == 0 && s == PROF_GAIN_FIRST);
	CHECK(prof_parse_strategy("memory-careful", &s) == 0 && s == PROF_MEMORY_CAREFUL);
	CHECK(prof_parse_strategy("greedy", &s) != 0);
	CHECK(prof_parse_strategy("", &s) != 0);
	CHECK(!strcmp(prof_strategy_name(PROF_GAIN_FIRST), "gain-first"));
	CHECK(!strcmp(prof_strategy_name(PROF_MEMORY_CAREFUL), "memory-careful"));
	CHECK(prof_parse_strategy("optimal", &s) == 0 && s == PROF_OPTIMAL);
	CHECK(!strcmp(prof_strategy_name(PROF_OPTIMAL), "optimal"));
	return tu_done("test_budget");
}
