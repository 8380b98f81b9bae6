! The ALLOCATABLE statement is refused: the attribute goes in the type declaration.
program main
  real(8), dimension(:) :: v
  allocatable :: v
  allocate(v(3))
  v(:) = 1
  print *, v
end program
