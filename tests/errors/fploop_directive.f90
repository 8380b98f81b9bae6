! !$AD FP-LOOP: where it may stand and what it may say (state variables, tol=, maxiter=), and
! not together with BINOMIAL-CKP on one loop.
subroutine f(n, x, y)
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: z(n), err
  integer :: k, m
  z = 0
  err = 1
  !$AD FP-LOOP z
  y = 0
  !$AD FP-LOOP z, m, q tol=2 maxiter=0 speed=3
  do while (err > 1d-12)
    z = 0.5d0*cos(z) + x
    err = 0
  end do
  !$AD FP-LOOP z
  !$AD BINOMIAL-CKP 10 2 1
  do k = 1, 10
    z = 0.5d0*cos(z) + x
  end do
  y = sum(z)
end subroutine
