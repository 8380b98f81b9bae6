! stad: --head 'aonly(y)/(x)' --set n=3
! A callee with INTENT(OUT) arguments that it writes without reading, while the caller's
! adjoint still needs the values they held before the call (a scalar and an array).
subroutine fill(n, a, s, w)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: a
  real(8), intent(out) :: s, w(n)
  integer :: i
  s = exp(0.1d0 * a)
  do i = 1, n
    w(i) = a * dble(i)
  end do
end subroutine fill

subroutine aonly(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(inout) :: y(n)
  real(8) :: s
  integer :: i
  s = x(1) * x(2)
  do i = 1, n
    y(i) = y(i) * x(i) + s * y(i)**2
  end do
  call fill(n, x(n), s, y)
  y(1) = y(1) * s
end subroutine aonly
