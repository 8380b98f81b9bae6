! heat.f90 — nonlinear heat conduction in a rod, the Quick start's `stad tune` example.
! The cost is the energy of the final temperature; the independent input is the initial
! temperature u0. It is written the way models often are: a time loop calling a step, the step
! calling substeps, a substep calling a small routine per cell face. Where to checkpoint matters
! here: with every call checkpointed (stad's default) each level recomputes everything below it
! once more in the adjoint (a face flux is evaluated four times); with every call taped (all
! off) the tape holds every substep of every step, four times the default's peak; checkpointing
! the step only keeps one snapshot of the rod per step and evaluates a face flux twice.
module heat_params
  implicit none
  integer, parameter :: nx = 500, nt = 200, nsub = 4
  real(8), parameter :: dt = 0.2d0
end module heat_params

! the heat flux through one face, with a conductivity that grows with the temperature
subroutine face_flux(a, b, f)
  implicit none
  real(8), intent(in) :: a, b
  real(8), intent(out) :: f
  real(8) :: kappa
  kappa = 0.3d0 + 0.1d0 * tanh(0.5d0 * (a + b) - 1.0d0) + 0.05d0 * exp(-0.5d0 * (b - a)**2)
  f = kappa * (b - a)
end subroutine face_flux

subroutine heat_substep(n, u)
  use heat_params
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: u(n)
  real(8) :: f(0:nx)
  integer :: i
  f(0) = 0.0d0
  f(n) = 0.0d0
  do i = 1, n - 1
    call face_flux(u(i), u(i+1), f(i))
  end do
  do i = 1, n
    u(i) = u(i) + dt * (f(i) - f(i-1))
  end do
end subroutine heat_substep

subroutine heat_step(n, u)
  use heat_params
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: u(n)
  integer :: k
  do k = 1, nsub
    call heat_substep(n, u)
  end do
end subroutine heat_step

subroutine heat_cost(u0, cost)
  use heat_params
  implicit none
  real(8), intent(in) :: u0(nx)
  real(8), intent(out) :: cost
  real(8) :: u(nx)
  integer :: i, t
  do i = 1, nx
    u(i) = u0(i)
  end do
  do t = 1, nt
    call heat_step(nx, u)
  end do
  cost = 0.0d0
  do i = 1, nx
    cost = cost + 0.5d0 * u(i)**2
  end do
end subroutine heat_cost
