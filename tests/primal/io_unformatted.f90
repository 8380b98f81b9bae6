! Unformatted sequential files (a model's restart file): WRITE (unit) of INTEGER, INTEGER(8),
! REAL, DOUBLE PRECISION, LOGICAL and CHARACTER scalars, whole arrays, sections and implied DOs;
! READ (unit) back, after REWIND and after a new OPEN, a record read only in part, IOSTAT= past
! the end of a record (5016, the items read before keep what they read) and at the end of the
! file (-1), END=. gfortran's record layout (the length in 4 bytes before and after each
! record): the files are compared byte for byte with gfortran's, so each reads the other's.
! output: exact
! files: io_unformatted_restart.bin fort.31
program io_unformatted
  implicit none
  integer :: n, i, ios, it(3)
  integer(8) :: big
  real :: s
  double precision :: u(5), v(5), t
  logical :: ok
  character(len=6) :: tag
  n = 5
  do i = 1, n
    u(i) = 1d0 / i
  end do
  open(30, file='io_unformatted_restart.bin', form='unformatted', status='replace')
  write(30) n, 12345678901_8, 2.5, .true., 'step01'
  write(30) u
  write(30) (u(i) * 2, i = 1, n), u(2:4)
  write(30)
  close(30)
  write(31) 7, 0.25d0
  open(30, file='io_unformatted_restart.bin', form='unformatted', status='old', action='read')
  read(30) n, big, s, ok, tag
  write(*, '(i3, i13, f6.2, l2, 1x, a)') n, big, s, ok, tag
  read(30) v
  write(*, '(5f8.4)') v
  read(30) t
  write(*, '(f8.4)') t
  v = 0d0
  read(30)
  read(30, iostat=ios) v, it
  write(*, '(a, i6, 5f6.2)') 'end of file', ios, v
  rewind(30)
  read(30, iostat=ios) n, big, s, ok, tag, it(1)
  write(*, '(a, i6, i3, 1x, a)') 'short record', ios, n, tag
  read(30) (v(i), i = n, 1, -1)
  write(*, '(5f8.4)') v
  read(30, end=10) t, t, t
  read(30, end=10)
  read(30, end=10) t
  write(*, '(a)') 'not here'
10 continue
  write(*, '(a, f8.4)') 'after end=', t
  close(30)
  rewind(31)
  read(31) i, t
  write(*, '(i3, f8.4)') i, t
end program
