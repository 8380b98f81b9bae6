! main.f90 -- gfortran driver for the swtype benchmark (not given to stad): sets the input h0
! deterministically (the same as driver_c.c) and runs bench_report (../timing.f90): the cost, the
! run time of 5 calls and central differences along a fixed direction.
!
!   gfortran -O2 -Wall swtype.f90 ../timing.f90 main.f90 -o swtype && ./swtype

program swtype_main
  use bench_timing
  implicit none
  integer, parameter :: nx = 48, ny = 40
  real(8) :: x(nx, ny), dir(nx, ny), pi
  integer :: i, j
  external :: sw_cost

  pi = 3.141592653589793d0
  do j = 1, ny
    do i = 1, nx
      x(i, j) = 400.0d0 + 5.0d0 * exp(-((i - 20.0d0)**2 + (j - 22.0d0)**2) / 40.0d0)
      dir(i, j) = cos(0.37d0 * i + 0.11d0 * j * j)
    end do
  end do
  call bench_report(sw_cost, 'swtype', x, dir, nx * ny, 5)
end program swtype_main
