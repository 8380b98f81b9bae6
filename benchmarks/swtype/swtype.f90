! swtype.f90 -- stad benchmark model "swtype": a shallow-water basin whose state is a derived
! type passed through the call tree.
!
! Nonlinear shallow-water equations on an Arakawa C grid in a closed rectangular basin (no
! normal flow on the walls), beta-plane Coriolis, wind-driven, with Laplacian viscosity and
! quadratic bottom drag:
!
!   du/dt = -g dh/dx + f v - cd |u| u / h + ah lap(u) + taux / (rho0 h)
!   dv/dt = -g dh/dy - f u - cd |u| v / h + ah lap(v)
!   dh/dt = -div(h u)
!
! The state is a `type(ocean_state)` with array components (h, u, v and their tendencies, with
! a one-cell halo) and a nested `type(forcing)`; every routine takes it as a dummy (INTENT(IN),
! INOUT or OUT). Parameters are module constants of kind real(dp); the time loop is a
! third-order Adams-Bashforth step (three tendency levels kept in the state, rotated by
! whole-component assignment). Array syntax on sections for the stencils, SUM in the
! diagnostics.
!
! Two heads:
!   sw_run(nt, h0, cost)   any number of steps: stad check --head 'sw_run(cost)/(h0)' --set nt=3
!   sw_cost(h0, cost)      the benchmark (nsteps = 300): run.sh, tune_bench.sh
! Input: the initial layer thickness h0(nx, ny); the cost: mean squared misfit of the final
! thickness to an observed field plus the time-mean kinetic energy.

module sw_params
  implicit none
  integer, parameter :: dp = selected_real_kind(15, 307)
  integer, parameter :: nx = 48, ny = 40
  integer, parameter :: nsteps = 300
  real(dp), parameter :: pi = 3.141592653589793_dp
  real(dp), parameter :: dx = 2.0e4_dp, dy = 2.0e4_dp, dt = 60.0_dp
  real(dp), parameter :: grav = 9.81_dp, rho0 = 1025.0_dp
  real(dp), parameter :: f0 = 1.0e-4_dp, beta = 2.0e-11_dp
  real(dp), parameter :: ah = 2.0e2_dp, cd = 2.0e-3_dp, tau0 = 0.1_dp
  real(dp), parameter :: hmean = 400.0_dp
  real(dp), parameter :: ab1 = 23.0_dp / 12, ab2 = -16.0_dp / 12, ab3 = 5.0_dp / 12
end module sw_params

module sw_types
  use sw_params
  implicit none
  type forcing
    real(dp) :: taux(nx, ny)       ! zonal wind stress at u points (N/m2)
    real(dp) :: fcor(0:nx+1, 0:ny+1) ! Coriolis parameter at cell centres
  end type forcing
  type ocean_state
    real(dp) :: h(0:nx+1, 0:ny+1)  ! layer thickness at centres (halo: mirror)
    real(dp) :: u(0:nx+1, 0:ny+1)  ! east-face velocity; u(0,:) and u(nx,:) are walls
    real(dp) :: v(0:nx+1, 0:ny+1)  ! north-face velocity; v(:,0) and v(:,ny) are walls
    real(dp) :: gu(nx, ny, 3), gv(nx, ny, 3), gh(nx, ny, 3) ! tendencies, newest first
    type(forcing) :: frc
    integer :: nstep
    real(dp) :: ke                 ! accumulated kinetic energy
  end type ocean_state
end module sw_types

module sw_model
  use sw_params
  use sw_types
  implicit none
  private
  public :: sw_init, sw_step, sw_diagnose

