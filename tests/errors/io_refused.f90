! What stays out of formatted I/O, each refused where it is written with what to write instead:
! a format stad cannot interpret, a FORMAT label that does not exist, unformatted output to a
! formatted standard unit, form= other than formatted/unformatted,
! IOMSG= into a number (IOSTAT= and IOMSG= are supported: primal/io_status, io_iomsg), a
! list-directed internal WRITE,
! direct-access and stream files, asynchronous I/O, both a unit and NEWUNIT= on OPEN, a bad
! STATUS=, ADVANCE= with list-directed output.
program io_refused
  implicit none
  integer :: n, ios
  character(len=20) :: line
  n = 3
  write(*, '(i5, b8)') n, n
  write(*, 200) n
  write(6) n
  write(*, '(i5)', iomsg=n) n
  write(line, *) n
  open(10, file='a.dat', form='binary')
  open(11, file='b.dat', access='direct')
  open(13, file='d.dat', access='stream')
  open(14, file='e.dat', asynchronous='yes')
  open(15, file='f.dat', newunit=ios)
  open(12, file='c.dat', status='maybe')
  print '(f8)', 1.0
  write(*, *, advance='no') n
end program
