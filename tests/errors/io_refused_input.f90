! Input stays out, refused where it is written with what to do instead: READ, INQUIRE and
! NAMELIST (derivative code does no I/O: read the values outside the translated code).
program io_refused_input
  implicit none
  integer :: n
  logical :: ex
  real :: a
  namelist /cfg/ n, a
  n = 3
  a = 1.0
  read(*, *) n
  inquire(file='a.dat', exist=ex)
  print *, n, ex, a
end program
