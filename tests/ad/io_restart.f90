! stad: --head 'model(f)/(x)' --set n=5 --data=io_restart.bin
! A model's start from a restart file: init opens it with NEWUNIT= and IOSTAT= (form='unformatted',
! gfortran's records: tests/ad/io_restart.bin was written by gfortran) and reads the step count,
! the time step, a CHARACTER scheme switch, a weight field and a REAL(4) factor; a parameter file
! that does not exist falls back to defaults through IOSTAT= (2) and ERR=; every step writes a
! log with IOSTAT= and an unformatted snapshot (dropped in derivative code). What is read is a
! constant of the derivative; init's call site is forced off (it opens a file with IOSTAT=),
! step's stay checkpointable.
module state
  implicit none
  double precision :: dt, w(5), relax
  integer :: nsteps
  character(len=2) :: scheme
end module state

subroutine init(n)
  use state
  implicit none
  integer n, u, ios
  real r4
  open(newunit=u, file='io_restart.bin', form='unformatted', status='old', action='read', iostat=ios)
  nsteps = 0
  if (ios /= 0) return
  read(u) nsteps, dt, scheme
  w = 0d0
  read(u) w(1:n)
  read(u, iostat=ios) r4
  if (ios /= 0) r4 = 1.0
  relax = r4
  close(u)
  open(newunit=u, file='io_restart_params.txt', status='old', iostat=ios, err=10)
  read(u, *) relax
  close(u)
10 if (ios /= 0) relax = relax * 1.5d0
end subroutine init

subroutine step(n, y, k)
  use state
  implicit none
  integer n, k, i, ios, u
  double precision y(n), z(n)
  do i = 1, n
    if (scheme == 'rk') then
      z(i) = y(i) + dt * w(i) * sin(y(i)) * relax
    else
      z(i) = y(i) - dt * y(i)**2
    end if
  end do
  y = z
  write(*, '(a, i3, es12.4)', iostat=ios) 'step', k, y(1)
  open(newunit=u, file='io_restart_snap.bin', form='unformatted', status='replace')
  write(u) k, y
  close(u)
end subroutine step

subroutine model(n, x, f)
  use state
  implicit none
  integer n, k
  double precision x(n), f, y(n)
  call init(n)
  y = x
  do k = 1, nsteps
    call step(n, y, k)
  end do
  f = sum(y**2) + y(1) * y(n)
end subroutine model
