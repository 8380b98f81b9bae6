! A COMMON block's members are in the order of its COMMON statements, not of the type
! declarations: here one routine declares x before y but lists y first, and a block is
! continued by a second COMMON statement.
subroutine seta()
  implicit none
  double precision x, y
  integer k
  common /b/ y, x
  common /b/ k
  x = 1
  y = 2
  k = 7
end subroutine seta

program common_order
  implicit none
  double precision x, y
  integer k
  common /b/ x, y, k
  call seta()
  print *, x, y, k
end program common_order
