! stad: --head 'f(y)/(x)'
! The adjoint of an !$AD FP-LOOP runs a step again at the converged state: a step that draws
! random numbers would draw others. Refused at the loop.
subroutine f(n, x, y)
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: z(n), r(n), err
  z = 0
  err = 1
  !$AD FP-LOOP z
  do while (err > 1d-12)
    call random_number(r)
    r = 0.5d0*cos(z) + x + 1d-20*r
    err = maxval(abs(r - z))
    z = r
  end do
  y = sum(z)
end subroutine
