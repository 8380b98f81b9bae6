! ice.f90 -- stad benchmark model "ice".
!
! An ice stream in nondimensional units, in the style of the ice-sheet
! packages of a general circulation model: a scalar along-flow velocity u
! on a 64 x 32 grid of cells (x along flow, y across) obeys a shallow-shelf
! balance with a nonlinear (Glen, n = 3) viscosity and linear sliding:
!
!   -d/dx(2 nu H du/dx) - d/dy(nu H du/dy) + beta^2 u = -gdrive H ds/dx
!   nu = 0.5 B (eps^2 + eps0^2)^(-1/3),  eps^2 = (du/dx)^2 + (du/dy)^2/4
!
! with u = 0 at the ice divide (x = 0) and at the two shear margins, and no
! viscous flux through the front.  Each time step solves for u with a fixed
! number of Picard iterations (npicard = 5: viscosity frozen, then a
! Jacobi-preconditioned conjugate-gradient solve of the linear system, warm
! started, as a DO WHILE that stops when r.z has dropped by cgtol = 1e-16 or
! after maxcg = 200 iterations; about 100 to 155 per solve), then updates the
! thickness H with upwind fluxes and a uniform accumulation.
!
! Why a tolerance and not a short fixed count: a conjugate-gradient solve cut
! off after, say, 30 iterations, far from convergence, makes the cost a rough
! function of the inputs (its Krylov polynomial adapts to the right-hand
! side), and central differences at h = 1e-6 then disagree with each other in
! the fourth digit.  Converged solves keep the cost smooth to ~1e-8.
!
! The head routine ice_cost(fric, cost) takes the basal friction field
! (beta = fric, interior cells) and returns a velocity and thickness misfit:
!
!   stad diff ice.f90 --head 'ice_cost(cost)/(fric)'
!
! The model stays inside the Fortran subset of DESIGN.md section 2.

module ice_params
  implicit none
  integer, parameter :: nx = 64
  integer, parameter :: ny = 32
  integer, parameter :: nt = 10
  integer, parameter :: npicard = 5
  integer, parameter :: maxcg = 200
  real(8), parameter :: dx = 1.0d0
  real(8), parameter :: dy = 1.0d0
  real(8), parameter :: dt = 0.2d0
  real(8), parameter :: pi = 3.141592653589793d0
  real(8), parameter :: bglen = 2.0d0
  real(8), parameter :: pvisc = -1.0d0 / 3.0d0
  real(8), parameter :: eps0 = 1.0d-2
  real(8), parameter :: gdrive = 15.0d0
  real(8), parameter :: bslope = 0.02d0
  real(8), parameter :: acc = 0.05d0
  real(8), parameter :: cgtol = 1.0d-16
  real(8), parameter :: wthk = 10.0d0
end module ice_params

module ice_state
  use ice_params
  implicit none
  real(8) :: vel(0:nx+1, 0:ny+1)
  real(8) :: thk(0:nx+1, 0:ny+1)
  real(8) :: bed(0:nx+1, 0:ny+1)
  real(8) :: bsq(0:nx+1, 0:ny+1)
  real(8) :: nuh(0:nx+1, 0:ny+1)
  real(8) :: cx(0:nx+1, 0:ny+1)
  real(8) :: cy(0:nx+1, 0:ny+1)
  real(8) :: diag(0:nx+1, 0:ny+1)
  real(8) :: rhs(0:nx+1, 0:ny+1)
  real(8) :: uobs(0:nx+1, 0:ny+1)
  real(8) :: hobs(0:nx+1, 0:ny+1)
end module ice_state

! Work vectors of the conjugate-gradient solver.
module cg_work
  use ice_params
  implicit none
  real(8) :: res(0:nx+1, 0:ny+1)
  real(8) :: zvec(0:nx+1, 0:ny+1)
  real(8) :: pdir(0:nx+1, 0:ny+1)
  real(8) :: apv(0:nx+1, 0:ny+1)
end module cg_work

! ---------------------------------------------------------------- head

subroutine ice_cost(fric, cost)
  use ice_params
  implicit none
  real(8), intent(in) :: fric(nx, ny)
  real(8), intent(out) :: cost
  integer :: it

  call init_ice(fric)
  do it = 1, nt
    call ice_step()
  end do
  call ice_misfit(cost)
end subroutine ice_cost

