! A file written, rewound and read back in the same OPEN (a model's scratch or restart file):
! the WRITE at the start of an old file ends the file there, and the READ after REWIND reads what
! it wrote (the stream must stay readable after the truncation), also for a file opened with
! status='replace' and for several records.
program io_write_then_read
  implicit none
  real(8) :: a, b, c(3)
  integer :: k, ios
  open(10, file='io_wtr.dat', status='replace')
  write(10, *) 3.0d0
  close(10)
  open(10, file='io_wtr.dat', status='old')
  read(10, *) a
  rewind(10)
  write(10, *) 2 * a
  write(10, '(3f8.3)') a, 2 * a, 3 * a
  rewind(10)
  read(10, *) b
  read(10, '(3f8.3)') c
  read(10, *, iostat=ios) k
  close(10)
  print *, a, b, c, ios < 0
end program io_write_then_read
