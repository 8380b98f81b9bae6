! A value a READ cannot read, without IOSTAT= or ERR=, stops the program (status 2); the message
! names the READ's file and line and the unit, as gfortran's does. An internal READ says so.
! exit status: 2
! stderr: io_error_bad_value.f90:16: I/O error: READ: a value cannot be read for its item (unit 11, file 'bad.dat')
program io_error_bad_value
  implicit none
  integer :: k, n
  character(len=8) :: s
  open(11, file='bad.dat', status='replace')
  write(11, '(a)') '12 x3'
  close(11)
  s = '7'
  read(s, *) n
  print *, n
  open(11, file='bad.dat', status='old')
  read(11, *) k, n
  print *, k, n
end program