! Geometry, friction, observations; every module variable is set, so the
! head can be run again and again.
subroutine init_ice(fric)
  use ice_state
  use cg_work
  implicit none
  real(8), intent(in) :: fric(nx, ny)
  integer :: i, j
  real(8) :: xc, yc

  do j = 0, ny+1
    do i = 0, nx+1
      xc = (dble(i) - 0.5d0) * dx
      yc = (dble(j) - 0.5d0) * dy
      bed(i, j) = -bslope * xc
      thk(i, j) = 1.0d0 + 0.5d0 * (1.0d0 - xc / (nx * dx)) &
                + 0.1d0 * cos(pi * (yc - 0.5d0 * ny * dy) / (ny * dy))
      vel(i, j) = 0.0d0
      bsq(i, j) = 1.0d0
      nuh(i, j) = 0.0d0
      cx(i, j) = 0.0d0
      cy(i, j) = 0.0d0
      diag(i, j) = 1.0d0
      rhs(i, j) = 0.0d0
      uobs(i, j) = 1.5d0 * sin(pi * yc / (ny * dy)) &
                 * (0.3d0 + 0.7d0 * xc / (nx * dx))
      hobs(i, j) = 1.0d0 + 0.4d0 * (1.0d0 - xc / (nx * dx))
      res(i, j) = 0.0d0
      zvec(i, j) = 0.0d0
      pdir(i, j) = 0.0d0
      apv(i, j) = 0.0d0
    end do
  end do
  do j = 1, ny
    do i = 1, nx
      bsq(i, j) = fric(i, j) * fric(i, j)
    end do
  end do
end subroutine init_ice

! ---------------------------------------------------------- one step

subroutine ice_step()
  implicit none

  call velocity_solve()
  call thickness_update()
end subroutine ice_step

! Picard iterations: freeze the viscosity, solve the linear system.
subroutine velocity_solve()
  use ice_params
  implicit none
  integer :: k

  call driving_stress()
  do k = 1, npicard
    call effective_visc()
    call assemble()
    call cg_solve()
    call halo_vel()
  end do
end subroutine velocity_solve

! rhs = -gdrive H ds/dx (cell area one), centred surface slope.
subroutine driving_stress()
  use ice_state
  implicit none
  integer :: i, j
  real(8) :: sw, se

  do j = 1, ny
    do i = 1, nx
      sw = bed(i-1, j) + thk(i-1, j)
      se = bed(i+1, j) + thk(i+1, j)
      rhs(i, j) = -gdrive * thk(i, j) * (se - sw) / (2.0d0 * dx) * dx * dy
    end do
  end do
end subroutine driving_stress

! nu * H at cell centres from the current velocity.
subroutine effective_visc()
  use ice_state
  implicit none
  integer :: i, j
  real(8) :: dudx, dudy, eps2

  do j = 1, ny
    do i = 1, nx
      dudx = (vel(i+1, j) - vel(i-1, j)) / (2.0d0 * dx)
      dudy = (vel(i, j+1) - vel(i, j-1)) / (2.0d0 * dy)
      eps2 = dudx * dudx + 0.25d0 * dudy * dudy + eps0 * eps0
      nuh(i, j) = 0.5d0 * bglen * eps2**pvisc * thk(i, j)
    end do
  end do
  call halo_copy(nuh)
end subroutine effective_visc

! Face coefficients and diagonal of the symmetric positive definite matrix.
subroutine assemble()
  use ice_state
  implicit none
  integer :: i, j

  do j = 1, ny
    do i = 1, nx+1
      cx(i, j) = 2.0d0 * 0.5d0 * (nuh(i-1, j) + nuh(i, j)) * dy / dx
    end do
    cx(nx+1, j) = 0.0d0
  end do
  do j = 1, ny+1
    do i = 1, nx
      cy(i, j) = 0.5d0 * (nuh(i, j-1) + nuh(i, j)) * dx / dy
    end do
  end do
  do j = 1, ny
    do i = 1, nx
      diag(i, j) = cx(i, j) + cx(i+1, j) + cy(i, j) + cy(i, j+1) &
                 + bsq(i, j) * dx * dy
    end do
  end do
end subroutine assemble

! Preconditioned conjugate gradients for A vel = rhs, warm started.
subroutine cg_solve()
  use ice_state
  use cg_work
  implicit none
  real(8) :: rz, rz0, rznew, pap, alpha, beta
  integer :: i, j, k

  call zero_halo(pdir)
  call matvec(vel, apv)
  do j = 1, ny
    do i = 1, nx
      res(i, j) = rhs(i, j) - apv(i, j)
    end do
  end do
  call precond(res, zvec)
  call copy_vec(zvec, pdir)
  call dot_prod(res, zvec, rz)
  rz0 = rz
  k = 0
  do while (k < maxcg .and. rz > cgtol * rz0)
    call matvec(pdir, apv)
    call dot_prod(pdir, apv, pap)
    alpha = rz / pap
    call cg_update(alpha)
    call precond(res, zvec)
    call dot_prod(res, zvec, rznew)
    beta = rznew / rz
    call new_direction(beta)
    rz = rznew
    k = k + 1
  end do
end subroutine cg_solve

! y = A x; x must be zero on the Dirichlet halo.
subroutine matvec(x, y)
  use ice_state
  implicit none
  real(8), intent(in) :: x(0:nx+1, 0:ny+1)
  real(8), intent(inout) :: y(0:nx+1, 0:ny+1)
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      y(i, j) = diag(i, j) * x(i, j) &
              - cx(i+1, j) * x(i+1, j) - cx(i, j) * x(i-1, j) &
              - cy(i, j+1) * x(i, j+1) - cy(i, j) * x(i, j-1)
    end do
  end do
