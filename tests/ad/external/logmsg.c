/* A passive logging routine for ad/char_passive_logger: it takes its string as stad passes one
 * (the address of its characters, no NUL, and its length by value after the other arguments, as
 * gfortran does), stops the program when the length is not the one the caller says (*k on
 * entry), then adds the length without trailing blanks to *k. */
#include <stdint.h>
#include <stdlib.h>

void logmsg(char *s, int *k, int64_t s_len);

void logmsg(char *s, int *k, int64_t s_len)
{
	if (s_len != *k)
		abort();
	int64_t n = s_len;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	*k += (int)n;
}
