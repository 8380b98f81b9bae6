! main.f90 -- gfortran driver for the bgc benchmark (not given to stad).
!
! Sets the eight ecosystem rates and runs bench_report (../timing.f90): the cost, the run time of
! 5 calls and central differences along a fixed relative direction for several step sizes (they
! should agree), then the derivative with respect to each rate at h = 1e-6.
!
!   gfortran -O2 -Wall bgc.f90 ../timing.f90 main.f90 -o bgc && ./bgc

program bgc_main
  use bench_timing
  use bgc_params
  implicit none
  real(8) :: kpar(npar), dir(npar)
  character(8) :: label
  integer :: k, m
  external :: bgc_cost

  kpar(1) = 1.2d0
  kpar(2) = 0.6d0
  kpar(3) = 40.0d0
  kpar(4) = 0.9d0
  kpar(5) = 0.8d0
  kpar(6) = 0.05d0
  kpar(7) = 0.25d0
  kpar(8) = 0.1d0
  do m = 1, npar
    dir(m) = kpar(m) * cos(1.3d0 * m)
  end do
  call bench_report(bgc_cost, 'bgc', kpar, dir, npar, 5)
  do k = 1, npar
    write(label, '(a, i0, a)') 'kpar(', k, ')'
    call bench_point_fd(bgc_cost, trim(label), kpar, npar, k)
  end do
end program bgc_main
