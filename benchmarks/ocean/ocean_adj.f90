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

! gq += div(kappa grad q), face by face: the flux through the face between cells c-1 and c
! (D = 0.5 (kap(c) + kap(c-1)) (q(c) - q(c-1)) / dx) enters cell c with weight -1/dx and cell c-1
! with +1/dx, so its adjoint is Db = (gqb(c-1) - gqb(c)) / dx (gqb is zero outside the interior).
! gqb stays. x faces in passes over a row (each pass a gather-free vector loop), y faces in one.
subroutine diffuse_tracer_ad(q, qb, gqb)
  use ocean_state, only: kap
  use ocean_adj_work, only: kapb
  use ocean_params
  implicit none
  real(8), intent(in) :: q(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(inout) :: qb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(in) :: gqb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: ka(nx+1), qa(nx+1), db, a, b
  integer :: i, j

  do j = 1, ny
    do i = 1, nx + 1
      db = (gqb(i-1, j) - gqb(i, j)) / (dx * dx)
      ka(i) = 0.5d0 * db * (q(i, j) - q(i-1, j))
      qa(i) = 0.5d0 * db * (kap(i, j) + kap(i-1, j))
    end do
    do i = 1, nx + 1
      kapb(i, j) = kapb(i, j) + ka(i)
      qb(i, j) = qb(i, j) + qa(i)
    end do
    do i = 1, nx + 1
      kapb(i-1, j) = kapb(i-1, j) + ka(i)
      qb(i-1, j) = qb(i-1, j) - qa(i)
    end do
  end do
  do j = 1, ny + 1
    do i = 1, nx
      db = (gqb(i, j-1) - gqb(i, j)) / (dy * dy)
      a = 0.5d0 * db * (q(i, j) - q(i, j-1))
      b = 0.5d0 * db * (kap(i, j) + kap(i, j-1))
      kapb(i, j) = kapb(i, j) + a
      kapb(i, j-1) = kapb(i, j-1) + a
      qb(i, j) = qb(i, j) + b
      qb(i, j-1) = qb(i, j-1) - b
    end do
  end do
end subroutine diffuse_tracer_ad

! gq = -(fe qe - fw qw + fn qn - fs qs - q (fe - fw + fn - fs)) / (hc dx dy): gqb is consumed.
! Face form: the face between cells c-1 and c has one flux F = u(c) (hc(c) + hc(c-1)) dy / 2
! and one fourth-order value Q (cell c's west face, cell c-1's east face), so the cells' adjoints
! nb = -gqb / (hc dx dy) meet per face: Fb = nb(c-1) (Q - q(c-1)) - nb(c) (Q - q(c)),
! Qb = F (nb(c-1) - nb(c)); then each face adds to its cells in passes without dependences.
subroutine advect_tracer_ad(q, qb, gqb)
  use ocean_state, only: u, v, hc
  use ocean_adj_work, only: ub, vb, hcb
  use ocean_params
  implicit none
  real(8), intent(in) :: q(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(inout) :: qb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8), intent(inout) :: gqb(1-olx:nx+olx, 1-oly:ny+oly)
  real(8) :: nb(0:nx+1, 0:ny+1)
  real(8) :: fx(nx+1, ny), qx(nx+1, ny), fy(nx, ny+1), qy(nx, ny+1)
  real(8) :: ab(nx+1), cb(nx+1)
  real(8) :: dv, num, fb, a, c
  integer :: i, j

  ! face fluxes and face values, as the primal computes them
  do j = 1, ny
    do i = 1, nx + 1
      fx(i, j) = u(i, j) * 0.5d0 * (hc(i, j) + hc(i-1, j)) * dy
      qx(i, j) = (7.0d0 * (q(i, j) + q(i-1, j)) - (q(i+1, j) + q(i-2, j))) / 12.0d0
    end do
  end do
  do j = 1, ny + 1
    do i = 1, nx
      fy(i, j) = v(i, j) * 0.5d0 * (hc(i, j) + hc(i, j-1)) * dx
      qy(i, j) = (7.0d0 * (q(i, j) + q(i, j-1)) - (q(i, j+1) + q(i, j-2))) / 12.0d0
    end do
  end do
  ! cells
  nb = 0.0d0
  do j = 1, ny
    do i = 1, nx
      nb(i, j) = -gqb(i, j) / (hc(i, j) * dx * dy)
      dv = fx(i+1, j) - fx(i, j) + fy(i, j+1) - fy(i, j)
      num = fx(i+1, j) * qx(i+1, j) - fx(i, j) * qx(i, j) + fy(i, j+1) * qy(i, j+1) &
          - fy(i, j) * qy(i, j) - q(i, j) * dv
      hcb(i, j) = hcb(i, j) - nb(i, j) * num / hc(i, j)
      qb(i, j) = qb(i, j) - nb(i, j) * dv
      gqb(i, j) = 0.0d0
    end do
  end do
  ! x faces, row by row
  do j = 1, ny
    do i = 1, nx + 1
      fb = nb(i-1, j) * (qx(i, j) - q(i-1, j)) - nb(i, j) * (qx(i, j) - q(i, j))
      cb(i) = fx(i, j) * (nb(i-1, j) - nb(i, j)) / 12.0d0
      ab(i) = fb * 0.5d0 * dy
      ub(i, j) = ub(i, j) + ab(i) * (hc(i, j) + hc(i-1, j))
      ab(i) = ab(i) * u(i, j)
    end do
    do i = 1, nx + 1
      hcb(i, j) = hcb(i, j) + ab(i)
      qb(i, j) = qb(i, j) + 7.0d0 * cb(i)
    end do
    do i = 1, nx + 1
      hcb(i-1, j) = hcb(i-1, j) + ab(i)
      qb(i-1, j) = qb(i-1, j) + 7.0d0 * cb(i)
    end do
    do i = 1, nx + 1
      qb(i+1, j) = qb(i+1, j) - cb(i)
    end do
    do i = 1, nx + 1
      qb(i-2, j) = qb(i-2, j) - cb(i)
    end do
  end do
  ! y faces: one face row at a time writes other rows only
  do j = 1, ny + 1
    do i = 1, nx
      fb = nb(i, j-1) * (qy(i, j) - q(i, j-1)) - nb(i, j) * (qy(i, j) - q(i, j))
      c = fy(i, j) * (nb(i, j-1) - nb(i, j)) / 12.0d0
      a = fb * 0.5d0 * dx
      vb(i, j) = vb(i, j) + a * (hc(i, j) + hc(i, j-1))
      hcb(i, j) = hcb(i, j) + a * v(i, j)
      hcb(i, j-1) = hcb(i, j-1) + a * v(i, j)
      qb(i, j) = qb(i, j) + 7.0d0 * c
      qb(i, j-1) = qb(i, j-1) + 7.0d0 * c
      qb(i, j+1) = qb(i, j+1) - c
      qb(i, j-2) = qb(i, j-2) - c
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
! Per cell first (what goes to the cell itself, and the shares for its neighbours in work
! arrays), then the shares in passes that each write one neighbour: no loop-carried dependence.
subroutine mom_v_rhs_ad()
  use ocean_state, only: u, gp
  use ocean_adj_work, only: v0, hc0, ub, vb, hcb, gpb, gvb
  use ocean_params
  implicit none
  real(8) :: lapvb(nx, ny), sh(nx, ny), hs(nx, ny), gs(nx, ny)
  real(8) :: hv, gpv, ubar, speed, g, speedb, hvb, gpvb, a
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      hv = 0.5d0 * (hc0(i, j) + hc0(i, j-1))
      gpv = 0.5d0 * (gp(i, j) + gp(i, j-1))
      ubar = 0.25d0 * (u(i, j) + u(i+1, j) + u(i, j-1) + u(i+1, j-1))
      speed = sqrt(v0(i, j) * v0(i, j) + ubar * ubar + ueps * ueps)
      g = gvb(i, j)
      gvb(i, j) = 0.0d0
      lapvb(i, j) = ah * g
      speedb = -cdrag * v0(i, j) / hv * g
      hvb = cdrag * speed * v0(i, j) / (hv * hv) * g - g * 0.5d0 * (gp(i, j) - gp(i, j-1)) / dy
      vb(i, j) = vb(i, j) - (rdrag + cdrag * speed / hv) * g + speedb * v0(i, j) / speed
      sh(i, j) = 0.25d0 * speedb * ubar / speed
      ! pgy = -(gpv (hc(i,j) - hc(i,j-1)) + 0.5 hv (gp(i,j) - gp(i,j-1))) / dy
      gpvb = -g * (hc0(i, j) - hc0(i, j-1)) / dy
      a = -g * gpv / dy
      hs(i, j) = a + 0.5d0 * hvb  ! to hcb(i, j); hcb(i, j-1) gets -a + 0.5 hvb
      hcb(i, j) = hcb(i, j) + hs(i, j)
      hs(i, j) = hs(i, j) - 2.0d0 * a
      a = -g * 0.5d0 * hv / dy
      gs(i, j) = a + 0.5d0 * gpvb
      gpb(i, j) = gpb(i, j) + gs(i, j)
      gs(i, j) = gs(i, j) - 2.0d0 * a
    end do
  end do
  do j = 1, ny
    do i = 1, nx
      hcb(i, j-1) = hcb(i, j-1) + hs(i, j)
      gpb(i, j-1) = gpb(i, j-1) + gs(i, j)
      ub(i, j) = ub(i, j) + sh(i, j)
      ub(i, j-1) = ub(i, j-1) + sh(i, j)
    end do
    do i = 1, nx
      ub(i+1, j) = ub(i+1, j) + sh(i, j)
      ub(i+1, j-1) = ub(i+1, j-1) + sh(i, j)
    end do
  end do
  call laplacian_ad(lapvb, vb)
end subroutine mom_v_rhs_ad

! gu = pgx + ah lap(u) - rdrag u - cdrag speed u / hu + taux / (rho0 hu), from the old u, v.
! Organised as mom_v_rhs_ad.
subroutine mom_u_rhs_ad()
  use ocean_state, only: gp, taux
  use ocean_adj_work, only: u0, v0, hc0, ub, vb, hcb, gpb, gub
  use ocean_params
  implicit none
  real(8) :: lapub(nx, ny), sh(nx, ny), hs(nx, ny), gs(nx, ny)
  real(8) :: hu, gpu, vbar, speed, g, speedb, hub, gpub, a
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      hu = 0.5d0 * (hc0(i, j) + hc0(i-1, j))
      gpu = 0.5d0 * (gp(i, j) + gp(i-1, j))
      vbar = 0.25d0 * (v0(i, j) + v0(i-1, j) + v0(i, j+1) + v0(i-1, j+1))
      speed = sqrt(u0(i, j) * u0(i, j) + vbar * vbar + ueps * ueps)
      g = gub(i, j)
      gub(i, j) = 0.0d0
      lapub(i, j) = ah * g
      speedb = -cdrag * u0(i, j) / hu * g
      hub = (cdrag * speed * u0(i, j) - taux(i, j) / rho0) / (hu * hu) * g &
          - g * 0.5d0 * (gp(i, j) - gp(i-1, j)) / dx
      ub(i, j) = ub(i, j) - (rdrag + cdrag * speed / hu) * g + speedb * u0(i, j) / speed
      sh(i, j) = 0.25d0 * speedb * vbar / speed
      gpub = -g * (hc0(i, j) - hc0(i-1, j)) / dx
      a = -g * gpu / dx
      hs(i, j) = a + 0.5d0 * hub
      hcb(i, j) = hcb(i, j) + hs(i, j)
      hs(i, j) = hs(i, j) - 2.0d0 * a
      a = -g * 0.5d0 * hu / dx
      gs(i, j) = a + 0.5d0 * gpub
      gpb(i, j) = gpb(i, j) + gs(i, j)
      gs(i, j) = gs(i, j) - 2.0d0 * a
    end do
  end do
  do j = 1, ny
    do i = 1, nx
      hcb(i-1, j) = hcb(i-1, j) + hs(i, j)
      gpb(i-1, j) = gpb(i-1, j) + gs(i, j)
    end do
    do i = 1, nx
      vb(i, j) = vb(i, j) + sh(i, j)
      vb(i, j+1) = vb(i, j+1) + sh(i, j)
    end do
    do i = 1, nx
      vb(i-1, j) = vb(i-1, j) + sh(i, j)
      vb(i-1, j+1) = vb(i-1, j+1) + sh(i, j)
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
