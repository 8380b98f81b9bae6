! A READ past the end of its file without IOSTAT= or END= stops the program (status 2), and the
! message names the READ's file and line, the unit and the file, as gfortran's does.
! exit status: 2
! stderr: io_error_end_of_file.f90:15: I/O error: READ: end of file (unit 10, file 'eof.dat')
program io_error_end_of_file
  implicit none
  real(8) :: a, b
  open(10, file='eof.dat', status='replace')
  write(10, '(a)') '1.5'
  close(10)
  open(10, file='eof.dat', status='old')
  read(10, *) a
  print *, a
  ! the file has one record
  read(10, *) b
  print *, b
end program
