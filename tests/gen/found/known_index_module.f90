! stad: --head 'head(y,f)/(x,s)'
! Known bug (issue 8 §1, being fixed; passes on main 6bf938f): found by tests/gen, seed 60014 of
! generator v3 against stad f217df8, reduced by hand. A callee changes the module index gi3
! while the caller passed ga1(gi3): the adjoint adds into ga1b at the new gi3. check_one.sh
! (any driver of seed 0):
!     0 WRONG dot WRONG tangent 2.0559e-01 adjoint -8.3691e-01 (rel 7.63e-01) [-O0 static]
module mglob
  implicit none
  real(8) :: ga1(2:10)
  integer :: gi3
end module mglob

subroutine sp1(a1, v2)
  use mglob
  implicit none
  real(8), intent(inout) :: a1
  real(8), intent(in) :: v2(*)
  gi3 = 2
  a1 = a1 * v2(1)
end subroutine sp1

subroutine head(n, x, s, y, f)
  use mglob
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(in) :: s
  real(8), intent(out) :: y(n)
  real(8), intent(out) :: f
  integer :: i0
  y = 0
  do i0 = 2, 10
    ga1(i0) = x(1 + mod(i0, n))
  end do
  gi3 = 4
  f = s
  call sp1(f, ga1(gi3))
end subroutine head
