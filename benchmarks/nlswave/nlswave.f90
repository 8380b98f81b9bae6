! nlswave.f90 -- stad benchmark model "nlswave": a complex-valued wave model.
!
! The 1-D nonlinear Schroedinger (Gross-Pitaevskii) equation on a periodic line,
!
!   i du/dt = -1/2 d2u/dx2 + V(x) u + g |u|^2 u,
!
! integrated by Strang splitting: half a step of the potential and the nonlinearity in
! physical space, u = exp(-i (V + g |u|^2) dt/2) u, a full kinetic step in spectral space,
! uhat = exp(-i k^2 dt / 2) uhat, with a discrete Fourier transform written as DOT_PRODUCTs
! with the COMPLEX(8) matrices of the transform (a spectral-like method without an FFT
! library), and the second potential half step. A weak absorbing layer at the ends damps the
! field (a complex potential). The state is COMPLEX(8) arrays in a module; the initial field is
! u0 = a0 exp(i k0 x) from a real amplitude a0(x).
!
! Heads:
!   nls_run(nt, a0, cost)  any number of steps: stad check --head 'nls_run(cost)/(a0)' --set nt=3
!   nls_cost(a0, cost)     the benchmark (nsteps = 200): run.sh, tune_bench.sh
! The cost (real): misfit of the final density |u|^2 to a target profile, plus the final energy
! (kinetic from the spectrum, potential and interaction).

module nls_params
  implicit none
  integer, parameter :: dp = kind(1.0d0)
  integer, parameter :: npts = 128
  integer, parameter :: nsteps = 200
  real(dp), parameter :: pi = 3.141592653589793_dp
  real(dp), parameter :: xlen = 40.0_dp
  real(dp), parameter :: dt = 0.02_dp
  real(dp), parameter :: gnl = 0.8_dp     ! interaction strength
  real(dp), parameter :: wtrap = 0.05_dp  ! harmonic trap frequency
  real(dp), parameter :: k0 = 0.6_dp      ! initial wave number
  real(dp), parameter :: absorb = 0.02_dp ! strength of the absorbing layer
end module nls_params

module nls_state
  use nls_params
  implicit none
  private
  public :: nls_init, nls_step, nls_energy, nls_misfit

  complex(dp), parameter :: iu = (0.0_dp, 1.0_dp)
  real(dp) :: x(npts), kw(npts), pot(npts), damp(npts)
  complex(dp) :: u(npts), uhat(npts)
  complex(dp) :: fwd(npts, npts), bwd(npts, npts) ! transform matrices (columns: one mode / point)
  complex(dp) :: kin(npts)                        ! exp(-i k^2 dt / 2)

contains

  ! nls_init: grid, wave numbers, potential, transform matrices, and the initial field.
  subroutine nls_init(a0)
    real(dp), intent(in) :: a0(npts)
    real(dp) :: dx, ang
    integer :: j, k

    dx = xlen / npts
    do j = 1, npts
      x(j) = (j - 1) * dx - 0.5_dp * xlen
      k = j - 1
      if (k > npts / 2) k = k - npts
      kw(j) = 2 * pi * k / xlen
    end do
    pot = 0.5_dp * wtrap**2 * x**2
    ! absorbing layer in the outer eighth on each side
    damp = absorb * max(0.0_dp, abs(x) / (0.5_dp * xlen) - 0.75_dp)**2 * 16
    kin = exp(-iu * 0.5_dp * kw**2 * dt)
    ! dot_product conjugates its first argument: fwd(:, k) holds exp(+i ...) so that
    ! dot_product(fwd(:, k), u) = sum_j exp(-2 pi i (j-1)(k-1)/n) u(j)
    do k = 1, npts
      do j = 1, npts
        ang = 2 * pi * (j - 1) * (k - 1) / npts
        fwd(j, k) = cmplx(cos(ang), sin(ang), kind=dp)
        bwd(j, k) = cmplx(cos(ang), -sin(ang), kind=dp) / npts
      end do
    end do
    u = a0 * exp(iu * k0 * x)
  end subroutine nls_init

  ! nls_step: one Strang-split step.
  subroutine nls_step()
    call potential_half()
    call kinetic()
    call potential_half()
  end subroutine nls_step

  ! potential_half: u = exp(-i (V + g|u|^2) dt/2 - gamma dt/2) u, pointwise.
  subroutine potential_half()
    real(dp) :: phase(npts)

    phase = (pot + gnl * (real(u)**2 + aimag(u)**2)) * 0.5_dp * dt
    u = exp(-iu * phase - damp * 0.5_dp * dt) * u
  end subroutine potential_half

  ! kinetic: transform, multiply by exp(-i k^2 dt/2), transform back.
  subroutine kinetic()
    call transform(u, uhat, fwd)
    uhat = kin * uhat
    call transform(uhat, u, bwd)
  end subroutine kinetic

  ! transform: b(k) = sum_j conjg(m(j, k)) a(j)
  subroutine transform(a, b, m)
    complex(dp), intent(in) :: a(npts)
    complex(dp), intent(out) :: b(npts)
    complex(dp), intent(in) :: m(npts, npts)
    integer :: k

    do k = 1, npts
      b(k) = dot_product(m(:, k), a)
    end do
  end subroutine transform

  ! nls_energy: kinetic (from the spectrum) + potential + interaction energy.
  subroutine nls_energy(e)
    real(dp), intent(out) :: e
    real(dp) :: dens(npts)

    call transform(u, uhat, fwd)
    dens = real(u)**2 + aimag(u)**2
    e = (xlen / npts) * (0.5_dp * sum(kw**2 * abs(uhat)**2) / npts &
                         + sum(pot * dens) + 0.5_dp * gnl * sum(dens**2))
  end subroutine nls_energy

  ! nls_misfit: squared misfit of the density to a target profile.
  subroutine nls_misfit(m)
    real(dp), intent(out) :: m
    real(dp) :: target(npts)

    target = 0.5_dp * exp(-(x - 3.0_dp)**2 / 8.0_dp)
    m = (xlen / npts) * sum((real(u * conjg(u)) - target)**2)
  end subroutine nls_misfit

end module nls_state

! nls_run: nt steps from u0 = a0 exp(i k0 x).
subroutine nls_run(nt, a0, cost)
  use nls_params
  use nls_state
  implicit none
  integer, intent(in) :: nt
  real(dp), intent(in) :: a0(npts)
  real(dp), intent(out) :: cost
  real(dp) :: e, m
  integer :: t

  call nls_init(a0)
  do t = 1, nt
    call nls_step()
  end do
  call nls_energy(e)
  call nls_misfit(m)
  cost = m + 0.1_dp * e
end subroutine nls_run

! nls_cost: the benchmark head.
subroutine nls_cost(a0, cost)
  use nls_params
  implicit none
  real(dp), intent(in) :: a0(npts)
  real(dp), intent(out) :: cost

  call nls_run(nsteps, a0, cost)
end subroutine nls_cost
