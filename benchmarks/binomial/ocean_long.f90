! ocean_long.f90 -- benchmarks/binomial: the "ocean" model (../ocean/ocean.f90) with a longer
! time loop for binomial checkpointing. Made from ocean.f90 by
!   nx = ny = 32 (was 64), nt = 1000 (was 240), nsnap = 10 (was 16) and the
!   the binomial checkpointing directive before the time loop (BINOMIAL-CKP nt nsnap 1) active;
! everything else is unchanged. run.sh (this folder) varies nsnap with sed and removes the directive for
! the store-all variant.
!
! ocean.f90 -- stad benchmark model "ocean".
!
! A doubly periodic 2-D ocean in the style of a general circulation model:
! one active layer of thickness h = hbar + eta over a deep layer at rest,
! whose density rho(theta, salt) varies in space, so the reduced gravity
! g' = grav*(rhodeep - rho)/rho0 is a field (Ripa's thermal shallow-water
! equations).  Arakawa C grid, explicit forward-backward time stepping:
!
!   du/dt = -g' dh/dx - (h/2) dg'/dx + f v + ah lap(u) - r u
!           - cd |u| u / h + taux / (rho0 h)
!   dv/dt = (same, in y, with wind stress zero) - f u
!   deta/dt = -div(h u)
!   dT/dt = -(1/h) [div(h u T) - T div(h u)] + div(kappa grad T) + (T* - T)/trelax
!   dS/dt = (same, without the relaxation)
!
! kappa depends on the density through tanh; the equation of state uses an
! exponential; the bottom drag uses sqrt: the derivatives are nonlinear.
! Tracer face values are fourth order, so every field carries a halo of
! width two, refreshed after each update by exch_halo (periodic copies).
!
! The head routine ocean_cost(theta0, cost) takes the initial temperature
! (interior cells) and returns a scalar misfit after nt steps:
!
!   stad diff ocean.f90 --head 'ocean_cost(cost)/(theta0)'
!
! The model stays inside the Fortran subset of DESIGN.md section 2: explicit
! loops only, no whole-array syntax, no array intrinsics, no allocatables.

module ocean_params
  implicit none
  integer, parameter :: nx = 32
  integer, parameter :: ny = 32
  integer, parameter :: olx = 2
  integer, parameter :: oly = 2
  integer, parameter :: nt = 1000
  integer, parameter :: nsnap = 10
  real(8), parameter :: dx = 2.0d4
  real(8), parameter :: dy = 2.0d4
  real(8), parameter :: dt = 1.2d3
  real(8), parameter :: pi = 3.141592653589793d0
  real(8), parameter :: grav = 9.81d0
  real(8), parameter :: rho0 = 1025.0d0
  real(8), parameter :: rhodeep = 1028.0d0
  real(8), parameter :: hbar = 500.0d0
  real(8), parameter :: f0 = 1.0d-4
  real(8), parameter :: ah = 5.0d2
  real(8), parameter :: kh = 1.0d3
  real(8), parameter :: rdrag = 1.0d-6
  real(8), parameter :: cdrag = 2.5d-3
  real(8), parameter :: ueps = 1.0d-3
  real(8), parameter :: tau0 = 0.1d0
  real(8), parameter :: trelax = 1.728d6
  real(8), parameter :: wke = 1.0d2
end module ocean_params

