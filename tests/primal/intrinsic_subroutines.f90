! CPU_TIME, SYSTEM_CLOCK, DATE_AND_TIME(values=), RANDOM_NUMBER and RANDOM_SEED: stad's generator is
! not gfortran's, so only properties are printed (ranges, PUT of GET repeats a draw, SIZE 8).
program p
  implicit none
  integer :: n, c, r, m, i, seed(8), got(8), v(8)
  integer(8) :: c8, r8
  real :: t0, t1, x, xs(5)
  double precision :: d, ds(3,2)
  call random_seed(size=n)
  print *, n
  seed = (/ (i*7, i = 1, 8) /)
  call random_seed(put=seed)
  call random_number(x)
  call random_number(d)
  call random_number(xs)
  call random_number(ds)
  print *, x >= 0.0 .and. x < 1.0, d >= 0d0 .and. d < 1d0
  print *, all(xs >= 0.0 .and. xs < 1.0), all(ds >= 0d0 .and. ds < 1d0), count(xs /= xs(1))
  call random_seed(get=got)
  call random_number(x)
  call random_seed(put=got)
  call random_number(t1)
  print *, x == t1
  call random_seed()
  call cpu_time(t0)
  call system_clock(c, r, m)
  call system_clock(count=c8, count_rate=r8)
  print *, r, m, r8, c >= 0, c8 >= 0
  call cpu_time(t1)
  print *, t1 >= t0
  call date_and_time(values=v)
  print *, v(1) > 2000, v(2) >= 1 .and. v(2) <= 12
end program
