! stad: --head 'f(y)/(x)'
! An !$AD FP-LOOP left by RETURN is refused: its state at the exit is not a converged one.
subroutine f(n, x, y)
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: z(n), t(n), err
  z = 0
  err = 1
  y = 0
  !$AD FP-LOOP z
  do while (err > 1d-12)
    t = 0.5d0*cos(z) + x
    err = maxval(abs(t - z))
    if (err > 1d3) return
    z = t
  end do
  y = sum(z)
end subroutine
