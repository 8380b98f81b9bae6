! main.f90 -- gfortran driver for the bgc benchmark (not given to stad).
!
! Sets the eight ecosystem rates, runs bgc_cost, prints the cost, the run
! time of nrep repetitions (median and minimum, system_clock) and a
! finite-difference sanity table: central differences of the cost along a
! fixed relative direction for several step sizes (they should agree), and
! the derivative with respect to each rate at h = 1e-6.
!
!   gfortran -O2 -Wall bgc.f90 ../timing.f90 main.f90 -o bgc && ./bgc

program bgc_main
  use bench_timing
  use bgc_params
  implicit none
  integer, parameter :: nrep = 5
  real(8) :: kpar(npar), dir(npar), xp(npar), xm(npar)
  real(8) :: cost, cp, cm, h, times(nrep)
  integer :: k, m

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

  call bgc_cost(kpar, cost)
  call time_runs(kpar, nrep, times, cost)
  write(*, '(a, es24.16)') 'bgc cost              ', cost
  call report_times(nrep, times)

  write(*, '(a)') 'directional central differences (should agree):'
  h = 1.0d-3
  do k = 1, 5
    do m = 1, npar
      xp(m) = kpar(m) + h * dir(m)
      xm(m) = kpar(m) - h * dir(m)
    end do
    call bgc_cost(xp, cp)
    call bgc_cost(xm, cm)
    write(*, '(a, es8.1, a, es24.16)') '  h = ', h, '  dJ = ', (cp - cm) / (2.0d0 * h)
    h = h / 10.0d0
  end do
  h = 1.0d-6
  do k = 1, npar
    do m = 1, npar
      xp(m) = kpar(m)
      xm(m) = kpar(m)
    end do
    xp(k) = xp(k) + h
    xm(k) = xm(k) - h
    call bgc_cost(xp, cp)
    call bgc_cost(xm, cm)
    write(*, '(a, i0, a, es24.16)') 'dJ/dkpar(', k, '), h=1e-6: ', (cp - cm) / (2.0d0 * h)
  end do

contains

  subroutine time_runs(x, n, t, c)
    real(8), intent(in) :: x(npar)
    integer, intent(in) :: n
    real(8), intent(out) :: t(n), c
    integer(8) :: c0, c1, rate
    integer :: r

    call system_clock(count_rate=rate)
    do r = 1, n
      call system_clock(c0)
      call bgc_cost(x, c)
      call system_clock(c1)
      t(r) = dble(c1 - c0) / dble(rate)
    end do
  end subroutine time_runs

end program bgc_main
