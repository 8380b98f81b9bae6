! stad: --head 'run(f)/(x, c)' --set n=5
! Formatted output and files inside the differentiated call tree change no derivative: an init
! routine opens a log file and writes the parameters it sets; each time step logs active
! values with formats (arrays, implied DOs, FORMAT labels), its checkpointed call writes to the
! log and to unit 0 and flushes; the log is closed at the end. Derivative code does no I/O at
! all (ad/ad.c drop_io): a recomputed call writes nothing twice.
module io_state
  implicit none
  real(8) :: dt
  integer :: nsteps
end module io_state

subroutine init(n, c)
  use io_state
  implicit none
  integer :: n
  real(8) :: c(n)
  integer :: i
  dt = 0.1d0
  nsteps = 3
  open(unit=20, file='io_passive.log', status='replace', action='write')
  write(20, '(a, f6.3, a, i3)') 'dt =', dt, ' nsteps =', nsteps
  write(20, 100) (i, c(i), i = 1, n)
100 format (3(i3, ':', es12.4))
end subroutine init

subroutine stage(n, x, c, k)
  implicit none
  integer :: n, k
  real(8) :: x(n), c(n)
  integer :: i
  do i = 1, n
    x(i) = x(i) + 0.1d0 * sin(c(i) * x(i))
  end do
  write(20, '(a, i2, 5f10.5)') 'stage', k, x
  write(0, '(a, g14.6)') 'stage norm', sum(x**2)
  flush(20)
end subroutine stage

subroutine step(n, x, c, k)
  use io_state
  implicit none
  integer :: n, k
  real(8) :: x(n), c(n)
  x(1) = x(1) * (1d0 + dt)
  call stage(n, x, c, k)
  write(20, "('step', i3, ' x(1) =', f12.6)") k, x(1)
end subroutine step

subroutine run(n, x, c, f)
  use io_state
  implicit none
  integer :: n
  real(8) :: x(n), c(n), f
  integer :: k
  call init(n, c)
  do k = 1, nsteps
    call step(n, x, c, k)
  end do
  f = sum(x * c)
  write(20, '(a, es20.12)') 'f =', f
  close(20)
end subroutine run
