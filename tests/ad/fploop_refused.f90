! stad: --head 'f(y)/(x)'
! !$AD FP-LOOP forms whose two-phase adjoint would be wrong, refused at the loop: a named state
! the loop does not write, and a loop that carries no active variable from a step to the next.
! (fploop_dovar: a step that uses the DO variable; fploop_return: a loop left by RETURN.)
subroutine f(n, x, y)
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: z(n), t(n), err
  integer :: k
  z = 0
  err = 1
  !$AD FP-LOOP x
  do while (err > 1d-12)
    t = 0.5d0*cos(z) + x
    err = maxval(abs(t - z))
    z = t
  end do
  !$AD FP-LOOP
  do k = 1, 3
    t = x*2
  end do
  y = sum(z) + sum(t)
end subroutine
