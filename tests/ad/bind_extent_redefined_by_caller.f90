! stad: --head 'top(f)/(x)' --set n=6
! The caller changes the extent variable m after the call: the backward sweep of sb must still
! use the shape sb was entered with, in every checkpoint configuration.
subroutine sb(m, v, s)
  implicit none
  integer, intent(in) :: m
  real(8), intent(inout) :: v(m, 3)
  real(8), intent(out) :: s
  integer i, j
  s = 0
  do j = 1, 3
    do i = 1, m
      s = s + v(i, j) * v(i, j) * (i + j)
      v(i, j) = sin(v(i, j))
    end do
  end do
end subroutine sb

subroutine top(n, x, f)
  implicit none
  integer n
  real(8) x(n), f, s, t
  integer m
  m = 2
  call sb(m, x, s)
  m = 1
  call sb(m, x, t)
  f = s * t + x(2) * x(5)
end subroutine top
