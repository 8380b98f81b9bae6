! stad: --head 'cdrive(y)/(x)'
! COMMON blocks (free form) read and written by callees: a named block holding active state,
! a second block with passive coefficients set inside the head.
subroutine cset(x)
  implicit none
  real(8), intent(in) :: x(3)
  real(8) :: u(3), e
  common /cstate/ u, e
  integer :: i
  do i = 1, 3
    u(i) = x(i)
  end do
  e = 0
end subroutine cset

subroutine cstep()
  implicit none
  real(8) :: u(3), e
  common /cstate/ u, e
  real(8) :: alpha, beta
  common /coef/ alpha, beta
  integer :: i
  do i = 1, 3
    e = e + alpha * u(i)**2
    u(i) = u(i) - beta * u(i) * e
  end do
end subroutine cstep

subroutine cdrive(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(2)
  real(8) :: u(3), e
  common /cstate/ u, e
  real(8) :: alpha, beta
  common /coef/ alpha, beta
  alpha = 0.5d0
  beta = 0.1d0
  call cset(x)
  call cstep()
  call cstep()
  y(1) = e
  y(2) = u(1) + u(2) * u(3)
end subroutine cdrive
