! IOMSG= on OPEN, CLOSE, READ and WRITE: the message of a failure, in gfortran's words (a file
! that cannot be opened, with the system's reason; a WRITE to a unit opened to read; a value that
! cannot be read, formatted or list-directed with the item's number; the end of the file, of a
! record, of an unformatted record); unchanged when the statement does not fail.
! output: exact
program io_iomsg
  implicit none
  integer :: ios, k, kk(3)
  logical :: l
  real(8) :: x
  character(len=120) :: msg
  character(len=8) :: s
  character(len=20) :: s20
  character(len=12) :: short
  open(9, file='io_iomsg_exists.txt', status='replace')
  write(9, '(a)') 'hi'
  close(9)
  msg = 'unchanged'
  open(10, file='nodir/x.txt', status='old', iostat=ios, iomsg=msg)
  print '(i6,1x,a)', ios, trim(msg)
  open(10, file='missing.txt', status='old', iostat=ios, iomsg=msg)
  print '(i6,1x,a)', ios, trim(msg)
  open(10, file='io_iomsg_exists.txt', status='new', iostat=ios, iomsg=msg)
  print '(i6,1x,a)', ios, trim(msg)
  msg = 'unchanged'
  open(10, file='io_iomsg_exists.txt', status='old', action='read', iostat=ios, iomsg=msg)
  print '(i6,1x,a)', ios, trim(msg)
  write(10, *, iostat=ios, iomsg=msg) 1
  print '(i6,1x,a)', ios, trim(msg)
  read(10, *, iostat=ios, iomsg=msg) x
  print '(i6,1x,a)', ios, trim(msg)
  read(10, *, iostat=ios, iomsg=msg) x
  print '(i6,1x,a)', ios, trim(msg)
  close(10, iostat=ios, iomsg=msg)
  print '(i6,1x,a)', ios, trim(msg)
  s = 'abc'
  read(s, '(i4)', iostat=ios, iomsg=msg) k
  print '(i6,1x,a)', ios, trim(msg)
  read(s, '(f4.1)', iostat=ios, iomsg=msg) x
  print '(i6,1x,a)', ios, trim(msg)
  read(s, *, iostat=ios, iomsg=msg) x
  print '(i6,1x,a)', ios, trim(msg)
  read(s, *, iostat=ios, iomsg=msg) k
  print '(i6,1x,a)', ios, trim(msg)
  s = 'x'
  read(s, *, iostat=ios, iomsg=msg) k
  print '(i6,1x,a)', ios, trim(msg)
  open(11, file='io_iomsg.bin', form='unformatted', status='replace')
  write(11) 1
  rewind(11)
  read(11, iostat=ios, iomsg=msg) k, x
  print '(i6,1x,a)', ios, trim(msg)
  read(11, iostat=ios, iomsg=msg) k, x
  print '(i6,1x,a)', ios, trim(msg)
  close(11, status='delete')
  open(12, file='io_iomsg_na.txt', status='replace')
  write(12, '(a)') 'ab'
  rewind(12)
  read(12, '(a4)', advance='no', iostat=ios, iomsg=msg) s
  print '(i6,1x,a)', ios, trim(msg)
  close(12, status='delete', iomsg=msg)
  print '(i6,1x,a)', ios, trim(msg)
  s20 = '1 2 x'
  read(s20, *, iostat=ios, iomsg=msg) kk
  print '(i6,1x,a)', ios, trim(msg)
  s20 = 'x'
  read(s20, *, iostat=ios, iomsg=msg) l
  print '(i6,1x,a)', ios, trim(msg)
  s20 = '1 2'
  read(s20, *, iostat=ios, iomsg=msg) kk
  print '(i6,1x,a)', ios, trim(msg)
  ! a message longer than the variable is cut; END= and IOMSG= without IOSTAT=
  short = 'unchanged'
  open(13, file='io_iomsg_exists.txt', status='old', iostat=ios, iomsg=short)
  print '(i6,1x,a)', ios, short
  open(14, file='nodir/y.txt', status='old', iostat=ios, iomsg=short)
  print '(i6,1x,3a)', ios, '[', short, ']'
  read(13, *) s
  read(13, *, end=10, iomsg=msg) s
10 print '(a)', trim(msg)
  close(13, status='delete')
end program
