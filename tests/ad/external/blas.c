/*
 * blas.c — daxpy and ddot (reference BLAS, positive increments) and the derivatives a user
 * writes for them in stad's calling convention (README: routines without source): every
 * argument by address, each argument with a derivative followed by it, a FUNCTION's result
 * last. NAME_d computes the outputs and their tangents; NAME_b gets the inputs as they were on
 * entry and the outputs' adjoints, adds J^T to the inputs' adjoints, leaves an inout output's
 * adjoint as the adjoint of its value on entry and zeroes an out output's; it may change what
 * the routine writes, not what it only reads.
 */
void daxpy(int *n, double *a, double *x, int *incx, double *y, int *incy);
void daxpy_d(int *n, double *a, double *ad, double *x, double *xd, int *incx, double *y, double *yd, int *incy);
void daxpy_b(int *n, double *a, double *ab, double *x, double *xb, int *incx, double *y, double *yb, int *incy);
double ddot(int *n, double *x, int *incx, double *y, int *incy);
void ddot_d(int *n, double *x, double *xd, int *incx, double *y, double *yd, int *incy, double *r, double *rd);
void ddot_b(int *n, double *x, double *xb, int *incx, double *y, double *yb, int *incy, double *r, double *rb);

/* y = a*x + y */
void daxpy(int *n, double *a, double *x, int *incx, double *y, int *incy)
{
	for (int i = 0; i < *n; i++)
		y[i * *incy] += *a * x[i * *incx];
}

/* yd = ad*x + a*xd + yd */
void daxpy_d(int *n, double *a, double *ad, double *x, double *xd, int *incx, double *y, double *yd, int *incy)
{
	for (int i = 0; i < *n; i++) {
		yd[i * *incy] += *ad * x[i * *incx] + *a * xd[i * *incx];
		y[i * *incy] += *a * x[i * *incx];
	}
}

/* ab += x.yb; xb += a*yb; yb stays (y on entry contributes with weight 1). Like an adjoint that
 * re-runs its routine first, it leaves y as daxpy leaves it: the convention allows it (what daxpy
 * writes may change), and stad saves around the call what earlier adjoints still read. */
void daxpy_b(int *n, double *a, double *ab, double *x, double *xb, int *incx, double *y, double *yb, int *incy)
{
	for (int i = 0; i < *n; i++) {
		*ab += x[i * *incx] * yb[i * *incy];
		xb[i * *incx] += *a * yb[i * *incy];
		y[i * *incy] += *a * x[i * *incx];
	}
}

double ddot(int *n, double *x, int *incx, double *y, int *incy)
{
	double s = 0;
	for (int i = 0; i < *n; i++)
		s += x[i * *incx] * y[i * *incy];
	return s;
}

/* r = x.y, rd = xd.y + x.yd */
void ddot_d(int *n, double *x, double *xd, int *incx, double *y, double *yd, int *incy, double *r, double *rd)
{
	*rd = 0;
	for (int i = 0; i < *n; i++)
		*rd += xd[i * *incx] * y[i * *incy] + x[i * *incx] * yd[i * *incy];
	*r = ddot(n, x, incx, y, incy);
}

/* xb += rb*y, yb += rb*x, rb = 0 (the result is an out argument) */
void ddot_b(int *n, double *x, double *xb, int *incx, double *y, double *yb, int *incy, double *r, double *rb)
{
	(void)r;
	for (int i = 0; i < *n; i++) {
		xb[i * *incx] += *rb * y[i * *incy];
		yb[i * *incy] += *rb * x[i * *incx];
	}
	*rb = 0;
}