end subroutine matvec

! Jacobi preconditioner z = r / diag.
subroutine precond(r, z)
  use ice_state
  implicit none
  real(8), intent(in) :: r(0:nx+1, 0:ny+1)
  real(8), intent(inout) :: z(0:nx+1, 0:ny+1)
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      z(i, j) = r(i, j) / diag(i, j)
    end do
  end do
end subroutine precond

subroutine dot_prod(a, b, s)
  use ice_params
  implicit none
  real(8), intent(in) :: a(0:nx+1, 0:ny+1), b(0:nx+1, 0:ny+1)
  real(8), intent(out) :: s
  integer :: i, j

  s = 0.0d0
  do j = 1, ny
    do i = 1, nx
      s = s + a(i, j) * b(i, j)
    end do
  end do
end subroutine dot_prod

subroutine copy_vec(a, b)
  use ice_params
  implicit none
  real(8), intent(in) :: a(0:nx+1, 0:ny+1)
  real(8), intent(inout) :: b(0:nx+1, 0:ny+1)
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      b(i, j) = a(i, j)
    end do
  end do
end subroutine copy_vec

! vel += alpha p,  r -= alpha A p.
subroutine cg_update(alpha)
  use ice_state
  use cg_work
  implicit none
  real(8), intent(in) :: alpha
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      vel(i, j) = vel(i, j) + alpha * pdir(i, j)
      res(i, j) = res(i, j) - alpha * apv(i, j)
    end do
  end do
end subroutine cg_update

! p = z + beta p.
subroutine new_direction(beta)
  use cg_work
  implicit none
  real(8), intent(in) :: beta
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      pdir(i, j) = zvec(i, j) + beta * pdir(i, j)
    end do
  end do
end subroutine new_direction

! ---------------------------------------------------------- thickness

! dH/dt = acc - d(uH)/dx, upwind for a flow toward +x; u = 0 at the divide,
! the front face carries the last cell's velocity.
subroutine thickness_update()
  use ice_state
  implicit none
  real(8) :: fw, fe, uw, ue
  integer :: i, j

  do j = 1, ny
    do i = 1, nx
      if (i == 1) then
        uw = 0.0d0
      else
        uw = 0.5d0 * (vel(i-1, j) + vel(i, j))
      end if
      if (i == nx) then
        ue = vel(i, j)
      else
        ue = 0.5d0 * (vel(i, j) + vel(i+1, j))
      end if
      fw = uw * thk(i-1, j) * dy
      fe = ue * thk(i, j) * dy
      thk(i, j) = thk(i, j) + dt * (acc - (fe - fw) / (dx * dy))
    end do
  end do
  call halo_copy(thk)
end subroutine thickness_update

! ---------------------------------------------------------- halos

! Zero-gradient halo (for thickness and viscosity).
subroutine halo_copy(q)
  use ice_params
  implicit none
  real(8), intent(inout) :: q(0:nx+1, 0:ny+1)
  integer :: i, j

  do j = 1, ny
    q(0, j) = q(1, j)
    q(nx+1, j) = q(nx, j)
  end do
  do i = 0, nx+1
    q(i, 0) = q(i, 1)
    q(i, ny+1) = q(i, ny)
  end do
end subroutine halo_copy

! Zero halo (Dirichlet vectors of the solver).
subroutine zero_halo(q)
  use ice_params
  implicit none
  real(8), intent(inout) :: q(0:nx+1, 0:ny+1)
  integer :: i, j

  do j = 0, ny+1
    q(0, j) = 0.0d0
    q(nx+1, j) = 0.0d0
  end do
  do i = 0, nx+1
    q(i, 0) = 0.0d0
    q(i, ny+1) = 0.0d0
  end do
end subroutine zero_halo

! Velocity halo: zero at the divide and the margins, copied at the front.
subroutine halo_vel()
  use ice_state
  implicit none

  call zero_halo(vel)
  call front_copy(vel)
end subroutine halo_vel

subroutine front_copy(q)
  use ice_params
  implicit none
  real(8), intent(inout) :: q(0:nx+1, 0:ny+1)
  integer :: j

  do j = 1, ny
    q(nx+1, j) = q(nx, j)
  end do
end subroutine front_copy

! ---------------------------------------------------------- cost

subroutine ice_misfit(cost)
  use ice_state
  implicit none
  real(8), intent(out) :: cost
  integer :: i, j

  cost = 0.0d0
  do j = 1, ny
    do i = 1, nx
      cost = cost + 0.5d0 * (vel(i, j) - uobs(i, j))**2 &
           + 0.5d0 * wthk * (thk(i, j) - hobs(i, j))**2
    end do
  end do
  cost = cost / dble(nx * ny)
end subroutine ice_misfit
