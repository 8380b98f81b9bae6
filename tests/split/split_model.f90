! stad: --head 'model(f)/(x)' --set n=12
! --split: a time loop over a tree of routines sharing module and COMMON state, a module
! PARAMETER, a SAVE'd counter and a FUNCTION, cut into several C files (run_split.sh).
module field
  implicit none
  integer, parameter :: nmax = 64
  real(8), parameter :: relax = 0.25d0
  real(8) :: u(nmax), v(nmax)
  real(8) :: energy
end module field

subroutine smooth(n)
  use field
  implicit none
  integer, intent(in) :: n
  integer :: i
  real(8) :: w(nmax)
  do i = 2, n - 1
    w(i) = u(i) + relax * (u(i - 1) - 2d0 * u(i) + u(i + 1))
  end do
  do i = 2, n - 1
    u(i) = w(i)
  end do
end subroutine smooth

real(8) function flux(a, b)
  implicit none
  real(8), intent(in) :: a, b
  flux = 0.5d0 * (a * a - b * b) + sin(a) * b
end function flux

subroutine advect(n)
  use field
  implicit none
  integer, intent(in) :: n
  real(8) :: flux
  real(8) :: dt
  common /pars/ dt
  integer :: i
  do i = 1, n - 1
    v(i) = v(i) + dt * flux(u(i), u(i + 1))
  end do
end subroutine advect

subroutine couple(n)
  use field
  implicit none
  integer, intent(in) :: n
  integer :: i
  integer, save :: calls = 0
  calls = calls + 1
  do i = 1, n
    u(i) = u(i) + 0.1d0 * tanh(v(i)) / dble(calls)
  end do
end subroutine couple

subroutine measure(n)
  use field
  implicit none
  integer, intent(in) :: n
  integer :: i
  do i = 1, n
    energy = energy + u(i) ** 2 + exp(-v(i) ** 2)
  end do
end subroutine measure

subroutine step(n)
  implicit none
  integer, intent(in) :: n
  call smooth(n)
  call advect(n)
  call couple(n)
  call measure(n)
end subroutine step

subroutine model(n, x, f)
  use field
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8) :: dt
  common /pars/ dt
  integer :: k
  dt = 0.05d0
  energy = 0d0
  u(1:n) = x
  v(1:n) = 0d0
  do k = 1, 6
    call step(n)
  end do
  f = energy + sum(v(1:n) * x)
end subroutine model
