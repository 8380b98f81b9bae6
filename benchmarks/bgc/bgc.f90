! bgc.f90 -- stad benchmark model "bgc".
!
! A biogeochemistry model in the style of the ecosystem packages of a
! general circulation model: four tracers, nutrient N, phytoplankton P,
! zooplankton Z and detritus D (NPZD, in mmol N / m^3), in a mixed layer on a
! doubly periodic 64 x 64 grid, carried by a steady four-gyre flow.
!
! Each time step calls the ecosystem for every grid cell, and npzd_cell calls
! four small routines (light, growth, grazing, mortality): thousands of
! dynamic calls per step, each tiny.  Then each tracer is advected and
! diffused (second-order fluxes, halo of width one, exch_halo), and the
! phytoplankton is compared with "observations" every nobs steps.
!
!   light:     mean light in the mixed layer, self-shading by P (exp)
!   growth:    mu = mumax N/(kn+N) I/sqrt(ik^2 + I^2)     (Smith)
!   grazing:   g = gmax Z P^2/(kp^2 + P^2)               (Holling III)
!   mortality: linear for P, quadratic for Z, remineralisation of D
!
! The head routine bgc_cost(kpar, cost) takes the eight ecosystem rates and
! returns the accumulated misfit (parameter estimation):
!
!   stad diff bgc.f90 --head 'bgc_cost(cost)/(kpar)'
!
! kpar = (mumax, kn, ik, gmax, kp, mp, mz, rd); time in days, lengths in km.
! The model stays inside the Fortran subset of DESIGN.md section 2.

module bgc_params
  implicit none
  integer, parameter :: nx = 64
  integer, parameter :: ny = 64
  integer, parameter :: olx = 1
  integer, parameter :: oly = 1
  integer, parameter :: nt = 240
  integer, parameter :: nobs = 20
  integer, parameter :: npar = 8
  real(8), parameter :: dx = 50.0d0
  real(8), parameter :: dy = 50.0d0
  real(8), parameter :: dt = 0.25d0
  real(8), parameter :: pi = 3.141592653589793d0
  real(8), parameter :: psi0 = 4.0d3
  real(8), parameter :: kdiff = 80.0d0
  real(8), parameter :: kw = 0.04d0
  real(8), parameter :: kc = 0.03d0
  real(8), parameter :: assim = 0.7d0
  real(8), parameter :: parmax = 120.0d0
end module bgc_params

! Ecosystem rates, copied from the independent kpar by set_params; the
! per-cell routines read them from here.
module bgc_rates
  implicit none
  real(8) :: mumax, kn, ik, gmax, kp, mp, mz, rd
end module bgc_rates

