! stad: --head 'f(y)/(x)'
! A step of an !$AD FP-LOOP that uses the DO variable (here in a counted DO left by EXIT) is not
! one map repeated: its two-phase adjoint would be wrong. Refused at the use.
subroutine f(n, x, y)
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: z(n), err
  integer :: k
  z = 0
  !$AD FP-LOOP z
  do k = 1, 50
    z = 0.5d0*cos(z) + x
    err = maxval(abs(z))
    if (err < 1d-12) exit
    if (k == 1) z = z + x
  end do
  y = sum(z)
end subroutine
