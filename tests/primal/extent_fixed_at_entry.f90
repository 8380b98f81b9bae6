! An adjustable array's shape is fixed when the routine is entered: redefining the extent
! variable afterwards changes neither which element v(2, 2) is nor how many v = v * v touches.
subroutine sb(m, v, s)
  implicit none
  integer, intent(inout) :: m
  real(8), intent(inout) :: v(m, 2)
  real(8), intent(out) :: s
  m = 1
  s = v(2, 2)**2 + v(1, 2)
  v = v * v + m
end subroutine sb

program main
  implicit none
  real(8) :: x(4), s
  integer :: m, i
  do i = 1, 4
    x(i) = 0.5d0 * i
  end do
  m = 2
  call sb(m, x, s)
  print *, m, s
  print *, x(1), x(2), x(3), x(4)
end program main