module bgc_state
  use bgc_params
  implicit none
  real(8) :: nut(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: phy(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: zoo(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: det(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: gn(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: gph(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: gz(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: gd(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: uvel(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: vvel(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: psurf(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: mld(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: pobs(1-olx:nx+olx, 1-oly:ny+oly)
end module bgc_state

! ---------------------------------------------------------------- head

subroutine bgc_cost(kpar, cost)
  use bgc_params
  implicit none
  real(8), intent(in) :: kpar(npar)
  real(8), intent(out) :: cost
  integer :: it

  call set_params(kpar)
  call init_fields()
  cost = 0.0d0
  do it = 1, nt
    call bgc_step(it)
    if (mod(it, nobs) == 0) then
      call misfit(cost)
    end if
  end do
end subroutine bgc_cost

subroutine set_params(kpar)
  use bgc_params
  use bgc_rates
  implicit none
  real(8), intent(in) :: kpar(npar)

  mumax = kpar(1)
  kn = kpar(2)
  ik = kpar(3)
  gmax = kpar(4)
  kp = kpar(5)
  mp = kpar(6)
  mz = kpar(7)
  rd = kpar(8)
end subroutine set_params

! Flow, mixed-layer depth, observations and initial tracers; every module
! variable is set, so the head can be run again and again.
subroutine init_fields()
  use bgc_state
  implicit none
  integer :: i, j
  real(8) :: xc, yc

  call make_velocity()
  do j = 1-oly, ny+oly
    do i = 1-olx, nx+olx
      xc = (dble(i) - 0.5d0) * dx
      yc = (dble(j) - 0.5d0) * dy
      nut(i, j) = 4.0d0 + 2.0d0 * cos(2.0d0 * pi * yc / (ny * dy))
      phy(i, j) = 0.4d0 + 0.1d0 * sin(2.0d0 * pi * xc / (nx * dx))
      zoo(i, j) = 0.2d0
      det(i, j) = 0.3d0
      gn(i, j) = 0.0d0
      gph(i, j) = 0.0d0
      gz(i, j) = 0.0d0
      gd(i, j) = 0.0d0
      psurf(i, j) = 0.0d0
      mld(i, j) = 30.0d0 + 20.0d0 * (1.0d0 + cos(2.0d0 * pi * yc / (ny * dy)))
      pobs(i, j) = 0.6d0 + 0.3d0 * sin(2.0d0 * pi * xc / (nx * dx)) &
                 * cos(2.0d0 * pi * yc / (ny * dy))
    end do
  end do
  call exch_halo(nut)
  call exch_halo(phy)
  call exch_halo(zoo)
  call exch_halo(det)
end subroutine init_fields

! u = -dpsi/dy, v = dpsi/dx from a streamfunction at cell corners: the flow
! is discretely divergence free.
subroutine make_velocity()
  use bgc_state
  implicit none
  real(8) :: psi(1-olx:nx+olx+1, 1-oly:ny+oly+1)
  integer :: i, j
  real(8) :: xg, yg

  do j = 1-oly, ny+oly+1
    do i = 1-olx, nx+olx+1
      xg = dble(i - 1) * dx
      yg = dble(j - 1) * dy
      psi(i, j) = psi0 * sin(2.0d0 * pi * xg / (nx * dx)) * sin(2.0d0 * pi * yg / (ny * dy))
    end do
  end do
  do j = 1-oly, ny+oly
    do i = 1-olx, nx+olx
      uvel(i, j) = -(psi(i, j+1) - psi(i, j)) / dy
      vvel(i, j) = (psi(i+1, j) - psi(i, j)) / dx
    end do
  end do
end subroutine make_velocity

! ---------------------------------------------------------- one step

subroutine bgc_step(it)
  use bgc_state
  implicit none
  integer, intent(in) :: it

  call surface_light(it)
  call ecosystem()
  call transport(nut, gn)
  call transport(phy, gph)
  call transport(zoo, gz)
  call transport(det, gd)
  call tracer_update(nut, gn)
  call tracer_update(phy, gph)
  call tracer_update(zoo, gz)
  call tracer_update(det, gd)
  call exch_halo(nut)
  call exch_halo(phy)
  call exch_halo(zoo)
  call exch_halo(det)
end subroutine bgc_step

! Surface light: seasonal cycle times a latitude factor.
subroutine surface_light(it)
  use bgc_state
  implicit none
  integer, intent(in) :: it
  real(8) :: season, yc
  integer :: i, j

  season = 0.75d0 + 0.25d0 * sin(2.0d0 * pi * dble(it) * dt / 365.0d0)
  do j = 1, ny
    yc = (dble(j) - 0.5d0) * dy
    do i = 1, nx
      psurf(i, j) = parmax * season * (0.6d0 + 0.4d0 * cos(pi * yc / (ny * dy)))
    end do
  end do
end subroutine surface_light

! The biological tendencies, one cell at a time.
subroutine ecosystem()
  use bgc_state
  implicit none
  real(8) :: n, p, z, d, dn, dp, dz, dd, par, h
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      n = nut(i, j)
      p = phy(i, j)
      z = zoo(i, j)
      d = det(i, j)
      par = psurf(i, j)
      h = mld(i, j)
      call npzd_cell(n, p, z, d, par, h, dn, dp, dz, dd)
      gn(i, j) = dn
      gph(i, j) = dp
      gz(i, j) = dz
      gd(i, j) = dd
    end do
  end do
end subroutine ecosystem

! NPZD source terms of one cell; total nitrogen is conserved.
subroutine npzd_cell(n, p, z, d, par, h, dn, dp, dz, dd)
  use bgc_params
  implicit none
  real(8), intent(in) :: n, p, z, d, par, h
  real(8), intent(out) :: dn, dp, dz, dd
  real(8) :: iav, mu, graz, mortp, mortz, remin

  call light(p, par, h, iav)
  call growth(n, iav, mu)
  call grazing(p, z, graz)
  call mortality(p, z, d, mortp, mortz, remin)
  dn = -mu * p + remin
  dp = mu * p - graz - mortp
  dz = assim * graz - mortz
  dd = (1.0d0 - assim) * graz + mortp + mortz - remin
end subroutine npzd_cell

! Mean light over a mixed layer of depth h, with self-shading by p.
subroutine light(p, par, h, iav)
  use bgc_params
  implicit none
  real(8), intent(in) :: p, par, h
  real(8), intent(out) :: iav
  real(8) :: katt

  katt = kw + kc * p
  iav = par * (1.0d0 - exp(-katt * h)) / (katt * h)
end subroutine light

subroutine growth(n, iav, mu)
  use bgc_rates
  implicit none
  real(8), intent(in) :: n, iav
  real(8), intent(out) :: mu

  mu = mumax * n / (kn + n) * iav / sqrt(ik * ik + iav * iav)
end subroutine growth

subroutine grazing(p, z, graz)
  use bgc_rates
  implicit none
  real(8), intent(in) :: p, z
  real(8), intent(out) :: graz

  graz = gmax * z * p * p / (kp * kp + p * p)
end subroutine grazing

subroutine mortality(p, z, d, mortp, mortz, remin)
  use bgc_rates
  implicit none
  real(8), intent(in) :: p, z, d
  real(8), intent(out) :: mortp, mortz, remin

  mortp = mp * p
  mortz = mz * z * z
  remin = rd * d
end subroutine mortality

! ---------------------------------------------------------- transport

! gq += -div(u q) + kdiff lap(q), centred fluxes on cell faces.
subroutine transport(q, gq)
  use bgc_params
  implicit none
  real(8), intent(in) :: q(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(inout) :: gq(1-olx:nx+olx, 1-oly:ny+oly)

  call advect(q, gq)
  call diffuse(q, gq)
end subroutine transport

subroutine advect(q, gq)
  use bgc_state
  implicit none
  real(8), intent(in) :: q(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(inout) :: gq(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: fw, fe, fs, fn
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      fw = uvel(i, j) * 0.5d0 * (q(i, j) + q(i-1, j))
      fe = uvel(i+1, j) * 0.5d0 * (q(i+1, j) + q(i, j))
      fs = vvel(i, j) * 0.5d0 * (q(i, j) + q(i, j-1))
      fn = vvel(i, j+1) * 0.5d0 * (q(i, j+1) + q(i, j))
      gq(i, j) = gq(i, j) - (fe - fw) / dx - (fn - fs) / dy
    end do
  end do
end subroutine advect

subroutine diffuse(q, gq)
  use bgc_params
  implicit none
  real(8), intent(in) :: q(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(inout) :: gq(1-olx:nx+olx, 1-oly:ny+oly)
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      gq(i, j) = gq(i, j) &
               + kdiff * (q(i+1, j) + q(i-1, j) - 2.0d0 * q(i, j)) / (dx * dx) &
               + kdiff * (q(i, j+1) + q(i, j-1) - 2.0d0 * q(i, j)) / (dy * dy)
    end do
  end do
end subroutine diffuse

subroutine tracer_update(q, gq)
  use bgc_params
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

! Periodic halo exchange (halo width one), x then y (corners included).
subroutine exch_halo(q)
  use bgc_params
  implicit none
  real(8), intent(inout) :: q(1-olx:nx+olx, 1-oly:ny+oly)
  integer :: i, j

  do j = 1, ny
    q(0, j) = q(nx, j)
    q(nx+1, j) = q(1, j)
  end do
  do i = 0, nx+1
    q(i, 0) = q(i, ny)
    q(i, ny+1) = q(i, 1)
  end do
end subroutine exch_halo

! ---------------------------------------------------------- cost

! cost += mean squared phytoplankton misfit.
subroutine misfit(cost)
  use bgc_state
  implicit none
  real(8), intent(inout) :: cost
  real(8) :: s
  integer :: i, j

  s = 0.0d0
  do j = 1, ny
    do i = 1, nx
      s = s + (phy(i, j) - pobs(i, j))**2
    end do
  end do
  cost = cost + s / dble(nx * ny)
end subroutine misfit
