! stad: --head 'head(y,f)/(x,s)'
! Known bug (issue 8 §1, being fixed; passes on main 6bf938f): produced by tests/gen (pattern
! extent, e.g. seeds 100010, 100028 against stad f217df8; this is the issue's example in the
! campaign's head). The callee redefines the extent m of its adjustable dummy v(m, 2) after entry;
! the adjoint indexes v with the new m. check_one.sh on it (any seed's driver):
!     0 WRONG dot WRONG tangent -4.62e-03 adjoint -3.5882e-01 (rel 3.03e-01) [-O0 static]
subroutine sb(m, v, s)
  implicit none
  integer, intent(inout) :: m
  real(8), intent(in) :: v(m, 2)
  real(8), intent(inout) :: s
  m = 1
  s = s + v(2, 2)**2
end subroutine sb

subroutine head(n, x, s, y, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(in) :: s
  real(8), intent(out) :: y(n)
  real(8), intent(out) :: f
  integer :: m
  y = 0
  f = s
  m = 3
  call sb(m, x, f)
end subroutine head
