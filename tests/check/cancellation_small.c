/* bump: y = x, its tangent, and an adjoint that is wrong on purpose (1e-7 too large) */
void bump(double *x, double *y);
void bump_d(double *x, double *xd, double *y, double *yd);
void bump_b(double *x, double *xb, double *y, double *yb);

void bump(double *x, double *y)
{
	*y = *x;
}

void bump_d(double *x, double *xd, double *y, double *yd)
{
	*y = *x;
	*yd = *xd;
}

void bump_b(double *x, double *xb, double *y, double *yb)
{
	(void)x;
	(void)y;
	*xb += *yb * (1 + 1e-7);
	*yb = 0;
}
