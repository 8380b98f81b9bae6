! main.f90 -- gfortran driver for the ocean benchmark (not given to stad).
!
! Sets theta0 deterministically and runs bench_report (../timing.f90): the cost, the run time of
! 5 calls and a finite-difference sanity table (central differences of the cost along a fixed
! direction for several step sizes, which should agree to many digits), then the derivative
! with respect to theta0(20,30) alone.
!
!   gfortran -O2 -Wall ocean.f90 ../timing.f90 main.f90 -o ocean && ./ocean

program ocean_main
  use bench_timing
  use ocean_params
  implicit none
  real(8) :: theta0(nx, ny), dir(nx, ny)
  integer :: i, j
  external :: ocean_cost

  do j = 1, ny
    do i = 1, nx
      theta0(i, j) = 12.0d0 + 4.0d0 * cos(2.0d0 * pi * (dble(j) - 0.5d0) / ny) &
                   + 1.5d0 * sin(2.0d0 * pi * (dble(i) - 0.5d0) / nx) &
                   * sin(4.0d0 * pi * (dble(j) - 0.5d0) / ny)
      dir(i, j) = cos(0.37d0 * i + 0.11d0 * j * j)
    end do
  end do
  call bench_report(ocean_cost, 'ocean', theta0, dir, nx * ny, 5)
  call bench_point_fd(ocean_cost, 'theta0(20,30)', theta0, nx * ny, 20 + (30 - 1) * nx)
end program ocean_main
