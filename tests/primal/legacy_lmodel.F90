! flags: -I../../benchmarks/legacy -DLM_ALLOW_REACTION -DLM_ALLOW_RELAX
! The preprocessed F90 model benchmarks/legacy/lmodel.F90 (#included, with its size and option
! headers) run as a program: the cost for two diffusivities. The model calls DAXPY and DDOT;
! here they have source (free form, unit increments or positive ones), so stad translates them
! like any routine (the AD test gives them through --lib and --link instead).
#include "lmodel.F90"

program leglm
  use lm_state, only: nx, ny
  implicit none
  real(8) :: t0(nx, ny), cost
  integer :: i, j
  do j = 1, ny
    do i = 1, nx
      t0(i, j) = 0.5d0 + 0.3d0 * exp(-((i - 3.0d0)**2 + (j - 2.0d0)**2) / 5.0d0)
    end do
  end do
  call lm_cost(t0, 0.2d0, cost)
  print *, 'cost', cost
  call lm_cost(t0, 0.05d0, cost)
  print *, 'cost', cost
end program leglm

subroutine daxpy(n, da, dx, incx, dy, incy)
  implicit none
  integer :: n, incx, incy, i
  double precision :: da, dx(*), dy(*)
  do i = 0, n - 1
    dy(1 + i * incy) = dy(1 + i * incy) + da * dx(1 + i * incx)
  end do
end subroutine daxpy

double precision function ddot(n, dx, incx, dy, incy)
  implicit none
  integer :: n, incx, incy, i
  double precision :: dx(*), dy(*)
  ddot = 0.0d0
  do i = 0, n - 1
    ddot = ddot + dx(1 + i * incx) * dy(1 + i * incy)
  end do
end function ddot
