! stad: --head 'f(y)/(x)'
! A step of an !$AD FP-LOOP that uses the DO variable (here in a counted DO left by EXIT) is not
! one map repeated: its two-phase adjoint would be wrong. Refused at the use. An iteration count
! (nit = k) is accepted only when the step does not read it (here it does: refused); a routine
! specialised for two procedure arguments has one error per loop, not one per copy (s18 trial A
! F12).
subroutine f(n, x, y)
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: z(n), err, t
  integer :: k, nit
  external c1, c2
  z = 0
  !$AD FP-LOOP z
  do k = 1, 50
    z = 0.5d0*cos(z) + x
    err = maxval(abs(z))
    if (err < 1d-12) exit
    if (k == 1) z = z + x
  end do
  !$AD FP-LOOP z
  do k = 1, 50
    nit = k
    z = 0.5d0*cos(z) + x
    if (nit > 3) z = 0.9d0*z
    err = maxval(abs(z))
    if (err < 1d-12) exit
  end do
  y = sum(z)
  call solve(c1, x(1), t)
  y = y + t
  call solve(c2, x(2), t)
  y = y + t
end subroutine

subroutine solve(c, a, t)
  external c
  real(8), intent(in) :: a
  real(8), intent(out) :: t
  real(8) :: tn
  integer :: it
  t = 0
  !$AD FP-LOOP t
  do it = 1, 100
    call c(a, t, tn)
    if (it > 1 .and. abs(tn - t) < 1d-14) exit
    t = tn
  end do
end subroutine

subroutine c1(a, t, tn)
  real(8), intent(in) :: a, t
  real(8), intent(out) :: tn
  tn = 0.5d0*cos(t) + a
end subroutine

subroutine c2(a, t, tn)
  real(8), intent(in) :: a, t
  real(8), intent(out) :: tn
  tn = 0.3d0*sin(t) + a
end subroutine
