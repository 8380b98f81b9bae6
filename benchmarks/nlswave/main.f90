! main.f90 -- gfortran driver for the nlswave benchmark (not given to stad), like ocean/main.f90:
! sets the input a0 deterministically (the same as driver_c.c), runs nls_cost, prints the cost, the
! run time of nrep repetitions (median and minimum, system_clock) and central differences of
! the cost along a fixed direction for several step sizes.
!
!   gfortran -O2 -Wall nlswave.f90 ../timing.f90 main.f90 -o nlswave && ./nlswave

program nlswave_main
  use bench_timing
  implicit none
  integer, parameter :: nx = 128, ny = 1, nrep = 5
  real(8) :: x(nx, ny), dir(nx, ny), xp(nx, ny), xm(nx, ny)
  real(8) :: cost, cp, cm, h, times(nrep), pi
  integer :: i, j, k

  pi = 3.141592653589793d0
  do j = 1, ny
    do i = 1, nx
      x(i, j) = exp(-((i - 52.0d0) / 10.0d0)**2) + 0.05d0 * cos(2 * pi * i / nx)
      dir(i, j) = cos(0.37d0 * i + 0.11d0 * j * j)
    end do
  end do

  call nls_cost(x, cost)
  call time_runs(x, nrep, times, cost)
  write(*, '(a, es24.16)') 'nlswave cost            ', cost
  call report_times(nrep, times)

  write(*, '(a)') 'directional central differences (should agree):'
  h = 1.0d-3
  do k = 1, 5
    xp = x + h * dir
    xm = x - h * dir
    call nls_cost(xp, cp)
    call nls_cost(xm, cm)
    write(*, '(a, es8.1, a, es24.16)') '  h = ', h, '  dJ = ', (cp - cm) / (2.0d0 * h)
    h = h / 10.0d0
  end do

contains

  subroutine time_runs(x, n, t, c)
    real(8), intent(in) :: x(nx, ny)
    integer, intent(in) :: n
    real(8), intent(out) :: t(n), c
    integer(8) :: c0, c1, rate
    integer :: r

    call system_clock(count_rate=rate)
    do r = 1, n
      call system_clock(c0)
      call nls_cost(x, c)
      call system_clock(c1)
      t(r) = dble(c1 - c0) / dble(rate)
    end do
  end subroutine time_runs

end program nlswave_main
