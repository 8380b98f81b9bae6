! stad: --head 'model(f)/(x)' --set n=6
! Timers and random numbers are passive: the numbers drawn are constants of the derivative (an
! active variable overwritten by RANDOM_NUMBER has derivative zero after it). perturb draws, so
! its call sites are forced off (a re-run would draw other numbers); step does not and stays on.
! An internal WRITE builds a file name that only I/O uses (dropped from derivative code).
module state
  implicit none
  double precision :: noise(20), elapsed
end module state

subroutine perturb(n, x, y)
  use state
  implicit none
  integer n, i
  double precision x(n), y(n), r
  call random_number(noise(1:n))
  do i = 1, n
    call random_number(r)
    y(i) = x(i) * (1d0 + 0.1d0 * noise(i)) + sin(x(i)) * r
  end do
end subroutine perturb

subroutine step(n, y)
  implicit none
  integer n, i
  double precision y(n)
  do i = 2, n
    y(i) = y(i) + 0.25d0 * y(i - 1)**2
  end do
end subroutine step

subroutine model(n, x, f)
  use state
  implicit none
  integer n, i, k, seed(8), c0, c1, rate
  double precision x(n), f, y(20), z(20), w(20), t0, t1, h
  real s4
  character(len=16) :: fname
  seed = (/ (17 * i + 3, i = 1, 8) /)
  call random_seed(put=seed)
  call cpu_time(t0)
  call system_clock(c0, rate)
  y(1:n) = x
  h = x(1)**2
  call random_number(h)
  w(1:n) = x * x(2)
  call random_number(w(1:n:2))
  call random_number(s4)
  do k = 1, 3
    call perturb(n, y, z)
    call step(n, z)
    y(1:n) = z(1:n)
  end do
  call cpu_time(t1)
  call system_clock(c1)
  elapsed = t1 - t0 + (c1 - c0) / dble(max(rate, 1))
  write(fname, '(a,i2.2,a)') 'timing', n, '.txt'
  open(11, file=fname, status='replace')
  write(11, '(a,es12.4)') trim(fname), elapsed
  close(11)
  f = sum(y(1:n)**2) * h + sum(w(1:n) * x) + s4 * x(3)
end subroutine model
