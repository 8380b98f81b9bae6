! READ with IOSTAT= (0, -1 at the end of the file, positive for a value that cannot be read),
! END= and ERR= (jumps to labels, in a loop read until the end of the file), an internal READ
! past its record; the items after an error keep their values.
! output: exact
program io_read_status
  implicit none
  integer :: n, k, ios, cnt
  real(8) :: x, s
  character(len=10) :: line
  open(30, file='io_read_status.dat', status='replace')
  write(30, '(a)') '1.5 2'
  write(30, '(a)') '2.5 3'
  write(30, '(a)') 'abc 4'
  write(30, '(a)') '4.0 oops'
  write(30, '(a)') '8.0 1'
  close(30)
  open(30, file='io_read_status.dat', status='old', action='read')
  s = 0
  cnt = 0
  do while (.true.)
    x = -1
    k = -1
    read(30, *, iostat=ios) x, k
    write(*, '(a, i6, f6.2, i4)') 'ios', ios, x, k
    if (ios < 0) exit
    if (ios > 0) cycle
    s = s + x * k
    cnt = cnt + 1
  end do
  write(*, '(a, f8.3, i3)') 'sum', s, cnt
  rewind(30)
  n = 0
10 read(30, '(f3.1)', end=20, err=30) x
  n = n + 1
  goto 10
30 write(*, '(a, i3)') 'err after', n
  goto 10
20 write(*, '(a, i3)') 'end after', n
  rewind(30)
  read(30, *)
  read(30, '(a)')
  read(30, *) line
  read(30, '(a)') line
  n = 0
  read(30, *, end=40) x, k, n
  write(*, '(a)') 'not reached'
40 write(*, '(a, f6.2, 2i3)') trim(line), x, k, n
  close(30)
  line = '7'
  n = 5
  k = 6
  read(line, *, iostat=ios) n, k
  write(*, '(3i4)') ios, n, k
  read(*, *, iostat=ios) n
  write(*, '(a, i3)') 'stdin (empty)', ios
end program
