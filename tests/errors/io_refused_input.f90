! Statements of input that stay out, refused where they are written with what to write
! instead: NAMELIST, INQUIRE, BACKSPACE (READ itself is supported: primal/io_read_*).
program io_refused_input
  implicit none
  integer :: n
  logical :: ex
  real :: a
  namelist /cfg/ n, a
  n = 3
  a = 1.0
  inquire(file='a.dat', exist=ex)
  backspace(10)
  print *, n, ex, a
end program
