! stad: --head 'lm_cost(cost)/(t0, kap)' -DLM_ALLOW_REACTION -DLM_ALLOW_RELAX --lib ../../tests/ad/external/blas_fortran.lib --link ../../tests/ad/external/blas.f
! lmodel.F90 -- a preprocessed F90 model: 2-D tracer on an LM_NX x LM_NY periodic grid, LM_NT
! explicit time steps. Sizes come from lm_size.h and physics options from lm_options.h
! (#include, #ifdef; -D on the command line switches the optional packages on). The state is
! PRIVATE to module lm_state; the update of the state and the cost go through the reference
! BLAS DAXPY and DDOT, routines stad does not see: they are declared in a --lib file and their
! hand-written tangents and adjoints are given with --link (tests/ad/external/blas.f).
! Head: lm_cost(cost)/(t0, kap); sizes by -DLM_NX=.. -DLM_NY=.. -DLM_NT=...
#include "lm_size.h"
#include "lm_options.h"

module lm_state
  implicit none
  private
  public :: nx, ny, nt, lm_init, lm_step, lm_cost_term
  integer, parameter :: nx = LM_NX, ny = LM_NY, nt = LM_NT
  real(8), parameter :: dt = 0.05d0
  real(8) :: t(nx, ny), tend(nx, ny), tref(nx, ny)
  real(8) :: kdiff
contains

  subroutine lm_init(t0, kap)
    real(8), intent(in) :: t0(nx, ny), kap
    integer :: i, j
    do j = 1, ny
      do i = 1, nx
        t(i, j) = t0(i, j)
        tref(i, j) = 0.5d0 + 0.1d0 * sin(0.7d0 * i) * cos(0.3d0 * j)
      end do
    end do
    kdiff = kap
  end subroutine lm_init

  subroutine lm_tendency()
    integer :: i, j, ip, im, jp, jm
    do j = 1, ny
      do i = 1, nx
        tend(i, j) = 0.0d0
      end do
    end do
#ifdef LM_ALLOW_DIFFUSION
    do j = 1, ny
      jp = mod(j, ny) + 1
      jm = mod(j + ny - 2, ny) + 1
      do i = 1, nx
        ip = mod(i, nx) + 1
        im = mod(i + nx - 2, nx) + 1
        tend(i, j) = kdiff * (t(ip, j) + t(im, j) + t(i, jp) + t(i, jm) - 4.0d0 * t(i, j))
      end do
    end do
#endif
#ifdef LM_ALLOW_REACTION
    do j = 1, ny
      do i = 1, nx
        tend(i, j) = tend(i, j) - 0.3d0 * t(i, j)**3
      end do
    end do
#endif
#ifdef LM_ALLOW_RELAX
    do j = 1, ny
      do i = 1, nx
        tend(i, j) = tend(i, j) + 0.2d0 * (tref(i, j) - t(i, j))
      end do
    end do
#endif
  end subroutine lm_tendency

  subroutine lm_step()
    external daxpy
    call lm_tendency()
    ! t = t + dt * tend, on the whole field (storage association with the BLAS dx(*), dy(*))
    call daxpy(nx * ny, dt, tend, 1, t, 1)
  end subroutine lm_step

  function lm_cost_term() result(c)
    real(8) :: c
    double precision :: ddot
    external ddot
    ! the misfit to tref (without its constant |tref|**2), and a strided sample of t*tref
    c = ddot(nx * ny, t, 1, t, 1) - 2.0d0 * ddot(nx * ny, t, 1, tref, 1) &
      + ddot(nx, t(1, 1), ny, tref(1, 1), ny)
  end function lm_cost_term
end module lm_state

subroutine lm_cost(t0, kap, cost)
  use lm_state, only: nx, ny, nt, lm_init, lm_step, lm_cost_term
  implicit none
  real(8), intent(in) :: t0(nx, ny), kap
  real(8), intent(out) :: cost
  integer :: n
  call lm_init(t0, kap)
  do n = 1, nt
    call lm_step()
  end do
  cost = lm_cost_term()
end subroutine lm_cost
