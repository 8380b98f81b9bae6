! Statements of input that stay out, refused where they are written with what to write
! instead: NAMELIST, BACKSPACE (READ and INQUIRE are supported: primal/io_read_*, io_inquire).
program io_refused_input
  implicit none
  integer :: n
  real :: a
  namelist /cfg/ n, a
  n = 3
  a = 1.0
  backspace(10)
  print *, n, a
end program
