! ocean_adj.f90 -- a hand-written adjoint of the ocean benchmark (ocean.f90), the reference
! that stad's generated adjoint is measured against (benchmarks/compare.sh).
!
! Written as an expert would write it for a model of this size:
! - the forward sweep runs the model (the routines of ocean.f90, unchanged) and stores the
!   prognostic state (u, v, eta, theta, salt) at the start of every step: 5 fields per step,
!   44 MB for nt = 240, nothing else;
! - the backward sweep goes through the steps in reverse; for each step it restores the stored
!   state and recomputes the part of the step its adjoint needs (forcing, density, g', the new
!   velocities and thickness, kappa: not the tracer tendencies, which enter linearly), keeping
!   the three old fields that are overwritten (u, v, hc) in work arrays; then it runs the
!   adjoint of the step's statements in reverse order, one loop nest per primal loop nest,
!   recomputing per cell the local quantities (face fluxes, averages, speed) from those fields;
! - no tape: everything else the adjoint reads is recomputed.
!
!   subroutine ocean_cost_ad(theta0, theta0b, cost, costb)
! theta0b += costb * d cost / d theta0 (the convention of stad's adjoint, ocean_cost_b); cost is
! set as the primal sets it. Compiled with ocean.f90 (its modules and routines):
!   gfortran -O2 -c ocean.f90 ocean_adj.f90

module ocean_adj_work
  use ocean_params
  implicit none
  ! prognostic state at the start of every step
  real(8) :: su(1-olx:nx+olx, 1-oly:ny+oly, nt)
  real(8) :: sv(1-olx:nx+olx, 1-oly:ny+oly, nt)
  real(8) :: seta(1-olx:nx+olx, 1-oly:ny+oly, nt)
  real(8) :: stheta(1-olx:nx+olx, 1-oly:ny+oly, nt)
  real(8) :: ssalt(1-olx:nx+olx, 1-oly:ny+oly, nt)
  ! old values of the fields a step overwrites before its adjoint is done with them
  real(8) :: u0(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: v0(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: hc0(1-olx:nx+olx, 1-oly:ny+oly)
  ! adjoint fields
  real(8) :: ub(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: vb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: etab(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: thetab(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: saltb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: hcb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: rhob(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: gpb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: kapb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: gub(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: gvb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: gtb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: gsb(1-olx:nx+olx, 1-oly:ny+oly)
end module ocean_adj_work

subroutine ocean_cost_ad(theta0, theta0b, cost, costb)
  use ocean_state
  use ocean_adj_work
  implicit none
  real(8), intent(in) :: theta0(nx, ny)
  real(8), intent(inout) :: theta0b(nx, ny)
  real(8), intent(out) :: cost
  real(8), intent(in) :: costb
  integer :: it, i, j
  real(8) :: c

  ! forward sweep: the model, storing the state at the start of each step
  call init_grid()
  call init_state(theta0)
  do it = 1, nt
    su(:, :, it) = u
    sv(:, :, it) = v
    seta(:, :, it) = eta
    stheta(:, :, it) = theta
    ssalt(:, :, it) = salt
    call step(it)
  end do
  call cost_final(cost)

  ! adjoint of cost_final
  ub = 0.0d0
  vb = 0.0d0
  etab = 0.0d0
  thetab = 0.0d0
  saltb = 0.0d0
  hcb = 0.0d0
  rhob = 0.0d0
  gpb = 0.0d0
  kapb = 0.0d0
  gub = 0.0d0
  gvb = 0.0d0
  gtb = 0.0d0
  gsb = 0.0d0
  c = costb / dble(nx * ny)
  do j = 1, ny
    do i = 1, nx
      thetab(i, j) = 2.0d0 * c * (theta(i, j) - tobs(i, j))
      ub(i, j) = 2.0d0 * c * wke * u(i, j)
      vb(i, j) = 2.0d0 * c * wke * v(i, j)
    end do
  end do

  ! backward sweep over the steps
  do it = nt, 1, -1
    u = su(:, :, it)
    v = sv(:, :, it)
    eta = seta(:, :, it)
    theta = stheta(:, :, it)
    salt = ssalt(:, :, it)
    call calc_thickness()
    ! recompute what the step's adjoint reads
    call forcing(it)
    call calc_density()
    call exch_halo(rho)
    call calc_gprime()
    u0 = u
    v0 = v
    hc0 = hc
    call mom_u_rhs()
    call update_u()
    call exch_halo(u)
    call mom_v_rhs()
    call update_v()
    call exch_halo(v)
    call continuity()
    call exch_halo(eta)
    call calc_thickness()
    call calc_kappa()
    ! adjoint of thermodynamics
    call exch_halo_ad(saltb)
    call exch_halo_ad(thetab)
    call tracer_update_ad(saltb, gsb)
    call tracer_update_ad(thetab, gtb)
    do j = 1, ny
      do i = 1, nx
        thetab(i, j) = thetab(i, j) - gtb(i, j) / trelax
      end do
    end do
    call diffuse_tracer_ad(salt, saltb, gsb)
    call advect_tracer_ad(salt, saltb, gsb)
    call diffuse_tracer_ad(theta, thetab, gtb)
    call advect_tracer_ad(theta, thetab, gtb)
    call calc_kappa_ad()
    ! adjoint of dynamics
    call calc_thickness_ad()
    call exch_halo_ad(etab)
    call continuity_ad()
    call exch_halo_ad(vb)
    call update_v_ad()
    call mom_v_rhs_ad()
    call exch_halo_ad(ub)
    call update_u_ad()
    call mom_u_rhs_ad()
    call calc_gprime_ad()
    call exch_halo_ad(rhob)
    call calc_density_ad()
  end do

  ! adjoint of init_state: theta0 enters through theta's interior and its halo copy
  call exch_halo_ad(thetab)
  do j = 1, ny
    do i = 1, nx
      theta0b(i, j) = theta0b(i, j) + thetab(i, j)
    end do
  end do
end subroutine ocean_cost_ad

! Adjoint of exch_halo: exch_y's copies, then exch_x's, each adds the halo's adjoint to its
! source cell and clears it.
subroutine exch_halo_ad(qb)
  use ocean_params
  implicit none
  real(8), intent(inout) :: qb(1-olx:nx+olx, 1-oly:ny+oly)
  integer :: i, j, k

  do k = 1, oly
    do i = 1-olx, nx+olx
      qb(i, ny+1-k) = qb(i, ny+1-k) + qb(i, 1-k)
      qb(i, 1-k) = 0.0d0
      qb(i, k) = qb(i, k) + qb(i, ny+k)
      qb(i, ny+k) = 0.0d0
    end do
  end do
  do j = 1, ny
    do k = 1, olx
      qb(nx+1-k, j) = qb(nx+1-k, j) + qb(1-k, j)
      qb(1-k, j) = 0.0d0
      qb(k, j) = qb(k, j) + qb(nx+k, j)
      qb(nx+k, j) = 0.0d0
    end do
  end do
end subroutine exch_halo_ad

subroutine tracer_update_ad(qb, gqb)
  use ocean_params
  implicit none
  real(8), intent(in) :: qb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(inout) :: gqb(1-olx:nx+olx, 1-oly:ny+oly)
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      gqb(i, j) = gqb(i, j) + dt * qb(i, j)
    end do
  end do
end subroutine tracer_update_ad

! gq += div(kappa grad q): gqb stays, q and kappa get its adjoint through the four faces.
subroutine diffuse_tracer_ad(q, qb, gqb)
  use ocean_state, only: kap
  use ocean_adj_work, only: kapb
  use ocean_params
  implicit none
  real(8), intent(in) :: q(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(inout) :: qb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(in) :: gqb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: gx, gy, a, b
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      gx = gqb(i, j) / (dx * dx)
      gy = gqb(i, j) / (dy * dy)
      ! de = 0.5 (kap(i+1) + kap(i)) (q(i+1) - q(i)) / dx, with weight +gx; dw with -gx
      a = 0.5d0 * gx * (q(i+1, j) - q(i, j))
      kapb(i+1, j) = kapb(i+1, j) + a
      kapb(i, j) = kapb(i, j) + a
      b = 0.5d0 * gx * (kap(i+1, j) + kap(i, j))
      qb(i+1, j) = qb(i+1, j) + b
      qb(i, j) = qb(i, j) - b
      a = 0.5d0 * gx * (q(i, j) - q(i-1, j))
      kapb(i, j) = kapb(i, j) - a
      kapb(i-1, j) = kapb(i-1, j) - a
      b = 0.5d0 * gx * (kap(i, j) + kap(i-1, j))
      qb(i, j) = qb(i, j) - b
      qb(i-1, j) = qb(i-1, j) + b
      a = 0.5d0 * gy * (q(i, j+1) - q(i, j))
      kapb(i, j+1) = kapb(i, j+1) + a
      kapb(i, j) = kapb(i, j) + a
      b = 0.5d0 * gy * (kap(i, j+1) + kap(i, j))
      qb(i, j+1) = qb(i, j+1) + b
      qb(i, j) = qb(i, j) - b
      a = 0.5d0 * gy * (q(i, j) - q(i, j-1))
      kapb(i, j) = kapb(i, j) - a
      kapb(i, j-1) = kapb(i, j-1) - a
      b = 0.5d0 * gy * (kap(i, j) + kap(i, j-1))
      qb(i, j) = qb(i, j) - b
      qb(i, j-1) = qb(i, j-1) + b
    end do
  end do
end subroutine diffuse_tracer_ad

! gq = -(fe qe - fw qw + fn qn - fs qs - q (fe - fw + fn - fs)) / (hc dx dy): gqb is consumed.
subroutine advect_tracer_ad(q, qb, gqb)
  use ocean_state, only: u, v, hc
  use ocean_adj_work, only: ub, vb, hcb
  use ocean_params
  implicit none
  real(8), intent(in) :: q(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(inout) :: qb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(inout) :: gqb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: fw, fe, fs, fn, qw, qe, qs, qn, num, nb
  real(8) :: fwb, feb, fsb, fnb, qwb, qeb, qsb, qnb
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
      num = fe * qe - fw * qw + fn * qn - fs * qs - q(i, j) * (fe - fw + fn - fs)
      nb = -gqb(i, j) / (hc(i, j) * dx * dy)
      hcb(i, j) = hcb(i, j) - nb * num / hc(i, j)
      gqb(i, j) = 0.0d0
      feb = nb * (qe - q(i, j))
      fwb = -nb * (qw - q(i, j))
      fnb = nb * (qn - q(i, j))
      fsb = -nb * (qs - q(i, j))
      qeb = nb * fe
      qwb = -nb * fw
      qnb = nb * fn
      qsb = -nb * fs
      qb(i, j) = qb(i, j) - nb * (fe - fw + fn - fs)
      ! face values
      qb(i, j) = qb(i, j) + (7.0d0 * (qwb + qeb + qsb + qnb)) / 12.0d0
      qb(i-1, j) = qb(i-1, j) + (7.0d0 * qwb - qeb) / 12.0d0
      qb(i+1, j) = qb(i+1, j) + (7.0d0 * qeb - qwb) / 12.0d0
      qb(i-2, j) = qb(i-2, j) - qwb / 12.0d0
      qb(i+2, j) = qb(i+2, j) - qeb / 12.0d0
      qb(i, j-1) = qb(i, j-1) + (7.0d0 * qsb - qnb) / 12.0d0
      qb(i, j+1) = qb(i, j+1) + (7.0d0 * qnb - qsb) / 12.0d0
      qb(i, j-2) = qb(i, j-2) - qsb / 12.0d0
      qb(i, j+2) = qb(i, j+2) - qnb / 12.0d0
      ! fluxes
      ub(i, j) = ub(i, j) + fwb * 0.5d0 * (hc(i, j) + hc(i-1, j)) * dy
      hcb(i, j) = hcb(i, j) + fwb * u(i, j) * 0.5d0 * dy
      hcb(i-1, j) = hcb(i-1, j) + fwb * u(i, j) * 0.5d0 * dy
      ub(i+1, j) = ub(i+1, j) + feb * 0.5d0 * (hc(i+1, j) + hc(i, j)) * dy
      hcb(i+1, j) = hcb(i+1, j) + feb * u(i+1, j) * 0.5d0 * dy
      hcb(i, j) = hcb(i, j) + feb * u(i+1, j) * 0.5d0 * dy
      vb(i, j) = vb(i, j) + fsb * 0.5d0 * (hc(i, j) + hc(i, j-1)) * dx
      hcb(i, j) = hcb(i, j) + fsb * v(i, j) * 0.5d0 * dx
      hcb(i, j-1) = hcb(i, j-1) + fsb * v(i, j) * 0.5d0 * dx
      vb(i, j+1) = vb(i, j+1) + fnb * 0.5d0 * (hc(i, j+1) + hc(i, j)) * dx
      hcb(i, j+1) = hcb(i, j+1) + fnb * v(i, j+1) * 0.5d0 * dx
      hcb(i, j) = hcb(i, j) + fnb * v(i, j+1) * 0.5d0 * dx
    end do
  end do
end subroutine advect_tracer_ad

subroutine calc_kappa_ad()
  use ocean_state, only: rho
  use ocean_adj_work, only: kapb, rhob
  use ocean_params
  implicit none
  real(8) :: th
  integer :: i, j

  do j = 1-oly, ny+oly
    do i = 1-olx, nx+olx
      th = tanh((rho(i, j) - rho0) / 0.5d0)
      rhob(i, j) = rhob(i, j) + kapb(i, j) * kh * (1.0d0 - th * th)
      kapb(i, j) = 0.0d0
    end do
  end do
end subroutine calc_kappa_ad

subroutine calc_thickness_ad()
  use ocean_adj_work, only: hcb, etab
  use ocean_params
  implicit none
  integer :: i, j

  do j = 1-oly, ny+oly
    do i = 1-olx, nx+olx
      etab(i, j) = etab(i, j) + hcb(i, j)
      hcb(i, j) = 0.0d0
    end do
  end do
end subroutine calc_thickness_ad

! eta -= dt div(h u) / (dx dy) with the new u, v and the old thickness hc0.
subroutine continuity_ad()
  use ocean_state, only: u, v
  use ocean_adj_work, only: hc0, ub, vb, etab, hcb
  use ocean_params
  implicit none
  real(8) :: c, a
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      c = -dt * etab(i, j) / (dx * dy)
      ! uflxe = u(i+1) * 0.5 (hc(i+1) + hc(i)) dy, weight +c; uflx weight -c
      a = c * 0.5d0 * dy
      ub(i+1, j) = ub(i+1, j) + a * (hc0(i+1, j) + hc0(i, j))
      hcb(i+1, j) = hcb(i+1, j) + a * u(i+1, j)
      hcb(i, j) = hcb(i, j) + a * u(i+1, j)
      ub(i, j) = ub(i, j) - a * (hc0(i, j) + hc0(i-1, j))
      hcb(i, j) = hcb(i, j) - a * u(i, j)
      hcb(i-1, j) = hcb(i-1, j) - a * u(i, j)
      a = c * 0.5d0 * dx
      vb(i, j+1) = vb(i, j+1) + a * (hc0(i, j+1) + hc0(i, j))
      hcb(i, j+1) = hcb(i, j+1) + a * v(i, j+1)
      hcb(i, j) = hcb(i, j) + a * v(i, j+1)
      vb(i, j) = vb(i, j) - a * (hc0(i, j) + hc0(i, j-1))
      hcb(i, j) = hcb(i, j) - a * v(i, j)
      hcb(i, j-1) = hcb(i, j-1) - a * v(i, j)
    end do
  end do
end subroutine continuity_ad

! v += dt (gv - fcv ubar), ubar from the new u.
subroutine update_v_ad()
  use ocean_state, only: fcv
  use ocean_adj_work, only: ub, vb, gvb
  use ocean_params
  implicit none
  real(8) :: a
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      gvb(i, j) = gvb(i, j) + dt * vb(i, j)
      a = -0.25d0 * dt * fcv(j) * vb(i, j)
      ub(i, j) = ub(i, j) + a
      ub(i+1, j) = ub(i+1, j) + a
      ub(i, j-1) = ub(i, j-1) + a
      ub(i+1, j-1) = ub(i+1, j-1) + a
    end do
  end do
end subroutine update_v_ad

! u += dt (gu + fcu vbar), vbar from the old v.
subroutine update_u_ad()
  use ocean_state, only: fcu
  use ocean_adj_work, only: ub, vb, gub
  use ocean_params
  implicit none
  real(8) :: a
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      gub(i, j) = gub(i, j) + dt * ub(i, j)
      a = 0.25d0 * dt * fcu(j) * ub(i, j)
      vb(i, j) = vb(i, j) + a
      vb(i-1, j) = vb(i-1, j) + a
      vb(i, j+1) = vb(i, j+1) + a
      vb(i-1, j+1) = vb(i-1, j+1) + a
    end do
  end do
end subroutine update_u_ad

! Adjoint of the five-point Laplacian: lqb(i, j) spread to q's neighbours.
subroutine laplacian_ad(lqb, qb)
  use ocean_params
  implicit none
  real(8), intent(in) :: lqb(nx, ny)
  real(8), intent(inout) :: qb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: ax, ay
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      ax = lqb(i, j) / (dx * dx)
      ay = lqb(i, j) / (dy * dy)
      qb(i+1, j) = qb(i+1, j) + ax
      qb(i-1, j) = qb(i-1, j) + ax
      qb(i, j+1) = qb(i, j+1) + ay
      qb(i, j-1) = qb(i, j-1) + ay
      qb(i, j) = qb(i, j) - 2.0d0 * (ax + ay)
    end do
  end do
end subroutine laplacian_ad

! gv = pgy + ah lap(v) - rdrag v - cdrag speed v / hv, from the old v, the new u, hc0, gp.
subroutine mom_v_rhs_ad()
  use ocean_state, only: u, gp
  use ocean_adj_work, only: v0, hc0, ub, vb, hcb, gpb, gvb
  use ocean_params
  implicit none
  real(8) :: lapvb(nx, ny)
  real(8) :: hv, gpv, ubar, speed, g, pgyb, speedb, hvb, gpvb, a
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      hv = 0.5d0 * (hc0(i, j) + hc0(i, j-1))
      gpv = 0.5d0 * (gp(i, j) + gp(i, j-1))
      ubar = 0.25d0 * (u(i, j) + u(i+1, j) + u(i, j-1) + u(i+1, j-1))
      speed = sqrt(v0(i, j) * v0(i, j) + ubar * ubar + ueps * ueps)
      g = gvb(i, j)
      gvb(i, j) = 0.0d0
      pgyb = g
      lapvb(i, j) = ah * g
      speedb = -cdrag * v0(i, j) / hv * g
      hvb = cdrag * speed * v0(i, j) / (hv * hv) * g
      vb(i, j) = vb(i, j) - (rdrag + cdrag * speed / hv) * g + speedb * v0(i, j) / speed
      a = 0.25d0 * speedb * ubar / speed
      ub(i, j) = ub(i, j) + a
      ub(i+1, j) = ub(i+1, j) + a
      ub(i, j-1) = ub(i, j-1) + a
      ub(i+1, j-1) = ub(i+1, j-1) + a
      ! pgy = -(gpv (hc(i,j) - hc(i,j-1)) + 0.5 hv (gp(i,j) - gp(i,j-1))) / dy
      gpvb = -pgyb * (hc0(i, j) - hc0(i, j-1)) / dy
      a = -pgyb * gpv / dy
      hcb(i, j) = hcb(i, j) + a
      hcb(i, j-1) = hcb(i, j-1) - a
      hvb = hvb - pgyb * 0.5d0 * (gp(i, j) - gp(i, j-1)) / dy
      a = -pgyb * 0.5d0 * hv / dy
      gpb(i, j) = gpb(i, j) + a + 0.5d0 * gpvb
      gpb(i, j-1) = gpb(i, j-1) - a + 0.5d0 * gpvb
      hcb(i, j) = hcb(i, j) + 0.5d0 * hvb
      hcb(i, j-1) = hcb(i, j-1) + 0.5d0 * hvb
    end do
  end do
  call laplacian_ad(lapvb, vb)
end subroutine mom_v_rhs_ad

! gu = pgx + ah lap(u) - rdrag u - cdrag speed u / hu + taux / (rho0 hu), from the old u, v.
subroutine mom_u_rhs_ad()
  use ocean_state, only: gp, taux
  use ocean_adj_work, only: u0, v0, hc0, ub, vb, hcb, gpb, gub
  use ocean_params
  implicit none
  real(8) :: lapub(nx, ny)
  real(8) :: hu, gpu, vbar, speed, g, pgxb, speedb, hub, gpub, a
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      hu = 0.5d0 * (hc0(i, j) + hc0(i-1, j))
      gpu = 0.5d0 * (gp(i, j) + gp(i-1, j))
      vbar = 0.25d0 * (v0(i, j) + v0(i-1, j) + v0(i, j+1) + v0(i-1, j+1))
      speed = sqrt(u0(i, j) * u0(i, j) + vbar * vbar + ueps * ueps)
      g = gub(i, j)
      gub(i, j) = 0.0d0
      pgxb = g
      lapub(i, j) = ah * g
      speedb = -cdrag * u0(i, j) / hu * g
      hub = (cdrag * speed * u0(i, j) - taux(i, j) / rho0) / (hu * hu) * g
      ub(i, j) = ub(i, j) - (rdrag + cdrag * speed / hu) * g + speedb * u0(i, j) / speed
      a = 0.25d0 * speedb * vbar / speed
      vb(i, j) = vb(i, j) + a
      vb(i-1, j) = vb(i-1, j) + a
      vb(i, j+1) = vb(i, j+1) + a
      vb(i-1, j+1) = vb(i-1, j+1) + a
      gpub = -pgxb * (hc0(i, j) - hc0(i-1, j)) / dx
      a = -pgxb * gpu / dx
      hcb(i, j) = hcb(i, j) + a
      hcb(i-1, j) = hcb(i-1, j) - a
      hub = hub - pgxb * 0.5d0 * (gp(i, j) - gp(i-1, j)) / dx
      a = -pgxb * 0.5d0 * hu / dx
      gpb(i, j) = gpb(i, j) + a + 0.5d0 * gpub
      gpb(i-1, j) = gpb(i-1, j) - a + 0.5d0 * gpub
      hcb(i, j) = hcb(i, j) + 0.5d0 * hub
      hcb(i-1, j) = hcb(i-1, j) + 0.5d0 * hub
    end do
  end do
  call laplacian_ad(lapub, ub)
end subroutine mom_u_rhs_ad

subroutine calc_gprime_ad()
  use ocean_adj_work, only: gpb, rhob
  use ocean_params
  implicit none
  integer :: i, j

  do j = 1-oly, ny+oly
    do i = 1-olx, nx+olx
      rhob(i, j) = rhob(i, j) - grav / rho0 * gpb(i, j)
      gpb(i, j) = 0.0d0
    end do
  end do
end subroutine calc_gprime_ad

! rho = eos_rho(theta, salt) on interior cells; rho is overwritten, so rhob is cleared.
subroutine calc_density_ad()
  use ocean_state, only: theta
  use ocean_adj_work, only: rhob, thetab, saltb
  use ocean_params
  implicit none
  real(8) :: ta, e
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      ta = theta(i, j) - 10.0d0
      e = exp(-ta * ta / 400.0d0)
      thetab(i, j) = thetab(i, j) + rhob(i, j) * rho0 &
                   * (-1.7d-4 - 6.0d-6 * e * ta * (2.0d0 - ta * ta / 200.0d0))
      saltb(i, j) = saltb(i, j) + rhob(i, j) * rho0 * 7.6d-4
      rhob(i, j) = 0.0d0
    end do
  end do
end subroutine calc_density_ad
