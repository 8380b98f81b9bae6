! Statements of input that stay out, refused where they are written with what to write
! instead: NAMELIST (READ, INQUIRE, BACKSPACE and ENDFILE are supported: primal/io_read_*,
! io_inquire, io_backspace_endfile).
program io_refused_input
  implicit none
  integer :: n
  real :: a
  namelist /cfg/ n, a
  n = 3
  a = 1.0
  print *, n, a
end program
