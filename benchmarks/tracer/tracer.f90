! tracer.f90 -- stad benchmark model "tracer", written in modern Fortran.
!
! A passive-tracer model of the kind every ocean or atmosphere model carries: a doubly periodic
! 2-D field c (a concentration) advected by a steady four-gyre flow, with a flux limiter, a
! concentration-dependent diffusivity and a saturating decay:
!
!   dc/dt = -div(u c) + div(kappa(c) grad c) - lam c^2 / (1 + c^2)
!
! on an Arakawa C grid (u on east faces, v on north faces, derived from a streamfunction so
! the flow is discretely divergence free). Second-order upwind fluxes with van Albada's smooth slope
! limiter, upwind face values chosen by WHERE/ELSEWHERE on the velocity, periodicity by CSHIFT, the advective sub-step count from a CFL check on
! MAXVAL of the velocities, a mass diagnostic by SUM. All state is PRIVATE and ALLOCATABLE in
! the module tracer_mod (sized at run time by tracer_init), work arrays are ALLOCATABLE locals
! allocated by assignment (Fortran 2003 reallocation), kinds are real(dp). The updates of the
! module's c are written `c(:, :) = ...`: a whole-array `c = expr` with another array in expr
! may reallocate c (Fortran 2003), and stad forces off the checkpoint of every call that may
! allocate a module allocatable (README), which would leave tracer_step untunable.
!
! Two heads:
!   tracer_run(n, nt, c0, cost)  any size: stad check --head 'tracer_run(cost)/(c0)' --set n=12 --set nt=4
!   tracer_cost(c0, cost)        the benchmark size (nx = 64, nsteps = 40): run.sh, tune_bench.sh
! The cost is the mean squared misfit of the final field to a fixed pattern plus the time mean
! of the field's variance.

module tracer_mod
  implicit none
  private
  public :: dp, tracer_init, tracer_step, tracer_misfit, tracer_variance

  integer, parameter :: dp = kind(1.0d0)
  real(dp), parameter :: pi = 3.141592653589793_dp
  real(dp), parameter :: len = 1.0e6_dp       ! domain side (m)
  real(dp), parameter :: umax = 0.5_dp        ! peak velocity (m/s)
  real(dp), parameter :: kap0 = 2.0e3_dp      ! background diffusivity (m2/s)
  real(dp), parameter :: lam = 2.0e-6_dp      ! decay rate (1/s)
  real(dp), parameter :: dtime = 3600.0_dp    ! model time step (s)
  real(dp), parameter :: cfl = 0.4_dp

  integer :: n = 0
  real(dp) :: dx
  real(dp), allocatable :: c(:, :)            ! concentration at cell centres
  real(dp), allocatable :: u(:, :), v(:, :)   ! velocities on east / north faces
  real(dp), allocatable :: target(:, :)       ! the pattern the cost compares with

