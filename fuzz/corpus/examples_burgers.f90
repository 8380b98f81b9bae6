! burgers.f90 — a small 1-D viscous Burgers model, the bundled example of the Quick start.
! The cost is the energy of the final state; the independent input is the initial state u0.
module burgers_params
  implicit none
  integer, parameter :: nx = 256, nt = 400
  real(8), parameter :: dx = 1.0d0 / nx, dt = 0.0005d0, nu = 0.01d0
end module burgers_params

subroutine flux(n, u, f)
  use burgers_params
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: u(0:n+1)
  real(8), intent(out) :: f(0:n)
  integer :: i
  do i = 0, n
    ! Lax-Friedrichs-like upwinded flux of u**2/2, with viscosity
    f(i) = 0.25d0 * (u(i)**2 + u(i+1)**2) - 0.5d0 * max(abs(u(i)), abs(u(i+1))) * (u(i+1) - u(i)) &
         - nu * (u(i+1) - u(i)) / dx
  end do
end subroutine flux

subroutine halo(n, u)
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: u(0:n+1)
  u(0) = u(n)
  u(n+1) = u(1)
end subroutine halo

subroutine step(n, u)
  use burgers_params
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: u(0:n+1)
  real(8) :: f(0:nx)
  integer :: i
  call halo(n, u)
  call flux(n, u, f)
  do i = 1, n
    u(i) = u(i) - dt / dx * (f(i) - f(i-1))
  end do
end subroutine step

subroutine burgers(u0, cost)
  use burgers_params
  implicit none
  real(8), intent(in) :: u0(nx)
  real(8), intent(out) :: cost
  real(8) :: u(0:nx+1)
  integer :: i, t
  do i = 1, nx
    u(i) = u0(i)
  end do
  do t = 1, nt
    call step(nx, u)
  end do
  cost = 0.0d0
  do i = 1, nx
    cost = cost + 0.5d0 * u(i)**2 * dx
  end do
end subroutine burgers
