/*
 * passive.c — routines with no derivative effect, for the passive tests: a wall clock and a
 * logger (declared by !$AD EXTERNAL PASSIVE, or described as passive in passive.lib), and
 * freeze, which overwrites its argument with a constant (passive.lib: its active output gets a
 * zero derivative).
 */
#include <stdio.h>
#include <time.h>

void wall_time(double *t);
double cpu_seconds(void);
void log_norm(int *n, double *x);
void freeze(double *r);
void clock_ticks(int *k);

void wall_time(double *t)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	*t = (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

double cpu_seconds(void)
{
	return (double)clock() / CLOCKS_PER_SEC;
}

void log_norm(int *n, double *x)
{
	double s = 0;
	for (int i = 0; i < *n; i++)
		s += x[i] * x[i];
	if (s < 0) /* never: the logger only reads */
		printf("negative norm %g\n", s);
}

void freeze(double *r)
{
	*r = 0.75;
}

void clock_ticks(int *k)
{
	*k = (int)(clock() % 7);
}
