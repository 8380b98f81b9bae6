! main.f90 -- gfortran driver for the ice benchmark (not given to stad).
!
! Sets the friction field fric deterministically, runs ice_cost, prints the cost, the run
! time of nrep repetitions (median and minimum, system_clock) and a
! finite-difference sanity table: central differences of the cost along a
! fixed direction for several step sizes, which should agree to many digits.
!
!   gfortran -O2 -Wall ice.f90 ../timing.f90 main.f90 -o ice && ./ice

program ice_main
  use bench_timing
  use ice_params
  implicit none
  integer, parameter :: nrep = 5
  real(8) :: fric(nx, ny), dir(nx, ny), xp(nx, ny), xm(nx, ny)
  real(8) :: cost, cp, cm, h, times(nrep)
  integer :: i, j, k

  do j = 1, ny
    do i = 1, nx
      fric(i, j) = 0.5d0 + 0.5d0 * (1.0d0 - sin(pi * (dble(j) - 0.5d0) / ny)) &
                 + 0.1d0 * cos(2.0d0 * pi * (dble(i) - 0.5d0) / nx) &
                 + 0.05d0 * sin(0.3d0 * i + 0.2d0 * j)
      dir(i, j) = cos(0.37d0 * i + 0.11d0 * j * j)
    end do
  end do

  call ice_cost(fric, cost)
  call time_runs(fric, nrep, times, cost)
  write(*, '(a, es24.16)') 'ice cost              ', cost
  call report_times(nrep, times)

  write(*, '(a)') 'directional central differences (should agree):'
  h = 1.0d-3
  do k = 1, 5
    do j = 1, ny
      do i = 1, nx
        xp(i, j) = fric(i, j) + h * dir(i, j)
        xm(i, j) = fric(i, j) - h * dir(i, j)
      end do
    end do
    call ice_cost(xp, cp)
    call ice_cost(xm, cm)
    write(*, '(a, es8.1, a, es24.16)') '  h = ', h, '  dJ = ', (cp - cm) / (2.0d0 * h)
    h = h / 10.0d0
  end do
  h = 1.0d-6
  do j = 1, ny
    do i = 1, nx
      xp(i, j) = fric(i, j)
      xm(i, j) = fric(i, j)
    end do
  end do
  xp(20, 10) = xp(20, 10) + h
  xm(20, 10) = xm(20, 10) - h
  call ice_cost(xp, cp)
  call ice_cost(xm, cm)
  write(*, '(a, es24.16)') 'dJ/dfric(20,10), h=1e-6: ', (cp - cm) / (2.0d0 * h)

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
      call ice_cost(x, c)
      call system_clock(c1)
      t(r) = dble(c1 - c0) / dble(rate)
    end do
  end subroutine time_runs

end program ice_main
