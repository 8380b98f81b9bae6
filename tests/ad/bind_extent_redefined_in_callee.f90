! stad: --head 'top(f)/(x)' --set n=4
! Fortran fixes an adjustable array's shape on entry: after m = 1, v(2, 2) is still element 4
! of the actual array, and v = v * v still touches every element.
subroutine sb(m, v, s)
  implicit none
  integer, intent(inout) :: m
  real(8), intent(inout) :: v(m, 2)
  real(8), intent(out) :: s
  m = 1
  s = v(2, 2)**2 + v(1, 2) * v(2, 1)
  v = v * v
end subroutine sb

subroutine top(n, x, f)
  implicit none
  integer n
  real(8) x(n), f, s
  integer m
  m = 2
  call sb(m, x, s)
  f = s + x(1) + 2 * x(2) + 3 * x(3) + 4 * x(4) + m
end subroutine top
