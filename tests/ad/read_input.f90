! stad: --head 'model(f)/(x)' --set n=5 --data=read_input.dat
! READ in differentiated code: init reads parameters from a file (list-directed and formatted,
! END= for an optional record), sumfile reads values until the end of the file (IOSTAT=) into a
! passive local that weights active terms, and an internal READ overwrites an active element
! (derivative zero after it); INQUIRE (exist=, opened=) chooses terms, also about a file the
! primal writes (derivative code does not write it, and answers as the primal); BACKSPACE over
! the last records after the end of the file, non-advancing READs (SIZE=, EOR=), one into an
! active element, IOMSG= choosing a term. What is read is a constant of the derivative; derivative code
! reads the same values in the same order (its OPEN, READ, CLOSE kept), and the call sites of
! init and sumfile are forced off (a re-run would read again), step's stay checkpointable.
module params
  implicit none
  double precision :: alpha, beta, coef(6)
  integer :: nsteps, nvals
end module params

subroutine init(ncoef)
  use params
  implicit none
  integer ncoef
  open(21, file='read_input.dat', status='old', action='read')
  read(21, *) alpha, beta
  read(21, *) nsteps
  coef = 0d0
  read(21, '(6f6.2)') coef(1:ncoef)
  close(21)
end subroutine init

subroutine step(n, y)
  use params
  implicit none
  integer n, i
  double precision y(n)
  do i = 2, n
    y(i) = y(i) + coef(i) * sin(y(i - 1))
  end do
  y(1) = y(1) * (1d0 - alpha * 0.1d0)
end subroutine step

subroutine sumfile(n, y, s)
  use params
  implicit none
  integer n, k, ios, m
  double precision y(n), s, w
  character(len=20) :: msg
  open(22, file='read_input.dat', status='old')
  do k = 1, 3
    read(22, *)
  end do
  s = 0d0
  k = 0
  do while (.true.)
    read(22, *, iostat=ios, iomsg=msg) w
    if (ios /= 0) exit
    k = k + 1
    s = s + w * y(mod(k - 1, n) + 1)**2
  end do
  nvals = k
  if (msg == 'End of file') s = s * 1.5d0
  backspace(22)
  backspace(22)
  read(22, '(f3.1)', advance='no', size=m, eor=5) w
  s = s + w * y(1) * m
5 backspace(22)
  backspace(22)
  backspace(22)
  read(22, '(f3.1)', advance='no', size=m, eor=6) w
6 s = s + w * y(2) * m
  close(22)
end subroutine sumfile

subroutine model(n, x, f)
  use params
  implicit none
  integer n, k
  double precision x(n), f, y(n), s, extra
  character(len=8) :: line
  logical :: ex, op
  call init(n)
  y = x
  do k = 1, nsteps
    call step(n, y)
  end do
  call sumfile(n, y, s)
  f = alpha * sum(y**2) + beta * s + nvals
  line = '0.5 7'
  read(line, *) y(2)
  extra = 0d0
  open(23, file='read_input.dat', status='old')
  read(23, '(f4.2)', advance='no') y(3)
  read(23, '(a)', end=10) line
  read(23, *, end=10) extra
10 inquire(unit=23, opened=op)
  close(23)
  inquire(file='read_input.dat', exist=ex)
  if (ex .and. op) f = f + 0.5d0 * x(2)**2
  open(24, file='read_input_out.txt', status='replace')
  write(24, '(es24.16)') f
  inquire(unit=24, opened=op)
  close(24)
  inquire(file='read_input_out.txt', exist=ex)
  if (ex .and. op) f = f * cos(x(3))
  f = f + y(2) * x(1) + extra * x(n) + y(3) * x(2)
end subroutine model
