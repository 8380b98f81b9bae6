! NAMELIST transfers stad refuses, where they are written, with what to write instead: an object
! of derived type or ALLOCATABLE, a group read from a CHARACTER variable, items given to a
! NAMELIST WRITE, nml= of a name that is no group (NAMELIST, READ, INQUIRE, BACKSPACE and
! ENDFILE are supported: primal/io_namelist, io_read_*, io_inquire, io_backspace_endfile).
program io_refused_input
  implicit none
  type pt
    real :: x
  end type pt
  integer :: n
  real :: a
  real, allocatable :: w(:)
  type(pt) :: p
  character(len=40) :: line
  namelist /cfg/ n, a
  namelist /bad/ w
  namelist /bad2/ p
  n = 3
  a = 1.0
  write(*, nml=bad)
  write(*, nml=bad2)
  read(line, nml=cfg)
  write(*, nml=cfg) n
  read(10, nml=nosuch)
  print *, n, a
end program