contains

  ! tracer_init: allocate the state for an n x n grid, set the flow and the initial field.
  subroutine tracer_init(nn, c0)
    integer, intent(in) :: nn
    real(dp), intent(in) :: c0(nn, nn)
    real(dp), allocatable :: psi(:, :), x(:)
    integer :: i

    n = nn
    dx = len / n
    if (allocated(c)) deallocate(c, u, v, target)
    allocate(c(n, n), u(n, n), v(n, n))
    ! streamfunction at the north-east corners: four gyres
    x = [(i * dx, i = 1, n)]
    psi = umax * len / (2 * pi) * spread(sin(2 * pi * x / len), 2, nn) * spread(sin(2 * pi * x / len), 1, nn)
    ! u = -dpsi/dy on east faces, v = dpsi/dx on north faces (periodic)
    u = -(psi - cshift(psi, -1, dim=2)) / dx
    v = (psi - cshift(psi, -1, dim=1)) / dx
    target = 1 + 0.5_dp * spread(cos(2 * pi * (x - 0.5_dp * dx) / len), 2, nn)
    c = c0
  end subroutine tracer_init

  ! tracer_step: one model time step: advection in CFL-limited sub-steps, then diffusion
  ! and decay.
  subroutine tracer_step()
    integer :: nsub, k
    real(dp) :: speed, dts

    speed = maxval(abs(u)) + maxval(abs(v))
    nsub = max(1, ceiling(speed * dtime / (cfl * dx)))
    dts = dtime / nsub
    do k = 1, nsub
      call advect(1, dts)
      call advect(2, dts)
    end do
    call diffuse(dtime)
    call decay(dtime)
  end subroutine tracer_step

  ! advect: c = c - dts/dx (F(i+1/2) - F(i-1/2)) along dimension d, with second-order upwind
  ! face values and van Albada's limited slope.
  subroutine advect(d, dts)
    integer, intent(in) :: d
    real(dp), intent(in) :: dts
    real(dp), allocatable :: dl(:, :), dr(:, :), s(:, :), flux(:, :)
    real(dp), parameter :: eps = 1.0e-6_dp

    ! (CSHIFT's DIM must be a constant for stad: one branch per direction)
    if (d == 1) then
      dl = c - cshift(c, -1, dim=1)
      dr = cshift(c, 1, dim=1) - c
    else
      dl = c - cshift(c, -1, dim=2)
      dr = cshift(c, 1, dim=2) - c
    end if
    allocate(s(n, n), flux(n, n))
    ! van Albada's limited slope: smooth, near zero where dl and dr differ in sign
    s = (dr**2 * dl + dl**2 * dr) / (dl**2 + dr**2 + eps)
    ! upwind face values: the mask reads the (passive) velocity only
    if (d == 1) then
      where (u > 0)
        flux = u * (c + 0.5_dp * s)
      elsewhere
        flux = u * cshift(c - 0.5_dp * s, 1, dim=1)
      end where
      c(:, :) = c - dts / dx * (flux - cshift(flux, -1, dim=1))
    else
      where (v > 0)
        flux = v * (c + 0.5_dp * s)
      elsewhere
        flux = v * cshift(c - 0.5_dp * s, 1, dim=2)
      end where
      c(:, :) = c - dts / dx * (flux - cshift(flux, -1, dim=2))
    end if
    deallocate(s, flux)
  end subroutine advect

  ! diffuse: c = c + dt div(kappa grad c), kappa = kap0 (1 + c^2 / (1 + c^2)) on faces.
  subroutine diffuse(dts)
    real(dp), intent(in) :: dts
    real(dp), allocatable :: kap(:, :), fx(:, :), fy(:, :)

    kap = kap0 * (1 + c**2 / (1 + c**2))
    fx = 0.5_dp * (kap + cshift(kap, 1, dim=1)) * (cshift(c, 1, dim=1) - c) / dx
    fy = 0.5_dp * (kap + cshift(kap, 1, dim=2)) * (cshift(c, 1, dim=2) - c) / dx
    c(:, :) = c + dts / dx * (fx - cshift(fx, -1, dim=1) + fy - cshift(fy, -1, dim=2))
  end subroutine diffuse

  ! decay: a saturating sink, applied where the field is positive.
  subroutine decay(dts)
    real(dp), intent(in) :: dts

    where (c > 0) c = c - dts * lam * c**2 / (1 + c**2)
  end subroutine decay

  ! tracer_variance: the spatial variance of c (mean from SUM).
  subroutine tracer_variance(var)
    real(dp), intent(out) :: var
    real(dp) :: mean

    mean = sum(c) / (n * n)
    var = sum((c - mean)**2) / (n * n)
  end subroutine tracer_variance

  ! tracer_misfit: mean squared misfit of c to the target pattern.
  subroutine tracer_misfit(mis)
    real(dp), intent(out) :: mis

    mis = sum((c - target)**2) / (n * n)
  end subroutine tracer_misfit

end module tracer_mod

! tracer_run: the head at any size: n x n cells, nt steps.
subroutine tracer_run(n, nt, c0, cost)
  use tracer_mod
  implicit none
  integer, intent(in) :: n, nt
  real(dp), intent(in) :: c0(n, n)
  real(dp), intent(out) :: cost
  real(dp) :: var, mis
  integer :: t

  call tracer_init(n, c0)
  cost = 0
  do t = 1, nt
    call tracer_step()
    call tracer_variance(var)
    cost = cost + var / nt
  end do
  call tracer_misfit(mis)
  cost = cost + mis
end subroutine tracer_run

! tracer_cost: the benchmark head (fixed size, as the other benchmark models).
subroutine tracer_cost(c0, cost)
  use tracer_mod, only: dp
  implicit none
  integer, parameter :: nx = 64, nsteps = 40
  real(dp), intent(in) :: c0(nx, nx)
  real(dp), intent(out) :: cost

  call tracer_run(nx, nsteps, c0, cost)
end subroutine tracer_cost