contains

  ! sw_init: the state at rest on the initial thickness, the wind and the Coriolis field.
  subroutine sw_init(h0, s)
    real(dp), intent(in) :: h0(nx, ny)
    type(ocean_state), intent(out) :: s
    integer :: j

    s%h = hmean
    s%h(1:nx, 1:ny) = h0
    s%u = 0
    s%v = 0
    s%gu = 0
    s%gv = 0
    s%gh = 0
    s%nstep = 0
    s%ke = 0
    do j = 1, ny
      s%frc%taux(:, j) = -tau0 * cos(pi * (j - 0.5_dp) / ny)
    end do
    do j = 0, ny + 1
      s%frc%fcor(:, j) = f0 + beta * (j - 0.5_dp - 0.5_dp * ny) * dy
    end do
    call halo(s)
  end subroutine sw_init

  ! halo: mirror thickness across the walls, zero normal velocity on them.
  subroutine halo(s)
    type(ocean_state), intent(inout) :: s

    s%h(0, 1:ny) = s%h(1, 1:ny)
    s%h(nx + 1, 1:ny) = s%h(nx, 1:ny)
    s%h(:, 0) = s%h(:, 1)
    s%h(:, ny + 1) = s%h(:, ny)
    s%u(0, :) = 0
    s%u(nx, :) = 0
    s%u(nx + 1, :) = 0
    s%u(:, 0) = s%u(:, 1)
    s%u(:, ny + 1) = s%u(:, ny)
    s%v(:, 0) = 0
    s%v(:, ny) = 0
    s%v(:, ny + 1) = 0
    s%v(0, :) = s%v(1, :)
    s%v(nx + 1, :) = s%v(nx, :)
  end subroutine halo

  ! sw_step: one Adams-Bashforth step: tendencies, then the update, then the halo.
  subroutine sw_step(s)
    type(ocean_state), intent(inout) :: s

    call shift_levels(s)
    call momentum(s)
    call continuity(s)
    call advance(s)
    call halo(s)
    s%nstep = s%nstep + 1
  end subroutine sw_step

  ! shift_levels: the newest tendencies become the previous ones.
  subroutine shift_levels(s)
    type(ocean_state), intent(inout) :: s

    s%gu(:, :, 3) = s%gu(:, :, 2)
    s%gu(:, :, 2) = s%gu(:, :, 1)
    s%gv(:, :, 3) = s%gv(:, :, 2)
    s%gv(:, :, 2) = s%gv(:, :, 1)
    s%gh(:, :, 3) = s%gh(:, :, 2)
    s%gh(:, :, 2) = s%gh(:, :, 1)
  end subroutine shift_levels

  ! momentum: the u and v tendencies (level 1).
  subroutine momentum(s)
    type(ocean_state), intent(inout) :: s
    real(dp) :: hu(nx, ny), hv(nx, ny), vu(nx, ny), uv(nx, ny), speed(nx, ny)

    ! thickness and the other velocity at u points, then at v points
    hu = 0.5_dp * (s%h(1:nx, 1:ny) + s%h(2:nx+1, 1:ny))
    vu = 0.25_dp * (s%v(1:nx, 1:ny) + s%v(2:nx+1, 1:ny) + s%v(1:nx, 0:ny-1) + s%v(2:nx+1, 0:ny-1))
    speed = sqrt(s%u(1:nx, 1:ny)**2 + vu**2 + 1.0e-6_dp)
    s%gu(:, :, 1) = -grav * (s%h(2:nx+1, 1:ny) - s%h(1:nx, 1:ny)) / dx &
                    + 0.5_dp * (s%frc%fcor(1:nx, 1:ny) + s%frc%fcor(2:nx+1, 1:ny)) * vu &
                    - cd * speed * s%u(1:nx, 1:ny) / hu + s%frc%taux / (rho0 * hu)
    call add_viscosity(s%u, s%gu(:, :, 1))
    s%gu(nx, :, 1) = 0
    hv = 0.5_dp * (s%h(1:nx, 1:ny) + s%h(1:nx, 2:ny+1))
    uv = 0.25_dp * (s%u(1:nx, 1:ny) + s%u(0:nx-1, 1:ny) + s%u(1:nx, 2:ny+1) + s%u(0:nx-1, 2:ny+1))
    speed = sqrt(s%v(1:nx, 1:ny)**2 + uv**2 + 1.0e-6_dp)
    s%gv(:, :, 1) = -grav * (s%h(1:nx, 2:ny+1) - s%h(1:nx, 1:ny)) / dy &
                    - 0.5_dp * (s%frc%fcor(1:nx, 1:ny) + s%frc%fcor(1:nx, 2:ny+1)) * uv &
                    - cd * speed * s%v(1:nx, 1:ny) / hv
    call add_viscosity(s%v, s%gv(:, :, 1))
    s%gv(:, ny, 1) = 0
  end subroutine momentum

  ! add_viscosity: g = g + ah lap(w) on the interior points of a velocity field with halo.
  subroutine add_viscosity(w, g)
    real(dp), intent(in) :: w(0:nx+1, 0:ny+1)
    real(dp), intent(inout) :: g(nx, ny)

    g = g + ah * ((w(2:nx+1, 1:ny) - 2 * w(1:nx, 1:ny) + w(0:nx-1, 1:ny)) / dx**2 &
                + (w(1:nx, 2:ny+1) - 2 * w(1:nx, 1:ny) + w(1:nx, 0:ny-1)) / dy**2)
  end subroutine add_viscosity

  ! continuity: dh/dt = -div(h u) with centred face thickness (level 1).
  subroutine continuity(s)
    type(ocean_state), intent(inout) :: s
    real(dp) :: fx(0:nx, ny), fy(nx, 0:ny)

    fx = 0.5_dp * (s%h(0:nx, 1:ny) + s%h(1:nx+1, 1:ny)) * s%u(0:nx, 1:ny)
    fy = 0.5_dp * (s%h(1:nx, 0:ny) + s%h(1:nx, 1:ny+1)) * s%v(1:nx, 0:ny)
    s%gh(:, :, 1) = -(fx(1:nx, :) - fx(0:nx-1, :)) / dx - (fy(:, 1:ny) - fy(:, 0:ny-1)) / dy
  end subroutine continuity

  ! advance: third-order Adams-Bashforth (forward Euler, then AB2, on the first two steps).
  subroutine advance(s)
    type(ocean_state), intent(inout) :: s
    real(dp) :: w1, w2, w3

    if (s%nstep == 0) then
      w1 = 1
      w2 = 0
      w3 = 0
    else if (s%nstep == 1) then
      w1 = 1.5_dp
      w2 = -0.5_dp
      w3 = 0
    else
      w1 = ab1
      w2 = ab2
      w3 = ab3
    end if
    s%u(1:nx, 1:ny) = s%u(1:nx, 1:ny) + dt * (w1 * s%gu(:, :, 1) + w2 * s%gu(:, :, 2) + w3 * s%gu(:, :, 3))
    s%v(1:nx, 1:ny) = s%v(1:nx, 1:ny) + dt * (w1 * s%gv(:, :, 1) + w2 * s%gv(:, :, 2) + w3 * s%gv(:, :, 3))
    s%h(1:nx, 1:ny) = s%h(1:nx, 1:ny) + dt * (w1 * s%gh(:, :, 1) + w2 * s%gh(:, :, 2) + w3 * s%gh(:, :, 3))
  end subroutine advance

  ! sw_diagnose: accumulate the domain-mean kinetic energy per unit mass.
  subroutine sw_diagnose(s)
    type(ocean_state), intent(inout) :: s

    s%ke = s%ke + 0.5_dp * (sum(s%u(1:nx, 1:ny)**2) + sum(s%v(1:nx, 1:ny)**2)) / (nx * ny)
  end subroutine sw_diagnose

end module sw_model

! sw_run: nt steps from the thickness h0; cost = misfit of the final thickness + mean energy.
subroutine sw_run(nt, h0, cost)
  use sw_params
  use sw_types
  use sw_model
  implicit none
  integer, intent(in) :: nt
  real(dp), intent(in) :: h0(nx, ny)
  real(dp), intent(out) :: cost
  type(ocean_state) :: s
  real(dp) :: hobs(nx, ny)
  integer :: i, t

  call sw_init(h0, s)
  do t = 1, nt
    call sw_step(s)
    call sw_diagnose(s)
  end do
  do i = 1, nx
    hobs(i, :) = hmean + 2 * sin(pi * (i - 0.5_dp) / nx)
  end do
  cost = sum((s%h(1:nx, 1:ny) - hobs)**2) / (nx * ny) + 1.0e3_dp * s%ke / nt
end subroutine sw_run

! sw_cost: the benchmark head.
subroutine sw_cost(h0, cost)
  use sw_params
  implicit none
  real(dp), intent(in) :: h0(nx, ny)
  real(dp), intent(out) :: cost

  call sw_run(nsteps, h0, cost)
end subroutine sw_cost
