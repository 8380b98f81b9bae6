! A READ of a unit never opened reads gfortran's fort.N (made empty when there is none), so it
! meets the end of the file: the program stops (status 2), naming the READ's file and line.
! exit status: 2
! stderr: io_error_unopened_unit.f90:9: I/O error: READ: end of file (unit 23, file 'fort.23')
program io_error_unopened_unit
  implicit none
  real(8) :: a
  print *, 'before'
  read(23, *) a
  print *, a
end program
