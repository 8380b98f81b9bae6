! main.f90 -- gfortran driver for the ice benchmark (not given to stad).
!
! Sets the friction field fric deterministically and runs bench_report (../timing.f90): the cost,
! the run time of 5 calls and central differences along a fixed direction for several step sizes
! (they should agree), then the derivative with respect to fric(20,10) alone.
!
!   gfortran -O2 -Wall ice.f90 ../timing.f90 main.f90 -o ice && ./ice

program ice_main
  use bench_timing
  use ice_params
  implicit none
  real(8) :: fric(nx, ny), dir(nx, ny)
  integer :: i, j
  external :: ice_cost

  do j = 1, ny
    do i = 1, nx
      fric(i, j) = 0.5d0 + 0.5d0 * (1.0d0 - sin(pi * (dble(j) - 0.5d0) / ny)) &
                 + 0.1d0 * cos(2.0d0 * pi * (dble(i) - 0.5d0) / nx) &
                 + 0.05d0 * sin(0.3d0 * i + 0.2d0 * j)
      dir(i, j) = cos(0.37d0 * i + 0.11d0 * j * j)
    end do
  end do
  call bench_report(ice_cost, 'ice', fric, dir, nx * ny, 5)
  call bench_point_fd(ice_cost, 'fric(20,10)', fric, nx * ny, 20 + (10 - 1) * nx)
end program ice_main
