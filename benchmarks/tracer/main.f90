! main.f90 -- gfortran driver for the tracer benchmark (not given to stad): sets the input c0
! deterministically (the same as driver_c.c) and runs bench_report (../timing.f90): the cost, the
! run time of 5 calls and central differences along a fixed direction.
!
!   gfortran -O2 -Wall tracer.f90 ../timing.f90 main.f90 -o tracer && ./tracer

program tracer_main
  use bench_timing
  implicit none
  integer, parameter :: nx = 64, ny = 64
  real(8) :: x(nx, ny), dir(nx, ny), pi
  integer :: i, j
  external :: tracer_cost

  pi = 3.141592653589793d0
  do j = 1, ny
    do i = 1, nx
      x(i, j) = 1.0d0 + 0.8d0 * exp(-((i - 22.0d0)**2 + (j - 32.0d0)**2) / 40.0d0) + 0.1d0 * sin(2 * pi * j / ny)
      dir(i, j) = cos(0.37d0 * i + 0.11d0 * j * j)
    end do
  end do
  call bench_report(tracer_cost, 'tracer', x, dir, nx * ny, 5)
end program tracer_main
