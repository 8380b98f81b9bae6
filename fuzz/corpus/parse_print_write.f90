! PRINT * and WRITE(*,*) / WRITE(6,*) / WRITE(UNIT=6, FMT=*) with strings and expressions.
program print_write
  real(8) :: x
  integer :: i
  x = 1.5d0
  i = 3
  print *, 'x =', x, "i =", i
  print *
  write (*, *) x, i
  write (6, *) 'six', x * 2
  write (unit=6, fmt=*) i
  write (*,*)
end program print_write