module ocean_state
  use ocean_params
  implicit none
  ! prognostic fields
  real(8) :: u(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: v(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: eta(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: theta(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: salt(1-olx:nx+olx, 1-oly:ny+oly)
  ! diagnostic fields
  real(8) :: hc(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: rho(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: gp(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: kap(1-olx:nx+olx, 1-oly:ny+oly)
  ! tendencies
  real(8) :: gu(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: gv(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: gt(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: gs(1-olx:nx+olx, 1-oly:ny+oly)
  ! grid and forcing
  real(8) :: fcu(1-oly:ny+oly)
  real(8) :: fcv(1-oly:ny+oly)
  real(8) :: taux(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: tstar(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: tobs(1-olx:nx+olx, 1-oly:ny+oly)
end module ocean_state

! ---------------------------------------------------------------- head

subroutine ocean_cost(theta0, cost)
  use ocean_params
  implicit none
  real(8), intent(in) :: theta0(nx, ny)
  real(8), intent(out) :: cost
  integer :: it

  call init_grid()
  call init_state(theta0)
  !$AD BINOMIAL-CKP nt nsnap 1
  do it = 1, nt
    call step(it)
  end do
  call cost_final(cost)
end subroutine ocean_cost

! ---------------------------------------------------------- set-up

! Coriolis parameter, the relaxation temperature and the "observed" final
! temperature: fixed fields that depend on the grid only.
subroutine init_grid()
  use ocean_state
  implicit none
  integer :: i, j
  real(8) :: xc, yc, yv

  do j = 1-oly, ny+oly
    yc = (dble(j) - 0.5d0) * dy
    yv = dble(j - 1) * dy
    fcu(j) = f0 * (1.0d0 + 0.2d0 * sin(2.0d0 * pi * yc / (ny * dy)))
    fcv(j) = f0 * (1.0d0 + 0.2d0 * sin(2.0d0 * pi * yv / (ny * dy)))
  end do
  do j = 1-oly, ny+oly
    do i = 1-olx, nx+olx
      xc = (dble(i) - 0.5d0) * dx
      yc = (dble(j) - 0.5d0) * dy
      tstar(i, j) = 12.0d0 + 6.0d0 * cos(2.0d0 * pi * yc / (ny * dy))
      tobs(i, j) = 12.0d0 + 5.0d0 * cos(2.0d0 * pi * yc / (ny * dy)) &
                 + 1.0d0 * sin(2.0d0 * pi * xc / (nx * dx))
      taux(i, j) = 0.0d0
    end do
  end do
end subroutine init_grid

! Every state variable is set here, so that the head can be run again and
! again (the adjoint runs the primal more than once).
subroutine init_state(theta0)
  use ocean_state
  implicit none
  real(8), intent(in) :: theta0(nx, ny)
  integer :: i, j
  real(8) :: xc, yc

  do j = 1-oly, ny+oly
    do i = 1-olx, nx+olx
      u(i, j) = 0.0d0
      v(i, j) = 0.0d0
      eta(i, j) = 0.0d0
      theta(i, j) = 0.0d0
      salt(i, j) = 0.0d0
      hc(i, j) = hbar
      rho(i, j) = rho0
      gp(i, j) = 0.0d0
      kap(i, j) = kh
      gu(i, j) = 0.0d0
      gv(i, j) = 0.0d0
      gt(i, j) = 0.0d0
      gs(i, j) = 0.0d0
    end do
  end do
  do j = 1, ny
    do i = 1, nx
      xc = (dble(i) - 0.5d0) * dx
      yc = (dble(j) - 0.5d0) * dy
      theta(i, j) = theta0(i, j)
      salt(i, j) = 35.0d0 + 0.5d0 * cos(2.0d0 * pi * xc / (nx * dx)) &
                 * sin(2.0d0 * pi * yc / (ny * dy))
      eta(i, j) = 2.0d0 * sin(2.0d0 * pi * xc / (nx * dx)) &
                * sin(4.0d0 * pi * yc / (ny * dy))
    end do
  end do
  call exch_halo(theta)
  call exch_halo(salt)
  call exch_halo(eta)
  call exch_halo(u)
  call exch_halo(v)
  call calc_thickness()
end subroutine init_state

! ---------------------------------------------------------- one step

subroutine step(it)
  implicit none
  integer, intent(in) :: it

  call forcing(it)
  call dynamics()
  call thermodynamics()
end subroutine step

! Zonal wind stress with a slow oscillation in time.
subroutine forcing(it)
  use ocean_state
  implicit none
  integer, intent(in) :: it
  integer :: i, j
  real(8) :: yc, tfac

  tfac = 1.0d0 + 0.25d0 * sin(2.0d0 * pi * dble(it) * dt / 4.32d5)
  do j = 1-oly, ny+oly
    yc = (dble(j) - 0.5d0) * dy
    do i = 1-olx, nx+olx
      taux(i, j) = tau0 * tfac * cos(2.0d0 * pi * yc / (ny * dy))
    end do
  end do
end subroutine forcing

! ---------------------------------------------------------- dynamics

subroutine dynamics()
  use ocean_state
  implicit none

  call calc_density()
  call exch_halo(rho)
  call calc_gprime()
  call mom_u_rhs()
  call update_u()
  call exch_halo(u)
  call mom_v_rhs()
  call update_v()
  call exch_halo(v)
  call continuity()
  call exch_halo(eta)
  call calc_thickness()
end subroutine dynamics

! Equation of state on interior cells.
subroutine calc_density()
  use ocean_state
  implicit none
  real(8), external :: eos_rho
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      rho(i, j) = eos_rho(theta(i, j), salt(i, j))
    end do
  end do
end subroutine calc_density

! A nonlinear equation of state: linear in salinity, thermal expansion that
! grows with temperature (quadratic term damped by a Gaussian).
function eos_rho(t, s) result(r)
  use ocean_params
  implicit none
  real(8), intent(in) :: t, s
  real(8) :: r
  real(8) :: ta

  ta = t - 10.0d0
  r = rho0 * (1.0d0 + 7.6d-4 * (s - 35.0d0) - 1.7d-4 * ta &
      - 6.0d-6 * ta * ta * exp(-ta * ta / 400.0d0))
end function eos_rho

! Reduced gravity on every cell (rho has valid halos here).
subroutine calc_gprime()
  use ocean_state
  implicit none
  integer :: i, j

  do j = 1-oly, ny+oly
    do i = 1-olx, nx+olx
      gp(i, j) = grav * (rhodeep - rho(i, j)) / rho0
    end do
  end do
end subroutine calc_gprime

! Five-point Laplacian of q on interior points.
subroutine laplacian(q, lq)
  use ocean_params
  implicit none
  real(8), intent(in) :: q(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(out) :: lq(nx, ny)
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      lq(i, j) = (q(i+1, j) + q(i-1, j) - 2.0d0 * q(i, j)) / (dx * dx) &
               + (q(i, j+1) + q(i, j-1) - 2.0d0 * q(i, j)) / (dy * dy)
    end do
  end do
end subroutine laplacian

! Tendency of u at west faces, without the Coriolis term.
subroutine mom_u_rhs()
  use ocean_state
  implicit none
  real(8) :: lapu(nx, ny)
  real(8) :: hu, gpu, pgx, vbar, speed
  integer :: i, j

  call laplacian(u, lapu)
  do j = 1, ny
    do i = 1, nx
      hu = 0.5d0 * (hc(i, j) + hc(i-1, j))
      gpu = 0.5d0 * (gp(i, j) + gp(i-1, j))
      pgx = -(gpu * (hc(i, j) - hc(i-1, j)) &
            + 0.5d0 * hu * (gp(i, j) - gp(i-1, j))) / dx
      vbar = 0.25d0 * (v(i, j) + v(i-1, j) + v(i, j+1) + v(i-1, j+1))
      speed = sqrt(u(i, j) * u(i, j) + vbar * vbar + ueps * ueps)
      gu(i, j) = pgx + ah * lapu(i, j) - rdrag * u(i, j) &
               - cdrag * speed * u(i, j) / hu + taux(i, j) / (rho0 * hu)
    end do
  end do
end subroutine mom_u_rhs

! Tendency of v at south faces, without the Coriolis term.
subroutine mom_v_rhs()
  use ocean_state
  implicit none
  real(8) :: lapv(nx, ny)
  real(8) :: hv, gpv, pgy, ubar, speed
  integer :: i, j

  call laplacian(v, lapv)
  do j = 1, ny
    do i = 1, nx
      hv = 0.5d0 * (hc(i, j) + hc(i, j-1))
      gpv = 0.5d0 * (gp(i, j) + gp(i, j-1))
      pgy = -(gpv * (hc(i, j) - hc(i, j-1)) &
            + 0.5d0 * hv * (gp(i, j) - gp(i, j-1))) / dy
      ubar = 0.25d0 * (u(i, j) + u(i+1, j) + u(i, j-1) + u(i+1, j-1))
      speed = sqrt(v(i, j) * v(i, j) + ubar * ubar + ueps * ueps)
      gv(i, j) = pgy + ah * lapv(i, j) - rdrag * v(i, j) &
               - cdrag * speed * v(i, j) / hv
    end do
  end do
end subroutine mom_v_rhs

! Forward step of u with Coriolis from the old v ...
subroutine update_u()
  use ocean_state
  implicit none
  real(8) :: vbar
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      vbar = 0.25d0 * (v(i, j) + v(i-1, j) + v(i, j+1) + v(i-1, j+1))
      u(i, j) = u(i, j) + dt * (gu(i, j) + fcu(j) * vbar)
    end do
  end do
end subroutine update_u

! ... then v with Coriolis from the new u (stable for f*dt < 2).
subroutine update_v()
  use ocean_state
  implicit none
  real(8) :: ubar
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      ubar = 0.25d0 * (u(i, j) + u(i+1, j) + u(i, j-1) + u(i+1, j-1))
      v(i, j) = v(i, j) + dt * (gv(i, j) - fcv(j) * ubar)
    end do
  end do
end subroutine update_v

! Thickness flux divergence with the new velocities.
subroutine continuity()
  use ocean_state
  implicit none
  real(8) :: uflx, uflxe, vflx, vflxn
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      uflx = u(i, j) * 0.5d0 * (hc(i, j) + hc(i-1, j)) * dy
      uflxe = u(i+1, j) * 0.5d0 * (hc(i+1, j) + hc(i, j)) * dy
      vflx = v(i, j) * 0.5d0 * (hc(i, j) + hc(i, j-1)) * dx
      vflxn = v(i, j+1) * 0.5d0 * (hc(i, j+1) + hc(i, j)) * dx
      eta(i, j) = eta(i, j) - dt * (uflxe - uflx + vflxn - vflx) / (dx * dy)
    end do
  end do
end subroutine continuity

subroutine calc_thickness()
  use ocean_state
  implicit none
  integer :: i, j

  do j = 1-oly, ny+oly
    do i = 1-olx, nx+olx
      hc(i, j) = hbar + eta(i, j)
    end do
  end do
end subroutine calc_thickness

! ---------------------------------------------------------- tracers

subroutine thermodynamics()
  use ocean_state
  implicit none

  call calc_kappa()
  call tracer_tend(theta, gt)
  call tracer_tend(salt, gs)
  call heat_relax()
  call tracer_update(theta, gt)
  call tracer_update(salt, gs)
  call exch_halo(theta)
  call exch_halo(salt)
end subroutine thermodynamics

! Diffusivity grows smoothly where the water is dense.
subroutine calc_kappa()
  use ocean_state
  implicit none
  integer :: i, j

  do j = 1-oly, ny+oly
    do i = 1-olx, nx+olx
      kap(i, j) = kh * (1.5d0 + 0.5d0 * tanh((rho(i, j) - rho0) / 0.5d0))
    end do
  end do
end subroutine calc_kappa

! gq = advection + diffusion tendency of tracer q.
subroutine tracer_tend(q, gq)
  use ocean_params
  implicit none
  real(8), intent(in) :: q(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(inout) :: gq(1-olx:nx+olx, 1-oly:ny+oly)

  call advect_tracer(q, gq)
  call diffuse_tracer(q, gq)
end subroutine tracer_tend

! Advective form from thickness fluxes and fourth-order face values:
!   gq = -(1/h) [div(F q_face) - q div(F)],  F = h u.
subroutine advect_tracer(q, gq)
  use ocean_state
  implicit none
  real(8), intent(in) :: q(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(inout) :: gq(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: fw, fe, fs, fn, qw, qe, qs, qn
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      fw = u(i, j) * 0.5d0 * (hc(i, j) + hc(i-1, j)) * dy
      fe = u(i+1, j) * 0.5d0 * (hc(i+1, j) + hc(i, j)) * dy
      fs = v(i, j) * 0.5d0 * (hc(i, j) + hc(i, j-1)) * dx
      fn = v(i, j+1) * 0.5d0 * (hc(i, j+1) + hc(i, j)) * dx
      qw = (7.0d0 * (q(i, j) + q(i-1, j)) - (q(i+1, j) + q(i-2, j))) / 12.0d0
      qe = (7.0d0 * (q(i+1, j) + q(i, j)) - (q(i+2, j) + q(i-1, j))) / 12.0d0
      qs = (7.0d0 * (q(i, j) + q(i, j-1)) - (q(i, j+1) + q(i, j-2))) / 12.0d0
      qn = (7.0d0 * (q(i, j+1) + q(i, j)) - (q(i, j+2) + q(i, j-1))) / 12.0d0
      gq(i, j) = -(fe * qe - fw * qw + fn * qn - fs * qs &
                 - q(i, j) * (fe - fw + fn - fs)) / (hc(i, j) * dx * dy)
    end do
  end do
end subroutine advect_tracer

! gq += div(kappa grad q), kappa averaged to faces.
subroutine diffuse_tracer(q, gq)
  use ocean_state
  implicit none
  real(8), intent(in) :: q(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(inout) :: gq(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: dw, de, ds, dn
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      dw = 0.5d0 * (kap(i, j) + kap(i-1, j)) * (q(i, j) - q(i-1, j)) / dx
      de = 0.5d0 * (kap(i+1, j) + kap(i, j)) * (q(i+1, j) - q(i, j)) / dx
      ds = 0.5d0 * (kap(i, j) + kap(i, j-1)) * (q(i, j) - q(i, j-1)) / dy
      dn = 0.5d0 * (kap(i, j+1) + kap(i, j)) * (q(i, j+1) - q(i, j)) / dy
      gq(i, j) = gq(i, j) + (de - dw) / dx + (dn - ds) / dy
    end do
  end do
end subroutine diffuse_tracer

! Surface heat flux as a relaxation of theta toward tstar.
subroutine heat_relax()
  use ocean_state
  implicit none
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      gt(i, j) = gt(i, j) + (tstar(i, j) - theta(i, j)) / trelax
    end do
  end do
end subroutine heat_relax

subroutine tracer_update(q, gq)
  use ocean_params
  implicit none
  real(8), intent(inout) :: q(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(in) :: gq(1-olx:nx+olx, 1-oly:ny+oly)
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      q(i, j) = q(i, j) + dt * gq(i, j)
    end do
  end do
end subroutine tracer_update

! ---------------------------------------------------------- halos

! Periodic halo exchange: first in x on interior rows, then in y on whole
! rows, so that the corners are filled too.
subroutine exch_halo(q)
  use ocean_params
  implicit none
  real(8), intent(inout) :: q(1-olx:nx+olx, 1-oly:ny+oly)

  call exch_x(q)
  call exch_y(q)
end subroutine exch_halo

subroutine exch_x(q)
  use ocean_params
  implicit none
  real(8), intent(inout) :: q(1-olx:nx+olx, 1-oly:ny+oly)
  integer :: j, k

  do j = 1, ny
    do k = 1, olx
      q(1-k, j) = q(nx+1-k, j)
      q(nx+k, j) = q(k, j)
    end do
  end do
end subroutine exch_x

subroutine exch_y(q)
  use ocean_params
  implicit none
  real(8), intent(inout) :: q(1-olx:nx+olx, 1-oly:ny+oly)
  integer :: i, k

  do k = 1, oly
    do i = 1-olx, nx+olx
      q(i, 1-k) = q(i, ny+1-k)
      q(i, ny+k) = q(i, k)
    end do
  end do
end subroutine exch_y

! ---------------------------------------------------------- cost

! Mean squared temperature misfit plus weighted mean kinetic energy.
subroutine cost_final(cost)
  use ocean_state
  implicit none
  real(8), intent(out) :: cost
  integer :: i, j

  cost = 0.0d0
  do j = 1, ny
    do i = 1, nx
      cost = cost + (theta(i, j) - tobs(i, j))**2 &
           + wke * (u(i, j) * u(i, j) + v(i, j) * v(i, j))
    end do
  end do
  cost = cost / dble(nx * ny)
end subroutine cost_final
