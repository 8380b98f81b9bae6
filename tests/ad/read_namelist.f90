! stad: --head 'model(f)/(x)' --set n=4 --data=read_namelist.nml
! NAMELIST input in differentiated code: setup reads passive parameters (a group written by
! hand: a section of an array with a repeat count, a comment, a string, an object left out that
! keeps its value), and a second group overwrites two active elements (their derivative is zero
! after it). Derivative code reads the same groups in the same order; setup's call site is
! forced off (a re-run would read again).
module params
  implicit none
  double precision :: alpha, scale(3)
  integer :: nsteps
  character(len=8) :: mode
  namelist /modelpar/ alpha, scale, nsteps, mode
end module params

subroutine setup
  use params
  implicit none
  scale = 1d0
  mode = 'slow'
  open(31, file='read_namelist.nml', status='old', action='read')
  read(31, nml=modelpar)
  close(31)
end subroutine setup

subroutine model(n, x, f)
  use params
  implicit none
  integer n, k
  double precision x(n), f, y(n), x0(2)
  namelist /start/ x0
  call setup
  y = x
  x0 = y(1:2)
  open(32, file='read_namelist.nml', status='old', action='read')
  read(32, start)
  close(32)
  y(1:2) = y(1:2) + x0
  f = 0
  do k = 1, nsteps
    y(2:n) = y(2:n) + alpha * scale(mod(k, 3) + 1) * sin(y(1:n-1))
  end do
  if (mode == 'fast') f = f + y(n)**2
  f = f + sum(y * x)
end subroutine model
