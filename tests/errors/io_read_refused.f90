! What stays out of READ, refused where it is written with what to write instead: unformatted
! READ from standard input, direct and stream access (rec=, pos=), iomsg=
! into a number, advance= of list-directed input and of an internal READ, size= and eor= without
! advance='no', an item that is not a variable, an internal READ from a constant, END= that is not
! a label, IOSTAT= into a REAL; INQUIRE with a specifier stad does not answer (size=), and without
! unit= or file=.
program io_read_refused
  implicit none
  integer :: n
  real :: a
  logical :: ex
  character(len=40) :: msg, line
  read(5) n
  read(10, *, rec=2) n
  read(10, *, pos=2) n
  read(10, *, iomsg=n) n
  read(10, *, advance='no') n
  read(line, '(i3)', advance='no') n
  read(10, '(i3)', size=n) a
  read(10, '(i3)', advance='yes', eor=20) n
  read(10, *) n + 1
  read(10, *) 3
  read('1 2', *) n
  read(10, *, end=n) a
  read(10, *, iostat=a) n
  inquire(file='a.dat', size=n)
  inquire(exist=ex)
  print *, n, a
end program
