! lake.f90 -- stad benchmark model "lake": 42 call sites (issue 13's "a new one with at least 40").
!
! A stratified lake on a transect: nc water columns of nz layers, six fields per cell (temperature,
! salinity, nutrient, phytoplankton, zooplankton, detritus). One step: surface heat and
! evaporation, an eddy viscosity from the density stratification, vertical mixing, horizontal
! diffusion and upwelling of each field (one CALL per field: 18 sites), light, a plankton model
! per column with five per-cell process calls, sinking of phytoplankton and detritus, a
! diagnostic. Written as a modeller would in plain Fortran 90: explicit-shape arrays passed as
! arguments, parameters in a module, every process a subroutine. Coarse sites (the step, the
! mixing of a field) sit next to per-cell ones (uptake, grazing, ...), so the choice of
! checkpoints matters.
!
! Two heads:
!   lake_run(nz, nc, nt, t0, cost)  any size: stad check --head 'lake_run(cost)/(t0)' --set nz=4 --set nc=3 --set nt=2
!   lake_cost(t0, cost)             the benchmark size (16 layers, 48 columns, 30 steps)

module lake_par
  implicit none
  integer, parameter :: dp = kind(1.0d0)
  real(dp), parameter :: dt = 1800.0_dp       ! time step (s)
  real(dp), parameter :: dz = 2.0_dp          ! layer thickness (m)
  real(dp), parameter :: dx = 500.0_dp        ! column spacing (m)
  real(dp), parameter :: kh = 5.0_dp          ! horizontal diffusivity (m2/s)
  real(dp), parameter :: kv0 = 1.0e-5_dp      ! background vertical diffusivity (m2/s)
  real(dp), parameter :: wup = 2.0e-6_dp      ! upwelling speed (m/s)
  real(dp), parameter :: ws_phy = 1.0e-5_dp   ! phytoplankton sinking (m/s)
  real(dp), parameter :: ws_det = 5.0e-5_dp   ! detritus sinking (m/s)
  real(dp), parameter :: mu = 1.5e-5_dp       ! maximum growth (1/s)
  real(dp), parameter :: gmax = 1.0e-5_dp     ! maximum grazing (1/s)
  real(dp), parameter :: mp = 1.0e-6_dp       ! phytoplankton mortality (1/s)
  real(dp), parameter :: rem = 2.0e-6_dp      ! remineralisation (1/s)
  real(dp), parameter :: ex = 5.0e-7_dp       ! excretion (1/s)
end module lake_par

! init_field: a smooth initial profile a + b cos(k z) (1 + c x), scaled by the input s.
subroutine init_field(nz, nc, f, s, a, b, c)
  use lake_par
  implicit none
  integer, intent(in) :: nz, nc
  real(dp), intent(out) :: f(nz, nc)
  real(dp), intent(in) :: s(nz, nc), a, b, c
  integer :: k, i
  do i = 1, nc
    do k = 1, nz
      f(k, i) = s(k, i) * (a + b * cos(0.3_dp * k) * (1 + c * i / nc))
    end do
  end do
end subroutine init_field

! surface_heat: heating of the top layer, relaxing to an air temperature.
subroutine surface_heat(nz, nc, temp)
  use lake_par
  implicit none
  integer, intent(in) :: nz, nc
  real(dp), intent(inout) :: temp(nz, nc)
  integer :: i
  do i = 1, nc
    temp(1, i) = temp(1, i) + dt * 2.0e-6_dp * (20.0_dp - temp(1, i))
  end do
end subroutine surface_heat

! evaporation: the top layer's salinity rises with its temperature.
subroutine evaporation(nz, nc, temp, salt)
  use lake_par
  implicit none
  integer, intent(in) :: nz, nc
  real(dp), intent(in) :: temp(nz, nc)
  real(dp), intent(inout) :: salt(nz, nc)
  integer :: i
  do i = 1, nc
    salt(1, i) = salt(1, i) * (1 + dt * 1.0e-9_dp * temp(1, i))
  end do
end subroutine evaporation

! eddy_visc: vertical diffusivity from the stratification, kv = kv0 (1 + 10 / (1 + N2 / 1e-5)).
subroutine eddy_visc(nz, nc, temp, salt, kv)
  use lake_par
  implicit none
  integer, intent(in) :: nz, nc
  real(dp), intent(in) :: temp(nz, nc), salt(nz, nc)
  real(dp), intent(out) :: kv(nz, nc)
  real(dp) :: rho1, rho2, n2
  integer :: k, i
  do i = 1, nc
    kv(nz, i) = kv0
    do k = 1, nz - 1
      rho1 = 1000 - 0.2_dp * temp(k, i) + 0.8_dp * salt(k, i)
      rho2 = 1000 - 0.2_dp * temp(k + 1, i) + 0.8_dp * salt(k + 1, i)
      n2 = 9.81_dp / 1000 * (rho2 - rho1) / dz
      kv(k, i) = kv0 * (1 + 10 / (1 + n2 * n2 / 1.0e-10_dp))
    end do
  end do
end subroutine eddy_visc

! vmix: one explicit step of vertical diffusion with kv on the layer interfaces.
subroutine vmix(nz, nc, f, kv)
  use lake_par
  implicit none
  integer, intent(in) :: nz, nc
  real(dp), intent(inout) :: f(nz, nc)
  real(dp), intent(in) :: kv(nz, nc)
  real(dp) :: flux(0:nz)
  integer :: k, i
  do i = 1, nc
    flux(0) = 0
    flux(nz) = 0
    do k = 1, nz - 1
      flux(k) = kv(k, i) * (f(k + 1, i) - f(k, i)) / dz
    end do
    do k = 1, nz
      f(k, i) = f(k, i) + dt * (flux(k) - flux(k - 1)) / dz
    end do
  end do
end subroutine vmix

! hdiff: horizontal diffusion between neighbouring columns (closed ends).
subroutine hdiff(nz, nc, f)
  use lake_par
  implicit none
  integer, intent(in) :: nz, nc
  real(dp), intent(inout) :: f(nz, nc)
  real(dp) :: g(nz, nc)
  integer :: k, i
  g = f
  do i = 2, nc - 1
    do k = 1, nz
      f(k, i) = g(k, i) + dt * kh / (dx * dx) * (g(k, i + 1) - 2 * g(k, i) + g(k, i - 1))
    end do
  end do
end subroutine hdiff

! upwell: upwelling at the ends of the transect, downwelling in the middle (upwind).
subroutine upwell(nz, nc, f)
  use lake_par
  implicit none
  integer, intent(in) :: nz, nc
  real(dp), intent(inout) :: f(nz, nc)
  real(dp) :: w
  integer :: k, i
  do i = 1, nc
    w = wup * cos(6.283185307179586_dp * (i - 0.5_dp) / nc)
    if (w > 0) then
      do k = 1, nz - 1
        f(k, i) = f(k, i) + dt * w / dz * (f(k + 1, i) - f(k, i))
      end do
    else
      do k = nz, 2, -1
        f(k, i) = f(k, i) - dt * w / dz * (f(k - 1, i) - f(k, i))
      end do
    end if
  end do
end subroutine upwell

! light: photosynthetically available light, attenuated by water and phytoplankton.
subroutine light(nz, nc, phy, par)
  use lake_par
  implicit none
  integer, intent(in) :: nz, nc
  real(dp), intent(in) :: phy(nz, nc)
  real(dp), intent(out) :: par(nz, nc)
  real(dp) :: att
  integer :: k, i
  do i = 1, nc
    att = 0
    do k = 1, nz
      att = att + (0.2_dp + 0.05_dp * phy(k, i)) * dz
      par(k, i) = exp(-att)
    end do
  end do
end subroutine light

! uptake: phytoplankton growth on nutrient, light and temperature limited.
subroutine uptake(p, n, par, t, g)
  use lake_par
  implicit none
  real(dp), intent(in) :: p, n, par, t
  real(dp), intent(out) :: g
  g = mu * exp(0.06_dp * t) * n / (0.5_dp + n) * par / (0.3_dp + par) * p
end subroutine uptake

! grazing: zooplankton grazing on phytoplankton (Ivlev).
subroutine grazing(p, z, g)
  use lake_par
  implicit none
  real(dp), intent(in) :: p, z
  real(dp), intent(out) :: g
  g = gmax * (1 - exp(-0.8_dp * p)) * z
end subroutine grazing

! mortality: linear plus quadratic phytoplankton mortality.
subroutine mortality(p, m)
  use lake_par
  implicit none
  real(dp), intent(in) :: p
  real(dp), intent(out) :: m
  m = mp * p + 0.1_dp * mp * p * p
end subroutine mortality

! remin: temperature-dependent remineralisation of detritus.
subroutine remin(d, t, r)
  use lake_par
  implicit none
  real(dp), intent(in) :: d, t
  real(dp), intent(out) :: r
  r = rem * exp(0.05_dp * t) * d
end subroutine remin

! excretion: zooplankton excretion.
subroutine excretion(z, e)
  use lake_par
  implicit none
  real(dp), intent(in) :: z
  real(dp), intent(out) :: e
  e = ex * z * z / (0.1_dp + z)
end subroutine excretion

! bio_column: the plankton model of column i, cell by cell.
subroutine bio_column(nz, nc, i, temp, nut, phy, zoo, det, par)
  use lake_par
  implicit none
  integer, intent(in) :: nz, nc, i
  real(dp), intent(in) :: temp(nz, nc), par(nz, nc)
  real(dp), intent(inout) :: nut(nz, nc), phy(nz, nc), zoo(nz, nc), det(nz, nc)
  real(dp) :: gu, gz, m, r, e
  integer :: k
  do k = 1, nz
    call uptake(phy(k, i), nut(k, i), par(k, i), temp(k, i), gu)
    call grazing(phy(k, i), zoo(k, i), gz)
    call mortality(phy(k, i), m)
    call remin(det(k, i), temp(k, i), r)
    call excretion(zoo(k, i), e)
    nut(k, i) = nut(k, i) + dt * (r + e - gu)
    phy(k, i) = phy(k, i) + dt * (gu - gz - m)
    zoo(k, i) = zoo(k, i) + dt * (0.3_dp * gz - e)
    det(k, i) = det(k, i) + dt * (0.7_dp * gz + m - r)
  end do
end subroutine bio_column

! sink: sinking at speed ws (upwind, out through the bottom).
subroutine sink(nz, nc, f, ws)
  use lake_par
  implicit none
  integer, intent(in) :: nz, nc
  real(dp), intent(inout) :: f(nz, nc)
  real(dp), intent(in) :: ws
  integer :: k, i
  do i = 1, nc
    do k = nz, 2, -1
      f(k, i) = f(k, i) + dt * ws / dz * (f(k - 1, i) - f(k, i))
    end do
    f(1, i) = f(1, i) - dt * ws / dz * f(1, i)
  end do
end subroutine sink

! heat_content: the mean temperature (a diagnostic the step accumulates).
subroutine heat_content(nz, nc, temp, h)
  use lake_par
  implicit none
  integer, intent(in) :: nz, nc
  real(dp), intent(in) :: temp(nz, nc)
  real(dp), intent(inout) :: h
  h = h + sum(temp) / (nz * nc)
end subroutine heat_content

! lake_step: one time step of the whole model.
subroutine lake_step(nz, nc, temp, salt, nut, phy, zoo, det, h)
  use lake_par
  implicit none
  integer, intent(in) :: nz, nc
  real(dp), intent(inout) :: temp(nz, nc), salt(nz, nc), nut(nz, nc), phy(nz, nc), zoo(nz, nc), det(nz, nc), h
  real(dp) :: kv(nz, nc), par(nz, nc)
  integer :: i
  call surface_heat(nz, nc, temp)
  call evaporation(nz, nc, temp, salt)
  call eddy_visc(nz, nc, temp, salt, kv)
  call vmix(nz, nc, temp, kv)
  call vmix(nz, nc, salt, kv)
  call vmix(nz, nc, nut, kv)
  call vmix(nz, nc, phy, kv)
  call vmix(nz, nc, zoo, kv)
  call vmix(nz, nc, det, kv)
  call hdiff(nz, nc, temp)
  call hdiff(nz, nc, salt)
  call hdiff(nz, nc, nut)
  call hdiff(nz, nc, phy)
  call hdiff(nz, nc, zoo)
  call hdiff(nz, nc, det)
  call upwell(nz, nc, temp)
  call upwell(nz, nc, salt)
  call upwell(nz, nc, nut)
  call upwell(nz, nc, phy)
  call upwell(nz, nc, zoo)
  call upwell(nz, nc, det)
  call light(nz, nc, phy, par)
  do i = 1, nc
    call bio_column(nz, nc, i, temp, nut, phy, zoo, det, par)
  end do
  call sink(nz, nc, phy, ws_phy)
  call sink(nz, nc, det, ws_det)
  call heat_content(nz, nc, temp, h)
end subroutine lake_step

! misfit: mean squared difference of f to a reference a + b k / nz.
subroutine misfit(nz, nc, f, a, b, c)
  use lake_par
  implicit none
  integer, intent(in) :: nz, nc
  real(dp), intent(in) :: f(nz, nc), a, b
  real(dp), intent(inout) :: c
  integer :: k, i
  do i = 1, nc
    do k = 1, nz
      c = c + (f(k, i) - a - b * k / nz)**2 / (nz * nc)
    end do
  end do
end subroutine misfit

! lake_run: the head at any size: nz layers, nc columns, nt steps, t0 scales the initial fields.
subroutine lake_run(nz, nc, nt, t0, cost)
  use lake_par
  implicit none
  integer, intent(in) :: nz, nc, nt
  real(dp), intent(in) :: t0(nz, nc)
  real(dp), intent(out) :: cost
  real(dp) :: temp(nz, nc), salt(nz, nc), nut(nz, nc), phy(nz, nc), zoo(nz, nc), det(nz, nc), h
  integer :: t
  call init_field(nz, nc, temp, t0, 12.0_dp, 4.0_dp, 0.1_dp)
  call init_field(nz, nc, salt, t0, 0.5_dp, 0.1_dp, -0.1_dp)
  call init_field(nz, nc, nut, t0, 2.0_dp, -1.0_dp, 0.2_dp)
  call init_field(nz, nc, phy, t0, 0.5_dp, 0.3_dp, 0.0_dp)
  call init_field(nz, nc, zoo, t0, 0.2_dp, 0.1_dp, 0.1_dp)
  call init_field(nz, nc, det, t0, 0.3_dp, 0.1_dp, -0.2_dp)
  h = 0
  do t = 1, nt
    call lake_step(nz, nc, temp, salt, nut, phy, zoo, det, h)
  end do
  cost = h / nt
  call misfit(nz, nc, temp, 14.0_dp, -4.0_dp, cost)
  call misfit(nz, nc, nut, 1.0_dp, 1.0_dp, cost)
  call misfit(nz, nc, phy, 0.6_dp, -0.4_dp, cost)
end subroutine lake_run

! lake_cost: the benchmark head (fixed size, as the other benchmark models).
subroutine lake_cost(t0, cost)
  use lake_par, only: dp
  implicit none
  integer, parameter :: nz = 16, nc = 48, nsteps = 30
  real(dp), intent(in) :: t0(nz, nc)
  real(dp), intent(out) :: cost
  call lake_run(nz, nc, nsteps, t0, cost)
end subroutine lake_cost
