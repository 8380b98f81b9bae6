! main.f90 -- gfortran driver for the nlswave benchmark (not given to stad): sets the input a0
! deterministically (the same as driver_c.c) and runs bench_report (../timing.f90): the cost, the
! run time of 5 calls and central differences along a fixed direction.
!
!   gfortran -O2 -Wall nlswave.f90 ../timing.f90 main.f90 -o nlswave && ./nlswave

program nlswave_main
  use bench_timing
  implicit none
  integer, parameter :: nx = 128, ny = 1
  real(8) :: x(nx, ny), dir(nx, ny), pi
  integer :: i, j
  external :: nls_cost

  pi = 3.141592653589793d0
  do j = 1, ny
    do i = 1, nx
      x(i, j) = exp(-((i - 52.0d0) / 10.0d0)**2) + 0.05d0 * cos(2 * pi * i / nx)
      dir(i, j) = cos(0.37d0 * i + 0.11d0 * j * j)
    end do
  end do
  call bench_report(nls_cost, 'nlswave', x, dir, nx * ny, 5)
end program nlswave_main
